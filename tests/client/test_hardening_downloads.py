"""Replay file downloads against hostile servers, sync and async, on httpx.MockTransport and on a
loopback server (127.0.0.1): server-chosen names that try to escape the destination, destinations
that cannot be written, transfers that stall, sizes that differ from what was announced, and signed
URL parts kept out of every error. Whatever happens, only BiliErrors come out, with no chain.
"""

from __future__ import annotations

import asyncio
import logging
import os
import socket
import struct
import threading
import time
import traceback
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler
from pathlib import Path
from typing import Any
from urllib.parse import quote

import httpx
import pytest

from bilispec import AsyncBiliClient, BiliClient
from bilispec.client import download as dl
from bilispec.core import errors

from .test_hardening_calls import Server

FILE = bytes(range(256)) * 8  # 2048 bytes
SIGNATURE = "0f1e2d3c4b5a69788796a5b4c3d2e1f0"
SIGNED = f"?deadline=1747682306&gen=record2vod&os=upos&uparams=deadline,gen,os&upsig={SIGNATURE}"
# Sent with every file: a name the client must not take (it names files after the URL only).
HOSTILE_DISPOSITION = "attachment; filename=\"../../cd-escape.mp4\"; filename*=UTF-8''..%2F..%2Fcd%00escape.mp4"
Answer = Callable[[BaseHTTPRequestHandler], None]
FLAVOURS = ["sync", "async"]
# httpx's default TLS context, made once: each client would load the CA bundle again (35 ms).
TLS = httpx.create_ssl_context()


# -- the two ways to serve, the two ways to download -------------------------------------------


@pytest.fixture()
def release() -> Iterator[threading.Event]:
    """Set at teardown: a stalled answer stops waiting."""
    event = threading.Event()
    yield event
    event.set()


@pytest.fixture(scope="module")
def loopback() -> Iterator[Server]:
    s = Server()
    yield s
    s.close()


@pytest.fixture()
def server(loopback: Server, release: threading.Event) -> Server:
    """The module's loopback server, its script and request log emptied for this test."""
    loopback.script.clear()
    loopback.seen.clear()
    return loopback


def _send(h: BaseHTTPRequestHandler, status: int, headers: dict[str, str], body: bytes) -> None:
    h.send_response(status)
    for k, v in headers.items():
        h.send_header(k, v)
    h.end_headers()
    h.wfile.write(body)
    h.wfile.flush()


def _file(status: int = 200, body: bytes = FILE, **headers: str) -> Answer:
    """The file (or `body`) with its Content-Length, unless `headers` say otherwise."""
    extra = {k.replace("_", "-"): v for k, v in headers.items()}
    base = {"Content-Type": "video/mp4", "Content-Disposition": HOSTILE_DISPOSITION, "Content-Length": str(len(body))}
    return lambda h: _send(h, status, {**base, **extra}, body)


def _stalled(release: threading.Event, first: bytes = b"") -> Answer:
    """Headers announcing the whole file, `first`, then nothing until the test ends."""

    def answer(h: BaseHTTPRequestHandler) -> None:
        _send(h, 200, {"Content-Length": str(len(FILE))}, first)
        release.wait(10)

    return answer


def _reset_after(first: bytes) -> Answer:
    def answer(h: BaseHTTPRequestHandler) -> None:
        _send(h, 200, {"Content-Length": str(len(FILE))}, first)
        h.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))  # RST, not FIN
        h.connection.close()

    return answer


def _closed_after(first: bytes) -> Answer:
    def answer(h: BaseHTTPRequestHandler) -> None:
        _send(h, 200, {"Content-Length": str(len(FILE))}, first)
        h.close_connection = True

    return answer


def _mock(status: int = 200, body: bytes = FILE, **headers: str) -> httpx.MockTransport:
    extra = {k.replace("_", "-"): v for k, v in headers.items()}
    base = {"Content-Disposition": HOSTILE_DISPOSITION, "Content-Length": str(len(body))}
    return httpx.MockTransport(lambda request: httpx.Response(status, headers={**base, **extra}, content=body))


