"""Replay clip drafts."""

from __future__ import annotations

from bilispec_generated.models import DeleteSliceDraftResult, DraftList

from ..pagination import draft_page
from ._base import LISTS, AsyncNamespace, Listed, Params, SyncNamespace, _lists, _model, _op

_DRAFTS = Listed(
    "anchor_get_draft_list",
    DraftList,
    draft_page,
    page_doc="One page of your own clip drafts (获取回放剪辑草稿列表); page_size at most 30.",
    items_doc="Every one of your own clip drafts (anchor_get_draft_list).",
)
_DRAFTS_FOR_ANCHOR = Listed(
    "fan_get_draft_list",
    DraftList,
    draft_page,
    page_doc="One page of the drafts you made for another anchor (获取你为某位主播剪辑的草稿).",
    items_doc="Every draft you made for another anchor (fan_get_draft_list).",
)


class _DraftOps:
    """Replay clip drafts (回放剪辑草稿)."""

    list, list_for_anchor, iter_all, iter_for_anchor = _lists(LISTS, _DRAFTS, _DRAFTS_FOR_ANCHOR, page_size=30)

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
