"""Everything the sandbox remembers: its accounts, its clock and one backend per area.

The world is given its backends; `World()` seeds fresh ones, the same way on every start.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .accounts import Account, seeded_accounts
from .admins.backend import AdminBackend
from .blacklist.backend import BlacklistBackend
from .chat.backend import ChatBackend
from .clock import Clock, RealClock
from .keywords.backend import KeywordBackend
from .live_areas.backend import NAMES, AreaTree
from .replays.backend import ReplayBackend
from .room_mute.backend import RoomMuteBackend
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
    # The bot operations' areas (0.3.0); defaults so worlds built with the five above still work.
    areas: AreaTree = field(default_factory=AreaTree.seed)
    chat: ChatBackend = field(default_factory=ChatBackend)
    keywords: KeywordBackend = field(default_factory=KeywordBackend)
    admins: AdminBackend = field(default_factory=AdminBackend)
    room_mutes: RoomMuteBackend = field(default_factory=RoomMuteBackend)
    blacklist: BlacklistBackend = field(default_factory=BlacklistBackend)

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
        self.areas = given.areas
        self.chat = given.chat
        self.keywords = given.keywords
        self.admins = given.admins
        self.room_mutes = given.room_mutes
        self.blacklist = given.blacklist

    def now(self) -> float:
        return self.clock.now()

    def area_name(self, area_id: int) -> str:
        return NAMES.get(area_id, "")

    def account_by_sessdata(self, sessdata: str | None) -> Account | None:
        return next((a for a in self.accounts if sessdata and a.sessdata == sessdata), None)

    def account_by_uid(self, uid: int) -> Account | None:
        return next((a for a in self.accounts if a.uid == uid), None)

    def account_by_room(self, room_id: int) -> Account | None:
        return next((a for a in self.accounts if a.room_id == room_id), None)
