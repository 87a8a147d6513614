"""`--jobs` on a large plain HAR: after its first entry, the workers read the file by byte ranges
(tools/har_ranges.py), and the report is still the one of one process, whatever the file's layout:
where a range does not read (the layout also inside entries, a truncated file, an entry past the
bound, the entry bound itself), the file is read on from the last whole entry the way one process
does. Most runs here judge in this process through a pool that runs each task at once (the same
protocol, no processes); one runs real workers."""

from __future__ import annotations

import concurrent.futures
import functools
import gzip
import itertools
import json
import re
import tempfile
from concurrent.futures import Future
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bilispec.tools import har_ranges, inputs, parallel, render
from bilispec.tools.plain import PlainFormat
from bilispec.tools.results import Plain
from bilispec.tools.values import Layout

from .. import har_support as har
from ..conftest import load_recording, recording_files
from .test_validate_streaming import recording_entries, repeated, run, write_har

FORMATS = ("json", "table", "junit", "github", "sarif")


class _AtOnce:
    """A ProcessPoolExecutor that runs each task as it is submitted, in this process."""

    def __init__(self, jobs: int, mp_context: Any = None, initializer: Any = None, initargs: Any = ()) -> None:
        pass

    def submit(self, function: Any, *arguments: Any) -> Future[Any]:
        future: Future[Any] = Future()
        future.set_result(function(*arguments))
        return future

    def shutdown(self, wait: bool = True, cancel_futures: bool = False) -> None:
        pass


@pytest.fixture
def spied(monkeypatch: pytest.MonkeyPatch) -> dict[str, int]:
    """Ranges read and read-ons (the file read on the way one process does), counted; files over
    16 KiB stream, a range holds about 8 entries."""
    monkeypatch.setenv("BILISPEC_JOBS_BATCH", "8")
    monkeypatch.setattr(inputs, "PEEK", 16 * 1024)
    counts = {"ranges": 0, "unread": 0, "resumed": 0}
    read_range, resume = parallel.read_range, parallel.resume

    def counted_range(*arguments: Any) -> Any:
        span = read_range(*arguments)
        counts["ranges"] += 1
        counts["unread"] += span is None
        return span

    def counted_resume(*arguments: Any) -> Any:
        counts["resumed"] += 1
        return resume(*arguments)

    monkeypatch.setattr(parallel, "read_range", counted_range)
    monkeypatch.setattr(parallel, "resume", counted_resume)
    return counts


@pytest.fixture
def at_once(monkeypatch: pytest.MonkeyPatch, spied: dict[str, int]) -> dict[str, int]:
    monkeypatch.setattr(concurrent.futures, "ProcessPoolExecutor", _AtOnce)
    return spied


def _report(
    capsys: pytest.CaptureFixture[str], path: Path, jobs: int, fmt: str = "json", *more: str
) -> tuple[int, str]:
    code, out, err = run(capsys, "--format", fmt, "--jobs", str(jobs), *more, str(path))
    assert "Traceback" not in out + err
    if fmt == "junit":  # the run's time differs
        out = re.sub(r' time="[^"]*"', "", out)
    return code, out + err


def _written(path: Path, entries: list[Any], indent: int | str | None) -> Path:
    """A HAR one entry per line (None), pretty-printed with `indent` (0: newlines, no indentation),
    or on one line without white space ("compact")."""
    if indent is None:
        return write_har(path, entries)
    if indent == "compact":
        path.write_text(json.dumps(har.har(entries), separators=(",", ":")), encoding="utf-8")
        return path
    path.write_text(json.dumps(har.har(entries), indent=indent), encoding="utf-8")
    return path


# Objects inside an entry that begin as entries do (`},{` then their first member name).
_LIKE_AN_ENTRY = [{"a": 1}, {"startedDateTime": "2026-01-01T00:00:00Z", "b": 2}]


