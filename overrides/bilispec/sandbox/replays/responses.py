"""The 23 replay operations on the wire: parameters read, permissions and the pages' checks applied,
the backend called, the answer shaped as the pages show it. The sandbox's own readings of a rule are
marked where they are made."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any
from urllib.parse import quote

from ..answers import Fail
from ..clock import beijing
from ..plumbing import Area, Call
from .backend import ReplayBackend
from .records import (
    ALREADY_PUBLISHED,
    CHOOSE_HIGHLIGHT,
    CLIP_GRANTORS,
    DONE,
    FAILED,
    FAILED_TOAST,
    FAN_ALREADY_PUBLISHED,
    FRAME_SPACING,
    FRAMES_DENIED,
    ILLEGAL_PARAMETER,
    INVALID_SESSION,
    KEPT_DAYS,
    MAX_DIGITS,
    MAX_SLICE_SECONDS,
    MERGE_FAILED_ALARM,
    NO_PERMISSION,
    NO_SUCH_SESSION,
    NOT_LIVE_THEN,
    PROHIBITED,
    PUBLISHING,
    SHORT_RECORDING_ALERT,
    SPEED_REFUSED,
    SPEEDS,
    SUBMISSION_FAILED,
    SUBMITTED,
    TIME_RANGE_DAYS,
    TITLE_USED,
    TOO_FAST,
    TOO_LONG,
    VIOLATION_ALARM,
    Draft,
    Replay,
    Slice,
)

area = Area("replay")

UNMERGED_TIME = "1970-01-01 08:00:00"


# -- shared steps -------------------------------------------------------------------------------


def _state(call: Call) -> ReplayBackend:
    return call.world.replays


def _now(call: Call) -> int:
    return int(call.world.now())


def _paging(call: Call, default_size: int) -> tuple[int, int]:
    return int(call.get("page", 1)), int(call.get("page_size", default_size))


def _page_of(items: list[Any], page: int, size: int) -> list[Any]:
    return items[(page - 1) * size : page * size]


def _may_clip(live_uid: int) -> None:
    if live_uid not in CLIP_GRANTORS:
        raise Fail(*NO_PERMISSION)


def _numbers(text: str) -> list[int]:
    """The numbers of a comma-separated list; ones too long to be an id or a time are ignored."""
    numbers = []
    for part in text.split(","):
        if len(part.strip()) <= MAX_DIGITS:
            try:
                numbers.append(int(part))
            except ValueError:
                continue
    return numbers


def _session(call: Call, live_key: str, owner: int, fail: tuple[int, str]) -> Replay:
    """`owner`'s session with this key, else `fail`."""
    replay = _state(call).by_key(live_key)
    if replay is None or replay.uid != owner:
        raise Fail(*fail)
    return replay


def _session_checked(call: Call, owner: int) -> Replay:
    """The session of a slice stream call (its span was checked by plumbing.Checker): a known one."""
    return _session(call, call.get("live_key"), owner, INVALID_SESSION)


def _replay_item(replay: Replay, now: int) -> dict[str, Any]:
    merged = replay.status == DONE
    failed = replay.status == FAILED
    video: dict[str, Any] = {
        "replay_status": -8 if replay.ban else 2 if failed else 0,
        "estimated_time": beijing(replay.estimated_time) if merged and replay.estimated_time else UNMERGED_TIME,
        "duration": replay.duration if replay.recorded else 0,
    }
    if merged:
        video["download_url"] = replay.filename
    alert = SHORT_RECORDING_ALERT if not replay.recorded else (0, "")
    video["alert_code"], video["alert_message"] = alert
    alarm = VIOLATION_ALARM if replay.ban else MERGE_FAILED_ALARM if failed else (0, "")
    return {
        "replay_id": replay.replay_id,
        "live_info": {
            "title": replay.title,
            "cover": replay.cover,
            "live_time": replay.start_time,
            "live_type": 1,
            "platform": replay.platform,
        },
        "video_info": video,
        "alarm_info": {"code": alarm[0], "message": alarm[1], "cur_time": now, "is_ban_publish": False},
        "room_id": replay.room_id,
        "live_key": replay.live_key,
        "start_time": replay.start_time,
        "end_time": replay.end_time,
    }


def _replay_list(call: Call, replays: list[Replay]) -> dict[str, Any]:
    page, size = _paging(call, 30)
    items = [_replay_item(r, _now(call)) for r in _page_of(replays, page, size)]
    return {
        "replay_info": items or None,
        "pagination": {"page": page, "page_size": size, "total": len(replays)},
        "archive_flag": False,
        "can_edit": 1,
        "can_upload": False,
        "has_third_platform_live": False,
    }


