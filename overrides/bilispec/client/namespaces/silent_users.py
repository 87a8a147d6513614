"""Muted (silent) users of a live room."""

from __future__ import annotations

from typing import TYPE_CHECKING

from bilispec_generated.models import (
    SilentUserPage,
)

from ..pagination import (
    DEFAULT_MAX_PAGES,
    silent_user_page,
)

if TYPE_CHECKING:
    pass

from ._base import (
    AsyncNamespace,
    Paging,
    Params,
    SyncNamespace,
    _model,
    _nothing,
    _op,
    _paged,
    _pages,
)


class _SilentUserOps:
    """Muted users (禁言观众) of a live room."""

    @_op("add_silent_user", _nothing)
    def add(self, room_id: int, uid: int, *, hour: int, msg: str | None = None, visit_id: str | None = None) -> Params:
        """Mute `uid` in the room (禁言观众).

        `hour` is required: -1 permanently, 0 until this live session ends, N > 0 for N hours.
        Without it the server answers success and mutes nobody. `msg` is the offending danmaku.
        """
        return dict(room_id=room_id, tuid=uid, hour=hour, msg=msg, mobile_app="web", visit_id=visit_id)

    @_op("get_silent_user_list", _model(SilentUserPage))
    def list(self, room_id: int, page: int = 1, *, visit_id: str | None = None) -> Params:
        """One page of the room's muted users (查询直播间禁言列表); sent as `ps`."""
        return dict(room_id=room_id, ps=page, visit_id=visit_id)

    @_paged("get_silent_user_list", _pages(SilentUserPage, silent_user_page), page_param="ps")
    def iter_all(self, room_id: int, *, visit_id: str | None = None, max_pages: int = DEFAULT_MAX_PAGES) -> Paging:
        """Every muted user of the room, page after page up to `total_page`."""
        return Paging(max_pages=max_pages, room_id=room_id, visit_id=visit_id)

    @_op("del_room_block_user", _nothing)
    def remove(self, room_id: int, record_id: int, *, visit_id: str | None = None) -> Params:
        """Unmute (解除禁言): `record_id` is the `id` of a `list` item, not the user's uid."""
        return dict(roomid=room_id, id=record_id, visit_id=visit_id)


class SilentUsers(SyncNamespace, _SilentUserOps):
    pass


class AsyncSilentUsers(AsyncNamespace, _SilentUserOps):
    pass
