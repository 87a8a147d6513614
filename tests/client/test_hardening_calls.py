"""The client against a misbehaving server on loopback (127.0.0.1; each test bounded by the
client's own timeouts and deadlines): a trickling body, a reset connection, 429 and 412 and 5xx
answers, a gzip bomb, a redirect to another host, and Set-Cookie in httpcore's DEBUG log. Each
answer is scripted per request.
"""

from __future__ import annotations

import gzip
import json
import logging
import socket
import struct
import threading
import time
import traceback
import zlib
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import httpx
import pytest

from bilispec.client._client import BiliClient
from bilispec.client.retries import RetryPolicy
from bilispec.core import errors

from ..client_support import success_body

SESSDATA = "f00dcafe%2C1790000000%2Cabc12*b1"
BILI_JCT = "0badc0de0badc0de0badc0de0badc0de"
FAST = RetryPolicy(initial_delay=0.0, max_delay=0.0, jitter=0.0, risk_control_pause=0.0)
Answer = Callable[[BaseHTTPRequestHandler], None]


def _json(body: Any, status: int = 200, headers: dict[str, str] | None = None) -> Answer:
    def answer(h: BaseHTTPRequestHandler) -> None:
        data = json.dumps(body).encode()
        h.send_response(status)
        for k, v in {"Content-Type": "application/json", **(headers or {})}.items():
            h.send_header(k, v)
        h.send_header("Content-Length", str(len(data)))
        h.end_headers()
        h.wfile.write(data)

    return answer


class Server:
    def __init__(self) -> None:
        self.script: list[Answer] = []
        self.seen: list[tuple[str, str, dict[str, str], bytes]] = []
        server = self

        class Handler(BaseHTTPRequestHandler):
            def _any(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                server.seen.append((self.command, self.path, dict(self.headers), self.rfile.read(length)))
                (server.script.pop(0) if server.script else _json({"code": -500, "message": "unscripted"}))(self)

            do_GET = do_POST = _any

            def log_message(self, *args: Any) -> None:
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.httpd.server_port}"
        # shutdown() returns at the loop's next poll: 0.5 s by default, at every test's teardown.
        threading.Thread(target=self.httpd.serve_forever, kwargs={"poll_interval": 0.01}, daemon=True).start()

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


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


def _client(server: Server, **kwargs: Any) -> BiliClient:
    options: dict[str, Any] = {"retry": FAST, "timeout": 2.0, **kwargs}
    return BiliClient(sessdata=SESSDATA, bili_jct=BILI_JCT, base_url=server.url, **options)


def _no_secret(text: str) -> None:
    for secret in (SESSDATA, BILI_JCT, SESSDATA[:12], BILI_JCT[:12]):
        assert secret not in text, text[:2000]


def test_a_trickling_server_is_bounded_by_the_deadline(server: Server) -> None:
    def trickle(h: BaseHTTPRequestHandler) -> None:
        h.send_response(200)
        h.send_header("Content-Type", "application/json")
        h.send_header("Content-Length", "1000")
        h.end_headers()
        try:
            for _ in range(100):  # 5 s at this pace, each read well under the 0.3 s read timeout
                h.wfile.write(b" ")
                h.wfile.flush()
                time.sleep(0.05)
        except OSError:
            pass

    server.script = [trickle]
    with _client(server, timeout=0.3, deadline=0.6) as client:
        started = time.monotonic()
        with pytest.raises(errors.APITimeoutError, match="deadline"):
            client.votes.history(room_id=1)
        assert time.monotonic() - started < 2.0


def test_a_reset_leaves_no_chain_and_no_cookie_in_frame_locals(server: Server) -> None:
    def reset(h: BaseHTTPRequestHandler) -> None:
        h.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))  # RST, not FIN
        h.connection.close()

    server.script = [reset]
    with (
        _client(server, retry=RetryPolicy(max_attempts=1)) as client,
        pytest.raises(errors.APIConnectionError) as caught,
    ):
        client.call("get_silent_user_list", room_id=1, ps=1)
    exc = caught.value
    assert exc.__cause__ is None and exc.__context__ is None
    shown = "".join(traceback.TracebackException.from_exception(exc, capture_locals=True).format())
    assert "SecretRequest(" in shown  # the request was in the locals to look at, its repr scrubbed
    _no_secret(shown)


