"""`bilispec validate` as CI runs it: the console command in its own process on generated HARs.

Each run is a subprocess (`python -c` calling the command's main) that reports its own peak resident
memory (VmHWM: since its exec, not the parent's) and its CPU time with its workers'. The machine is
shared, so CPU time (user + system) is the figure that load does not inflate; wall time is given too.
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import captures

_SCRIPT = """
import json, resource, sys, time
started = time.perf_counter()
from bilispec.tools.cli import main
code = main(sys.argv[1:])
wall = time.perf_counter() - started
me, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
cpu = me.ru_utime + me.ru_stime + children.ru_utime + children.ru_stime
peak = int(next(line.split()[1] for line in open("/proc/self/status") if line.startswith("VmHWM"))) / 1024
print(json.dumps({"code": code, "wall": wall, "cpu": cpu, "peak_mb": peak}), file=sys.stderr)
"""


def command(*argv: str) -> dict[str, Any]:
    """Run `bilispec ARGV` in a new process: {code, wall, cpu, peak_mb} (peak: the main process's)."""
    done = subprocess.run([sys.executable, "-c", _SCRIPT, *argv], capture_output=True, text=True, timeout=3600)
    return dict(json.loads(done.stderr.strip().splitlines()[-1]))


def validate(capture: Path, jobs: int, out: Path, drift: bool = False) -> dict[str, Any]:
    """`drift`: every entry is drift (exit code 1), else every entry is valid."""
    figures = command("validate", "--jobs", str(jobs), "--format", "json", "-o", str(out), str(capture))
    summary = json.loads(out.read_text(encoding="utf-8"))["summary"]
    if drift:
        assert figures["code"] == 1 and summary["drift_only"] == summary["exchanges"], summary
    else:
        assert figures["code"] == 0 and summary["valid"] == summary["exchanges"], summary
    return figures | {"entries": summary["exchanges"]}


def halves_at_once(capture: Path, out: Path) -> float:
    """The wall time of two `--jobs 1` runs on `capture` (half the largest) started together: the
    machine's floor for `--jobs 2` on the whole (two processes on its two cores, nothing shared)."""
    argv = ["validate", "--jobs", "1", "--format", "json", str(capture)]
    started = time.perf_counter()
    runs = [
        subprocess.Popen([sys.executable, "-c", _SCRIPT, *argv, "-o", f"{out}.{n}"], stderr=subprocess.PIPE)
        for n in range(2)
    ]
    for run in runs:
        run.communicate(timeout=3600)
        assert run.returncode == 0
    return time.perf_counter() - started


def capture(folder: Path, entries: int, layout: str = "lines", **kinds: bool) -> Path:
    """captures.write's capture of `entries` in `folder`, written once: `kinds` are its flags
    (large, mixed, unknown, unique, base64)."""
    named = "".join(f"-{kind}" for kind, on in kinds.items() if on)
    path = folder / f"capture-{entries}{named}-{layout}.{'jsonl' if layout == 'jsonl' else 'har'}"
    if not path.exists():
        captures.write(path, entries, layout=layout, **kinds)
    return path


def startup() -> dict[str, Any]:
    """The command's fixed cost (interpreter, imports, the description): `bilispec --version`, best of 3."""
    runs = [command("--version") for _ in range(3)]
    return min(runs, key=lambda r: r["cpu"])


def json_load_seconds(path: Path) -> float:
    """json.load of the whole capture (issue 23's baseline), from its bytes, best of 3."""
    times = []
    for _ in range(3):
        started = time.process_time()
        json.loads(path.read_bytes())
        times.append(time.process_time() - started)
    return min(times)


def json_loads_seconds(entries: int, large: bool = False, mixed: bool = False, unknown: bool = False) -> float:
    """json.loads of every response body of the capture, from bytes: the floor, best of 3."""
    bodies = list(captures.bodies(entries, large, mixed, unknown))
    times = []
    for _ in range(3):
        started = time.process_time()
        for body in bodies:
            json.loads(body)
        times.append(time.process_time() - started)
    return min(times)


def median_run(capture_path: Path, jobs: int, out: Path, rounds: int) -> dict[str, Any]:
    runs = [validate(capture_path, jobs, out) for _ in range(rounds)]
    return {key: statistics.median(r[key] for r in runs) for key in ("wall", "cpu", "peak_mb", "entries")}
