"""Every live room and its transitions: created, edited, live, off air.

Area 60009 is an area that went offline and 60024 one that needs face verification, so both
documented refusals can be reached on purpose.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..accounts import SANDBOX_ROOM_ID, Account
from ..answers import Fail

AREAS = {86: "英雄联盟", 235: "其他单机", 371: "虚拟主播", 624: "聊天电台"}
OFFLINE_AREA = 1  # 60009
FACE_AUTH_AREA = 745  # 60024
ALREADY_CREATED = 1_531_193_016
ERROR = (1, "错误")
PLATFORM_FLAG = {"pc": 1, "pc_link": 2, "android_link": 3}
# The streaming app's version pair, as get_home_page_live_version answers it.
LIVE_VERSION = {"curr_version": "7.19.0.9432", "build": 9432}
# What start_live answers when identity verification is required (`RoomBackend.verification`):
# 60024 with the face-verification page (SocialSisterYi/bilibili-API-collect issue #1060), or
# 60043 with a voucher (ChaceQC/bilibili_live_stream_code issue #50).
VERIFICATION = {
    60024: (
        "目标分区需要人脸认证",
        {
            "qr": "https://www.bilibili.com/blackboard/live/face-auth-middle.html?source_event=400",
            "need_face_auth": True,
            "protocols": None,
        },
    ),
    60043: ("本次开播需要身份验证", {"risk_extra": {"v_voucher": "sandbox-voucher-0001"}}),
}


@dataclass
class Room:
    room_id: int
    uid: int
    title: str
    area_id: int
    tags: list[str] = field(default_factory=list)
    news: str = ""
    cover: str = ""
    live: bool = False
    sessions: int = 0
    live_key: str = ""
    started: float = 0.0
    platform: str = ""

    def sub_session_key(self) -> str:
        return f"{self.live_key}sub_time:{int(self.started)}" if self.live else ""

    def stream_code(self) -> str:
        # Deterministic, and shaped like the real key, so scrubbing is tested on realistic text.
        key = f"{self.uid:x}{self.sessions:04x}sandboxstreamkey"[:32]
        flag = PLATFORM_FLAG.get(self.platform, 2)
        return f"?streamname=live_{self.uid}_{self.room_id % 100_000_000}&key={key}&schedule=rtmp&pflag={flag}"


def check_area(area_id: int, face_auth_refused: bool) -> None:
    if area_id == FACE_AUTH_AREA and face_auth_refused:
        raise Fail(60024, "目标分区需要人脸认证")
    if area_id not in AREAS and area_id != FACE_AUTH_AREA:
        raise Fail(60009, "分区不存在")


@dataclass
class RoomBackend:
    rooms: dict[int, Room] = field(default_factory=dict)
    next_room_id: int = 20_000_101
    # Set to 60024 or 60043 and every start_live is refused until it is set back to None: a test's
    # way to see its bot handle identity verification.
    verification: int | None = None

    @classmethod
    def seed(cls, accounts: list[Account]) -> RoomBackend:
        backend = cls()
        for account in accounts:
            if account.room_id is not None:
                backend.rooms[account.room_id] = Room(account.room_id, account.uid, f"{account.uname}的直播间", 371)
        backend.rooms[SANDBOX_ROOM_ID].tags = ["唱歌", "聊天"]
        return backend

    def owned(self, account: Account | None, room_id: int, refusal: tuple[int, str] = ERROR) -> Room:
        room = self.rooms.get(room_id)
        if account is None or room is None or room.uid != account.uid:
            raise Fail(*refusal)
        return room

    def of(self, account: Account | None) -> Room:
        if account is None or account.room_id is None:
            raise Fail(*ERROR)
        return self.rooms[account.room_id]

    def create(self, account: Account) -> Room:
        if account.room_id is not None:
            raise Fail(ALREADY_CREATED, "已经创建直播间~", {"roomID": ""})
        room_id, self.next_room_id = self.next_room_id, self.next_room_id + 1
        account.room_id = room_id
        room = self.rooms[room_id] = Room(room_id, account.uid, f"{account.uname}的直播间", 624)
        return room

    def update(
        self, room: Room, title: str | None, area_id: int | None, add_tag: str | None, del_tag: str | None
    ) -> bool:
        """Apply an update; True when the title changed."""
        if area_id is not None:
            check_area(area_id, face_auth_refused=False)
        changed = title is not None and title != room.title
        if title is not None:
            room.title = title
        if area_id is not None:
            room.area_id = area_id
        if add_tag:
            if add_tag not in room.tags:
                room.tags.append(add_tag)
        elif del_tag in room.tags:
            room.tags.remove(del_tag)
        return changed

    def pre_live(self, room: Room, cover: str | None, title: str | None) -> bool:
        """Set the cover and title shown before going live; True when the title changed."""
        if cover is not None:
            room.cover = cover
        changed = title is not None and title != room.title
        if title is not None:
            room.title = title
        return changed

    def start(self, room: Room, area_id: int, platform: str, identified: bool, now: float) -> int:
        """Go live (or stay live); the `change` the API reports. Accounts that identify their streaming
        app pass face verification, as on the API."""
        if self.verification is not None:
            message, data = VERIFICATION[self.verification]
            raise Fail(self.verification, message, data)
        check_area(area_id, face_auth_refused=not identified)
        change = 0 if room.live else 1
        if not room.live:
            room.live, room.sessions, room.started = True, room.sessions + 1, now
            room.live_key = str(608_336_837_537_435_000 + room.room_id % 1000 * 100 + room.sessions)
        room.area_id, room.platform = area_id, platform
        return change

    def stop(self, room: Room) -> int:
        change = 1 if room.live else 0
        room.live = False
        return change
