"""Retries, counted at the transport: GET operations try again on failures that say "later may work",
POST operations never do. The client's _sleep is replaced by a recorder, so nothing waits."""

from __future__ import annotations

import asyncio
import time
from collections import Counter
from collections.abc import Callable
from email.utils import format_datetime
from typing import Any

import httpx
import pytest

from bilispec import errors
from bilispec.client._client import AsyncBiliClient, BiliClient
from bilispec.client.retries import RetryPolicy, idempotent
from bilispec.core.description import description

from ..client_support import (
    Recorder,
    assert_typed_data,
    async_client,
    get_operation_ids,
    json_response,
    post_operation_ids,
    success_body,
    sync_client,
    valid_params,
)

# Retries follow the description's x-bilispec-retry, not the method: the POSTs that only read retry.
GETS = [o for o in get_operation_ids() + post_operation_ids() if idempotent(description()[o])]
POSTS = [o for o in post_operation_ids() if not idempotent(description()[o])]
# The default (4 attempts, 0.5 s doubling to 8 s, up to 0.5 s jitter) without the client-wide pause
# after risk control, which has tests of its own (test_hardening_calls.py): here only retry waits count.
POLICY = RetryPolicy(risk_control_pause=0.0)


def _html(status: int, headers: dict[str, str] | None = None) -> httpx.Response:
    return httpx.Response(
        status, headers={"Content-Type": "text/html", **(headers or {})}, content=b"<html><body>busy</body></html>"
    )


# Retryable failures: (answer for the transport, class raised once attempts run out)
RETRYABLE: dict[str, tuple[Callable[[], Any], type[errors.BiliError]]] = {
    "connect-error": (lambda: httpx.ConnectError("[Errno 111] Connection refused"), errors.APIConnectionError),
    "read-timeout": (lambda: httpx.ReadTimeout("The read operation timed out"), errors.APITimeoutError),
    "http-500-json": (lambda: json_response({"code": -500, "message": "x"}, status=500), errors.APIStatusError),
    "http-502-html": (lambda: _html(502), errors.NonJSONResponseError),
    "http-412-html": (lambda: _html(412), errors.RiskControlError),  # risk control whatever the body
    "http-412-json": (lambda: json_response({"code": -412, "message": "x"}, status=412), errors.RiskControlError),
    "code-352": (lambda: json_response({"code": -352, "message": "风控校验失败"}), errors.RiskControlError),
    "code-412": (lambda: json_response({"code": -412, "message": "请求被拦截"}), errors.RiskControlError),
}
# Failures that later will not fix: never retried, even on GET.
FINAL: dict[str, tuple[Callable[[], Any], type[errors.BiliError]]] = {
    "code-101": (lambda: json_response({"code": -101, "message": "账号未登录"}), errors.NotLoggedInError),
    "code-400": (lambda: json_response({"code": -400, "message": "请求错误"}), errors.BadRequestError),
    "http-404-json": (lambda: json_response({"code": -404, "message": "啥都木有"}, status=404), errors.APIStatusError),
    "truncated-200": (
        lambda: httpx.Response(200, headers={"Content-Type": "application/json"}, content=b'{"code": 0, "da'),
        errors.NonJSONResponseError,
    ),
    "wrong-type-200": (lambda: json_response({"code": 0, "message": 0}), errors.ResponseValidationError),
}

# scenario -> Counter({requests the transport saw: calls}), for the figures
SEEN: dict[str, Counter[int]] = {}
DELAYS: dict[str, list[float]] = {}


def _seen(scenario: str, requests: int) -> None:
    SEEN.setdefault(scenario, Counter())[requests] += 1


def _client(recorder: Recorder, policy: RetryPolicy = POLICY) -> tuple[BiliClient, list[float]]:
    client = sync_client(recorder, retry=policy)
    delays: list[float] = []
    now = [time.monotonic()]

    def sleep(seconds: float) -> None:  # nothing waits; the client's clock moves on as if it had
        delays.append(seconds)
        now[0] += seconds

    client._sleep = sleep  # type: ignore[method-assign]
    client._clock = lambda: now[0]  # type: ignore[method-assign]
    return client, delays


