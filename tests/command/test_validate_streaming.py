"""`bilispec validate` at any size: captures read entry by entry in flat memory, every reader bounded
(bytes, entries, depth, time; devices and FIFOs refused), and `--jobs` giving the report of one process."""

from __future__ import annotations

import gzip
import json
import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from bilispec.core.description import description
from bilispec.tools import capture, har_entries, inputs, parallel
from bilispec.tools.audit import Auditor
from bilispec.tools.cli import main
from bilispec.tools.inputs import PEEK
from bilispec.tools.request_check import RequestChecker
from bilispec.tools.results import Result

from .. import har_support as har
from ..conftest import load_recording, recording_files, report_figure


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(["validate", *argv])
    out, err = capsys.readouterr()
    return code, out, err


def recording_entries() -> list[dict[str, Any]]:
    return [har.from_recording(load_recording(p)) for p in recording_files()]


def write_har(path: Path, entries: list[dict[str, Any]], indent: int | None = None) -> Path:
    """A HAR written entry by entry, one per line, or pretty-printed as browsers do with indent."""
    opener: Any = gzip.open if path.name.endswith(".gz") else open
    with opener(path, "wt", encoding="utf-8") as out:
        if indent:
            out.write(json.dumps(har.har(entries), indent=indent, ensure_ascii=False))
            return path
        # A long capture repeats the same few entry objects: each is turned into text once.
        texts: dict[int, str] = {}
        for e in entries:
            if id(e) not in texts:
                texts[id(e)] = json.dumps(e, ensure_ascii=False)
        out.write('{"log": {"version": "1.2", "entries": [\n')
        out.write(",\n".join(texts[id(e)] for e in entries))
        out.write("\n]}}\n")
    return path


