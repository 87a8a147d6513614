"""Resource namespaces: client.replays, client.slices, client.drafts, client.highlights, client.room,
client.votes, client.silent_users, client.watch_reports.

Each method is written once, in an `_*Ops` class, as a function mapping typed, domain-named
arguments to the operation's parameters. Its decorator names the operation and the type of its
`data`: `@_op("get_vote_panel", _optional(VotePanel))`. The decorator is a descriptor: on a
BiliClient's namespace the method runs `client.call(operation_id, **params)`, on an AsyncBiliClient's
it is a coroutine running `await client.call(...)`. So sync and async namespaces share every
definition and the client's one code path, and type checkers see the real signature and return type
of both. `@_paged` does the same for the `iter_*` methods (Iterator / AsyncIterator). Only the
whole-replay download is written twice.

Unset optionals are passed as None, which `call()` drops. Fan-side operations (acting on another
anchor's replays) are the `*_for_anchor` twins, taking the anchor's uid (`live_uid`) first.
"""

from __future__ import annotations

import inspect
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Iterable, Iterator
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import TYPE_CHECKING, Any, Concatenate, Generic, Literal, ParamSpec, TypeVar, overload

from bilispec_generated.models import (
    CreatedRoom,
    CreatedVote,
    DeleteSliceDraftResult,
    DraftList,
    KeyFrameList,
    LiveSessionData,
    LiveStart,
    LiveStop,
    ManualHighlights,
    ManualHighlightSaveResult,
    PreLiveUpdate,
    PublishedSliceList,
    PublishedVideoSlice,
    ReplayDownload,
    ReplayList,
    ReplayRecord,
    ReplayRecordList,
    ReplayRecordSectionList,
    RoomUpdate,
    SilentUserPage,
    SliceStreamList,
    VideoSliceList,
    VoteHistory,
    VotePanel,
)
from bilispec_generated.types import Unset

from . import download as dl
from .errors import ResponseValidationError
from .pagination import (
    DEFAULT_MAX_PAGES,
    Page,
    apaginate,
    draft_page,
    paginate,
    published_slice_page,
    replay_page,
    silent_user_page,
    video_slice_page,
)

if TYPE_CHECKING:
    from .client import AsyncBiliClient, BiliClient

P = ParamSpec("P")
T = TypeVar("T")
D = TypeVar("D")

Parser = Callable[[str, Any], T]  # (operation_id, data) -> typed data

# Beijing time: the API's "YYYY-MM-DD HH:MM:SS" strings are UTC+08:00.
UTC8 = timezone(timedelta(hours=8), "UTC+08:00")

TimeRange = Literal[1, 2, 3]  # 1: last 3 days, 2: last 7 days, 3: last 14 days
ManualType = Literal[1, 2]  # 1: lookback recordings (回溯录制), 2: saved clips (已保存片段)
Speed = Literal["0.5x", "0.75x", "1.0x", "1.25x", "1.5x", "2.0x"]
StartPlatform = Literal["pc", "pc_link", "android_link"]
StopPlatform = Literal["pc_link", "android_link"]
VideoType = Literal[3, 4, 10]  # 3 uploaded video, 4 series episode, 10 course
SeriesType = Literal[1, 2, 3, 4, 5, 7]
PlayType = Literal[0, 1, 2, 3]  # 0 playing, 1 started, 2 paused, 3 resumed


# -- what a method sends and what it returns --------------------------------------------------


def _model(cls: type[T]) -> Parser[T]:
    """`data` must be an instance of the generated class."""

    def parse(operation_id: str, value: Any) -> T:
        if isinstance(value, cls):
            return value
        raise ResponseValidationError(
            f"expected {cls.__name__} as data, got {type(value).__name__}", operation=operation_id, violations=[]
        )

    return parse


def _optional(cls: type[T]) -> Parser[T | None]:
    """`data` may also be absent, null, or an empty array (update_room's partial failure)."""
    required = _model(cls)

    def parse(operation_id: str, value: Any) -> T | None:
        if value is None or isinstance(value, Unset) or (isinstance(value, list) and not value):
            return None
        return required(operation_id, value)

    return parse


def _nothing(operation_id: str, value: Any) -> None:
    """Operations whose `data` carries nothing (absent, null, {} or [])."""
    return None


Params = dict[str, Any]  # an operation's parameters by their API names; None values are dropped by call()


