"""The sandbox's replay area: all 23 replay operations through the real client over loopback, and
raw requests where the client would refuse to send (span and one-of rules) or where headers count
(Range). One server runs for the module; each test gets a fresh seeded world, swapped into it.
"""

from __future__ import annotations

import itertools
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from bilispec_generated.models import ReplayRecord

from bilispec import NO_RETRY, ApiError, BiliClient, ReplayFailedError, RequestValidationError
from bilispec.core.description import description
from bilispec.sandbox import (
    EPOCH,
    SANDBOX_BILI_JCT,
    SANDBOX_FAILING_REPLAY_ID,
    SANDBOX_LIVE_KEY,
    SANDBOX_OTHER_BILI_JCT,
    SANDBOX_OTHER_LIVE_KEY,
    SANDBOX_OTHER_REPLAY_ID,
    SANDBOX_OTHER_SESSDATA,
    SANDBOX_OTHER_UID,
    SANDBOX_REPLAY_ID,
    SANDBOX_SESSDATA,
    SANDBOX_UID,
    SANDBOX_VIEWER_BILI_JCT,
    SANDBOX_VIEWER_SESSDATA,
    ManualClock,
    World,
    create_app,
    running,
)
from bilispec.sandbox.accounts import SANDBOX_ROOM_ID
from bilispec.sandbox.replays import records as area
from bilispec.sandbox.replays.backend import ReplayBackend
from bilispec.sandbox.replays.responses import area as replay_area

from ..conftest import report_figure

COVER = "https://i0.hdslb.com/bfs/live/sandbox-test-cover.png"
REPLAY_PATH = "/xlive/app-blink/v1/anchorVideo/"
ROOM_PATH = "/xlive/web-room/v1/videoService/"
NO_SLEEP = {"sleep": lambda _s: None}


@pytest.fixture(scope="module")
def server() -> Iterator[tuple[Any, str]]:
    app = create_app(World(ManualClock()))
    with running(app) as url:
        yield app, url


@pytest.fixture
def world(server: tuple[Any, str]) -> World:
    fresh = World(ManualClock())
    server[0].state.sandbox.world = fresh
    return fresh


@pytest.fixture
def url(server: tuple[Any, str], world: World) -> str:
    return server[1]


@pytest.fixture
def state(world: World) -> ReplayBackend:
    return world.replays


def _client(url: str, sessdata: str = SANDBOX_SESSDATA, bili_jct: str = SANDBOX_BILI_JCT) -> BiliClient:
    return BiliClient(base_url=url, sessdata=sessdata, bili_jct=bili_jct, retry=NO_RETRY)


@pytest.fixture
def client(url: str) -> Iterator[BiliClient]:
    with _client(url) as c:
        yield c


@pytest.fixture
def viewer(url: str) -> Iterator[BiliClient]:
    with _client(url, SANDBOX_VIEWER_SESSDATA, SANDBOX_VIEWER_BILI_JCT) as c:
        yield c


class Raw:
    """Plain HTTP with the anchor's cookies: for what the client checks before sending."""

    def __init__(self, url: str) -> None:
        self.http = httpx.Client(base_url=url, cookies={"SESSDATA": SANDBOX_SESSDATA, "bili_jct": SANDBOX_BILI_JCT})

    def post(self, path: str, **form: Any) -> dict[str, Any]:
        return self._checked("POST", path, self.http.post(path, data={**form, "csrf": SANDBOX_BILI_JCT}))

    def get(self, path: str, **query: Any) -> dict[str, Any]:
        return self._checked("GET", path, self.http.get(path, params=query))

    @staticmethod
    def _checked(method: str, path: str, response: httpx.Response) -> dict[str, Any]:
        """The body, after checking it is an answer and its error code one the operation documents."""
        assert response.status_code == 200, response.text
        body = dict(response.json())
        op = description().find(method, path)
        assert op is not None and body["code"] in {0, *op.error_codes}, body
        return body


@pytest.fixture
def raw(url: str) -> Iterator[Raw]:
    r = Raw(url)
    yield r
    r.http.close()


