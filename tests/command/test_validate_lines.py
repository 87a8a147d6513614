"""A large file of JSON lines (tools/line_stream.py): lines of HAR entries go together onto the lean
lane, every other line is read alone, and the report is the one the general way gives line by line
(documents.read_lines), with one process or several."""

from __future__ import annotations

import codecs
import json
from pathlib import Path
from typing import Any

import pytest

from bilispec.core.description import description
from bilispec.tools import documents, inputs
from bilispec.tools.audit import Auditor
from bilispec.tools.capture import DEFAULTS, Batch, InputProblem
from bilispec.tools.cli import main

from ..conftest import load_recording, recording_files
from .test_validate_streaming import _mutated, _mutations, _rich_entries, recording_entries


def _odd_lines() -> list[bytes]:
    """Lines the general way reads otherwise than as a HAR entry, or not at all."""
    entry = recording_entries()[0]
    recording = load_recording(recording_files()[0])
    as_text = json.dumps(entry)
    return [
        b"",
        b"   ",
        "\u3000".encode(),  # blank to str.strip, not to bytes
        b"{broken",
        (as_text + " " + as_text).encode(),  # two values on a line
        b"[1, 2]",
        b"5",
        b"  " + as_text.encode(),  # indented
        json.dumps(recording).encode(),
        json.dumps({"cmd": "DANMU_MSG", "info": [[0], "hi", [1, "u"]]}).encode(),
        json.dumps({**entry, "cmd": "DANMU_MSG"}).encode(),  # a command that also has a request
        json.dumps({**entry, "cmd": 5}).encode(),  # not a command: a HAR entry
        json.dumps({**entry, "request": "GET /"}).encode(),  # request not an object: a recording
        json.dumps({**entry, "response": {"status": 200}}).encode(),  # no content: a recording
        json.dumps({"request": {"method": "GET", "url": "https://example.com/"}, "response": {"status": 200}}).encode(),
        json.dumps({**recording, "request": {"method": "GET", "url": "https://example.com/"}}).encode(),
        json.dumps({**entry, "response": {**entry["response"], "content": None}}).encode(),
        json.dumps({**entry, "operation_id": "get_room_info"}).encode(),  # a HAR entry all the same
        json.dumps({**entry, "_webSocketMessages": []}).encode(),
        as_text.replace('"code"', '"code\\ud800"').encode(),  # a lone surrogate
        as_text.encode()[:-40] + b"\xff\xfe" + as_text.encode()[-40:],  # not UTF-8
        as_text.replace("200", "NaN", 1).encode(),
        codecs.BOM_UTF8 + as_text.encode(),  # a byte order mark in the middle of the file
        as_text.encode() + b"\r",  # a CRLF line
    ]


