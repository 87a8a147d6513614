"""End to end: the hand-written client against the sandbox over loopback HTTP, one whole flow per
area, each checked both in what the client returns and in the state the sandbox kept.

Also the main job: examples/tour.py against the sandbox (what `make demo` runs), and the same
program in its real-API mode pointed at a sandbox, where it must not change anything.
"""

from __future__ import annotations

import asyncio
import contextlib
import copy
import io
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from bilispec import AsyncBiliClient, BiliClient
from bilispec import sandbox as sandbox_module
from bilispec.core.description import description
from bilispec.core.errors import ApiError, CsrfError, NotLoggedInError, ReplayFailedError, RequestValidationError
from bilispec.sandbox import (
    SANDBOX_AID,
    SANDBOX_BILI_JCT,
    SANDBOX_BVID,
    SANDBOX_CID,
    SANDBOX_FAILING_REPLAY_ID,
    SANDBOX_OTHER_UID,
    SANDBOX_ROOM_ID,
    SANDBOX_SESSDATA,
    SANDBOX_UID,
    SANDBOX_VIEWER_BILI_JCT,
    SANDBOX_VIEWER_SESSDATA,
    ManualClock,
    World,
    create_app,
)
from bilispec.sandbox.accounts import SANDBOX_OTHER_REPLAY_ID
from bilispec.sandbox.clock import EPOCH

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture()
def world() -> World:
    return World(ManualClock())


@pytest.fixture()
def sandbox(world: World, serve: Callable[[Any], str]) -> str:
    return serve(create_app(world))


@pytest.fixture()
def client(sandbox: str) -> Iterator[BiliClient]:
    with BiliClient(base_url=sandbox, sessdata=SANDBOX_SESSDATA, bili_jct=SANDBOX_BILI_JCT) as c:
        yield c


def test_start_and_stop_a_stream(client: BiliClient, world: World) -> None:
    pre = client.room.update_pre_live_info(title="周末歌会")
    assert pre.audit_info.audit_title == "周末歌会"
    live = client.room.start_live(SANDBOX_ROOM_ID, area_id=371, platform="pc_link")
    assert live.status == "LIVE" and live.change == 1
    assert live.rtmp.addr.startswith("rtmp://") and "key=" in live.rtmp.code
    assert world.rooms.rooms[SANDBOX_ROOM_ID].live
    again = client.room.start_live(SANDBOX_ROOM_ID, area_id=371, platform="pc_link")
    assert again.change == 0 and again.live_key == live.live_key  # already on air: same session
    client.room.update(SANDBOX_ROOM_ID, title="深夜电台", add_tag="电台")
    client.room.update_news(SANDBOX_ROOM_ID, uid=SANDBOX_UID, content="今晚八点")
    room = world.rooms.rooms[SANDBOX_ROOM_ID]
    assert (room.title, room.news, "电台" in room.tags) == ("深夜电台", "今晚八点", True)
    stopped = client.room.stop_live(SANDBOX_ROOM_ID, platform="pc_link")  # required since 0.2.0
    assert (stopped.status, stopped.change) == ("PREPARING", 1)
    assert not world.rooms.rooms[SANDBOX_ROOM_ID].live
    with pytest.raises(ApiError) as refused:
        client.room.start_live(SANDBOX_ROOM_ID, area_id=1, platform="pc_link")
    assert refused.value.code == 60009


def test_a_new_streamer_opens_a_room(sandbox: str, client: BiliClient) -> None:
    with pytest.raises(ApiError) as already:
        client.room.create()
    assert already.value.code == 1531193016
    with BiliClient(base_url=sandbox, sessdata=SANDBOX_VIEWER_SESSDATA, bili_jct=SANDBOX_VIEWER_BILI_JCT) as viewer:
        created = viewer.room.create()
        live = viewer.room.start_live(int(created.room_id), area_id=624, platform="android_link")
    assert live.status == "LIVE"