class Paging:
    """The fixed parameters of a paged list, its page size (sent as `page_size`) and the page bound."""

    __slots__ = ("max_pages", "page_size", "params")

    def __init__(self, *, page_size: int | None = None, max_pages: int = DEFAULT_MAX_PAGES, **params: Any) -> None:
        self.page_size = page_size
        self.max_pages = max_pages
        self.params = params

    def page_params(self, page_param: str, page_no: int) -> Params:
        extra = {"page_size": self.page_size} if self.page_size is not None else {}
        return {**self.params, **extra, page_param: page_no}


def _pages(cls: type[D], to_page: Callable[[D], Page[T]]) -> Parser[Page[T]]:
    parse = _model(cls)
    return lambda operation_id, value: to_page(parse(operation_id, value))


# -- sync and async from one definition -------------------------------------------------------


class SyncNamespace:
    def __init__(self, client: BiliClient) -> None:
        self._client = client


class AsyncNamespace:
    def __init__(self, client: AsyncBiliClient) -> None:
        self._client = client


def _dress(fn: Any, build: Callable[..., Any], owner: object) -> Any:
    """Give the bound method the name, docstring and signature (without `self`) of its definition."""
    fn.__name__ = build.__name__
    fn.__qualname__ = f"{type(owner).__name__}.{build.__name__}"
    fn.__doc__ = build.__doc__
    fn.__signature__ = inspect.Signature(list(inspect.signature(build).parameters.values())[1:])
    return fn


class _Op(Generic[P, T]):
    """A namespace method: `build(self, ...)` maps its arguments to the operation's parameters."""

    def __init__(self, operation_id: str, parse: Parser[T], build: Callable[Concatenate[Any, P], Params]) -> None:
        self.operation_id = operation_id
        self.parse = parse
        self.build = build
        self.__doc__ = build.__doc__

    @overload
    def __get__(self, obj: None, owner: type[Any]) -> _Op[P, T]: ...
    @overload
    def __get__(self, obj: SyncNamespace, owner: type[Any]) -> Callable[P, T]: ...
    @overload
    def __get__(self, obj: AsyncNamespace, owner: type[Any]) -> Callable[P, Awaitable[T]]: ...
    def __get__(self, obj: SyncNamespace | AsyncNamespace | None, owner: type[Any]) -> Any:
        if obj is None:
            return self
        op, parse, build = self.operation_id, self.parse, self.build
        if isinstance(obj, AsyncNamespace):
            aclient = obj._client

            async def acall(*args: P.args, **kwargs: P.kwargs) -> T:
                return parse(op, await aclient.call(op, **build(obj, *args, **kwargs)))

            return _dress(acall, build, obj)
        client = obj._client

        def call(*args: P.args, **kwargs: P.kwargs) -> T:
            return parse(op, client.call(op, **build(obj, *args, **kwargs)))

        return _dress(call, build, obj)


class _Paged(Generic[P, T]):
    """An `iter_*` method: every item of a paged list, as an Iterator (sync) or AsyncIterator (async)."""

    def __init__(
        self,
        operation_id: str,
        extract: Parser[Page[T]],
        page_param: str,
        build: Callable[Concatenate[Any, P], Paging],
    ) -> None:
        self.operation_id = operation_id
        self.extract = extract
        self.page_param = page_param
        self.build = build
        self.__doc__ = build.__doc__

    @overload
    def __get__(self, obj: None, owner: type[Any]) -> _Paged[P, T]: ...
    @overload
    def __get__(self, obj: SyncNamespace, owner: type[Any]) -> Callable[P, Iterator[T]]: ...
    @overload
    def __get__(self, obj: AsyncNamespace, owner: type[Any]) -> Callable[P, AsyncIterator[T]]: ...
    def __get__(self, obj: SyncNamespace | AsyncNamespace | None, owner: type[Any]) -> Any:
        if obj is None:
            return self
        op, extract, page_param, build = self.operation_id, self.extract, self.page_param, self.build
        if isinstance(obj, AsyncNamespace):
            aclient = obj._client

            def aiterate(*args: P.args, **kwargs: P.kwargs) -> AsyncIterator[T]:
                paging = build(obj, *args, **kwargs)

                async def fetch(page_no: int) -> Page[T]:
                    return extract(op, await aclient.call(op, **paging.page_params(page_param, page_no)))

                return apaginate(fetch, page_size=paging.page_size, max_pages=paging.max_pages)

            return _dress(aiterate, build, obj)
        client = obj._client

        def iterate(*args: P.args, **kwargs: P.kwargs) -> Iterator[T]:
            paging = build(obj, *args, **kwargs)

            def fetch(page_no: int) -> Page[T]:
                return extract(op, client.call(op, **paging.page_params(page_param, page_no)))

            return paginate(fetch, page_size=paging.page_size, max_pages=paging.max_pages)

        return _dress(iterate, build, obj)


