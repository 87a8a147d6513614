"""Sandbox handlers for the 23 replay operations: replays and their download, slices, clip drafts,
session data, highlights and key frames.

The seed is the same on every start; times count back from EPOCH, never from the clock:

- the anchor (SANDBOX_UID) has 35 replays over the last 14 days, newest first in the lists. The
  newest (SANDBOX_REPLAY_ID / SANDBOX_LIVE_KEY) is a 24-hour session: 1,440 curve points, four
  automatic highlights, three saved clips. SANDBOX_FAILING_REPLAY_ID merges to -30 with a toast;
  one replay has an unpublishable stretch (its `ban_list`), one has no recording (217), one was
  merged before. 25 published slices, 3 clip drafts.
- the other streamer (SANDBOX_OTHER_UID) has 8 replays over 14 days and lets every logged-in user
  clip them (the web-room operations); for any other anchor those answer "no permission".
  SANDBOX_UID has 2 drafts, 2 published slices and a saved clip on them as a fan.

Download: anchor_video_download starts the merge (status 10) and each poll of the record
(get_anchor_video_uid_record, get_anchor_video_uid_records_subsect) moves it one step: 10, 20,
then 30 (or -30 with a toast for the failing replay). 2 is the status before any request, as the
API shows it; 10 and 20 stand for the merge in progress, which the API does not document. Once at
30 the download answer links to `/sandbox/files/<name>.mp4` on the sandbox itself.

Publishing: a new slice is "publishing" (1) and becomes "submitted" (2) after PUBLISH_READS reads
of its publisher's list. The publish checks are the documented ones; the sandbox's own readings
are marked where they are made.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from .core import Area, Call, Fail
from .world import (
    EPOCH,
    SANDBOX_FAILING_REPLAY_ID,
    SANDBOX_OTHER_REPLAY_ID,
    SANDBOX_OTHER_ROOM_ID,
    SANDBOX_OTHER_UID,
    SANDBOX_REPLAY_ID,
    SANDBOX_ROOM_ID,
    SANDBOX_UID,
    beijing,
)

if TYPE_CHECKING:
    from .world import World

area = Area("replay")

# Error answers, worded as the pages word them.
NO_PERMISSION = (301, "没有剪辑权限")
ILLEGAL_PARAMETER = (100, "非法参数")
INVALID_SESSION = (202, "场次无效")
NO_DRAFT = (206, "无可操作草稿")
INVALID_REPLAY = (210, "回放id或场次key无效")
NO_RECORDING = (217, "未找到直播录像")
FRAMES_DENIED = (10121188, "权限不足")
TOO_LONG = (4000, "时长过长")
TOO_FAST = (4001, "操作太快")  # also the answer to a wrong parameter, as the page warns
ALREADY_PUBLISHED = (4002, "片段已投稿")
CHOOSE_HIGHLIGHT = (4003, "请选择精彩片段再投稿哦")
TITLE_USED = (4006, "标题已使用")
SPEED_REFUSED = (4008, "不被允许的视频倍速")
PROHIBITED = (4009, "该片段存在违规内容，不允许投稿")  # noqa: RUF001 (verbatim)
FAN_ALREADY_PUBLISHED = (5006, "用户已经投稿过该片段")
NO_SUCH_SESSION = "主播没有对应场次"
NOT_LIVE_THEN = "保存时间点未开播"

FAILED_TOAST = "因直播过程中存在推流质量问题（网络波动或丢包），本场直播回放无法合成"  # noqa: RUF001 (verbatim, seed 000)
MERGE_FAILED_ALARM = (2, "录像生成失败，请稍后再试")  # noqa: RUF001 (verbatim)
VIOLATION_ALARM = (-8, "直播内容存在违规片段")
SHORT_RECORDING_ALERT = (2, "录像时长远小于开播时长，请关注直播时网络状况")  # noqa: RUF001 (verbatim)
SLICE_FAILED = "合成失败，重新编辑投稿试试～"  # noqa: RUF001 (verbatim)

NOT_REQUESTED = 2
MERGE_STEPS = (10, 20, 30)
FAILED_MERGE_STEPS = (10, 20, -30)
DONE, FAILED = 30, -30
PUBLISHING, SUBMITTED, SUBMISSION_FAILED = 1, 2, 3
PUBLISH_READS = 2
MAX_SLICE_SECONDS = 7200  # x-span-limit of both publish operations
SPEEDS = {"0.5x": 0.5, "0.75x": 0.75, "1.0x": 1.0, "1.25x": 1.25, "1.5x": 1.5, "2.0x": 2.0}
FRAME_SPACING = 30  # times closer than this to the last served one are left out
TIME_RANGE_DAYS = {1: 3, 2: 7, 3: 14}
KEPT_DAYS = 14
MAX_DIGITS = 19  # longer numbers in a list cannot be an id or a time; they are ignored
UNMERGED_TIME = "1970-01-01 08:00:00"
# Anchors who let every logged-in user clip their replays (the web-room operations).
CLIP_GRANTORS = frozenset({SANDBOX_OTHER_UID})


def _mix(*values: object) -> int:
    """A fixed integer hash, so seeded curves look irregular yet never change."""
    digest = hashlib.blake2b(",".join(map(str, values)).encode(), digest_size=8).digest()
    return int.from_bytes(digest, "big")


def _pseudo_bytes(label: str, size: int) -> bytes:
    """`size` deterministic bytes that do not repeat, so a misplaced range shows."""
    blocks = (hashlib.sha256(f"{label}:{i}".encode()).digest() for i in range(size // 32 + 1))
    return b"".join(blocks)[:size]


@dataclass
class Replay:
    replay_id: int
    uid: int
    room_id: int
    live_key: str
    title: str
    cover: str
    platform: str
    start_time: int
    end_time: int
    recorded: bool = True
    merge_fails: bool = False
    ban: tuple[int, int] | None = None  # a stretch that may not be published
    status: int = NOT_REQUESTED
    merge_time: int | None = None
    estimated_time: int | None = None

    @property
    def duration(self) -> int:
        return self.end_time - self.start_time

    @property
    def filename(self) -> str:
        return f"n{beijing(self.start_time)[2:10].replace('-', '')}sandbox{self.replay_id}.mp4"

    @property
    def attname(self) -> str:
        return "直播回放_" + beijing(self.start_time).replace(" ", "_").replace(":", "-") + ".mp4"

    def holds(self, ts: int) -> bool:
        return self.start_time <= ts <= self.end_time


@dataclass
class Slice:
    """A published slice; `fan` slices were published for another anchor (their own id sequence)."""

    slice_id: int
    uid: int  # the publisher
    live_uid: int  # the anchor
    live_key: str
    title: str
    cover: str
    start_ts: int
    end_ts: int
    ctime: int
    fan: bool
    status: int = PUBLISHING
    speed: str = "1.0x"
    with_danmaku: int = 0
    highlight_id: int | None = None
    fail_reason: str | None = None
    avid: int | None = None
    reads: int = 0

    @property
    def av_duration(self) -> int:
        return round((self.end_ts - self.start_ts) / SPEEDS.get(self.speed, 1.0))

    @property
    def filename(self) -> str:
        return f"n{beijing(self.ctime)[2:10].replace('-', '')}sandboxslice{self.slice_id}"

    @property
    def hidden_while_publishing(self) -> bool:
        # The page: with danmaku or a speed other than 1x, a publishing slice may be left out of the list.
        return self.status == PUBLISHING and (self.with_danmaku == 1 or self.speed != "1.0x")


@dataclass
class Draft:
    draft_id: int
    uid: int  # who made it
    live_uid: int  # whose replay it clips
    live_key: str
    title: str
    ctime: int
    live_start: int
    live_end: int
    cover: str | None = None


@dataclass
class SavedClip:
    manual_id: int
    uid: int  # who saved it
    ruid: int  # the anchor
    live_key: str
    title: str
    start_ts: int
    end_ts: int


@dataclass
class ReplayState:
    replays: dict[int, Replay] = field(default_factory=dict)
    slices: list[Slice] = field(default_factory=list)
    drafts: dict[int, Draft] = field(default_factory=dict)
    clips: list[SavedClip] = field(default_factory=list)
    frames: dict[str, int] = field(default_factory=dict)  # file name -> frame time, as handed out
    next_slice_id: int = 900_001
    next_fan_slice_id: int = 4_101
    next_manual_id: int = 14_101
    next_avid: int = 115_000_000_000_001
    _curves: dict[int, list[tuple[int, int, int]]] = field(default_factory=dict)
    _files: dict[str, bytes] = field(default_factory=dict)

    # -- the seed -------------------------------------------------------------------------------

    @classmethod
    def seed(cls, world: World) -> ReplayState:
        state = cls()
        state._seed_anchor_replays()
        state._seed_other_replays()
        state._seed_slices()
        state._seed_drafts()
        state._seed_clips()
        return state

    def _add(self, replay: Replay) -> None:
        self.replays[replay.replay_id] = replay

    def _seed_anchor_replays(self) -> None:
        end = EPOCH - 2 * 3600
        for j in reversed(range(35)):  # newest first; j is the chronological index
            replay_id = SANDBOX_REPLAY_ID - 34 + j
            duration = 86_400 if replay_id == SANDBOX_REPLAY_ID else 1800 + (j * 3947) % 12_600
            start = end - duration
            replay = Replay(
                replay_id,
                SANDBOX_UID,
                SANDBOX_ROOM_ID,
                live_key_of(replay_id),
                f"沙盒直播 第{j + 1}场",
                f"https://i0.hdslb.com/bfs/live/sandbox{SANDBOX_ROOM_ID}cover.png",
                "pc_link",
                start,
                end,
                recorded=j != 0,
                merge_fails=replay_id == SANDBOX_FAILING_REPLAY_ID,
            )
            if j == 32:  # the last half hour broke the rules
                replay.ban = (end - 1800, end)
            if j == 20:  # merged before the sandbox started
                replay.status, replay.merge_time, replay.estimated_time = DONE, end + 3600, end + 3900
            self._add(replay)
            end = start - (3 * 3600 + (j * 1777) % 18_000)

    def _seed_other_replays(self) -> None:
        for k in range(8):
            replay_id = SANDBOX_OTHER_REPLAY_ID - 7 + k
            end = EPOCH - 6 * 3600 - (7 - k) * 40 * 3600
            self._add(
                Replay(
                    replay_id,
                    SANDBOX_OTHER_UID,
                    SANDBOX_OTHER_ROOM_ID,
                    live_key_of(replay_id),
                    f"另一位主播的直播 第{k + 1}场",
                    f"https://i0.hdslb.com/bfs/live/sandbox{SANDBOX_OTHER_ROOM_ID}cover.png",
                    "android_link",
                    end - (3600 + (k * 2333) % 7200),
                    end,
                )
            )

    def _seed_slices(self) -> None:
        for i in range(25):  # the anchor's own, oldest first
            replay = self.replays[SANDBOX_REPLAY_ID - 29 + i]
            start = replay.start_time + 600 + (i * 97) % 600
            piece = Slice(
                880_001 + i,
                SANDBOX_UID,
                SANDBOX_UID,
                replay.live_key,
                f"沙盒切片 {i + 1:02d}",
                replay.cover,
                start,
                start + 120 + (i * 53) % 600,
                replay.end_time + 1800,
                fan=False,
                status=SUBMISSION_FAILED if i == 3 else SUBMITTED,
                fail_reason="duration_false" if i == 3 else None,
                avid=None if i == 3 else 114_000_000_000_001 + i,
            )
            self.slices.append(piece)
        for i, (replay_id, status) in enumerate(
            ((SANDBOX_OTHER_REPLAY_ID - 1, SUBMITTED), (SANDBOX_OTHER_REPLAY_ID, SUBMISSION_FAILED))
        ):
            replay = self.replays[replay_id]
            start = replay.start_time + 900
            self.slices.append(
                Slice(
                    4_001 + i,
                    SANDBOX_UID,
                    SANDBOX_OTHER_UID,
                    replay.live_key,
                    f"给另一位主播的切片 {i + 1}",
                    replay.cover,
                    start,
                    start + 180,
                    replay.end_time + 3600,
                    fan=True,
                    status=status,
                    highlight_id=self.highlights(replay)[0]["id"] if status == SUBMISSION_FAILED else None,
                    fail_reason=SLICE_FAILED if status == SUBMISSION_FAILED else None,
                    avid=114_100_000_000_001 + i if status == SUBMITTED else None,
                )
            )

    def _seed_drafts(self) -> None:
        seeds = [
            (988_001, SANDBOX_UID, SANDBOX_REPLAY_ID - 3, False),
            (988_002, SANDBOX_UID, SANDBOX_REPLAY_ID - 2, True),
            (988_003, SANDBOX_UID, SANDBOX_REPLAY_ID, False),
            (988_101, SANDBOX_OTHER_UID, SANDBOX_OTHER_REPLAY_ID, False),
            (1_148_001, SANDBOX_UID, SANDBOX_OTHER_REPLAY_ID - 2, False),
            (1_148_002, SANDBOX_UID, SANDBOX_OTHER_REPLAY_ID, True),
        ]
        for draft_id, uid, replay_id, cut in seeds:
            replay = self.replays[replay_id]
            title = f"直播场次 {beijing(replay.start_time)}" + (" 切片" if cut else "")
            self.drafts[draft_id] = Draft(
                draft_id,
                uid,
                replay.uid,
                replay.live_key,
                title,
                replay.end_time + 1200,
                replay.start_time,
                replay.end_time,
                cover=replay.cover if cut else None,
            )

    def _seed_clips(self) -> None:
        mine = self.replays[SANDBOX_REPLAY_ID]
        for n, offset in enumerate((3_600, 30_000, 61_200), start=1):
            start = mine.start_time + offset
            self.clips.append(
                SavedClip(14_000 + n, SANDBOX_UID, SANDBOX_UID, mine.live_key, _clip_title(n), start, start + 90)
            )
        theirs = self.replays[SANDBOX_OTHER_REPLAY_ID]
        start = theirs.start_time + 1200
        self.clips.append(
            SavedClip(14_004, SANDBOX_UID, SANDBOX_OTHER_UID, theirs.live_key, _clip_title(1), start, start + 60)
        )

    # -- lookups --------------------------------------------------------------------------------

    def by_key(self, live_key: str) -> Replay | None:
        return next((r for r in self.replays.values() if r.live_key == live_key), None)

    def replays_of(self, uid: int, since: float) -> list[Replay]:
        """A user's replays still kept, newest first."""
        mine = [r for r in self.replays.values() if r.uid == uid and r.start_time >= since]
        return sorted(mine, key=lambda r: r.start_time, reverse=True)

    def curve(self, replay: Replay) -> list[tuple[int, int, int]]:
        """(time, danmaku, room entries) once a minute over the session, e.g. 1,440 points for 24 hours."""
        cached = self._curves.get(replay.replay_id)
        if cached is None:
            first = replay.start_time - replay.start_time % 60
            count = max(1, replay.duration // 60)
            peaks = [_mix(replay.replay_id, "peak", n) % count for n in range(4)]
            cached = []
            for k in range(count):
                crowd = sum(max(0, 40 - 3 * abs(k - p)) for p in peaks)
                danmaku = _mix(replay.replay_id, k) % 12 + crowd
                entries = _mix(replay.replay_id, "in", k) % 8 + (crowd // 2 if k < count // 2 else 0)
                cached.append((first + 60 * k, danmaku, entries))
            self._curves[replay.replay_id] = cached
        return cached

    def highlights(self, replay: Replay) -> list[dict[str, Any]]:
        """Top three danmaku minutes (ten minutes apart at least) and the busiest room-entry minute."""
        points = self.curve(replay)
        tops: list[int] = []
        for ts, _, _ in sorted(points, key=lambda p: (-p[1], p[0])):
            if len(tops) == 3:
                break
            if all(abs(ts - t) >= 600 for t in tops):
                tops.append(ts)
        items = [
            _highlight(replay.replay_id * 10 + n, 1, ts, f"弹幕高光 Top {n}") for n, ts in enumerate(tops, start=1)
        ]
        entries_peak = max(points, key=lambda p: (p[2], -p[0]))[0]
        items.append(_highlight(replay.replay_id * 10 + 9, 2, entries_peak, "进房高光时刻"))
        return items

    def clips_of(self, uid: int, live_key: str) -> list[SavedClip]:
        return [c for c in self.clips if c.uid == uid and c.live_key == live_key]

    # -- files served at /sandbox/files/ --------------------------------------------------------

    def file(self, name: str) -> bytes | None:
        """The bytes of a file the sandbox's URLs point at, or None."""
        cached = self._files.get(name)
        if cached is not None:
            return cached
        content = self._make_file(name)
        if content is not None:
            self._files[name] = content
        return content

    def _make_file(self, name: str) -> bytes | None:
        if name.endswith(".mp4"):
            replay = next((r for r in self.replays.values() if r.filename == name and r.status == DONE), None)
            if replay is None:
                return None
            size = 256 * 1024 + (replay.replay_id % 97) * 1024
            head = b"\x00\x00\x00\x18ftypisom\x00\x00\x02\x00isomiso2"
            return head + _pseudo_bytes(name, size - len(head))
        if name in self.frames:
            return b"\xff\xd8\xff\xe0" + _pseudo_bytes(name, 2048) + b"\xff\xd9"
        if name.startswith("dmass_") and name.endswith(".ass"):
            replay = self.by_key(name.removesuffix(".ass").rsplit("_", 1)[-1])
            return None if replay is None else _ass(replay, self.highlights(replay))
        return None


def live_key_of(replay_id: int) -> str:
    return str(650_000_000_000_000_000 + replay_id)


def _clip_title(n: int) -> str:
    return f"手动保存片段【{n}】"


def _highlight(highlight_id: int, kind: int, ts: int, title: str) -> dict[str, Any]:
    return {
        "id": highlight_id,
        "type": kind,
        "start_time": ts,
        "end_time": ts + 180,
        "title": title,
        "cover": "",
        "extra": "",
    }


def _ass(replay: Replay, highlights: list[dict[str, Any]]) -> bytes:
    lines = ["[Script Info]", f"Title: {replay.title}", "ScriptType: v4.00+", "", "[Events]"]
    lines.append("Format: Layer, Start, End, Style, Name, MarginL, MarginR, MarginV, Effect, Text")
    for h in highlights:
        offset = h["start_time"] - replay.start_time
        start = f"{offset // 3600}:{offset // 60 % 60:02d}:{offset % 60:02d}.00"
        lines.append(f"Dialogue: 0,{start},{start},Default,,0,0,0,,{h['title']}")
    return ("\n".join(lines) + "\n").encode()


# -- shared steps -------------------------------------------------------------------------------


def _state(call: Call) -> ReplayState:
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


def _session(call: Call, live_key: str, owner: int, fail: tuple[int, str]) -> Replay:
    """`owner`'s session with this key, else `fail`."""
    replay = _state(call).by_key(live_key)
    if replay is None or replay.uid != owner:
        raise Fail(*fail)
    return replay


def _session_checked(call: Call, owner: int, bad_time: tuple[int, str]) -> Replay:
    """The session of a slice stream call: a numeric key, a span that makes sense, a known session."""
    live_key, start, end = call.get("live_key"), call.get("start_time"), call.get("end_time")
    if not live_key.isdigit() or start >= end:
        raise Fail(*bad_time)
    return _session(call, live_key, owner, INVALID_SESSION)


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


def _advance_merge(replay: Replay) -> None:
    """One poll moves a requested merge one step on."""
    if replay.merge_time is None or replay.status in (DONE, FAILED):
        return
    steps = FAILED_MERGE_STEPS if replay.merge_fails else MERGE_STEPS
    replay.status = steps[min(steps.index(replay.status) + 1, len(steps) - 1)]


def _advance_slices(state: ReplayState, uid: int, fan: bool) -> None:
    """Reading one's list moves one's publishing slices on; after PUBLISH_READS reads they are submitted."""
    for piece in state.slices:
        if piece.uid == uid and piece.fan == fan and piece.status == PUBLISHING:
            piece.reads += 1
            if piece.reads >= PUBLISH_READS:
                piece.status = SUBMITTED
                piece.avid = state.next_avid
                state.next_avid += 1


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
    drafts = _state(call).drafts
    draft = drafts.get(call.get("draft_id"))
    if draft is None or draft.uid != call.uid or (draft.live_uid != draft.uid) != fan:
        raise Fail(*NO_DRAFT)  # unknown, someone else's, or one for the other delete operation
    del drafts[draft.draft_id]
    return {"code": 0, "message": ""}


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


def _highlight_stat(state: ReplayState, uid: int, replay: Replay, highlights: list[dict[str, Any]]) -> dict[str, int]:
    stat: dict[str, int] = {}
    if highlights:
        stat["original_hl"] = len(highlights)
    saved = len(state.clips_of(uid, replay.live_key))
    if saved:
        stat["manual_hl"] = saved
    return stat


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
    title = _clip_title(len(state.clips_of(call.uid, replay.live_key)) + 1)
    state.clips.append(SavedClip(state.next_manual_id, call.uid, anchor, replay.live_key, title, start, end))
    state.next_manual_id += 1
    return {}


def _key_frames(call: Call, replay: Replay | None) -> dict[str, Any]:
    """One item per served time; a time closer than FRAME_SPACING to the last served one is left out."""
    if replay is None:
        return {"list": None}
    state = _state(call)
    items: list[dict[str, Any]] = []
    last: int | None = None
    for ts in (int(t) for t in call.get("time_list").split(",") if len(t) <= MAX_DIGITS):
        if last is not None and abs(ts - last) < FRAME_SPACING:
            continue
        last = ts
        item: dict[str, Any] = {"ts": ts}
        if replay.recorded and replay.holds(ts):
            stamp = beijing(ts).replace("-", "").replace(" ", "").replace(":", "")
            name = f"live_{replay.uid}_{replay.room_id}_{stamp}.jpg"
            state.frames[name] = ts
            item["url"] = f"{call.base_url}/sandbox/files/{name}"
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
    state = _state(call)
    highlight = call.get("av_highlight") or None
    if fan:
        slice_id, state.next_fan_slice_id = state.next_fan_slice_id, state.next_fan_slice_id + 1
    else:
        slice_id, state.next_slice_id = state.next_slice_id, state.next_slice_id + 1
    state.slices.append(
        Slice(
            slice_id,
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
            highlight_id=highlight,
        )
    )
    return {"video_slice_id": slice_id}


def _same_stretch(state: ReplayState, uid: int, fan: bool, live_key: str, start: int, end: int) -> bool:
    return any(
        s.uid == uid and s.fan == fan and s.live_key == live_key and (s.start_ts, s.end_ts) == (start, end)
        for s in state.slices
        if s.status != SUBMISSION_FAILED
    )


# -- replays and their download -----------------------------------------------------------------


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
    state = _state(call)
    record_id, live_key = call.get("record_id"), call.get("live_key")
    if record_id is None and not live_key:  # x-one-of-required
        raise Fail(*ILLEGAL_PARAMETER)
    by_id = state.replays.get(record_id) if record_id is not None else None
    by_key = state.by_key(live_key) if live_key else None
    unknown = (record_id is not None and by_id is None) or (live_key and by_key is None)
    replay = by_id or by_key
    if unknown or replay is None or (by_id and by_key and by_id is not by_key) or replay.uid != call.uid:
        raise Fail(*INVALID_REPLAY)  # unknown, someone else's, or the id and the key name different replays
    if not replay.recorded:
        raise Fail(*NO_RECORDING)
    now = _now(call)
    if replay.status == NOT_REQUESTED:  # start the merge
        replay.status = (FAILED_MERGE_STEPS if replay.merge_fails else MERGE_STEPS)[0]
        replay.merge_time = now
        replay.estimated_time = now + 60 + replay.duration // 100
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
    _advance_merge(replay)
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
    asked = sorted({int(part) for part in call.get("records").split(",") if len(part) <= MAX_DIGITS})
    found = [state.replays[rid] for rid in asked if rid in state.replays]
    for replay in found:
        _advance_merge(replay)
    return {"list": [_record(r, _now(call)) for r in found]}


# -- published slices ---------------------------------------------------------------------------


@area.handler("anchor_get_video_slice_list")
def anchor_get_video_slice_list(call: Call) -> Any:
    state = _state(call)
    _advance_slices(state, call.uid, fan=False)
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
    _advance_slices(state, call.uid, fan=True)
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
    if end - start > MAX_SLICE_SECONDS:
        raise Fail(*TOO_LONG)
    if end <= start or not (replay.holds(start) and replay.holds(end)) or not title.strip():
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
    if _same_stretch(state, call.uid, False, replay.live_key, start, end):
        raise Fail(*ALREADY_PUBLISHED)
    if any(s.uid == call.uid and not s.fan and s.title == title for s in state.slices):
        raise Fail(*TITLE_USED)
    return _new_slice(call, replay, fan=False)


@area.handler("user_publish_other_video_slice")
def user_publish_other_video_slice(call: Call) -> Any:
    state = _state(call)
    live_uid, start, end = call.get("live_uid"), call.get("start_ts"), call.get("end_ts")
    if live_uid not in CLIP_GRANTORS:  # the page documents no permission code here
        raise Fail(*ILLEGAL_PARAMETER)
    replay = _session(call, call.get("live_key"), live_uid, ILLEGAL_PARAMETER)
    if end - start > MAX_SLICE_SECONDS:
        raise Fail(*TOO_LONG)
    if end <= start or not (replay.holds(start) and replay.holds(end)):
        raise Fail(*ILLEGAL_PARAMETER)
    if _same_stretch(state, call.uid, True, replay.live_key, start, end):
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
    return _streams(call, _session_checked(call, call.uid, ILLEGAL_PARAMETER), with_ban=True)


@area.handler("get_user_slice_stream")
def get_user_slice_stream(call: Call) -> Any:
    live_uid = call.get("live_uid")
    _may_clip(live_uid)
    return _streams(call, _session_checked(call, live_uid, ILLEGAL_PARAMETER), with_ban=False)


@area.handler("get_live_session_data")
def get_live_session_data(call: Call) -> Any:
    live_key = call.get("live_key")
    if not live_key.isdigit():
        raise Fail(*ILLEGAL_PARAMETER)
    return _session_data(call, _session(call, live_key, call.uid, INVALID_SESSION), with_ass=True)


@area.handler("get_user_live_session_data")
def get_user_live_session_data(call: Call) -> Any:
    live_uid, live_key = call.get("live_uid"), call.get("live_key")
    _may_clip(live_uid)
    if not live_key.isdigit():
        raise Fail(*ILLEGAL_PARAMETER)
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
