"""The AsyncBiliClient against the loopback fault server of test_hardening_calls, each scenario run
with the BiliClient too: the same errors (class and message), the same requests on the wire, the
same waits. Trickle past the deadline, a reset connection, 429 with Retry-After for a read (retried)
and a write (not), 5xx then success, the client-wide pause after -352, a redirect to another host.
"""

from __future__ import annotations

import asyncio
import socket
import struct
import time
import traceback
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler
from typing import Any

import httpx
import pytest

from bilispec import AsyncBiliClient, BiliClient
from bilispec.client.retries import RetryPolicy
from bilispec.core import errors

from ..client_support import success_body
from .test_hardening_calls import BILI_JCT, FAST, SESSDATA, Answer, Server, _json, _no_secret

Step = Callable[[Any], Any]  # a client -> its result (sync) or a coroutine of it (async)


@pytest.fixture()
def server() -> Iterator[Server]:
    s = Server()
    yield s
    s.close()


@pytest.fixture()
def foreign() -> Iterator[Server]:
    s = Server()
    yield s
    s.close()


@dataclass
class Outcome:
    """What one flavour did: per step the error class ('' for success), its message and the seconds
    it took; the requests the server saw (method, path, body); the exceptions themselves."""

    steps: list[tuple[str, str]] = field(default_factory=list)
    seconds: list[float] = field(default_factory=list)
    wire: list[tuple[str, str, bytes]] = field(default_factory=list)
    raised: list[errors.BiliError] = field(default_factory=list)


def _options(server: Server, kwargs: dict[str, Any]) -> dict[str, Any]:
    return {"sessdata": SESSDATA, "bili_jct": BILI_JCT, "base_url": server.url, "retry": FAST, "timeout": 2.0, **kwargs}


def _note(out: Outcome, started: float, error: errors.BiliError | None) -> None:
    out.seconds.append(time.monotonic() - started)
    out.steps.append(("", "") if error is None else (type(error).__name__, str(error)))
    if error is not None:
        out.raised.append(error)


def run(
    flavour: str,
    server: Server,
    script: list[Answer],
    steps: list[Step],
    *,
    follow_redirects: bool = False,
    **kwargs: Any,
) -> Outcome:
    """The steps on one client of `flavour`, the server following `script` from empty."""
    server.script = list(script)
    server.seen.clear()
    out = Outcome()
    if flavour == "sync":
        http = httpx.Client(follow_redirects=True, timeout=2.0) if follow_redirects else None
        with BiliClient(**_options(server, {"http_client": http, **kwargs})) as client:
            for step in steps:
                started, error = time.monotonic(), None
                try:
                    step(client)
                except errors.BiliError as exc:
                    error = exc
                _note(out, started, error)
        if http is not None:
            http.close()
    else:

        async def go() -> None:
            http = httpx.AsyncClient(follow_redirects=True, timeout=2.0) if follow_redirects else None
            async with AsyncBiliClient(**_options(server, {"http_client": http, **kwargs})) as client:
                for step in steps:
                    started, error = time.monotonic(), None
                    try:
                        await step(client)
                    except errors.BiliError as exc:
                        error = exc
                    _note(out, started, error)
            if http is not None:
                await http.aclose()

        asyncio.run(go())
    out.wire = [(method, path, body) for method, path, _headers, body in server.seen]
    return out


def twins(server: Server, script: list[Answer], steps: list[Step], *, os_text: bool = False, **kwargs: Any) -> Outcome:
    """Run sync, then async, on the same script; they must agree; the async outcome. `os_text`: the
    messages end with the OS's words for a socket error, which only the sync stack passes on (anyio
    gives httpx an empty ReadError), so they are compared up to there."""
    sync = run("sync", server, script, steps, **kwargs)
    aio = run("async", server, script, steps, **kwargs)
    if os_text:
        assert [(k, m.split(": ")[:2]) for k, m in aio.steps] == [(k, m.split(": ")[:2]) for k, m in sync.steps]
    else:
        assert aio.steps == sync.steps
    assert aio.wire == sync.wire
    for raised in aio.raised:
        assert raised.__cause__ is None and raised.__context__ is None
        _no_secret(str(raised))
    return aio


def _trickle(h: BaseHTTPRequestHandler) -> None:
    h.send_response(200)
    h.send_header("Content-Type", "application/json")
    h.send_header("Content-Length", "1000")
    h.end_headers()
    try:
        for _ in range(100):  # 4 s at this pace, each read well under the 0.2 s read timeout
            h.wfile.write(b" ")
            h.wfile.flush()
            time.sleep(0.04)
    except OSError:
        pass