def _op(operation_id: str, parse: Parser[T]) -> Callable[[Callable[Concatenate[Any, P], Params]], _Op[P, T]]:
    """Declare a method calling `operation_id`, whose `data` `parse` reads."""
    return lambda build: _Op(operation_id, parse, build)


def _paged(
    operation_id: str, extract: Parser[Page[T]], *, page_param: str = "page"
) -> Callable[[Callable[Concatenate[Any, P], Paging]], _Paged[P, T]]:
    """Declare an iterator over every page of `operation_id`, numbered by `page_param`."""
    return lambda build: _Paged(operation_id, extract, page_param, build)


# -- argument conversions ---------------------------------------------------------------------


def _id_list(ids: int | Iterable[int]) -> str:
    """Ids as the API's comma-separated string, e.g. "10727160,10597910"."""
    return str(ids) if isinstance(ids, int) else ",".join(str(i) for i in ids)


def _beijing(value: datetime | str) -> str:
    """A "YYYY-MM-DD HH:MM:SS" string in UTC+08:00; aware datetimes are converted, naive ones taken as is."""
    if isinstance(value, datetime):
        if value.tzinfo is not None:
            value = value.astimezone(UTC8)
        return value.strftime("%Y-%m-%d %H:%M:%S")
    return value


def _flag(value: bool | None) -> int | None:
    """Yes/no switches travel as 1/0."""
    return None if value is None else int(value)


# -- the namespaces ---------------------------------------------------------------------------


class _ReplayOps:
    """Whole live replays (直播回放): lists, merge status, download links."""

    @_op("anchor_get_replay_list", _model(ReplayList))
    def list(self, *, page: int | None = None, page_size: int | None = None) -> Params:
        """One page of your own live replays (获取直播回放列表); page_size at most 30."""
        return dict(page=page, page_size=page_size)

    @_op("get_other_slice_list", _model(ReplayList))
    def list_for_anchor(
        self,
        live_uid: int,
        *,
        time_range: TimeRange | None = None,
        page: int | None = None,
        page_size: int | None = None,
        web_location: str | None = None,
    ) -> Params:
        """One page of another anchor's replays (获取某位主播的回放列表); time_range 1/2/3: 3/7/14 days."""
        return dict(live_uid=live_uid, time_range=time_range, page=page, page_size=page_size, web_location=web_location)

    @_paged("anchor_get_replay_list", _pages(ReplayList, replay_page))
    def iter_all(self, *, page_size: int = 30, max_pages: int = DEFAULT_MAX_PAGES) -> Paging:
        """Every one of your own replays, page after page (anchor_get_replay_list)."""
        return Paging(page_size=page_size, max_pages=max_pages)

    @_paged("get_other_slice_list", _pages(ReplayList, replay_page))
    def iter_for_anchor(
        self,
        live_uid: int,
        *,
        time_range: TimeRange | None = None,
        page_size: int = 30,
        web_location: str | None = None,
        max_pages: int = DEFAULT_MAX_PAGES,
    ) -> Paging:
        """Every replay of another anchor, page after page (get_other_slice_list)."""
        return Paging(
            page_size=page_size,
            max_pages=max_pages,
            live_uid=live_uid,
            time_range=time_range,
            web_location=web_location,
        )

    @_op("get_anchor_video_uid_records_subsect", _model(ReplayRecordSectionList))
    def info(self, record_id: int) -> Params:
        """Title, cover, status and times of one replay (获取回放的信息)."""
        return dict(record_id=record_id)

    @_op("get_anchor_video_uid_record", _model(ReplayRecordList))
    def records(self, record_ids: int | Iterable[int]) -> Params:
        """Merge status of replays (轮询回放状态): 30 merged, -30 failed; unknown ids are left out."""
        return dict(records=_id_list(record_ids))

    @_op("anchor_video_download", _model(ReplayDownload))
    def request_download(self, *, record_id: int | None = None, live_key: str | None = None) -> Params:
        """Start merging a whole replay, or get its links once merged (请求整场直播回放下载链接).

        Pass `record_id` (the replay list's `replay_id`) or `live_key`, or both.
        """
        return dict(record_id=record_id, live_key=live_key)


