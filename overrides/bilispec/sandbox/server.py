"""Run the sandbox: in the foreground (`make sandbox`), or in a thread for tests and the demo.

A served sandbox drops a connection whose request headers have not all arrived HEADER_TIMEOUT
seconds after it opened (or after its last answer): a client that sends half a request, or opens
connections and sends nothing, holds nothing for long. Bodies have their own bound (body.py:
BODY_TIMEOUT). 10 s is far more than any local client needs and short enough that a few hundred
stalled connections cost little.
"""

from __future__ import annotations

import asyncio
import logging
import os
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import h11
import uvicorn
from uvicorn.protocols.http.h11_impl import H11Protocol

from .._constants import ENV_SANDBOX_PORT as ENV_PORT
from .accounts import SANDBOX_BILI_JCT, SANDBOX_SESSDATA
from .app import create_app
from .control import CONTROL_PATH
from .request_log import LoggedRequest

DEFAULT_PORT = 8765
HOST = "127.0.0.1"
# A scripted reset or timeout ends an answer half-way on purpose; uvicorn would log each as an error.
_DROPPED = "ASGI callable returned without completing response"


class _QuietDrops(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        return _DROPPED not in record.getMessage()


logging.getLogger("uvicorn.error").addFilter(_QuietDrops())


HEADER_TIMEOUT = 10.0


class _TimedH11(H11Protocol):
    """uvicorn's h11 protocol with a deadline for each request's headers."""

    _header_timer: asyncio.TimerHandle | None = None

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        self._arm()

    def on_response_complete(self) -> None:
        super().on_response_complete()
        self._arm()

    def connection_lost(self, exc: Exception | None) -> None:
        if self._header_timer is not None:
            self._header_timer.cancel()
        super().connection_lost(exc)

    def _arm(self) -> None:
        if self._header_timer is not None:
            self._header_timer.cancel()
        self._header_timer = self.loop.call_later(HEADER_TIMEOUT, self._headers_due)

    def _headers_due(self) -> None:
        # IDLE: h11 has not seen a whole request line and headers since the timer was armed.
        if self.conn.their_state is h11.IDLE and not self.transport.is_closing():
            self.transport.close()


def default_port() -> int:
    return int(os.environ.get(ENV_PORT) or DEFAULT_PORT)


def _config(app: Any, host: str, port: int) -> uvicorn.Config:
    # No access log: JSON-bodied writes carry csrf in the query string (--log-requests prints scrubbed lines).
    return uvicorn.Config(
        app, host=host, port=port, log_level="warning", access_log=False, lifespan="off", http=_TimedH11
    )


def _print_request(entry: LoggedRequest) -> None:
    print(entry, flush=True)


def serve(host: str = HOST, port: int | None = None, app: Any = None, *, log_requests: bool = False) -> None:
    """Serve until interrupted; `log_requests` prints one line per call (secrets scrubbed)."""
    port = default_port() if port is None else port
    base_url = f"http://{host}:{port}"
    print(f"bilispec sandbox on {base_url} (Ctrl-C stops it)", flush=True)
    print(f"  BILISPEC_BASE_URL={base_url}", flush=True)
    print(f"  test account cookies (public, sandbox only): SESSDATA={SANDBOX_SESSDATA} bili_jct={SANDBOX_BILI_JCT}")
    print(
        f"  control: POST {base_url}{CONTROL_PATH}/reset, POST|GET|DELETE {CONTROL_PATH}/faults, "
        f"GET {CONTROL_PATH}/requests",
        flush=True,
    )
    app = app or create_app(log_requests=_print_request if log_requests else None)
    uvicorn.Server(_config(app, host, port)).run()


@contextmanager
def running(app: Any = None, host: str = HOST, port: int = 0) -> Iterator[str]:
    """Serve `app` (a fresh sandbox by default) in a thread; yields its base URL, stops on exit."""
    # IPPROTO_TCP, not 0: asyncio sets TCP_NODELAY only on sockets that say TCP, and without it every
    # answer's body waits ~40 ms for a delayed ACK.
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((host, port))
    server = uvicorn.Server(_config(app or create_app(), host, sock.getsockname()[1]))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True, name="bilispec-sandbox")
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise RuntimeError("the sandbox did not start")
        time.sleep(0.01)
    try:
        yield f"http://{host}:{sock.getsockname()[1]}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)
        sock.close()
