"""The sync and async twins behave the same on the same scripted exchanges.

The I/O loops that exist twice (the transport's send-and-retry loop, `call()`, the namespace
methods, pagination) are driven here side by side: each script of answers (successes, error codes,
retryable failures, transport errors, bad bodies) goes to a BiliClient and to an AsyncBiliClient,
and what they send, how long they wait and what they return or raise must be identical.
"""

from __future__ import annotations

import asyncio
import json
from typing import Any

import httpx
from hypothesis import given, settings
from hypothesis import strategies as st

from bilispec import AsyncBiliClient, BiliClient, RetryPolicy
from bilispec.errors import BiliError

from .client_support import BILI_JCT, SESSDATA, Recorder, json_response, success_body, valid_params
from .conftest import report_figure

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
        "slept": [round(s, 2) for s in sleeps],  # pauses measured on the wall clock differ by microseconds
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
