"""Secret canaries: SESSDATA, bili_jct (csrf), an app access_key and a stream key are set to unique
strings; every log record (root logger at DEBUG, httpx and httpcore included), every repr of a
client and every exception raised must be free of them, across successes, API errors, transport
errors and validation errors, through a MockTransport and through a real loopback server.

Also: no tracked file under tests/ or spec/ holds an unscrubbed cookie, csrf value, stream key or
URL signature.
"""

from __future__ import annotations

import asyncio
import json
import logging
import threading
import traceback
import uuid
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import httpx
import pytest

from bilispec import errors
from bilispec.client._client import AsyncBiliClient, BiliClient
from bilispec.client.retries import NO_RETRY, RetryPolicy
from bilispec.core.description import description
from bilispec.core.scrub import SPELLINGS
from bilispec.tools.leaks import scan_files, scan_text, tracked_files

from ..client_support import (
    Recorder,
    all_operation_ids,
    call_params,
    json_response,
    recordings_by_operation,
    sent_cookies,
    sent_members,
    success_body,
    valid_params,
)
from ..conftest import ROOT, report_figure

# Made at run time, so no file holds them. Shapes like the real ones (SESSDATA has %2C and *).
SESSDATA = f"{uuid.uuid4().hex[:8]}%2C1790000000%2C{uuid.uuid4().hex[:5]}*b1CanarySess"
BILI_JCT = f"canaryjct{uuid.uuid4().hex}"
ACCESS_KEY = f"canaryak{uuid.uuid4().hex}"
STREAM_KEY = f"canarystream{uuid.uuid4().hex[:20]}"
CANARIES = {"SESSDATA": SESSDATA, "bili_jct": BILI_JCT, "access_key": ACCESS_KEY, "stream key": STREAM_KEY}
# Parts long enough to be telling: a leak cut short (a truncated violation) is still a leak.
FRAGMENTS = {
    **{f"{name} head": value[:14] for name, value in CANARIES.items()},
    **{f"{name} tail": value[-14:] for name, value in CANARIES.items()},
}

FAST = RetryPolicy(max_attempts=2, initial_delay=0.0, max_delay=0.0, jitter=0.0)


def start_live_body() -> dict[str, Any]:
    """The start_live recording with the canary stream key where the real one was."""
    text = json.dumps(success_body("start_live")).replace("key=SCRUBBED", f"key={STREAM_KEY}")
    text = text.replace("key%3DSCRUBBED", f"key%3D{STREAM_KEY}")
    body: dict[str, Any] = json.loads(text)
    assert STREAM_KEY in body["data"]["rtmp"]["code"] and STREAM_KEY in body["data"]["rtmp"]["new_link"]
    return body


class Capture(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.records: list[logging.LogRecord] = []
        self.texts: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)
        # Everything a formatter or a structured-log shipper could print: message, raw msg and args,
        # exception text, extra attributes.
        self.texts.append(logging.Formatter().format(record))
        self.texts.append(repr(record.msg) + repr(record.args) + repr(vars(record)))


@pytest.fixture()
def capture() -> Iterator[Capture]:
    handler = Capture()
    root = logging.getLogger()
    names = ["httpx", "httpcore", "bilispec", "hpack", "asyncio"]
    saved = (root.level, {n: logging.getLogger(n).level for n in names})
    root.addHandler(handler)
    root.setLevel(logging.DEBUG)
    for name in names:
        logging.getLogger(name).setLevel(logging.DEBUG)
    try:
        yield handler
    finally:
        root.removeHandler(handler)
        root.setLevel(saved[0])
        for name, level in saved[1].items():
            logging.getLogger(name).setLevel(level)


class Leaks:
    """Collects everything that must be clean, and says where a canary shows up."""

    def __init__(self) -> None:
        self.texts: list[tuple[str, str]] = []
        self.exceptions = 0

    def client(self, client: BiliClient | AsyncBiliClient) -> None:
        self.texts += [("repr(client)", repr(client)), ("str(client)", str(client))]

    def exception(self, exc: BaseException) -> None:
        self.exceptions += 1
        where = type(exc).__name__
        self.texts += [
            (f"str({where})", str(exc)),
            (f"repr({where})", repr(exc)),
            (f"{where} attributes", repr({k: v for k, v in vars(exc).items() if not k.startswith("__")})),
            (f"traceback of {where}", "".join(traceback.format_exception(exc))),
        ]

    def found(self, capture: Capture) -> list[str]:
        texts = self.texts + [("log record", t) for t in capture.texts]
        return [
            f"{name} in {where}: {text[:300]!r}"
            for where, text in texts
            for name, value in {**CANARIES, **FRAGMENTS}.items()
            if value in text
        ]