def _slice_params(
    live_key: str,
    start_ts: int,
    end_ts: int,
    title: str,
    cover: str,
    highlight: int | None,
    with_subtitle: bool | None,
    with_danmaku: bool | None,
    with_reserve: bool | None,
) -> Params:
    """The body both publish operations share, in the API's own member names."""
    return dict(
        live_key=live_key,
        start_ts=start_ts,
        end_ts=end_ts,
        av_title=title,
        av_cover=cover,
        av_highlight=highlight,
        with_subtitle=_flag(with_subtitle),
        with_danmaku=_flag(with_danmaku),
        with_reserve=_flag(with_reserve),
    )


class _SliceOps:
    """Replay slices (直播回放片段): streams, publishing, published lists."""

    @_op("anchor_get_video_slice_list", _model(VideoSliceList))
    def list_published(self, *, page: int | None = None, page_size: int | None = None) -> Params:
        """One page of the slices you published from your replays (获取已发布片段的信息); page_size at most 20."""
        return dict(page=page, page_size=page_size)

    @_op("get_published_list", _model(PublishedSliceList))
    def list_published_for_anchor(
        self, live_uid: int, *, page: int | None = None, page_size: int | None = None, web_location: str | None = None
    ) -> Params:
        """One page of the slices you published for another anchor (获取你为某位主播剪辑的已发布片段)."""
        return dict(live_uid=live_uid, page=page, page_size=page_size, web_location=web_location)

    @_paged("anchor_get_video_slice_list", _pages(VideoSliceList, video_slice_page))
    def iter_published(self, *, page_size: int = 20, max_pages: int = DEFAULT_MAX_PAGES) -> Paging:
        """Every slice you published from your replays (anchor_get_video_slice_list)."""
        return Paging(page_size=page_size, max_pages=max_pages)

    @_paged("get_published_list", _pages(PublishedSliceList, published_slice_page))
    def iter_published_for_anchor(
        self,
        live_uid: int,
        *,
        page_size: int = 20,
        web_location: str | None = None,
        max_pages: int = DEFAULT_MAX_PAGES,
    ) -> Paging:
        """Every slice you published for another anchor (get_published_list)."""
        return Paging(page_size=page_size, max_pages=max_pages, live_uid=live_uid, web_location=web_location)

    @_op("get_slice_stream", _model(SliceStreamList))
    def stream(self, live_key: str, start_time: int, end_time: int, *, web_location: str | None = None) -> Params:
        """Video streams of a span of your own live session (获取切片视频流); times in Unix seconds."""
        return dict(live_key=live_key, start_time=start_time, end_time=end_time, web_location=web_location)

    @_op("get_user_slice_stream", _model(SliceStreamList))
    def stream_for_anchor(
        self, live_uid: int, live_key: str, start_time: int, end_time: int, *, web_location: str | None = None
    ) -> Params:
        """Video streams of a span of another anchor's live session (获取某位主播的切片视频流)."""
        return dict(
            live_uid=live_uid, live_key=live_key, start_time=start_time, end_time=end_time, web_location=web_location
        )

    @_op("anchor_publish_video_slice", _model(PublishedVideoSlice))
    def publish(
        self,
        live_key: str,
        start_ts: int,
        end_ts: int,
        *,
        title: str,
        cover: str,
        highlight: int | None = None,
        with_subtitle: bool | None = None,
        with_danmaku: bool | None = None,
        with_reserve: bool | None = None,
        speed: Speed | None = None,
    ) -> Params:
        """Publish a slice of your own replay (投稿直播回放片段); at most 2 hours, cover on *.hdslb.com.

        `title`/`cover`/`highlight`/`speed` are sent as av_title/av_cover/av_highlight/av_speed,
        the `with_*` switches as 1/0.
        """
        return dict(
            _slice_params(
                live_key, start_ts, end_ts, title, cover, highlight, with_subtitle, with_danmaku, with_reserve
            ),
            av_speed=speed,
        )

    @_op("user_publish_other_video_slice", _model(PublishedVideoSlice))
    def publish_for_anchor(
        self,
        live_uid: int,
        live_key: str,
        start_ts: int,
        end_ts: int,
        *,
        title: str,
        cover: str,
        highlight: int | None = None,
        with_subtitle: bool | None = None,
        with_danmaku: bool | None = None,
        with_reserve: bool | None = None,
    ) -> Params:
        """Publish a slice of another anchor's replay (给某位主播投稿直播回放片段); as `publish`, no speed."""
        return dict(
            _slice_params(
                live_key, start_ts, end_ts, title, cover, highlight, with_subtitle, with_danmaku, with_reserve
            ),
            live_uid=live_uid,
        )


