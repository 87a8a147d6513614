"""Everything the sandbox remembers: its accounts, its clock and one backend per area.

The world is given its backends; `World()` seeds fresh ones, the same way on every start.
"""

from __future__ import annotations

from dataclasses import dataclass

from .accounts import Account, seeded_accounts
from .clock import Clock, RealClock
from .replays.backend import ReplayBackend
from .rooms.backend import RoomBackend
from .silent_users.backend import SilentUserBackend
from .votes.backend import VoteBackend
from .watch_reports.backend import ReportBackend


@dataclass
class Backends:
    """One backend per area: the state of that area and the operations that change it."""

    rooms: RoomBackend
    votes: VoteBackend
    silent_users: SilentUserBackend
    replays: ReplayBackend
    reports: ReportBackend

    @classmethod
    def seeded(cls, now: float, accounts: list[Account]) -> Backends:
        return cls(
            rooms=RoomBackend.seed(accounts),
            votes=VoteBackend.seed(now),
            silent_users=SilentUserBackend.seed(now),
            replays=ReplayBackend.seed(),
            reports=ReportBackend(),
        )


class World:
    """Accounts, clock and backends of one sandbox. `World()` (or `World(ManualClock())`) is the same
    seed every time; pass `backends=` to give it state of your own."""

    def __init__(
        self, clock: Clock | None = None, accounts: list[Account] | None = None, *, backends: Backends | None = None
    ) -> None:
        self.clock: Clock = clock if clock is not None else RealClock()
        self.accounts = accounts if accounts is not None else seeded_accounts()
        given = backends or Backends.seeded(self.clock.now(), self.accounts)
        self.rooms = given.rooms
        self.votes = given.votes
        self.silent_users = given.silent_users
        self.replays = given.replays
        self.reports = given.reports

    def now(self) -> float:
        return self.clock.now()

    def account_by_sessdata(self, sessdata: str | None) -> Account | None:
        return next((a for a in self.accounts if sessdata and a.sessdata == sessdata), None)

    def account_by_uid(self, uid: int) -> Account | None:
        return next((a for a in self.accounts if a.uid == uid), None)

    def account_by_room(self, room_id: int) -> Account | None:
        return next((a for a in self.accounts if a.room_id == room_id), None)