def test_run_a_vote(client: BiliClient, world: World) -> None:
    clock = world.clock
    assert isinstance(clock, ManualClock)
    vote = client.votes.create(SANDBOX_ROOM_ID, question="下一首?", option_a="A", option_b="B", duration=2)
    panel = client.votes.panel(SANDBOX_ROOM_ID)
    assert panel is not None and panel.vote_info.interaction_id == vote.interaction_id
    assert panel.vote_info.status == 1  # waiting for review
    clock.advance(3)
    running_vote = client.votes.panel(SANDBOX_ROOM_ID)
    assert running_vote is not None and running_vote.vote_info.status == 4
    assert 0 < running_vote.vote_info.left_duration <= 120_000
    with pytest.raises(ApiError) as second:  # one vote at a time
        client.votes.create(SANDBOX_ROOM_ID, question="?", option_a="x", option_b="y", duration=1)
    assert second.value.code == -403  # a common code; the page names none for this case
    client.votes.terminate(SANDBOX_ROOM_ID, vote.interaction_id)
    history = client.votes.history(SANDBOX_ROOM_ID).history
    assert history[0].interaction_id == vote.interaction_id and history[0].status == 6
    # A vote that runs out ends by itself.
    ending = client.votes.create(SANDBOX_ROOM_ID, question="结束?", option_a="是", option_b="否", duration=1)
    clock.advance(2 + 60)
    assert client.votes.history(SANDBOX_ROOM_ID).history[0].interaction_id == ending.interaction_id
    assert client.votes.history(SANDBOX_ROOM_ID).history[0].status == 5
    with pytest.raises(ApiError) as foreign:
        client.votes.create(SANDBOX_ROOM_ID + 1, question="?", option_a="x", option_b="y", duration=1)
    assert foreign.value.code == -404


def test_mute_and_unmute_a_user(client: BiliClient, world: World) -> None:
    before = client.silent_users.list(SANDBOX_ROOM_ID)
    client.silent_users.add(SANDBOX_ROOM_ID, 4242, 1, msg="刷屏")
    everyone = list(client.silent_users.iter_all(SANDBOX_ROOM_ID))
    assert len(everyone) == before.total + 1 > 10  # more than one page of 10
    muted = next(user for user in everyone if user.tuid == 4242)
    assert muted.uid == SANDBOX_UID and muted.is_anchor == 1
    client.silent_users.remove(SANDBOX_ROOM_ID, muted.id)
    assert all(user.tuid != 4242 for user in client.silent_users.iter_all(SANDBOX_ROOM_ID))
    # An hour-long mute lapses after the hour.
    client.silent_users.add(SANDBOX_ROOM_ID, 4343, 1)
    assert isinstance(world.clock, ManualClock)
    world.clock.advance(3601)
    assert all(user.tuid != 4343 for user in client.silent_users.iter_all(SANDBOX_ROOM_ID))


def test_clip_and_publish_a_replay_slice(client: BiliClient, world: World) -> None:
    latest = client.replays.list(page_size=5).replay_info[0]
    start = latest.live_info.live_time + 3600
    streams = client.slices.stream(latest.live_key, start, start + 300)
    assert streams.list_
    frames = client.highlights.key_frames(latest.live_key, [start, start + 60])
    assert len(frames.list_) == 2
    client.highlights.save(latest.live_key, start, start + 120)
    from bilispec_generated.models.manual_type import ManualType

    saved = client.highlights.list(latest.live_key, manual_type=ManualType(2))
    assert any(h.start_ts == start for h in saved.manual_highlight_list or [])
    cover = "https://i0.hdslb.com/bfs/live/new_room_cover/e2e.jpg"
    published = client.slices.publish(latest.live_key, start, start + 300, title="精彩五分钟", cover=cover)
    total = client.slices.list_published(page_size=5).total
    titles = [s.av_title for s in client.slices.iter_published(page_size=20)]
    assert "精彩五分钟" in titles and len(titles) == total
    with pytest.raises(ApiError) as duplicate:
        client.slices.publish(latest.live_key, start, start + 300, title="精彩五分钟", cover=cover)
    assert duplicate.value.code in description()["anchor_publish_video_slice"].error_codes
    with pytest.raises(RequestValidationError):  # over two hours: refused before sending
        client.slices.publish(latest.live_key, start, start + 7201, title="太长", cover=cover)
    assert published.video_slice_id
    # Clip drafts: list then delete.
    drafts = client.drafts.list().draft_info or []
    client.drafts.delete(drafts[0].id)
    assert [d.id for d in client.drafts.list().draft_info or []] == [d.id for d in drafts[1:]]
    # The fan side: another streamer's replay.
    other = client.replays.list_for_anchor(SANDBOX_OTHER_UID).replay_info or []
    assert any(r.replay_id == SANDBOX_OTHER_REPLAY_ID for r in other)