def _mixed(count: int) -> list[Any]:
    """Valid entries, and one of each other kind: a violation, not an entry, a redirect, a status as
    text (the lean reading fails: read alone), a recorded message stream (its results say `frame 0`)."""
    entries: list[Any] = [json.loads(json.dumps(e)) for e in repeated(count)]
    entries[count // 5]["response"]["content"]["text"] = '{"code": "zero"}'
    entries[count // 4] = "not an entry"
    entries[count // 3]["response"].update(status=302, headers=[{"name": "Location", "value": "/x"}])
    entries[count // 2]["response"]["status"] = "200"
    frame = {"type": "receive", "time": 1.0, "opcode": 1, "data": json.dumps({"cmd": "SOMETHING_NEW", "data": {}})}
    entries[2 * count // 3] = {
        "request": {"method": "GET", "url": "wss://broadcastlv.chat.bilibili.com:2245/sub"},
        "response": {"status": 101, "content": {}},
        "_webSocketMessages": [frame],
    }
    return entries


@pytest.mark.parametrize("fmt", FORMATS)
def test_ranges_give_the_report_of_one_process(
    fmt: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], at_once: dict[str, int]
) -> None:
    path = write_har(tmp_path / "capture.har", _mixed(400))
    one = _report(capsys, path, 1, fmt)
    assert at_once["ranges"] == 0
    assert _report(capsys, path, 2, fmt) == one
    assert at_once["ranges"] > 20 and at_once["unread"] == at_once["resumed"] == 0, at_once
    assert one[0] == 1


def test_ranges_in_real_workers(tmp_path: Path, capsys: pytest.CaptureFixture[str], spied: dict[str, int]) -> None:
    """Forked workers: the ranges, the plain rows and the numbered results cross the pipe."""
    path = write_har(tmp_path / "capture.har", _mixed(300))
    one = _report(capsys, path, 1)
    assert _report(capsys, path, 2) == one and _report(capsys, path, 3, "table") == _report(capsys, path, 1, "table")
    entries = [int(n) for n in re.findall(r'"entry":(\d+)', one[1])]
    assert entries == sorted(entries) and len(entries) > 290


def _polled(count: int) -> list[Any]:
    """A page polling: the same answers again and again, half of them not plain (drift, a violation,
    risk control's 412, another host's, no answer: GitHub and SARIF write nothing of the last two,
    which are counted each as itself all the same), some of them under the wrong method."""
    entries: list[Any] = [json.loads(json.dumps(e)) for e in repeated(count)]
    for n, entry in enumerate(entries):
        body = json.loads(entry["response"]["content"]["text"])
        if n % 9 == 1:
            entry["response"]["content"]["text"] = json.dumps({**body, "x_new": [1]})
        elif n % 9 == 4:
            entry["response"]["content"]["text"] = json.dumps({**body, "code": "zero"})
        elif n % 9 == 7:
            entry["response"]["status"] = 412
        elif n % 9 == 2:
            entry["request"]["url"] = "https://s1.hdslb.com/bfs/static/app.js"
        elif n % 9 == 5:
            entry["response"]["status"] = 0
        if n % 5 == 3:
            entry["request"]["method"] = "PUT"
    return entries


@pytest.mark.parametrize("fmt", [*FORMATS, "table --quiet", "junit --allow-drift", "github --allow-drift"])
def test_results_that_differ_only_in_their_number_cross_as_text(
    fmt: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    at_once: dict[str, int],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Answers that are not plain but repeat (a page polls) travel from a worker as their text around
    each number and how many of them there were (plain.Rows' told), as plain results do: the report
    is one process's, its drift groups and counts included, in every format."""
    told: list[int] = []
    real = parallel._told

    def spied(*arguments: Any) -> Any:
        found = real(*arguments)
        told.append(sum(n for _, n, _ in found))
        return found

    monkeypatch.setattr(parallel, "_told", spied)
    path = write_har(tmp_path / "capture.har", _polled(400))
    name, *more = fmt.split()
    one = _report(capsys, path, 1, name, *more)
    assert _report(capsys, path, 2, name, *more) == one
    assert at_once["ranges"] > 20 and at_once["resumed"] == 0, at_once
    assert sum(told) > 100  # told in bulk, not one by one


@pytest.mark.parametrize("indent", [2, "\t", "compact"])
def test_pretty_printed_files_read_by_ranges(
    indent: Any, tmp_path: Path, capsys: pytest.CaptureFixture[str], at_once: dict[str, int]
) -> None:
    """Indented as browsers write them, or compact (`},{` and the entries' first member name): the
    layout between entries occurs nowhere else."""
    path = _written(tmp_path / "capture.har", _mixed(200), indent)
    one = _report(capsys, path, 1)
    assert _report(capsys, path, 2) == one
    assert at_once["ranges"] > 10 and at_once["resumed"] == 0, at_once


def test_a_layout_inside_entries_is_read_on_the_way_of_one_process(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], at_once: dict[str, int]
) -> None:
    """Pretty-printed without indentation, the layout between entries (`},` a newline, `{` and their
    first member name) also occurs inside them (an object that begins with that name): a range cut
    there does not read, and the file is read on from the last entry before it."""
    entries = [e if isinstance(e, str) else {**e, "_initiator": _LIKE_AN_ENTRY} for e in _mixed(200)]
    path = _written(tmp_path / "capture.har", entries, indent=0)
    assert path.read_bytes().count(b'},\n{\n"startedDateTime"') > 1.9 * len(entries)  # inside every entry too
    one = _report(capsys, path, 1)
    assert _report(capsys, path, 2) == one
    assert at_once["unread"] >= 1 and at_once["resumed"] == 1, at_once


@pytest.mark.parametrize("cut", [0.5, 0.999])
def test_a_truncated_file_says_what_one_process_says(
    cut: float, tmp_path: Path, capsys: pytest.CaptureFixture[str], at_once: dict[str, int]
) -> None:
    whole = write_har(tmp_path / "whole.har", _mixed(300)).read_bytes()
    path = tmp_path / "cut.har"
    path.write_bytes(whole[: int(len(whole) * cut)])
    one = _report(capsys, path, 1)
    assert "truncated HAR" in one[1] and _report(capsys, path, 2) == one
    assert at_once["resumed"] == 1, at_once


def test_what_follows_the_entries_is_not_read_as_entries(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], at_once: dict[str, int]
) -> None:
    """A HAR whose log has more after its entries, in the same layout (pages)."""
    entries = repeated(200)
    text = json.dumps(entries[0])
    body = ",\n".join(json.dumps(e) for e in entries)
    pages = ",\n".join([text] * 40)  # entries' look-alikes that are not entries
    path = tmp_path / "capture.har"
    path.write_text(f'{{"log": {{"entries": [\n{body}\n],\n"pages": [\n{pages}\n]}}}}\n', encoding="utf-8")
    one = _report(capsys, path, 1)
    assert one[1].count('"entry":') == 200
    assert _report(capsys, path, 2) == one


@pytest.mark.parametrize("most", ["1", "7", "150", "200"])
def test_the_entry_bound_stops_where_one_process_stops(
    most: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], at_once: dict[str, int]
) -> None:
    path = write_har(tmp_path / "capture.har", repeated(200))
    one = _report(capsys, path, 1, "json", "--max-entries", most)
    assert _report(capsys, path, 2, "json", "--max-entries", most) == one
    assert ("--max-entries" in one[1]) == (most != "200")


def test_an_entry_past_the_bound_says_what_one_process_says(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], at_once: dict[str, int]
) -> None:
    entries: list[Any] = list(repeated(200))
    entries[120] = {**entries[120], "comment": "x" * 3_000_000}
    path = write_har(tmp_path / "capture.har", entries)
    one = _report(capsys, path, 1, "json", "--max-decompressed", "0.2")
    assert "larger than" in one[1] and _report(capsys, path, 2, "json", "--max-decompressed", "0.2") == one


def test_the_time_bound_stops_between_ranges(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, at_once: dict[str, int]
) -> None:
    """Past --max-seconds the ranges not yet given are not: the report says how many entries it holds."""
    path = write_har(tmp_path / "capture.har", repeated(200))
    ticks = iter(range(10**6))
    monkeypatch.setattr(parallel.time, "monotonic", lambda: 1000.0 + next(ticks))
    code, out = _report(capsys, path, 2, "json", "--max-seconds", "3")
    report = json.loads(out[: out.rindex("}") + 1])
    numbers = [r["entry"] for r in report["results"]]
    stopped = [p["message"] for p in report["input_errors"]]
    assert stopped == [f"stopped after {len(numbers)} entries: 3 s spent (--max-seconds)"], stopped
    assert numbers == list(range(len(numbers))) and 0 < len(numbers) < 200 and code == 2


# What kinds of HAR the ranges must read as one process does: entries with nested arrays of objects
# (where an unindented layout recurs), written one per line or pretty-printed, cut in ranges of a
# few entries' bytes.
_NESTED = st.lists(st.dictionaries(st.sampled_from("abc"), st.integers(0, 9), max_size=2), max_size=3)


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    extras=st.lists(_NESTED, min_size=30, max_size=60),
    indent=st.sampled_from([None, 0, 1, 2, "\t", "compact"]),
    batch=st.integers(1, 12),
)
def test_any_layout_reads_as_one_process_reads(
    extras: list[Any],
    indent: Any,
    batch: int,
    tmp_path_factory: pytest.TempPathFactory,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("BILISPEC_JOBS_BATCH", str(batch))
    monkeypatch.setattr(inputs, "PEEK", 1024)
    monkeypatch.setattr(concurrent.futures, "ProcessPoolExecutor", _AtOnce)
    resumed: list[Any] = []
    resume = parallel.resume
    monkeypatch.setattr(parallel, "resume", lambda *arguments: resumed.append(1) or resume(*arguments))
    base = recording_entries()
    entries = [{**base[i % len(base)], "_extra": extra} for i, extra in enumerate(extras)]
    path = _written(tmp_path_factory.mktemp("har") / "capture.har", entries, indent)
    assert _report(capsys, path, 2) == _report(capsys, path, 1)
    assert not resumed or indent == 0  # only there does the layout recur inside entries


def test_a_range_is_read_from_the_file_alone(tmp_path: Path) -> None:
    """read_range on its own: the entries that start in the range, the last read past its end;
    a range inside one entry holds none."""
    entries = [{"n": n, "pad": "x" * (n * 37 % 200)} for n in range(50)]
    path = tmp_path / "capture.har"
    path.write_text('{"log": {"entries": [\n' + ",\n".join(json.dumps(e) for e in entries) + "\n]}}", "utf-8")
    data = path.read_bytes()
    first = data.index(b"},\n{") + 1
    options = inputs.DEFAULTS
    rest = har_ranges.HarRest("capture.har", str(path), first, 1, Layout(b"},\n{", 1, 3), len(data), 100, options)
    for size in (1, 7, 64, 500, 10_000):
        read, boundary = [entries[0]], first
        for range_ in rest.ranges(size):
            span = har_ranges.read_range(rest, range_.start, range_.end)
            assert span is not None
            if span.count:
                assert span.first == boundary
                boundary = span.last
                read += json.loads(b"[" + span.data + b"]")
                assert len(read) == len(entries[: len(read)])
        assert read == entries, size


def test_ranges_stay_small_whatever_the_entries_size(tmp_path: Path) -> None:
    """A worker's buffers past a few MiB were mapped afresh for each range and faulted in page by
    page (0.5 s of system time on 50,000 entries of 3.5 KB): a range covers at most RANGE_MOST
    bytes, however large the first entry made the estimate, and the ranges still cover the file."""
    size = 3 * har_ranges.RANGE_MOST + 12345
    rest = har_ranges.HarRest(
        "capture.har", str(tmp_path / "c.har"), 10, 1, Layout(b"},\n{", 1, 3), size, 60_000, inputs.DEFAULTS
    )
    ranges = list(rest.ranges(1024 * 60_000))
    assert all(r.end - r.start <= har_ranges.RANGE_MOST for r in ranges)
    assert ranges[0].start == 9 and ranges[-1].end == size
    assert all(a.end == b.start for a, b in itertools.pairwise(ranges))


@pytest.mark.parametrize("fmt", ["json", "junit"])
def test_results_the_format_writes_one_by_one_are_numbered_too(
    fmt: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], at_once: dict[str, int]
) -> None:
    """Plain results without parts (tools/plain.py `lone`): for JSON a file name msgspec cannot
    encode (a byte that is not UTF-8: a lone surrogate), for JUnit one holding its mark."""
    name = "capture#0123456789.har" if fmt == "junit" else "capture\udc80.har"
    path = write_har(tmp_path / name, repeated(200))
    one = _report(capsys, path, 1, fmt)
    assert _report(capsys, path, 2, fmt) == one
    assert at_once["ranges"] > 10 and at_once["resumed"] == 0, at_once


