"""Every chat message the sandbox received, and the sending-rate rule.

Rate: more than RATE_COUNT messages from one user within RATE_WINDOW seconds is 10031 (the API's
exact rule is not public; this one is simple and reachable in a test with a manual clock).
"""

from __future__ import annotations

from dataclasses import dataclass, field

RATE_COUNT = 3
RATE_WINDOW = 5.0
MAX_LENGTH = 20  # characters, the limit of an ordinary account (1003212 past it)


@dataclass
class ChatMessage:
    room_id: int
    uid: int
    uname: str
    text: str
    sent_at: float
    shown: bool  # False when a blocked keyword filtered it
    id_str: str


@dataclass
class ChatBackend:
    messages: list[ChatMessage] = field(default_factory=list)

    def too_fast(self, uid: int, now: float) -> bool:
        recent = [m for m in self.messages if m.uid == uid and now - m.sent_at < RATE_WINDOW]
        return len(recent) >= RATE_COUNT

    def add(self, room_id: int, uid: int, uname: str, text: str, now: float, shown: bool) -> ChatMessage:
        message = ChatMessage(room_id, uid, uname, text, now, shown, f"sandbox{len(self.messages) + 1:028x}")
        self.messages.append(message)
        return message

    def shown_in(self, room_id: int) -> list[ChatMessage]:
        """What the room's viewers saw, oldest first."""
        return [m for m in self.messages if m.room_id == room_id and m.shown]