def test_download_a_whole_replay_with_progress(sandbox: str, client: BiliClient, tmp_path: Path) -> None:
    latest = client.replays.list(page_size=1).replay_info[0]
    statuses: list[int] = []
    written: list[tuple[int, int | None]] = []
    urls = client.replays.download(
        latest.replay_id,
        dest=tmp_path,
        on_progress=lambda record: statuses.append(record.status),
        on_bytes=lambda done, total: written.append((done, total)),
        poll_interval=0.01,
    )
    assert statuses[:3] == [2, 2, 30]  # 2 (not merged yet) until the merge is done
    files = list(tmp_path.iterdir())
    assert len(files) == 1 and files[0].stat().st_size == written[-1][0] == written[-1][1] > 100_000
    assert urls and all(url.startswith(sandbox) for url in urls)  # served by the sandbox itself
    with pytest.raises(ReplayFailedError) as failed:
        client.replays.download(SANDBOX_FAILING_REPLAY_ID, poll_interval=0.01)
    assert "无法合成" in str(failed.value)


def test_download_resumes_with_range(client: BiliClient, tmp_path: Path) -> None:
    latest = client.replays.list(page_size=1).replay_info[0]
    url = client.replays.download(latest.replay_id, poll_interval=0.01)[0]
    whole = client.replays.download_file(url, tmp_path / "whole.mp4").read_bytes()
    part = tmp_path / "resumed.mp4.part"
    part.write_bytes(whole[:1000])  # an interrupted earlier attempt
    resumed = client.replays.download_file(url, tmp_path / "resumed.mp4")
    assert resumed.read_bytes() == whole


def test_report_watch_progress_and_heartbeats(client: BiliClient, world: World) -> None:
    for played, action in ((0, 1), (15, 0), (30, 2)):
        client.watch_reports.heartbeat(aid=SANDBOX_AID, cid=SANDBOX_CID, played_time=played, play_type=action)
    client.watch_reports.heartbeat(bvid=SANDBOX_BVID, played_time=5)
    client.watch_reports.progress(SANDBOX_AID, SANDBOX_CID, progress=30)
    beats = world.reports.heartbeats
    assert [(b.video, b.played_time, b.play_type) for b in beats] == [
        (f"av{SANDBOX_AID}", 0, 1),
        (f"av{SANDBOX_AID}", 15, 0),
        (f"av{SANDBOX_AID}", 30, 2),
        (SANDBOX_BVID, 5, None),
    ]
    assert world.reports.progress[(SANDBOX_UID, SANDBOX_AID, SANDBOX_CID)] == 30


def test_auth_as_the_api_answers_it(sandbox: str) -> None:
    stranger = BiliClient(base_url=sandbox, sessdata="not-a-session", bili_jct=SANDBOX_BILI_JCT)
    with stranger, pytest.raises(NotLoggedInError):
        stranger.votes.panel(SANDBOX_ROOM_ID)
    forged = BiliClient(base_url=sandbox, sessdata=SANDBOX_SESSDATA, bili_jct="wrong-csrf")
    with forged, pytest.raises(CsrfError):
        forged.votes.create(SANDBOX_ROOM_ID, question="?", option_a="x", option_b="y", duration=1)


