"""WebSockets to the sandbox's ASGI app with no socket: for the in-process httpx transports.

httpx-ws opens a WebSocket by sending an upgrade request through an httpx client and talking
over the `network_stream` of the HTTP 101 answer. Here that stream is the server side of the
connection played by wsproto in front of the ASGI app: what the client writes becomes
`websocket.receive` messages, what the app sends becomes WebSocket frames to read. The async
stream runs the app as a task on the caller's loop; the sync one runs the same stream on a loop
of its own in a thread (httpx-ws reads a sync session from a thread of its own as well).
"""

from __future__ import annotations

import asyncio
import contextlib
import threading
from typing import Any

import httpcore
import httpx
import wsproto
from wsproto.events import (
    AcceptConnection,
    BytesMessage,
    CloseConnection,
    Ping,
    RejectConnection,
    TextMessage,
)

_GONE: dict[str, Any] = {"type": "bilispec.gone"}  # the app returned: reads end


def is_websocket(request: httpx.Request) -> bool:
    return str(request.headers.get("upgrade", "")).lower() == "websocket"


def _scope(request: httpx.Request) -> dict[str, Any]:
    url = request.url
    return {
        "type": "websocket",
        "asgi": {"version": "3.0"},
        "scheme": "wss" if url.scheme in ("https", "wss") else "ws",
        "path": url.path,
        "raw_path": url.raw_path.split(b"?", 1)[0],
        "query_string": url.query,
        "root_path": "",
        "headers": [(k.lower(), v) for k, v in request.headers.raw],
        "server": (url.host, url.port or (443 if url.scheme in ("https", "wss") else 80)),
        "client": ("127.0.0.1", 50000),
        "subprotocols": [],
        "extensions": {},
    }


class AppSocket(httpcore.AsyncNetworkStream):
    """The server side of one in-process WebSocket, on the running loop."""

    def __init__(self, app: Any, request: httpx.Request) -> None:
        self.app = app
        self.scope = _scope(request)
        self.server = wsproto.WSConnection(wsproto.ConnectionType.SERVER)
        self.server.initiate_upgrade_connection(request.headers.raw, request.url.raw_path)
        self.to_app: asyncio.Queue[dict[str, Any]] = asyncio.Queue()
        self.from_app: asyncio.Queue[dict[str, Any]] = asyncio.Queue()
        self.pending = b""  # bytes written by the server side, not yet read by the client
        self.closed = False
        self.task: asyncio.Task[None] | None = None

    async def _run(self) -> None:
        try:
            await self.app(self.scope, self.to_app.get, self.from_app.put)
        finally:
            await self.from_app.put(_GONE)

    async def open(self) -> httpx.Response:
        """Run the app's handshake: HTTP 101 with this stream, or the app's refusal."""
        self.task = asyncio.ensure_future(self._run())
        await self.to_app.put({"type": "websocket.connect"})
        message = await self.from_app.get()
        if message["type"] == "websocket.accept":
            accept = self.server.send(AcceptConnection(extra_headers=message.get("headers", [])))
            lines = accept.decode("latin-1").split("\r\n")[1:]
            headers = [(name, value) for name, _, value in (line.partition(": ") for line in lines if line)]
            return httpx.Response(101, headers=headers, extensions={"network_stream": self})
        self.server.send(RejectConnection(status_code=403))
        await self.aclose()
        return httpx.Response(403, content=b"the sandbox refused the WebSocket")

    async def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        while not self.pending and not self.closed:
            message = await self.from_app.get()
            kind = message["type"]
            if kind == "websocket.send":
                data = message.get("bytes")
                event: Any = BytesMessage(data) if data is not None else TextMessage(message.get("text") or "")
                self.pending += self.server.send(event)
            elif kind == "websocket.close":
                self.pending += self.server.send(CloseConnection(message.get("code", 1000), message.get("reason")))
                self.closed = True
            else:  # the app returned without closing: the connection is gone
                self.closed = True
        chunk, self.pending = self.pending[:max_bytes], self.pending[max_bytes:]
        return chunk

    async def write(self, buffer: bytes, timeout: float | None = None) -> None:
        with contextlib.suppress(wsproto.utilities.LocalProtocolError):
            self.server.receive_data(buffer)
        for event in self.server.events():
            if isinstance(event, BytesMessage):
                await self.to_app.put({"type": "websocket.receive", "bytes": bytes(event.data)})
            elif isinstance(event, TextMessage):
                await self.to_app.put({"type": "websocket.receive", "text": event.data})
            elif isinstance(event, Ping):
                self.pending += self.server.send(event.response())
            elif isinstance(event, CloseConnection):
                await self.to_app.put({"type": "websocket.disconnect", "code": event.code})

    async def aclose(self) -> None:
        self.closed = True
        await self.to_app.put({"type": "websocket.disconnect", "code": 1000})
        await self.from_app.put(_GONE)
        if self.task is not None and not self.task.done():
            with contextlib.suppress(asyncio.TimeoutError, asyncio.CancelledError):
                await asyncio.wait_for(asyncio.shield(self.task), 1.0)
            self.task.cancel()


async def open_websocket(app: Any, request: httpx.Request) -> httpx.Response:
    """For AsyncSandboxTransport: the app's answer to an upgrade request."""
    return await AppSocket(app, request).open()


class ThreadedAppSocket(httpcore.NetworkStream):
    """The sync twin: an AppSocket on an event loop of its own, in a thread."""

    def __init__(self, app: Any, request: httpx.Request) -> None:
        self.loop = asyncio.new_event_loop()
        self.thread = threading.Thread(target=self.loop.run_forever, daemon=True, name="bilispec-sandbox-ws")
        self.thread.start()
        self.socket: AppSocket = self._run(self._make(app, request))

    @staticmethod
    async def _make(app: Any, request: httpx.Request) -> AppSocket:
        return AppSocket(app, request)

    def _run(self, coroutine: Any) -> Any:
        future = asyncio.run_coroutine_threadsafe(coroutine, self.loop)
        while True:  # a loop stopped by close() in another thread never finishes the future
            try:
                return future.result(timeout=0.5)
            except TimeoutError:
                if not self.loop.is_running():
                    future.cancel()
                    return b""

    def open(self) -> httpx.Response:
        response: httpx.Response = self._run(self.socket.open())
        if response.status_code != 101:
            self.close()
            return response
        return httpx.Response(101, headers=response.headers, extensions={"network_stream": self})

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        if not self.loop.is_running():
            return b""
        data: bytes = self._run(self.socket.read(max_bytes))
        return data

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        if self.loop.is_running():
            self._run(self.socket.write(buffer))

    def close(self) -> None:
        if self.loop.is_running():
            self._run(self.socket.aclose())
            self.loop.call_soon_threadsafe(self.loop.stop)
            self.thread.join(timeout=5)


def open_websocket_sync(app: Any, request: httpx.Request) -> httpx.Response:
    """For SandboxTransport: the app's answer to an upgrade request."""
    return ThreadedAppSocket(app, request).open()