def _call(leaks: Leaks, client: BiliClient, operation_id: str, **params: Any) -> Any:
    try:
        return client.call(operation_id, **params)
    except errors.BiliError as exc:
        leaks.exception(exc)
        return exc


def _client(handler: Any, **kwargs: Any) -> BiliClient:
    kwargs.setdefault("sessdata", SESSDATA)
    kwargs.setdefault("bili_jct", BILI_JCT)
    kwargs.setdefault("retry", FAST)
    client = BiliClient(http_client=httpx.Client(transport=httpx.MockTransport(handler)), **kwargs)
    client._sleep = lambda seconds: None  # type: ignore[method-assign]
    return client


def _params(operation_id: str) -> dict[str, Any]:
    params = dict(valid_params(operation_id))
    if "access_key" in params:
        params["access_key"] = ACCESS_KEY
    return params


def _echo(request: httpx.Request) -> dict[str, Any]:
    """An error body that echoes the request back, secrets and all (some servers do)."""
    return {
        "url": str(request.url),
        "cookie": request.headers.get("Cookie", ""),
        "csrf": BILI_JCT,
        "form": sent_members(request)["form"],
        "json": sent_members(request)["json"],
    }


JSON_QUERY_CSRF_OPS = ["fan_delete_slice_draft", "anchor_get_video_key_frame", "fan_get_video_key_frame"]


def test_canaries_stay_out_of_logs_reprs_and_errors(capture: Capture) -> None:
    leaks = Leaks()
    sent: list[httpx.Request] = []

    # 1. Success: every recording of every operation; start_live answers the canary stream key.
    for operation_id in all_operation_ids():
        for _case, rec in recordings_by_operation()[operation_id]:
            body = start_live_body() if operation_id == "start_live" else rec["response"]["body"]
            recorder = Recorder(json_response(body))
            with _client(recorder) as client:
                params = call_params(description()[operation_id], rec["request"])
                if "access_key" in params:
                    params["access_key"] = ACCESS_KEY
                result = _call(leaks, client, operation_id, **params)
                leaks.client(client)
            sent += recorder.requests
            if operation_id == "start_live":
                assert result.rtmp.code.endswith(f"key={STREAM_KEY}&schedule=rtmp&pflag=11")  # the caller gets it

    # 2. API errors whose bodies echo the secrets back, for every operation (GETs retry -352 once).
    for operation_id in all_operation_ids():
        for code in (-101, -111, -352):
            recorder = Recorder(lambda r, code=code: json_response({"code": code, "message": "x", "data": _echo(r)}))
            with _client(recorder) as client:
                exc = _call(leaks, client, operation_id, **_params(operation_id))
            assert isinstance(exc, errors.ApiError)
            sent += recorder.requests

    # 3. Transport errors and timeouts whose messages carry the request URL and cookie header.
    def fail(kind: type[httpx.HTTPError]) -> Any:
        def handler(request: httpx.Request) -> httpx.Response:
            raise kind(f"{kind.__name__} for {request.url} (Cookie: {request.headers.get('Cookie')})")

        return handler

    for operation_id in [*JSON_QUERY_CSRF_OPS, "start_live", "get_vote_panel", "report_history_progress"]:
        for kind in (httpx.ConnectError, httpx.ReadTimeout, httpx.RemoteProtocolError):
            with _client(fail(kind)) as client:
                exc = _call(leaks, client, operation_id, **_params(operation_id))
            assert isinstance(exc, errors.APIConnectionError)

    # 4. Validation errors: start_live with the stream key and wrongly typed or missing members.
    for mutate in (
        lambda d: d["rtmp"].pop("addr"),  # a violation at /data/rtmp, whose value holds the key
        lambda d: d["rtmp"].update(code=[d["rtmp"]["code"]]),  # the key inside the wrong type
        lambda d: d["protocols"][0].update(addr=None),
        lambda d: d.update(rtmp=d["rtmp"]["code"]),  # the whole key string where an object belongs
    ):
        body = start_live_body()
        mutate(body["data"])
        with _client(Recorder(json_response(body))) as client:
            exc = _call(leaks, client, "start_live", **_params("start_live"))
        assert isinstance(exc, errors.ResponseValidationError), exc
    for answer in (
        httpx.Response(412, headers={"Content-Type": "text/html"}, content=f"<p>{BILI_JCT}</p>".encode()),
        httpx.Response(200, headers={"Content-Type": "application/json"}, content=f'{{"csrf": "{BILI_JCT}'.encode()),
        json_response({"code": -500, "message": f"csrf={BILI_JCT}"}, status=500),
    ):
        for operation_id in ("fan_delete_slice_draft", "get_vote_history"):
            with _client(Recorder(answer)) as client:
                exc = _call(leaks, client, operation_id, **_params(operation_id))
            assert isinstance(exc, errors.NonJSONResponseError | errors.APIStatusError | errors.RiskControlError)

    # 5. Request validation: csrf passed by hand, a bad parameter, bili_jct missing.
    with _client(Recorder(json_response({}))) as client:
        assert isinstance(_call(leaks, client, "fan_delete_slice_draft", draft_id=1, csrf=BILI_JCT), errors.BiliError)
        for wrong in ([ACCESS_KEY], {"token": ACCESS_KEY}, ACCESS_KEY.encode()):  # a secret of the wrong type
            bad = {**_params("report_history_progress"), "access_key": wrong}
            exc = _call(leaks, client, "report_history_progress", **bad)
            assert isinstance(exc, errors.RequestValidationError) and exc.field == "access_key", exc
    with _client(Recorder(json_response({})), bili_jct=None) as client:
        leaks.client(client)
        assert isinstance(_call(leaks, client, "start_live", **_params("start_live")), errors.RequestValidationError)

    # 6. The async client, once each way.
    async def run_async() -> None:
        for answer in (json_response(start_live_body()), fail(httpx.ConnectError)):
            recorder = Recorder(answer)
            http = httpx.AsyncClient(transport=httpx.MockTransport(recorder.handle_async))
            async with AsyncBiliClient(sessdata=SESSDATA, bili_jct=BILI_JCT, http_client=http, retry=NO_RETRY) as c:
                leaks.client(c)
                try:
                    await c.call("fan_delete_slice_draft", draft_id=1)
                except errors.BiliError as exc:
                    leaks.exception(exc)

    asyncio.run(run_async())

    # The canaries were really used: sent as cookies, csrf (form and query) and access_key ...
    assert any(sent_cookies(r).get("SESSDATA") == SESSDATA for r in sent)
    assert any(sent_members(r)["query"].get("csrf") == BILI_JCT for r in sent)
    assert any(sent_members(r)["form"].get("csrf_token") == BILI_JCT for r in sent)
    assert any(sent_members(r)["form"].get("access_key") == ACCESS_KEY for r in sent)
    # ... and the logs saw these calls (bilispec's own lines, httpx's request lines).
    loggers = {r.name for r in capture.records}
    assert {"bilispec", "httpx"} <= loggers, loggers
    assert any("csrf=" in r.getMessage() for r in capture.records if r.name == "httpx")

    found = leaks.found(capture)
    assert not found, "\n".join(found[:10])
    report_figure(
        f"secrets: {len(sent)} requests, {leaks.exceptions} exceptions, {len(capture.records)} log records "
        f"(mock transport): no canary (SESSDATA, bili_jct, access_key, stream key) in logs, reprs or errors"
    )