def _run(client: BiliClient, operation_id: str) -> Any:
    try:
        return client.call(operation_id, **valid_params(operation_id))
    except errors.BiliError as exc:
        return exc


def _assert_backoff(delays: list[float], policy: RetryPolicy = POLICY) -> None:
    for attempt, delay in enumerate(delays, start=1):
        base = min(policy.initial_delay * 2 ** (attempt - 1), policy.max_delay)
        assert base <= delay <= base + policy.jitter, (
            f"retry {attempt}: {delay} s, expected {base}..{base + policy.jitter}"
        )


@pytest.mark.parametrize("failure", RETRYABLE)
@pytest.mark.parametrize("operation_id", GETS)
def test_get_retries_until_attempts_run_out(operation_id: str, failure: str) -> None:
    make, cls = RETRYABLE[failure]
    recorder = Recorder(make())
    client, delays = _client(recorder)
    outcome = _run(client, operation_id)
    assert type(outcome) is cls, repr(outcome)
    assert recorder.count == POLICY.max_attempts == 4
    assert len(delays) == POLICY.max_attempts - 1
    _assert_backoff(delays)
    _seen(f"GET, {len(RETRYABLE)} retryable failures, every attempt fails", recorder.count)


@pytest.mark.parametrize("failure", RETRYABLE)
@pytest.mark.parametrize("operation_id", GETS)
def test_get_succeeds_after_two_failures(operation_id: str, failure: str) -> None:
    make, _cls = RETRYABLE[failure]
    body = success_body(operation_id)
    recorder = Recorder(make(), make(), json_response(body))
    client, delays = _client(recorder)
    outcome = _run(client, operation_id)
    assert not isinstance(outcome, BaseException), repr(outcome)
    assert_typed_data(operation_id, outcome, body.get("data"))
    assert recorder.count == 3
    assert len(delays) == 2
    _seen("GET, two retryable failures then success", recorder.count)


@pytest.mark.parametrize("failure", [*RETRYABLE, *FINAL])
@pytest.mark.parametrize("operation_id", POSTS)
def test_post_is_never_retried(operation_id: str, failure: str) -> None:
    make, cls = {**RETRYABLE, **FINAL}[failure]
    recorder = Recorder(make(), json_response(success_body(operation_id)))
    client, delays = _client(recorder)
    outcome = _run(client, operation_id)
    assert type(outcome) is cls, repr(outcome)
    assert recorder.count == 1
    assert delays == []
    _seen(f"POST, {len(RETRYABLE) + len(FINAL)} kinds of failure", recorder.count)


@pytest.mark.parametrize("failure", FINAL)
@pytest.mark.parametrize("operation_id", ["get_vote_panel", "anchor_get_replay_list", "get_slice_stream"])
def test_get_does_not_retry_final_failures(operation_id: str, failure: str) -> None:
    make, cls = FINAL[failure]
    recorder = Recorder(make(), json_response(success_body(operation_id)))
    client, delays = _client(recorder)
    assert type(_run(client, operation_id)) is cls
    assert recorder.count == 1
    assert delays == []
    _seen(f"GET, {len(FINAL)} final failures (-101, -400, HTTP 404, bad JSON, wrong type)", recorder.count)


@pytest.mark.parametrize("max_attempts", [1, 2, 6])
def test_max_attempts_is_the_policys(max_attempts: int) -> None:
    policy = RetryPolicy(max_attempts=max_attempts, initial_delay=0.25, max_delay=1.0, jitter=0.0)
    recorder = Recorder(httpx.ReadTimeout("timed out"))
    client, delays = _client(recorder, policy)
    assert isinstance(_run(client, "get_vote_history"), errors.APITimeoutError)
    assert recorder.count == max_attempts
    assert delays == [min(0.25 * 2**i, 1.0) for i in range(max_attempts - 1)]


# ---------------------------------------------------------------------------------------------
# Retry-After


def _http_date(seconds_from_now: float) -> str:
    from datetime import UTC, datetime

    return format_datetime(datetime.fromtimestamp(time.time() + seconds_from_now, UTC), usegmt=True)


