"""A tour of a live channel through bilispec: room, a moderation bot (short room id, areas, chat,
blocked keywords, admins, room-wide mute), votes, muted users, replays and clips, downloads, watch
reports. It prints what it did and what the server answered.

    python examples/tour.py                 # the local sandbox, started here; no account needed
    BILI_SESSDATA=... BILI_JCT=... python examples/tour.py --room-id 123 --anchor-uid 456 [--short-id 7]
                                            # the real API, read-only
    ... --allow-writes                      # the real API, writes too (it mutes, votes, goes live!)

Without BILI_SESSDATA and BILI_JCT (or with --sandbox) it starts the sandbox in this process and
uses the sandbox's public test account. Against the real API it only reads unless --allow-writes
is given, and it skips what needs an id you did not pass. Stream keys and other secrets are never
printed (bilispec.core.scrub).
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
import tempfile
import time
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from bilispec import BiliClient
from bilispec.client.namespaces.chat import ChatFiltered
from bilispec.core.errors import ApiError, BiliError, ReplayFailedError, RequestValidationError
from bilispec.core.scrub import scrub_text


@dataclass
class Target:
    client: BiliClient
    where: str
    writes: bool
    room_id: int | None
    uid: int | None
    other_uid: int | None  # another streamer, for the fan-side operations
    failing_replay: int | None = None
    video: tuple[int, int] | None = None  # (aid, cid) for the watch reports
    viewer_uid: int = 42  # the user the muted-users part mutes and unmutes
    short_id: int | None = None  # the room number users type (resolved with room_init)
    admin_uid: int | None = None  # a viewer the bot appoints as room admin, then dismisses


def say(text: str = "", indent: int = 1) -> None:
    print(scrub_text("  " * indent + text) if text else "", flush=True)


def section(title: str) -> None:
    width = sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in title)
    print(f"\n{title}\n{'-' * width}", flush=True)


def step(label: str, action: Callable[[], Any]) -> Any:
    """Run one call; print its failure as the API or the library put it, and go on."""
    try:
        return action()
    except ApiError as exc:
        say(f"{label}: refused, code {exc.code}: {exc.message}")
    except RequestValidationError as exc:  # the description's rules, checked before anything is sent
        say(f"{label}: refused by the client before sending: {exc}")
    except BiliError as exc:
        say(f"{label}: failed: {type(exc).__name__}: {exc}")
    return None


def skipped(what: str, why: str) -> None:
    say(f"{what}: skipped ({why})")


def room_tour(t: Target) -> None:
    section("Live room (直播间管理)")
    if t.room_id is None:
        return skipped("room", "no --room-id")
    if not t.writes:
        return skipped("room", "every room operation is a write; --allow-writes enables them")
    c, room = t.client, t.room_id
    pre = step("pre-live info", lambda: c.room.update_pre_live_info(title="周末歌会 Weekend songs"))
    if pre is not None:
        say(
            f"pre-live title set; review status {pre.audit_info.audit_title_status} {pre.audit_info.audit_title_reason}"
        )
    step("news", lambda: c.room.update_news(room, uid=t.uid or 0, content="今晚八点开播 Live at 8 pm"))
    say("announcement updated")
    pair = step("streaming app version", lambda: c.room.live_version())
    if pair is not None:
        say(f"streaming app {pair.curr_version} (build {pair.build}); start_live fetches this pair itself")
    live = step("start", lambda: c.room.start_live(room, area_id=371))
    if live is not None:
        say(f"on air: status {live.status}, live_key {live.live_key}")
        say(f"push to {live.rtmp.addr} with stream key {live.rtmp.code} (never printed in clear)")
    update = step("update", lambda: c.room.update(room, title="深夜电台 Late radio", add_tag="电台"))
    if update is not None:
        say(f"title changed while live; review: {update.audit_info.audit_title_reason or 'none'}")
    stopped = step("stop", lambda: c.room.stop_live(room))  # sends platform=pc_link: 60034 without it
    if stopped is not None:
        say(f"off air: status {stopped.status} (changed: {bool(stopped.change)})")
    step("wrong area", lambda: c.room.start_live(room, area_id=1))


def bot_tour(t: Target) -> None:
    section("Moderation bot (房间号, 分区, 弹幕, 屏蔽词, 房管)")
    c, typed = t.client, t.short_id or t.room_id
    if typed is None:
        return skipped("bot", "no --room-id or --short-id")
    room = step("resolve", lambda: c.room.resolve(typed))
    say(f"room number {typed} is room {room} (room_init, kept for the next calls)")
    info = step("info", lambda: c.room.info(typed))
    if info is not None:
        say(f"{info.title!r} in {info.parent_area_name}/{info.area_name}, live status {info.live_status}")
    area = step("area by name", lambda: c.areas.find("单机游戏"))
    if area is not None:
        say(f"area 单机游戏 -> sub-area {area.name} ({area.id}); room.start_live(area=...) takes the name")
    if not t.writes:
        return skipped("chat, keywords, admins, room-wide mute", "writes; --allow-writes enables them")
    sent = step("chat", lambda: c.chat.send(typed, "欢迎来到直播间"))
    if sent is not None:
        say(f"chat: {'sent' if sent.sent else 'filtered'}")
    step("block keyword", lambda: c.keywords.add(typed, "加群"))
    words = step("keywords", lambda: c.keywords.list(typed)) or []
    say(f"blocked keywords: {[w.keyword for w in words]}")
    spam = step("chat with the word", lambda: c.chat.send(typed, "快来加群领福利"))
    if isinstance(spam, ChatFiltered):
        say(f"code 0 but not shown: filtered by {spam.by} (message {spam.server_message!r})")
    if t.admin_uid is not None:
        admin = t.admin_uid
        step("appoint admin", lambda: c.admins.appoint(admin))
        say(f"room admins: {[a.uid for a in step('admins', lambda: c.admins.list()) or []]}")
        step("dismiss admin", lambda: c.admins.dismiss(admin))
    step("mute all", lambda: c.room.mute_all(typed, minutes=10))
    state = step("mute state", lambda: c.room.mute_state(typed))
    if state is not None:
        say(f"room-wide mute: {state.type_ or 'off'}, {state.second} s left")
    step("unmute all", lambda: c.room.unmute_all(typed))
    step("unblock keyword", lambda: c.keywords.remove(typed, "加群"))
    say("keyword unblocked, room-wide mute lifted")


def vote_tour(t: Target) -> None:
    section("Votes (直播投票)")
    if t.room_id is None:
        return skipped("votes", "no --room-id")
    c, room = t.client, t.room_id
    if t.writes:
        vote = step(
            "create",
            lambda: c.votes.create(room, question="下一首? Next song?", option_a="A", option_b="B", duration=3),
        )
        if vote is not None:
            say(f"vote {vote.interaction_id} created")
            for _ in range(12):  # the vote is reviewed first, then runs
                panel = c.votes.panel(room)
                info = panel.vote_info if panel else None
                status = info.status if info else None
                say(f"panel: status {status} ({_VOTE_STATUS.get(status, '?') if status is not None else 'no vote'})")
                if status != 1:
                    break
                time.sleep(0.5)
            step("terminate", lambda: c.votes.terminate(room, vote.interaction_id))
            say("vote ended early")
    else:
        panel = step("panel", lambda: c.votes.panel(room))
        info = panel.vote_info if panel else None
        say(f"running vote: {getattr(info, 'question', None) or 'none'}")
    history = step("history", lambda: c.votes.history(room))
    if history is not None:
        votes = history.history or []
        say(
            f"history: {len(votes)} votes; latest: "
            + (f"{votes[0].question} ({votes[0].result_text})" if votes else "none")
        )


_VOTE_STATUS = {1: "waiting for review", 2: "review failed", 4: "running", 5: "ended", 6: "stopped"}


def silent_user_tour(t: Target) -> None:
    section("Muted users (直播间禁言)")
    if t.room_id is None:
        return skipped("muted users", "no --room-id")
    c, room = t.client, t.room_id
    page = step("list", lambda: c.silent_users.list(room))
    if page is not None:
        say(f"{page.total} muted, {page.total_page} pages")
    if not t.writes:
        return skipped("mute and unmute", "writes; --allow-writes enables them")
    step("mute", lambda: c.silent_users.add(room, t.viewer_uid, 1, msg="刷屏 spam"))  # hour=1, type=1
    mine = next((u for u in c.silent_users.iter_all(room) if u.tuid == t.viewer_uid), None)
    if mine is None:
        return say(f"user {t.viewer_uid} not in the list after muting")
    say(f"user {mine.tuid} ({mine.tname}) muted at {mine.ctime} until {mine.block_end_time}, record {mine.id}")
    step("unmute by record", lambda: c.silent_users.remove(room, mine.id))
    step("mute for this session", lambda: c.silent_users.add(room, t.viewer_uid, "session"))  # hour=0, type=2
    kind = next((u.type_ for u in c.silent_users.iter_all(room) if u.tuid == t.viewer_uid), None)
    say(f"muted again until the stream ends (list type {kind}: 2 is this session)")
    step("unmute by uid", lambda: c.silent_users.remove(room, uid=t.viewer_uid))
    still = any(u.tuid == t.viewer_uid for u in c.silent_users.iter_all(room))
    say(f"unmuted; still listed: {still}")


def replay_tour(t: Target, workdir: Path) -> None:
    section("Replays, clips and downloads (直播回放)")
    c = t.client
    replays = step("replays", lambda: list(c.replays.iter_all(page_size=30, max_pages=3))) or []
    say(f"{len(replays)} replays over {max(1, -(-len(replays) // 30))} pages of 30")
    if not replays:
        return
    latest = replays[0]
    say(f"latest: {latest.replay_id} {latest.live_info.title!r}, key {latest.live_key}")
    start = latest.live_info.live_time + 3600
    streams = step("slice stream", lambda: c.slices.stream(latest.live_key, start, start + 300))
    if streams is not None:
        say(f"slice stream: {len(streams.list_ or [])} segments for 5 minutes an hour in")
    frames = step("key frames", lambda: c.highlights.key_frames(latest.live_key, [start, start + 60, start + 120]))
    if frames is not None:
        say(f"key frames: {len(frames.list_ or [])} images")
    drafts = step("drafts", lambda: c.drafts.list())
    if drafts is not None:
        say(f"clip drafts: {len(drafts.draft_info or [])}")
    published = step("published", lambda: c.slices.list_published(page_size=5))
    if published is not None:
        say(f"published slices: {published.total}")
    if not t.writes:
        return skipped("publish, save, download", "writes; --allow-writes enables them")
    saved = step("save highlight", lambda: c.highlights.save(latest.live_key, start, start + 120))
    if saved is not None:
        say("highlight saved" if saved.code in (0, None) else f"highlight not saved: {saved.message}")
    cover = "https://i0.hdslb.com/bfs/live/new_room_cover/tour.jpg"
    slice_ = step(
        "publish",
        lambda: c.slices.publish(latest.live_key, start, start + 300, title=f"精彩五分钟 {start}", cover=cover),
    )
    if slice_ is not None:
        say(f"slice {slice_.video_slice_id} publishing")
    step(
        "publish 3 hours",
        lambda: c.slices.publish(latest.live_key, start, start + 3 * 3600, title="太长了", cover=cover),
    )
    if drafts is not None and drafts.draft_info:
        draft = drafts.draft_info[0]
        step("delete draft", lambda: c.drafts.delete(draft.id))
        say(f"draft {draft.id} deleted")

    def merge(record: Any) -> None:
        say(f"merge status {record.status}", indent=2)

    def transferred(done: int, total: int | None) -> None:
        if total and done == total:
            say(f"{done} of {total} bytes written", indent=2)

    say(f"downloading replay {latest.replay_id}:")
    urls = step(
        "download",
        lambda: c.replays.download(
            latest.replay_id, dest=workdir, on_progress=merge, on_bytes=transferred, poll_interval=0.2
        ),
    )
    if urls:
        files = sorted(p.name for p in workdir.iterdir())
        say(f"saved {files[0] if files else '?'} from {len(urls)} link(s)")
    if t.failing_replay is not None:
        say(f"downloading replay {t.failing_replay}, whose merge fails:")
        try:
            c.replays.download(t.failing_replay, on_progress=merge, poll_interval=0.2)
        except ReplayFailedError as exc:
            say(f"failed as the server said: {exc}")


def report_tour(t: Target) -> None:
    section("Watch reports (视频观看数据上报)")
    if t.video is None:
        return skipped("watch reports", "no --aid and --cid")
    if not t.writes:
        return skipped("watch reports", "they write your watch history; --allow-writes enables them")
    c, (aid, cid) = t.client, t.video
    plays: tuple[tuple[int, Literal[0, 1, 2, 3]], ...] = ((0, 1), (15, 0), (30, 2))  # started, playing, paused
    for played, action in plays:

        def beat(played: int = played, action: Literal[0, 1, 2, 3] = action) -> None:
            c.watch_reports.heartbeat(aid=aid, cid=cid, played_time=played, play_type=action)

        step("heartbeat", beat)
    say(f"three heartbeats for av{aid}: started, playing at 15 s, paused at 30 s")
    step("progress", lambda: c.watch_reports.progress(aid, cid, progress=30))
    say("watch progress recorded at 30 s")


@contextlib.contextmanager
def target(args: argparse.Namespace) -> Iterator[Target]:
    real = os.environ.get("BILI_SESSDATA") and os.environ.get("BILI_JCT") and not args.sandbox
    if real:
        with BiliClient() as client:
            video = (args.aid, args.cid) if args.aid and args.cid else None
            yield Target(
                client,
                "the real API",
                args.allow_writes,
                args.room_id,
                args.anchor_uid,
                args.other_uid,
                video=video,
                short_id=args.short_id,
            )
        return
    from bilispec import sandbox

    with (
        sandbox.running() as url,
        BiliClient(base_url=url, sessdata=sandbox.SANDBOX_SESSDATA, bili_jct=sandbox.SANDBOX_BILI_JCT) as client,
    ):
        yield Target(
            client,
            f"the local sandbox at {url}",
            True,
            sandbox.SANDBOX_ROOM_ID,
            sandbox.SANDBOX_UID,
            sandbox.SANDBOX_OTHER_UID,
            failing_replay=sandbox.SANDBOX_FAILING_REPLAY_ID,
            video=(sandbox.SANDBOX_AID, sandbox.SANDBOX_CID),
            short_id=sandbox.SANDBOX_SHORT_ID,
            admin_uid=sandbox.SANDBOX_VIEWER_UID,
        )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sandbox", action="store_true", help="use the local sandbox even when credentials are set")
    parser.add_argument("--allow-writes", action="store_true", help="against the real API: also call writes")
    parser.add_argument("--room-id", type=int, help="your live room (real API)")
    parser.add_argument("--anchor-uid", type=int, help="your uid (real API)")
    parser.add_argument("--short-id", type=int, help="your room's short number, if it has one (real API)")
    parser.add_argument("--other-uid", type=int, help="another streamer's uid (real API)")
    parser.add_argument("--aid", type=int, help="a video's avid, for the watch reports (real API)")
    parser.add_argument("--cid", type=int, help="that video's cid (real API)")
    args = parser.parse_args(argv)
    started = time.monotonic()
    with target(args) as t, tempfile.TemporaryDirectory(prefix="bilispec-tour-") as tmp:
        mode = "reads and writes" if t.writes else "read-only"
        print(f"bilispec tour against {t.where} ({mode})")
        room_tour(t)
        bot_tour(t)
        vote_tour(t)
        silent_user_tour(t)
        replay_tour(t, Path(tmp))
        report_tour(t)
    print(f"\ndone in {time.monotonic() - started:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
