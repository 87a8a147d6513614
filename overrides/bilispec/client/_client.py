"""The clients: BiliClient and AsyncBiliClient, one httpx client each, with the bilispec transport.

Every operation goes through the transport (transport.py): `call()` builds the request from checked
arguments, the named namespace methods are thin wrappers over `call()`, and `generated` hands the
generated operation functions a client on the same transport. A call:

1. checks the parameters against the description (nothing is sent when one is wrong);
2. fills `csrf`/`csrf_token` from bili_jct where the operation carries them;
3. sends to the operation's host (or to `base_url`, e.g. the local sandbox);
4. validates the JSON body against the description, `code` choosing success or error branch;
5. raises the error class for a non-zero `code`, or returns `data` as the generated model.
"""

from __future__ import annotations

import asyncio
import inspect
import time
from collections.abc import Callable
from typing import Any, Generic, TypeVar

import httpx
from bilispec_generated import Client as GeneratedClient

from .._constants import CONNECT_TIMEOUT, DEFAULT_API_ORIGIN, READ_TIMEOUT
from ..core.description import Description, Operation
from ..core.errors import BiliError
from ._engine import Engine, SecretRequest
from .auth import Credentials
from .limits import DEFAULT_DEADLINE, DEFAULT_MAX_BODY_BYTES, Limits, Politeness
from .namespaces import AsyncNamespaces, SyncNamespaces
from .retries import RetryPolicy
from .signing import AppKey
from .stream import AsyncStreaming, SyncStreaming
from .transport import Answer, AsyncBiliTransport, AsyncSender, BiliTransport, Sender

DEFAULT_TIMEOUT = httpx.Timeout(READ_TIMEOUT, connect=CONNECT_TIMEOUT)


class _OtherFlavour(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """The generated Client's other httpx client: a sync BiliClient's Client has no async side (and
    the reverse), rather than one that would send without cookies, checks or retries."""

    def __init__(self, hint: str) -> None:
        self.hint = hint

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        raise BiliError(self.hint)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        raise BiliError(self.hint)


def _generated(engine: Engine, sender: Sender | AsyncSender, timeout: Any) -> GeneratedClient:
    """A generated-package Client whose httpx client hands every request to `sender`: the same
    checks, cookies, errors and retries as `call()`, over the caller's own httpx client."""
    http = sender.http
    base_url = engine.base_url or DEFAULT_API_ORIGIN
    generated = GeneratedClient(base_url=base_url, timeout=timeout)
    if isinstance(sender, AsyncSender):
        hint = "the sync operation functions need BiliClient(...).generated; this is AsyncBiliClient's"
        bridge = AsyncBiliTransport(sender)
        generated.set_async_httpx_client(
            httpx.AsyncClient(transport=bridge, base_url=base_url, timeout=timeout, headers=http.headers)
        )
        generated.set_httpx_client(httpx.Client(transport=_OtherFlavour(hint)))
    else:
        hint = "the asyncio operation functions need AsyncBiliClient(...).generated; this is BiliClient's"
        generated.set_httpx_client(
            httpx.Client(transport=BiliTransport(sender), base_url=base_url, timeout=timeout, headers=http.headers)
        )
        generated.set_async_httpx_client(httpx.AsyncClient(transport=_OtherFlavour(hint)))
    return generated


H = TypeVar("H", httpx.Client, httpx.AsyncClient)


class _Client(Generic[H]):
    """What both clients are made of; BiliClient and AsyncBiliClient add only their flavour's I/O."""

    _http_class: type[H]  # httpx.Client or httpx.AsyncClient
    _sleep: Callable[[float], Any]  # time.sleep or asyncio.sleep, a method so tests can replace it

    def __init_subclass__(cls, **kwargs: Any) -> None:
        """help() and inspect.signature show the flavour's own httpx class for `http_client`."""
        super().__init_subclass__(**kwargs)
        sig = inspect.signature(_Client.__init__)
        named = f"httpx.{cls._http_class.__name__} | None"
        params = [p.replace(annotation=named) if p.name == "http_client" else p for p in sig.parameters.values()]
        cls.__signature__ = sig.replace(parameters=params[1:], return_annotation=inspect.Signature.empty)  # type: ignore[attr-defined]

    def __init__(
        self,
        *,
        sessdata: str | None = None,
        bili_jct: str | None = None,
        base_url: str | None = None,
        timeout: httpx.Timeout | float | None = DEFAULT_TIMEOUT,
        retry: RetryPolicy | None = None,
        http_client: H | None = None,
        description: Description | None = None,
        deadline: float | None = DEFAULT_DEADLINE,
        max_body_bytes: int = DEFAULT_MAX_BODY_BYTES,
        requests_per_second: float | None = None,
        redirect_hosts: frozenset[str] | set[str] | tuple[str, ...] = (),
        app_key: str | None = None,
        app_secret: str | None = None,
    ) -> None:
        creds = Credentials(sessdata, bili_jct) if (sessdata or bili_jct) else None
        self.limits = Limits(deadline, max_body_bytes, requests_per_second, frozenset(redirect_hosts))
        app = AppKey(app_key, app_secret) if app_key and app_secret else None
        self._engine = Engine(creds, base_url, description, app)
        self.retry = retry or RetryPolicy()
        self._timeout = timeout
        self._owns_http = http_client is None
        self._http: H = http_client or self._http_class(timeout=timeout)
        sleep, clock = (lambda s: self._sleep(s)), (lambda: self._clock())
        sender: Any = Sender if self._http_class is httpx.Client else AsyncSender
        self._sender: Any = sender(
            self._engine,
            self._http,
            sleep=sleep,
            retry=self.retry,
            limits=self.limits,
            politeness=Politeness(self.limits.requests_per_second, clock),
            clock=clock,
        )
        self._generated: GeneratedClient | None = None

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={self._engine.base_url!r}, credentials={self._engine.credentials!r})"

    def _request(self, operation_id: str, params: dict[str, Any]) -> tuple[Operation, SecretRequest]:
        """The checked request for an operation.

        Built here rather than by httpx's build_request, whose merging (base URL, the client's
        cookie jar) has nothing to do for an absolute URL with the login in its own Cookie header and
        cost a sixth of a call: the httpx client's own headers and timeout still apply."""
        op = self._engine.operation(operation_id)
        request = self._engine.outgoing(op, params, self._http.headers, {"timeout": self._http.timeout.as_dict()})
        return op, request

    @property
    def generated(self) -> GeneratedClient:
        """A `bilispec_generated.Client` on this client's transport, for the generated operation
        functions (`sync` on BiliClient's, `asyncio` on AsyncBiliClient's): `get_vote_panel.sync(
        client=client.generated, room_id=1)` goes out and comes back exactly as `client.votes.panel(1)`
        does (cookies, csrf, host, checks, errors, retries)."""
        if self._generated is None:
            self._generated = _generated(self._engine, self._sender, self._timeout)
        return self._generated

    def _clock(self) -> float:
        return time.monotonic()