class _DraftOps:
    """Replay clip drafts (回放剪辑草稿)."""

    @_op("anchor_get_draft_list", _model(DraftList))
    def list(self, *, page: int | None = None, page_size: int | None = None) -> Params:
        """One page of your own clip drafts (获取回放剪辑草稿列表); page_size at most 30."""
        return dict(page=page, page_size=page_size)

    @_op("fan_get_draft_list", _model(DraftList))
    def list_for_anchor(
        self, live_uid: int, *, page: int | None = None, page_size: int | None = None, web_location: str | None = None
    ) -> Params:
        """One page of the drafts you made for another anchor (获取你为某位主播剪辑的草稿)."""
        return dict(live_uid=live_uid, page=page, page_size=page_size, web_location=web_location)

    @_paged("anchor_get_draft_list", _pages(DraftList, draft_page))
    def iter_all(self, *, page_size: int = 30, max_pages: int = DEFAULT_MAX_PAGES) -> Paging:
        """Every one of your own clip drafts (anchor_get_draft_list)."""
        return Paging(page_size=page_size, max_pages=max_pages)

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
        return Paging(page_size=page_size, max_pages=max_pages, live_uid=live_uid, web_location=web_location)

    @_op("anchor_delete_slice_draft", _model(DeleteSliceDraftResult))
    def delete(self, draft_id: int) -> Params:
        """Delete one of your own drafts (删除某个回放剪辑草稿)."""
        return dict(draft_id=draft_id)

    @_op("fan_delete_slice_draft", _model(DeleteSliceDraftResult))
    def delete_for_anchor(self, draft_id: int) -> Params:
        """Delete a draft you made for another anchor (删除为某个主播剪辑的草稿); the draft id says whose."""
        return dict(draft_id=draft_id)


class _HighlightOps:
    """Live session data, highlights and key frames of a live session (by `live_key`)."""

    @_op("get_live_session_data", _model(LiveSessionData))
    def session_data(
        self, live_key: str, start_tm: datetime | str, end_tm: datetime | str, *, web_location: str | None = None
    ) -> Params:
        """Danmaku and viewer curves and highlights of your own session (获取直播会话数据).

        Times are "YYYY-MM-DD HH:MM:SS" in UTC+08:00, or datetimes (aware ones are converted).
        """
        return dict(live_key=live_key, start_tm=_beijing(start_tm), end_tm=_beijing(end_tm), web_location=web_location)

    @_op("get_user_live_session_data", _model(LiveSessionData))
    def session_data_for_anchor(
        self,
        live_uid: int,
        live_key: str,
        start_tm: datetime | str,
        end_tm: datetime | str,
        *,
        web_location: str | None = None,
    ) -> Params:
        """Session data of another anchor's session (获取某位主播的直播会话数据)."""
        return dict(
            live_uid=live_uid,
            live_key=live_key,
            start_tm=_beijing(start_tm),
            end_tm=_beijing(end_tm),
            web_location=web_location,
        )

    @_op("anchor_get_manual_highlight_list", _model(ManualHighlights))
    def list(self, live_key: str, *, manual_type: ManualType, web_location: str | None = None) -> Params:
        """Highlights of your own session (获取用户高光列表); manual_type 1 lookback recordings, 2 saved clips."""
        return dict(live_key=live_key, manual_type=manual_type, web_location=web_location)

    @_op("fan_get_manual_highlight_list", _model(ManualHighlights))
    def list_for_anchor(
        self, live_uid: int, live_key: str, *, manual_type: ManualType, web_location: str | None = None
    ) -> Params:
        """Highlights of another anchor's session (获取用户高光列表, 粉丝使用)."""
        return dict(live_uid=live_uid, live_key=live_key, manual_type=manual_type, web_location=web_location)

    @_op("anchor_save_manual_highlight", _model(ManualHighlightSaveResult))
    def save(self, live_key: str, start_ts: int, end_ts: int) -> Params:
        """Save a highlight clip of your own session (手动保存高亮片段); times in Unix seconds."""
        return dict(live_key=live_key, start_ts=start_ts, end_ts=end_ts)

    @_op("fan_save_manual_highlight", _model(ManualHighlightSaveResult))
    def save_for_anchor(self, live_uid: int, live_key: str, start_ts: int, end_ts: int) -> Params:
        """Save a highlight clip of another anchor's session (手动保存高亮片段, 粉丝使用)."""
        return dict(live_uid=live_uid, live_key=live_key, start_ts=start_ts, end_ts=end_ts)

    @_op("anchor_get_video_key_frame", _model(KeyFrameList))
    def key_frames(self, live_key: str, times: int | Iterable[int]) -> Params:
        """Video frames of your own session at Unix-second times (获取某个时间的视频帧); keep them 30 s apart."""
        return dict(live_key=live_key, time_list=_id_list(times))

    @_op("fan_get_video_key_frame", _model(KeyFrameList))
    def key_frames_for_anchor(self, live_uid: int, live_key: str, times: int | Iterable[int]) -> Params:
        """Video frames of another anchor's session (获取某个时间的视频帧, 粉丝使用)."""
        return dict(live_uid=live_uid, live_key=live_key, time_list=_id_list(times))


