"""The entries of a large HAR's log.entries, read from a stream of bytes in runs, in bounded memory.

The file's bytes are never turned into text and back: msgspec reads UTF-8 as it is. The first entry
is read by the json module's decoder (`raw_decode`, which says where a value ends), and the layout
between it and the next is kept (`}` `,` a newline, indentation, `{`; in a file without indentation,
`},{` and the next entry's first member name: values.Layout).
From then on the entries come in runs of about `run`, each cut at the last occurrence of that layout
within about `run` entries' bytes and read in one msgspec decode, into the auditor's lean form (or,
with --jobs, into raw values the workers read again): that decode proves where the run's entries
begin and end, so no entry is cut or checked one by one. A run that does not decode (an entry of odd
types) is read as raw values alone. When the layout also occurs inside an entry (a nested value that
begins with the same member name), a cut may fall inside one and neither decode succeeds: then the next `run`
values are cut at the layout and checked one at a time (a cut that is not one JSON value is read by
the decoder), and the runs resume.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import msgspec

from .har_entries import LEAN_ENTRIES
from .values import ONE_VALUE, RAW_VALUES, ArrayReader, Layout, Value, ValueProblem, incomplete, message


@dataclass(frozen=True)
class Run:
    """Consecutive entries, each one JSON value, separated by `,` and white space: `span`; `count` of
    them; `lean`, their lean reading (har_entries.LeanEntry) when the run was read that way."""

    span: bytes | memoryview
    count: int
    lean: list[Any] | None = None


@dataclass(frozen=True)
class After:
    """Where the first entry ends in the file (`offset`), and the layout learnt from it: the rest
    of the file is left to the --jobs workers, each reading its own range (tools/har_ranges.py)."""

    offset: int
    layout: Layout[bytes]
    entry_bytes: int


class HarEntries(ArrayReader[bytes]):
    """Iterate the entries of the array whose first value starts at or after `data[position]`:
    `Run`s of at most `run` entries, `Value`s read by the json module, or a `ValueProblem` (last).
    `ranged`: after the first entry, only `After` (when its layout is known). `first`: false when
    the position is at the end of a value, before the `,` of the next (parallel.py reads on there)."""

    def __init__(
        self,
        data: bytes,
        position: int,
        more: Iterator[bytes],
        limit: int,
        run: int,
        lean: bool = True,
        ranged: bool = False,
        first: bool = True,
    ) -> None:
        super().__init__(
            data, position, more, limit, (b" \t\r\n", b"}", b",", b"{", b"\n", b"]", b" \t", b'"', b":", b"\\")
        )
        self._run, self._ranged, self._first = run, ranged, first
        # Runs read into the auditor's lean form here (one process), or only cut and counted (the
        # --jobs workers read them: this process would read them for nothing).
        self._lean = lean
        self._value_bytes = 1024  # a value's size in the file, on average (the last run's)
        self._one_by_one = 0  # values to cut one at a time before the next run (a run's decode failed)

    def __iter__(self) -> Iterator[Value | Run | ValueProblem | After]:
        first = self._first
        while (at := self._at_value(first)) is True:
            first = False
            if self._layout is not None and not self._one_by_one:
                runs = self._runs()
                if runs:  # the position is at the end of the last run's last value
                    yield from runs
                    continue
            value = self._value()
            yield value
            if isinstance(value, ValueProblem):
                return
            if self._ranged and self._layout is not None:
                yield After(self._offset + self._position, self._layout, self._value_bytes)
                return
            self._one_by_one = max(0, self._one_by_one - 1)
        if at is not False:
            yield at

    def remainder(self, back: int) -> tuple[bytes, Iterator[bytes]]:
        """What is left of the stream from `back` bytes before the position: the bytes read, and
        the chunks to come (a compressed file's rest, spilled for the --jobs workers)."""
        return self._buffer[self._position - back :], self._more

    def _shown(self) -> str:
        """The character at the position, as text."""
        return self._buffer[self._position : self._position + 4].decode("utf-8", "replace")[:1]

    def _runs(self) -> list[Run]:
        """Runs of about `run` values from the position, each cut after its last value by the
        layout and read by one decode into the lean form the auditor judges (with --jobs, into raw
        values only: the workers read the lean form, this process only counts): that decode also proves
        the cut (a cut inside a value, where the layout occurs inside entries, does not decode). The
        position ends after the last. A run that does not decode (that, or an entry of odd types) is
        read by `_raw_runs` instead."""
        if self._cut() is None:
            return []
        assert self._layout is not None
        buffer, layout, closer, opener = self._buffer, self._layout.text, self._layout.closer, self._layout.opener
        runs: list[Run] = []
        start = self._position
        while True:
            # The last layout in about `run` values' bytes (one search, not one per value); a value
            # longer than that window ends at the next layout.
            window = start + max(self._run * self._value_bytes, len(layout))
            found = buffer.rfind(layout, start, min(window, len(buffer)))
            if found < 0:
                found = buffer.find(layout, start)
            if found < 0:
                break
            cut = found + closer
            # The run as a JSON array in one copy; its span, a view of that copy.
            joined = b"".join((b"[", memoryview(buffer)[start:cut], b"]"))
            try:
                read: list[Any] = (LEAN_ENTRIES if self._lean else RAW_VALUES).decode(joined)
            except (msgspec.DecodeError, ValueError, RecursionError):
                # This run as raw values (the next is read in the lean form again), unless it is first
                # in a later call: the runs before it are given first.
                return runs or self._raw_runs(cut)
            runs.append(Run(memoryview(joined)[1:-1], len(read), read if self._lean else None))
            self._value_bytes = max(1, (cut - start) // len(read))
            self._position, start = cut, found + opener  # the next value's `{`
            if window >= len(buffer):  # the buffer holds no more whole values
                break
        return runs

    def _raw_runs(self, last: int) -> list[Run]:
        """The values from the position to `last` (a cut by the layout), in one decode into raw
        values: a run; the position ends after it. None when that decode fails, the cut being inside
        a value (then values are cut one at a time for a while)."""
        try:
            raws = RAW_VALUES.decode(b"[" + self._buffer[self._position : last] + b"]")
        except (msgspec.DecodeError, ValueError, RecursionError):
            self._one_by_one = self._run
            return []
        self._position = last
        return [Run(b",".join(raws), len(raws))]

    def _read_cut(self, text: bytes) -> Run:
        """A value cut at the layout, checked: a run of one."""
        ONE_VALUE.decode(text)
        return Run(text, 1)

    def _decode(self) -> Value | ValueProblem:
        """The value at the position read by the json module, as from the text of the file: its end
        found on the bytes read as Latin-1 (one character a byte: JSON's structure is ASCII), the
        value read from them as UTF-8."""
        window = 1 << 16
        while True:
            start, size = self._position, len(self._buffer) - self._position
            whole = window >= size
            try:
                _, end = self._decoder.raw_decode(self._buffer[start : start + window].decode("latin-1"))
                if end < min(window, size) or (whole and self._eof):
                    value, _ = self._decoder.raw_decode(self._buffer[start : start + end].decode("utf-8", "replace"))
                    self._position = start + end
                    if self._layout is None:
                        self._learn(start, start + end)
                        self._value_bytes = max(1, end)
                    return Value(value)
                exc: ValueError | None = None
            except RecursionError:
                return ValueProblem("a value nested too deeply to read")
            except ValueError as error:
                exc = error
            if exc is not None and (not incomplete(exc, min(window, size)) or (whole and self._eof)):
                return ValueProblem(self._problem())
            if not whole:
                window *= 2
                continue
            if size > self._limit:
                return ValueProblem(f"a value larger than {self._limit / (1024 * 1024):g} MiB (--max-decompressed)")
            # Read until the pending bytes have doubled, so a long value is decoded O(log n) times.
            target = 2 * size + 1
            while len(self._buffer) - self._position < target and self._read():
                pass
            window = max(window, 2 * target)

    def _problem(self) -> str:
        """What the decoder says about the value at the position, in characters of its text."""
        try:
            self._decoder.raw_decode(self._buffer[self._position :].decode("utf-8", "replace"))
        except RecursionError:
            return "a value nested too deeply to read"
        except ValueError as exc:
            return message(exc)
        return "a value that cannot be read"
