"""Who may moderate a room: its anchor and the admins the anchor appointed."""

from __future__ import annotations

from dataclasses import dataclass, field

MAX_ADMINS = 100  # what the list reports as max_room_anchors_number


@dataclass
class Admin:
    uid: int
    uname: str
    appointed: float


@dataclass
class AdminBackend:
    admins: dict[int, list[Admin]] = field(default_factory=dict)  # room id -> its admins, oldest first

    def of(self, room_id: int) -> list[Admin]:
        return self.admins.setdefault(room_id, [])

    def is_admin(self, room_id: int, uid: int) -> bool:
        return any(a.uid == uid for a in self.of(room_id))

    def appoint(self, room_id: int, uid: int, uname: str, now: float) -> bool:
        """False when they already are one."""
        if self.is_admin(room_id, uid):
            return False
        self.of(room_id).append(Admin(uid, uname, now))
        return True

    def dismiss(self, room_id: int, uid: int) -> bool:
        """False when they were not one."""
        before = len(self.of(room_id))
        self.admins[room_id] = [a for a in self.of(room_id) if a.uid != uid]
        return len(self.admins[room_id]) < before
