"""Replay clip drafts."""

from __future__ import annotations

from bilispec_generated.models import DeleteSliceDraftResult, DraftList

from ..pagination import DEFAULT_MAX_PAGES, draft_page
from ._base import AsyncNamespace, Paging, Params, SyncNamespace, _model, _op, _paged, _pages, _sent


class _DraftOps:
    """Replay clip drafts (回放剪辑草稿)."""

    @_op("anchor_get_draft_list", _model(DraftList))
    def list(self, *, page: int | None = None, page_size: int | None = None) -> Params:
        """One page of your own clip drafts (获取回放剪辑草稿列表); page_size at most 30."""
        return _sent(locals())

    @_op("fan_get_draft_list", _model(DraftList))
    def list_for_anchor(
        self, live_uid: int, *, page: int | None = None, page_size: int | None = None, web_location: str | None = None
    ) -> Params:
        """One page of the drafts you made for another anchor (获取你为某位主播剪辑的草稿)."""
        return _sent(locals())

    @_paged("anchor_get_draft_list", _pages(DraftList, draft_page))
    def iter_all(self, *, page_size: int = 30, max_pages: int = DEFAULT_MAX_PAGES) -> Paging:
        """Every one of your own clip drafts (anchor_get_draft_list)."""
        return Paging(**_sent(locals()))

    @_paged("fan_get_draft_list", _pages(DraftList, draft_page))
    def iter_for_anchor(
        self,
        live_uid: int,
        *,
        page_size: int = 30,
        web_location: str | None = None,
        max_pages: int = DEFAULT_MAX_PAGES,
    ) -> Paging:
        """Every draft you made for another anchor (fan_get_draft_list)."""
        return Paging(**_sent(locals()))

    @_op("anchor_delete_slice_draft", _model(DeleteSliceDraftResult))
    def delete(self, draft_id: int) -> Params:
        """Delete one of your own drafts (删除某个回放剪辑草稿)."""
        return dict(draft_id=draft_id)

    @_op("fan_delete_slice_draft", _model(DeleteSliceDraftResult))
    def delete_for_anchor(self, draft_id: int) -> Params:
        """Delete a draft you made for another anchor (删除为某个主播剪辑的草稿); the draft id says whose."""
        return dict(draft_id=draft_id)


class Drafts(SyncNamespace, _DraftOps):
    pass


class AsyncDrafts(AsyncNamespace, _DraftOps):
    pass