class _RoomOps:
    """Your live room: open it, update it, start and stop broadcasting."""

    @_op("create_room", _model(CreatedRoom))
    def create(self, *, platform: str = "web", visit_id: str | None = None) -> Params:
        """Open a live room for the account (开通直播间)."""
        return dict(platform=platform, visit_id=visit_id)

    @_op("update_room", _optional(RoomUpdate))
    def update(
        self,
        room_id: int,
        *,
        title: str | None = None,
        area_id: int | None = None,
        add_tag: str | None = None,
        del_tag: str | None = None,
        platform: str | None = None,
        visit_id: str | None = None,
    ) -> Params:
        """Update title, area or tags (更新直播间信息); None when the server answers [] (partly failed)."""
        return dict(
            room_id=room_id,
            title=title,
            area_id=area_id,
            add_tag=add_tag,
            del_tag=del_tag,
            platform=platform,
            visit_id=visit_id,
        )

    @_op("start_live", _model(LiveStart))
    def start_live(
        self,
        room_id: int,
        *,
        area_id: int,
        platform: StartPlatform,
        version: str | None = None,
        build: int | None = None,
        appkey: str | None = None,
        sign: str | None = None,
    ) -> Params:
        """Start broadcasting (开始直播) in sub-area `area_id` (sent as area_v2); gives the RTMP address."""
        return dict(
            room_id=room_id, area_v2=area_id, platform=platform, version=version, build=build, appkey=appkey, sign=sign
        )

    @_op("stop_live", _model(LiveStop))
    def stop_live(self, room_id: int, *, platform: StopPlatform | None = None) -> Params:
        """Stop broadcasting (关闭直播)."""
        return dict(room_id=room_id, platform=platform)

    @_op("update_pre_live_info", _model(PreLiveUpdate))
    def update_pre_live_info(
        self,
        *,
        title: str | None = None,
        cover: str | None = None,
        cover_vertical: str | None = None,
        live_direction_type: int | None = None,
        platform: str = "web",
        mobi_app: str = "web",
        build: int = 1,
        visit_id: str | None = None,
    ) -> Params:
        """Set the cover or title before going live (预更新直播间信息); cover on *.hdslb.com."""
        return dict(
            title=title,
            cover=cover,
            coverVertical=cover_vertical,
            liveDirectionType=live_direction_type,
            platform=platform,
            mobi_app=mobi_app,
            build=build,
            visit_id=visit_id,
        )

    @_op("update_room_news", _nothing)
    def update_news(self, room_id: int, uid: int, content: str) -> Params:
        """Set the room announcement (更新直播间公告), at most 60 characters; `uid` is the room owner's."""
        return dict(room_id=room_id, uid=uid, content=content)