def _code(exc: pytest.ExceptionInfo[ApiError]) -> int:
    """The error's code, which must be one the operation documents (the client gives its meaning)."""
    assert exc.value.meaning, f"{exc.value.operation} answered an undocumented code {exc.value.code}"
    return exc.value.code


def test_the_area_answers_the_23_replay_operations() -> None:
    tagged = {op_id for op_id, op in description().operations.items() if op.tag == "replay"}
    assert set(replay_area.handlers) == tagged
    assert len(replay_area.handlers) == 23


# -- replay lists ---------------------------------------------------------------------------------


def test_replay_list_pages_over_35_newest_first(client: BiliClient) -> None:
    first = client.replays.list()
    second = client.replays.list(page=2)
    assert first.pagination.total == 35 and first.pagination.page_size == 30
    assert len(first.replay_info) == 30 and len(second.replay_info) == 5
    assert client.replays.list(page=3).replay_info is None
    every = list(client.replays.iter_all())
    starts = [r.start_time for r in every]
    assert len({r.replay_id for r in every}) == 35 and starts == sorted(starts, reverse=True)
    assert every[0].replay_id == SANDBOX_REPLAY_ID and every[0].live_key == SANDBOX_LIVE_KEY
    assert every[0].end_time - every[0].start_time == 86_400
    assert min(starts) >= EPOCH - 14 * 86_400  # only the last 14 days are kept
    assert {r.room_id for r in every} == {SANDBOX_ROOM_ID}


def test_other_anchor_replays_by_time_range_and_permission(client: BiliClient) -> None:
    all_days = client.replays.list_for_anchor(SANDBOX_OTHER_UID)
    three_days = client.replays.list_for_anchor(SANDBOX_OTHER_UID, time_range=1)
    assert all_days.pagination.total == 8 and 0 < three_days.pagination.total < 8
    assert all(r.start_time >= EPOCH - 3 * 86_400 for r in three_days.replay_info)
    assert all_days.replay_info[0].live_key == SANDBOX_OTHER_LIVE_KEY
    assert len(list(client.replays.iter_for_anchor(SANDBOX_OTHER_UID, page_size=3))) == 8
    with pytest.raises(ApiError) as exc:
        client.replays.list_for_anchor(SANDBOX_UID)  # this anchor lets nobody clip
    assert _code(exc) == 301


# -- the whole-replay download --------------------------------------------------------------------


def test_download_walks_to_30_and_the_file_comes_from_the_sandbox(
    client: BiliClient, state: ReplayBackend, tmp_path: Path
) -> None:
    seen: list[int] = []

    def progress(record: ReplayRecord) -> None:
        seen.append(int(str(record.status)))

    path_before = client.replays.list().replay_info[0].video_info
    assert path_before.estimated_time == "1970-01-01 08:00:00"
    urls = client.replays.download(SANDBOX_REPLAY_ID, dest=tmp_path, on_progress=progress, **NO_SLEEP)
    assert seen == [2, 2, 30, 30]  # 2, as documented, until the merge is done
    assert urls[0].startswith(f"{client._engine.base_url}/sandbox/files/")
    files = list(tmp_path.iterdir())
    assert [f.name for f in files] == ["直播回放_2025-12-30_22-00-00.mp4"]
    content = state.file(state.replays[SANDBOX_REPLAY_ID].filename)
    assert content is not None and 200_000 < len(content) < 1_000_000
    assert files[0].read_bytes() == content
    listed = client.replays.list().replay_info[0].video_info
    assert listed.download_url and listed.estimated_time != "1970-01-01 08:00:00"
    # Once merged, a new request answers with the links at once.
    again = client.replays.request_download(live_key=SANDBOX_LIVE_KEY)
    assert again.record.status == 30 and again.download_url_list == urls


def test_failing_replay_ends_at_minus_30_with_a_toast(client: BiliClient) -> None:
    seen: list[Any] = []
    with pytest.raises(ReplayFailedError) as exc:
        client.replays.download(SANDBOX_FAILING_REPLAY_ID, on_progress=lambda r: seen.append(r.status), **NO_SLEEP)
    assert seen == [2, 2, -30]
    assert exc.value.toast == area.FAILED_TOAST
    record = client.replays.records(SANDBOX_FAILING_REPLAY_ID).list_[0]
    assert record.status == -30 and record.toast == area.FAILED_TOAST
    # The workflow's step 5: the replay list now shows the failure.
    item = next(r for r in client.replays.list().replay_info if r.replay_id == SANDBOX_FAILING_REPLAY_ID)
    assert (item.alarm_info.code, item.alarm_info.message) == area.MERGE_FAILED_ALARM


