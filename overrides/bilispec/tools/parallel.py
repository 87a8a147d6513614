"""Judge exchanges in N processes (`--jobs N`), results in the order of the input.

N workers judge and write what the report says of plain results (the common case: tools/plain.py,
a text for a whole run of them); this process reads, counts, and writes in order. A large HAR
(or file of JSON lines) this process reads no further than its first entry (line): the workers
read the rest from the file by byte ranges (tools/har_ranges.py; a compressed HAR is decompressed
here into a temporary one as they go) and number their entries from 0; this process puts each
range's numbers in place once the ranges before it are counted, and where a range does not read,
or a bound is reached, reads the file on from the last whole entry the way one process does. Other
inputs (small files, compressed JSON lines, recordings) this process reads and cuts into batches
the workers judge. So N processes judge on
N cores and this one stays light: when it read and sent every entry, it was the bottleneck (on
200,000 entries, `--jobs 2` was 1.0x to 1.3x the speed of one).
At most a few tasks per worker are in flight, so memory stays flat however fast the reading goes;
results are given task by task, in order, so the report is the same as with one process. A run
short enough to fit in the first batches never starts a worker.
"""

from __future__ import annotations

import gc
import os
import time
from collections import Counter, deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future
from dataclasses import dataclass, replace
from itertools import chain
from typing import Any

from ..core.description import build
from .audit import Auditor
from .capture import Batch, InputProblem, Item, Pending
from .har_ranges import MORE, RANGE_MOST, HarRest, Range, read_range
from .inputs import Read, WholeFile, counted_entries, entries_per_batch, resume
from .line_stream import whole_lines
from .plain import PlainFormat, Rows, Said
from .results import VALID, Plain, Result

IN_FLIGHT = 3  # tasks per worker waiting or being judged
TASK = 1024  # entries per task: each costs this process a message, a future and a wake-up either way


# Each worker's auditor and what it writes of plain results: inherited (fork) or given (spawn).
_AUDITOR: Auditor | None = None
_PLAIN: PlainFormat | None = None


@dataclass(frozen=True)
class Written:
    """Plain results (results.Plain) as the report writes them: how many, and the text. `told`:
    results among them that are not plain but differ only in their number (plain.Rows' told), as
    (one of them, how many, the first's source): what the report counts of them."""

    count: int
    text: str
    told: tuple[tuple[Result, int, str], ...] = ()


def default_jobs() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def _units(items: Iterable[Read], size: int) -> Iterator[list[Item | WholeFile] | HarRest]:
    """The items in tasks of about `size` entries (a Batch of a large HAR's entries counts them
    all), and the rest of each HAR read by ranges alone."""
    task: list[Item | WholeFile] = []
    entries = 0
    for item in items:
        if isinstance(item, HarRest):
            if task:
                yield task
                task, entries = [], 0
            yield item
            continue
        task.append(item)
        entries += len(item) if isinstance(item, Batch) else item.size // 1500 + 1 if isinstance(item, WholeFile) else 1
        if entries >= size:
            yield task
            task, entries = [], 0
    if task:
        yield task


def judge_all(
    auditor: Auditor, items: Iterable[Read], jobs: int, plain: PlainFormat
) -> Iterator[Result | InputProblem | Written]:
    """Each result in order; plain results as Written: the text `plain` made of them, and how many."""
    if jobs <= 1:
        yield from _judged(auditor, items, plain)
        return
    # The first two tasks are judged here, before any worker starts: a smaller batch
    # (BILISPEC_JOBS_BATCH) lets a small capture cross into the pool (the tests do that).
    units = _units(items, entries_per_batch(TASK))
    for _ in range(2):
        unit = next(units, None)
        if unit is None:
            return
        if isinstance(unit, HarRest):
            units = chain([unit], units)
            break
        yield from _judged(auditor, unit, plain)
    unit = next(units, None)
    if unit is not None:
        yield from _pooled(auditor, chain([unit], units), jobs, plain)


def _judged(auditor: Auditor, items: Iterable[Read], plain: PlainFormat) -> Iterator[Result | InputProblem | Written]:
    for item in auditor.judge_runs(_one_by_one(items)):
        yield Written(len(item), plain(item)) if isinstance(item, Plain) else item


