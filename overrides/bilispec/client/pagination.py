"""Iterate over every item of a paged list, sync or async, without asking for a page twice.

Each paged operation answers in its own shape (`pagination` object, inline `page`/`total`, or
`total_page`); a `Page` is the common view of one answer. The loop stops at the first of:

- an empty or null page;
- every item counted: the items seen reach `total`, or `page * page_size >= total` where
  page_size is the smallest size anyone claims (asked for, reported, or the largest page seen),
  so a server that reports a size it does not use cannot end the loop early;
- the last page by `total_page`;
- an answer for another page than the one asked for (a server clamping a page number past the end);
- `max_pages` pages read (a safety bound; logged).

Page numbers only go up, so no page is requested twice.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from bilispec_generated.models import (
    Draft,
    DraftList,
    Pagination,
    PublishedSlice,
    PublishedSliceList,
    ReplayInfo,
    ReplayList,
    SilentUser,
    SilentUserPage,
    VideoSlice,
    VideoSliceList,
)

log = logging.getLogger("bilispec")

T = TypeVar("T")

DEFAULT_MAX_PAGES = 1000


@dataclass(frozen=True)
class Page(Generic[T]):
    """One answer of a paged list; None where the answer does not say."""

    items: Sequence[T]
    total: int | None = None  # items over all pages
    page_size: int | None = None  # items per page, as reported
    total_pages: int | None = None
    page: int | None = None  # the page number the answer is for, as reported


def _paged(items: Any, pagination: Pagination | None) -> Page[Any]:
    p = pagination if isinstance(pagination, Pagination) else None
    return Page(
        items=items or [],
        total=p.total if p else None,
        page_size=p.page_size if p else None,
        page=p.page if p else None,
    )


def replay_page(data: ReplayList) -> Page[ReplayInfo]:
    """anchor_get_replay_list, get_other_slice_list."""
    return _paged(data.replay_info, data.pagination)


def draft_page(data: DraftList) -> Page[Draft]:
    """anchor_get_draft_list, fan_get_draft_list."""
    return _paged(data.draft_info, data.pagination)


def published_slice_page(data: PublishedSliceList) -> Page[PublishedSlice]:
    """get_published_list."""
    return _paged(data.slice_info, data.pagination)


def video_slice_page(data: VideoSliceList) -> Page[VideoSlice]:
    """anchor_get_video_slice_list: `page`, `page_size`, `total` inline."""
    return Page(
        items=data.list_ or [],
        total=data.total,
        page_size=data.page_size,
        page=data.page,
    )


def silent_user_page(data: SilentUserPage) -> Page[SilentUser]:
    """get_silent_user_list: `total` users over `total_page` pages, no page size."""
    return Page(items=data.data or [], total=data.total, total_pages=data.total_page)


class Cursor:
    """The stop rules, shared by the sync and async loops."""

    def __init__(self, *, first_page: int = 1, page_size: int | None = None, max_pages: int = DEFAULT_MAX_PAGES):
        if max_pages < 1:
            raise ValueError("max_pages must be at least 1")
        self.next_page: int | None = first_page
        self.page_size = page_size
        self.max_pages = max_pages
        self.pages_read = 0
        self.items_seen = 0
        self._largest_page = 0

    def accept(self, page_no: int, page: Page[T]) -> Sequence[T]:
        """The items of the answer for `page_no` to yield; sets `next_page` to None when done."""
        self.pages_read += 1
        self.next_page = None
        items = page.items
        if not items:
            return ()
        if page.page is not None and page.page != page_no:
            log.warning("asked for page %d, the server answered page %d: stopping", page_no, page.page)
            return ()
        self.items_seen += len(items)
        self._largest_page = max(self._largest_page, len(items))
        if self._finished(page_no, page):
            return items
        if self.pages_read >= self.max_pages:
            log.warning("stopped after max_pages=%d pages; more items may remain", self.max_pages)
            return items
        self.next_page = page_no + 1
        return items

    def _finished(self, page_no: int, page: Page[Any]) -> bool:
        if page.total_pages is not None and page_no >= page.total_pages:
            return True
        if page.total is None:
            return False
        sizes = [s for s in (self.page_size, page.page_size, self._largest_page) if s]
        return self.items_seen >= page.total or page_no * min(sizes) >= page.total


def paginate(fetch: Callable[[int], Page[T]], cursor: Cursor) -> Iterator[T]:
    """Every item, fetching the cursor's first page, then the next ones while the rules allow."""
    while (page_no := cursor.next_page) is not None:
        yield from cursor.accept(page_no, fetch(page_no))


async def apaginate(fetch: Callable[[int], Awaitable[Page[T]]], cursor: Cursor) -> AsyncIterator[T]:
    """Async twin of `paginate`."""
    while (page_no := cursor.next_page) is not None:
        for item in cursor.accept(page_no, await fetch(page_no)):
            yield item
