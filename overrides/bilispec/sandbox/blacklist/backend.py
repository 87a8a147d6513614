"""Each anchor's blacklist, newest last."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Blocked:
    uid: int
    name: str
    operator_name: str
    by_anchor: bool
    when: float


@dataclass
class BlacklistBackend:
    lists: dict[int, list[Blocked]] = field(default_factory=dict)  # anchor uid -> blacklist

    def of(self, anchor_uid: int) -> list[Blocked]:
        return self.lists.setdefault(anchor_uid, [])

    def add(self, anchor_uid: int, entry: Blocked) -> None:
        self.lists[anchor_uid] = [b for b in self.of(anchor_uid) if b.uid != entry.uid] + [entry]

    def remove(self, anchor_uid: int, uid: int) -> bool:
        before = len(self.of(anchor_uid))
        self.lists[anchor_uid] = [b for b in self.of(anchor_uid) if b.uid != uid]
        return len(self.lists[anchor_uid]) < before
