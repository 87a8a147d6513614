"""The sync and async twins behave the same on the same scripted exchanges.

The I/O loops that exist twice (the transport's send-and-retry loop, `call()`, the namespace
methods, pagination) are driven here side by side: each script of answers (successes, error codes,
retryable failures, transport errors, bad bodies) goes to a BiliClient and to an AsyncBiliClient,
and what they send, how long they wait and what they return or raise must be identical.
"""

from __future__ import annotations

import asyncio
import copy
import json
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

import httpx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bilispec import NO_RETRY, AsyncBiliClient, BiliClient, RetryPolicy
from bilispec.errors import BiliError

from ..client_support import BILI_JCT, SESSDATA, Recorder, json_response, success_body, valid_params
from ..conftest import report_figure
from .test_download import FILE, RECORD, Clock, Fake, Progress, async_client_for, client_for
from .test_live_workflows import MuteList

RETRY = RetryPolicy(max_attempts=3, initial_delay=0.25, jitter=0.0, risk_control_pause=0.0)  # no wall-clock waits

# What the server may do on one attempt.
ANSWERS: dict[str, Any] = {
    "success": lambda op: json_response(success_body(op)),
    "code -101": lambda op: json_response({"code": -101, "message": "账号未登录", "ttl": 1}),
    "code -352": lambda op: json_response({"code": -352, "message": "风控校验失败", "data": {"v_voucher": "v"}}),
    "code -400": lambda op: json_response({"code": -400, "message": "请求错误", "ttl": 1}),
    "HTTP 503": lambda op: httpx.Response(503, text="busy"),
    "HTTP 412": lambda op: httpx.Response(412, html="<html>blocked</html>"),
    "HTTP 429": lambda op: json_response({"code": -412}, status=429, headers={"Retry-After": "2"}),
    "not JSON": lambda op: httpx.Response(200, text="<html>"),
    "wrong type": lambda op: json_response({"code": 0, "message": "0", "ttl": 1, "data": "nope"}),
    "read timeout": lambda op: httpx.ReadTimeout("slow"),
    "connect error": lambda op: httpx.ConnectError("refused"),
}
OPERATIONS = ["get_vote_panel", "anchor_get_replay_list", "create_vote", "get_silent_user_list"]


def observed(recorder: Recorder, sleeps: list[float], outcome: Any) -> dict[str, Any]:
    return {
        "sent": [(r.method, str(r.url), r.headers.get("cookie"), r.content) for r in recorder.requests],
        "slept": sleeps,
        "outcome": outcome,
    }


def outcome_of(result: Any) -> Any:
    return result.to_dict() if hasattr(result, "to_dict") else result


def run_sync(operation_id: str, script: list[Any]) -> dict[str, Any]:
    recorder = Recorder(*script)
    sleeps: list[float] = []
    http = httpx.Client(transport=httpx.MockTransport(recorder))
    with BiliClient(sessdata=SESSDATA, bili_jct=BILI_JCT, retry=RETRY, http_client=http) as client:
        client._sleep = sleeps.append  # type: ignore[method-assign]
        client._clock = lambda: 1000.0  # type: ignore[method-assign]  # held: pauses measure alike
        try:
            outcome: Any = ("ok", outcome_of(client.call(operation_id, **valid_params(operation_id))))
        except BiliError as exc:
            outcome = (type(exc).__name__, str(exc))
    return observed(recorder, sleeps, outcome)


def run_async(operation_id: str, script: list[Any]) -> dict[str, Any]:
    recorder = Recorder(*script)
    sleeps: list[float] = []

    async def sleep(seconds: float) -> None:
        sleeps.append(seconds)

    async def go() -> Any:
        http = httpx.AsyncClient(transport=httpx.MockTransport(recorder.handle_async))
        async with AsyncBiliClient(sessdata=SESSDATA, bili_jct=BILI_JCT, retry=RETRY, http_client=http) as client:
            client._sleep = sleep  # type: ignore[method-assign]
            client._clock = lambda: 1000.0  # type: ignore[method-assign]
            try:
                return ("ok", outcome_of(await client.call(operation_id, **valid_params(operation_id))))
            except BiliError as exc:
                return (type(exc).__name__, str(exc))

    return observed(recorder, sleeps, asyncio.run(go()))


SCRIPTS = st.tuples(
    st.sampled_from(OPERATIONS),
    st.lists(st.sampled_from(sorted(ANSWERS)), min_size=1, max_size=4),
)
SEEN: dict[str, int] = {"scripts": 0, "retried": 0}


@settings(max_examples=120, deadline=None, derandomize=True)
@given(case=SCRIPTS)
def check_call_twins(case: tuple[str, list[str]]) -> None:
    operation_id, names = case
    script = [ANSWERS[name](operation_id) for name in names]
    sync_side = run_sync(operation_id, script)
    async_side = run_async(operation_id, [ANSWERS[name](operation_id) for name in names])
    assert sync_side == async_side, names
    SEEN["scripts"] += 1
    SEEN["retried"] += len(sync_side["sent"]) > 1