# ---------------------------------------------------------------------------------------------
# The same over a real socket on 127.0.0.1, so that httpcore and httpx log what they really log.


class _Handler(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        self._answer()

    def do_POST(self) -> None:
        self.rfile.read(int(self.headers.get("Content-Length") or 0))
        self._answer()

    def _answer(self) -> None:
        op = description().find(self.command, self.path.split("?", 1)[0])
        if op is None:
            self.send_response(404)
            self.end_headers()
            return
        if "risk" in self.headers.get("X-Test", ""):
            payload = {"code": -352, "message": "risk", "data": {"echo": self.path}}
        else:
            payload = start_live_body() if op.operation_id == "start_live" else success_body(op.operation_id)
        content = json.dumps(payload).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(content)))
        self.end_headers()
        self.wfile.write(content)

    def log_message(self, format: str, *args: Any) -> None:  # the server side is not under test
        pass


@pytest.fixture()
def loopback() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    # shutdown() returns at the loop's next poll (0.5 s by default).
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.01}, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def test_canaries_over_loopback(capture: Capture, loopback: str) -> None:
    leaks = Leaks()
    ops = [*JSON_QUERY_CSRF_OPS, "start_live", "create_room", "get_vote_panel", "report_history_progress"]
    with BiliClient(sessdata=SESSDATA, bili_jct=BILI_JCT, base_url=loopback, retry=NO_RETRY) as client:
        leaks.client(client)
        for operation_id in ops:
            result = _call(leaks, client, operation_id, **_params(operation_id))
            assert not isinstance(result, BaseException), result
    risky = httpx.Client(headers={"X-Test": "risk"})
    with BiliClient(sessdata=SESSDATA, bili_jct=BILI_JCT, base_url=loopback, http_client=risky, retry=FAST) as client:
        client._sleep = lambda seconds: None  # type: ignore[method-assign]
        for operation_id in ("fan_delete_slice_draft", "get_vote_history"):
            assert isinstance(_call(leaks, client, operation_id, **_params(operation_id)), errors.RiskControlError)
    # Nothing listens on a closed port: a real ConnectError from httpcore.
    with BiliClient(sessdata=SESSDATA, bili_jct=BILI_JCT, base_url="http://127.0.0.1:9", retry=NO_RETRY) as client:
        exc = _call(leaks, client, "fan_delete_slice_draft", draft_id=1)
        assert isinstance(exc, errors.APIConnectionError)
    assert {"httpcore.connection", "httpcore.http11", "httpx", "bilispec"} <= {r.name for r in capture.records}
    found = leaks.found(capture)
    assert not found, "\n".join(found[:10])
    report_figure(
        f"secrets: loopback server, {len(ops) + 3} calls, {len(capture.records)} log records (httpx, httpcore at "
        f"DEBUG), {leaks.exceptions} exceptions: no canary"
    )


