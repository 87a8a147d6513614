"""iter_* methods walk every page of the seven paged lists, sync and async, and stop at the right page.

A fake server pages a list of N items built from the recorded item of each operation, in the
operation's own answer shape, and can misbehave as servers do: report a page size it does not use,
leave out `total`, answer a page past the end with the last page again, or never end.
"""

from __future__ import annotations

import asyncio
import copy
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qsl

import httpx
import pytest

from bilispec import NO_RETRY, AsyncBiliClient, BiliClient, RequestValidationError
from bilispec.client.pagination import Cursor, Page
from bilispec.core.description import description

from ..conftest import load_recording, recording_files


@dataclass(frozen=True)
class Shape:
    method: str  # namespace.method of the iterator
    args: tuple[Any, ...]
    operation_id: str
    items_key: str  # where the items are in `data`
    id_key: str  # the item member that numbers the fake items
    style: str  # pagination | inline | silent
    default_size: int  # the iterator's page_size (the silent-user list has none: the server's)


SHAPES = [
    Shape("replays.iter_all", (), "anchor_get_replay_list", "replay_info", "replay_id", "pagination", 30),
    Shape("replays.iter_for_anchor", (1,), "get_other_slice_list", "replay_info", "replay_id", "pagination", 30),
    Shape("slices.iter_published", (), "anchor_get_video_slice_list", "list", "slice_id", "inline", 20),
    Shape("slices.iter_published_for_anchor", (1,), "get_published_list", "slice_info", "slice_id", "pagination", 20),
    Shape("drafts.iter_all", (), "anchor_get_draft_list", "draft_info", "id", "pagination", 30),
    Shape("drafts.iter_for_anchor", (1,), "fan_get_draft_list", "draft_info", "id", "pagination", 30),
    Shape("silent_users.iter_all", (10352053,), "get_silent_user_list", "data", "id", "silent", 20),
]


def _template(operation_id: str, items_key: str) -> dict[str, Any]:
    for path in recording_files():
        rec = load_recording(path)
        if rec["operation_id"] == operation_id and rec["response"]["body"]["code"] == 0:
            item: dict[str, Any] = rec["response"]["body"]["data"][items_key][0]
            return item
    raise LookupError(operation_id)


