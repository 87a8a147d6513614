"""Reading rooms, for BiliClient.room and AsyncBiliClient.room: resolve a room number users type
(short or long) to the real id, room info, the room-wide mute, the announcement, the push address.

Plain methods over the client's `call()`, mixed into the `room` namespace (room.py). Resolved ids
are kept per client: a short id never changes its room.
"""

from __future__ import annotations

from typing import Any, ClassVar, Literal

from bilispec_generated.models import RoomInfo, RoomNews, RoomSilent, UpStreamAddr

from ...core.errors import RequestValidationError
from ._base import AsyncNamespace, SyncNamespace

RoomMuteKind = Literal["member", "medal", "wealth"]  # everyone; below a fan-medal level; below a wealth level


def room_number(room_id: int, operation: str) -> int:
    """A room number as typed: a positive whole number (bool is not one)."""
    if isinstance(room_id, bool) or not isinstance(room_id, int) or room_id < 1:
        raise RequestValidationError(
            f"room_id must be a room number (short or long), not {room_id!r}", operation=operation, field="room_id"
        )
    return room_id


def mute_params(room_id: int, kind: RoomMuteKind | Literal["off"], level: int, minutes: int) -> dict[str, Any]:
    return dict(room_id=room_id, type=kind, level=level, minute=minutes)


# method -> the operations it calls, for operation_methods() (these are plain methods).
OPERATIONS: dict[str, tuple[str, ...]] = {
    "resolve": ("room_init",),
    "info": ("get_room_info",),
    "mute_all": ("room_init", "set_room_silent"),
    "unmute_all": ("room_init", "set_room_silent"),
    "mute_state": ("room_init", "get_room_silent"),
    "news": ("room_init", "get_room_news"),
    "push_address": ("fetch_web_up_stream_addr",),
}


class RoomLookup(SyncNamespace):
    """Room reading methods of BiliClient.room."""

    _OPERATIONS: ClassVar[dict[str, tuple[str, ...]]] = OPERATIONS

    def __init__(self, client: Any) -> None:
        super().__init__(client)
        self._resolved: dict[int, int] = {}

    def resolve(self, room_id: int) -> int:
        """The real (long) room id of a room number users type, short or long (room_init); cached."""
        number = room_number(room_id, "room_init")
        if number not in self._resolved:
            real = self._client.call("room_init", id=number).room_id
            self._resolved[number] = self._resolved[real] = real
        return self._resolved[number]

    def info(self, room_id: int) -> RoomInfo:
        """Title, area, live status, tags and the room-wide mute of a room (获取直播间信息); short ids work."""
        return self._client.call("get_room_info", room_id=room_number(room_id, "get_room_info"))  # type: ignore[no-any-return]

    def mute_all(self, room_id: int, *, kind: RoomMuteKind = "member", level: int = 1, minutes: int = 0) -> None:
        """Mute the room's whole chat (全员禁言): `kind` "member" everyone, "medal"/"wealth" those below
        `level`; for `minutes` (0: until unmute_all). The anchor and admins may still write."""
        self._client.call("set_room_silent", **mute_params(self.resolve(room_id), kind, level, minutes))

    def unmute_all(self, room_id: int) -> None:
        """Lift the room-wide mute."""
        self._client.call("set_room_silent", **mute_params(self.resolve(room_id), "off", 0, 0))

    def mute_state(self, room_id: int) -> RoomSilent:
        """The room-wide mute in force (全员禁言状态); `type` "" when none."""
        return self._client.call("get_room_silent", room_id=self.resolve(room_id))  # type: ignore[no-any-return]

    def news(self, room_id: int, uid: int | None = None) -> RoomNews | None:
        """The room's announcement (直播间公告); `uid` the anchor's, as clients send it."""
        return self._client.call("get_room_news", room_id=self.resolve(room_id), uid=uid)  # type: ignore[no-any-return]

    def push_address(self) -> UpStreamAddr:
        """The RTMP address and stream key of your room (推流地址); the key is a secret."""
        return self._client.call("fetch_web_up_stream_addr", platform="pc", backup_stream=0)  # type: ignore[no-any-return]


class AsyncRoomLookup(AsyncNamespace):
    """Room reading methods of AsyncBiliClient.room."""

    _OPERATIONS: ClassVar[dict[str, tuple[str, ...]]] = OPERATIONS

    def __init__(self, client: Any) -> None:
        super().__init__(client)
        self._resolved: dict[int, int] = {}

    async def resolve(self, room_id: int) -> int:
        """The real (long) room id of a room number users type, short or long (room_init); cached."""
        number = room_number(room_id, "room_init")
        if number not in self._resolved:
            real = (await self._client.call("room_init", id=number)).room_id
            self._resolved[number] = self._resolved[real] = real
        return self._resolved[number]

    async def info(self, room_id: int) -> RoomInfo:
        """Title, area, live status, tags and the room-wide mute of a room (获取直播间信息); short ids work."""
        return await self._client.call("get_room_info", room_id=room_number(room_id, "get_room_info"))  # type: ignore[no-any-return]

    async def mute_all(self, room_id: int, *, kind: RoomMuteKind = "member", level: int = 1, minutes: int = 0) -> None:
        """Mute the room's whole chat (全员禁言); see BiliClient.room.mute_all."""
        await self._client.call("set_room_silent", **mute_params(await self.resolve(room_id), kind, level, minutes))

    async def unmute_all(self, room_id: int) -> None:
        """Lift the room-wide mute."""
        await self._client.call("set_room_silent", **mute_params(await self.resolve(room_id), "off", 0, 0))

    async def mute_state(self, room_id: int) -> RoomSilent:
        """The room-wide mute in force (全员禁言状态); `type` "" when none."""
        return await self._client.call("get_room_silent", room_id=await self.resolve(room_id))  # type: ignore[no-any-return]

    async def news(self, room_id: int, uid: int | None = None) -> RoomNews | None:
        """The room's announcement (直播间公告)."""
        return await self._client.call("get_room_news", room_id=await self.resolve(room_id), uid=uid)  # type: ignore[no-any-return]

    async def push_address(self) -> UpStreamAddr:
        """The RTMP address and stream key of your room (推流地址); the key is a secret."""
        return await self._client.call("fetch_web_up_stream_addr", platform="pc", backup_stream=0)  # type: ignore[no-any-return]
