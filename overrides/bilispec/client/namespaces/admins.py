"""Admins (房管) of your own room: appoint, dismiss, list. An admin may mute viewers and manage
blocked keywords. Plain methods over the client's `call()`; the room is always the caller's own
(the API takes no room id)."""

from __future__ import annotations

from typing import ClassVar

from bilispec_generated.models import RoomAdmin, RoomAdminPage

from ...core.errors import RequestValidationError
from ._base import AsyncNamespace, SyncNamespace

ADMIN_LEVEL = 1  # the only level any client sends


def uid_param(uid: int, operation: str) -> int:
    if isinstance(uid, bool) or not isinstance(uid, int) or uid < 1:
        raise RequestValidationError(f"uid must be a user id, not {uid!r}", operation=operation, field="uid")
    return uid


def admins_of(page: RoomAdminPage) -> list[RoomAdmin]:
    return list(page.data or [])


# method -> the operations it calls, for operation_methods() (these are plain methods).
OPERATIONS: dict[str, tuple[str, ...]] = {
    "appoint": ("appoint_room_admin",),
    "dismiss": ("dismiss_room_admin",),
    "list": ("get_room_admins_by_anchor",),
}


class Admins(SyncNamespace):
    """Room admins of BiliClient."""

    _OPERATIONS: ClassVar[dict[str, tuple[str, ...]]] = OPERATIONS

    def appoint(self, uid: int) -> None:
        """Make user `uid` an admin of your room (任命房管)."""
        self._client.call("appoint_room_admin", admin=uid_param(uid, "appoint_room_admin"), admin_level=ADMIN_LEVEL)

    def dismiss(self, uid: int) -> None:
        """Remove user `uid` from your room's admins (撤销房管)."""
        self._client.call("dismiss_room_admin", uid=uid_param(uid, "dismiss_room_admin"))

    def list(self, page: int = 1) -> list[RoomAdmin]:
        """One page of your room's admins (房管列表), newest first."""
        return admins_of(self._client.call("get_room_admins_by_anchor", page=page))


class AsyncAdmins(AsyncNamespace):
    """Room admins of AsyncBiliClient."""

    _OPERATIONS: ClassVar[dict[str, tuple[str, ...]]] = OPERATIONS

    async def appoint(self, uid: int) -> None:
        """Make user `uid` an admin of your room (任命房管)."""
        await self._client.call(
            "appoint_room_admin", admin=uid_param(uid, "appoint_room_admin"), admin_level=ADMIN_LEVEL
        )

    async def dismiss(self, uid: int) -> None:
        """Remove user `uid` from your room's admins (撤销房管)."""
        await self._client.call("dismiss_room_admin", uid=uid_param(uid, "dismiss_room_admin"))

    async def list(self, page: int = 1) -> list[RoomAdmin]:
        """One page of your room's admins (房管列表), newest first."""
        return admins_of(await self._client.call("get_room_admins_by_anchor", page=page))