def repeated(count: int) -> list[dict[str, Any]]:
    entries = recording_entries()
    return (entries * (count // len(entries) + 1))[:count]


def static(count: int) -> list[dict[str, Any]]:
    """Entries of another host (skipped in no time) with 32 KB bodies: bulk for the readers' bounds."""
    page = "x" * 32_000
    return [har.entry("GET", "https://s1.hdslb.com/bfs/static/app.js", text=page, mime="text/javascript")] * count


# Real entries, then enough bulk to make a file of twice PEEK (it streams).
def streamed_entries() -> list[dict[str, Any]]:
    return recording_entries() + static(2 * PEEK // 32_000)


def peaks_mb(*paths: Path) -> tuple[subprocess.CompletedProcess[str], list[int], list[float]]:
    """`validate --jobs 1 --quiet PATH` for each path in turn in one child process (one interpreter
    start): its output, each run's exit code and peak memory. VmHWM is the child's own peak (ru_maxrss
    keeps the forking parent's across exec); writing 5 to clear_refs starts it again from the
    memory in use, so each run's peak covers the command's start-up size and what the run adds."""
    script = (
        "import sys\n"
        "def peak():\n"
        "    return next(l.split()[1] for l in open('/proc/self/status') if l.startswith('VmHWM'))\n"
        "from bilispec.tools.cli import main\n"
        "for path in sys.argv[1:]:\n"
        "    open('/proc/self/clear_refs', 'w').write('5')\n"
        "    code = main(['validate', '--jobs', '1', '--quiet', path])\n"
        "    print('RUN', code, peak(), file=sys.stderr)\n"
    )
    done = subprocess.run([sys.executable, "-c", script, *map(str, paths)], capture_output=True, text=True, timeout=300)
    runs = [line.split()[1:] for line in done.stderr.splitlines() if line.startswith("RUN ")]
    assert done.returncode == 0 and len(runs) == len(paths), done.stdout[-500:] + done.stderr[-2000:]
    return done, [int(code) for code, _ in runs], [int(kb) / 1024 for _, kb in runs]


# ---------------------------------------------------------------------------------------------
# Streaming


def test_a_large_har_reads_as_the_same_entries_in_every_layout(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Over PEEK bytes a HAR streams; one entry per line, pretty-printed or gzip'd, the report is the same.
    PEEK is lowered to 256 KiB so that a capture of a few hundred entries streams (the same code)."""
    peek = 256 * 1024
    monkeypatch.setattr(inputs, "PEEK", peek)
    entries = repeated(4 * peek // len(json.dumps(recording_entries())) * len(recording_entries()) // 3 + 1)
    reports = []
    for name, indent in (("lines.har", None), ("pretty.har", 2), ("lines.har.gz", None)):
        path = write_har(tmp_path / name, entries, indent)
        code, out, _ = run(capsys, "--format", "json", "--jobs", "1", str(path))
        report = json.loads(out)
        assert code == 0 and report["summary"]["valid"] == len(entries), report["summary"]
        reports.append([(r["entry"], r["operation_id"]) for r in report["results"]])
    assert (tmp_path / "lines.har").stat().st_size > peek
    assert reports[0] == reports[1] == reports[2]
    assert [e for e, _ in reports[0]] == list(range(len(entries)))


def test_memory_stays_flat_as_the_capture_grows(tmp_path: Path) -> None:
    """Entries of another host (judged in no time) with 32 KB bodies: six times the capture, the same peak."""
    counts = (800, 5_000)  # the larger file is well above the command's own start-up size
    paths = [write_har(tmp_path / f"static-{count}.har", static(count)) for count in counts]
    done, codes, (small, big) = peaks_mb(*paths)  # the smaller first: a growth with size shows in the second
    assert codes == [2, 2], done.stdout[-500:] + done.stderr[-2000:]
    assert all(f"{count} skipped" in done.stdout for count in counts), done.stdout[-500:]
    small_mb, big_mb = (path.stat().st_size >> 20 for path in paths)
    peaks = [(small_mb, small), (big_mb, big)]
    assert big - small < 25, peaks
    assert big < big_mb, peaks  # the whole file never in memory
    report_figure(f"validate streams: {small_mb} MB capture peaks at {small:.0f} MB, {big_mb} MB at {big:.0f} MB")


def test_a_truncated_large_har_keeps_its_complete_entries(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    entries = streamed_entries()
    text = write_har(tmp_path / "whole.har", entries).read_text(encoding="utf-8")
    cut = tmp_path / "cut.har"
    cut.write_text(text[: len(text) * 3 // 4], encoding="utf-8")
    assert cut.stat().st_size > PEEK
    code, out, _ = run(capsys, "--format", "json", str(cut))
    report = json.loads(out)
    assert code == 2
    [problem] = report["input_errors"]
    # The real entries come first: all judged valid; the bulk after them is skipped up to the cut.
    complete = report["summary"]["valid"] + report["summary"]["skipped"]
    assert report["summary"]["valid"] == len(recording_entries()), report["summary"]
    assert 0 < complete < len(entries) and f"read the {complete} complete entries" in problem["message"]


def test_json_lines_of_recordings_and_har_entries(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    recordings = [load_recording(p) for p in recording_files()]
    lines = [json.dumps(r) for r in recordings] + [json.dumps(e) for e in recording_entries()] + ["{broken"]
    path = tmp_path / "capture.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    code, out, _ = run(capsys, "--format", "json", str(path))
    report = json.loads(out)
    assert report["summary"]["valid"] == 2 * len(recordings), report["summary"]
    [problem] = report["input_errors"]
    assert problem["entry"] == len(lines) - 1 and f"line {len(lines)} is not JSON" in problem["message"]
    assert code == 2


# ---------------------------------------------------------------------------------------------
# Bounds


def test_fifos_and_devices_are_refused_at_once(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    fifo = tmp_path / "capture.har"
    os.mkfifo(fifo)  # nobody writes: opening it would block for ever
    started = time.monotonic()
    code, out, _ = run(capsys, str(fifo), "/dev/zero")
    assert code == 2 and time.monotonic() - started < 10
    assert "capture.har: a FIFO, not a regular file" in out
    assert "/dev/zero: a device, not a regular file" in out


def test_many_gzip_members_read_in_linear_time(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """200,000 one-byte gzip members before the HAR: copying what follows each member was quadratic."""
    path = tmp_path / "members.har.gz"
    member = gzip.compress(b" ")
    document = json.dumps(har.har(recording_entries()[:3])).encode()
    path.write_bytes(member * 200_000 + gzip.compress(document))
    started = time.monotonic()
    code, out, _ = run(capsys, "--format", "json", str(path))
    seconds = time.monotonic() - started
    assert code == 0 and json.loads(out)["summary"]["valid"] == 3
    assert seconds < 60
    report_figure(f"validate: 200,000 gzip members ({path.stat().st_size >> 20} MB) read in {seconds:.1f} s")


def test_millions_of_tiny_entries_stop_at_the_entry_bound(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "tiny.har.gz"
    with gzip.open(path, "wb") as out:
        out.write(b'{"log": {"entries": [' + b",".join([b"{}"] * 1_000_000) + b"]}}")
    assert path.stat().st_size < 10_000
    code, out, _ = run(capsys, "--format", "json", "--max-entries", "5000", str(path))
    report = json.loads(out)
    assert code == 2 and report["summary"]["input_errors"] == 5001
    assert "stopped after 5,000 entries (--max-entries)" in report["input_errors"][-1]["message"]


def test_a_gzip_layer_past_the_cap_stops_before_its_end(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "big.har.gz"
    write_har(path, streamed_entries())
    code, out, _ = run(capsys, "--format", "json", "--max-decompressed", "5", str(path))
    report = json.loads(out)
    assert code == 2 and "decompresses to more than 5 MiB" in report["input_errors"][-1]["message"]


def test_a_value_nested_too_deeply_is_a_message(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "deep.har"
    good = ",\n".join(json.dumps(e) for e in streamed_entries())
    path.write_text('{"log": {"entries": [\n' + good + ",\n" + "[" * 100_000 + "]" * 100_000 + "\n]}}")
    assert path.stat().st_size > PEEK  # streamed
    code, out, _ = run(capsys, "--format", "json", str(path))
    report = json.loads(out)
    assert code == 2 and "nested too deeply" in report["input_errors"][-1]["message"]


# ---------------------------------------------------------------------------------------------
# --jobs


@pytest.mark.parametrize("fmt", ["json", "table", "junit", "github"])
def test_jobs_give_the_report_of_one_process(
    fmt: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Batches of 16 (BILISPEC_JOBS_BATCH): 300 entries make 19 batches, 17 of them judged by workers;
    the file streams (PEEK lowered to 64 KiB), so workers get entries as text. With json, once more
    read whole: a small file is one task, judged here (inputs.WholeFile) with no worker started."""
    monkeypatch.setenv("BILISPEC_JOBS_BATCH", "16")
    monkeypatch.setattr(inputs, "PEEK", 64 * 1024)
    pooled: list[int] = []
    real = parallel._pooled

    def spied(*arguments: Any) -> Any:
        pooled.append(arguments[2])  # the workers started, this many
        return real(*arguments)

    monkeypatch.setattr(parallel, "_pooled", spied)
    entries = repeated(300)
    entries[150]["response"]["content"]["text"] = '{"code": "zero"}'  # one violation, in the middle
    entries[280] = "not an entry"  # type: ignore[call-overload]
    path = write_har(tmp_path / "capture.har", entries)
    assert path.stat().st_size > inputs.PEEK  # streamed: the entries reach the workers as text
    outputs = []
    for jobs in ("1", "2", "3"):
        code, out, _ = run(capsys, "--format", fmt, "--jobs", jobs, str(path))
        outputs.append((code, out.replace('"time="', "").split("<testsuite")[-1].split('time="')[0]))
    if fmt == "json":
        monkeypatch.setattr(inputs, "PEEK", PEEK)  # read whole
        outputs.append(run(capsys, "--format", fmt, "--jobs", "2", str(path))[:2])
    assert pooled == [2, 3]
    assert outputs[0][0] == 1
    assert all(output == outputs[0] for output in outputs)


# ---------------------------------------------------------------------------------------------
# The fast reading of HAR entries (tools/har_entries.py) makes what the general way makes


def _rich_entries() -> list[dict[str, Any]]:
    """Entries with every member the fast reading uses: cookies both ways, a secret header, a
    redirect, form, params and JSON bodies, a base64 body."""
    entries = recording_entries()[:6]
    entries[0]["request"]["headers"] += [
        {"name": "Cookie", "value": f"SESSDATA={'ab12' * 6}; bili_jct={'0123456789abcdef' * 2}"},  # built: no literal
        {"name": "Authorization", "value": "Bearer tok_0123456789abcdef"},
        {"name": "Content-Type", "value": "application/x-www-form-urlencoded"},
    ]
    entries[0]["request"]["cookies"] = [{"name": "buvid3", "value": "0123456789ABCDEF-infoc"}]
    entries[1]["response"].update(status=302, redirectURL="", headers=[{"name": "Location", "value": "/elsewhere"}])
    entries[2]["request"]["postData"] = {
        "mimeType": "application/x-www-form-urlencoded",
        "params": [{"name": "a", "value": "1"}],
    }
    entries[3]["request"]["postData"] = {"mimeType": "application/json", "text": '{"room_id": 1, "csrf": "x"}'}
    entries[4] = har.from_recording(load_recording(recording_files()[4]), encoding="base64")
    entries[5]["response"]["content"]["text"] = '{"code": 0, "data": {"n": 1e400}}'
    return entries


def _mutations(value: Any, path: tuple[Any, ...] = ()) -> Any:
    """(path, replacement) pairs: every member removed, and set to values of other types."""
    children = value.items() if isinstance(value, dict) else enumerate(value) if isinstance(value, list) else ()
    for key, child in children:
        here = (*path, key)
        yield here, None
        for other in (None, 5, True, -1, "", "x", [], {}, [{"name": 1}], {"name": "a"}):
            if type(other) is not type(child) or other != child:
                yield here, other
        yield from _mutations(child, here)


def _mutated(entry: dict[str, Any], path: tuple[Any, ...], replacement: Any) -> Any:
    copy = json.loads(json.dumps(entry))
    if not path:
        return copy
    node = copy
    for key in path[:-1]:
        node = node[key]
    if replacement is None and isinstance(node, dict):
        del node[path[-1]]
    else:
        node[path[-1]] = replacement
    return copy


def _exchange_facts(item: Any) -> Any:
    if not isinstance(item, capture.Exchange):
        return item
    response = item.response
    kept = None
    if response is not None:
        kept = (response.status, response.content_type, response.location, response.captured, response.problem)
        kept += (repr(response.body),)
    return (item.file, item.entry, item.operation_id, item.request, item.note, kept)


def test_fast_entry_reading_agrees_with_the_general_way_on_mutated_entries() -> None:
    """Also: the auditor and its request checks, which keep what URLs, sets of member names and
    values decide across entries, say what new ones say."""
    desc = description()
    auditor = Auditor(desc)
    fast = general = planned = 0
    for index, entry in enumerate(_rich_entries()):
        for path, replacement in [((), None), *_mutations(entry)]:
            text = json.dumps(_mutated(entry, path, replacement), ensure_ascii=False)
            found = har_entries.exchange("capture.har", index, text, capture.DEFAULT_MAX_DECOMPRESSED)
            if found is None:  # left to the general way: nothing to compare
                general += 1
                continue
            fast += 1
            [expected] = capture.har_items("capture.har", index, json.loads(text))
            assert _exchange_facts(found) == _exchange_facts(expected), (path, replacement)
            judged = auditor.judge_safely(found)
            assert judged == auditor.judge_safely(expected), (path, replacement)
            if fast % 10 == 0:  # one in ten against an auditor that has seen nothing before it
                assert judged == Auditor(desc).judge_safely(expected), (path, replacement)
            if isinstance(judged, Result) and judged.operation_id and found.request is not None:
                op = desc.operations[judged.operation_id]
                assert auditor.checker(op).check(found.request) == RequestChecker(op).check(found.request)
                planned += 1
    assert fast > 500 and general > 500 and planned > 500, (fast, general, planned)  # every way, many times
