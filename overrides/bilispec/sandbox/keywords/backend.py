"""Each room's blocked keywords, in the order they were added."""

from __future__ import annotations

from dataclasses import dataclass, field

MAX_KEYWORDS = 1000  # the recorded answer's max_limit


@dataclass
class Keyword:
    keyword: str
    uid: int
    name: str
    by_anchor: bool


@dataclass
class KeywordBackend:
    keywords: dict[int, list[Keyword]] = field(default_factory=dict)

    def of(self, room_id: int) -> list[Keyword]:
        return self.keywords.setdefault(room_id, [])

    def add(self, room_id: int, keyword: Keyword) -> bool:
        """False when the list is full; a keyword already there stays as it is."""
        words = self.of(room_id)
        if any(k.keyword == keyword.keyword for k in words):
            return True
        if len(words) >= MAX_KEYWORDS:
            return False
        words.append(keyword)
        return True

    def remove(self, room_id: int, keyword: str) -> bool:
        before = len(self.of(room_id))
        self.keywords[room_id] = [k for k in self.of(room_id) if k.keyword != keyword]
        return len(self.keywords[room_id]) < before

    def blocks(self, room_id: int, text: str) -> bool:
        """Whether a chat message contains one of the room's keywords (case-insensitive)."""
        folded = text.casefold()
        return any(k.keyword.casefold() in folded for k in self.of(room_id))
