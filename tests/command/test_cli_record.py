"""`bilispec record` against the sandbox: recordings that validate and hold no secret.

The sandbox's anchor account is given canary credentials made at run time, and a middleware adds
canary URL signatures and stream keys to every URL its answers carry, so that each kind of secret
reaches the recorder; then everything written is searched for the canaries in every spelling.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import quote, unquote

import pytest

from bilispec import BiliClient
from bilispec.client.retries import NO_RETRY
from bilispec.core.description import Description
from bilispec.sandbox import (
    SANDBOX_BILI_JCT,
    SANDBOX_OTHER_UID,
    SANDBOX_REPLAY_ID,
    SANDBOX_ROOM_ID,
    SANDBOX_SESSDATA,
    SANDBOX_UID,
    World,
    create_app,
    running,
)
from bilispec.tools import record as record_module
from bilispec.tools.cli import main
from bilispec.tools.record import SANDBOX_ORIGIN, Recorder, leaked, read_only_operations

from ..conftest import report_figure

SESSDATA = f"{uuid.uuid4().hex[:8]}%2C1790000000%2C{uuid.uuid4().hex[:5]}*c4nary"
BILI_JCT = f"canaryjct{uuid.uuid4().hex}"
UPSIG = uuid.uuid4().hex
STREAM_KEY = f"canarystream{uuid.uuid4().hex[:20]}"
AMZ = uuid.uuid4().hex * 2
CANARIES = {"SESSDATA": SESSDATA, "bili_jct": BILI_JCT, "upsig": UPSIG, "stream key": STREAM_KEY, "amz": AMZ}
IDS = [
    f"--room-id={SANDBOX_ROOM_ID}",
    f"--id={SANDBOX_ROOM_ID}",  # getDanmuInfo's room
    f"--live-uid={SANDBOX_OTHER_UID}",
    f"--record-id={SANDBOX_REPLAY_ID}",
    "--manual-type=1",
    "--start-tm=0000-01-01 00:00:00",
    "--end-tm=1970-01-01 00:00:00",
    "--system-version=2",
    f"--id={SANDBOX_ROOM_ID}",
    f"--anchor-id={SANDBOX_UID}",
]


def _signed(value: Any) -> Any:
    """Every URL in an answer, signed the way CDN and upload URLs are."""
    if isinstance(value, str) and value.startswith("http"):
        joiner = "&" if "?" in value else "?"
        return f"{value}{joiner}upsig={UPSIG}&key={STREAM_KEY}&X-Amz-Signature={AMZ}"
    if isinstance(value, dict):
        return {k: _signed(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_signed(v) for v in value]
    return value


class SignUrls:
    """ASGI middleware over the sandbox: adds signatures to the URLs in JSON answers."""

    def __init__(self, app: Any) -> None:
        self.app = app
        self.signed = 0

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        start: dict[str, Any] = {}
        chunks: list[bytes] = []

        async def capture(message: dict[str, Any]) -> None:
            if message["type"] == "http.response.start":
                start.update(message)
                return
            chunks.append(message.get("body", b""))
            if message.get("more_body"):
                return
            body = b"".join(chunks)
            try:
                signed = json.dumps(_signed(json.loads(body)), ensure_ascii=False).encode()
            except ValueError:
                signed = body
            self.signed += signed != body
            headers = [(k, v) for k, v in start.get("headers", []) if k.lower() != b"content-length"]
            headers.append((b"content-length", str(len(signed)).encode()))
            await send({**start, "headers": headers})
            await send({"type": "http.response.body", "body": signed})

        await self.app(scope, receive, capture)


@pytest.fixture()
def canary_sandbox(monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[str, SignUrls]]:
    world = World()
    anchor = world.accounts[0]
    anchor.sessdata, anchor.bili_jct = SESSDATA, BILI_JCT  # the sandbox's anchor logs in with the canaries
    app = SignUrls(create_app(world))
    monkeypatch.setenv("BILI_SESSDATA", SESSDATA)
    monkeypatch.setenv("BILI_JCT", BILI_JCT)
    with running(app) as base_url:
        yield base_url, app


def spellings(secret: str) -> set[str]:
    plain = unquote(secret)
    return {secret, plain, quote(plain, safe=""), secret[:14], secret[-14:]}


def test_record_writes_recordings_that_validate_and_hold_no_secret(
    tmp_path: Path, canary_sandbox: tuple[str, SignUrls], capsys: pytest.CaptureFixture[str], desc: Description
) -> None:
    base_url, signer = canary_sandbox
    out = tmp_path / "recordings"
    code = main(["record", "--base-url", base_url, "--out", str(out), *IDS])
    printed = capsys.readouterr()
    assert code == 0, printed.out + printed.err
    files = sorted(out.rglob("*"))
    written = sorted(p for p in files if p.is_file())
    reads = [op.operation_id for op in read_only_operations(desc)]
    assert [p.parent.name for p in written] == sorted(reads)  # every GET operation, one file each
    assert all(p.name == "recorded.json" for p in written)
    assert signer.signed >= len(reads) // 2  # the canary signatures really were in the answers

    # The recordings validate, with no drift, through the same command.
    assert main(["validate", str(out), "--format", "json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["summary"]["valid"] == len(reads)

    # Nothing written (recordings, and anything else under out/) holds a canary in any spelling ...
    texts = {p: p.read_text(encoding="utf-8") for p in written}
    for path, text in texts.items():
        for name, secret in CANARIES.items():
            for spelling in spellings(secret):
                assert spelling not in text, f"{name} in {path}"
    # ... the secrets' places say SCRUBBED, and the sandbox's random port became the default one.
    everything = "\n".join(texts.values())
    assert '"SESSDATA": "SCRUBBED"' in everything and "upsig=SCRUBBED" in everything
    assert "key=SCRUBBED" in everything and "X-Amz-Signature=SCRUBBED" in everything
    assert base_url not in everything and SANDBOX_ORIGIN in everything
    # Nor does the command's own output.
    for secret in CANARIES.values():
        for spelling in spellings(secret):
            assert spelling not in printed.out + printed.err
    report_figure(
        f"record: {len(written)} read-only operations recorded from the sandbox with canary cookies and signed "
        f"URLs; all validate, no canary in any file or output"
    )


def test_a_secret_that_survives_scrubbing_is_not_written(
    tmp_path: Path, canary_sandbox: tuple[str, SignUrls], monkeypatch: pytest.MonkeyPatch, desc: Description
) -> None:
    """Belt and braces: when scrubbing misses something, the file is refused, not written."""
    base_url, _ = canary_sandbox
    monkeypatch.setattr(record_module, "scrub", lambda value: value)  # a scrubber that misses everything
    lines: list[str] = []
    out = tmp_path / "out"
    with Recorder(desc, out, base_url=base_url, sessdata=SESSDATA, bili_jct=BILI_JCT, log=lines.append) as recorder:
        results = recorder.run({"room_id": SANDBOX_ROOM_ID}, ["get_vote_panel", "anchor_get_replay_list"])
    outcomes = {r.operation_id: r for r in results}
    assert outcomes["anchor_get_replay_list"].outcome == "failed", lines  # its cover URLs carry the signatures
    assert "survived scrubbing" in outcomes["anchor_get_replay_list"].detail
    assert not (out / "anchor_get_replay_list").exists()
    assert outcomes["get_vote_panel"].outcome == "written"  # no URL, no secret: the check is not over-eager


def test_leak_check_sees_credentials_in_every_spelling() -> None:
    for text in (SESSDATA, quote(SESSDATA, safe=""), SESSDATA.replace("%2C", ","), json.dumps({"c": BILI_JCT})):
        assert leaked(text, [SESSDATA, BILI_JCT]), text
    assert leaked(f"?key={STREAM_KEY}", []) == ["stream key"]
    assert not leaked('{"SESSDATA": "SCRUBBED", "url": "?key=SCRUBBED"}', [SESSDATA, BILI_JCT])


def test_missing_ids_skip_operations_and_name_the_options(
    tmp_path: Path, canary_sandbox: tuple[str, SignUrls], capsys: pytest.CaptureFixture[str]
) -> None:
    base_url, _ = canary_sandbox
    code = main(["record", "--base-url", base_url, "--out", str(tmp_path), "--operation", "get_vote_panel"])
    out = capsys.readouterr().out
    assert code == 1  # nothing written
    assert "skipped" in out and "needs --room-id" in out
    code = main(
        [
            "record",
            "--base-url",
            base_url,
            "--out",
            str(tmp_path),
            "--operation",
            "get_vote_panel",
            f"--room-id={SANDBOX_ROOM_ID}",
        ]
    )
    assert code == 0 and (tmp_path / "get_vote_panel" / "recorded.json").is_file()


def test_usage_errors(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.delenv("BILI_SESSDATA", raising=False)
    assert main(["record", "--base-url", "http://127.0.0.1:9", "--out", str(tmp_path)]) == 2
    assert "BILI_SESSDATA" in capsys.readouterr().err
    monkeypatch.setenv("BILI_SESSDATA", SESSDATA)
    assert main(["record", "--base-url", "http://127.0.0.1:9", "--operation", "start_live"]) == 2
    assert "not read-only" in capsys.readouterr().err
    assert main(["record", "--base-url", "http://127.0.0.1:9", "--operation", "nope"]) == 2
    assert main(["record", "--base-url", "http://127.0.0.1:9", "--case", "../escape"]) == 2
    # Nothing listens on port 9: a transport failure is reported per operation, no traceback.
    args = ["record", "--base-url", "http://127.0.0.1:9", "--out", str(tmp_path), "--attempts", "1"]
    assert main([*args, "--operation", "anchor_get_replay_list"]) == 1
    printed = capsys.readouterr()
    assert "failed" in printed.out and "Traceback" not in printed.out + printed.err
    assert SESSDATA not in printed.out + printed.err


def test_the_canary_check_can_fail(tmp_path: Path) -> None:
    """The search for canaries finds one that is there."""
    path = tmp_path / "leak.json"
    path.write_text(json.dumps({"url": f"https://x/y?upsig={UPSIG}"}))
    assert any(s in path.read_text() for s in spellings(UPSIG))
    assert leaked(path.read_text(), []) == ["upsig"]


async def risk_control_page(scope: dict[str, Any], receive: Any, send: Any) -> None:
    """An ASGI app that answers everything like risk control does: HTTP 412 and an HTML page."""
    await send({"type": "http.response.start", "status": 412, "headers": [(b"content-type", b"text/html")]})
    await send({"type": "http.response.body", "body": b"<html><title>412</title></html>"})


def test_a_non_json_answer_is_reported_not_written(desc: Description, tmp_path: Path) -> None:
    with running(risk_control_page) as base_url:
        recorder = Recorder(desc, tmp_path, base_url=base_url, sessdata=SESSDATA, bili_jct=None, retry=NO_RETRY)
        with recorder:
            (result,) = recorder.run({}, ["anchor_get_replay_list"])
    assert result.outcome == "failed" and "HTTP 412 with a non-JSON body (text/html)" in result.detail
    assert not any(tmp_path.rglob("*.json"))


def test_sandbox_module_serves_until_stopped() -> None:
    """`python -m bilispec.sandbox` (make sandbox) serves in the foreground on BILISPEC_SANDBOX_PORT;
    a call through the client gets an answer. (`bilispec sandbox --port N`, the console script, is
    run the same way with --log-requests in tests/kit/test_sandbox_kit.py.)"""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    env = {**os.environ, "BILISPEC_SANDBOX_PORT": str(port)}
    server = subprocess.Popen([sys.executable, "-m", "bilispec.sandbox"], stdout=subprocess.PIPE, text=True, env=env)
    try:
        assert server.stdout is not None
        assert f"http://127.0.0.1:{port}" in server.stdout.readline()  # it says where it listens
        deadline = time.monotonic() + 20
        while True:  # until it listens: polled here, not by the client's retries and their backoff
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                assert time.monotonic() < deadline and server.poll() is None, "the sandbox did not start"
                time.sleep(0.02)
        base_url = f"http://127.0.0.1:{port}"
        with BiliClient(base_url=base_url, sessdata=SANDBOX_SESSDATA, bili_jct=SANDBOX_BILI_JCT) as client:
            assert client.votes.panel(room_id=SANDBOX_ROOM_ID) is not None
    finally:
        server.terminate()  # the process this test started, by its handle
        server.wait(timeout=10)


def test_secrets_command_finds_what_scrubbing_missed(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "clean.json").write_text('{"cookies": {"SESSDATA": "SCRUBBED"}, "url": "?key=SCRUBBED"}')
    assert main(["secrets", str(tmp_path)]) == 0
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "leak.har").write_text(json.dumps({"url": f"rtmp://x/?streamname=a&key={STREAM_KEY}"}))
    assert main(["secrets", str(tmp_path)]) == 1
    out = capsys.readouterr().out
    assert "leak.har: stream key: key=" in out and STREAM_KEY not in out  # named, not shown
    assert main(["secrets", str(tmp_path / "missing")]) == 2