def _record(replay: Replay, now: int) -> dict[str, Any]:
    record: dict[str, Any] = {"uid": replay.uid, "record_id": replay.replay_id, "status": replay.status}
    if replay.merge_time is not None and replay.estimated_time is not None:
        record["estimated_time"] = replay.estimated_time
    record["current_time"] = now
    if replay.merge_time is not None:
        record["merge_time"] = replay.merge_time
    if replay.status == FAILED:
        record["toast"] = FAILED_TOAST
    return record


def _newest_first(slices: Iterable[Slice]) -> list[Slice]:
    return sorted(slices, key=lambda s: (s.ctime, s.slice_id), reverse=True)


def _draft_list(call: Call, drafts: Iterable[Draft]) -> dict[str, Any]:
    page, size = _paging(call, 30)
    ordered = sorted(drafts, key=lambda d: (d.ctime, d.draft_id), reverse=True)
    items = []
    for d in _page_of(ordered, page, size):
        item: dict[str, Any] = {"id": d.draft_id, "title": d.title}
        if d.cover is not None:
            item["cover"] = d.cover
        item.update(
            live_key=d.live_key,
            ctime=beijing(d.ctime),
            live_start_time=beijing(d.live_start),
            live_end_time=beijing(d.live_end),
            live_type=1,
        )
        items.append(item)
    return {"draft_info": items or None, "pagination": {"page": page, "page_size": size, "total": len(ordered)}}


def _delete_draft(call: Call, fan: bool) -> dict[str, Any]:
    _state(call).delete_draft(call.uid, call.get("draft_id"), fan)
    return {"code": 0, "message": ""}


def _highlight_stat(state: ReplayBackend, uid: int, replay: Replay, highlights: list[dict[str, Any]]) -> dict[str, int]:
    stat: dict[str, int] = {}
    if highlights:
        stat["original_hl"] = len(highlights)
    saved = len(state.clips_of(uid, replay.live_key))
    if saved:
        stat["manual_hl"] = saved
    return stat


def _session_data(call: Call, replay: Replay, with_ass: bool) -> dict[str, Any]:
    state = _state(call)
    points = state.curve(replay)
    highlights = state.highlights(replay)
    data: dict[str, Any] = {
        "session_data": [{"ts": ts, "value": danmaku} for ts, danmaku, _ in points],
        "max_danmaku": max(points, key=lambda p: (p[1], -p[0]))[0] if any(p[1] for p in points) else 0,
        "max_pcu": max(points, key=lambda p: (p[2], -p[0]))[0] if any(p[2] for p in points) else 0,
        "max_value": 0,
        "high_light_data": highlights,
    }
    if with_ass:
        data["ass_url"] = f"{call.base_url}/sandbox/files/dmass_{replay.room_id}_{replay.live_key}.ass"
    data["high_light_stat"] = _highlight_stat(state, call.uid, replay, highlights)
    return data


def _manual_list(call: Call, replay: Replay | None) -> dict[str, Any]:
    """The caller's saved clips of a session, and its counts; nothing for a session one cannot see."""
    state = _state(call)
    if replay is None:
        return {"high_light_stat": {}}
    data: dict[str, Any] = {}
    if call.get("manual_type") == 2:  # no lookback recordings (1) in the sandbox
        clips = sorted(state.clips_of(call.uid, replay.live_key), key=lambda c: c.manual_id, reverse=True)
        if clips:
            data["manual_highlight_list"] = [
                {
                    "manual_id": c.manual_id,
                    "highlight_title": c.title,
                    "start_ts": c.start_ts,
                    "end_ts": c.end_ts,
                    "uid": c.uid,
                    "ruid": c.ruid,
                    "live_key": c.live_key,
                }
                for c in clips
            ]
    data["high_light_stat"] = _highlight_stat(state, call.uid, replay, state.highlights(replay))
    return data


def _save_clip(call: Call, anchor: int | None) -> dict[str, Any]:
    """Save a clip. A failure is the page's inner `data.code` -1 with its message; the page does not
    say which outer code comes with it, and the sandbox reads it as a success envelope."""
    state = _state(call)
    replay = state.by_key(call.get("live_key"))
    if replay is None or replay.uid != anchor:
        return {"code": -1, "message": NO_SUCH_SESSION}
    start, end = call.get("start_ts"), call.get("end_ts")
    if not (replay.holds(start) and replay.holds(end)):
        return {"code": -1, "message": NOT_LIVE_THEN}
    state.save_clip(call.uid, replay, start, end)
    return {}