def fetch(
    flavour: str,
    url: str,
    dest: Path,
    *,
    mock: httpx.MockTransport | None = None,
    timeout: float = 2.0,
    stall: float | None = None,
) -> Path:
    """One download the way a user makes it: `client.replays.download_file`, or, to set `stall=`,
    download.download_file / adownload_file on an httpx client of the same timeout."""
    if flavour == "sync":
        http = httpx.Client(timeout=timeout, transport=mock, verify=TLS)
        if stall is not None:
            with http:
                return dl.download_file(http, url, dest, stall=stall)
        with BiliClient(http_client=http) as client:
            got = client.replays.download_file(url, dest)
        http.close()
        return got

    async def run() -> Path:
        http = httpx.AsyncClient(timeout=timeout, transport=mock, verify=TLS)
        if stall is not None:
            async with http:
                return await dl.adownload_file(http, url, dest, stall=stall)
        async with AsyncBiliClient(http_client=http) as client:
            got = await client.replays.download_file(url, dest)
        await http.aclose()
        return got

    return asyncio.run(run())


def fails(flavour: str, url: str, dest: Path, **kwargs: Any) -> errors.BiliError:
    """The BiliError a download ends with; anything else (ValueError, OSError, httpx) fails the test."""
    try:
        fetch(flavour, url, dest, **kwargs)
    except errors.BiliError as exc:
        assert exc.__cause__ is None and exc.__context__ is None  # no chain to httpx or the OS error
        return exc
    raise AssertionError("the download did not fail")


def _nothing_escaped(tmp_path: Path) -> None:
    for name in ("escape.mp4", "absolute.mp4", "cd-escape.mp4", "cd_escape.mp4"):
        assert not (tmp_path / name).exists() and not (tmp_path.parent / name).exists()
    assert not Path("/tmp/absolute.mp4").exists()


# -- 1. server-chosen names ----------------------------------------------------------------------

NAMES = [
    ("nul", "/v/a%00b.mp4", "a_b.mp4"),
    ("control", "/v/x.mp4?attname=a%0D%0Ab%1B%7F.mp4", "a__b__.mp4"),
    ("dotdot-query", "/v/x.mp4?attname=..%2F..%2Fescape.mp4", "escape.mp4"),
    ("dotdot-path", "/v/..%2F..%2Fescape.mp4", "escape.mp4"),
    ("backslashes", "/v/x.mp4?attname=..%5C..%5Cescape.mp4", "escape.mp4"),
    ("absolute", "/v/x.mp4?attname=%2Ftmp%2Fabsolute.mp4", "absolute.mp4"),
    ("drive", "/v/x.mp4?attname=C%3A%5Ctmp%5Cabsolute.mp4", "absolute.mp4"),
    ("300-ascii", "/v/x.mp4?attname=" + "a" * 300 + ".mp4", "a" * 196 + ".mp4"),  # 200 bytes
    ("300-cjk", "/v/x.mp4?attname=" + quote("回" * 300) + ".mp4", "回" * 65 + ".mp4"),  # 199 bytes, whole chars
    ("300-no-suffix", "/v/" + "b" * 300, "b" * 199),
    ("empty", "/", "replay.mp4"),
    ("dots-only", "/v/...?attname=..", "replay.mp4"),
    ("spaces-and-dots", "/v/x.mp4?attname=%20.%20.%20", "x.mp4"),
    ("reserved", "/v/CON.mp4", "_CON.mp4"),
    ("reserved-lower-two-suffixes", "/v/x.mp4?attname=com1.tar.gz", "_com1.tar.gz"),
    ("reserved-bare", "/v/x.mp4?attname=lpt9", "_lpt9"),
    ("reserved-space", "/v/x.mp4?attname=AUX%20.mp4", "_AUX .mp4"),
    ("not-reserved", "/v/CONSOLE.mp4", "CONSOLE.mp4"),
]


def _landed(tmp_path: Path, dest: Path, got: Path, expected: str) -> None:
    assert got == dest / expected
    assert got.read_bytes() == FILE
    assert [p.name for p in dest.iterdir()] == [expected]  # no .part left, nothing else
    assert [p.name for p in tmp_path.iterdir()] == ["dl"]
    assert len(expected.encode()) <= dl.MAX_NAME_BYTES
    _nothing_escaped(tmp_path)


