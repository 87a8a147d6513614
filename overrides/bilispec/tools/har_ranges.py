"""The entries of a large HAR read by byte ranges, each range by a --jobs worker from the file itself.

With --jobs, this process reads a HAR's first entry (tools/har_stream.py learns from it the layout
between two entries: `}` `,` a newline, indentation, `{`, or in a compact file `},{` and the
entry's first member name: values.Layout) and then nothing more of the file: the
rest is cut into ranges of bytes (`HarRest`) and each worker reads its own (`read_range`). A range
holds the entries that follow an occurrence of the layout starting inside it, the last one read up
to the next occurrence, past the range's end, or, at the end of the file, to the end of the array.
One decode of those entries proves them: when every range decodes, in order, the ranges cut the
array where its entries end (JSON is read one way only: a value ends where its brackets close,
whatever follows), so the entries and their count are exactly those of reading the file from the
start. A range that does not decode (the layout also occurs inside entries, an entry larger than
the bound, a truncated file) is None: parallel.py then reads the file on from the end of the last
range that did, the way one process does, and reports what it finds. A compressed file is
decompressed into a temporary one as its ranges need it (`Spill`).
"""

from __future__ import annotations

import contextlib
import json
import os
import weakref
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import msgspec

from .capture import Options
from .har_entries import LEAN_ENTRIES
from .values import RAW_VALUES, Layout

_CHUNK = 1 << 20
_MARGIN = 64 << 10  # read past a range's end at first: its last entry most likely ends there
_OPEN, _CLOSE = ord("["), ord("]")
# The most bytes a range covers. A worker's larger buffers (4 MiB and up) were each mapped afresh
# and faulted in page by page: with ranges of 3.6 MB (entries of 3.5 KB, as Chrome writes them),
# 50,000 entries cost 200,000 page faults and 0.5 s of system time, against 30,000 at 2 MiB.
RANGE_MOST = 1 << 21
_SPACE = b" \t\r\n"


@dataclass(frozen=True)
class HarRest:
    """The entries of the HAR `file` (at `path`) after the `index` read already, the last of which
    ends at byte `offset`; `layout` lies between two entries. `size`: the file's when it was opened.
    `entry_bytes`: the first entry's size, to size the ranges. `deadline`: when --max-seconds stops
    the file (time.monotonic)."""

    file: str
    path: str
    offset: int
    index: int
    layout: Layout[bytes]
    size: int
    entry_bytes: int
    options: Options
    deadline: float = float("inf")
    spill: Spill | None = field(default=None, compare=False, repr=False)  # a compressed file's, this process's
    # JSON lines (LINE_LAYOUT): `index` lines read, `counted` of them entries as --max-entries counts
    # them (a blank line is none); a range holds the lines after the newlines that start in it.
    lines: bool = False
    counted: int | None = None

    def ranges(self, size: int) -> Iterator[Range]:
        """The ranges of about `size` bytes (at most the bound on one entry) that cut the rest of the file."""
        size = max(len(self.layout.text), min(size, self.options.max_decompressed, RANGE_MOST))
        start = self.offset - self.layout.closer  # where the layout after the last entry read starts
        if self.spill is not None:
            return self.spill.ranges(start, size)
        return iter([Range(at, min(at + size, self.size), self.size, True) for at in range(start, self.size, size)])


@dataclass(frozen=True)
class Range:
    """Bytes [start, end) of the file: the entries after the occurrences of the layout that start
    there. `readable`: how much of the file may be read for them; `final`: whether that is all."""

    start: int
    end: int
    readable: int
    final: bool


