"""Each room's room-wide mute: who it silences and until when."""

from __future__ import annotations

from dataclasses import dataclass, field

OFF = "off"


@dataclass
class RoomMute:
    type: str  # wealth, medal or member
    level: int
    minute: int  # 0: until lifted
    started: float

    def ends(self) -> float | None:
        return self.started + self.minute * 60 if self.minute else None

    def active(self, now: float) -> bool:
        end = self.ends()
        return end is None or now < end


@dataclass
class RoomMuteBackend:
    mutes: dict[int, RoomMute] = field(default_factory=dict)

    def set(self, room_id: int, kind: str, level: int, minute: int, now: float) -> None:
        if kind == OFF:
            self.mutes.pop(room_id, None)
        else:
            self.mutes[room_id] = RoomMute(kind, level, minute, now)

    def current(self, room_id: int, now: float) -> RoomMute | None:
        mute = self.mutes.get(room_id)
        if mute is not None and not mute.active(now):
            del self.mutes[room_id]
            return None
        return mute
