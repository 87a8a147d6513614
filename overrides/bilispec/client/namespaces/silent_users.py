"""Muted (silent) users of a live room."""

from __future__ import annotations

from typing import Literal

from bilispec_generated.models import SilentUser, SilentUserPage

from ...core.errors import RequestValidationError
from ..pagination import DEFAULT_MAX_PAGES
from ._base import AsyncNamespace, Params, SyncNamespace, _model, _nothing, _op
from ._flows import Flow, Item, Step, Walk, _flow, _walker

MuteDuration = int | Literal["session", "permanent"]

# The two readings of the list's paging seen in clients: `ps` as the page number (the page,
# Nemo2011/bilibili-api), or `pn` the page number and `ps` the page size (Yuelioi/bpi-rs, whose
# answers then carry `pn` and `ps`).
PAGE_SIZE = 10


def mute_params(duration: MuteDuration) -> Params:
    """`hour` and `type` for a mute: the API mutes for good when `type` is missing, and mutes nobody
    when `hour` is (Nemo2011/bilibili-api issue #1008; Yuelioi/bpi-rs silent_user_manage.rs)."""
    if duration == "session":
        return dict(hour=0, type="2")
    if duration == "permanent":
        return dict(hour=-1, type="1")
    if isinstance(duration, bool) or not isinstance(duration, int) or duration < 1:
        raise RequestValidationError(
            f"duration must be a number of hours (1 or more), 'session' or 'permanent', not {duration!r}",
            operation="add_silent_user",
            field="duration",
        )
    return dict(hour=duration, type="1")


class _SilentUserOps:
    """Muted users (禁言观众) of a live room."""

    @_op("add_silent_user", _nothing)
    def add(
        self, room_id: int, uid: int, duration: MuteDuration, *, msg: str | None = None, visit_id: str | None = None
    ) -> Params:
        """Mute `uid` in the room (禁言观众) for `duration`: a number of hours, "session" (until this
        live session ends) or "permanent". `msg` is the offending danmaku."""
        return dict(room_id=room_id, tuid=uid, msg=msg, mobile_app="web", visit_id=visit_id, **mute_params(duration))

    @_op("get_silent_user_list", _model(SilentUserPage))
    def list(self, room_id: int, page: int = 1, *, page_size: int | None = None, visit_id: str | None = None) -> Params:
        """One page of the room's muted users (查询直播间禁言列表): `page` sent as `ps` (the page's
        reading), or with `page_size` as `pn` and `ps` (the reading of clients that send pn)."""
        if page_size is None:
            return dict(room_id=room_id, ps=page, visit_id=visit_id)
        return dict(room_id=room_id, pn=page, ps=page_size, visit_id=visit_id)

    @_walker("get_silent_user_list", item=SilentUser)
    def iter_all(
        self, room_id: int, *, visit_id: str | None = None, max_pages: int = DEFAULT_MAX_PAGES
    ) -> Walk[SilentUser]:
        """Every muted user of the room, whichever paging the server follows.

        The first request sends `pn` and `ps` both as 1. A server reading `ps` as the page number
        answers page 1 and the walk goes on with `pn`=`ps`=2, 3...; a server reading `pn` as the
        page and `ps` as its size answers with `pn` and `ps` members, and the walk asks again with
        `ps`=10. Each mute record is yielded once; the walk stops at an empty page, at
        `total_page`, when `total` records were seen, or after `max_pages` requests.
        """
        seen: set[int] = set()
        page, size = 1, 1
        paged_by_pn: bool | None = None
        for _ in range(max_pages):
            params = dict(room_id=room_id, pn=page, ps=size if paged_by_pn else page, visit_id=visit_id)
            answer = yield Step("get_silent_user_list", params)
            if paged_by_pn is None:
                paged_by_pn = answer.pn is not None or answer.ps is not None
                if paged_by_pn:  # that was page 1 of size 1: start again with real pages
                    size = PAGE_SIZE
                    continue
            records = answer.data or []
            for record in records:
                if record.id not in seen:
                    seen.add(record.id)
                    yield Item(record)
            last = answer.total_page if answer.total_page is not None else 1 if answer.total is None else None
            if (
                not records
                or (last is not None and page >= last)
                or (answer.total is not None and len(seen) >= answer.total)
            ):
                return
            page += 1

    @_flow("del_room_block_user", "del_silent_user", returns=None)
    def remove(
        self, room_id: int, record_id: int | None = None, *, uid: int | None = None, visit_id: str | None = None
    ) -> Flow[None]:
        """Unmute (解除禁言) by the mute's `record_id` (the `id` of a list item: del_room_block_user,
        the documented way) or by the user's `uid` (del_silent_user, what Bilibili's own pages use).
        Give exactly one."""
        if (record_id is None) == (uid is None):
            raise RequestValidationError(
                "give record_id (a list item's id) or uid (the muted user's), not both or neither",
                operation="del_room_block_user" if uid is None else "del_silent_user",
                field="record_id",
            )
        if record_id is not None:
            yield Step("del_room_block_user", dict(roomid=room_id, id=record_id, visit_id=visit_id))
        else:
            yield Step("del_silent_user", dict(room_id=room_id, tuid=uid, visit_id=visit_id))


class SilentUsers(SyncNamespace, _SilentUserOps):
    pass


class AsyncSilentUsers(AsyncNamespace, _SilentUserOps):
    pass