def _one_by_one(items: Iterable[Read]) -> Iterator[Item]:
    for item in items:
        if isinstance(item, WholeFile):  # a small file named for a worker: read where it is judged
            yield from _one_by_one(item.items())
        elif isinstance(item, HarRest):  # read here, as one process reads it
            yield from resume(item, item.offset, item.index)
        else:
            yield item


@dataclass
class _Ranges:
    """A HAR's rest being read by ranges: those not yet sent, and where the entries read so far end
    (`boundary`, after `base` entries)."""

    rest: HarRest
    todo: Iterator[Range]
    base: int
    boundary: int
    sent: HarRest  # what the workers are given: the rest without this process's spill
    counted: int  # of the `base` entries, those --max-entries counts (JSON lines: not the blank ones)
    given: bool = False  # every range sent

    def take(self, judged: _Ranged | None, plain: PlainFormat) -> list[Result | InputProblem | Written] | None:
        """The next range's results, numbered in place and counted; None when the file is to be read
        on from `boundary` the way one process does: the range did not read, or passes --max-entries."""
        if (
            judged is None
            or (judged.count and judged.first != self.boundary)
            or self.counted + judged.counted > self.rest.options.max_entries
        ):
            return None
        placed = list(_placed(judged.items, self.base, plain))
        if judged.count:
            self.base, self.boundary = self.base + judged.count, judged.last
            self.counted += judged.counted
        return placed

    def next(self) -> Range | None:
        if not self.given and (range_ := next(self.todo, None)) is not None:
            return range_
        self.given = True
        return None

    def close(self) -> None:
        if self.rest.spill is not None:
            self.rest.spill.close()

    def stopped(self) -> InputProblem | None:
        """Past --max-seconds: what the report says instead of the ranges left."""
        if time.monotonic() <= self.rest.deadline:
            return None
        seconds = self.rest.options.max_seconds
        return InputProblem(
            self.rest.file, f"stopped after {self.counted:,} entries: {seconds:g} s spent (--max-seconds)"
        )


