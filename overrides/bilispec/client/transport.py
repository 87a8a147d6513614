"""The one request path: the client's own send loop, over the httpx client's public `send()`.

As openai-python's `_base_client.py` does it: build the request, `http_client.send(request,
stream=True)`, read and judge the answer, then return the typed `data` or raise a BiliError, and
try again under the client's RetryPolicy when the failure says "later may work". httpx picks the
transport as it always does (a proxy from the environment, the caller's `mounts=`, `transport=`),
so every one of those carries cookies, checks and typed errors exactly like the default; nothing
of httpx's private state is read or written.

BiliClient's named methods and `call()` send through `Sender.send`. The generated operation
functions (through `BiliClient.generated`) send through `BiliTransport`, a transport of their own
httpx client that hands each request to the same `Sender.send` and returns the judged answer as a
plain response (or raises the BiliError): one path for both.

Every call is bounded (limits.py): an overall deadline, retries and waits included; a cap on the
decoded body, read with a bounded inflater; a client-wide pause after risk control; optional pacing
per host. A redirect is followed (when the httpx client follows redirects) only within the API's
origins or to a host named in `redirect_hosts`, and never with the cookie or a csrf value; any
other redirect is an error. Failures are raised outside the `except` that caught the httpx error,
so no exception chain leads back to an httpx request holding the Cookie header.

The sync and async senders differ only in `await` (_Call holds the rest): Sender.send is written from
AsyncSender.send by scripts/unasync.py, and tests/client/test_twins.py runs both on the same exchanges.
"""

from __future__ import annotations

import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

import httpx
import tenacity

from ..core import errors
from ..core.description import Operation
from ._engine import Engine, transport_error
from .limits import BodyReader, Limits, Politeness
from .retries import RetryPolicy, is_risk_control, tenacity_kwargs

_REDIRECTS = frozenset({301, 302, 303, 307, 308})
# Headers that describe the body as it came over the wire, not as it is handed on (decoded).
_WIRE_HEADERS = frozenset({"content-encoding", "content-length", "transfer-encoding"})
_TIMEOUT_KEYS = ("connect", "read", "write", "pool")

Http = TypeVar("Http", httpx.Client, httpx.AsyncClient)
Sleep = TypeVar("Sleep", Callable[[float], None], Callable[[float], Awaitable[None]])


@dataclass(slots=True)
class Answer:
    """A judged success: the raw response (closed; its headers as they came), the decoded body and
    the typed `data`."""

    raw: httpx.Response
    content: bytes
    data: Any

    def response(self, request: httpx.Request) -> httpx.Response:
        """The answer as a plain, already-read response (for the generated functions' httpx client)."""
        headers = [(k, v) for k, v in self.raw.headers.multi_items() if k.lower() not in _WIRE_HEADERS]
        return httpx.Response(self.raw.status_code, headers=headers, content=self.content, request=request)


def _origin(url: httpx.URL) -> str:
    return f"{url.scheme}://{url.netloc.decode('ascii')}"


