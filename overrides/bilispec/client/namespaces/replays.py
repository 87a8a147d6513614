"""Whole live replays: lists, merge status, download links, the download workflow."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable, Iterable
from pathlib import Path
from typing import Annotated, Any, TypedDict, Unpack

from bilispec_generated.models import (
    ReplayDownload,
    ReplayList,
    ReplayRecord,
    ReplayRecordList,
    ReplayRecordSectionList,
)

from .. import download as dl
from .._keywords import Default, keywords
from ..pagination import DEFAULT_MAX_PAGES, replay_page
from ._base import (
    AsyncNamespace,
    Listed,
    ListSignatures,
    Paging,
    Params,
    SyncNamespace,
    TimeRange,
    _id_list,
    _lists,
    _model,
    _op,
    _sent,
    every_page,
    one_page,
)


class ReplayPageOptions(TypedDict, total=False):
    """Which page of another anchor's replays, of which last days."""

    time_range: TimeRange | None
    page: int | None
    page_size: int | None
    web_location: str | None


class ReplayPagingOptions(TypedDict, total=False):
    """Every page of another anchor's replays, of which last days."""

    time_range: TimeRange | None
    page_size: int
    web_location: str | None
    max_pages: Annotated[int, Default(DEFAULT_MAX_PAGES)]


def _one_page_for_anchor(self: Any, live_uid: int, **page: Unpack[ReplayPageOptions]) -> Params:
    return dict(live_uid=live_uid, **page)


def _every_page_for_anchor(self: Any, live_uid: int, **paging: Unpack[ReplayPagingOptions]) -> Paging:
    return Paging(live_uid=live_uid, **paging)


# The list methods: the shared definitions, but for another anchor's replays, which take a time range.
_REPLAY_LISTS = ListSignatures(one_page, _one_page_for_anchor, every_page, _every_page_for_anchor)
_REPLAYS = Listed(
    "anchor_get_replay_list",
    ReplayList,
    replay_page,
    page_doc="One page of your own live replays (获取直播回放列表); page_size at most 30.",
    items_doc="Every one of your own replays, page after page (anchor_get_replay_list).",
)
_REPLAYS_FOR_ANCHOR = Listed(
    "get_other_slice_list",
    ReplayList,
    replay_page,
    page_doc="One page of another anchor's replays (获取某位主播的回放列表); time_range 1/2/3: 3/7/14 days.",
    items_doc="Every replay of another anchor, page after page (get_other_slice_list).",
)


class _ReplayOps:
    """Whole live replays (直播回放): lists, merge status, download links."""

    list, list_for_anchor, iter_all, iter_for_anchor = _lists(
        _REPLAY_LISTS, _REPLAYS, _REPLAYS_FOR_ANCHOR, page_size=30
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
        return _sent(locals())


def _listed(answer: ReplayRecordList) -> list[ReplayRecord]:
    return answer.list_ or []


class _DownloadOptions(TypedDict, total=False):
    """What both flavours of download take; each adds its own sleep, then the clock (in that order)."""

    dest: dl.PathLike | None
    on_progress: dl.StatusCallback | None
    on_bytes: dl.BytesCallback | None
    deadline: Annotated[float, Default(600)]
    poll_interval: Annotated[float, Default(3)]
    if_exists: Annotated[dl.IfExists, Default("rename")]


class DownloadOptions(_DownloadOptions, total=False):
    """How Replays.download waits for the merge and where it writes the file."""

    sleep: Annotated[Callable[[float], None], Default(time.sleep)]
    clock: Annotated[Callable[[], float], Default(time.monotonic)]


class AsyncDownloadOptions(_DownloadOptions, total=False):
    """How AsyncReplays.download waits for the merge and where it writes the file."""

    sleep: Callable[[float], Awaitable[None]] | None
    clock: Annotated[Callable[[], float], Default(time.monotonic)]


def _watch(record_id: int, options: DownloadOptions | AsyncDownloadOptions) -> dl.ReplayWatch:
    return dl.ReplayWatch(
        record_id,
        deadline=options["deadline"],
        poll_interval=options["poll_interval"],
        on_progress=options["on_progress"],
        clock=options["clock"],
    )


class Replays(SyncNamespace, _ReplayOps):
    @keywords
    def download(self, record_id: int, **options: Unpack[DownloadOptions]) -> list[str]:
        """Download a whole replay (下载整场直播回放的流程): the download URLs, and the file when `dest` is given.

        Requests the merge, polls the record's status every `poll_interval` seconds (each status
        goes to `on_progress`), and asks for the links when it is 30. Raises ReplayFailedError
        (status -30, with the server's toast), or ReplayDeadlineError when the merge is not done
        within `deadline` seconds (the file transfer is not bounded by it). With `dest` (a file, or
        a directory: the file is then named by download.filename_from_url), the file is streamed
        there from the first mirror that answers, resuming `<dest>.part` if an earlier attempt left
        one; `on_bytes(done, total)` reports it. An existing file is never replaced: `if_exists`
        "rename" (the default) writes `name (1).ext` instead, "error" raises DownloadExistsError.
        """
        urls = dl.wait_for_replay(
            record_id,
            request=lambda rid: self.request_download(record_id=rid),
            poll=lambda rid: _listed(self.records(rid)),
            sleep=options["sleep"],
            watch=_watch(record_id, options),
        )
        dest = options["dest"]
        if dest is not None:
            dl.download_first(
                self._client._http, urls, dest, on_bytes=options["on_bytes"], if_exists=options["if_exists"]
            )
        return urls

    def download_file(
        self,
        url: str,
        dest: dl.PathLike,
        *,
        on_bytes: dl.BytesCallback | None = None,
        if_exists: dl.IfExists = "rename",
    ) -> Path:
        """Stream one download URL to `dest` with the client's HTTP pool, resuming a partial file.

        Returns the path written: never an existing file's (`name (1).ext` instead, or
        DownloadExistsError with `if_exists="error"`)."""
        return dl.download_file(self._client._http, url, dest, on_bytes=on_bytes, if_exists=if_exists)


class AsyncReplays(AsyncNamespace, _ReplayOps):
    @keywords
    async def download(self, record_id: int, **options: Unpack[AsyncDownloadOptions]) -> list[str]:
        """Async twin of Replays.download; `sleep` defaults to asyncio.sleep."""

        async def poll(rid: int) -> list[ReplayRecord]:
            return _listed(await self.records(rid))

        urls = await dl.await_replay(
            record_id,
            request=lambda rid: self.request_download(record_id=rid),
            poll=poll,
            sleep=options["sleep"] or asyncio.sleep,
            watch=_watch(record_id, options),
        )
        dest = options["dest"]
        if dest is not None:
            await dl.adownload_first(
                self._client._http, urls, dest, on_bytes=options["on_bytes"], if_exists=options["if_exists"]
            )
        return urls

    async def download_file(
        self,
        url: str,
        dest: dl.PathLike,
        *,
        on_bytes: dl.BytesCallback | None = None,
        if_exists: dl.IfExists = "rename",
    ) -> Path:
        """Async twin of Replays.download_file."""
        return await dl.adownload_file(self._client._http, url, dest, on_bytes=on_bytes, if_exists=if_exists)