@pytest.mark.parametrize("flavour", FLAVOURS)
@pytest.mark.parametrize(("case", "suffix", "expected"), NAMES, ids=[n[0] for n in NAMES])
def test_a_hostile_name_on_mock_lands_inside_dest(
    tmp_path: Path, flavour: str, case: str, suffix: str, expected: str
) -> None:
    dest = tmp_path / "dl"
    dest.mkdir()
    got = fetch(flavour, "https://upos-sz-mirrorali.bilivideo.com" + suffix, dest, mock=_mock())
    _landed(tmp_path, dest, got, expected)


@pytest.mark.parametrize("flavour", FLAVOURS)
@pytest.mark.parametrize(("case", "suffix", "expected"), NAMES, ids=[n[0] for n in NAMES])
def test_a_hostile_name_on_loopback_lands_inside_dest(
    tmp_path: Path, server: Server, flavour: str, case: str, suffix: str, expected: str
) -> None:
    dest = tmp_path / "dl"
    dest.mkdir()
    server.script = [_file()]
    got = fetch(flavour, server.url + suffix, dest)
    _landed(tmp_path, dest, got, expected)
    assert len(server.seen) == 1


def test_safe_filename_directly() -> None:
    assert dl.safe_filename("a\x00b\x01c\x1fd\x7f.mp4") == "a_b_c_d_.mp4"
    assert dl.safe_filename("/etc/passwd") == "passwd"
    assert dl.safe_filename("..") == ""
    assert dl.safe_filename("") == ""
    assert dl.safe_filename('a<b>c:d"e|f?g*h.mp4') == "a_b_c_d_e_f_g_h.mp4"
    # cut to 200 bytes, never inside a character, never ending with a dot or a space
    for name in ("x" * 198 + " yy", "y" * 199 + ".", "回" * 300, "z" * 300 + "." + "e" * 40):
        safe = dl.safe_filename(name)
        assert 0 < len(safe.encode()) <= dl.MAX_NAME_BYTES
        assert not safe.endswith((" ", ".")), safe
    for reserved in ("CON", "prn.txt", "Aux.mp4", "nul.tar.gz", "COM1.mp4", "lpt3", "COM\u00b9.mp4"):
        assert dl.safe_filename(reserved) == "_" + reserved
    for fine in ("CONSOLE.mp4", "com10.mp4", "lpt.mp4", "con_x.mp4"):
        assert dl.safe_filename(fine) == fine


@pytest.mark.parametrize("flavour", FLAVOURS)
@pytest.mark.parametrize(
    "url", ["http://[::1/x.mp4", "http://h/a\x00b.mp4", "http://h:99999/x.mp4", "http://h:0/x.mp4"]
)
def test_a_url_httpx_cannot_send_is_a_bili_error(tmp_path: Path, flavour: str, url: str) -> None:
    exc = fails(flavour, url + SIGNED, tmp_path, mock=_mock())
    assert isinstance(exc, errors.APIConnectionError) and "InvalidURL" in str(exc)
    assert SIGNATURE not in str(exc)
    assert list(tmp_path.iterdir()) == []


# -- 2. destinations that cannot be written --------------------------------------------------------


@pytest.mark.parametrize("flavour", FLAVOURS)
@pytest.mark.parametrize("where", ["file-as-parent", "file-as-grandparent"])
def test_a_destination_under_a_regular_file_is_a_bili_error_naming_it(tmp_path: Path, flavour: str, where: str) -> None:
    blocker = tmp_path / "not-a-directory"
    blocker.write_bytes(b"keep me")
    dest = blocker / "r.mp4" if where == "file-as-parent" else blocker / "sub" / "r.mp4"
    exc = fails(flavour, "https://cdn.test/v/r.mp4" + SIGNED, dest, mock=_mock())
    assert isinstance(exc, errors.APIConnectionError)
    assert str(dest) in str(exc) and str(blocker) in str(exc)
    assert SIGNATURE not in str(exc)
    assert blocker.read_bytes() == b"keep me"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["not-a-directory"]


@pytest.mark.parametrize("flavour", FLAVOURS)
def test_a_directory_where_the_file_goes_is_left_alone(tmp_path: Path, flavour: str) -> None:
    (tmp_path / "r.mp4").mkdir()  # the name the URL gives is taken by a directory: the next free name
    assert fetch(flavour, "https://cdn.test/v/r.mp4", tmp_path, mock=_mock()) == tmp_path / "r (1).mp4"
    assert (tmp_path / "r (1).mp4").read_bytes() == FILE
    assert (tmp_path / "r.mp4").is_dir() and list((tmp_path / "r.mp4").iterdir()) == []