@pytest.mark.parametrize(
    "answer",
    [
        pytest.param(lambda h: json_response({"code": -503, "message": "x"}, status=503, headers=h), id="503-json"),
        pytest.param(lambda h: _html(503, h), id="503-html"),
        pytest.param(lambda h: _html(412, h), id="412-html"),
    ],
)
def test_retry_after_seconds_is_honoured(answer: Callable[[dict[str, str]], httpx.Response]) -> None:
    body = success_body("get_vote_history")
    recorder = Recorder(answer({"Retry-After": "3"}), answer({"Retry-After": "0"}), json_response(body))
    client, delays = _client(recorder)
    outcome = _run(client, "get_vote_history")
    assert not isinstance(outcome, BaseException), repr(outcome)
    assert recorder.count == 3
    assert delays == [3.0, 0.0]
    DELAYS["Retry-After: 3 then 0 (seconds)"] = delays


@pytest.mark.parametrize(
    "answer",
    [
        pytest.param(lambda h: json_response({"code": -503, "message": "x"}, status=503, headers=h), id="503-json"),
        pytest.param(lambda h: _html(503, h), id="503-html"),
    ],
)
def test_retry_after_http_date_is_honoured(answer: Callable[[dict[str, str]], httpx.Response]) -> None:
    recorder = Recorder(answer({"Retry-After": _http_date(6)}), answer({"Retry-After": _http_date(-60)}), answer({}))
    client, delays = _client(recorder, RetryPolicy(max_attempts=3))
    outcome = _run(client, "get_vote_history")
    assert isinstance(outcome, errors.APIStatusError | errors.NonJSONResponseError)
    assert recorder.count == 3
    assert 4.0 <= delays[0] <= 6.0  # whole seconds in the date, and the clock moved on a little
    assert delays[1] == 0.0  # a date in the past: try again at once
    DELAYS["Retry-After: HTTP-date 6 s ahead, then one in the past"] = [round(d, 1) for d in delays]


def test_retry_after_longer_than_the_policy_allows_is_raised_at_once() -> None:
    recorder = Recorder(json_response({"code": -503, "message": "x"}, status=503, headers={"Retry-After": "120"}))
    client, delays = _client(recorder)
    outcome = _run(client, "get_vote_history")
    assert isinstance(outcome, errors.APIStatusError)
    assert outcome.retry_after == 120.0
    assert recorder.count == 1
    assert delays == []


def test_unreadable_retry_after_falls_back_to_backoff() -> None:
    recorder = Recorder(json_response({"code": -503, "message": "x"}, status=503, headers={"Retry-After": "soon"}))
    client, delays = _client(recorder)
    assert isinstance(_run(client, "get_vote_history"), errors.APIStatusError)
    assert recorder.count == 4
    _assert_backoff(delays)


# ---------------------------------------------------------------------------------------------
# The async client follows the same rules.


def _async_run(recorder: Recorder, operation_id: str) -> tuple[Any, list[float]]:
    delays: list[float] = []

    async def record(seconds: float) -> None:
        delays.append(seconds)

    async def run() -> Any:
        client: AsyncBiliClient = async_client(recorder, retry=POLICY)
        client._sleep = record  # type: ignore[method-assign]
        async with client:
            try:
                return await client.call(operation_id, **valid_params(operation_id))
            except errors.BiliError as exc:
                return exc

    return asyncio.run(run()), delays


@pytest.mark.parametrize("failure", RETRYABLE)
def test_async_get_retries(failure: str) -> None:
    make, cls = RETRYABLE[failure]
    recorder = Recorder(make())
    outcome, delays = _async_run(recorder, "get_vote_panel")
    assert type(outcome) is cls
    assert recorder.count == 4
    _assert_backoff(delays)

    body = success_body("get_vote_panel")
    recorder = Recorder(make(), make(), json_response(body))
    outcome, delays = _async_run(recorder, "get_vote_panel")
    assert_typed_data("get_vote_panel", outcome, body["data"])
    assert recorder.count == 3 and len(delays) == 2


@pytest.mark.parametrize("failure", RETRYABLE)
def test_async_post_is_never_retried(failure: str) -> None:
    make, cls = RETRYABLE[failure]
    recorder = Recorder(make(), json_response(success_body("create_vote")))
    outcome, delays = _async_run(recorder, "create_vote")
    assert type(outcome) is cls
    assert recorder.count == 1 and delays == []
