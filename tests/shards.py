"""`make test` runs the test files in two pytest processes side by side, each its own half (a shard).

    python -m pytest -p tests.shards --shard 1/2    # and --shard 2/2 beside it

A shard collects only its own files: the other half is never imported there. Beside pytest-xdist
(`-n 2`, which still works) this spares the controller process, the report each test sends to it, and
each worker collecting every file: 157-160 -> 132 core-s for the whole suite, measured back to back.

The halves are balanced by each file's seconds in shard_weights.json, the longest first, each to the
half with fewer seconds so far; a file not listed there counts as a median one. Every run writes
its files' seconds to build/shard-times-K.json; `python -m tests.shards` folds them into
shard_weights.json (each weight the mean of its last value and the new seconds).
"""

from __future__ import annotations

import json
import statistics
import sys
import time
from collections import defaultdict
from collections.abc import Generator, Iterator
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
WEIGHTS = ROOT / "tests" / "shard_weights.json"
TIMES = ROOT / "build"

_MINE = pytest.StashKey[set[str]]()  # this shard's test files, relative to ROOT
_INDEX = pytest.StashKey[int]()
_SECONDS: defaultdict[str, float] = defaultdict(float)  # seconds per test file in this run


def all_test_files() -> list[str]:
    return sorted(p.relative_to(ROOT).as_posix() for p in (ROOT / "tests").rglob("test_*.py"))


def plan(files: list[str], weights: dict[str, float], count: int) -> list[set[str]]:
    """Each file to one of `count` shards: the heaviest first, each to the lightest shard so far."""
    default = statistics.median(weights.values()) if weights else 1.0
    shards: list[set[str]] = [set() for _ in range(count)]
    loads = [0.0] * count
    for path in sorted(files, key=lambda f: (-weights.get(f, default), f)):
        lightest = loads.index(min(loads))
        shards[lightest].add(path)
        loads[lightest] += weights.get(path, default)
    return shards


def parse_shard(value: str) -> tuple[int, int]:
    index, _, count = value.partition("/")
    if not (index.isdigit() and count.isdigit() and 1 <= int(index) <= int(count)):
        raise pytest.UsageError(f"--shard: expected K/N with 1 <= K <= N, got {value!r}")
    return int(index), int(count)


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--shard", default=None, metavar="K/N", help="run only the K-th of N halves of the test files")


def pytest_configure(config: pytest.Config) -> None:
    value = config.getoption("--shard")
    if value is None:
        return
    index, count = parse_shard(value)
    weights = json.loads(WEIGHTS.read_text(encoding="utf-8"))
    config.stash[_MINE] = plan(all_test_files(), weights, count)[index - 1]
    config.stash[_INDEX] = index


def pytest_ignore_collect(collection_path: Path, config: pytest.Config) -> bool | None:
    mine = config.stash.get(_MINE, None)
    if mine is None or collection_path.suffix != ".py" or not collection_path.name.startswith("test_"):
        return None
    try:
        path = collection_path.resolve().relative_to(ROOT).as_posix()
    except ValueError:
        return None  # not one of this checkout's test files
    return True if path not in mine else None


@pytest.hookimpl(wrapper=True)
def pytest_make_collect_report(
    collector: pytest.Collector,
) -> Generator[None, pytest.CollectReport, pytest.CollectReport]:
    """A file's seconds include its collection (importing it, building its cases)."""
    started = time.perf_counter()
    try:
        return (yield)
    finally:
        path = collector.nodeid.split("::", 1)[0]
        if path.endswith(".py"):  # a file and what it holds, not a folder
            _SECONDS[path] += time.perf_counter() - started


@pytest.hookimpl(wrapper=True)
def pytest_runtest_protocol(item: pytest.Item) -> Iterator[None]:
    started = time.perf_counter()
    try:
        return (yield)
    finally:
        _SECONDS[item.nodeid.split("::", 1)[0]] += time.perf_counter() - started


def pytest_sessionfinish(session: pytest.Session) -> None:
    index = session.config.stash.get(_INDEX, None)
    if index is not None and _SECONDS:
        TIMES.mkdir(exist_ok=True)
        (TIMES / f"shard-times-{index}.json").write_text(json.dumps(dict(_SECONDS), indent=1), encoding="utf-8")


def fold() -> None:
    """shard_weights.json with the last run's build/shard-times-*.json: each file's weight becomes the
    mean of its weight and its last seconds (one run on a busy machine moves the halves less)."""
    weights: dict[str, Any] = json.loads(WEIGHTS.read_text(encoding="utf-8"))
    for part in sorted(TIMES.glob("shard-times-*.json")):
        for path, seconds in json.loads(part.read_text(encoding="utf-8")).items():
            weights[path] = (weights[path] + seconds) / 2 if path in weights else seconds
    files = set(all_test_files())
    kept = {f: round(float(s), 1) for f, s in sorted(weights.items()) if f in files}
    WEIGHTS.write_text(json.dumps(kept, indent=1) + "\n", encoding="utf-8")
    print(f"{WEIGHTS.relative_to(ROOT)}: {len(kept)} files", file=sys.stderr)


if __name__ == "__main__":
    fold()