@pytest.mark.parametrize("flavour", FLAVOURS)
def test_a_read_only_directory_is_a_bili_error_naming_the_file(tmp_path: Path, flavour: str) -> None:
    if os.geteuid() == 0:
        pytest.skip("root writes into a read-only directory; the regular-file cases above fail for root too")
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    try:
        exc = fails(flavour, "https://cdn.test/v/r.mp4", locked, mock=_mock())
    finally:
        locked.chmod(0o700)
    assert isinstance(exc, errors.APIConnectionError)
    assert str(locked / "r.mp4") in str(exc)
    assert list(locked.iterdir()) == []


# -- 3. stalls -------------------------------------------------------------------------------------


@pytest.mark.parametrize("flavour", FLAVOURS)
@pytest.mark.parametrize("first", [b"", FILE[:100]], ids=["no-body", "some-body"])
def test_headers_then_a_stall_ends_with_a_timeout_and_the_next_call_resumes(
    tmp_path: Path, server: Server, release: threading.Event, flavour: str, first: bytes
) -> None:
    server.script = [_stalled(release, first)]
    started = time.monotonic()
    exc = fails(flavour, server.url + "/v/r.mp4", tmp_path, timeout=5.0, stall=0.15)  # stall, not the read timeout
    assert time.monotonic() - started < 2.5
    assert isinstance(exc, errors.APITimeoutError)
    assert (tmp_path / "r.mp4.part").read_bytes() == first  # kept for the next call
    rest = FILE[len(first) :]
    headers = {"Content-Range": f"bytes {len(first)}-{len(FILE) - 1}/{len(FILE)}"}
    server.script = [_file(206, rest, **headers) if first else _file()]
    assert fetch(flavour, server.url + "/v/r.mp4", tmp_path, stall=0.3).read_bytes() == FILE
    if first:
        assert server.seen[-1][2]["Range"] == f"bytes={len(first)}-"


@pytest.mark.parametrize("flavour", FLAVOURS)
def test_the_client_timeout_bounds_a_stall_through_the_namespace(
    tmp_path: Path, server: Server, release: threading.Event, flavour: str
) -> None:
    server.script = [_stalled(release, FILE[:10])]
    started = time.monotonic()
    exc = fails(flavour, server.url + "/v/r.mp4", tmp_path, timeout=0.15)  # stall stays 60 s: the read timeout ends it
    assert time.monotonic() - started < 2.5
    assert isinstance(exc, errors.APITimeoutError)


@pytest.mark.parametrize("flavour", FLAVOURS)
def test_a_slow_transfer_that_never_stalls_completes(tmp_path: Path, server: Server, flavour: str) -> None:
    def slow(h: BaseHTTPRequestHandler) -> None:
        _send(h, 200, {"Content-Length": str(len(FILE))}, b"")
        for i in range(0, len(FILE), 512):  # four pieces, 0.1 s apart: 0.3 s in all, each gap under 0.25 s
            time.sleep(0.1 if i else 0)
            h.wfile.write(FILE[i : i + 512])
            h.wfile.flush()

    server.script = [slow]
    assert fetch(flavour, server.url + "/v/r.mp4", tmp_path, stall=0.25).read_bytes() == FILE


# -- 4. sizes --------------------------------------------------------------------------------------


@pytest.mark.parametrize("flavour", FLAVOURS)
def test_mock_short_and_long_bodies_raise_download_size_error(tmp_path: Path, flavour: str) -> None:
    short = fails(flavour, "https://cdn.test/v/r.mp4", tmp_path, mock=_mock(body=FILE[:1500], Content_Length="2048"))
    assert isinstance(short, errors.DownloadSizeError)
    assert (short.expected, short.received) == (2048, 1500)
    assert (tmp_path / "r.mp4.part").stat().st_size == 1500  # kept: it can be resumed
    (tmp_path / "r.mp4.part").unlink()
    long = fails(flavour, "https://cdn.test/v/r.mp4", tmp_path, mock=_mock(body=FILE + b"extra", Content_Length="2048"))
    assert isinstance(long, errors.DownloadSizeError)
    assert (long.expected, long.received) == (2048, 2053)
    assert list(tmp_path.iterdir()) == []  # longer than announced: cannot be resumed, dropped