def _pooled(
    auditor: Auditor, units: Iterator[list[Item | WholeFile] | HarRest], jobs: int, plain: PlainFormat
) -> Iterator[Result | InputProblem | Written]:
    global _AUDITOR, _PLAIN
    # Imported here: 18 ms of imports (multiprocessing, tempfile, subprocess) a run without workers
    # (a small capture, --jobs 1) does not need.
    import multiprocessing  # noqa: PLC0415
    from concurrent.futures import ProcessPoolExecutor  # noqa: PLC0415
    from concurrent.futures.process import BrokenProcessPool  # noqa: PLC0415

    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods else "spawn")
    _AUDITOR, _PLAIN = auditor, plain  # a forked worker starts with them, validators compiled
    if "fork" in methods:
        executor = ProcessPoolExecutor(jobs, mp_context=context)
    else:
        arguments = (auditor.desc.document, auditor.origins, plain)
        executor = ProcessPoolExecutor(jobs, mp_context=context, initializer=_start, initargs=arguments)
    started = False

    def submit(function: Any, *arguments: Any) -> Future[Any]:
        nonlocal started
        if not started:  # the workers fork now: what is here is never collected, so a worker's
            gc.freeze()  # collector leaves the pages it shares alone
            started = True
        return executor.submit(function, *arguments)

    # The workers' answers to come, in input order: a task's, or a range's (with the range).
    pending: deque[tuple[Future[Any], Range | None]] = deque()
    # What is read next: a HAR's rest that ranges did not read, read on the way one process does, first.
    sources = [units]
    ranges: _Ranges | None = None  # while a HAR's rest is read by ranges, nothing after it is sent
    size = entries_per_batch(TASK)
    # concurrent.futures, not multiprocessing.Pool: a worker that dies (killed, out of memory) breaks
    # the pool and every waiting result with it, where a Pool would wait for its batch forever.
    try:
        while True:
            try:  # a broken pool refuses new tasks too
                while len(pending) < IN_FLIGHT * jobs:
                    if ranges is not None:
                        if (range_ := ranges.next()) is None:
                            break
                        pending.append((submit(_judge_range, ranges.sent, range_), range_))
                        continue
                    unit = next(sources[-1], None)
                    if unit is None:
                        if len(sources) == 1:
                            break
                        sources.pop()
                    elif isinstance(unit, HarRest):
                        # Ranges of RANGE_MOST bytes (HarRest.ranges caps them there): each task costs this
                        # process about a millisecond. BILISPEC_JOBS_BATCH asks for fewer entries a range.
                        todo = unit.ranges(entries_per_batch(RANGE_MOST // unit.entry_bytes + 1) * unit.entry_bytes)
                        counted = unit.index if unit.counted is None else unit.counted
                        ranges = _Ranges(unit, todo, unit.index, unit.offset, replace(unit, spill=None), counted)
                        if not started and (range_ := ranges.next()) is not None:  # the first here: the
                            pending.append((_done(_judge_range(ranges.sent, range_)), range_))  # workers fork
                            # with what it compiled
                    else:
                        pending.append((submit(_judge_batch, [_sent(item) for item in unit]), None))
                if not pending:
                    if ranges is None:
                        return
                    ranges.close()  # every range read and given
                    ranges = None
                    continue
                future, range_ = pending.popleft()
                judged = future.result()  # the oldest, waited for
                if judged == _MORE and ranges is not None and ranges.rest.spill is not None and range_ is not None:
                    if ranges.rest.spill.done:  # nothing more to decompress: what stopped it is said
                        judged = None  # where the file is read on, the way one process reads it
                    else:
                        again = ranges.rest.spill.more(range_)  # decompressed further, the same range again
                        pending.appendleft((submit(_judge_range, ranges.sent, again), again))
                        continue
            except BrokenProcessPool:
                raise WorkerLostError(
                    "a --jobs worker process ended before it gave its results (killed, or out of memory?); "
                    "the report stops here: run again, or with --jobs 1"
                ) from None
            if range_ is None:
                yield from map(_received, judged)
                continue
            assert ranges is not None
            if (stopped := ranges.stopped()) is not None:
                yield stopped
                ranges.close()
            elif (placed := ranges.take(judged, plain)) is None:  # read on, the way one process does
                sources.append(_units(resume(ranges.rest, ranges.boundary, ranges.base, ranges.counted), size))
            else:
                yield from placed
                continue
            for left, _ in pending:  # this HAR's ranges after it: not read, or read for nothing
                left.cancel()
            pending.clear()
            ranges = None
    finally:  # stopped early too (a closed pipe, Ctrl-C): what is still queued is not judged
        executor.shutdown(wait=True, cancel_futures=True)
        if ranges is not None:
            ranges.close()
        if started:
            gc.unfreeze()


def _done(value: Any) -> Future[Any]:
    future: Future[Any] = Future()
    future.set_result(value)
    return future


class WorkerLostError(RuntimeError):
    """A worker process of `--jobs` ended without answering: its entries cannot be reported."""


# What crosses between the processes, kept cheap to pickle: an entry's text as a tuple, not a
# Pending; a plain result (valid, nothing found, no note: most of them) as a tuple of its members,
# not a Result. A dataclass pickles member by member with its class; a tuple of text and numbers
# costs a third of that each way, and this process does it for every entry.


def _sent(item: Item | WholeFile) -> Any:
    if isinstance(item, Batch):  # the worker reads it again: structs pickle slowly, views not at all
        return replace(item, lean=None, span=bytes(item.span))
    if isinstance(item, Pending):
        return (item.file, item.entry, item.text, item.kind, item.options)
    return item


def _plain(result: Result | InputProblem | Written) -> Any:
    if isinstance(result, Result) and result.outcome == VALID and not (result.findings or result.drift or result.note):
        r = result
        return (r.source, r.file, r.entry, r.operation_id, r.method, r.url, r.status, r.validated)
    return result


def _received(item: Any) -> Result | InputProblem | Written:
    if isinstance(item, tuple):
        source, file, entry, operation_id, method, url, status, validated = item
        return Result(source, file, entry, operation_id, method, url, status, validated=validated)
    return item  # type: ignore[no-any-return]


def _start(document: dict[str, Any], origins: tuple[str, ...], plain: PlainFormat) -> None:
    global _AUDITOR, _PLAIN
    _AUDITOR, _PLAIN = Auditor(build(document), origins), plain


def _judge_batch(batch: list[Any]) -> list[Any]:
    assert _AUDITOR is not None and _PLAIN is not None
    items = [Pending(*item) if isinstance(item, tuple) else item for item in batch]
    return [_plain(result) for result in _judged(_AUDITOR, items, _PLAIN)]


@dataclass(frozen=True)
class _Ranged:
    """What a worker read and judged of a range (har_ranges.Span): `count` entries between bytes
    `first` and `last`, their results numbered from 0 (plain ones as Rows); `counted`, those
    --max-entries counts (JSON lines: not the blank ones)."""

    count: int
    first: int
    last: int
    items: list[Rows | Result | InputProblem]
    counted: int


def _judge_range(rest: HarRest, range_: Range) -> _Ranged | str | None:
    assert _AUDITOR is not None and _PLAIN is not None
    try:
        span = read_range(rest, range_.start, range_.end, range_.readable, range_.final)
    except Exception:  # whatever it is, reading on from the last whole entry says it
        return None
    if span is MORE:
        return _MORE
    if span is None or not span.count:
        return None if span is None else _Ranged(0, -1, -1, [], 0)
    counted = span.count
    read: list[Item]
    if rest.lines:  # batches of lines that begin with `{`, any other line alone, as line_stream reads them
        read = list(whole_lines(rest.file, bytes(span.data), rest.options, entries_per_batch()))
        counted = sum(map(counted_entries, read))
    else:
        read = [Batch(rest.file, 0, span.data, span.count, rest.options, span.lean)]
    judged = _AUDITOR.judge_runs(read)
    if _PLAIN.said is None:
        items = [_PLAIN.rows(item) if isinstance(item, Plain) else item for item in judged]
    else:  # results that differ only in their number travel as their text, as plain ones do
        items = _PLAIN.told_rows(judged, _said(_PLAIN))
    return _Ranged(span.count, span.first, span.last, items, counted)


# A worker's texts of results around their number, for the format it was given (one process runs
# many reports in the tests: a format's own).
_SAID: dict[Any, Said] = {}


def _said(plain: PlainFormat) -> Said:
    said = _SAID.get(plain.said)
    if said is None:
        assert plain.said is not None
        _SAID.clear()
        said = _SAID[plain.said] = Said(plain.said)
    return said


_MORE = "more"  # a range of a spill whose last entry needs more of it decompressed


def _told(rows: Rows, base: int) -> tuple[tuple[Result, int, str], ...]:
    """What the report counts of the rows' told results: each told one, how many, the first's source."""
    if not rows.told:
        return ()
    told = rows.told
    counts: Counter[int] = Counter()
    first: dict[int, int] = {}
    for index, entry in zip(rows.which, rows.entries, strict=True):
        if told[index] is not None:
            counts[index] += 1
            first.setdefault(index, entry)
    return tuple((told[i], counts[i], f"{rows.file}#{first[i] + base}") for i in first)  # type: ignore[misc]


def _placed(
    items: list[Rows | Result | InputProblem], base: int, plain: PlainFormat
) -> Iterator[Result | InputProblem | Written]:
    """A range's results numbered from `base` (the entries before it)."""
    for item in items:
        if isinstance(item, Rows):
            yield Written(len(item), plain.text(item, base), _told(item, base))
        elif item.entry is None:
            yield item
        elif isinstance(item, InputProblem):  # a line that is not JSON says which, from 1
            line, moved = f"line {item.entry + 1} ", f"line {item.entry + base + 1} "
            message = moved + item.message[len(line) :] if item.message.startswith(line) else item.message
            yield replace(item, entry=item.entry + base, message=message)
        else:  # a Result of its own, just received: numbered in place (dataclasses.replace was 10 µs)
            old, new = f"{item.file}#{item.entry}", f"{item.file}#{item.entry + base}"
            if item.source.startswith(old):
                rest, line = item.source[len(old) :], f" line {item.entry + 1}"
                if rest.startswith(line):  # a command read from JSON lines says its line, from 1
                    rest = f" line {item.entry + base + 1}{rest[len(line) :]}"
                item.source = new + rest
            item.entry += base
            yield item
