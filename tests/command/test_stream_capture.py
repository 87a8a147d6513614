"""`bilispec validate` on recorded message streams: a HAR's `_webSocketMessages` (binary frames in
base64, zlib and brotli batches) and JSON-lines files of decoded commands, judged per command."""

from __future__ import annotations

import base64
import json
from pathlib import Path
from typing import Any

import pytest

from bilispec.core import frames
from bilispec.tools.cli import main

CORPUS = Path(__file__).resolve().parents[1] / "stream_messages"
TOKEN = "tok3n-SECRET-do-not-print"
BUVID = "BUVID-SECRET-0000-1111"


def _cases(cmd: str) -> list[dict[str, Any]]:
    return [json.loads(p.read_text(encoding="utf-8"))["command"] for p in sorted((CORPUS / cmd).glob("*.json"))]


def _frame(data: bytes, kind: str = "receive") -> dict[str, Any]:
    return {"type": kind, "time": 1700000000.5, "opcode": 2, "data": base64.b64encode(data).decode()}


def _har(messages: list[dict[str, Any]]) -> dict[str, Any]:
    entry = {
        "request": {"method": "GET", "url": f"wss://broadcastlv.chat.bilibili.com:2245/sub?token={TOKEN}"},
        "response": {"status": 101, "content": {}},
        "_resourceType": "websocket",
        "_webSocketMessages": messages,
    }
    return {"log": {"version": "1.2", "entries": [entry]}}


def _validate(capsys: pytest.CaptureFixture[str], path: Path) -> tuple[int, dict[str, Any], str]:
    code = main(["validate", "--format", "json", str(path)])
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    return code, json.loads(out), out + err


def _outcomes(report: dict[str, Any]) -> list[tuple[str, str]]:
    return [(r["operation_id"], r["outcome"]) for r in report["results"]]


def test_har_stream_frames_are_decoded_and_judged(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    danmaku = _cases("DANMU_MSG")
    live, block = _cases("LIVE")[0], _cases("ROOM_BLOCK_MSG")[0]
    broken = {**block, "data": {**block["data"], "uid": ["a list"]}}
    messages = [
        _frame(frames.auth_body(1017, TOKEN, uid=1, buvid=BUVID), "send"),
        _frame(frames.auth_reply(0)),
        _frame(frames.heartbeat(), "send"),
        _frame(frames.heartbeat_reply(1234)),
        _frame(frames.encode_batch([frames.encode_command(c) for c in danmaku])),  # brotli
        _frame(frames.encode_batch([frames.encode_command(live)], version=2)),  # zlib
        _frame(frames.encode_command({"cmd": "SOMETHING_NEW", "data": {}})),
        _frame(frames.encode_command(broken)),
        {"type": "receive", "time": 1.0, "opcode": 1, "data": json.dumps(block)},  # a text frame
    ]
    path = tmp_path / "room.har"
    path.write_text(json.dumps(_har(messages)), encoding="utf-8")
    code, report, text = _validate(capsys, path)
    assert _outcomes(report) == [
        *[("DANMU_MSG", "valid")] * len(danmaku),
        ("LIVE", "valid"),
        ("SOMETHING_NEW", "drift"),
        ("ROOM_BLOCK_MSG", "invalid"),
        ("ROOM_BLOCK_MSG", "valid"),
    ]
    invalid = report["results"][-2]
    assert [f["pointer"] for f in invalid["violations"]] == ["/data/uid"] and code == 1
    assert TOKEN not in text and BUVID not in text  # the auth packet and the URL's token


def test_unreadable_frames_are_problems_not_tracebacks(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    good = frames.encode_command(_cases("LIVE")[0])
    messages = [
        {"type": "receive", "opcode": 2, "data": "%%% not base64"},
        _frame(good[:-3]),  # truncated
        _frame(frames.encode(5, b"\x00garbage", version=3)),  # brotli that is not
        _frame(frames.auth_reply(-101)),
        _frame(good),
    ]
    path = tmp_path / "broken.har"
    path.write_text(json.dumps(_har(messages)), encoding="utf-8")
    code, report, _ = _validate(capsys, path)
    assert _outcomes(report) == [("LIVE", "valid")]
    problems = [p["message"] for p in report["input_errors"]]
    assert len(problems) == 4 and any("auth refused" in p for p in problems) and code == 2


def test_jsonl_of_decoded_commands(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    lines = [json.dumps(c, ensure_ascii=False) for c in _cases("DM_INTERACTION")[:3]]
    lines += ["", json.dumps({"cmd": "PREPARING", "roomid": ["x"]}), "not json", json.dumps({"cmd": "NEW_ONE"})]
    for name in ("room.jsonl", "capture.txt"):  # by its name, or by its first line
        path = tmp_path / name
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        code, report, _ = _validate(capsys, path)
        assert _outcomes(report) == [
            ("DM_INTERACTION", "valid"),
            ("DM_INTERACTION", "valid"),
            ("DM_INTERACTION", "valid"),
            ("PREPARING", "invalid"),
            ("NEW_ONE", "drift"),
        ]
        # the line reader every JSON-lines capture goes through names the line that is not JSON
        assert [p["message"][:18] for p in report["input_errors"]] == ["line 6 is not JSON"] and code == 1
        assert report["results"][3]["source"].endswith("line 5")