@pytest.mark.parametrize("flavour", FLAVOURS)
@pytest.mark.parametrize("answer", ["206-short-of-total", "chunked-with-false-length"])
def test_loopback_sizes_that_differ_raise_download_size_error(
    tmp_path: Path, server: Server, flavour: str, answer: str
) -> None:
    if answer == "206-short-of-total":
        server.script = [_file(206, FILE[:1000], Content_Range=f"bytes 0-999/{len(FILE)}")]
    else:

        def chunked(h: BaseHTTPRequestHandler) -> None:
            body = b"%x\r\n%s\r\n0\r\n\r\n" % (1000, FILE[:1000])
            _send(h, 200, {"Content-Length": str(len(FILE)), "Transfer-Encoding": "chunked"}, body)

        server.script = [chunked]
    exc = fails(flavour, server.url + "/v/r.mp4", tmp_path)
    assert isinstance(exc, errors.DownloadSizeError)
    assert (exc.expected, exc.received) == (len(FILE), 1000)
    assert (tmp_path / "r.mp4.part").stat().st_size == 1000


@pytest.mark.parametrize("flavour", FLAVOURS)
def test_loopback_body_cut_short_is_a_connection_error_and_resumes(
    tmp_path: Path, server: Server, flavour: str
) -> None:
    """On the wire, a body that ends before its Content-Length is the connection ending early
    (httpx raises it before the size check): APIConnectionError, the next mirror or call resumes."""
    server.script = [_closed_after(FILE[:700])]
    exc = fails(flavour, server.url + "/v/r.mp4", tmp_path)
    assert isinstance(exc, errors.APIConnectionError) and not isinstance(exc, errors.APITimeoutError)
    assert "received 700 bytes, expected 2048" in str(exc)
    assert (tmp_path / "r.mp4.part").read_bytes() == FILE[:700]
    server.script = [_file(206, FILE[700:], Content_Range=f"bytes 700-{len(FILE) - 1}/{len(FILE)}")]
    assert fetch(flavour, server.url + "/v/r.mp4", tmp_path).read_bytes() == FILE


# -- 5. signed URL parts stay out of errors and logs -----------------------------------------------


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


FAILURES = ["403", "500", "reset", "cut-short", "stall", "size", "unwritable", "refused", "bad-port"]


@pytest.mark.parametrize("flavour", FLAVOURS)
@pytest.mark.parametrize("failure", FAILURES)
def test_no_signed_url_part_in_any_download_error(
    tmp_path: Path,
    server: Server,
    release: threading.Event,
    caplog: pytest.LogCaptureFixture,
    flavour: str,
    failure: str,
) -> None:
    url = server.url + "/v/r.mp4" + SIGNED
    dest: Path = tmp_path
    answers: dict[str, Answer] = {
        "403": _file(403, b"forbidden"),
        "500": _file(500, b"oops " + SIGNATURE.encode()),
        "reset": _reset_after(FILE[:100]),
        "cut-short": _closed_after(FILE[:100]),
        "stall": _stalled(release, FILE[:100]),
        "size": _file(206, FILE[:100], Content_Range=f"bytes 0-99/{len(FILE)}"),
        "unwritable": _file(),
    }
    if failure in answers:
        server.script = [answers[failure]]
    if failure == "unwritable":
        (tmp_path / "file").write_bytes(b"")
        dest = tmp_path / "file" / "r.mp4"
    if failure == "refused":
        url = f"http://127.0.0.1:{_free_port()}/v/r.mp4" + SIGNED
    if failure == "bad-port":
        url = "http://127.0.0.1:99999/v/r.mp4" + SIGNED
    with caplog.at_level(logging.DEBUG):
        exc = fails(flavour, url, dest, timeout=0.25)  # through client.replays.download_file
    shown = "".join(traceback.TracebackException.from_exception(exc).format()) + repr(exc) + repr(exc.args)
    assert SIGNATURE not in shown, shown
    assert "upsig" not in shown
    logged = "\n".join(logging.Formatter().format(r) for r in caplog.records)
    assert SIGNATURE not in logged, logged