class BiliClient(_Client[httpx.Client], SyncNamespaces, SyncStreaming):
    """Synchronous client for every operation of the description.

    >>> with BiliClient(sessdata="...", bili_jct="...") as client:
    ...     panel = client.call("get_vote_panel", room_id=123)
    ...     same = client.votes.panel(room_id=123)

    `http_client=` takes your own httpx.Client (its proxies, mounts, transport, hooks): every call is
    sent with its public `send()`, then checked, retried and judged here.
    `app_key=`/`app_secret=` (or BILI_APP_KEY / BILI_APP_SECRET) sign the streaming app's requests
    (going live, its version pair); bilispec ships no key pair.

    Bounds (docs/usage.md, "Errors and retries"): `deadline=` seconds for a whole call, retries
    included (default 30; `timeout=` bounds each read); `max_body_bytes=` the decoded size of an
    answer (16 MiB); `requests_per_second=` pacing per host (off); `redirect_hosts=` hosts other
    than the API's that a redirect may lead to (none; never with the cookie or csrf).
    """

    _http_class = httpx.Client

    def call(self, operation_id: str, **params: Any) -> Any:
        """Call an operation by its operationId with its documented parameters; returns typed `data`."""
        op, request = self._request(operation_id, params)
        return self._sender.send(op, request).data

    def call_answer(self, operation_id: str, **params: Any) -> Answer:
        """call(), but the whole judged answer: `.data` (what call() returns), `.content` (the body's
        bytes, for envelope members beside `data`, such as msg/send's `message`) and `.raw`."""
        op, request = self._request(operation_id, params)
        answer: Answer = self._sender.send(op, request)
        return answer

    def _sleep(self, seconds: float) -> None:
        time.sleep(seconds)

    def close(self) -> None:
        if self._owns_http:
            self._http.close()

    def __enter__(self) -> BiliClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class AsyncBiliClient(_Client[httpx.AsyncClient], AsyncNamespaces, AsyncStreaming):
    """Asynchronous twin of BiliClient, on one httpx.AsyncClient connection pool."""

    _http_class = httpx.AsyncClient

    async def call(self, operation_id: str, **params: Any) -> Any:
        """Call an operation by its operationId with its documented parameters; returns typed `data`."""
        op, request = self._request(operation_id, params)
        return (await self._sender.send(op, request)).data

    async def call_answer(self, operation_id: str, **params: Any) -> Answer:
        """call(), but the whole judged answer; see BiliClient.call_answer."""
        op, request = self._request(operation_id, params)
        answer: Answer = await self._sender.send(op, request)
        return answer

    async def _sleep(self, seconds: float) -> None:
        await asyncio.sleep(seconds)

    async def aclose(self) -> None:
        if self._owns_http:
            await self._http.aclose()

    async def __aenter__(self) -> AsyncBiliClient:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()
