"""`bilispec validate`'s bulk paths say what the one-by-one paths say.

Plain results (results.Plain: valid, body validated, nothing found) are counted and written in bulk,
each format's text made once per operation and URL; a large HAR's entries are read as bytes, runs
of them in one decode; `--jobs` workers write plain results themselves. Each is compared here with
the path it replaces: every format, odd file names, layouts that also occur inside entries, bytes
that are not UTF-8, and both ways of starting workers.
"""

from __future__ import annotations

import io
import json
import multiprocessing
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from bilispec.tools import har_stream, inputs, parallel, render
from bilispec.tools.annotations import GithubWriter, SarifWriter
from bilispec.tools.results import Plain, Tally

from .. import har_support as har
from .test_validate_streaming import repeated, run, write_har

_ENTRIES: list[tuple[int, str, str | None, str | None]] = [
    (0, "get_room_info", "GET", "https://api.live.bilibili.com/room/v1/Room/get_info"),
    (7, "get_room_info", "GET", "https://api.live.bilibili.com/room/v1/Room/get_info"),
    (12, "send_danmaku", "POST", "https://api.live.bilibili.com/msg/send"),
    (3000, "get_room_info", "GET", 'https://api.live.bilibili.com/a"b\\c/ü/&<>'),
    (3001, "get_room_info", "GET", None),
]


def _writers(out: io.StringIO) -> dict[str, render.Writer]:
    return {
        "json": render.JsonWriter(out, False, False),
        "table": render.TableWriter(out, False, False, False, 30),
        "table, colour": render.TableWriter(out, False, True, False, 30),
        "table, quiet": render.TableWriter(out, False, False, True, 30),
        "junit": render.JunitWriter(out, False),
        "github": GithubWriter(out, False),
        "sarif": SarifWriter(out, False, "0"),
    }


@pytest.mark.parametrize("file", ["capture.har", 'we"ird\\name ü&<>.har', "lone\udcff.har"])
@pytest.mark.parametrize("kind", list(_writers(io.StringIO())))
def test_plain_results_written_in_bulk_are_written_as_one_by_one(kind: str, file: str) -> None:
    plain = Plain(file, _ENTRIES)
    texts = []
    for bulk in (True, False):
        out = io.StringIO()
        writer, tally = _writers(out)[kind], Tally()
        for _ in range(2):  # twice: the first of them and the ones after write differently
            if bulk:
                writer.add_plain(writer.plain(plain))
                tally.add_plain(len(plain))
            else:
                for result in plain.results():
                    writer.add(result)
                    tally.add(result)
        writer.close(tally)
        texts.append(out.getvalue().replace('time="0.000"', ""))
    assert texts[0] == texts[1]
    assert texts[0].count("3000") >= 2 * (kind not in ("github", "sarif", "table, quiet"))


def _report(capsys: pytest.CaptureFixture[str], path: Path, *argv: str) -> tuple[int, str]:
    code, out, _ = run(capsys, "--format", "json", *argv, str(path))
    return code, out


def _streamed_and_whole(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, path: Path, *argv: str
) -> list[tuple[int, str]]:
    """The report of the file streamed (PEEK lowered under its size) and read whole."""
    reports = []
    for peek in (32 * 1024, inputs.PEEK):
        monkeypatch.setattr(inputs, "PEEK", peek)
        reports.append(_report(capsys, path, *argv))
    assert path.stat().st_size > 32 * 1024
    return reports