def test_each_poll_of_either_kind_moves_the_merge_one_step(client: BiliClient) -> None:
    assert client.replays.records(SANDBOX_REPLAY_ID).list_[0].status == 2  # never requested
    started = client.replays.request_download(record_id=SANDBOX_REPLAY_ID)
    assert started.record.status == 2 and started.record.merge_time == EPOCH  # requested, not merged yet
    assert not started.download_url_list
    assert client.replays.info(SANDBOX_REPLAY_ID).list_[0].status == 2  # one poll
    polled = client.replays.records([99, SANDBOX_REPLAY_ID, SANDBOX_OTHER_REPLAY_ID, SANDBOX_REPLAY_ID]).list_
    assert [(r.record_id, r.status) for r in polled] == [(SANDBOX_REPLAY_ID, 30), (SANDBOX_OTHER_REPLAY_ID, 2)]
    assert polled[1].uid == SANDBOX_OTHER_UID  # other owners' replays answer too, as in the page's example
    assert client.replays.info(12345).list_ == []  # unknown ids are left out


def test_download_request_errors(raw: Raw, state: ReplayBackend) -> None:
    path = REPLAY_PATH + "AnchorVideoDownload"
    unrecorded = min(r.replay_id for r in state.replays.values() if r.uid == SANDBOX_UID)
    assert raw.post(path)["code"] == 100  # neither record_id nor live_key
    assert raw.post(path, record_id=1)["code"] == 210
    assert raw.post(path, live_key="123")["code"] == 210
    assert raw.post(path, record_id=SANDBOX_OTHER_REPLAY_ID)["code"] == 210  # someone else's
    assert raw.post(path, record_id=SANDBOX_REPLAY_ID, live_key=SANDBOX_OTHER_LIVE_KEY)["code"] == 210
    assert raw.post(path, record_id=unrecorded)["code"] == 217
    body = raw.post(path, record_id=SANDBOX_REPLAY_ID, live_key=SANDBOX_LIVE_KEY)
    assert body["code"] == 0 and body["data"]["record"]["status"] == 2


def test_replay_files_answer_range_requests(client: BiliClient, raw: Raw, state: ReplayBackend, tmp_path: Path) -> None:
    replay = state.replays[SANDBOX_REPLAY_ID]
    files = "/sandbox/files/" + replay.filename
    assert raw.http.get(files).status_code == 404  # not merged yet
    url = client.replays.download(SANDBOX_REPLAY_ID, **NO_SLEEP)[0]
    content = state.file(replay.filename)
    assert content is not None
    size = len(content)
    whole = raw.http.get(files)
    assert whole.status_code == 200 and whole.content == content and whole.headers["accept-ranges"] == "bytes"
    part = raw.http.get(files, headers={"Range": "bytes=100-199"})
    assert part.status_code == 206 and part.content == content[100:200]
    assert part.headers["content-range"] == f"bytes 100-199/{size}"
    tail = raw.http.get(files, headers={"Range": "bytes=-10"})
    assert tail.status_code == 206 and tail.content == content[-10:]
    beyond = raw.http.get(files, headers={"Range": f"bytes={size}-"})
    assert beyond.status_code == 416 and beyond.headers["content-range"] == f"bytes */{size}"
    # The client resumes a partial file with a Range request.
    dest = tmp_path / "replay.mp4"
    (tmp_path / "replay.mp4.part").write_bytes(content[:1000])
    done: list[tuple[int, int | None]] = []
    client.replays.download_file(url, dest, on_bytes=lambda n, total: done.append((n, total)))
    assert dest.read_bytes() == content and done[0] == (1000, size)


# -- published slices -----------------------------------------------------------------------------


