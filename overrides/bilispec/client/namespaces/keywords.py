"""A room's blocked chat keywords (屏蔽词): add, remove, list. Room numbers may be short.

Plain methods over the client's `call()`. The anchor and the room's admins may use them; others get
code 100007 (PermissionDeniedError).
"""

from __future__ import annotations

from typing import ClassVar

from bilispec_generated.models import ShieldKeyword, ShieldKeywordList

from ...core.errors import RequestValidationError
from ._base import AsyncNamespace, SyncNamespace


def keyword_text(keyword: str, operation: str) -> str:
    if not isinstance(keyword, str) or not keyword.strip():
        raise RequestValidationError("the keyword is empty", operation=operation, field="keyword")
    return keyword


def items(answer: ShieldKeywordList) -> list[ShieldKeyword]:
    return list(answer.keyword_list or [])


# method -> the operations it calls, for operation_methods() (these are plain methods).
OPERATIONS: dict[str, tuple[str, ...]] = {
    "add": ("room_init", "add_shield_keyword"),
    "remove": ("room_init", "del_shield_keyword"),
    "list": ("room_init", "get_shield_keyword_list"),
}


class Keywords(SyncNamespace):
    """Blocked keywords of BiliClient."""

    _OPERATIONS: ClassVar[dict[str, tuple[str, ...]]] = OPERATIONS

    def add(self, room_id: int, keyword: str) -> None:
        """Block `keyword` in the room's chat (添加屏蔽词): messages containing it are filtered."""
        text = keyword_text(keyword, "add_shield_keyword")
        self._client.call("add_shield_keyword", room_id=self._client.room.resolve(room_id), keyword=text)

    def remove(self, room_id: int, keyword: str) -> None:
        """Unblock `keyword` (删除屏蔽词)."""
        text = keyword_text(keyword, "del_shield_keyword")
        self._client.call("del_shield_keyword", room_id=self._client.room.resolve(room_id), keyword=text)

    def list(self, room_id: int) -> list[ShieldKeyword]:
        """The room's blocked keywords (屏蔽词列表), oldest first."""
        return items(self._client.call("get_shield_keyword_list", room_id=self._client.room.resolve(room_id)))


class AsyncKeywords(AsyncNamespace):
    """Blocked keywords of AsyncBiliClient."""

    _OPERATIONS: ClassVar[dict[str, tuple[str, ...]]] = OPERATIONS

    async def add(self, room_id: int, keyword: str) -> None:
        """Block `keyword` in the room's chat (添加屏蔽词)."""
        text = keyword_text(keyword, "add_shield_keyword")
        await self._client.call("add_shield_keyword", room_id=await self._client.room.resolve(room_id), keyword=text)

    async def remove(self, room_id: int, keyword: str) -> None:
        """Unblock `keyword` (删除屏蔽词)."""
        text = keyword_text(keyword, "del_shield_keyword")
        await self._client.call("del_shield_keyword", room_id=await self._client.room.resolve(room_id), keyword=text)

    async def list(self, room_id: int) -> list[ShieldKeyword]:
        """The room's blocked keywords (屏蔽词列表), oldest first."""
        room = await self._client.room.resolve(room_id)
        return items(await self._client.call("get_shield_keyword_list", room_id=room))