def test_csrf_in_the_query_stays_out_of_frame_locals(server: Server) -> None:
    """fan_delete_slice_draft carries csrf in its URL: the requests in every frame print it scrubbed,
    whether the call came through call() or a generated operation function."""
    from bilispec_generated.api.replay import fan_delete_slice_draft
    from bilispec_generated.models import FanDeleteSliceDraftBody

    def reset(h: BaseHTTPRequestHandler) -> None:
        h.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        h.connection.close()

    server.script = [reset, reset]
    with _client(server, retry=RetryPolicy(max_attempts=1)) as client:
        attempts = [
            lambda: client.call("fan_delete_slice_draft", draft_id=1),
            lambda: fan_delete_slice_draft.sync(
                client=client.generated, csrf="", body=FanDeleteSliceDraftBody(draft_id=1)
            ),
        ]
        for attempt in attempts:
            with pytest.raises(errors.APIConnectionError) as caught:
                attempt()
            shown = "".join(traceback.TracebackException.from_exception(caught.value, capture_locals=True).format())
            assert "csrf=SCRUBBED" in shown  # the request was there to look at, scrubbed
            _no_secret(shown)


def test_429_is_retried_for_idempotent_operations_only(server: Server) -> None:
    busy = _json({"code": -429, "message": "too many"}, status=429, headers={"Retry-After": "0"})
    server.script = [busy, _json(success_body("get_silent_user_list"))]
    with _client(server) as client:
        client.call("get_silent_user_list", room_id=1, ps=1)  # a POST that only reads: retried
    assert len(server.seen) == 2
    server.seen.clear()
    server.script = [busy, _json(success_body("terminate_vote"))]
    with _client(server) as client, pytest.raises(errors.APIStatusError):
        client.call("terminate_vote", room_id=1, interaction_id=1)  # a write: sent once
    assert len(server.seen) == 1


def test_5xx_then_success_and_the_pause_after_risk_control(server: Server) -> None:
    server.script = [_json({"code": -500, "message": "x"}, status=502), _json(success_body("get_vote_history"))]
    with _client(server) as client:
        client.votes.history(room_id=1)
    server.script = [_json({"code": -412, "message": "请求被拦截"}), _json(success_body("get_vote_panel"))]
    with _client(server, retry=RetryPolicy(max_attempts=1, risk_control_pause=0.3)) as client:
        with pytest.raises(errors.RiskControlError):
            client.votes.history(room_id=1)
        started = time.monotonic()
        client.votes.panel(room_id=1)  # another operation: it waits too
        assert time.monotonic() - started >= 0.25


def test_pacing_spaces_requests_per_host(server: Server) -> None:
    server.script = [_json(success_body("get_vote_history")) for _ in range(3)]
    with _client(server, requests_per_second=10) as client:
        started = time.monotonic()
        for _ in range(3):
            client.votes.history(room_id=1)
        assert time.monotonic() - started >= 0.18  # three requests at 10 per second: two gaps of 0.1 s


def test_a_gzip_bomb_stops_at_the_body_cap(server: Server) -> None:
    bomb = _gzip_of_zeros(512)  # ~0.5 MB -> 512 MiB
    assert zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(bomb, 1 << 20) == bytes(1 << 20)  # it is gzip

    def answer(h: BaseHTTPRequestHandler) -> None:
        h.send_response(200)
        h.send_header("Content-Type", "application/json")
        h.send_header("Content-Encoding", "gzip")
        h.send_header("Content-Length", str(len(bomb)))
        h.end_headers()
        h.wfile.write(bomb)

    server.script = [answer]
    with (
        _client(server, retry=RetryPolicy(max_attempts=1)) as client,
        pytest.raises(errors.APIConnectionError, match="max_body_bytes"),
    ):
        client.votes.history(room_id=1)
    # and an honest gzip answer still reads
    server.script = [_gzip_answer(success_body("get_vote_history"))]
    with _client(server) as client:
        client.votes.history(room_id=1)