def test_published_slice_lists_page_and_drop_counts_on_mixed_pages(client: BiliClient, viewer: BiliClient) -> None:
    first = client.slices.list_published()
    second = client.slices.list_published(page=2)
    assert first.total == 25 and len(first.list_) == 20 and len(second.list_) == 5
    assert all(s.av_status == 2 and s.cnt_play and s.avid for s in first.list_)
    failed = [s for s in second.list_ if s.av_status == 3]
    assert failed and failed[0].failed_reason == "duration_false"
    assert all(not s.cnt_play for s in second.list_)  # a page with a non-submitted item has no counts
    assert len(list(client.slices.iter_published())) == 25
    theirs = client.slices.list_published_for_anchor(SANDBOX_OTHER_UID)
    assert [s.status for s in theirs.slice_info] == [3, 2] and theirs.pagination.total == 2
    empty = viewer.slices.list_published_for_anchor(SANDBOX_OTHER_UID)
    assert empty.slice_info is None and not empty.pagination.total
    with pytest.raises(ApiError) as exc:
        client.slices.list_published_for_anchor(SANDBOX_UID)
    assert _code(exc) == 301


def _publish(raw: Raw, key: str, start: int, end: int, title: str, **extra: Any) -> int:
    form = {"live_key": key, "start_ts": start, "end_ts": end, "av_title": title, "av_cover": COVER, **extra}
    return int(raw.post(REPLAY_PATH + "AnchorPublishVideoSlice", **form)["code"])


def test_anchor_publish_enforces_the_documented_limits(raw: Raw, state: ReplayBackend) -> None:
    day = state.replays[SANDBOX_REPLAY_ID]
    start = day.start_time + 3600
    banned = next(r for r in state.replays.values() if r.ban)
    assert _publish(raw, SANDBOX_LIVE_KEY, start, start + 7201, "t1") == 4000  # over two hours
    assert _publish(raw, SANDBOX_LIVE_KEY, start, start, "t1") == 4001  # nothing to publish
    assert _publish(raw, SANDBOX_OTHER_LIVE_KEY, start, start + 60, "t1") == 4001  # not one's own key
    assert _publish(raw, SANDBOX_LIVE_KEY, day.start_time - 100, day.start_time + 60, "t1") == 4001  # not live then
    assert _publish(raw, SANDBOX_LIVE_KEY, start, start + 4000, "t1", av_speed="0.5x") == 4008
    assert _publish(raw, SANDBOX_LIVE_KEY, start, start + 60, "t1", av_highlight=7) == 4003
    ban_start = banned.ban[0] if banned.ban else 0
    assert _publish(raw, banned.live_key, ban_start - 60, ban_start + 60, "t1") == 4009
    assert _publish(raw, SANDBOX_LIVE_KEY, start, start + 7200, "t1") == 0  # exactly two hours is allowed
    assert _publish(raw, SANDBOX_LIVE_KEY, start, start + 7200, "t2") == 4002  # the same stretch again
    assert _publish(raw, SANDBOX_LIVE_KEY, start + 10, start + 70, "t1") == 4006  # the title is taken
    assert _publish(raw, SANDBOX_LIVE_KEY, start + 10, start + 70, "沙盒切片 01") == 4006  # a seeded title
    highlight = state.highlights(day)[0]["id"]
    assert _publish(raw, SANDBOX_LIVE_KEY, start + 10, start + 70, "t3", av_highlight=highlight) == 0


def test_a_published_slice_moves_from_publishing_to_submitted(client: BiliClient, state: ReplayBackend) -> None:
    start = state.replays[SANDBOX_REPLAY_ID].start_time + 7200
    made = client.slices.publish(SANDBOX_LIVE_KEY, start, start + 300, title="新切片", cover=COVER)
    fast = client.slices.publish(SANDBOX_LIVE_KEY, start, start + 600, title="倍速", cover=COVER, speed="2.0x")
    listed = client.slices.list_published().list_
    assert listed[0].slice_id in (made.video_slice_id, fast.video_slice_id)
    assert fast.video_slice_id not in [s.slice_id for s in listed]  # 2x hides it while publishing
    first = next(s for s in listed if s.slice_id == made.video_slice_id)
    assert first.av_status == 1 and not first.avid and not first.cnt_play  # counts drop on a mixed page
    after = {s.slice_id: s for s in client.slices.list_published().list_}
    assert after[made.video_slice_id].av_status == 2 and after[made.video_slice_id].avid
    assert after[made.video_slice_id].av_duration == 300 and after[fast.video_slice_id].av_duration == 300