class Spill:
    """The rest of a compressed HAR, decompressed into a temporary file as its ranges need it: the
    --jobs workers read their ranges of that file, and where ranges do not read, the file is read on
    from it and then from the decompression (`chunks`). `data`: the decompressed bytes from the
    layout after the first entry (the file's first byte); `more`: the decompression, on from there."""

    def __init__(self, data: bytes, more: Iterator[bytes]) -> None:
        import tempfile  # noqa: PLC0415 (12 ms of imports, for a compressed file read by --jobs only)

        descriptor, self.path = tempfile.mkstemp(prefix="bilispec-", suffix=".har")
        self._fd: int | None = descriptor
        # Removed by `close`, or when it is collected or the program ends (a reading stopped early).
        self._remove = weakref.finalize(self, _remove, descriptor, self.path, os.getpid())
        self._more, self._held = more, data  # `held`: decompressed, not yet in the file
        self.written, self.done = 0, False
        self._error: BaseException | None = None  # what the decompression raised (a damaged file)
        self.grow(len(data))

    def grow(self, upto: int) -> None:
        """Decompress into the file until it holds `upto` bytes, or all (`done`)."""
        while not self.done and (self._held or self.written < upto):
            if not self._held:
                try:
                    self._held = next(self._more, b"")
                except Exception as exc:  # said where the file is read on (inputs.resume)
                    self._error, self.done = exc, True
                    return
                if not self._held:
                    self.done = True
                    return
            try:
                assert self._fd is not None
                self.written += os.write(self._fd, self._held)
            except OSError:  # no room for it: the ranges end here, the file is read on from memory
                self.done = True
                return
            self._held = b""

    def ranges(self, start: int, size: int) -> Iterator[Range]:
        while True:
            self.grow(start + 2 * size)  # the entry the range's last starts is most likely within
            if start >= self.written:
                return
            yield Range(start, start + size, self.written, self.whole)
            start += size

    def more(self, wanted: Range) -> Range:
        """The range again, with twice as much to read past its end (an entry longer than a range)."""
        self.grow(wanted.readable + max(wanted.readable - wanted.start, 1 << 16))
        return Range(wanted.start, wanted.end, self.written, self.whole)

    @property
    def whole(self) -> bool:
        """Everything decompressed, without an error: the file's end is the capture's (a line cut
        short by a damaged file or by --max-decompressed is no line: see `chunks`)."""
        return self.done and self._error is None

    def chunks(self, offset: int) -> Iterator[bytes]:
        """The decompressed bytes from `offset` of the file on: those of the file, then the rest."""
        with open(self.path, "rb") as file:
            file.seek(offset)
            while chunk := file.read(_CHUNK):
                yield chunk
        if self._held:
            yield self._held
        if self._error is not None:
            raise self._error
        yield from self._more

    def close(self) -> None:
        self._fd = None
        self._remove()


def _remove(descriptor: int, path: str, creator: int) -> None:
    if os.getpid() == creator:  # not in a forked worker that ends
        with contextlib.suppress(OSError):
            os.close(descriptor)
        with contextlib.suppress(OSError):
            os.unlink(path)


@dataclass(frozen=True)
class Span:
    """The entries of a range: `count` of them in `data` (JSON values separated by `,` and white
    space), `lean` their lean reading (None: an entry of odd types, each is read alone); they lie
    between byte `first` (the end of the entry before them) and byte `last` (the end of their last)."""

    data: bytes | memoryview
    count: int
    lean: list[Any] | None
    first: int
    last: int


EMPTY = Span(b"", 0, None, -1, -1)  # no entry starts in the range (it lies inside one)
MORE = Span(b"", -1, None, -1, -1)  # the range's last entry ends past what may be read yet (a Spill)


class _Shrunk(Exception):
    pass


# Between two lines of JSON lines: a newline, the next line from the byte after it.
LINE_LAYOUT = Layout(b"\n", 0, 1)


def read_range(rest: HarRest, start: int, end: int, readable: int | None = None, final: bool = True) -> Span | None:
    """The entries that follow an occurrence of the layout starting in [start, end), read from the
    file's first `readable` bytes (default: its size) of which there are no more when `final`;
    EMPTY when none does; MORE when the last needs bytes past `readable`; None when they do not
    read as whole entries (see the module), or the file is shorter than it was."""
    try:
        return _read_range(rest, start, end, rest.size if readable is None else readable, final)
    except _Shrunk:
        return None


