"""The mutes of every room and when they lapse.

A mute for N hours lapses N hours later on the clock; hour 0 lasts until the room's live session
ends (stop_live lifts it); -1 is permanent. On the API `type` decides the kind ("2" this session,
"1" as `hour` says, none: permanent); the responses module reads it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..accounts import SANDBOX_ROOM_ID, SANDBOX_UID
from ..answers import Fail

NO_SUCH_RECORD = (-404, "禁言记录不存在")
UNTIL_SESSION_ENDS = 0
PERMANENT = -1


@dataclass
class Mute:
    id: int
    room_id: int
    tuid: int
    tname: str
    by_uid: int
    by_name: str
    created: float
    hour: int
    msg: str = ""

    def active(self, now: float) -> bool:
        return self.hour <= 0 or now < self.created + self.hour * 3600


@dataclass
class SilentUserBackend:
    mutes: list[Mute] = field(default_factory=list)
    next_id: int = 13_490_000
    # How the list reads its paging: "both" (pn the page and ps its size when pn is sent, else ps the
    # page, as the sources disagree) or "ps" (ps always the page, pn ignored).
    paging: str = "both"

    @classmethod
    def seed(cls, now: float) -> SilentUserBackend:
        backend = cls()
        start = now - 30 * 86400
        for n in range(12):  # two pages
            created = start + n * 3600
            backend.add(SANDBOX_ROOM_ID, 500_000 + n, f"刷屏用户{n}", SANDBOX_UID, "沙盒主播", created, PERMANENT)
        return backend

    def add(
        self, room_id: int, tuid: int, tname: str, by_uid: int, by_name: str, created: float, hour: int, msg: str = ""
    ) -> Mute:
        self.mutes = [m for m in self.mutes if not (m.room_id == room_id and m.tuid == tuid)]
        self.next_id += 1
        mute = Mute(self.next_id, room_id, tuid, tname, by_uid, by_name, created, hour, msg)
        self.mutes.append(mute)
        return mute

    def active(self, room_id: int, now: float) -> list[Mute]:
        return [m for m in self.mutes if m.room_id == room_id and m.active(now)]

    def remove(self, room_id: int, record_id: int, now: float) -> None:
        found = next((m for m in self.active(room_id, now) if m.id == record_id), None)
        if found is None:
            raise Fail(*NO_SUCH_RECORD)
        self.mutes.remove(found)

    def remove_user(self, room_id: int, tuid: int) -> None:
        """del_silent_user: whatever mute the user has in the room is lifted (none is no error)."""
        self.mutes = [m for m in self.mutes if not (m.room_id == room_id and m.tuid == tuid)]

    def session_ended(self, room_id: int) -> None:
        """stop_live: mutes 'until the session ends' lapse."""
        self.mutes = [m for m in self.mutes if not (m.room_id == room_id and m.hour == UNTIL_SESSION_ENDS)]