def test_rows_put_each_number_in_place() -> None:
    """Rows numbered later give the text each result gives alone, lone ones among the others."""
    urls = ["https://api.live.bilibili.com/a", "https://api.live.bilibili.com/\udc80", "https://x/b"]
    plain = Plain("f.har", [(n, f"op{n % 2}", "GET", urls[n * 7 % 3]) for n in range(40) if n % 5])
    table = PlainFormat(functools.partial(render.table_parts, width=12, colour=True), render._table_one)
    for form in (render.json_plain, render.junit_plain, table):
        moved = Plain(plain.file, [(n + 1000, *rest) for n, *rest in plain.entries])
        alone = "".join(form.one(result) for result in moved.results()) if form is not table else form(moved)
        assert form.text(form.rows(plain), 1000) == form(moved) == alone
    assert render.json_plain.rows(plain).lone and not table.rows(plain).lone


def test_a_file_cut_while_it_is_read_is_read_on_as_it_is_now(tmp_path: Path) -> None:
    """A range past the end of a file that shrank since it was opened does not read (EMPTY would
    lose its entries without a word): the file is read on the way one process does."""
    path = write_har(tmp_path / "capture.har", repeated(100))
    data = path.read_bytes()
    first = data.index(b"},\n{") + 1
    rest = har_ranges.HarRest(
        "capture.har", str(path), first, 1, Layout(b"},\n{", 1, 3), len(data), 100, inputs.DEFAULTS
    )
    late = list(rest.ranges(4096))[-2]
    assert har_ranges.read_range(rest, late.start, late.end) is not None
    path.write_bytes(data[: len(data) // 2])
    assert har_ranges.read_range(rest, late.start, late.end) is None


# ---------------------------------------------------------------------------------------------
# A compressed HAR: decompressed into a temporary file as the ranges need it (har_ranges.Spill)


@pytest.fixture
def spill_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Where the spills go (the temporary folder), to see each removed at the end."""
    folder = tmp_path / "spills"
    folder.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    return folder


@pytest.mark.parametrize("fmt", ["json", "junit"])
def test_a_gzipped_har_is_read_by_ranges_of_its_spill(
    fmt: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], at_once: dict[str, int], spill_folder: Path
) -> None:
    path = write_har(tmp_path / "capture.har.gz", _mixed(400))
    one = _report(capsys, path, 1, fmt)
    assert _report(capsys, path, 2, fmt) == one
    assert at_once["ranges"] > 20 and at_once["resumed"] == 0, at_once
    assert not list(spill_folder.iterdir())


def test_a_gzipped_har_in_real_workers(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], spied: dict[str, int], spill_folder: Path
) -> None:
    path = write_har(tmp_path / "capture.har.gz", _mixed(300))
    assert _report(capsys, path, 2) == _report(capsys, path, 1)
    assert not list(spill_folder.iterdir())


def test_an_entry_longer_than_a_range_is_decompressed_further(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], at_once: dict[str, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The spill grows by two ranges' bytes ahead; an entry longer than that makes the range ask
    for more (MORE), and it is read again with more of the file."""
    grown: list[int] = []
    more = har_ranges.Spill.more

    def counted(spill: har_ranges.Spill, wanted: har_ranges.Range) -> har_ranges.Range:
        grown.append(1)
        return more(spill, wanted)

    monkeypatch.setattr(har_ranges.Spill, "more", counted)
    entries: list[Any] = list(repeated(200))
    entries[120] = {**entries[120], "comment": "x" * 3_000_000}
    path = write_har(tmp_path / "capture.har.gz", entries)
    one = _report(capsys, path, 1)
    assert _report(capsys, path, 2) == one and grown and at_once["resumed"] == 0, (grown, at_once)


@pytest.mark.parametrize("damage", ["truncated", "bound", "layout"])
def test_a_gzipped_har_that_ranges_cannot_read_says_what_one_process_says(
    damage: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], at_once: dict[str, int], spill_folder: Path
) -> None:
    """Cut in the middle (the decompression fails), past --max-decompressed, or a layout that
    recurs inside entries: read on from the spill and the rest of the decompression."""
    more: tuple[str, ...] = ()
    if damage == "layout":
        entries = [e if isinstance(e, str) else {**e, "_initiator": _LIKE_AN_ENTRY} for e in _mixed(200)]
        path = tmp_path / "capture.har.gz"
        path.write_bytes(gzip.compress(json.dumps(har.har(entries), indent=0).encode()))
    else:
        whole = write_har(tmp_path / "whole.har.gz", _mixed(400 if damage == "truncated" else 3000)).read_bytes()
        path = tmp_path / "capture.har.gz"
        path.write_bytes(whole[: len(whole) // 2] if damage == "truncated" else whole)
        more = () if damage == "truncated" else ("--max-decompressed", "2")  # of about 4 MiB
    one = _report(capsys, path, 1, "json", *more)
    assert _report(capsys, path, 2, "json", *more) == one
    assert at_once["resumed"] == 1, at_once
    said = {"truncated": "that is truncated", "bound": "decompresses to more than", "layout": '"exit_code": 1'}
    assert said[damage] in one[1]
    assert not list(spill_folder.iterdir())


def test_a_spill_left_unread_is_removed(tmp_path: Path, spill_folder: Path) -> None:
    """A reading stopped before its ranges (a closed pipe, Ctrl-C): the spill goes with the object."""
    spill = har_ranges.Spill(b"x" * 100, iter([b"y" * 100]))
    assert [p.name for p in spill_folder.iterdir()] == [Path(spill.path).name]
    del spill
    assert not list(spill_folder.iterdir())


# ---------------------------------------------------------------------------------------------
# JSON lines: after the first line, the workers read the file by ranges of lines too


def _lines_file(path: Path, count: int, ending: str = "\n", last: str = "\n") -> Path:
    """_mixed's entries as JSON lines, and lines of every other kind among them: blank ones (not
    counted by --max-entries), indented, not JSON, a recording, a command of the message stream (its
    result says `line N`)."""
    lines = [json.dumps(e) for e in _mixed(count)]
    others = [
        (count // 6, ""),
        (count // 5 + 1, "   "),
        (count // 2 + 1, "{broken"),
        (3 * count // 4, json.dumps(load_recording(recording_files()[0]))),
        (4 * count // 5, json.dumps({"cmd": "DANMU_MSG", "info": [[0], "hi", [1, "u"]]})),
        (5 * count // 6, "  " + lines[0]),
    ]
    for at, line in others:
        lines.insert(at, line)
    path.write_text(ending.join(lines) + last, encoding="utf-8")
    return path


@pytest.mark.parametrize("fmt", FORMATS)
def test_json_lines_by_ranges_give_the_report_of_one_process(
    fmt: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], at_once: dict[str, int]
) -> None:
    path = _lines_file(tmp_path / "capture.jsonl", 400)
    one = _report(capsys, path, 1, fmt)
    assert _report(capsys, path, 2, fmt) == one
    assert at_once["ranges"] > 20 and at_once["unread"] == at_once["resumed"] == 0, at_once
    assert "line " in one[1]


@pytest.mark.parametrize(("ending", "last"), [("\r\n", "\r\n"), ("\n", ""), ("\n", "\n\n\n")])
def test_json_lines_of_any_ending_read_by_ranges(
    ending: str, last: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], at_once: dict[str, int]
) -> None:
    path = _lines_file(tmp_path / "capture.jsonl", 300, ending, last)
    one = _report(capsys, path, 1)
    assert _report(capsys, path, 2) == one
    assert at_once["ranges"] > 10 and at_once["resumed"] == 0, at_once


@pytest.mark.parametrize("bound", ["50", "199", "333"])
def test_json_lines_stop_at_the_entry_bound_where_one_process_stops(
    bound: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], at_once: dict[str, int]
) -> None:
    """Blank lines take a number but are no entry: the bound counts entries, as one process does."""
    path = _lines_file(tmp_path / "capture.jsonl", 400)
    one = _report(capsys, path, 1, "json", "--max-entries", bound)
    assert f"stopped after {int(bound):,} entries" in one[1]
    assert _report(capsys, path, 2, "json", "--max-entries", bound) == one
    assert at_once["resumed"] == 1, at_once


def test_json_lines_by_ranges_in_real_workers(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], spied: dict[str, int]
) -> None:
    path = _lines_file(tmp_path / "capture.jsonl", 300)
    one = _report(capsys, path, 1)
    assert _report(capsys, path, 2) == one and _report(capsys, path, 3, "github") == _report(capsys, path, 1, "github")
    assert "line " in one[1]


# ---------------------------------------------------------------------------------------------
# A folder of small files: each read and judged whole by a worker


def _folder(root: Path) -> Path:
    """Small HARs (one broken), recordings, JSON lines, a gzip'd HAR (read here) and a file too large
    to send whole (read here, by ranges)."""
    folder = root / "captures"
    (folder / "deeper").mkdir(parents=True)
    mixed = _mixed(60)
    for n in range(12):
        write_har(folder / f"page-{n:02}.har", mixed[n * 5 : n * 5 + 5] * 4)
    (folder / "page-05.har").write_text('{"log": {"entries": [{"request": ', encoding="utf-8")
    for n, path in enumerate(recording_files()[:9]):
        (folder / "deeper" / f"recording-{n}.json").write_text(path.read_text(encoding="utf-8"), encoding="utf-8")
    (folder / "deeper" / "lines.jsonl").write_text("\n".join(json.dumps(e) for e in mixed[:30]), encoding="utf-8")
    with gzip.open(folder / "zipped.har.gz", "wt", encoding="utf-8") as out:
        out.write(json.dumps(har.har(mixed[:20])))
    write_har(folder / "zz-large.har", repeated(120))
    return folder


@pytest.mark.parametrize("fmt", ["json", "github", "junit"])
def test_a_folder_of_small_files_is_read_by_the_workers(
    fmt: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], spied: dict[str, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Real workers: this process names each small file (inputs.WholeFile) and reads only the first
    two tasks' files before they start, a gzip'd file and a file over PEEK; the report is one
    process's."""
    folder = _folder(tmp_path)
    one = _report(capsys, folder, 1, fmt)
    read_here: list[str] = []
    real = inputs.read_file

    def counted(path: Path, *arguments: Any) -> Any:
        read_here.append(path.name)
        return real(path, *arguments)

    monkeypatch.setattr(inputs, "read_file", counted)  # this process's count: the workers keep their own
    assert _report(capsys, folder, 2, fmt) == one
    small = {p.name for p in folder.rglob("*") if p.is_file() and p.stat().st_size <= inputs.PEEK} - {"zipped.har.gz"}
    assert "zipped.har.gz" in read_here and "zz-large.har" in read_here
    # Here: the first two tasks' small files (a task: about eight entries), and no other small one.
    assert len(small & set(read_here)) <= 4 and len(small) > 15, (sorted(small), read_here)


@pytest.mark.parametrize("workers", ["at once", "forked"])
def test_gzipped_json_lines_are_read_by_ranges_of_their_spill(
    workers: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    spied: dict[str, int],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Decompressed into a temporary file as the ranges need it (har_ranges.Spill), a line longer
    than a range among them (decompressed further): the report is one process's."""
    if workers == "at once":
        monkeypatch.setattr(concurrent.futures, "ProcessPoolExecutor", _AtOnce)
    plain = _lines_file(tmp_path / "plain.jsonl", 300)
    lines = plain.read_text(encoding="utf-8").split("\n")
    long = json.loads(lines[10])
    long["comment"] = "x" * 300_000
    lines.insert(150, json.dumps(long))
    path = tmp_path / "capture.jsonl.gz"
    path.write_bytes(gzip.compress("\n".join(lines).encode()))
    one = _report(capsys, path, 1)
    assert _report(capsys, path, 2) == one
    assert one[1].count('"source"') > 290
    if workers == "at once":
        assert spied["ranges"] > 10 and spied["resumed"] == 0, spied


@pytest.mark.parametrize("cut", ["bound", "damaged"])
def test_gzipped_json_lines_cut_short_say_what_one_process_says(
    cut: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], at_once: dict[str, int]
) -> None:
    """Decompression stopped by --max-decompressed, or a damaged file: the line it cuts is no line,
    and the report says why, as one process's does (no range takes the spill's end for the file's)."""
    plain = _lines_file(tmp_path / "plain.jsonl", 1200)  # 1.1 MB
    data = gzip.compress(plain.read_bytes())
    path = tmp_path / "capture.jsonl.gz"
    path.write_bytes(data if cut == "bound" else data[: len(data) * 2 // 3])
    more = ("--max-decompressed", "0.5") if cut == "bound" else ()
    one = _report(capsys, path, 1, "json", *more)
    assert ("more than 0.5 MiB" if cut == "bound" else "gzip data that is truncated") in one[1]
    assert 300 < one[1].count('"source"') < 1200
    assert _report(capsys, path, 2, "json", *more) == one
    assert at_once["ranges"] > 5 and at_once["resumed"] == 1, at_once