def test_async_client_fans_out(sandbox: str) -> None:
    async def main() -> list[Any]:
        async with AsyncBiliClient(base_url=sandbox, sessdata=SANDBOX_SESSDATA, bili_jct=SANDBOX_BILI_JCT) as c:
            return list(await asyncio.gather(*(c.replays.list(page=p, page_size=10) for p in (1, 2, 3, 4))))

    pages = asyncio.run(main())
    ids = [r.replay_id for page in pages for r in page.replay_info or []]
    assert len(ids) == len(set(ids)) == 35


def _run_tour(*argv: str) -> str:
    import importlib.util

    spec = importlib.util.spec_from_file_location("tour", ROOT / "examples" / "tour.py")
    assert spec and spec.loader
    tour = importlib.util.module_from_spec(spec)
    sys.modules["tour"] = tour  # dataclasses look their module up there
    spec.loader.exec_module(tour)
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        assert tour.main(list(argv)) == 0
    return out.getvalue()


class FastClock:
    """The wall clock, ten times faster."""

    def __init__(self, speed: float = 10.0) -> None:
        self._start, self._speed = time.monotonic(), speed

    def now(self) -> float:
        return EPOCH + self._speed * (time.monotonic() - self._start)


def test_tour_through_every_area_in_the_sandbox(monkeypatch: pytest.MonkeyPatch) -> None:
    """The sandbox the tour starts runs on a fast clock: the vote's 2 s review, which the tour polls
    every 0.5 s, is over by the second poll (0.5 s of waiting, not 2 s); the 3-minute vote still
    runs for 18 s, long after the tour has ended it."""
    monkeypatch.delenv("BILI_SESSDATA", raising=False)
    monkeypatch.delenv("BILI_JCT", raising=False)
    serve_fresh = sandbox_module.running
    monkeypatch.setattr(sandbox_module, "running", lambda: serve_fresh(create_app(World(FastClock()))))
    text = _run_tour()
    for expected in (
        "against the local sandbox",
        "on air: status LIVE",
        "key=SCRUBBED",
        "panel: status 4 (running)",
        "vote ended early",
        "unmuted; still listed: False",
        "35 replays",
        "merge status 30",
        "failed as the server said",
        "watch progress recorded",
    ):
        assert expected in text, expected
    assert SANDBOX_BILI_JCT not in text and "sandboxstreamkey" not in text
    assert "refused" in text  # the wrong area, on purpose; nothing else fails
    assert "failed:" not in text.replace("failed as the server said", "")


def test_tour_in_real_api_mode_only_reads(monkeypatch: pytest.MonkeyPatch, world: World, sandbox: str) -> None:
    """With credentials in the environment the tour talks to "the real API": here a sandbox behind
    BILISPEC_BASE_URL. Without --allow-writes its state must come out unchanged."""
    monkeypatch.setenv("BILI_SESSDATA", SANDBOX_SESSDATA)
    monkeypatch.setenv("BILI_JCT", SANDBOX_BILI_JCT)
    monkeypatch.setenv("BILISPEC_BASE_URL", sandbox)
    before = _state(world)
    text = _run_tour("--room-id", str(SANDBOX_ROOM_ID), "--anchor-uid", str(SANDBOX_UID))
    assert "against the real API (read-only)" in text and "35 replays" in text
    assert _state(world) == before
    assert "--allow-writes" in text


def _state(world: World) -> Any:
    return copy.deepcopy(
        (
            world.rooms.rooms,
            [(v.interaction_id, v.stopped) for v in world.votes.votes],
            [m.id for m in world.silent_users.mutes],
            world.reports.progress,
            len(world.reports.heartbeats),
            _replay_state(world),
        )
    )


def _replay_state(world: World) -> str:
    """The replay area's state without its caches (key-frame images and files are made on first read)."""
    state = copy.copy(world.replays)
    state.frames, state._curves, state._files = {}, {}, {}
    return repr(state)