def _lines() -> list[bytes]:
    """HAR entries, recordings, mutated entries and odd lines, in turn."""
    entries = [json.dumps(e, ensure_ascii=False).encode() for e in recording_entries()]
    recordings = [json.dumps(load_recording(p)).encode() for p in recording_files()]
    mutated = []
    for entry in _rich_entries()[:3]:
        for number, (path, replacement) in enumerate(_mutations(entry)):
            if number % 7 == 0:
                mutated.append(json.dumps(_mutated(entry, path, replacement), ensure_ascii=False).encode())
    odd = _odd_lines()
    lines: list[bytes] = []
    for turn in range(len(mutated)):
        lines += [entries[turn % len(entries)], entries[(turn + 1) % len(entries)], mutated[turn]]
        if turn % 5 == 0:
            lines.append(recordings[turn % len(recordings)])
        if turn % 9 == 0:
            lines.append(odd[turn // 9 % len(odd)])
    return lines + odd


def _general(path: Path) -> list[Any]:
    """What the general way gives: the text split into lines, each read alone."""
    text = path.read_bytes().decode("utf-8-sig", "replace")
    return list(Auditor(description()).judge_all(documents.read_lines(str(path), text.split("\n"), DEFAULTS)))


@pytest.mark.parametrize(("ending", "last"), [(b"\n", b"\n"), (b"\r\n", b"\r\n"), (b"\n", b"")])
def test_json_lines_are_judged_as_the_general_way_judges_them_line_by_line(
    ending: bytes, last: bytes, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(inputs, "PEEK", 64 * 1024)  # the file streams
    lines = _lines()
    path = tmp_path / "capture.jsonl"
    path.write_bytes(codecs.BOM_UTF8 + ending.join(lines) + last)
    assert path.stat().st_size > 4 * inputs.PEEK
    read = list(inputs.read_file(path))
    batched = sum(len(item) for item in read if isinstance(item, Batch))
    assert all(item.lines for item in read if isinstance(item, Batch))
    assert batched > len(lines) * 0.8, (batched, len(lines))  # most lines go together
    judged = list(Auditor(description()).judge_all(read))
    general = _general(path)
    assert len(judged) == len(general) > len(lines) * 0.9
    for one, other in zip(judged, general, strict=True):
        assert one == other
    problems = [item for item in judged if isinstance(item, InputProblem)]
    assert any("line " in problem.message and "is not JSON" in problem.message for problem in problems)


def test_json_lines_keep_their_bounds(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """--max-entries cuts a batch of lines where the bound falls; a line longer than --max-decompressed
    ends the file after the lines before it."""
    monkeypatch.setattr(inputs, "PEEK", 64 * 1024)
    entry = json.dumps(recording_entries()[0]).encode()
    path = tmp_path / "capture.jsonl"
    path.write_bytes(b"\n".join([entry] * 500) + b"\n")
    assert main(["validate", "--format", "json", "--max-entries", "333", str(path)]) == 2
    report = json.loads(capsys.readouterr().out)
    assert report["summary"]["valid"] == 333
    assert "stopped after 333 entries" in report["input_errors"][0]["message"]
    long = path.with_name("long.jsonl")
    long.write_bytes(b"\n".join([entry] * 200 + [b'{"x": "' + b"y" * (2 << 20) + b'"}', entry]) + b"\n")
    assert main(["validate", "--format", "json", "--max-decompressed", "1", str(long)]) == 2
    report = json.loads(capsys.readouterr().out)
    assert report["summary"]["valid"] == 200
    assert "a line longer than 1 MiB" in report["input_errors"][0]["message"]
    # The bound is in characters: 700,000 of three bytes each pass it (2.1 MB), 1,100,000 do not.
    for count, past in ((700_000, False), (1_100_000, True)):
        wide = path.with_name(f"wide-{count}.jsonl")
        wide.write_bytes(b"\n".join([entry, json.dumps({"x": "中" * count}, ensure_ascii=False).encode(), entry]))
        main(["validate", "--format", "json", "--max-decompressed", "1", str(wide)])
        messages = [p["message"] for p in json.loads(capsys.readouterr().out)["input_errors"]]
        assert any("a line longer than 1 MiB" in m for m in messages) == past, messages


@pytest.mark.parametrize("fmt", ["json", "github"])
def test_jobs_give_the_report_of_one_process_for_json_lines(
    fmt: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("BILISPEC_JOBS_BATCH", "16")
    monkeypatch.setattr(inputs, "PEEK", 64 * 1024)
    lines = _lines()[:600] + _odd_lines()
    path = tmp_path / "capture.jsonl"
    path.write_bytes(b"\n".join(lines) + b"\n")
    outputs = []
    for jobs in ("1", "2", "3"):
        code = main(["validate", "--format", fmt, "--jobs", jobs, str(path)])
        outputs.append((code, capsys.readouterr().out))
    assert outputs[0][0] == 1 and len(outputs[0][1]) > 10_000  # invalid bodies and lines not JSON
    assert all(output == outputs[0] for output in outputs)