def _key_frames(call: Call, replay: Replay | None) -> dict[str, Any]:
    """One item per served time; a time closer than FRAME_SPACING to the last served one is left out."""
    if replay is None:
        return {"list": None}
    items: list[dict[str, Any]] = []
    last: int | None = None
    for ts in _numbers(call.get("time_list")):
        if last is not None and abs(ts - last) < FRAME_SPACING:
            continue
        last = ts
        item: dict[str, Any] = {"ts": ts}
        if replay.recorded and replay.holds(ts):
            item["url"] = f"{call.base_url}/sandbox/files/{_state(call).hand_out_frame(replay, ts)}"
        items.append(item)
    return {"list": items}


def _streams(call: Call, replay: Replay, with_ban: bool) -> dict[str, Any]:
    """The session's stream within the asked span (null when none), and its unpublishable stretch."""
    start = max(replay.start_time + 8, call.get("start_time"))  # recording starts a few seconds late
    end = min(replay.end_time, call.get("end_time"))
    streams = None
    if replay.recorded and start < end:
        url = f"{call.base_url}/sandbox/hls-record-gateway/videoPlay?live_key={replay.live_key}&start={start}&end={end}"
        streams = [{"start_time": start, "end_time": end, "stream": url, "type": 2}]
    data: dict[str, Any] = {"list": streams}
    if with_ban:
        data["ban_list"] = [{"start_time": replay.ban[0], "end_time": replay.ban[1]}] if replay.ban else None
    return data


def _new_slice(call: Call, replay: Replay, fan: bool) -> dict[str, int]:
    piece = Slice(
        0,  # numbered by the backend
        call.uid,
        replay.uid,
        replay.live_key,
        call.get("av_title"),
        call.get("av_cover"),
        call.get("start_ts"),
        call.get("end_ts"),
        _now(call),
        fan=fan,
        speed=call.get("av_speed", "1.0x"),
        with_danmaku=call.get("with_danmaku", 0),
        highlight_id=call.get("av_highlight") or None,
    )
    return {"video_slice_id": _state(call).publish(piece).slice_id}


# -- replays and their download -----------------------------------------------------------------


# How the pages answer a request that breaks the description's cross-member rules.
area.rule_answer("anchor_video_download", ILLEGAL_PARAMETER)
area.rule_answer("get_slice_stream", ILLEGAL_PARAMETER)
area.rule_answer("get_user_slice_stream", ILLEGAL_PARAMETER)
area.rule_answer("anchor_publish_video_slice", TOO_FAST, too_long=TOO_LONG)
area.rule_answer("user_publish_other_video_slice", ILLEGAL_PARAMETER, too_long=TOO_LONG)


@area.handler("anchor_get_replay_list")
def anchor_get_replay_list(call: Call) -> Any:
    since = call.world.now() - KEPT_DAYS * 86_400
    return _replay_list(call, _state(call).replays_of(call.uid, since))


@area.handler("get_other_slice_list")
def get_other_slice_list(call: Call) -> Any:
    live_uid = call.get("live_uid")
    _may_clip(live_uid)
    since = call.world.now() - TIME_RANGE_DAYS[call.get("time_range", 3)] * 86_400
    return _replay_list(call, _state(call).replays_of(live_uid, since))


@area.handler("anchor_video_download")
def anchor_video_download(call: Call) -> Any:
    record_id, live_key = call.get("record_id"), call.get("live_key")  # one of them: plumbing.Checker
    now = _now(call)
    replay = _state(call).request_download(call.uid, record_id, live_key, now)
    data: dict[str, Any] = {"record": _record(replay, now)}
    if replay.status == DONE:
        url = f"{call.base_url}/sandbox/files/{replay.filename}?attname={quote(replay.attname)}"
        data["download_url"] = url
        data["download_url_list"] = [url]
    return data


@area.handler("get_anchor_video_uid_records_subsect")
def get_anchor_video_uid_records_subsect(call: Call) -> Any:
    replay = _state(call).replays.get(call.get("record_id"))
    if replay is None:  # unknown ids are left out, as the polling operation does
        return {"list": []}
    _state(call).poll(replay)
    item = {
        "uid": replay.uid,
        "record_id": replay.replay_id,
        "title": replay.title,
        "cover": replay.cover,
        "status": replay.status,
        "start_time": replay.start_time,
        "end_time": replay.end_time,
    }
    return {"list": [item]}


@area.handler("get_anchor_video_uid_record")
def get_anchor_video_uid_record(call: Call) -> Any:
    """Known ids of any owner, in id order, as the page's example answers; unknown ids are left out."""
    state = _state(call)
    found = [state.replays[rid] for rid in sorted(set(_numbers(call.get("records")))) if rid in state.replays]
    for replay in found:
        state.poll(replay)
    return {"list": [_record(r, _now(call)) for r in found]}