class _Sender(Generic[Http, Sleep]):
    """What the sync and async senders share: deadlines, redirects, politeness. No I/O."""

    def __init__(
        self,
        engine: Engine,
        http: Http,
        *,
        sleep: Sleep,
        retry: RetryPolicy | None = None,
        limits: Limits | None = None,
        politeness: Politeness | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.engine = engine
        self.http: Http = http
        self.sleep: Sleep = sleep
        self.clock = clock
        self.retry = retry or RetryPolicy()
        self.limits = limits or Limits()
        self.politeness = politeness or Politeness(self.limits.requests_per_second, self.clock)

    def _deadline(self) -> float:
        return self.clock() + self.limits.deadline if self.limits.deadline is not None else float("inf")

    def _redirected(self, op: Operation, raw: httpx.Response) -> httpx.Request | None:
        """The next request of a redirect the httpx client follows, or None when it is no redirect.
        A redirect not followed, or to a host not named in redirect_hosts, is an error."""
        if raw.status_code not in _REDIRECTS or "Location" not in raw.headers:
            return None
        target = raw.next_request
        if not self.http.follow_redirects or target is None:
            raise errors.APIStatusError(
                f"HTTP {raw.status_code}: a redirect (follow_redirects is off)",
                operation=op.operation_id,
                status=raw.status_code,
            )
        if self.engine.ours(target.url):  # httpx dropped the cookie, as it does on every redirect
            return self.engine.with_login(target)
        host = target.url.host
        if host not in self.limits.redirect_hosts:
            raise errors.APIStatusError(
                f"HTTP {raw.status_code}: a redirect to {host}, not an API host; refused "
                "(cookies and csrf go to the API only; allow a host with redirect_hosts=)",
                operation=op.operation_id,
                status=raw.status_code,
            )
        if op.csrf_location and self.engine.credentials.bili_jct:
            raise errors.APIConnectionError(
                f"refused to send to {host}: the request carries csrf, which goes to the API's hosts only",
                operation=op.operation_id,
            )
        headers = [(k, v) for k, v in target.headers.multi_items() if k.lower() != "cookie"]
        return httpx.Request(target.method, target.url, headers=headers, content=target.content)

    def _timeouts(self, request: httpx.Request, deadline: float, operation: str | None = None) -> None:
        """Each connect, read, write and pool wait ends by the call's deadline at the latest."""
        remaining = deadline - self.clock()
        if remaining <= 0:
            raise errors.APITimeoutError("the call's deadline passed", operation=operation)
        if remaining == float("inf"):
            return
        given = request.extensions.get("timeout")
        if given:
            bounds = (given.get("connect"), given.get("read"), given.get("write"), given.get("pool"))
            if None not in bounds and max(bounds) <= remaining:
                return  # every timeout ends before the deadline already (the common case): nothing to cap
        timeout = dict(given or {})
        capped = {k: remaining if timeout.get(k) is None else min(timeout[k], remaining) for k in _TIMEOUT_KEYS}
        request.extensions = {**request.extensions, "timeout": capped}

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

    def _failed(self, error: errors.BiliError) -> None:
        """After risk control or HTTP 429, every call of this client waits, not only this one."""
        status = getattr(error, "status", None)
        if is_risk_control(error) or status == 429:
            retry_after = getattr(error, "retry_after", None)
            self.politeness.pause(
                min(retry_after, self.retry.max_retry_after)
                if retry_after is not None
                else self.retry.risk_control_pause
            )


class _Call:
    """One call's attempts: everything but the I/O, which the sync and async senders do alike."""

    def __init__(self, sender: _Sender[Any, Any], op: Operation, request: httpx.Request) -> None:
        self.sender, self.op = sender, op
        self.deadline = sender._deadline()
        self.request = request
        self.prepared = request
        self.attempt = 0
        self.hops = 0
        self.first: errors.BiliError | None = None

    def begin(self) -> float:
        """A new attempt (from the first request again); the seconds to wait before it."""
        self.attempt += 1
        self.prepared, self.hops = self.request, 0
        return self.sender._polite_wait(self.op, self.prepared, self.deadline)

    def started(self) -> float:
        """Before each send: its timeouts end by the deadline; the time it starts."""
        self.sender._timeouts(self.prepared, self.deadline, self.op.operation_id)
        return time.perf_counter()

    def reader(self, raw: httpx.Response) -> BodyReader:
        # A response read already (a hook of the caller's that read it, an httpx.MockTransport's) is decoded.
        encoding = "" if raw.is_stream_consumed else raw.headers.get("Content-Encoding", "")
        limits = self.sender.limits
        return BodyReader(encoding, limits.max_body_bytes, self.deadline, self.sender.clock, self.op.operation_id)

    def lost(self, exc: Exception, started: float) -> errors.BiliError:
        """Nothing usable came back: the error to raise (outside the except, so with no chain)."""
        error = transport_error(self.op, exc) if isinstance(exc, httpx.HTTPError) else exc
        assert isinstance(error, errors.BiliError)
        self.sender.engine.log_attempt(self.op, started, None, error, self.attempt)
        return error

    def judge(self, raw: httpx.Response, content: bytes, started: float) -> Answer | None:
        """The answer read whole: None for a redirect to follow (self.prepared is the next request),
        a success with its data, or a raised failure."""
        sender, op = self.sender, self.op
        try:
            following = sender._redirected(op, raw)
            if following is not None:
                self.hops += 1
                if self.hops > sender.http.max_redirects:
                    raise errors.APIStatusError(
                        f"more than {sender.http.max_redirects} redirects",
                        operation=op.operation_id,
                        status=raw.status_code,
                    )
                self.prepared = following
                return None
            data = sender.engine.interpret(op, raw, content)
        except errors.BiliError as exc:
            sender.engine.log_attempt(op, started, raw, exc, self.attempt)
            sender._failed(exc)
            raise
        sender.engine.log_attempt(op, started, raw, None, self.attempt)
        return Answer(raw, content, data)

    def after_first(self, error: errors.BiliError) -> None:
        """Most calls succeed at once: tenacity (~20 µs a call) only steps in after a failure, which
        it is handed as its own first attempt, so retries and waits are exactly as without this."""
        if not self.sender.retry.may_retry(self.op, error):
            raise error
        self.first = error

    def replayed_first(self) -> None:
        """tenacity's first attempt: the failure that already happened."""
        if self.first is not None:
            error, self.first = self.first, None
            raise error

    def retry_kwargs(self) -> dict[str, Any]:
        return tenacity_kwargs(self.sender.retry, self.op, self.deadline, self.sender.clock)


class Sender(_Sender[httpx.Client, Callable[[float], None]]):
    """BiliClient's send loop: checks done, sent with the caller's httpx.Client, judged, retried.
    Its `send` is AsyncSender.send without `await` (scripts/unasync.py writes it; make test checks)."""

    def send(self, op: Operation, request: httpx.Request) -> Answer:
        call = _Call(self, op, request)

        def once() -> Answer:
            wait = call.begin()
            if wait > 0:
                self.sleep(wait)
            while True:
                started, lost = call.started(), None
                try:
                    raw = self.http.send(call.prepared, stream=True, follow_redirects=False)
                    try:
                        reader = call.reader(raw)
                        if raw.is_stream_consumed:
                            reader.feed(raw.content)
                        else:
                            for chunk in raw.iter_raw():
                                reader.feed(chunk)
                    finally:
                        raw.close()
                except (httpx.HTTPError, errors.BiliError) as exc:  # BiliError: too large, past the deadline
                    lost = call.lost(exc, started)
                if lost is not None:
                    raise lost
                answer = call.judge(raw, reader.body(), started)
                if answer is not None:
                    return answer

        try:
            return once()
        except errors.BiliError as exc:
            call.after_first(exc)

        def replay_then_once() -> Answer:
            call.replayed_first()
            return once()

        return tenacity.Retrying(**call.retry_kwargs(), sleep=self.sleep)(replay_then_once)


class AsyncSender(_Sender[httpx.AsyncClient, Callable[[float], Awaitable[None]]]):
    """The async twin of Sender."""

    async def send(self, op: Operation, request: httpx.Request) -> Answer:
        call = _Call(self, op, request)

        async def once() -> Answer:
            wait = call.begin()
            if wait > 0:
                await self.sleep(wait)
            while True:
                started, lost = call.started(), None
                try:
                    raw = await self.http.send(call.prepared, stream=True, follow_redirects=False)
                    try:
                        reader = call.reader(raw)
                        if raw.is_stream_consumed:
                            reader.feed(raw.content)
                        else:
                            async for chunk in raw.aiter_raw():
                                reader.feed(chunk)
                    finally:
                        await raw.aclose()
                except (httpx.HTTPError, errors.BiliError) as exc:  # BiliError: too large, past the deadline
                    lost = call.lost(exc, started)
                if lost is not None:
                    raise lost
                answer = call.judge(raw, reader.body(), started)
                if answer is not None:
                    return answer

        try:
            return await once()
        except errors.BiliError as exc:
            call.after_first(exc)

        async def replay_then_once() -> Answer:
            call.replayed_first()
            return await once()

        return await tenacity.AsyncRetrying(**call.retry_kwargs(), sleep=self.sleep)(replay_then_once)


class BiliTransport(httpx.BaseTransport):
    """The transport of the generated functions' httpx client: each request for an operation is read
    back, checked and sent by the BiliClient's Sender; the answer comes back as a plain response, a
    failure as the BiliError. A request for anything else goes out through the caller's httpx client
    untouched (no cookie, no check)."""

    def __init__(self, sender: Sender) -> None:
        self.sender = sender

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        engine = self.sender.engine
        op = engine.match(request)
        if op is None:
            return self.sender.http.send(request, stream=True)
        return self.sender.send(op, engine.prepare(op, request)).response(request)


class AsyncBiliTransport(httpx.AsyncBaseTransport):
    """The async twin of BiliTransport, for AsyncBiliClient's generated functions."""

    def __init__(self, sender: AsyncSender) -> None:
        self.sender = sender

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        engine = self.sender.engine
        op = engine.match(request)
        if op is None:
            return await self.sender.http.send(request, stream=True)
        answer = await self.sender.send(op, engine.prepare(op, request))
        return answer.response(request)