def test_fan_publish_for_the_other_anchor(client: BiliClient, raw: Raw, state: ReplayBackend) -> None:
    theirs = state.replays[SANDBOX_OTHER_REPLAY_ID]
    start = theirs.start_time + 60
    made = client.slices.publish_for_anchor(
        SANDBOX_OTHER_UID, SANDBOX_OTHER_LIVE_KEY, start, start + 60, title="粉丝切片", cover=COVER
    )
    assert made.video_slice_id > 4002  # fans' slices have their own, smaller numbers
    first = client.slices.list_published_for_anchor(SANDBOX_OTHER_UID).slice_info[0]
    assert (first.slice_id, first.status, first.live_uid, first.uid) == (
        made.video_slice_id,
        1,
        SANDBOX_OTHER_UID,
        SANDBOX_UID,
    )
    second = client.slices.list_published_for_anchor(SANDBOX_OTHER_UID).slice_info[0]
    assert second.status == 2 and second.avid and second.filename and second.av_duration == 60
    path = ROOM_PATH + "UserPublishOtherVideoSlice"
    form = {"live_key": SANDBOX_OTHER_LIVE_KEY, "av_title": "x", "av_cover": COVER, "live_uid": SANDBOX_OTHER_UID}
    assert raw.post(path, **form, start_ts=start, end_ts=start + 60)["code"] == 5006
    assert raw.post(path, **form, start_ts=start, end_ts=start + 7201)["code"] == 4000
    assert raw.post(path, **form, start_ts=start, end_ts=start)["code"] == 100
    assert raw.post(path, **{**form, "live_uid": SANDBOX_UID}, start_ts=start, end_ts=start + 9)["code"] == 100
    assert raw.post(path, **{**form, "live_key": SANDBOX_LIVE_KEY}, start_ts=start, end_ts=start + 9)["code"] == 100


# -- clip drafts ----------------------------------------------------------------------------------


def test_drafts_list_and_delete(client: BiliClient, viewer: BiliClient, url: str) -> None:
    mine = client.drafts.list()
    ids = [d.id for d in mine.draft_info]
    assert ids == [988_003, 988_002, 988_001] and mine.pagination.total == 3
    assert [d.title.endswith("切片") for d in mine.draft_info] == [False, True, False]
    assert client.drafts.delete(988_002).code == 0
    assert [d.id for d in client.drafts.list().draft_info] == [988_003, 988_001]
    for draft_id in (988_002, 988_101, 1_148_001, 5):  # gone, someone else's, a fan draft, unknown
        with pytest.raises(ApiError) as exc:
            client.drafts.delete(draft_id)
        assert _code(exc) == 206
    fan = client.drafts.list_for_anchor(SANDBOX_OTHER_UID)
    assert [d.id for d in fan.draft_info] == [1_148_002, 1_148_001]
    with pytest.raises(ApiError) as exc:
        client.drafts.delete_for_anchor(988_001)  # an anchor draft is not a fan draft
    assert _code(exc) == 206
    assert client.drafts.delete_for_anchor(1_148_001).message == ""
    assert [d.id for d in client.drafts.list_for_anchor(SANDBOX_OTHER_UID).draft_info] == [1_148_002]
    assert len(list(client.drafts.iter_all(page_size=1))) == 2
    with _client(url, SANDBOX_OTHER_SESSDATA, SANDBOX_OTHER_BILI_JCT) as other:
        assert [d.id for d in other.drafts.list().draft_info] == [988_101]
        assert other.drafts.list_for_anchor(SANDBOX_OTHER_UID).draft_info is None
    for call in (lambda: viewer.drafts.list(), lambda: client.drafts.list_for_anchor(SANDBOX_UID)):
        with pytest.raises(ApiError) as exc:
            call()
        assert _code(exc) == 301


# -- slice streams, session data, highlights, key frames ------------------------------------------


