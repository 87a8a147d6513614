"""A `--jobs` worker that dies (killed, out of memory) ends the run with a message naming what
happened, at once: no hang waiting for the lost batch, no traceback, and the entries before it
reported."""

from __future__ import annotations

import gzip
import json
import os
import re
import time
from pathlib import Path
from typing import Any

import pytest

from bilispec.tools import inputs, parallel

from ..conftest import recording_files
from .test_validate_streaming import repeated, run, write_har

_JUDGE, _JUDGE_RANGE = parallel._judge_batch, parallel._judge_range
_CALLS: list[int] = []


def _dying(batch: list[Any]) -> list[Any]:
    """The worker's judge, ending the worker on its third batch as the kernel's OOM killer would:
    no clean-up, no answer. (A module-level function: the pool sends it by name.)"""
    _CALLS.append(1)
    if len(_CALLS) == 3:
        os._exit(9)
    return _JUDGE(batch)


def _dying_range(*arguments: Any) -> Any:
    """The same for a range of a plain HAR's bytes."""
    _CALLS.append(1)
    if len(_CALLS) == 3:
        os._exit(9)
    return _JUDGE_RANGE(*arguments)


# Read by ranges (a HAR, JSON lines, gzip'd JSON lines); in batches (an array of recordings: this
# process reads it)
@pytest.mark.parametrize("name", ["capture.har", "capture.jsonl", "capture.jsonl.gz", "recordings.json"])
def test_a_worker_that_dies_ends_the_run_with_a_message(
    name: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("BILISPEC_JOBS_BATCH", "16")
    monkeypatch.setattr(inputs, "PEEK", 64 * 1024)
    monkeypatch.setattr(parallel, "_judge_batch", _dying)
    monkeypatch.setattr(parallel, "_judge_range", _dying_range)
    _CALLS.clear()  # this process judges a first range itself: its calls count too
    path = tmp_path / name
    if name == "recordings.json":
        recordings = [json.loads(p.read_text(encoding="utf-8")) for p in recording_files()]
        path.write_text(json.dumps((recordings * 10)[:300]), encoding="utf-8")
    elif ".jsonl" in name:
        text = "\n".join(json.dumps(entry) for entry in repeated(300)).encode()
        path.write_bytes(gzip.compress(text) if name.endswith(".gz") else text)
    else:
        path = write_har(path, repeated(300))
    started = time.monotonic()
    code, out, err = run(capsys, "--format", "json", "--jobs", "2", str(path))
    assert time.monotonic() - started < 60
    assert code == 2, (code, err)
    assert "--jobs worker process ended before it gave its results" in err
    assert "Traceback" not in err + out
    # What was judged before the loss is reported, in order and whole: at least what was judged here
    # (two batches; of a file read by ranges, its first entry). The workers' finished batches may be
    # lost with the pool: concurrent.futures fails every future whose answer it had not yet read when
    # a worker died, so how many is a race.
    entries = [int(number) for number in re.findall(r'"entry":(\d+)', out)]
    assert entries == list(range(len(entries))) and len(entries) >= (32 if name == "recordings.json" else 1), out[:500]
