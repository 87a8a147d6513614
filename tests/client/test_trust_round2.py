"""Issue 21, the second round of hostile cases: each class of defect, with the case that found it.

Errors that escaped their type (non-ASCII credentials, a redirect loop re-sending a write, a lone
surrogate, numbers too large or not JSON), downloads that replaced files, the sandbox answering
500 or holding what it should not, descriptions that never finished loading, `bilispec diff` on
inputs it cannot compare, the two paths to vote_info disagreeing, and silent pauses and retries.
"""

from __future__ import annotations

import io
import json
import logging
import socket
import time
import traceback
import uuid
from pathlib import Path

import httpx
import pytest
import yaml
from bilispec_generated.api.vote import get_vote_panel

from bilispec import BiliClient, errors
from bilispec.client import download
from bilispec.client.retries import RetryPolicy
from bilispec.client.transport import MAX_REDIRECTS
from bilispec.core.description import MAX_NODES, description, load_document
from bilispec.core.jsonread import MAX_INT_DIGITS
from bilispec.sandbox import SANDBOX_BILI_JCT, SANDBOX_SESSDATA, create_app, server
from bilispec.sandbox import body as sandbox_body
from bilispec.sandbox.body import BODY_TIMEOUT
from bilispec.sandbox.inprocess import SandboxTransport
from bilispec.sandbox.request_log import MAX_VALUE_CHARS, RequestLog
from bilispec.tools.cli import main

from ..client_support import Recorder, json_response, success_body, sync_client, valid_params
from ..conftest import ROOT

NO_RETRY = RetryPolicy(max_attempts=1)
JCT = uuid.uuid4().hex  # made at run time: no file holds a credential-shaped value


# ---------------------------------------------------------------------------------------------
# Errors that escape their type


@pytest.mark.parametrize("field", ["sessdata", "bili_jct"])
def test_a_non_ascii_credential_is_a_bili_error_naming_the_field(field: str) -> None:
    other = "sessdata" if field == "bili_jct" else "bili_jct"
    value = "a1b2c3d4e5f6é7"
    with pytest.raises(errors.CredentialsError) as caught:
        BiliClient(**{field: value, other: JCT})
    assert caught.value.field == field and field in str(caught.value)
    shown = str(caught.value) + repr(caught.value) + repr(caught.value.args)
    assert value not in shown and JCT not in shown


def _redirect_loop(status: int) -> Recorder:
    return Recorder(lambda r: httpx.Response(status, headers={"Location": str(r.url)}))


@pytest.mark.parametrize("status", [307, 308])
def test_a_redirect_of_a_write_is_never_followed(status: int) -> None:
    recorder = _redirect_loop(status)
    http = httpx.Client(transport=httpx.MockTransport(recorder), follow_redirects=True)
    client = BiliClient(sessdata="s" * 20, bili_jct=JCT, http_client=http, retry=NO_RETRY)
    with pytest.raises(errors.BiliError) as caught:
        client.call("terminate_vote", room_id=1, interaction_id=1)
    assert recorder.count == 1  # the write went out once
    assert isinstance(caught.value, errors.APIStatusError) and "sent once" in str(caught.value)


def test_a_redirect_loop_of_a_read_ends_as_a_bili_error() -> None:
    recorder = _redirect_loop(307)
    http = httpx.Client(transport=httpx.MockTransport(recorder), follow_redirects=True)
    client = BiliClient(sessdata="s" * 20, bili_jct=JCT, http_client=http, retry=NO_RETRY)
    with pytest.raises(errors.APIStatusError) as caught:
        client.call("get_vote_panel", room_id=1)
    assert recorder.count == MAX_REDIRECTS + 1 and "redirects" in str(caught.value)


