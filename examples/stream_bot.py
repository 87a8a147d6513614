"""A live bot on the message stream, against the local sandbox (no account, no network):

1. a moderation round: a viewer spams, the bot sees it on the stream, mutes them, and the stream's
   ROOM_BLOCK_MSG confirms the mute;
2. a vote followed to its result: created, then its audit, running and result from the stream
   (DM_INTERACTION type 101), the sandbox clock moved on between them.

    python examples/stream_bot.py        # make demo runs it after the tour

`ModerationBot` is what a bot author writes; tests/test_stream_bot_example.py drives it end to end
in-process with the pytest plugin's fixtures.
"""

from __future__ import annotations

import sys
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from bilispec import BiliClient
from bilispec.client.events import DanmakuMessage, Event, RoomBlock, VoteInteraction
from bilispec.sandbox import SANDBOX_BILI_JCT, SANDBOX_ROOM_ID, SANDBOX_SESSDATA, ManualClock, create_app, running
from bilispec.sandbox.stream.state import stream_state
from bilispec.sandbox.votes.backend import REVIEW_SECONDS

BANNED_WORDS = ("加群", "免费领")
VOTE_STATES = {1: "waiting for audit", 2: "refused by the audit", 4: "running", 5: "ended", 6: "stopped"}


@dataclass
class ModerationBot:
    """Mutes a viewer who posts a banned word or repeats one danmaku `repeats` times; reports each
    mute once the stream confirms it (ROOM_BLOCK_MSG)."""

    client: BiliClient
    room_id: int
    repeats: int = 3
    hours: int = 1
    said: Counter[tuple[int, str]] = field(default_factory=Counter)
    muted: list[int] = field(default_factory=list)  # asked for
    confirmed: list[int] = field(default_factory=list)  # seen on the stream
    log: list[str] = field(default_factory=list)

    def handle(self, event: Event) -> None:
        if isinstance(event, DanmakuMessage):
            self.said[(event.uid, event.text)] += 1
            self.log.append(f"danmaku  {event.uname} ({event.uid}): {event.text}")
            spam = (
                any(word in event.text for word in BANNED_WORDS) or self.said[(event.uid, event.text)] >= self.repeats
            )
            if spam and event.uid not in self.muted:
                self.client.silent_users.add(self.room_id, event.uid, self.hours, msg=event.text)
                self.muted.append(event.uid)
                self.log.append(f"mute     {event.uname} ({event.uid}) for {self.hours} h")
        elif isinstance(event, RoomBlock) and event.uid in self.muted:
            self.confirmed.append(event.uid)
            self.log.append(f"confirmed by the stream: ROOM_BLOCK_MSG {event.uname} ({event.uid})")

    def run(self, events: Iterable[Event], *, until_confirmed: int = 1) -> None:
        """Handle events until `until_confirmed` mutes are confirmed."""
        for event in events:
            self.handle(event)
            if len(self.confirmed) >= until_confirmed:
                return


def main() -> int:
    app = create_app(clock=ManualClock())  # the vote's minute passes when the demo says so
    world = app.state.sandbox.world
    viewers = stream_state(world)
    with (
        running(app) as base_url,
        BiliClient(base_url=base_url, sessdata=SANDBOX_SESSDATA, bili_jct=SANDBOX_BILI_JCT) as client,
    ):
        print(f"sandbox on {base_url}; room {SANDBOX_ROOM_ID}\n")
        print("== moderation round")
        bot = ModerationBot(client, SANDBOX_ROOM_ID)
        with client.stream(SANDBOX_ROOM_ID) as events:
            viewers.entry(42_000_002, uname="路人甲")
            viewers.say(42_000_002, "晚上好", uname="路人甲")
            for _ in range(3):
                viewers.say(42_000_001, "刷屏刷屏刷屏", uname="刷屏怪")
            viewers.gift(42_000_002, "小花花", 5, uname="路人甲")
            bot.run(events)
            print("\n".join(f"  {line}" for line in bot.log))
            print(f"  heartbeat reply: popularity {events.popularity}")
        listed = [user.tuid for user in client.silent_users.list(SANDBOX_ROOM_ID).data or []]
        print(f"  muted list has the spammer: {42_000_001 in [int(t) for t in listed]}\n")

        print("== vote followed to its result")
        moves = iter([REVIEW_SECONDS, 60])
        following = client.create_and_follow_vote(
            SANDBOX_ROOM_ID, question="下一首唱什么", option_a="晴天", option_b="七里香", duration=1
        )
        for event in following:
            assert isinstance(event, VoteInteraction)
            print(f"  DM_INTERACTION 101 vote {event.vote_id}: {event.state} {VOTE_STATES.get(event.state, '?')}")
            step = next(moves, None)
            if step is not None:
                world.clock.advance(step)
                print(f"  (sandbox clock +{step} s)")
        ok = bot.confirmed == [42_000_001]
        print(f"\nstream demo: {'ok' if ok else 'FAILED'}")
        return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