def _gzip_of_zeros(mib: int) -> bytes:
    """A valid gzip file of `mib` MiB of zeros, made from one compressed MiB repeated: a full flush
    ends each block without reference to the ones before it (compressing it all takes seconds)."""
    zeros = bytes(1 << 20)
    deflate = zlib.compressobj(9, zlib.DEFLATED, -zlib.MAX_WBITS)
    block = deflate.compress(zeros) + deflate.flush(zlib.Z_FULL_FLUSH)
    last = deflate.flush()
    crc = 0
    for _ in range(mib):
        crc = zlib.crc32(zeros, crc)
    header = b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x02\xff"  # gzip, deflate, no name, no mtime
    return header + block * mib + last + struct.pack("<II", crc, (mib << 20) & 0xFFFFFFFF)


def _gzip_answer(body: Any) -> Answer:
    def answer(h: BaseHTTPRequestHandler) -> None:
        data = gzip.compress(json.dumps(body).encode())
        h.send_response(200)
        h.send_header("Content-Type", "application/json")
        h.send_header("Content-Encoding", "gzip")
        h.send_header("Content-Length", str(len(data)))
        h.end_headers()
        h.wfile.write(data)

    return answer


@pytest.mark.parametrize("status", [302, 307, 308])
def test_a_redirect_to_another_host_is_refused(server: Server, foreign: Server, status: int) -> None:
    def redirect(h: BaseHTTPRequestHandler) -> None:
        h.send_response(status)
        h.send_header("Location", foreign.url + h.path)
        h.send_header("Content-Length", "0")
        h.end_headers()

    server.script = [redirect]
    foreign.script = [_json(success_body("terminate_vote"))]
    http = httpx.Client(follow_redirects=True, timeout=2.0)
    with _client(server, http_client=http) as client, pytest.raises(errors.APIStatusError) as caught:
        client.call("terminate_vote", room_id=1, interaction_id=1)
    http.close()
    assert "127.0.0.1" in str(caught.value) and "refused" in str(caught.value)
    assert foreign.seen == []  # nothing went there: no cookie, no csrf
    # Allowed by name: followed, but never with the cookie or a csrf value.
    server.script = [redirect]
    http = httpx.Client(follow_redirects=True, timeout=2.0)
    with _client(server, http_client=http, redirect_hosts={"127.0.0.1"}) as client, pytest.raises(errors.BiliError):
        client.call("terminate_vote", room_id=1, interaction_id=1)  # carries csrf: refused before sending
    http.close()
    assert foreign.seen == []


def test_httpcore_debug_logs_hold_no_set_cookie(server: Server, caplog: pytest.LogCaptureFixture) -> None:
    def answer(h: BaseHTTPRequestHandler) -> None:
        data = json.dumps(success_body("get_vote_history")).encode()
        h.send_response(200)
        h.send_header("Content-Type", "application/json")
        h.send_header("Set-Cookie", f"SESSDATA={SESSDATA}; Path=/; HttpOnly")
        h.send_header("Set-Cookie", f"bili_jct={BILI_JCT}; Path=/")
        h.send_header("Content-Length", str(len(data)))
        h.end_headers()
        h.wfile.write(data)

    server.script = [answer]
    with caplog.at_level(logging.DEBUG), _client(server) as client:
        client.votes.history(room_id=1)
    texts = [logging.Formatter().format(r) for r in caplog.records]
    assert any("Set-Cookie" in t for t in texts)  # httpcore did log the headers
    _no_secret("\n".join(texts))