def test_a_lone_surrogate_in_a_server_message_prints() -> None:
    body = b'{"code": -400, "message": "bad \\ud800 request", "data": null}'
    client = sync_client(Recorder(httpx.Response(200, content=body)), retry=NO_RETRY)
    with pytest.raises(errors.ApiError) as caught:
        client.call("get_vote_panel", room_id=1)
    stream = io.TextIOWrapper(io.BytesIO(), encoding="utf-8", errors="strict")
    print(caught.value, caught.value.message, file=stream)  # a strict UTF-8 stream: no UnicodeEncodeError
    stream.flush()
    assert "\\ud800" in str(caught.value)


def test_a_huge_integer_is_too_large_and_nan_is_not_json() -> None:
    huge = b'{"code": 0, "message": "0", "data": {"n": ' + b"9" * (MAX_INT_DIGITS * 3) + b"}}"
    client = sync_client(Recorder(httpx.Response(200, content=huge)), retry=NO_RETRY)
    with pytest.raises(errors.ResponseValidationError) as caught:
        client.call("get_vote_panel", room_id=1)
    assert "too large" in str(caught.value) and "not JSON" not in str(caught.value)
    for constant in (b"NaN", b"Infinity", b"-Infinity"):
        body = b'{"code": 0, "message": "0", "data": {"n": ' + constant + b"}}"
        client = sync_client(Recorder(httpx.Response(200, content=body)), retry=NO_RETRY)
        with pytest.raises(errors.NonJSONResponseError):
            client.call("get_vote_panel", room_id=1)


def test_a_server_echoing_a_credential_unnamed_shows_it_nowhere() -> None:
    sessdata, jct = f"5f0c2a1b%2C1790000001%2C{uuid.uuid4().hex[:5]}*b1zz", uuid.uuid4().hex
    echo = {"code": -400, "message": f"session {sessdata} / token {jct}", "data": None}
    client = sync_client(Recorder(json_response(echo)), retry=NO_RETRY, sessdata=sessdata, bili_jct=jct)
    with pytest.raises(errors.ApiError) as caught:
        client.call("get_vote_panel", room_id=1)
    exc = caught.value
    assert exc.__traceback__ is not None
    inside = exc.__traceback__.tb_next  # the library's frames (the first is this test's, holding the values)
    frames = "".join(traceback.TracebackException(type(exc), exc, inside, capture_locals=True).format())
    assert "client" in frames or "response" in frames  # there were frames with locals to look at
    for shown in (str(exc), repr(exc), repr(exc.args), exc.message, json.dumps(exc.body), frames):
        assert sessdata not in shown and jct not in shown, shown[:500]
        assert "1790000001" not in shown and jct[-10:] not in shown


# ---------------------------------------------------------------------------------------------
# Downloads


FILE = b"replay bytes" * 100


def _cdn() -> httpx.Client:
    return httpx.Client(transport=httpx.MockTransport(lambda r: httpx.Response(200, content=FILE)))


def test_a_download_never_replaces_a_file(tmp_path: Path) -> None:
    (tmp_path / "r.mp4").write_bytes(b"mine")
    with _cdn() as http:
        first = download.download_file(http, "https://cdn.test/v/r.mp4", tmp_path)
        second = download.download_file(http, "https://cdn.test/v/r.mp4", tmp_path / "r.mp4")
        assert (first, second) == (tmp_path / "r (1).mp4", tmp_path / "r (2).mp4")
        assert (tmp_path / "r.mp4").read_bytes() == b"mine" and first.read_bytes() == second.read_bytes() == FILE
        with pytest.raises(errors.DownloadExistsError) as caught:
            download.download_file(http, "https://cdn.test/v/r.mp4", tmp_path, if_exists="error")
        assert str(tmp_path / "r.mp4") in str(caught.value)
    assert (tmp_path / "r.mp4").read_bytes() == b"mine"


def test_a_file_made_while_downloading_is_not_replaced(tmp_path: Path) -> None:
    target = tmp_path / "late.mp4"

    def answer(request: httpx.Request) -> httpx.Response:
        target.write_bytes(b"made meanwhile")  # by another program, after the name was chosen
        return httpx.Response(200, content=FILE)

    with httpx.Client(transport=httpx.MockTransport(answer)) as http:
        written = download.download_file(http, "https://cdn.test/late.mp4", target)
    assert written == tmp_path / "late (1).mp4" and target.read_bytes() == b"made meanwhile"


