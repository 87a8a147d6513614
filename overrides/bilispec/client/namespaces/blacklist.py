"""A room's blacklist (直播间拉黑): viewers who may not enter at all. By the anchor's uid, as the API
takes it; an admin's entry lands in the anchor's list. Plain methods over the client's `call()`."""

from __future__ import annotations

from typing import ClassVar

from bilispec_generated.models import BlackListPage

from ._base import AsyncNamespace, SyncNamespace
from .admins import uid_param

SPMID = "444.8.0.0"  # the page id every client sends

OPERATIONS: dict[str, tuple[str, ...]] = {"add": ("add_black",), "remove": ("del_black",), "list": ("get_black_list",)}


class Blacklist(SyncNamespace):
    """The blacklist of BiliClient."""

    _OPERATIONS: ClassVar[dict[str, tuple[str, ...]]] = OPERATIONS

    def add(self, anchor_uid: int, uid: int) -> None:
        """Blacklist user `uid` from anchor `anchor_uid`'s room (拉黑)."""
        self._client.call("add_black", tuid=uid_param(uid, "add_black"), anchor_id=anchor_uid, spmid=SPMID, visit_id="")

    def remove(self, anchor_uid: int, uid: int) -> None:
        """Release user `uid` from the blacklist (解除拉黑)."""
        self._client.call("del_black", tuid=uid_param(uid, "del_black"), anchor_id=anchor_uid, spmid=SPMID, visit_id="")

    def list(self, anchor_uid: int, page: int = 1, page_size: int = 10) -> BlackListPage:
        """One page of the blacklist, newest first; `data` is None when it is empty."""
        return self._client.call("get_black_list", anchor_id=anchor_uid, pn=page, ps=page_size)  # type: ignore[no-any-return]


class AsyncBlacklist(AsyncNamespace):
    """The blacklist of AsyncBiliClient."""

    _OPERATIONS: ClassVar[dict[str, tuple[str, ...]]] = OPERATIONS

    async def add(self, anchor_uid: int, uid: int) -> None:
        """Blacklist user `uid` from anchor `anchor_uid`'s room (拉黑)."""
        await self._client.call(
            "add_black", tuid=uid_param(uid, "add_black"), anchor_id=anchor_uid, spmid=SPMID, visit_id=""
        )

    async def remove(self, anchor_uid: int, uid: int) -> None:
        """Release user `uid` from the blacklist (解除拉黑)."""
        await self._client.call(
            "del_black", tuid=uid_param(uid, "del_black"), anchor_id=anchor_uid, spmid=SPMID, visit_id=""
        )

    async def list(self, anchor_uid: int, page: int = 1, page_size: int = 10) -> BlackListPage:
        """One page of the blacklist, newest first; `data` is None when it is empty."""
        return await self._client.call("get_black_list", anchor_id=anchor_uid, pn=page, ps=page_size)  # type: ignore[no-any-return]
