"""The namespaces of a client (client.replays, client.votes, ...), declared once.

Each is a lazy attribute of both clients: BiliClient gets the sync class, AsyncBiliClient the async
one, built on first use (as openai-python's `cached_property` resources). The declarations below
are the only list of namespaces; `NAMESPACES` and the docs read it from here.
"""

from __future__ import annotations

import inspect
from typing import Any, Generic, TypeVar, overload

from ._base import AsyncNamespace, SyncNamespace, _Op, _Paged
from ._flows import _Steps
from .admins import Admins, AsyncAdmins
from .areas import Areas, AsyncAreas
from .blacklist import AsyncBlacklist, Blacklist
from .chat import AsyncChat, Chat
from .drafts import AsyncDrafts, Drafts
from .highlights import AsyncHighlights, Highlights
from .keywords import AsyncKeywords, Keywords
from .message_stream import AsyncMessageStream, MessageStream
from .replays import AsyncReplays, Replays
from .room import AsyncRoom, Room
from .silent_users import AsyncSilentUsers, SilentUsers
from .slices import AsyncSlices, Slices
from .votes import AsyncVotes, Votes
from .watch_reports import AsyncWatchReports, WatchReports

S = TypeVar("S", bound=SyncNamespace)
A = TypeVar("A", bound=AsyncNamespace)


class _Namespace(Generic[S, A]):
    """A client attribute: the sync class on BiliClient, the async one on AsyncBiliClient."""

    def __init__(self, sync_cls: type[S], async_cls: type[A], doc: str) -> None:
        self.sync_cls = sync_cls
        self.async_cls = async_cls
        self.__doc__ = doc
        self.name = ""

    def __set_name__(self, owner: type[Any], name: str) -> None:
        self.name = name

    @overload
    def __get__(self, obj: None, owner: type[Any]) -> _Namespace[S, A]: ...
    @overload
    def __get__(self, obj: SyncNamespaces, owner: type[Any]) -> S: ...
    @overload
    def __get__(self, obj: AsyncNamespaces, owner: type[Any]) -> A: ...
    def __get__(self, obj: Any, owner: type[Any]) -> Any:
        if obj is None:
            return self
        cls: Any = self.async_cls if isinstance(obj, AsyncNamespaces) else self.sync_cls
        made = cls(obj)
        obj.__dict__[self.name] = made  # later reads find the instance, not the descriptor
        return made


class _Declared:
    replays = _Namespace(Replays, AsyncReplays, "Whole live replays: lists, merge status, downloads.")
    slices = _Namespace(Slices, AsyncSlices, "Replay slices (clips): streams, publishing, published lists.")
    drafts = _Namespace(Drafts, AsyncDrafts, "Replay clip drafts.")
    highlights = _Namespace(Highlights, AsyncHighlights, "Session data, highlights and key frames.")
    room = _Namespace(Room, AsyncRoom, "Live room management: create, update, go live, stop.")
    votes = _Namespace(Votes, AsyncVotes, "Live votes: panel, history, create, terminate.")
    silent_users = _Namespace(SilentUsers, AsyncSilentUsers, "Muted (silent) users of a live room.")
    watch_reports = _Namespace(WatchReports, AsyncWatchReports, "Video watch reports (api.bilibili.com).")
    areas = _Namespace(Areas, AsyncAreas, "Live areas: the tree, found by name.")
    chat = _Namespace(Chat, AsyncChat, "Chat messages: send, with the filtered answer as an outcome.")
    keywords = _Namespace(Keywords, AsyncKeywords, "Blocked chat keywords of a room.")
    admins = _Namespace(Admins, AsyncAdmins, "Admins of your room.")
    blacklist = _Namespace(Blacklist, AsyncBlacklist, "A room's blacklist, by the anchor's uid.")
    message_stream = _Namespace(
        MessageStream, AsyncMessageStream, "Getting into the live message stream: WBI keys, buvid3, getDanmuInfo."
    )


class SyncNamespaces(_Declared):
    """The namespaces of BiliClient."""


class AsyncNamespaces(_Declared):
    """The namespaces of AsyncBiliClient."""


NAMESPACES: dict[str, tuple[type[SyncNamespace], type[AsyncNamespace]]] = {
    name: (member.sync_cls, member.async_cls)
    for name, member in vars(_Declared).items()
    if isinstance(member, _Namespace)
}


def operation_methods() -> dict[str, list[str]]:
    """operationId -> the `namespace.method` names that call it, `iter_*` methods included."""
    found: dict[str, list[str]] = {}
    for name, (sync_cls, _) in NAMESPACES.items():
        for attr in sorted(dir(sync_cls)):
            member = inspect.getattr_static(sync_cls, attr)
            if isinstance(member, _Op | _Paged):
                found.setdefault(member.operation_id, []).append(f"{name}.{attr}")
            elif isinstance(member, _Steps):
                for operation_id in member.operation_ids:
                    found.setdefault(operation_id, []).append(f"{name}.{attr}")
        # Plain methods (the bot namespaces) declare what they call in a class-level table.
        for attr, operation_ids in sorted(getattr(sync_cls, "_OPERATIONS", {}).items()):
            for operation_id in operation_ids:
                found.setdefault(operation_id, []).append(f"{name}.{attr}")
    return found


__all__ = [
    "NAMESPACES",
    "Admins",
    "Areas",
    "AsyncAdmins",
    "AsyncAreas",
    "AsyncBlacklist",
    "AsyncChat",
    "AsyncDrafts",
    "AsyncHighlights",
    "AsyncKeywords",
    "AsyncMessageStream",
    "AsyncNamespaces",
    "AsyncReplays",
    "AsyncRoom",
    "AsyncSilentUsers",
    "AsyncSlices",
    "AsyncVotes",
    "AsyncWatchReports",
    "Blacklist",
    "Chat",
    "Drafts",
    "Highlights",
    "Keywords",
    "MessageStream",
    "Replays",
    "Room",
    "SilentUsers",
    "Slices",
    "SyncNamespaces",
    "Votes",
    "WatchReports",
    "operation_methods",
]