class _VoteOps:
    """Live votes (直播投票) in your own room."""

    @_op("get_vote_panel", _optional(VotePanel))
    def panel(self, room_id: int) -> Params:
        """The running vote and the templates (查询投票信息); None when the room is not yours."""
        return dict(room_id=room_id)

    @_op("get_vote_history", _model(VoteHistory))
    def history(self, room_id: int) -> Params:
        """Past votes of the room (查询投票历史)."""
        return dict(room_id=room_id)

    @_op("create_vote", _model(CreatedVote))
    def create(
        self,
        room_id: int,
        *,
        question: str,
        option_a: str,
        option_b: str,
        duration: int,
        template_id: int | None = None,
        live_key: str | None = None,
        sub_session_key: str | None = None,
        visit_id: str | None = None,
    ) -> Params:
        """Start a vote (创建直播投票); duration is a whole number with 0 < duration < 10."""
        return dict(
            room_id=room_id,
            question=question,
            option_a=option_a,
            option_b=option_b,
            duration=duration,
            template_id=template_id,
            live_key=live_key,
            sub_session_key=sub_session_key,
            visit_id=visit_id,
        )

    @_op("terminate_vote", _nothing)
    def terminate(self, room_id: int, interaction_id: int, *, visit_id: str | None = None) -> Params:
        """End a running vote that this login created (中断直播投票)."""
        return dict(room_id=room_id, interaction_id=interaction_id, visit_id=visit_id)


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


class _WatchReportOps:
    """Video watch reports on api.bilibili.com."""

    @_op("report_history_progress", _nothing)
    def progress(
        self,
        aid: int,
        cid: int,
        *,
        progress: int | None = None,
        platform: str | None = None,
        access_key: str | None = None,
    ) -> Params:
        """Report watch progress in seconds (上报观看进度); with `access_key` the app mode, else the cookie mode."""
        return dict(aid=aid, cid=cid, progress=progress, platform=platform, access_key=access_key)

    @_op("report_web_heartbeat", _nothing)
    def heartbeat(
        self,
        *,
        aid: int | None = None,
        bvid: str | None = None,
        cid: int | None = None,
        epid: int | None = None,
        sid: int | None = None,
        mid: int | None = None,
        played_time: int | None = None,
        realtime: int | None = None,
        start_ts: int | None = None,
        type: VideoType | None = None,
        sub_type: SeriesType | None = None,
        dt: int | None = None,
        play_type: PlayType | None = None,
    ) -> Params:
        """Report a playback heartbeat (上报视频播放心跳); `aid` or `bvid` is required."""
        return dict(
            aid=aid,
            bvid=bvid,
            cid=cid,
            epid=epid,
            sid=sid,
            mid=mid,
            played_time=played_time,
            realtime=realtime,
            start_ts=start_ts,
            type=type,
            sub_type=sub_type,
            dt=dt,
            play_type=play_type,
        )


# -- sync and async classes -------------------------------------------------------------------


def _listed(answer: ReplayRecordList) -> list[ReplayRecord]:
    return [] if isinstance(answer.list_, Unset) else answer.list_


class Replays(SyncNamespace, _ReplayOps):
    def download(
        self,
        record_id: int,
        *,
        dest: dl.PathLike | None = None,
        on_progress: dl.StatusCallback | None = None,
        on_bytes: dl.BytesCallback | None = None,
        deadline: float = 600,
        poll_interval: float = 3,
        sleep: Callable[[float], None] = time.sleep,
        clock: Callable[[], float] = time.monotonic,
    ) -> list[str]:
        """Download a whole replay (下载整场直播回放的流程): the download URLs, and the file when `dest` is given.

        Requests the merge, polls the record's status every `poll_interval` seconds (each status
        goes to `on_progress`), and asks for the links when it is 30. Raises ReplayFailedError
        (status -30, with the server's toast), or ReplayDeadlineError when the merge is not done
        within `deadline` seconds (the file transfer is not bounded by it). With `dest` (a file, or
        a directory: the file is then named by download.filename_from_url), the file is streamed
        there from the first mirror that answers, resuming `<dest>.part` if an earlier attempt left
        one; `on_bytes(done, total)` reports it.
        """
        watch = dl.ReplayWatch(
            record_id, deadline=deadline, poll_interval=poll_interval, on_progress=on_progress, clock=clock
        )
        urls = dl.wait_for_replay(
            record_id,
            request=lambda rid: self.request_download(record_id=rid),
            poll=lambda rid: _listed(self.records(rid)),
            sleep=sleep,
            watch=watch,
        )
        if dest is not None:
            dl.download_first(self._client._http, urls, dest, on_bytes=on_bytes)
        return urls

    def download_file(self, url: str, dest: dl.PathLike, *, on_bytes: dl.BytesCallback | None = None) -> Path:
        """Stream one download URL to `dest` with the client's HTTP pool, resuming a partial file."""
        return dl.download_file(self._client._http, url, dest, on_bytes=on_bytes)