@dataclass
class Pager:
    """Pages `total` items. server_size: items per page it really uses (default: what was asked);
    reported_size: the page_size it reports; report_total, clamp (answer a page past the end with the
    last one), endless (always a full page, never a total)."""

    shape: Shape
    total: int
    server_size: int | None = None
    reported_size: int | None = None
    report_total: bool = True
    null_when_empty: bool = True
    clamp: bool = False
    endless: bool = False
    pages: list[int] = field(default_factory=list)
    forms: list[dict[str, str]] = field(default_factory=list)

    def __call__(self, request: httpx.Request) -> httpx.Response:
        op = description().find(request.method, request.url.path)
        assert op is not None and op.operation_id == self.shape.operation_id
        params = {**dict(request.url.params), **dict(parse_qsl(request.content.decode()))}
        self.forms.append(params)
        page = int(params["ps" if self.shape.style == "silent" else "page"])
        self.pages.append(page)
        asked = int(params.get("page_size", self.shape.default_size))
        size = self.server_size or asked
        last = max(1, -(-self.total // size))
        served = min(page, last) if self.clamp else page
        count = size if self.endless else max(0, min(size, self.total - (served - 1) * size))
        template = _template(self.shape.operation_id, self.shape.items_key)
        items = []
        for i in range(count):
            item = copy.deepcopy(template)
            item[self.shape.id_key] = (served - 1) * size + i
            items.append(item)
        return httpx.Response(200, json={"code": 0, "message": "0", "ttl": 1, "data": self.data(items, served, size)})

    def data(self, items: list[Any], page: int, size: int) -> dict[str, Any]:
        key = self.shape.items_key
        listed: Any = items or (None if self.null_when_empty and self.shape.style == "pagination" else [])
        total = None if self.endless or not self.report_total else self.total
        if self.shape.style == "silent":
            pages = -(-self.total // size)
            return {key: items, "total": self.total, "total_page": pages}
        paging = {"page": page, "page_size": self.reported_size or size}
        if total is not None:
            paging["total"] = total
        if self.shape.style == "inline":
            return {key: items, **paging}
        return {key: listed, "pagination": paging}


@pytest.fixture(autouse=True)
def _no_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("BILISPEC_BASE_URL", "BILI_SESSDATA", "BILI_JCT"):
        monkeypatch.delenv(name, raising=False)


def iterator(client: BiliClient | AsyncBiliClient, shape: Shape) -> Callable[..., Any]:
    namespace, name = shape.method.split(".")
    method: Callable[..., Any] = getattr(getattr(client, namespace), name)
    return method


def collect(pager: Pager, **kwargs: Any) -> list[int]:
    http = httpx.Client(transport=httpx.MockTransport(pager))
    with BiliClient(sessdata="s", bili_jct="j", retry=NO_RETRY, http_client=http) as client:
        items = iterator(client, pager.shape)(*pager.shape.args, **kwargs)
        return [getattr(item, pager.shape.id_key) for item in items]


def acollect(pager: Pager, **kwargs: Any) -> list[int]:
    async def run() -> list[int]:
        http = httpx.AsyncClient(transport=httpx.MockTransport(pager))
        async with AsyncBiliClient(sessdata="s", bili_jct="j", retry=NO_RETRY, http_client=http) as client:
            return [
                getattr(item, pager.shape.id_key)
                async for item in iterator(client, pager.shape)(*pager.shape.args, **kwargs)
            ]

    return asyncio.run(run())


@pytest.mark.parametrize("run", [collect, acollect], ids=["sync", "async"])
@pytest.mark.parametrize("shape", SHAPES, ids=lambda s: s.method)
def test_every_page_once(shape: Shape, run: Callable[..., list[int]]) -> None:
    total = shape.default_size * 2 + 5  # three pages, the last one short
    pager = Pager(shape, total=total)
    assert run(pager) == list(range(total))
    assert pager.pages == [1, 2, 3]


@pytest.mark.parametrize("shape", SHAPES, ids=lambda s: s.method)
def test_a_full_last_page_needs_no_extra_request(shape: Shape) -> None:
    pager = Pager(shape, total=shape.default_size * 2)
    assert len(collect(pager)) == shape.default_size * 2
    assert pager.pages == [1, 2]


@pytest.mark.parametrize("shape", [s for s in SHAPES if s.style != "silent"], ids=lambda s: s.method)
def test_without_total_an_empty_page_ends_it(shape: Shape) -> None:
    pager = Pager(shape, total=shape.default_size * 2 + 5, report_total=False)
    assert len(collect(pager)) == shape.default_size * 2 + 5
    assert pager.pages == [1, 2, 3, 4]


@pytest.mark.parametrize("shape", SHAPES, ids=lambda s: s.method)
def test_an_empty_list(shape: Shape) -> None:
    pager = Pager(shape, total=0)
    assert collect(pager) == []
    assert pager.pages == [1]


def test_page_size_is_sent_and_checked() -> None:
    pager = Pager(SHAPES[0], total=10)
    collect(pager, page_size=7)
    assert pager.forms[0]["page_size"] == "7"
    with pytest.raises(RequestValidationError, match="page_size"):
        collect(Pager(SHAPES[0], total=10), page_size=31)


def test_a_reported_page_size_that_is_not_used_does_not_end_early() -> None:
    drafts = SHAPES[4]  # the draft lists answer page_size 30 whatever was asked (NOTES.md)
    pager = Pager(drafts, total=25, reported_size=30)
    assert collect(pager, page_size=12) == list(range(25))
    assert pager.pages == [1, 2, 3]


def test_a_server_using_a_bigger_page_than_asked() -> None:
    drafts = SHAPES[4]
    pager = Pager(drafts, total=25, server_size=30)
    assert collect(pager, page_size=12) == list(range(25))
    assert pager.pages == [1]


def test_a_page_past_the_end_answered_with_the_last_page() -> None:
    replays = SHAPES[0]
    pager = Pager(replays, total=65, report_total=False, clamp=True)
    assert collect(pager) == list(range(65))  # nothing twice
    assert pager.pages == [1, 2, 3, 4]


@pytest.mark.parametrize("run", [collect, acollect], ids=["sync", "async"])
def test_max_pages_bounds_an_endless_list(run: Callable[..., list[int]], caplog: pytest.LogCaptureFixture) -> None:
    pager = Pager(SHAPES[0], total=0, endless=True)
    with caplog.at_level(logging.WARNING, logger="bilispec"):
        assert len(run(pager, max_pages=5)) == 5 * 30
    assert pager.pages == [1, 2, 3, 4, 5]
    assert "max_pages=5" in caplog.text


def test_silent_users_page_with_ps_and_total_page() -> None:
    shape = SHAPES[6]
    pager = Pager(shape, total=45, server_size=20)
    assert collect(pager) == list(range(45))
    assert [f["ps"] for f in pager.forms] == ["1", "2", "3"]
    assert all(f["room_id"] == "10352053" and f["csrf"] == "j" and f["csrf_token"] == "j" for f in pager.forms)
    assert all("page_size" not in f for f in pager.forms)


def test_iterators_are_lazy() -> None:
    pager = Pager(SHAPES[0], total=65)
    http = httpx.Client(transport=httpx.MockTransport(pager))
    with BiliClient(http_client=http, retry=NO_RETRY) as client:
        items = client.replays.iter_all()
        assert pager.pages == []
        next(items)
        assert pager.pages == [1]


def test_fan_side_iterators_send_the_anchor() -> None:
    pager = Pager(SHAPES[1], total=3)
    collect(pager, time_range=2, web_location="444.194")
    assert pager.forms == [
        {"live_uid": "1", "time_range": "2", "web_location": "444.194", "page": "1", "page_size": "30"}
    ]


def test_cursor_rules() -> None:
    with pytest.raises(ValueError, match="max_pages"):
        Cursor(max_pages=0)
    cursor = Cursor(page_size=10)
    assert list(cursor.accept(1, Page(items=[1] * 10, total=20, page_size=10))) == [1] * 10
    assert cursor.next_page == 2
    cursor.accept(2, Page(items=[1] * 10, total=20, page_size=10))
    assert cursor.next_page is None
    cursor = Cursor()
    assert list(cursor.accept(1, Page(items=[1, 2], total_pages=1))) == [1, 2]
    assert cursor.next_page is None
