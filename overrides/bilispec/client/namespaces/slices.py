"""Replay slices (clips): streams, publishing, published lists."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Required, TypedDict, Unpack

from bilispec_generated.models import PublishedSliceList, PublishedVideoSlice, SliceStreamList, VideoSliceList

from ..pagination import published_slice_page, video_slice_page
from ._base import (
    LISTS,
    AsyncNamespace,
    Listed,
    Params,
    Speed,
    SyncNamespace,
    _flag,
    _lists,
    _model,
    _op,
    _renamed,
    _sent,
)


class SliceOptions(TypedDict, total=False):
    """What a published slice says of itself (both publish methods)."""

    title: Required[str]
    cover: Required[str]
    highlight: int | None
    with_subtitle: bool | None
    with_danmaku: bool | None
    with_reserve: bool | None


class OwnSliceOptions(SliceOptions, total=False):
    """What a slice of your own replay says of itself: also its speed."""

    speed: Speed | None


# The members both publish operations send with an `av_` prefix; the with_* switches travel as 1/0.
_AV_NAMES = {"title": "av_title", "cover": "av_cover", "highlight": "av_highlight", "speed": "av_speed"}


def _slice_params(live_key: str, start_ts: int, end_ts: int, options: Mapping[str, Any]) -> Params:
    """The body both publish operations share, in the API's own member names."""
    switches = {name: _flag(value) for name, value in options.items() if name.startswith("with_")}
    return dict(live_key=live_key, start_ts=start_ts, end_ts=end_ts, **_renamed({**options, **switches}, _AV_NAMES))


_PUBLISHED = Listed(
    "anchor_get_video_slice_list",
    VideoSliceList,
    video_slice_page,
    page_doc="One page of the slices you published from your replays (获取已发布片段的信息); page_size at most 20.",
    items_doc="Every slice you published from your replays (anchor_get_video_slice_list).",
)
_PUBLISHED_FOR_ANCHOR = Listed(
    "get_published_list",
    PublishedSliceList,
    published_slice_page,
    page_doc="One page of the slices you published for another anchor (获取你为某位主播剪辑的已发布片段).",
    items_doc="Every slice you published for another anchor (get_published_list).",
)


class _SliceOps:
    """Replay slices (直播回放片段): streams, publishing, published lists."""

    list_published, list_published_for_anchor, iter_published, iter_published_for_anchor = _lists(
        LISTS, _PUBLISHED, _PUBLISHED_FOR_ANCHOR, page_size=20
    )

    @_op("get_slice_stream", _model(SliceStreamList))
    def stream(self, live_key: str, start_time: int, end_time: int, *, web_location: str | None = None) -> Params:
        """Video streams of a span of your own live session (获取切片视频流); times in Unix seconds."""
        return _sent(locals())

    @_op("get_user_slice_stream", _model(SliceStreamList))
    def stream_for_anchor(
        self, live_uid: int, live_key: str, start_time: int, end_time: int, *, web_location: str | None = None
    ) -> Params:
        """Video streams of a span of another anchor's live session (获取某位主播的切片视频流)."""
        return _sent(locals())

    @_op("anchor_publish_video_slice", _model(PublishedVideoSlice))
    def publish(self, live_key: str, start_ts: int, end_ts: int, **clip: Unpack[OwnSliceOptions]) -> Params:
        """Publish a slice of your own replay (投稿直播回放片段); at most 2 hours, cover on *.hdslb.com.

        `title`/`cover`/`highlight`/`speed` are sent as av_title/av_cover/av_highlight/av_speed,
        the `with_*` switches as 1/0.
        """
        return _slice_params(live_key, start_ts, end_ts, clip)

    @_op("user_publish_other_video_slice", _model(PublishedVideoSlice))
    def publish_for_anchor(
        self, live_uid: int, live_key: str, start_ts: int, end_ts: int, **clip: Unpack[SliceOptions]
    ) -> Params:
        """Publish a slice of another anchor's replay (给某位主播投稿直播回放片段); as `publish`, no speed."""
        return dict(_slice_params(live_key, start_ts, end_ts, clip), live_uid=live_uid)


class Slices(SyncNamespace, _SliceOps):
    pass


class AsyncSlices(AsyncNamespace, _SliceOps):
    pass