def test_call_twins_send_wait_and_answer_alike() -> None:
    check_call_twins()
    report_figure(
        f"twins: {SEEN['scripts']} scripted exchanges, sync and async alike "
        f"(sent, slept, returned or raised); {SEEN['retried']} of them retried"
    )
    assert SEEN["retried"] > 0  # the scripts reach the retry loop, not only the first attempt


def test_pagination_twins_ask_for_the_same_pages() -> None:
    """iter_all and its async twin walk the same pages and yield the same items."""
    pages = [success_body("anchor_get_replay_list") for _ in range(3)]
    for number, body in enumerate(pages, start=1):
        body["data"]["pagination"] = {"page": number, "page_size": 1, "total": 3}
        body["data"]["replay_info"] = body["data"]["replay_info"][:1]

    def answer(request: httpx.Request) -> httpx.Response:
        return json_response(pages[int(request.url.params.get("page", "1")) - 1])

    sync_recorder, async_recorder = Recorder(answer), Recorder(answer)
    with BiliClient(http_client=httpx.Client(transport=httpx.MockTransport(sync_recorder))) as client:
        sync_items = [item.to_dict() for item in client.replays.iter_all(page_size=1)]

    async def walk() -> list[Any]:
        http = httpx.AsyncClient(transport=httpx.MockTransport(async_recorder.handle_async))
        async with AsyncBiliClient(http_client=http) as client:
            return [item.to_dict() async for item in client.replays.iter_all(page_size=1)]

    async_items = asyncio.run(walk())
    assert sync_items == async_items and len(sync_items) == 3
    assert [str(r.url) for r in sync_recorder.requests] == [str(r.url) for r in async_recorder.requests]
    assert json.dumps(sync_items)  # plain data both ways


# -- flows and walks: methods of several calls (_drive/_adrive, _walk/_awalk) ------------------


def on_sync(answers: tuple[Any, ...], act: Callable[[BiliClient, list[Any]], Any]) -> dict[str, Any]:
    """`act(client, items)` on a BiliClient answered by `answers`: what was sent, gathered, returned or raised."""
    recorder = Recorder(*answers)
    items: list[Any] = []
    with BiliClient(
        sessdata=SESSDATA,
        bili_jct=BILI_JCT,
        retry=NO_RETRY,
        http_client=httpx.Client(transport=httpx.MockTransport(recorder)),
    ) as client:
        try:
            outcome: Any = ("ok", outcome_of(act(client, items)))
        except BiliError as exc:
            outcome = (type(exc).__name__, str(exc))
    return {**observed(recorder, [], outcome), "items": items}


def on_async(answers: tuple[Any, ...], act: Callable[[AsyncBiliClient, list[Any]], Awaitable[Any]]) -> dict[str, Any]:
    """The same on an AsyncBiliClient."""
    recorder = Recorder(*answers)
    items: list[Any] = []

    async def go() -> Any:
        http = httpx.AsyncClient(transport=httpx.MockTransport(recorder.handle_async))
        async with AsyncBiliClient(sessdata=SESSDATA, bili_jct=BILI_JCT, retry=NO_RETRY, http_client=http) as client:
            try:
                return ("ok", outcome_of(await act(client, items)))
            except BiliError as exc:
                return (type(exc).__name__, str(exc))

    return {**observed(recorder, [], asyncio.run(go())), "items": items}


def code(number: int) -> httpx.Response:
    return json_response({"code": number, "message": f"code {number}", "ttl": 1})


START_LIVE_SCRIPTS: dict[str, tuple[Any, ...]] = {
    "version, then live": (
        json_response(success_body("get_home_page_live_version")),
        json_response(success_body("start_live")),
    ),
    "version refused": (code(-101),),
    "identity to verify": (json_response(success_body("get_home_page_live_version")), code(60024)),
    "version not JSON": (httpx.Response(200, text="<html>"),),
    "live, connection lost": (json_response(success_body("get_home_page_live_version")), httpx.ConnectError("reset")),
}


@pytest.mark.parametrize("name", sorted(START_LIVE_SCRIPTS))
def test_flow_twins_step_alike(name: str) -> None:
    """start_live (a flow of two calls) and its async twin send, return and raise alike."""
    answers = START_LIVE_SCRIPTS[name]

    async def astart(client: AsyncBiliClient, items: list[Any]) -> Any:
        return await client.room.start_live(7, area_id=371)

    sync_side = on_sync(answers, lambda client, items: client.room.start_live(7, area_id=371))
    assert sync_side == on_async(answers, astart)
    assert len(sync_side["sent"]) == (1 if len(answers) == 1 else 2)


def test_flow_twins_choose_the_same_operation() -> None:
    """silent_users.remove picks its operation by argument on both clients; a wrong pair raises alike."""
    done = (json_response({"code": 0, "message": "", "msg": "", "data": []}),)
    for kwargs in ({"uid": 42}, {"record_id": 13493921}, {"record_id": 1, "uid": 2}):

        async def aremove(client: AsyncBiliClient, items: list[Any], kwargs: dict[str, Any] = kwargs) -> Any:
            return await client.silent_users.remove(7, **kwargs)

        assert on_sync(done, lambda client, items, kwargs=kwargs: client.silent_users.remove(7, **kwargs)) == on_async(
            done, aremove
        )