@pytest.mark.parametrize("name", ["CONIN$", "conout$.mp4", "COM0", "LPT0.txt", "clock$", "COM\u00b9.mp4"])
def test_windows_device_names_are_renamed(name: str) -> None:
    safe = download.safe_filename(name)
    assert safe != name and safe.endswith(name)


@pytest.mark.parametrize("control", ["\u202e", "\u202d", "\u2066", "\u200f", "\u200e", "\ufeff"])
def test_bidi_and_invisible_controls_leave_file_names(control: str) -> None:
    safe = download.safe_filename(f"replay{control}4pm.exe")
    assert control not in safe and safe == "replay_4pm.exe"


# ---------------------------------------------------------------------------------------------
# The sandbox


def _sandbox() -> httpx.Client:
    http = httpx.Client(transport=SandboxTransport(create_app()), base_url="http://sandbox")
    http.cookies.set("SESSDATA", SANDBOX_SESSDATA)
    http.cookies.set("bili_jct", SANDBOX_BILI_JCT)
    return http


def test_json_members_of_the_wrong_type_get_400_never_500() -> None:
    desc = description()
    json_ops = [op for op in desc.operations.values() if op.media_type == "application/json"]
    assert json_ops, "the description has JSON-bodied operations"
    answered = 0
    with _sandbox() as http:
        for op in desc.operations.values():
            if op.method != "POST":
                continue
            for param in op.parameters:
                if param.name in ("csrf", "csrf_token"):
                    continue
                for wrong in (7, 1.5, True, [1], {"a": 1}, "text"):
                    members = {**valid_params(op.operation_id), param.name: wrong}
                    members = {k: v for k, v in members.items() if k not in ("csrf", "csrf_token")}
                    query = {"csrf": SANDBOX_BILI_JCT, "csrf_token": SANDBOX_BILI_JCT}
                    response = http.post(op.path, params=query, json=members)
                    assert response.status_code == 200, (op.operation_id, param.name, wrong, response.text[:200])
                    answered += 1
    assert answered > len(json_ops)


def test_add_silent_user_with_numbers_for_text_is_400() -> None:
    op = description()["add_silent_user"]
    with _sandbox() as http:
        members = {"room_id": 1, "tuid": 2, "mobile_app": "web", "type": 1, "hour": 1}
        members |= {p.name: 3 for p in op.parameters if p.schema.get("type") == "string"}
        answer = http.post(op.path, json={**members, "csrf": SANDBOX_BILI_JCT, "csrf_token": SANDBOX_BILI_JCT})
    assert answer.status_code == 200 and answer.json()["code"] in (-400, -111), answer.text


def test_the_request_log_is_bounded() -> None:
    log = RequestLog(max_entries=50)
    blob = "x" * (40 * MAX_VALUE_CHARS)  # each value is scrubbed whole before it is cut: long enough
    for i in range(200):
        log.add("get_vote_panel", {"room_id": i, "blob": blob, "nested": [["y" * 1000]]}, float(i), 0, None)
    assert len(log) == 50 and log[0].params["room_id"] == 150 and log[-1].params["room_id"] == 199
    kept = json.dumps([e.to_json() for e in log])
    assert len(kept) < 50 * 4 * (MAX_VALUE_CHARS + 100)
    assert f"{len(blob)} characters" in log[0].params["blob"]


def test_a_refused_large_body_is_not_kept_whole() -> None:
    app = create_app()
    op = description()["add_silent_user"]
    with httpx.Client(transport=SandboxTransport(app), base_url="http://sandbox") as http:
        http.post(op.path, content=b"room_id=" + b"1" * (2 * 1024 * 1024), headers={"Content-Type": "text/plain"})
        http.post(op.path, params={"msg": "z" * 50_000})
    log = app.state.sandbox.requests
    assert len(log) == 2
    assert all(len(json.dumps(e.to_json())) < 10 * MAX_VALUE_CHARS for e in log)


