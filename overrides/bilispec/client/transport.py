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

Every call is bounded (limits.py): an overall deadline, retries and waits included; a cap on the
decoded body, read with a bounded inflater; a client-wide pause after risk control; optional pacing
per host. A redirect is followed only within the API's origins or to a host named in
`redirect_hosts`, and never with the cookie or a csrf value; any other redirect is an error.
Failures are raised outside the `except` that caught the httpx error, so no exception chain leads
back to an httpx request holding the Cookie header.

The sync and async transports differ only in `await` (_Call holds the rest); tests/test_twins.py runs both on the
same scripted exchanges.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable
from typing import Any, Generic, TypeVar

import httpx
import tenacity

from .._constants import EXT_DATA, EXT_ERROR, EXT_OPERATION
from ..core import errors
from ..core.description import Operation
from ._engine import Engine, transport_error
from .limits import BodyReader, Limits, Politeness
from .retries import RetryPolicy, idempotent, is_risk_control, tenacity_kwargs

_REDIRECTS = frozenset({301, 302, 303, 307, 308})
# Redirects followed for one call (by an httpx client with follow_redirects=True), at most: the API
# does not chain them, and a loop ends here with a BiliError rather than httpx's TooManyRedirects.
MAX_REDIRECTS = 5
_HOPS = "bilispec.redirects"  # a list shared by a request and the redirects httpx builds from it
# Headers that describe the body as it came over the wire, not as it is handed on (decoded).
_WIRE_HEADERS = ("content-encoding", "content-length", "transfer-encoding")
_TIMEOUT_KEYS = ("connect", "read", "write", "pool")

log = logging.getLogger("bilispec")

Inner = TypeVar("Inner", httpx.BaseTransport, httpx.AsyncBaseTransport)
Sleep = TypeVar("Sleep", Callable[[float], None], Callable[[float], Awaitable[None]])


def _answer(response: httpx.Response, request: httpx.Request, key: str, value: Any) -> httpx.Response:
    """A fresh, already-read response carrying the typed data or the error (the inner one is closed)."""
    return httpx.Response(
        response.status_code,
        headers=response.headers,
        content=response.content,
        request=request,
        extensions={**response.extensions, key: value},
    )


def _read_response(
    status: int, headers: list[tuple[str, str]], content: bytes, request: httpx.Request, extensions: dict[str, Any]
) -> httpx.Response:
    """What `httpx.Response(status, headers=..., content=content, ...)` builds (httpx 0.28, pinned), without
    passing the body through httpx's decoders once more: it is whole and decoded already. That pass
    (a generator chain per response) was a fifth of what the transport added to a small call."""
    response = httpx.Response(
        status, headers=headers, stream=httpx.ByteStream(content), request=request, extensions=extensions
    )
    if content and "content-length" not in response.headers:  # as httpx's encode_content adds it
        response.headers["Content-Length"] = str(len(content))
    response._content = content  # what Response.read() would have kept
    response.is_stream_consumed = True
    response.is_closed = True
    return response


def raise_failure(response: httpx.Response) -> None:
    """The client's last response hook: the error the transport judged, raised after every hook of
    the caller's own has seen the response (a recorder keeps error answers too)."""
    error = response.extensions.get(EXT_ERROR)
    if error is not None:
        # Without the frames that judged the answer: their locals hold the body as it came (a
        # server may echo a credential unnamed), and an error tracker prints frame locals.
        raise error.with_traceback(None)


async def araise_failure(response: httpx.Response) -> None:
    raise_failure(response)


def _origin(url: httpx.URL) -> str:
    return f"{url.scheme}://{url.netloc.decode('ascii')}"


