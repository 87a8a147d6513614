"""Every way httpx can be told where to send carries the client's one request path.

A proxy from the environment, a caller's `mounts=` and a caller's `transport=` are picked by httpx
itself (the client only calls the public `send()`): through each of them a call carries the login
cookie, is checked before sending, and fails with the same typed error as through the default, for
the named methods and for the generated operation functions alike. Loopback only: the sandbox, and
a tiny HTTP proxy in front of it.
"""

from __future__ import annotations

import asyncio
import http.client
import threading
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import urlsplit

import httpx
import pytest
from bilispec_generated.api.vote import get_vote_panel

from bilispec import AsyncBiliClient, BiliClient
from bilispec.errors import NotLoggedInError, RequestValidationError
from bilispec.sandbox import SANDBOX_BILI_JCT, SANDBOX_ROOM_ID, SANDBOX_SESSDATA, running


class Proxy:
    """A forward HTTP proxy on loopback: keeps the Cookie header of each request it forwards."""

    def __init__(self) -> None:
        self.cookies: list[str | None] = []
        proxy = self

        class Handler(BaseHTTPRequestHandler):
            def _forward(self) -> None:
                target = urlsplit(self.path)  # absolute-form: the proxy is told the whole URL
                proxy.cookies.append(self.headers.get("Cookie"))
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else None
                upstream = http.client.HTTPConnection(target.hostname or "", target.port, timeout=5)
                path = target.path + (f"?{target.query}" if target.query else "")
                headers = {k: v for k, v in self.headers.items() if k.lower() not in ("proxy-connection", "connection")}
                upstream.request(self.command, path, body=body, headers=headers)
                answer = upstream.getresponse()
                data = answer.read()
                self.send_response(answer.status)
                for key, value in answer.getheaders():
                    if key.lower() not in ("transfer-encoding", "connection", "content-length"):
                        self.send_header(key, value)
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)
                upstream.close()

            do_GET = do_POST = _forward

            def log_message(self, *args: Any) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"

    def __enter__(self) -> Proxy:
        # shutdown() returns at the loop's next poll (0.5 s by default).
        threading.Thread(target=self.server.serve_forever, kwargs={"poll_interval": 0.01}, daemon=True).start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.shutdown()
        self.server.server_close()


class Recorder(httpx.BaseTransport):
    """A caller's own transport: keeps the Cookie header of each request, then sends it."""

    def __init__(self) -> None:
        self.cookies: list[str | None] = []
        self.inner = httpx.HTTPTransport()

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self.cookies.append(request.headers.get("Cookie"))
        return self.inner.handle_request(request)


@pytest.fixture(scope="module")
def sandbox_url() -> Iterator[str]:
    with running() as url:
        yield url


def _seen_like_the_default(make: Callable[..., BiliClient], seen: list[str | None], sandbox_url: str) -> None:
    """What every seam must do, as the default does: cookies, checks, typed errors, both paths."""
    with make(sessdata=SANDBOX_SESSDATA, bili_jct=SANDBOX_BILI_JCT) as client:
        panel = client.votes.panel(SANDBOX_ROOM_ID)
        assert panel is not None
        assert seen and f"SESSDATA={SANDBOX_SESSDATA}" in (seen[-1] or "")
        generated = get_vote_panel.sync(client=client.generated, room_id=SANDBOX_ROOM_ID)
        assert generated is not None and generated.code == 0
        assert len(seen) == 2 and f"SESSDATA={SANDBOX_SESSDATA}" in (seen[-1] or "")
        with pytest.raises(RequestValidationError, match="room_id"):
            client.call("get_vote_panel", room_id="not a number")
        with pytest.raises(RequestValidationError, match="room_id"):
            get_vote_panel.sync(client=client.generated, room_id="x")  # type: ignore[arg-type]
        assert len(seen) == 2  # refused before anything was sent
    with make(sessdata="not-a-login", bili_jct="x") as client:
        with pytest.raises(NotLoggedInError):
            client.votes.panel(SANDBOX_ROOM_ID)
        with pytest.raises(NotLoggedInError):
            get_vote_panel.sync(client=client.generated, room_id=SANDBOX_ROOM_ID)


def test_the_default(sandbox_url: str) -> None:
    """The reference: a client that makes its own httpx client, its requests seen by the sandbox's log."""
    seen: list[str | None] = []

    def make(**login: str) -> BiliClient:
        def keep(request: httpx.Request) -> None:
            seen.append(request.headers.get("Cookie"))

        http = httpx.Client(event_hooks={"request": [keep]})
        return BiliClient(base_url=sandbox_url, http_client=http, **login)

    _seen_like_the_default(make, seen, sandbox_url)


def test_a_proxy_from_the_environment(sandbox_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    with Proxy() as proxy:
        for name in ("NO_PROXY", "no_proxy", "ALL_PROXY", "all_proxy"):
            monkeypatch.delenv(name, raising=False)
        monkeypatch.setenv("HTTP_PROXY", proxy.url)
        _seen_like_the_default(lambda **login: BiliClient(base_url=sandbox_url, **login), proxy.cookies, sandbox_url)


def test_a_callers_mounts(sandbox_url: str) -> None:
    with Proxy() as proxy:

        def make(**login: str) -> BiliClient:
            http = httpx.Client(mounts={"http://": httpx.HTTPTransport(proxy=proxy.url)})
            return BiliClient(base_url=sandbox_url, http_client=http, **login)

        _seen_like_the_default(make, proxy.cookies, sandbox_url)


def test_a_callers_transport(sandbox_url: str) -> None:
    recorder = Recorder()

    def make(**login: str) -> BiliClient:
        return BiliClient(base_url=sandbox_url, http_client=httpx.Client(transport=recorder), **login)

    _seen_like_the_default(make, recorder.cookies, sandbox_url)


def test_the_async_client_through_a_callers_mounts(sandbox_url: str) -> None:
    """The async twin: the proxy sees the login, a bad argument is refused, an error code is typed."""

    async def scenario(proxy: Proxy) -> None:
        http = httpx.AsyncClient(mounts={"http://": httpx.AsyncHTTPTransport(proxy=proxy.url)})
        login = {"sessdata": SANDBOX_SESSDATA, "bili_jct": SANDBOX_BILI_JCT}
        async with AsyncBiliClient(base_url=sandbox_url, http_client=http, **login) as client:
            assert await client.votes.panel(SANDBOX_ROOM_ID) is not None
            answer = await get_vote_panel.asyncio(client=client.generated, room_id=SANDBOX_ROOM_ID)
            assert answer is not None and answer.code == 0
            with pytest.raises(RequestValidationError, match="room_id"):
                await client.call("get_vote_panel", room_id="x")
        assert len(proxy.cookies) == 2 and all(f"SESSDATA={SANDBOX_SESSDATA}" in (c or "") for c in proxy.cookies)
        other = httpx.AsyncClient(mounts={"http://": httpx.AsyncHTTPTransport(proxy=proxy.url)})
        async with AsyncBiliClient(base_url=sandbox_url, http_client=other, sessdata="nobody", bili_jct="x") as c:
            with pytest.raises(NotLoggedInError):
                await c.votes.panel(SANDBOX_ROOM_ID)
        await http.aclose()
        await other.aclose()

    with Proxy() as proxy:
        asyncio.run(scenario(proxy))