# -- published slices ---------------------------------------------------------------------------


@area.handler("anchor_get_video_slice_list")
def anchor_get_video_slice_list(call: Call) -> Any:
    state = _state(call)
    state.read_slices(call.uid, fan=False)
    page, size = _paging(call, 20)
    mine = _newest_first(s for s in state.slices if s.uid == call.uid and not s.fan and not s.hidden_while_publishing)
    shown = _page_of(mine, page, size)
    counts = all(s.status == SUBMITTED for s in shown)  # the page drops the counts when any item is not submitted
    items = []
    for s in shown:
        item: dict[str, Any] = {"slice_id": s.slice_id, "av_title": s.title, "av_cover": s.cover, "av_status": s.status}
        if s.avid is not None:
            item["avid"] = s.avid
        item.update(ctime=beijing(s.ctime), start_tm=beijing(s.start_ts), end_tm=beijing(s.end_ts))
        if s.status == SUBMITTED:
            item["av_duration"] = s.av_duration
        if s.status == SUBMISSION_FAILED and s.fail_reason:
            item["failed_reason"] = s.fail_reason
        item["live_type"] = 1
        if counts:
            item["cnt_play"] = 100 + s.slice_id % 900
            item["cnt_danmaku"] = s.slice_id % 50
        items.append(item)
    return {"list": items, "page": page, "page_size": size, "total": len(mine)}


@area.handler("get_published_list")
def get_published_list(call: Call) -> Any:
    live_uid = call.get("live_uid")
    _may_clip(live_uid)
    state = _state(call)
    state.read_slices(call.uid, fan=True)
    page, size = _paging(call, 20)
    mine = _newest_first(s for s in state.slices if s.uid == call.uid and s.fan and s.live_uid == live_uid)
    items = []
    for s in _page_of(mine, page, size):
        item: dict[str, Any] = {
            "slice_id": s.slice_id,
            "uid": s.uid,
            "live_uid": s.live_uid,
            "live_key": s.live_key,
            "title": s.title,
            "cover": s.cover,
        }
        if s.highlight_id is not None:
            item["high_light_id"] = s.highlight_id
        item.update(start_time=beijing(s.start_ts), end_time=beijing(s.end_ts), status=s.status)
        if s.status == SUBMISSION_FAILED and s.fail_reason:
            item["fail_reason"] = s.fail_reason
        if s.status != PUBLISHING:
            item["filename"] = s.filename
        if s.avid is not None:
            item["avid"] = s.avid
        item["ctime"] = beijing(s.ctime)
        if s.status == SUBMITTED:
            item["av_duration"] = s.av_duration
        item["live_type"] = 1
        items.append(item)
    pagination: dict[str, int] = {"page": page, "page_size": size}
    if mine:  # `total` is missing when there are none
        pagination["total"] = len(mine)
    return {"slice_info": items or None, "pagination": pagination}


@area.handler("anchor_publish_video_slice")
def anchor_publish_video_slice(call: Call) -> Any:
    state = _state(call)
    start, end, title = call.get("start_ts"), call.get("end_ts"), call.get("av_title")
    replay = _session(call, call.get("live_key"), call.uid, TOO_FAST)  # must be one's own key
    # The span (x-span-limit) was checked by plumbing.Checker, answered as registered below.
    if not (replay.holds(start) and replay.holds(end)) or not title.strip():
        raise Fail(*TOO_FAST)
    # The sandbox's reading of the speed rule: the video made at that speed may not pass two hours either.
    speed = SPEEDS.get(call.get("av_speed", "1.0x"))
    if speed is None or (end - start) / speed > MAX_SLICE_SECONDS:
        raise Fail(*SPEED_REFUSED)
    highlight = call.get("av_highlight") or 0
    if highlight and highlight not in {h["id"] for h in state.highlights(replay)}:
        raise Fail(*CHOOSE_HIGHLIGHT)
    if replay.ban and start < replay.ban[1] and end > replay.ban[0]:
        raise Fail(*PROHIBITED)
    if state.same_stretch(call.uid, False, replay.live_key, start, end):
        raise Fail(*ALREADY_PUBLISHED)
    if any(s.uid == call.uid and not s.fan and s.title == title for s in state.slices):
        raise Fail(*TITLE_USED)
    return _new_slice(call, replay, fan=False)


