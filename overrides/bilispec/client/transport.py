"""The one request path: an httpx transport that every request to the API goes through.

httpx composes behaviour that wraps a request as a transport, and any httpx client can be given
one. BiliClient's named methods and `call()`, the generated operation functions (through
`BiliClient.generated`), and the `bilispec record` command all send through an httpx client whose
transport is this one, so hosts, cookies, csrf, request checks, response validation, typed errors,
retries and logging happen here and nowhere else.

A request for an operation (matched by method and path on the API's hosts) is prepared by the
engine, sent to the inner transport, read whole, and judged: a success comes back as a response
with the typed `data` in its extensions; anything else raises a BiliError. Failures that say "later
may work" are tried again under the client's RetryPolicy. Requests for anything else (replay files
on a CDN) pass through untouched: no cookie, no check.

A failure that came with an answer (an error code, a body that breaks the description) is not
raised here but handed back on the response, and the client's last response hook raises it: so
event hooks of the caller's own (a recorder, a HAR writer) see error answers as well.

The sync and async transports differ only in `await`; tests/test_transport_twins.py runs both on the
same scripted exchanges.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable
from typing import Any

import httpx
import tenacity

from .._constants import EXT_DATA, EXT_ERROR
from ..core import errors
from ..core.description import Operation
from ._engine import Engine, transport_error
from .retries import RetryPolicy, tenacity_kwargs


def _answer(response: httpx.Response, request: httpx.Request, key: str, value: Any) -> httpx.Response:
    """A fresh, already-read response carrying the typed data or the error (the inner one is closed)."""
    return httpx.Response(
        response.status_code,
        headers=response.headers,
        content=response.content,
        request=request,
        extensions={**response.extensions, key: value},
    )


def raise_failure(response: httpx.Response) -> None:
    """The client's last response hook: the error the transport judged, raised after every hook of
    the caller's own has seen the response (a recorder keeps error answers too)."""
    error = response.extensions.get(EXT_ERROR)
    if error is not None:
        raise error


async def araise_failure(response: httpx.Response) -> None:
    raise_failure(response)


class BiliTransport(httpx.BaseTransport):
    """Sends API requests through the engine's checks; everything else passes straight through."""

    def __init__(
        self,
        engine: Engine,
        inner: httpx.BaseTransport | None = None,
        *,
        retry: RetryPolicy | None = None,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.engine = engine
        self.inner = inner or httpx.HTTPTransport()
        self.retry = retry or RetryPolicy()
        self.sleep = sleep

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        op = self.engine.match(request)
        if op is None:
            return self.inner.handle_request(request)
        prepared = self.engine.prepare(op, request)
        attempt = 0
        failed: httpx.Response | None = None  # the answer of the last attempt, when it was judged a failure

        def once() -> httpx.Response:
            nonlocal attempt, failed
            attempt += 1
            failed = None
            started = time.perf_counter()
            response: httpx.Response | None = None
            try:
                response = self.inner.handle_request(prepared)
                try:
                    response.read()
                finally:
                    response.close()
                data = self.engine.interpret(op, response)
            except httpx.HTTPError as exc:
                error = transport_error(op, exc)
                self.engine.log_attempt(op, started, None, error, attempt)
                raise error from None
            except errors.BiliError as exc:
                self.engine.log_attempt(op, started, response, exc, attempt)
                failed = response
                raise
            self.engine.log_attempt(op, started, response, None, attempt)
            return _answer(response, prepared, EXT_DATA, data)

        # Most calls succeed at once: tenacity (~20 µs a call) only steps in after a failure, which
        # it is handed as its own first attempt, so retries and waits are exactly as without this.
        try:
            return once()
        except errors.BiliError as exc:
            first: errors.BiliError | None = exc
            if not self.retry.may_retry(op, exc) and failed is not None:
                return _answer(failed, prepared, EXT_ERROR, exc)

        def replay_then_once() -> httpx.Response:
            nonlocal first
            if first is not None:
                error, first = first, None
                raise error
            return once()

        retrying = tenacity.Retrying(**_retry_kwargs(self.retry, op), sleep=self.sleep)
        try:
            return retrying(replay_then_once)
        except errors.BiliError as exc:
            if failed is None:  # nothing came back (connection, timeout): nothing for hooks to see
                raise
            return _answer(failed, prepared, EXT_ERROR, exc)

    def close(self) -> None:
        self.inner.close()


class AsyncBiliTransport(httpx.AsyncBaseTransport):
    """The async twin of BiliTransport."""

    def __init__(
        self,
        engine: Engine,
        inner: httpx.AsyncBaseTransport | None = None,
        *,
        retry: RetryPolicy | None = None,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
    ) -> None:
        self.engine = engine
        self.inner = inner or httpx.AsyncHTTPTransport()
        self.retry = retry or RetryPolicy()
        self.sleep = sleep

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        op = self.engine.match(request)
        if op is None:
            return await self.inner.handle_async_request(request)
        prepared = self.engine.prepare(op, request)
        attempt = 0
        failed: httpx.Response | None = None

        async def once() -> httpx.Response:
            nonlocal attempt, failed
            attempt += 1
            failed = None
            started = time.perf_counter()
            response: httpx.Response | None = None
            try:
                response = await self.inner.handle_async_request(prepared)
                try:
                    await response.aread()
                finally:
                    await response.aclose()
                data = self.engine.interpret(op, response)
            except httpx.HTTPError as exc:
                error = transport_error(op, exc)
                self.engine.log_attempt(op, started, None, error, attempt)
                raise error from None
            except errors.BiliError as exc:
                self.engine.log_attempt(op, started, response, exc, attempt)
                failed = response
                raise
            self.engine.log_attempt(op, started, response, None, attempt)
            return _answer(response, prepared, EXT_DATA, data)

        try:  # tenacity only after a failure, as in BiliTransport
            return await once()
        except errors.BiliError as exc:
            first: errors.BiliError | None = exc
            if not self.retry.may_retry(op, exc) and failed is not None:
                return _answer(failed, prepared, EXT_ERROR, exc)

        async def replay_then_once() -> httpx.Response:
            nonlocal first
            if first is not None:
                error, first = first, None
                raise error
            return await once()

        retrying = tenacity.AsyncRetrying(**_retry_kwargs(self.retry, op), sleep=self.sleep)
        try:
            return await retrying(replay_then_once)
        except errors.BiliError as exc:
            if failed is None:
                raise
            return _answer(failed, prepared, EXT_ERROR, exc)

    async def aclose(self) -> None:
        await self.inner.aclose()


def _retry_kwargs(policy: RetryPolicy, op: Operation) -> dict[str, Any]:
    return tenacity_kwargs(policy, op.method)