def test_slice_streams(client: BiliClient, raw: Raw, state: ReplayBackend) -> None:
    day = state.replays[SANDBOX_REPLAY_ID]
    whole = client.slices.stream(SANDBOX_LIVE_KEY, day.start_time, day.end_time)
    assert whole.ban_list is None and len(whole.list_) == 1
    assert (whole.list_[0].start_time, whole.list_[0].end_time, whole.list_[0].type_) == (
        day.start_time + 8,
        day.end_time,
        2,
    )
    part = client.slices.stream(SANDBOX_LIVE_KEY, day.start_time + 600, day.start_time + 900).list_[0]
    assert (part.start_time, part.end_time) == (day.start_time + 600, day.start_time + 900)
    banned = next(r for r in state.replays.values() if r.ban)
    ban = client.slices.stream(banned.live_key, banned.start_time, banned.end_time).ban_list
    assert [(b.start_time, b.end_time) for b in ban] == [banned.ban]
    theirs = state.replays[SANDBOX_OTHER_REPLAY_ID]
    fan = client.slices.stream_for_anchor(SANDBOX_OTHER_UID, SANDBOX_OTHER_LIVE_KEY, theirs.start_time, theirs.end_time)
    assert fan.list_ and "ban_list" not in fan.to_dict()  # the fan side documents none
    cases = [
        (lambda: client.slices.stream(SANDBOX_OTHER_LIVE_KEY, theirs.start_time, theirs.end_time), 202),
        (lambda: client.slices.stream_for_anchor(SANDBOX_UID, SANDBOX_LIVE_KEY, day.start_time, day.end_time), 301),
    ]
    for call, code in cases:
        with pytest.raises(ApiError) as exc:
            call()
        assert _code(exc) == code
    # A span whose end is not after its start breaks x-span-limit: the client refuses it unsent, the
    # sandbox answers it 100 naming the rule (core/rules.py for both).
    with pytest.raises(RequestValidationError, match="x-span-limit"):
        client.slices.stream(SANDBOX_LIVE_KEY, day.end_time, day.start_time)
    query = {"live_key": SANDBOX_LIVE_KEY, "start_time": day.end_time, "end_time": day.start_time}
    body = raw.http.get(description()["get_slice_stream"].path, params=query).json()
    assert body["code"] == 100 and "(x-span-limit)" in body["message"]


def test_session_data_of_a_24_hour_session(client: BiliClient, raw: Raw, state: ReplayBackend) -> None:
    day = state.replays[SANDBOX_REPLAY_ID]
    data = client.highlights.session_data(SANDBOX_LIVE_KEY, "0000-01-01 00:00:00", "1970-01-01 00:00:00")
    times = [p.ts for p in data.session_data]
    assert len(times) == 1440 and times[0] == day.start_time and {b - a for a, b in itertools.pairwise(times)} == {60}
    busiest = max(data.session_data, key=lambda p: (p.value, -p.ts))
    assert data.max_danmaku == busiest.ts and data.max_pcu and data.max_value == 0
    kinds = [h.type_ for h in data.high_light_data]
    assert kinds == [1, 1, 1, 2] and data.high_light_data[0].start_time == data.max_danmaku
    assert (data.high_light_stat.original_hl, data.high_light_stat.manual_hl) == (4, 3)
    ass = raw.http.get(str(data.ass_url).removeprefix(str(raw.http.base_url).rstrip("/")))
    assert ass.status_code == 200 and ass.text.startswith("[Script Info]")
    body = raw.get(
        REPLAY_PATH + "GetLiveSessionData",
        live_key=SANDBOX_LIVE_KEY,
        start_tm="0000-01-01 00:00:00",
        end_tm="1970-01-01 00:00:00",
    )
    size = len(json.dumps(body, ensure_ascii=False, separators=(",", ":")).encode())
    report_figure(f"sandbox replays: 24-hour session data, 1440 points, {size / 1024:.1f} KiB compact JSON")
    fan = client.highlights.session_data_for_anchor(
        SANDBOX_OTHER_UID, SANDBOX_OTHER_LIVE_KEY, "2025-12-31 00:00:00", "2025-12-31 01:00:00"
    )
    assert fan.session_data and "ass_url" not in fan.to_dict() and fan.high_light_stat.manual_hl == 1
    cases = [
        (
            lambda: client.highlights.session_data(
                SANDBOX_OTHER_LIVE_KEY, "2025-12-31 00:00:00", "2025-12-31 00:00:00"
            ),
            202,
        ),
        (lambda: client.highlights.session_data("key", "2025-12-31 00:00:00", "2025-12-31 00:00:00"), 202),
        (
            lambda: client.highlights.session_data_for_anchor(
                SANDBOX_UID, SANDBOX_LIVE_KEY, "2025-12-31 00:00:00", "2025-12-31 00:00:00"
            ),
            301,
        ),
        (
            lambda: client.highlights.session_data_for_anchor(
                SANDBOX_OTHER_UID, SANDBOX_LIVE_KEY, "2025-12-31 00:00:00", "2025-12-31 00:00:00"
            ),
            202,
        ),
    ]
    for call, code in cases:
        with pytest.raises(ApiError) as exc:
            call()
        assert _code(exc) == code


