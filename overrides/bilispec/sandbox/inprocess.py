"""httpx transports that hand requests straight to the sandbox's ASGI app: no socket, no thread.

httpx.ASGITransport is async-only; `SandboxTransport` is its sync twin (each request runs the app
in a short event loop of its own), `AsyncSandboxTransport` the async one. Both turn a scripted
reset into httpx.ReadError and a scripted timeout into httpx.ReadTimeout, as a socket would.
"""

from __future__ import annotations

import asyncio
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import anyio
import httpx

from .app import FAULT_EXTENSION
from .faults import RESET, TIMEOUT
from .stream.inprocess import is_websocket, open_websocket, open_websocket_sync


async def call_app(app: Any, request: httpx.Request, body: bytes) -> httpx.Response:
    """Send one request through an ASGI app and collect its answer."""
    fault: dict[str, str] = {}
    url = request.url
    scope = {
        "type": "http",
        "asgi": {"version": "3.0"},
        "http_version": "1.1",
        "method": request.method,
        "scheme": url.scheme,
        "path": url.path,
        "raw_path": url.raw_path.split(b"?", 1)[0],
        "query_string": url.query,
        "root_path": "",
        "headers": [(k.lower(), v) for k, v in request.headers.raw],
        "server": (url.host, url.port or (443 if url.scheme == "https" else 80)),
        "client": ("127.0.0.1", 50000),
        "extensions": {FAULT_EXTENSION: fault},
    }
    sent_body = False
    status = 500
    headers: list[tuple[bytes, bytes]] = []
    parts: list[bytes] = []

    async def receive() -> dict[str, Any]:
        nonlocal sent_body
        if not sent_body:
            sent_body = True
            return {"type": "http.request", "body": body, "more_body": False}
        return {"type": "http.disconnect"}  # the caller has its answer, or gave up

    async def send(message: dict[str, Any]) -> None:
        nonlocal status, headers
        if message["type"] == "http.response.start":
            status, headers = message["status"], list(message.get("headers", []))
        elif message["type"] == "http.response.body":
            parts.append(message.get("body", b""))

    await app(scope, receive, send)
    if fault.get("kind") == RESET:
        raise httpx.ReadError("the sandbox reset the connection (a scripted fault)", request=request)
    if fault.get("kind") == TIMEOUT:
        raise httpx.ReadTimeout("the sandbox did not answer in time (a scripted fault)", request=request)
    return httpx.Response(status, headers=headers, content=b"".join(parts), request=request)


def _in_running_loop() -> bool:
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return False
    return True


class SandboxTransport(httpx.BaseTransport):
    """For httpx.Client: `httpx.Client(transport=SandboxTransport(app), base_url=...)`."""

    def __init__(self, app: Any) -> None:
        self.app = app

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if is_websocket(request):  # the message stream (httpx-ws): served on a loop of its own
            return open_websocket_sync(self.app, request)
        body = request.read()
        if _in_running_loop():  # a sync client called from async code: run the app beside that loop
            with ThreadPoolExecutor(max_workers=1) as pool:
                return pool.submit(anyio.run, call_app, self.app, request, body).result()
        return anyio.run(call_app, self.app, request, body)


class AsyncSandboxTransport(httpx.AsyncBaseTransport):
    """For httpx.AsyncClient."""

    def __init__(self, app: Any) -> None:
        self.app = app

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if is_websocket(request):  # the message stream (httpx-ws)
            return await open_websocket(self.app, request)
        return await call_app(self.app, request, await request.aread())