class _Calls(Generic[Inner, Sleep]):
    """What the sync and async transports share: how they are made, deadlines, redirects,
    politeness. No I/O. `Inner` is the flavour's httpx transport class, `Sleep` its sleep."""

    def __init__(
        self,
        engine: Engine,
        inner: Inner | None = None,
        *,
        retry: RetryPolicy | None = None,
        sleep: Sleep | None = None,
        limits: Limits | None = None,
        politeness: Politeness | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        """`inner` sends what this transport prepared (by default a new httpx transport of the
        flavour); `sleep` waits (by default time.sleep, or asyncio.sleep for the async transport)."""
        new_inner, default_sleep = self._flavour()
        self.engine = engine
        self.inner: Inner = inner or new_inner()
        self.sleep: Sleep = sleep or default_sleep
        self.clock = clock
        self.retry = retry or RetryPolicy()
        self.limits = limits or Limits()
        self.politeness = politeness or Politeness(self.limits.requests_per_second, self.clock)

    def _flavour(self) -> tuple[Callable[[], Inner], Sleep]:
        """The flavour's httpx transport (made when none is given) and its sleep."""
        raise NotImplementedError

    def _deadline(self) -> float:
        return self.clock() + self.limits.deadline if self.limits.deadline is not None else float("inf")

    def _outbound(self, op: Operation, request: httpx.Request) -> httpx.Request:
        """The request as it goes out. One for another host (a redirect followed by httpx) goes only
        to a host named in redirect_hosts, without the cookie, and never for an operation with csrf."""
        if self.engine.ours(request.url):
            return self.engine.prepare(op, request)
        host = request.url.host
        if host not in self.limits.redirect_hosts:
            raise errors.APIConnectionError(
                f"refused to send to {host}: not an API host (a redirect? allow it with redirect_hosts=)",
                operation=op.operation_id,
            )
        if op.csrf_location and self.engine.credentials.bili_jct:
            raise errors.APIConnectionError(
                f"refused to send to {host}: the request carries csrf, which goes to the API's hosts only",
                operation=op.operation_id,
            )
        headers = [(k, v) for k, v in request.headers.multi_items() if k.lower() != "cookie"]
        return httpx.Request(
            request.method, request.url, headers=headers, content=request.content, extensions=request.extensions
        )

    def _timeouts(self, request: httpx.Request, deadline: float) -> None:
        """Each connect, read, write and pool wait ends by the call's deadline at the latest."""
        remaining = deadline - self.clock()
        if remaining <= 0:
            raise errors.APITimeoutError("the call's deadline passed", operation=request.extensions.get(EXT_OPERATION))
        if remaining == float("inf"):
            return
        given = request.extensions.get("timeout")
        if given:
            bounds = (given.get("connect"), given.get("read"), given.get("write"), given.get("pool"))
            if None not in bounds and max(bounds) <= remaining:
                return  # every timeout ends before the deadline already (the common case): nothing to cap
        timeout = dict(given or {})
        request.extensions["timeout"] = {
            k: remaining if timeout.get(k) is None else min(timeout[k], remaining) for k in _TIMEOUT_KEYS
        }

    def _polite_wait(self, op: Operation, request: httpx.Request, deadline: float) -> float:
        politeness = self.politeness
        if not politeness.interval and not politeness.paused_until:
            return 0.0  # no pacing and never paused (the common case): no lock, no clock
        wait = politeness.wait_before(request.url.host)
        if wait > 0 and self.clock() + wait > deadline:
            raise errors.APITimeoutError(
                f"the client is paused for {wait:.1f} s (risk control or pacing), past the call's deadline",
                operation=op.operation_id,
            )
        return wait

    def _reader(self, op: Operation, response: httpx.Response, deadline: float) -> BodyReader:
        # A response read already (an httpx.MockTransport's) is decoded already.
        encoding = "" if response.is_stream_consumed else response.headers.get("Content-Encoding", "")
        return BodyReader(encoding, self.limits.max_body_bytes, deadline, self.clock, op.operation_id)

    def _decoded(self, response: httpx.Response, request: httpx.Request, content: bytes) -> httpx.Response:
        headers = [(k, v) for k, v in response.headers.multi_items() if k.lower() not in _WIRE_HEADERS]
        # Extensions of its own: a success is handed on as this very response, its data added to them.
        return _read_response(response.status_code, headers, content, request, {**response.extensions})

    def _redirect(self, op: Operation, response: httpx.Response) -> httpx.Response | None:
        """A redirect httpx may follow (the answer as it is), or None when it is not a redirect.
        One to another host not named in redirect_hosts is an error on the response."""
        if response.status_code not in _REDIRECTS:
            return None
        location = response.headers.get("Location")
        if not location:
            return None
        try:
            target = response.request.url.join(location)
        except httpx.InvalidURL:
            target = None
        hops: list[int] = response.request.extensions.get(_HOPS, [])
        allowed = target is not None and (self.engine.ours(target) or target.host in self.limits.redirect_hosts)
        if not allowed:
            host = target.host if target is not None else "an invalid URL"
            reason = (
                f"a redirect to {host}, not an API host (cookies and csrf go to the API only; "
                "allow a host with redirect_hosts=)"
            )
        elif not idempotent(op):  # a 307/308 would send the write again
            reason = "a write is sent once and its redirect is not followed"
        elif len(hops) >= MAX_REDIRECTS:
            reason = f"more than {MAX_REDIRECTS} redirects for one call"
        else:
            hops.append(response.status_code)
            return response
        error = errors.APIStatusError(
            f"HTTP {response.status_code}: {reason}; refused", operation=op.operation_id, status=response.status_code
        )
        return _answer(response, response.request, EXT_ERROR, error)

    def _failed(self, error: errors.BiliError) -> None:
        """After risk control or HTTP 429, every call of this client waits, not only this one."""
        status = getattr(error, "status", None)
        if is_risk_control(error) or status == 429:
            retry_after = getattr(error, "retry_after", None)
            pause = (
                min(retry_after, self.retry.max_retry_after)
                if retry_after is not None
                else self.retry.risk_control_pause
            )
            log.warning(
                "%s: every call of this client pauses %.1f s (%s)", error.operation, pause, type(error).__name__
            )
            self.politeness.pause(pause)


class _Call:
    """One call's attempts: everything but the I/O, which the sync and async transports do alike.

    `failed` is the answer of the last attempt when it was judged a failure: handed back on the
    response (for the client's last hook to raise) rather than raised here."""

    def __init__(self, calls: _Calls[Any, Any], op: Operation, request: httpx.Request) -> None:
        self.calls, self.op = calls, op
        request.extensions.setdefault(_HOPS, [])  # copied by reference into the redirects httpx builds
        self.deadline = calls._deadline()
        self.prepared = calls._outbound(op, request)
        self.attempt = 0
        self.failed: httpx.Response | None = None
        self.first: errors.BiliError | None = None

    def begin(self) -> float:
        """A new attempt; the seconds to wait before it (pacing, or a pause after risk control)."""
        self.attempt += 1
        self.failed = None
        return self.calls._polite_wait(self.op, self.prepared, self.deadline)

    def started(self) -> float:
        """After the wait: the attempt's timeouts end by the deadline; the time it starts."""
        self.calls._timeouts(self.prepared, self.deadline)
        return time.perf_counter()

    def reader(self, raw: httpx.Response) -> BodyReader:
        return self.calls._reader(self.op, raw, self.deadline)

    def lost(self, exc: Exception, started: float) -> errors.BiliError:
        """Nothing usable came back: the error to raise (outside the except, so with no chain)."""
        error = transport_error(self.op, exc) if isinstance(exc, httpx.HTTPError) else exc
        assert isinstance(error, errors.BiliError)
        self.calls.engine.log_attempt(self.op, started, None, error, self.attempt)
        return error

    def judge(self, raw: httpx.Response, reader: BodyReader, started: float) -> httpx.Response:
        """The answer read whole: a redirect as it is, a success with its data, or a raised failure."""
        calls, op = self.calls, self.op
        response = calls._decoded(raw, self.prepared, reader.body())
        redirect = calls._redirect(op, response)
        if redirect is not None:
            return redirect
        try:
            data = calls.engine.interpret(op, response)
        except errors.BiliError as exc:
            calls.engine.log_attempt(op, started, response, exc, self.attempt)
            calls._failed(exc)
            self.failed = response
            raise
        calls.engine.log_attempt(op, started, response, None, self.attempt)
        response.extensions[EXT_DATA] = data  # the response is ours (_decoded): no copy needed
        return response

    def after_first(self, error: errors.BiliError) -> httpx.Response | None:
        """Most calls succeed at once: tenacity (~20 µs a call) only steps in after a failure, which
        it is handed as its own first attempt, so retries and waits are exactly as without this.
        None: retry; else the answer to hand back (or the error is raised)."""
        if self.calls.retry.may_retry(self.op, error):
            self.first = error
            return None
        if self.failed is not None:
            return _answer(self.failed, self.prepared, EXT_ERROR, error)
        raise error

    def replayed_first(self) -> None:
        """tenacity's first attempt: the failure that already happened."""
        if self.first is not None:
            error, self.first = self.first, None
            raise error

    def retry_kwargs(self) -> dict[str, Any]:
        return tenacity_kwargs(self.calls.retry, self.op, self.deadline, self.calls.clock)

    def after_last(self, error: errors.BiliError) -> httpx.Response:
        if self.failed is None:  # nothing came back (connection, timeout): nothing for hooks to see
            raise error
        return _answer(self.failed, self.prepared, EXT_ERROR, error)


class BiliTransport(_Calls[httpx.BaseTransport, Callable[[float], None]], httpx.BaseTransport):
    """Sends API requests through the engine's checks; everything else passes straight through."""

    def _flavour(self) -> tuple[Callable[[], httpx.BaseTransport], Callable[[float], None]]:
        return httpx.HTTPTransport, time.sleep

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        op = self.engine.match(request)
        if op is None:
            return self.inner.handle_request(request)
        call = _Call(self, op, request)

        def once() -> httpx.Response:
            wait = call.begin()
            if wait > 0:
                self.sleep(wait)
            started, lost = call.started(), None
            try:
                raw = self.inner.handle_request(call.prepared)
                try:
                    reader = call.reader(raw)
                    for chunk in [raw.content] if raw.is_stream_consumed else raw.iter_raw():
                        reader.feed(chunk)
                finally:
                    raw.close()
            except (httpx.HTTPError, errors.BiliError) as exc:  # BiliError: too large, past the deadline
                lost = call.lost(exc, started)
            if lost is not None:
                raise lost
            return call.judge(raw, reader, started)

        try:
            return once()
        except errors.BiliError as exc:
            settled = call.after_first(exc)
        if settled is not None:
            return settled

        def replay_then_once() -> httpx.Response:
            call.replayed_first()
            return once()

        try:
            return tenacity.Retrying(**call.retry_kwargs(), sleep=self.sleep)(replay_then_once)
        except errors.BiliError as exc:
            return call.after_last(exc)

    def close(self) -> None:
        self.inner.close()


class AsyncBiliTransport(
    _Calls[httpx.AsyncBaseTransport, Callable[[float], Awaitable[None]]], httpx.AsyncBaseTransport
):
    """The async twin of BiliTransport."""

    def _flavour(self) -> tuple[Callable[[], httpx.AsyncBaseTransport], Callable[[float], Awaitable[None]]]:
        return httpx.AsyncHTTPTransport, asyncio.sleep

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        op = self.engine.match(request)
        if op is None:
            return await self.inner.handle_async_request(request)
        call = _Call(self, op, request)

        async def once() -> httpx.Response:
            wait = call.begin()
            if wait > 0:
                await self.sleep(wait)
            started, lost = call.started(), None
            try:
                raw = await self.inner.handle_async_request(call.prepared)
                try:
                    reader = call.reader(raw)
                    if raw.is_stream_consumed:
                        reader.feed(raw.content)
                    else:
                        async for chunk in raw.aiter_raw():
                            reader.feed(chunk)
                finally:
                    await raw.aclose()
            except (httpx.HTTPError, errors.BiliError) as exc:
                lost = call.lost(exc, started)
            if lost is not None:
                raise lost
            return call.judge(raw, reader, started)

        try:
            return await once()
        except errors.BiliError as exc:
            settled = call.after_first(exc)
        if settled is not None:
            return settled

        async def replay_then_once() -> httpx.Response:
            call.replayed_first()
            return await once()

        try:
            return await tenacity.AsyncRetrying(**call.retry_kwargs(), sleep=self.sleep)(replay_then_once)
        except errors.BiliError as exc:
            return call.after_last(exc)

    async def aclose(self) -> None:
        await self.inner.aclose()
