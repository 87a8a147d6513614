"""The sandbox's area tree. Its sub-areas are the ones start_live and update_room accept
(rooms/backend.py AREAS, plus the face-verification area), so a name found here can be used there."""

from __future__ import annotations

from dataclasses import dataclass

from ..rooms.backend import AREAS, FACE_AUTH_AREA

# parent id -> (parent name, its sub-area ids). 单机游戏's catch-all sub-area is 其他单机, as on the site.
PARENTS: dict[int, tuple[str, tuple[int, ...]]] = {
    2: ("网游", (86,)),
    6: ("单机游戏", (235, 236)),
    9: ("虚拟主播", (371,)),
    14: ("聊天电台", (624,)),
    1: ("娱乐", (FACE_AUTH_AREA,)),
}
NAMES = {**AREAS, FACE_AUTH_AREA: "户外"}
OLD_AREA_ID = {2: 4, 6: 1, 9: 6, 14: 6, 1: 6}


@dataclass(frozen=True)
class AreaTree:
    parents: dict[int, tuple[str, tuple[int, ...]]]

    @classmethod
    def seed(cls) -> AreaTree:
        return cls(dict(PARENTS))

    def sub_area_ids(self) -> set[int]:
        return {sub for _, subs in self.parents.values() for sub in subs}