def test_the_canary_check_can_fail(capture: Capture) -> None:
    """The detector sees a canary that does get out, in a log line and in an exception."""
    leaks = Leaks()
    logging.getLogger("some.library").debug("cookie header: %s", f"SESSDATA={SESSDATA}"[:-20] + SESSDATA[-20:])
    leaks.exception(RuntimeError(f"upstream said {STREAM_KEY[:-3]}"))
    found = leaks.found(capture)
    assert any("SESSDATA" in f and "log record" in f for f in found)
    assert any("stream key head" in f and "RuntimeError" in f for f in found)


# ---------------------------------------------------------------------------------------------
# Tracked files: nothing unscrubbed under tests/ or spec/.


def _hex(n: int) -> str:
    return uuid.uuid4().hex[:n]


# A leaked sample and its scrubbed form for each pattern; built at run time so this file holds neither.
LEAK_SAMPLES = {
    "stream key": ("?streamname=live_1_2&" + "key" + "=" + _hex(32) + "&schedule=rtmp", "&key=SCRUBBED&sch"),
    "upsig": ("&upsig" + "=" + _hex(32) + "&uparams", "&upsig=SCRUBBED&"),
    "X-Amz-Signature": ("?X-Amz-Signature" + "=" + _hex(64), "?X-Amz-Signature=SCRUBBED"),
    "csrf / bili_jct / access_key": ("bili_jct" + "=" + _hex(32) + ";", "csrf=SCRUBBED&csrf_token=SCRUBBED"),
    "SESSDATA": ("Cookie: SESSDATA" + "=" + _hex(8) + "%2C1790000000%2Cab*c1", "SESSDATA=SCRUBBED; SESSDATA=xxx"),
    "secret in JSON": ('{"csrf"' + ': "' + _hex(32) + '"}', '{"csrf": "SCRUBBED", "SESSDATA": ""}'),
}


def test_leak_patterns_catch_leaks_and_pass_scrubbed_text() -> None:
    for name, (leaked, scrubbed) in LEAK_SAMPLES.items():
        assert scan_text(leaked), f"{name}: missed in {leaked!r}"
        assert not scan_text(scrubbed), f"{name}: flags scrubbed text {scrubbed!r}"
    assert not scan_text("&live_key=609431465787395891&")  # another name


def test_no_tracked_file_holds_a_secret() -> None:
    files = tracked_files(ROOT)
    assert any(f.startswith("tests/recordings/") for f in files) and any(f.startswith("spec/") for f in files)
    hits = scan_files(files, root=ROOT)
    assert not hits, "\n".join(str(h) for h in hits)
    report_figure(f"secrets: {len(files)} tracked files under tests/ and spec/ scanned, {len(SPELLINGS)} spellings")


def test_recordings_hold_only_scrubbed_secrets() -> None:
    """Cookie values and csrf-like members of every recording are SCRUBBED (or the page's empty value)."""
    checked = 0
    for operation_id in all_operation_ids():
        for case, rec in recordings_by_operation()[operation_id]:
            request = rec["request"]
            members = {**request["query"], **(request.get("form") or {}), **(request.get("json") or {})}
            secrets = {k: v for k, v in {**request["cookies"], **members}.items() if k.lower() in SECRET_NAMES}
            for name, value in secrets.items():
                assert value in ("SCRUBBED", ""), f"{operation_id}/{case}: {name} is not scrubbed"
                checked += 1
    assert checked > 50


SECRET_NAMES = {"sessdata", "bili_jct", "csrf", "csrf_token", "access_key", "sign", "key", "appkey_secret"}