def mute_list(count: int, reading: str, fail_on_request: int | None = None) -> Any:
    server = MuteList(count, reading)

    def answer(request: httpx.Request) -> httpx.Response:
        if len(server.asked) + 1 == fail_on_request:
            server.asked.append(("failed", None))
            return code(-352)
        return server(request)

    return answer


@pytest.mark.parametrize("reading", ["ps", "pn"])
@pytest.mark.parametrize(("count", "fail_on_request"), [(0, None), (1, None), (23, None), (23, 2), (23, 3)])
def test_walk_twins_walk_alike(reading: str, count: int, fail_on_request: int | None) -> None:
    """silent_users.iter_all (a walk that finds out the paging) yields, sends and fails alike."""

    def walk(client: BiliClient, items: list[Any]) -> int:
        for record in client.silent_users.iter_all(7, visit_id="v"):
            items.append(record.id)
        return len(items)

    async def awalk(client: AsyncBiliClient, items: list[Any]) -> int:
        async for record in client.silent_users.iter_all(7, visit_id="v"):
            items.append(record.id)
        return len(items)

    sync_side = on_sync((mute_list(count, reading, fail_on_request),), walk)
    assert sync_side == on_async((mute_list(count, reading, fail_on_request),), awalk)
    assert (sync_side["outcome"][0] == "ok") == (fail_on_request is None)


# -- the replay download: the wait loops and the file loops -------------------------------------

DOWNLOAD_CASES: dict[str, dict[str, Any]] = {
    "merged at once": {},
    "polled until merged": {"answers": [2, 30], "polls": [2, 2, 30]},
    "links after the merge": {"answers": [2, 30], "polls": [30], "links_with_30": False},
    "merge failed": {"answers": [2], "polls": [-30]},
    "transient poll failures": {"answers": [2, 30], "polls": [30], "poll_failures": ["reset", "reset"]},
    "poll refused": {"answers": [2], "poll_failures": ["login"]},
    "past the deadline": {"answers": [2], "polls": [2]},
    "range ignored": {"cdn": "ignore-range", "partial": 5000},
    "resumed": {"partial": 5000},
    "already complete": {"partial": len(FILE)},
    "partial longer than the file": {"partial": len(FILE) + 10},
    "short body": {"cdn": "short"},
    "long body": {"cdn": "long"},
    "first mirror refuses": {"bad_hosts": {"upos-sz-mirrorali.bilivideo.com"}},
    "every mirror refuses": {"cdn": "403"},
}


def download_side(case: dict[str, Any], folder: Path, flavour: str) -> dict[str, Any]:
    settings_ = copy.deepcopy({k: v for k, v in case.items() if k != "partial"})  # the fake pops its lists
    fake, clock, progress = Fake(**settings_), Clock(), Progress()
    folder.mkdir()
    dest = folder / "replay.mp4"
    if "partial" in case:
        (folder / "replay.mp4.part").write_bytes((FILE + b"extra" * 10)[: case["partial"]])
    kwargs: dict[str, Any] = dict(
        dest=dest, on_progress=progress.status, on_bytes=progress.on_bytes, deadline=10, clock=clock
    )

    async def arun() -> list[str]:
        async with async_client_for(fake) as client:
            return await client.replays.download(RECORD, sleep=clock.asleep, **kwargs)

    try:
        if flavour == "sync":
            with client_for(fake) as client:
                outcome: Any = ("ok", client.replays.download(RECORD, sleep=clock.sleep, **kwargs))
        else:
            outcome = ("ok", asyncio.run(arun()))
    except BiliError as exc:
        outcome = (type(exc).__name__, str(exc))
    files = {p.name: p.read_bytes() for p in folder.iterdir()}
    ranges = [(str(r.url), r.headers.get("Range")) for r in fake.file_requests]
    return {
        "outcome": outcome,
        "api": fake.api_calls,
        "files": files,
        "ranges": ranges,
        "slept": clock.sleeps,
        "statuses": progress.statuses,
        "bytes": progress.bytes,
    }


@pytest.mark.parametrize("name", sorted(DOWNLOAD_CASES))
def test_download_twins_wait_and_write_alike(name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """replays.download (wait_for_replay/await_replay, download_first/adownload_first, download_file/
    adownload_file) polls, sleeps, requests ranges, writes files and fails alike on both clients."""
    for env in ("BILISPEC_BASE_URL", "BILI_SESSDATA", "BILI_JCT"):
        monkeypatch.delenv(env, raising=False)
    case = DOWNLOAD_CASES[name]
    sync_side = download_side(case, tmp_path / "sync", "sync")
    assert sync_side == download_side(case, tmp_path / "async", "async")