class AsyncReplays(AsyncNamespace, _ReplayOps):
    async def download(
        self,
        record_id: int,
        *,
        dest: dl.PathLike | None = None,
        on_progress: dl.StatusCallback | None = None,
        on_bytes: dl.BytesCallback | None = None,
        deadline: float = 600,
        poll_interval: float = 3,
        sleep: Callable[[float], Awaitable[None]] | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> list[str]:
        """Async twin of Replays.download; `sleep` defaults to asyncio.sleep."""
        import asyncio

        watch = dl.ReplayWatch(
            record_id, deadline=deadline, poll_interval=poll_interval, on_progress=on_progress, clock=clock
        )

        async def poll(rid: int) -> list[ReplayRecord]:
            return _listed(await self.records(rid))

        urls = await dl.await_replay(
            record_id,
            request=lambda rid: self.request_download(record_id=rid),
            poll=poll,
            sleep=sleep or asyncio.sleep,
            watch=watch,
        )
        if dest is not None:
            await dl.adownload_first(self._client._http, urls, dest, on_bytes=on_bytes)
        return urls

    async def download_file(self, url: str, dest: dl.PathLike, *, on_bytes: dl.BytesCallback | None = None) -> Path:
        """Async twin of Replays.download_file."""
        return await dl.adownload_file(self._client._http, url, dest, on_bytes=on_bytes)


class Slices(SyncNamespace, _SliceOps):
    pass


class AsyncSlices(AsyncNamespace, _SliceOps):
    pass


class Drafts(SyncNamespace, _DraftOps):
    pass


class AsyncDrafts(AsyncNamespace, _DraftOps):
    pass


class Highlights(SyncNamespace, _HighlightOps):
    pass


class AsyncHighlights(AsyncNamespace, _HighlightOps):
    pass


class Room(SyncNamespace, _RoomOps):
    pass


class AsyncRoom(AsyncNamespace, _RoomOps):
    pass


class Votes(SyncNamespace, _VoteOps):
    pass


class AsyncVotes(AsyncNamespace, _VoteOps):
    pass


class SilentUsers(SyncNamespace, _SilentUserOps):
    pass


class AsyncSilentUsers(AsyncNamespace, _SilentUserOps):
    pass


class WatchReports(SyncNamespace, _WatchReportOps):
    pass


class AsyncWatchReports(AsyncNamespace, _WatchReportOps):
    pass


NAMESPACES: dict[str, tuple[type[SyncNamespace], type[AsyncNamespace]]] = {
    "replays": (Replays, AsyncReplays),
    "slices": (Slices, AsyncSlices),
    "drafts": (Drafts, AsyncDrafts),
    "highlights": (Highlights, AsyncHighlights),
    "room": (Room, AsyncRoom),
    "votes": (Votes, AsyncVotes),
    "silent_users": (SilentUsers, AsyncSilentUsers),
    "watch_reports": (WatchReports, AsyncWatchReports),
}


def attach_sync(client: BiliClient) -> None:
    """Attach the sync namespaces to a BiliClient."""
    for name, (sync_cls, _) in NAMESPACES.items():
        setattr(client, name, sync_cls(client))


def attach_async(client: AsyncBiliClient) -> None:
    """Attach the async namespaces to an AsyncBiliClient."""
    for name, (_, async_cls) in NAMESPACES.items():
        setattr(client, name, async_cls(client))


def operation_methods() -> dict[str, list[str]]:
    """operationId -> the `namespace.method` names that call it, `iter_*` methods included."""
    found: dict[str, list[str]] = {}
    for name, (sync_cls, _) in NAMESPACES.items():
        for attr in sorted(dir(sync_cls)):
            member = inspect.getattr_static(sync_cls, attr)
            if isinstance(member, _Op | _Paged):
                found.setdefault(member.operation_id, []).append(f"{name}.{attr}")
    return found
