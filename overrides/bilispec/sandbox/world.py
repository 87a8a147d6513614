"""The sandbox's accounts, clock and in-memory state, seeded the same way on every start.

The credentials below are public test values that only this sandbox accepts; they are not
secrets and never work against Bilibili.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta, timezone
from typing import Protocol

# The streamer whose room, replays and votes the anchor-side operations act on.
SANDBOX_UID = 10_000_001
SANDBOX_ROOM_ID = 20_000_001
SANDBOX_SESSDATA = "sandbox01%2C1900000000%2Canchor*public"
SANDBOX_BILI_JCT = "sandbox0anchor0csrf0public000001"
# An app login for the history report's access_key mode.
SANDBOX_ACCESS_KEY = "sandbox0app0access0key0public001"
# Another streamer, whose published replays a fan can clip (the web-room operations).
SANDBOX_OTHER_UID = 10_000_002
SANDBOX_OTHER_ROOM_ID = 20_000_002
SANDBOX_OTHER_SESSDATA = "sandbox02%2C1900000000%2Cother*public"
SANDBOX_OTHER_BILI_JCT = "sandbox0other00csrf0public000002"
# A viewer with no live room yet (create_room succeeds once for them).
SANDBOX_VIEWER_UID = 10_000_003
SANDBOX_VIEWER_SESSDATA = "sandbox03%2C1900000000%2Cviewer*public"
SANDBOX_VIEWER_BILI_JCT = "sandbox0viewer0csrf0public000003"
# A video for the watch reports.
SANDBOX_AID = 113_000_000_000_001
SANDBOX_CID = 25_000_000_001
SANDBOX_BVID = "BV1sandbox01"
# Replays (replays.py): the anchor's newest replay, a 24-hour session with a minute-by-minute danmaku
# curve (1,440 points) and highlights, whose download merges; one whose merge fails (-30); the other
# streamer's newest replay, which any logged-in user may clip.
SANDBOX_REPLAY_ID = 30_000_035
SANDBOX_LIVE_KEY = "650000000030000035"
SANDBOX_FAILING_REPLAY_ID = 30_000_034
SANDBOX_OTHER_REPLAY_ID = 31_000_008
SANDBOX_OTHER_LIVE_KEY = "650000000031000008"

# The sandbox's "now" starts here (2026-01-01 00:00:00 UTC+8), so seeded times read naturally.
EPOCH = 1_767_196_800


_BEIJING = timezone(timedelta(hours=8))
_LAST_SECOND = datetime(9999, 12, 31, 15, 59, 59, tzinfo=UTC).timestamp()


def beijing(ts: float, fmt: str = "%Y-%m-%d %H:%M:%S") -> str:
    """Unix seconds as the API writes times: "YYYY-MM-DD HH:MM:SS" (or `fmt`) in UTC+08:00; a mute of
    a million hours ends in 9999 at the latest (datetime goes no further)."""
    ts = min(ts, _LAST_SECOND)
    return datetime.fromtimestamp(ts, UTC).astimezone(_BEIJING).strftime(fmt)


class Clock(Protocol):
    def now(self) -> float: ...


class RealClock:
    """Seconds since EPOCH advance with the wall clock."""

    def __init__(self) -> None:
        self._start = time.monotonic()

    def now(self) -> float:
        return EPOCH + (time.monotonic() - self._start)


class ManualClock:
    """A clock tests move by hand."""

    def __init__(self, start: float = EPOCH) -> None:
        self._now = float(start)

    def now(self) -> float:
        return self._now

    def advance(self, seconds: float) -> None:
        self._now += seconds


@dataclass
class Account:
    uid: int
    uname: str
    sessdata: str
    bili_jct: str
    room_id: int | None
    face: str = "https://i0.hdslb.com/bfs/face/member/noface.jpg"


def seeded_accounts() -> list[Account]:
    return [
        Account(SANDBOX_UID, "沙盒主播", SANDBOX_SESSDATA, SANDBOX_BILI_JCT, SANDBOX_ROOM_ID),
        Account(SANDBOX_OTHER_UID, "另一位主播", SANDBOX_OTHER_SESSDATA, SANDBOX_OTHER_BILI_JCT, SANDBOX_OTHER_ROOM_ID),
        Account(SANDBOX_VIEWER_UID, "沙盒观众", SANDBOX_VIEWER_SESSDATA, SANDBOX_VIEWER_BILI_JCT, None),
    ]


@dataclass
class World:
    """Everything the sandbox remembers. One per app; `World()` is the same seed every time."""

    clock: Clock = field(default_factory=RealClock)
    accounts: list[Account] = field(default_factory=seeded_accounts)

    def __post_init__(self) -> None:
        # Imported here: each area module owns its state and its seed.
        from .replays import ReplayState
        from .rooms import RoomState
        from .silent_users import SilentUserState
        from .votes import VoteState
        from .watch_reports import ReportState

        self.rooms = RoomState.seed(self)
        self.votes = VoteState.seed(self)
        self.silent_users = SilentUserState.seed(self)
        self.replays = ReplayState.seed(self)
        self.reports = ReportState.seed(self)

    def now(self) -> float:
        return self.clock.now()

    def account_by_sessdata(self, sessdata: str | None) -> Account | None:
        return next((a for a in self.accounts if sessdata and a.sessdata == sessdata), None)

    def account_by_uid(self, uid: int) -> Account | None:
        return next((a for a in self.accounts if a.uid == uid), None)

    def account_by_room(self, room_id: int) -> Account | None:
        return next((a for a in self.accounts if a.room_id == room_id), None)