def test_highlights_save_then_list(client: BiliClient, viewer: BiliClient, state: ReplayBackend) -> None:
    day = state.replays[SANDBOX_REPLAY_ID]
    assert client.highlights.save(SANDBOX_LIVE_KEY, day.start_time + 100, day.start_time + 160).to_dict() == {}
    listed = client.highlights.list(SANDBOX_LIVE_KEY, manual_type=2)
    newest = listed.manual_highlight_list[0]
    assert (newest.highlight_title, newest.start_ts, newest.end_ts) == (
        "手动保存片段【4】",
        day.start_time + 100,
        day.start_time + 160,
    )
    assert (newest.uid, newest.ruid, newest.live_key) == (SANDBOX_UID, SANDBOX_UID, SANDBOX_LIVE_KEY)
    assert listed.high_light_stat.manual_hl == 4
    lookback = client.highlights.list(SANDBOX_LIVE_KEY, manual_type=1)
    assert "manual_highlight_list" not in lookback.to_dict() and lookback.high_light_stat.original_hl == 4
    theirs = state.replays[SANDBOX_OTHER_REPLAY_ID]
    client.highlights.save_for_anchor(SANDBOX_OTHER_UID, SANDBOX_OTHER_LIVE_KEY, theirs.start_time, theirs.start_time)
    fan = client.highlights.list_for_anchor(SANDBOX_OTHER_UID, SANDBOX_OTHER_LIVE_KEY, manual_type=2)
    assert [c.highlight_title for c in fan.manual_highlight_list] == ["手动保存片段【2】", "手动保存片段【1】"]
    assert fan.manual_highlight_list[0].ruid == SANDBOX_OTHER_UID
    # Failures are the page's inner code -1 with a message; nothing is saved.
    outside = client.highlights.save(SANDBOX_LIVE_KEY, day.end_time + 1, day.end_time + 5)
    assert (outside.code, outside.message) == (-1, area.NOT_LIVE_THEN)
    for other in (
        client.highlights.save(SANDBOX_OTHER_LIVE_KEY, theirs.start_time, theirs.start_time),
        client.highlights.save_for_anchor(SANDBOX_UID, SANDBOX_LIVE_KEY, day.start_time, day.start_time),
    ):
        assert (other.code, other.message) == (-1, area.NO_SUCH_SESSION)
    assert client.highlights.list(SANDBOX_LIVE_KEY, manual_type=2).high_light_stat.manual_hl == 4
    # Sessions one cannot see have nothing to list.
    for hidden in (
        client.highlights.list("1", manual_type=2),
        client.highlights.list(SANDBOX_OTHER_LIVE_KEY, manual_type=2),
        client.highlights.list_for_anchor(SANDBOX_OTHER_UID, SANDBOX_LIVE_KEY, manual_type=2),
        viewer.highlights.list_for_anchor(SANDBOX_UID, SANDBOX_LIVE_KEY, manual_type=2),  # no permission
    ):
        assert hidden.to_dict() == {"high_light_stat": {}}