def _reset(h: BaseHTTPRequestHandler) -> None:
    h.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))  # RST, not FIN
    h.connection.close()


def test_a_trickle_is_cut_at_the_deadline(server: Server) -> None:
    out = twins(server, [_trickle], [lambda c: c.votes.history(room_id=1)], timeout=0.2, deadline=0.4)
    [(kind, message)] = out.steps
    assert kind == "APITimeoutError" and "deadline" in message
    assert 0.35 <= out.seconds[0] < 1.6
    assert len(out.wire) == 1


def test_a_reset_is_a_connection_error_with_no_cookie_in_frame_locals(server: Server) -> None:
    out = twins(
        server,
        [_reset],
        [lambda c: c.call("get_silent_user_list", room_id=1, ps=1)],
        retry=RetryPolicy(max_attempts=1),
        os_text=True,
    )
    assert out.steps[0][0] == "APIConnectionError"
    assert out.steps[0][1].startswith("get_silent_user_list: ReadError")
    exc = out.raised[0]
    assert exc.__traceback__ is not None
    inside = exc.__traceback__.tb_next  # the library's frames; the first is this test's runner
    shown = "".join(traceback.TracebackException(type(exc), exc, inside, capture_locals=True).format())
    assert "SecretRequest(" in shown  # the request was in the locals to look at, its repr scrubbed
    _no_secret(shown)


def test_429_then_success_retries_a_read_and_not_a_write(server: Server) -> None:
    busy = _json({"code": -429, "message": "too many"}, status=429, headers={"Retry-After": "0"})
    read = twins(
        server,
        [busy, _json(success_body("get_silent_user_list"))],
        [lambda c: c.call("get_silent_user_list", room_id=1, ps=1)],  # a POST that only reads
    )
    assert read.steps == [("", "")]
    assert len(read.wire) == 2 and read.wire[0] == read.wire[1]  # the same request again
    write = twins(
        server,
        [busy, _json(success_body("terminate_vote"))],
        [lambda c: c.call("terminate_vote", room_id=1, interaction_id=1)],
    )
    assert write.steps[0][0] == "APIStatusError" and "429" in write.steps[0][1]
    assert getattr(write.raised[0], "status", None) == 429
    assert len(write.wire) == 1  # sent once


def test_5xx_then_success(server: Server) -> None:
    out = twins(
        server,
        [_json({"code": -500, "message": "x"}, status=502), _json(success_body("get_vote_history"))],
        [lambda c: c.votes.history(room_id=1)],
    )
    assert out.steps == [("", "")]
    assert len(out.wire) == 2


def test_the_client_wide_pause_after_352(server: Server) -> None:
    out = twins(
        server,
        [_json({"code": -352, "message": "风控校验失败"}), _json(success_body("get_vote_panel"))],
        [lambda c: c.votes.history(room_id=1), lambda c: c.votes.panel(room_id=1)],  # another operation waits too
        retry=RetryPolicy(max_attempts=1, risk_control_pause=0.3),
    )
    assert out.steps[0][0] == "RiskControlError" and out.steps[1] == ("", "")
    assert out.seconds[0] < 0.25  # the failing call itself does not wait
    assert 0.27 <= out.seconds[1] < 1.3
    assert len(out.wire) == 2 and out.wire[0][1] != out.wire[1][1]  # each operation sent once


@pytest.mark.parametrize("status", [302, 307])
def test_a_redirect_to_another_host_is_refused(server: Server, foreign: Server, status: int) -> None:
    def redirect(h: BaseHTTPRequestHandler) -> None:
        h.send_response(status)
        h.send_header("Location", foreign.url + h.path)
        h.send_header("Content-Length", "0")
        h.end_headers()

    foreign.script = [_json(success_body("terminate_vote")) for _ in range(4)]
    call: Step = lambda c: c.call("terminate_vote", room_id=1, interaction_id=1)  # noqa: E731
    out = twins(server, [redirect], [call], follow_redirects=True)
    assert out.steps[0][0] == "APIStatusError"
    assert "127.0.0.1" in out.steps[0][1] and "refused" in out.steps[0][1]
    # Allowed by name: the operation is a write, whose redirect is never followed (sent once).
    allowed = twins(server, [redirect], [call], follow_redirects=True, redirect_hosts={"127.0.0.1"})
    assert allowed.steps[0][0] == "APIStatusError" and "sent once" in allowed.steps[0][1]
    assert foreign.seen == []  # nothing went there from either client: no cookie, no csrf