def test_a_layout_that_also_occurs_inside_entries_reads_the_same(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Pretty-printed without indentation, the text between two entries (`}`, `,`, a newline, `{`
    and their first member name) is also the text between two objects inside an entry that begin
    with that name: a run cut there fails to decode, and the entries are cut one at a time."""
    entries = [json.loads(json.dumps(e)) for e in repeated(120)]
    for entry in entries:
        entry["request"]["headers"] = [{"name": "Accept", "value": "*/*"}, {"name": "Origin", "value": "x"}]
        entry["_initiator"] = [{"a": 1}, {"startedDateTime": "2026-01-01T00:00:00Z"}]
    path = tmp_path / "flat.har"
    path.write_text(json.dumps(har.har(entries), indent=0, ensure_ascii=False), encoding="utf-8")
    assert '},\n{\n"startedDateTime"' in json.dumps(entries[0], indent=0)  # inside an entry too
    streamed, whole = _streamed_and_whole(capsys, monkeypatch, path, "--jobs", "1")
    assert streamed == whole
    assert json.loads(streamed[1])["summary"]["valid"] == len(entries)


@pytest.mark.parametrize("separators", [(",", ":"), (", ", ": ")], ids=["compact", "one line"])
def test_a_file_without_indentation_is_cut_before_the_first_member_name(
    separators: tuple[str, str],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Compact JSON on one line: nothing but `},{` lies between two entries, and between two headers
    too. The reader cuts at `},{` followed by the entries' first member name, in runs: not one entry at
    a time (seven times slower). An entry that begins with another member and a nested object that
    begins with the same one (a cut there does not decode) read as the file read whole."""
    monkeypatch.setenv("BILISPEC_JOBS_BATCH", "16")
    entries = [json.loads(json.dumps(e)) for e in repeated(600)]
    for entry in entries:
        entry["request"]["headers"] = [{"name": "Accept", "value": "*/*"}, {"name": "Origin", "value": "x"}]
    first = next(iter(entries[0]))
    entries[50] = {"pageref": "page_1", **entries[50]}
    entries[120]["_initiator"] = [{"x": 1}, {first: "2026-01-01T00:00:00Z", "y": 2}]
    path = tmp_path / "compact.har"
    text = json.dumps(har.har(entries), separators=separators, ensure_ascii=False)
    assert "\n" not in text and text.count("},{" if separators[0] == "," else "}, {") > len(entries) + 500
    path.write_text(text, encoding="utf-8")
    decoded: Counter[str] = Counter()
    real = har_stream.HarEntries._decode

    def counted(self: har_stream.HarEntries) -> Any:
        decoded["one"] += 1
        return real(self)

    monkeypatch.setattr(har_stream.HarEntries, "_decode", counted)
    monkeypatch.setattr(inputs, "PEEK", 32 * 1024)
    streamed = _report(capsys, path, "--jobs", "1")
    assert decoded["one"] <= 2 * 16 + 1, decoded  # the first entry, and a run's worth after the odd cut
    monkeypatch.setattr(inputs, "PEEK", 64 * 1024 * 1024)
    assert streamed == _report(capsys, path, "--jobs", "1") == _report(capsys, path, "--jobs", "2")
    assert json.loads(streamed[1])["summary"]["exchanges"] == len(entries)


@pytest.mark.parametrize("fmt", ["json", "table"])
def test_drift_at_ever_new_places_is_grouped_within_a_bound(
    fmt: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Every answer with a member of a new name (an object keyed by ids the description does not
    make a map): the report lists MOST_GROUPS groups, then one group more for the rest of each kind
    and operation, and every finding is counted in one of them (the groups once grew an entry each)."""
    monkeypatch.setattr(render, "MOST_GROUPS", 7)
    entries = [json.loads(json.dumps(e)) for e in repeated(90)]
    for n, entry in enumerate(entries):
        body = json.loads(entry["response"]["content"]["text"])
        entry["response"]["content"]["text"] = json.dumps({**body, f"x_member_{n}": 1})
    path = write_har(tmp_path / "capture.har", entries)
    code, out, _ = run(capsys, "--format", fmt, "--jobs", "1", str(path))
    assert code == 1
    if fmt == "table":
        assert "past the 7 groups a report lists" in out
        return
    groups = json.loads(out)["drift"]
    rest = [g for g in groups if "past the 7 groups" in g["message"]]
    assert len(groups) - len(rest) == 7 and rest
    assert sum(g["count"] for g in groups) == len(entries)
    assert all(g["pointer"] == "" and g["kind"] == "member" for g in rest)


def test_bytes_that_are_not_utf8_read_as_when_the_file_was_text(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A byte that is no UTF-8 in a body, a URL and a member nobody reads: the streamed bytes give the report the
    file read whole gives (each such byte read as U+FFFD)."""
    entries = repeated(200)
    path = write_har(tmp_path / "capture.har", entries)
    data = path.read_bytes()
    for needle in (b'\\"message\\": \\"', b'"url": "https://', b'"statusText": "'):
        at = data.index(needle, len(data) // 3) + len(needle)  # inside the string
        data = data[:at] + b"\xff" + data[at:]
    path.write_bytes(data)
    streamed, whole = _streamed_and_whole(capsys, monkeypatch, path, "--jobs", "1")
    assert streamed == whole
    summary = json.loads(streamed[1])["summary"]
    assert summary["exchanges"] == len(entries) and summary["valid"] < len(entries), summary


def test_entries_larger_than_a_chunk_read_as_when_read_whole(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The first entry (read by the decoder, which learns the layout from it) and one later entry
    hold 3 MB bodies, past the reader's 1 MiB chunks and the decoder's first window."""
    big = har.entry("GET", "https://s1.hdslb.com/bfs/static/app.js", text="y" * 3_000_000, mime="text/javascript")
    entries = [big, *repeated(60), big, *repeated(60)]
    path = write_har(tmp_path / "capture.har", entries)
    streamed = _report(capsys, path, "--jobs", "1")
    monkeypatch.setattr(inputs, "PEEK", 64 * 1024 * 1024)
    assert streamed == _report(capsys, path, "--jobs", "1")
    summary = json.loads(streamed[1])["summary"]
    assert summary["skipped"] == 2 and summary["valid"] == 120, summary


@pytest.mark.parametrize("method", ["fork", "spawn"])
def test_workers_started_either_way_give_the_report_of_one_process(
    method: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Workers forked (they inherit the compiled auditor) or spawned (they build it from the
    description): the report of --jobs 1, in every format that writes plain results."""
    monkeypatch.setenv("BILISPEC_JOBS_BATCH", "16")
    monkeypatch.setattr(inputs, "PEEK", 64 * 1024)
    monkeypatch.setattr(multiprocessing, "get_all_start_methods", lambda: [method])
    pooled: list[Any] = []
    real = parallel._pooled

    def spied(*arguments: Any) -> Any:
        pooled.append(arguments[2])
        return real(*arguments)

    monkeypatch.setattr(parallel, "_pooled", spied)
    entries = repeated(200)
    entries[99]["response"]["content"]["text"] = '{"code": "zero"}'
    for entry in entries[120::7]:  # answers with drift, again and again: they cross as their text
        entry["response"]["content"]["text"] = json.dumps({**json.loads(entry["response"]["content"]["text"]), "x": 1})
    path = write_har(tmp_path / "capture.har", entries)
    formats = ("json", "table", "junit", "github", "sarif")
    for fmt in formats:
        one = run(capsys, "--format", fmt, "--jobs", "1", str(path))[:2]
        two = run(capsys, "--format", fmt, "--jobs", "2", str(path))[:2]
        assert one[0] == two[0] == 1
        strip = (lambda text: text.split('time="')[0] + text.split("<testcase", 1)[-1]) if fmt == "junit" else str
        assert strip(one[1]) == strip(two[1]), fmt
    assert pooled == [2] * len(formats)


@pytest.mark.parametrize("indent", [None, 2])
@pytest.mark.parametrize("most", [None, 170])
def test_runs_read_in_their_lean_form_fall_back_where_an_entry_is_odd(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    indent: int | None,
    most: int | None,
) -> None:
    """The reader reads each run of entries into the auditor's lean form in the decode that proves its
    cut. An entry of odd types (a status as text) fails that decode for its run, which is then read as
    raw values; entries the general way judges are taken from runs whose entries are separated by
    white space; --max-entries cuts a run read either way. Streamed or read whole: one report."""
    monkeypatch.setenv("BILISPEC_JOBS_BATCH", "16")
    entries = [json.loads(json.dumps(e)) for e in repeated(300)]
    entries[100]["response"]["status"] = "200"
    entries[150]["response"]["content"]["text"] = '{"code": 0, "data": {"brand_new": 1}'  # cut short
    entries[200]["response"]["content"]["text"] = entries[200]["response"]["content"]["text"].replace("{", '{"x":1,', 1)
    path = write_har(tmp_path / "capture.har", entries, indent=indent)
    argv = ("--jobs", "1") if most is None else ("--jobs", "1", "--max-entries", str(most))
    ways: Counter[str] = Counter()
    real = har_stream.HarEntries._raw_runs

    def raw_runs(self: har_stream.HarEntries, last: int) -> list[har_stream.Run]:
        runs = real(self, last)
        ways["raw"] += sum(run.count for run in runs)
        return runs

    monkeypatch.setattr(har_stream.HarEntries, "_raw_runs", raw_runs)
    streamed, whole = _streamed_and_whole(capsys, monkeypatch, path, *argv)
    assert streamed == whole
    assert 0 < ways["raw"] <= 2 * 16, ways  # the odd entry's run (in each read), and no more
    summary = json.loads(streamed[1])["summary"]
    assert summary["exchanges"] == (most or len(entries)), summary
    assert summary["valid"] <= summary["exchanges"] - (2 if most else 3), summary


def _said_results(file: str) -> list[Any]:
    """Results that differ only in their entry number (the same wrong request, the same drifting
    answer, again and again), and some that are numbered otherwise."""
    from bilispec.core.findings import drift, request_problem

    wrong = request_problem("/method", "method", "POST", "GET", "wrong HTTP method", "spec/paths/x.yaml")
    other = request_problem("/query/room_id", "required", "present", "missing", "'room_id' is missing", "spec/x.yaml")
    new = drift("member", "/data/0/x_new", "integer", "member the description does not know", "spec/x.yaml")
    url = "https://api.live.bilibili.com/x"
    found = []
    for n in [0, 1, 2, 9, 10, 99, 100, 12345, 3, 8_371_190_465_002_918_273]:
        found.append(render.Result(f"{file}#{n}", file, n, "add_black", "GET", url, 200, "invalid", [wrong], [], None))
        found.append(render.Result(f"{file}#{n}", file, n, "add_black", "GET", url, 200, "invalid", [other], [], None))
        found.append(render.Result(f"{file}#{n}", file, n, "get_info", "GET", url, 200, "drift", [], [new], None, True))
        found.append(render.Result(f"{file}#{n}", file, n, "get_info", "GET", url, 412, "drift", [], [new], "HTTP 412"))
    found.append(render.Result(file, file, None, "add_black", "GET", url, 200, "invalid", [wrong], [], None))
    found.append(render.Result(f"{file}#5 frame 2", file, 5, "DANMU_MSG", "WS", url, None, "drift", [], [new], None))
    return found


@pytest.mark.parametrize("file", ["capture.har", "capture.jsonl", 'we"ird 0123 ü&<>.har'])
@pytest.mark.parametrize("kind", list(_writers(io.StringIO())))
def test_results_differing_in_their_number_are_written_as_one_by_one(
    kind: str, file: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A format's text of a result is made once for results that differ only in their number, and
    written around each number (plain.Said): the same text as made for each result, in every format,
    whatever the numbers' lengths, where a format shows the number otherwise too (GitHub's line of
    a JSON-lines entry: its number plus one), and for results numbered otherwise (a frame's)."""
    from bilispec.tools import plain

    results = _said_results(file)
    texts, made = [], []
    for kept in (True, False):
        if not kept:
            monkeypatch.setattr(plain.Said, "__call__", lambda self, result: self._text(result))
        out = io.StringIO()
        writer, tally = _writers(out)[kind], Tally()
        real = writer.said._text if kept and hasattr(writer, "said") else None
        if real is not None:
            writer.said._text = lambda result, real=real: made.append(1) or real(result)  # type: ignore[attr-defined]
        for result in results:
            writer.add(result)
            tally.add(result)
        writer.close(tally)
        texts.append(out.getvalue())
    assert texts[0] == texts[1]
    numbered_otherwise = kind in ("github", "sarif") and file.endswith(".jsonl")  # a line: the number plus one
    if kind != "table, quiet" and not numbered_otherwise:
        assert len(made) < len(results)  # kept: fewer texts made (two for each kept) than results written