@area.handler("user_publish_other_video_slice")
def user_publish_other_video_slice(call: Call) -> Any:
    live_uid, start, end = call.get("live_uid"), call.get("start_ts"), call.get("end_ts")
    if live_uid not in CLIP_GRANTORS:  # the page documents no permission code here
        raise Fail(*ILLEGAL_PARAMETER)
    replay = _session(call, call.get("live_key"), live_uid, ILLEGAL_PARAMETER)
    if not (replay.holds(start) and replay.holds(end)):
        raise Fail(*ILLEGAL_PARAMETER)
    if _state(call).same_stretch(call.uid, True, replay.live_key, start, end):
        raise Fail(*FAN_ALREADY_PUBLISHED)
    return _new_slice(call, replay, fan=True)


# -- clip drafts ----------------------------------------------------------------------------------


@area.handler("anchor_get_draft_list")
def anchor_get_draft_list(call: Call) -> Any:
    if call.account is None or call.account.room_id is None:  # no room, nothing to clip
        raise Fail(*NO_PERMISSION)
    uid = call.uid
    return _draft_list(call, (d for d in _state(call).drafts.values() if d.uid == uid and d.live_uid == uid))


@area.handler("fan_get_draft_list")
def fan_get_draft_list(call: Call) -> Any:
    live_uid = call.get("live_uid")
    _may_clip(live_uid)
    uid = call.uid
    drafts = _state(call).drafts.values()
    return _draft_list(call, (d for d in drafts if d.uid == uid != d.live_uid and d.live_uid == live_uid))


@area.handler("anchor_delete_slice_draft")
def anchor_delete_slice_draft(call: Call) -> Any:
    return _delete_draft(call, fan=False)


@area.handler("fan_delete_slice_draft")
def fan_delete_slice_draft(call: Call) -> Any:
    return _delete_draft(call, fan=True)


# -- slice streams, session data, highlights, key frames ------------------------------------------


@area.handler("get_slice_stream")
def get_slice_stream(call: Call) -> Any:
    return _streams(call, _session_checked(call, call.uid), with_ban=True)


@area.handler("get_user_slice_stream")
def get_user_slice_stream(call: Call) -> Any:
    live_uid = call.get("live_uid")
    _may_clip(live_uid)
    return _streams(call, _session_checked(call, live_uid), with_ban=False)


@area.handler("get_live_session_data")
def get_live_session_data(call: Call) -> Any:
    live_key = call.get("live_key")  # a key that is no session's (not digits, say) is an invalid session
    return _session_data(call, _session(call, live_key, call.uid, INVALID_SESSION), with_ass=True)


@area.handler("get_user_live_session_data")
def get_user_live_session_data(call: Call) -> Any:
    live_uid, live_key = call.get("live_uid"), call.get("live_key")
    _may_clip(live_uid)
    return _session_data(call, _session(call, live_key, live_uid, INVALID_SESSION), with_ass=False)


def _visible_session(call: Call, anchor: int) -> Replay | None:
    """`anchor`'s session with the asked key, if the caller may see it (the page documents no
    not-found or permission code for the highlight operations)."""
    if anchor != call.uid and anchor not in CLIP_GRANTORS:
        return None
    replay = _state(call).by_key(call.get("live_key"))
    return replay if replay is not None and replay.uid == anchor else None


@area.handler("anchor_get_manual_highlight_list")
def anchor_get_manual_highlight_list(call: Call) -> Any:
    return _manual_list(call, _visible_session(call, call.uid))


@area.handler("fan_get_manual_highlight_list")
def fan_get_manual_highlight_list(call: Call) -> Any:
    return _manual_list(call, _visible_session(call, call.get("live_uid")))


@area.handler("anchor_save_manual_highlight")
def anchor_save_manual_highlight(call: Call) -> Any:
    return _save_clip(call, call.uid)


@area.handler("fan_save_manual_highlight")
def fan_save_manual_highlight(call: Call) -> Any:
    live_uid = call.get("live_uid")
    return _save_clip(call, live_uid if live_uid in CLIP_GRANTORS else None)


@area.handler("anchor_get_video_key_frame")
def anchor_get_video_key_frame(call: Call) -> Any:
    replay = _state(call).by_key(call.get("live_key"))
    if replay is not None and replay.uid != call.uid:  # someone else's session
        raise Fail(*FRAMES_DENIED)
    return _key_frames(call, replay)


@area.handler("fan_get_video_key_frame")
def fan_get_video_key_frame(call: Call) -> Any:
    live_uid = call.get("live_uid")
    if live_uid not in CLIP_GRANTORS:
        raise Fail(*FRAMES_DENIED)
    replay = _state(call).by_key(call.get("live_key"))
    return _key_frames(call, replay if replay is not None and replay.uid == live_uid else None)