def _read_range(rest: HarRest, start: int, end: int, size: int, final: bool) -> Span | None:
    layout, closer, opener, limit = (
        rest.layout.text,
        rest.layout.closer,
        rest.layout.opener,
        rest.options.max_decompressed,
    )
    owned = end - start + len(layout) - 1  # an occurrence starting before `end` ends before this
    # One buffer, read into: the range and a margin where its last entry most likely ends (a range's
    # buffers made afresh and copied were a fifth of a worker's time).
    margin = min(max(_MARGIN, 4 * rest.entry_bytes), _CHUNK)
    with open(rest.path, "rb", buffering=0) as file:

        def more(data: bytearray, count: int) -> bytearray:
            at = start + len(data)
            wanted = max(0, min(count, size - at))
            file.seek(at)  # seek and read, not os.pread: the same on every system
            read, got = bytearray(wanted), 0
            with memoryview(read) as view:
                while got < wanted and (piece := file.readinto(view[got:])):
                    got += piece
            if got < wanted:  # the file shrank since it was opened: read on the way one process does
                raise _Shrunk
            if not data:
                return read
            data += read
            return data

        data = more(bytearray(), owned + margin)
        first = data.find(layout, 0, owned)
        if first < 0:
            return EMPTY
        last = data.rfind(layout, 0, owned)
        begin = last + opener  # the `{` of the last entry
        searched = end - start
        while (found := data.find(layout, searched)) < 0:  # the next occurrence ends the last entry
            if start + len(data) >= size:
                if not final:
                    return MORE
                stop = len(data) if rest.lines else _array_end(data, begin)  # the file's last entry
                if stop is None:
                    return None
                break
            if len(data) - begin > limit:
                return None
            searched = max(searched, len(data) - len(layout) + 1)
            data = more(data, max(_CHUNK, len(data) - begin))
        else:
            stop = found + closer
        if stop - begin > limit:
            return None
    if rest.lines:
        return _lines(data, start, first, stop)
    # The entries as a JSON array where they lie: the layout's byte before the first `{` and the one
    # after the last entry (layout, white space or the array's `]`) become the brackets.
    data[first + opener - 1] = _OPEN
    if stop < len(data):
        data[stop] = _CLOSE
    else:
        data.append(_CLOSE)
    view = memoryview(data)
    joined, text = view[first + opener - 1 : stop + 1], view[first + opener : stop]
    lean: list[Any] | None
    try:
        lean = LEAN_ENTRIES.decode(joined)
        count = len(lean)
    except (msgspec.DecodeError, ValueError, RecursionError):
        try:  # whole entries of odd types (a status as text): each is read alone where it is judged
            count, lean = len(RAW_VALUES.decode(joined)), None
        except (msgspec.DecodeError, ValueError, RecursionError):
            return None
    return Span(text, count, lean, start + first + closer, start + stop)


def _lines(data: bytearray, start: int, first: int, stop: int) -> Span:
    """The lines between the newline at `first` and `stop` (the next newline, or the file's end): read
    where they are judged (line_stream), each numbered in the file by the lines before it."""
    if stop == len(data) and data[stop - 1 : stop] == b"\n":  # the file's last newline: no line after it
        stop -= 1
    if stop <= first:
        return EMPTY
    lines = bytes(memoryview(data)[first + 1 : stop])  # one copy: a bytearray's slice is one already
    return Span(lines, data.count(b"\n", first + 1, stop) + 1, None, start + first, start + stop)


def _array_end(data: bytearray, begin: int) -> int | None:
    """Where the value at `begin`, the array's last, ends: None unless `]` follows it."""
    try:  # read as Latin-1, one character a byte: JSON's structure is ASCII
        _, length = json.JSONDecoder().raw_decode(data[begin:].decode("latin-1"))
    except (ValueError, RecursionError):
        return None
    stop = begin + length
    return stop if data[stop:].lstrip(_SPACE)[:1] == b"]" else None