def test_a_half_sent_request_is_dropped(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(server, "HEADER_TIMEOUT", 0.3)
    with server.running() as url:
        host, port = url.removeprefix("http://").split(":")
        with socket.create_connection((host, int(port)), timeout=5) as sock:
            sock.sendall(b"GET /x HTTP/1.1\r\nHost: sandbox\r\n")  # the headers never end
            started = time.monotonic()
            assert sock.recv(100) == b""  # closed by the sandbox
            assert time.monotonic() - started < 3


def test_a_half_sent_body_is_400(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sandbox_body, "BODY_TIMEOUT", 0.3)
    assert BODY_TIMEOUT >= 1  # the documented default; the test shortens it
    path = description()["add_silent_user"].path
    with server.running() as url:
        host, port = url.removeprefix("http://").split(":")
        with socket.create_connection((host, int(port)), timeout=5) as sock:
            head = (
                f"POST {path} HTTP/1.1\r\nHost: sandbox\r\nContent-Type: application/x-www-form-urlencoded\r\n"
                "Content-Length: 100\r\n\r\nroom_id=1"
            )
            sock.sendall(head.encode())
            started = time.monotonic()
            answer = b""
            while b"\r\n\r\n" not in answer or not answer.rstrip().endswith(b"}"):
                chunk = sock.recv(4096)
                if not chunk:
                    break
                answer += chunk
    assert time.monotonic() - started < 3
    assert b'"code":-400' in answer.replace(b" ", b""), answer


# ---------------------------------------------------------------------------------------------
# Descriptions given by the user, and bilispec diff


def _bundle() -> str:
    return (ROOT / "generated" / "openapi.yaml").read_text(encoding="utf-8")


def test_a_self_referencing_ref_is_a_message(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    document = load_document(ROOT / "generated" / "openapi.yaml")  # libyaml, as the command reads it
    document["components"].setdefault("responses", {})["Loop"] = {"$ref": "#/components/responses/Loop"}
    item = next(iter(document["paths"].values()))
    operation = next(item[m] for m in ("get", "post") if m in item)
    operation["responses"]["200"] = {"$ref": "#/components/responses/Loop"}
    path = tmp_path / "loop.yaml"
    path.write_text(yaml.dump(document, Dumper=yaml.CSafeDumper, allow_unicode=True))  # libyaml: 10x faster
    har = tmp_path / "empty.har"
    har.write_text('{"log": {"entries": []}}')
    started = time.monotonic()
    assert main(["validate", "--description", str(path), str(har)]) == 2
    assert time.monotonic() - started < 30
    assert "$ref loop" in capsys.readouterr().err


def _alias_bomb(levels: int = 9) -> str:
    lines = ['x-bomb-0: &b0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    for i in range(1, levels):
        lines.append(f"x-bomb-{i}: &b{i} [" + ", ".join([f"*b{i - 1}"] * 10) + "]")
    return "\n".join(lines) + "\n"


def test_a_yaml_alias_bomb_is_refused_before_it_expands(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    document = tmp_path / "bomb.yaml"
    document.write_text(_alias_bomb() + _bundle().replace("components:\n", "components:\n  x-bomb: *b8\n", 1))
    assert len(document.read_bytes()) < 1024 * 1024 and MAX_NODES < 10**9
    har = tmp_path / "empty.har"
    har.write_text('{"log": {"entries": []}}')
    started = time.monotonic()
    assert main(["validate", "--description", str(document), str(har)]) == 2
    assert time.monotonic() - started < 30
    assert "expands to more than" in capsys.readouterr().err
    assert main(["diff", str(document), str(ROOT / "generated" / "openapi.yaml")]) == 2
    assert "expands to more than" in capsys.readouterr().err


def test_diff_of_paths_that_are_a_list_is_a_message(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    odd = tmp_path / "odd.yaml"
    odd.write_text("openapi: 3.1.0\npaths: [1, 2]\n")
    assert main(["diff", str(odd), str(ROOT / "generated" / "openapi.yaml")]) == 2
    err = capsys.readouterr().err
    assert "`paths` is a list" in err and "Traceback" not in err


def test_diff_of_an_unbundled_description_says_so(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["diff", str(ROOT / "spec" / "openapi.yaml"), str(ROOT / "generated" / "openapi.yaml")]) == 2
    captured = capsys.readouterr()
    assert "not bundled" in captured.err and "BREAKING" not in captured.out


# ---------------------------------------------------------------------------------------------
# Found by new users


def test_vote_info_is_none_on_both_paths_when_no_vote_runs() -> None:
    body = success_body("get_vote_panel")
    body["data"] = {**(body.get("data") or {}), "vote_info": {}}
    client = sync_client(Recorder(json_response(body)), retry=NO_RETRY)
    method = client.votes.panel(room_id=1)
    envelope = get_vote_panel.sync(client=client.generated, room_id=1)
    assert method is not None and envelope is not None and envelope.data is not None
    assert method.vote_info is None and envelope.data.vote_info is None
    assert method.to_dict() == envelope.data.to_dict()


def test_the_pause_and_each_retry_are_logged(caplog: pytest.LogCaptureFixture) -> None:
    blocked = json_response({"code": -352, "message": "risk", "data": None})
    policy = RetryPolicy(max_attempts=3, initial_delay=0.0, max_delay=0.0, jitter=0.0, risk_control_pause=0.0)
    client = sync_client(Recorder(blocked, blocked, json_response(success_body("get_vote_panel"))), retry=policy)
    with caplog.at_level(logging.INFO, logger="bilispec"):
        client.call("get_vote_panel", room_id=1)
    warnings = [r.getMessage() for r in caplog.records if r.name == "bilispec" and r.levelno == logging.WARNING]
    assert sum("pauses" in m for m in warnings) == 2, warnings
    assert sum("retrying in" in m for m in warnings) == 2, warnings


def test_retries_after_a_refused_connection_are_logged(caplog: pytest.LogCaptureFixture) -> None:
    policy = RetryPolicy(max_attempts=3, initial_delay=0.0, max_delay=0.0, jitter=0.0)
    refused = httpx.ConnectError("refused")
    client = sync_client(Recorder(refused, refused, json_response(success_body("get_vote_panel"))), retry=policy)
    with caplog.at_level(logging.WARNING, logger="bilispec"):
        client.call("get_vote_panel", room_id=1)
    lines = [r.getMessage() for r in caplog.records if "retrying in" in r.getMessage()]
    assert len(lines) == 2 and all("get_vote_panel" in line and "ConnectError" in line for line in lines), lines


def test_validate_never_prints_the_entrys_own_cookie_values(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A response member equal to the bili_jct of the entry's own Cookie header (a token echoed back,
    wrongly typed): shown by value nowhere, in any of the three formats."""
    jct, buvid = uuid.uuid4().hex, f"{uuid.uuid4()}infoc".upper()
    op = description()["get_vote_panel"]
    body = success_body("get_vote_panel")
    body["data"] = {**(body.get("data") or {}), "vote_info": {"interaction_id": jct, "question": buvid}}
    body["message"] = jct  # drift reports show server messages
    entry = {
        "request": {
            "method": op.method,
            "url": f"{op.host}{op.path}?room_id=1",
            "headers": [{"name": "Cookie", "value": f"SESSDATA=x1; bili_jct={jct}; buvid3={buvid}"}],
        },
        "response": {
            "status": 200,
            "headers": [],
            "content": {"mimeType": "application/json", "text": json.dumps(body)},
        },
    }
    har = tmp_path / "echo.har"
    har.write_text(json.dumps({"log": {"entries": [entry]}}))
    for fmt in ("table", "json", "junit"):
        main(["validate", "--format", fmt, str(har)])
        out = capsys.readouterr()
        shown = out.out + out.err
        assert "interaction_id" in shown  # the violation is reported
        assert jct not in shown and jct[:12] not in shown and buvid not in shown, (fmt, shown[:800])