def test_key_frames(client: BiliClient, raw: Raw, state: ReplayBackend) -> None:
    day = state.replays[SANDBOX_REPLAY_ID]
    t = day.start_time + 3600
    frames = client.highlights.key_frames(SANDBOX_LIVE_KEY, [5, t, t + 10, t + 30, day.end_time + 60]).list_
    assert [f.ts for f in frames] == [5, t, t + 30, day.end_time + 60]  # t + 10 is too close to t
    assert [bool(f.url) for f in frames] == [False, True, True, False]
    image = raw.http.get(str(frames[1].url).removeprefix(str(raw.http.base_url).rstrip("/")))
    assert image.status_code == 200 and image.content.startswith(b"\xff\xd8")
    assert client.highlights.key_frames("404", [t]).list_ is None  # an invalid key
    with pytest.raises(ApiError) as exc:
        client.highlights.key_frames(SANDBOX_OTHER_LIVE_KEY, [t])
    assert _code(exc) == 10121188
    theirs = state.replays[SANDBOX_OTHER_REPLAY_ID]
    fan = client.highlights.key_frames_for_anchor(SANDBOX_OTHER_UID, SANDBOX_OTHER_LIVE_KEY, [theirs.start_time + 60])
    assert fan.list_[0].url
    assert client.highlights.key_frames_for_anchor(SANDBOX_OTHER_UID, SANDBOX_LIVE_KEY, [t]).list_ is None
    with pytest.raises(ApiError) as exc:
        client.highlights.key_frames_for_anchor(SANDBOX_UID, SANDBOX_LIVE_KEY, [t])
    assert _code(exc) == 10121188


# -- determinism ----------------------------------------------------------------------------------


READS = [
    (REPLAY_PATH + "AnchorGetReplayList", {"page": 2}),
    (ROOM_PATH + "GetOtherSliceList", {"live_uid": SANDBOX_OTHER_UID}),
    (REPLAY_PATH + "AnchorGetVideoSliceList", {"page": 2}),
    (ROOM_PATH + "GetPublishedList", {"live_uid": SANDBOX_OTHER_UID}),
    (REPLAY_PATH + "GetDraftList", {}),
    (ROOM_PATH + "GetDraftList", {"live_uid": SANDBOX_OTHER_UID}),
    (REPLAY_PATH + "GetAnchorVideoUidRecordsSubsect", {"record_id": SANDBOX_REPLAY_ID}),
    (
        REPLAY_PATH + "GetLiveSessionData",
        {"live_key": SANDBOX_LIVE_KEY, "start_tm": "2026-01-01 00:00:00", "end_tm": "2026-01-01 00:00:00"},
    ),
    (REPLAY_PATH + "UserGetManualHighlightList", {"live_key": SANDBOX_LIVE_KEY, "manual_type": 2}),
]


def test_two_fresh_worlds_answer_the_same(server: tuple[Any, str]) -> None:
    """Reads, then the same writes and polls, on two fresh worlds: every answer is identical."""
    app, url = server
    runs = []
    for _ in range(2):
        app.state.sandbox.world = World(ManualClock())
        raw = Raw(url)
        answers = [raw.get(path, **query) for path, query in READS]
        answers.append(raw.post(REPLAY_PATH + "AnchorVideoDownload", record_id=SANDBOX_REPLAY_ID))
        answers.append(raw.post(REPLAY_PATH + "GetAnchorVideoUidRecord", records=SANDBOX_REPLAY_ID))
        answers.append(raw.post(REPLAY_PATH + "GetAnchorVideoUidRecord", records=SANDBOX_REPLAY_ID))
        answers.append(raw.post(REPLAY_PATH + "AnchorVideoDownload", record_id=SANDBOX_REPLAY_ID))
        start = EPOCH - 50_000
        answers.append(
            raw.post(
                REPLAY_PATH + "AnchorPublishVideoSlice",
                live_key=SANDBOX_LIVE_KEY,
                start_ts=start,
                end_ts=start + 60,
                av_title="same",
                av_cover=COVER,
            )
        )
        answers.append(raw.get(REPLAY_PATH + "AnchorGetVideoSliceList"))
        file = raw.http.get(answers[-3]["data"]["download_url"].removeprefix(url))
        runs.append((answers, file.content))
        raw.http.close()
    assert all(a["code"] == 0 for a in runs[0][0])
    assert runs[0] == runs[1]
