"""Live areas (直播分区): the two-level tree start_live's `area_v2` comes from, searchable by name.

Plain methods over the client's `call()`. The tree is read once per client and kept (it changes
rarely); `refresh()` reads it again.
"""

from __future__ import annotations

from typing import Any, ClassVar

from bilispec_generated.models import ParentArea, SubArea

from ...core.errors import RequestValidationError
from ._base import AsyncNamespace, SyncNamespace

OTHER_PREFIX = "其他"  # each parent's catch-all sub-area is named 其他…, e.g. 单机游戏 -> 其他单机


def find_area(tree: list[ParentArea], name: str) -> SubArea:
    """The sub-area called `name`. A parent's name stands for its catch-all sub-area (其他…) or its only
    one; anything else is an error naming the candidates, so a bot never broadcasts in a guessed area."""
    wanted = name.strip().casefold()
    subs = [sub for parent in tree for sub in parent.list_]
    exact = [sub for sub in subs if sub.name.casefold() == wanted]
    if len(exact) == 1:
        return exact[0]
    for parent in tree:
        if parent.name.casefold() == wanted and exact == []:
            catch_all = [sub for sub in parent.list_ if sub.name.startswith(OTHER_PREFIX)]
            picked = catch_all if len(catch_all) == 1 else parent.list_
            if len(picked) == 1:
                return picked[0]
            choices = ", ".join(f"{sub.name} ({sub.id})" for sub in parent.list_)
            raise RequestValidationError(
                f"area {name!r} is a parent area; name one of its sub-areas: {choices}",
                operation="get_area_list",
                field="area",
            )
    close = [sub for sub in subs if wanted in sub.name.casefold()]
    hint = f"; did you mean {', '.join(sorted({s.name for s in close})[:5])}?" if close else ""
    raise RequestValidationError(f"no live area is called {name!r}{hint}", operation="get_area_list", field="area")


def search_areas(tree: list[ParentArea], text: str) -> list[SubArea]:
    """Sub-areas whose name, or whose parent's name, contains `text` (case-insensitive)."""
    wanted = text.strip().casefold()
    return [
        sub
        for parent in tree
        for sub in parent.list_
        if wanted in sub.name.casefold() or wanted in parent.name.casefold()
    ]


# method -> the operations it calls, for operation_methods() (these are plain methods).
OPERATIONS: dict[str, tuple[str, ...]] = {
    "tree": ("get_area_list",),
    "refresh": ("get_area_list",),
    "find": ("get_area_list",),
    "id_of": ("get_area_list",),
    "search": ("get_area_list",),
}


class Areas(SyncNamespace):
    """The area tree of BiliClient."""

    _OPERATIONS: ClassVar[dict[str, tuple[str, ...]]] = OPERATIONS

    def __init__(self, client: Any) -> None:
        super().__init__(client)
        self._tree: list[ParentArea] | None = None

    def tree(self) -> list[ParentArea]:
        """Every parent area with its sub-areas (获取全部直播间分区列表), read once per client."""
        if self._tree is None:
            self._tree = list(self._client.call("get_area_list"))
        return self._tree

    def refresh(self) -> list[ParentArea]:
        """Read the tree again."""
        self._tree = None
        return self.tree()

    def find(self, name: str) -> SubArea:
        """The sub-area called `name` (a parent's name picks its 其他… sub-area); RequestValidationError otherwise."""
        return find_area(self.tree(), name)

    def id_of(self, name: str) -> int:
        """The id start_live takes (`area_v2`) of the sub-area called `name`."""
        return int(self.find(name).id)

    def search(self, text: str) -> list[SubArea]:
        """Sub-areas whose name or parent's name contains `text`."""
        return search_areas(self.tree(), text)


class AsyncAreas(AsyncNamespace):
    """The area tree of AsyncBiliClient."""

    _OPERATIONS: ClassVar[dict[str, tuple[str, ...]]] = OPERATIONS

    def __init__(self, client: Any) -> None:
        super().__init__(client)
        self._tree: list[ParentArea] | None = None

    async def tree(self) -> list[ParentArea]:
        """Every parent area with its sub-areas (获取全部直播间分区列表), read once per client."""
        if self._tree is None:
            self._tree = list(await self._client.call("get_area_list"))
        return self._tree

    async def refresh(self) -> list[ParentArea]:
        """Read the tree again."""
        self._tree = None
        return await self.tree()

    async def find(self, name: str) -> SubArea:
        """The sub-area called `name` (a parent's name picks its 其他… sub-area); RequestValidationError otherwise."""
        return find_area(await self.tree(), name)

    async def id_of(self, name: str) -> int:
        """The id start_live takes (`area_v2`) of the sub-area called `name`."""
        return int((await self.find(name)).id)

    async def search(self, text: str) -> list[SubArea]:
        """Sub-areas whose name or parent's name contains `text`."""
        return search_areas(await self.tree(), text)
