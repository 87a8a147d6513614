"""The entries of a large HAR read by byte ranges, each range by a --jobs worker from the file itself.

With --jobs, this process reads a HAR's first entry (tools/har_stream.py learns from it the layout
between two entries: `}` `,` a newline, indentation, `{`) and then nothing more of the file: the
rest is cut into ranges of bytes (`HarRest`) and each worker reads its own (`read_range`) with
pread. A range holds the entries that follow an occurrence of the layout starting inside it, the
last one read up to the next occurrence, past the range's end, or, at the end of the file, to the
end of the array. One decode of those entries proves them: when every range decodes, in order, the
ranges cut the array where its entries end (JSON is read one way only: a value ends where its
brackets close, whatever follows), so the entries and their count are exactly those of reading the
file from the start. A range that does not decode (the layout also occurs inside entries, an
entry larger than the bound, a truncated file) is None: parallel.py then reads the file on from the
end of the last range that did, the way one process does, and reports what it finds.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from typing import Any

import msgspec

from .capture import Options
from .har_entries import LEAN_ENTRIES

_RAWS = msgspec.json.Decoder(list[msgspec.Raw])
_CHUNK = 1 << 20
_SPACE = b" \t\r\n"


@dataclass(frozen=True)
class HarRest:
    """The entries of the HAR `file` (at `path`) after the `index` read already, the last of which
    ends at byte `offset`; `layout` lies between two entries, the first `closer` bytes of it ending
    the entry before. `size`: the file's when it was opened. `entry_bytes`: the first entry's size,
    to size the ranges. `deadline`: when --max-seconds stops the file (time.monotonic)."""

    file: str
    path: str
    offset: int
    index: int
    layout: bytes
    closer: int
    size: int
    entry_bytes: int
    options: Options
    deadline: float = float("inf")

    def ranges(self, size: int) -> list[tuple[int, int]]:
        """The ranges of about `size` bytes (at most the bound on one entry) that cut the rest of the file."""
        size = max(len(self.layout), min(size, self.options.max_decompressed))
        start = self.offset - self.closer  # where the layout after the last entry read starts
        return [(at, min(at + size, self.size)) for at in range(start, self.size, size)]


@dataclass(frozen=True)
class Span:
    """The entries of a range: `count` of them in `data` (JSON values separated by `,` and white
    space), `lean` their lean reading (None: an entry of odd types, each is read alone); they lie
    between byte `first` (the end of the entry before them) and byte `last` (the end of their last)."""

    data: bytes
    count: int
    lean: list[Any] | None
    first: int
    last: int


EMPTY = Span(b"", 0, None, -1, -1)  # no entry starts in the range (it lies inside one)


class _Shrunk(Exception):
    pass


def read_range(rest: HarRest, start: int, end: int) -> Span | None:
    """The entries that follow an occurrence of the layout starting in [start, end), read from the
    file; EMPTY when none does; None when they do not read as whole entries (see the module), or
    the file is shorter than when it was opened."""
    try:
        return _read_range(rest, start, end)
    except _Shrunk:
        return None


def _read_range(rest: HarRest, start: int, end: int) -> Span | None:
    layout, closer, limit = rest.layout, rest.closer, rest.options.max_decompressed
    owned = end - start + len(layout) - 1  # an occurrence starting before `end` ends before this
    with open(rest.path, "rb") as file:
        fd = file.fileno()

        def more(data: bytes, size: int) -> bytes:
            at = start + len(data)
            wanted = max(0, min(size, rest.size - at))
            read = os.pread(fd, wanted, at)
            if len(read) < wanted:  # the file shrank since it was opened: read on the way one process does
                raise _Shrunk
            return data + read

        data = more(b"", owned)
        first = data.find(layout, 0, owned)
        if first < 0:
            return EMPTY
        last = data.rfind(layout, 0, owned)
        begin = last + len(layout) - 1  # the `{` of the last entry
        searched = end - start
        while (found := data.find(layout, searched)) < 0:  # the next occurrence ends the last entry
            if start + len(data) >= rest.size:
                stop = _array_end(data, begin)  # the file's last entry
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
    text = data[first + len(layout) - 1 : stop]
    joined = b"[" + text + b"]"
    lean: list[Any] | None
    try:
        lean = LEAN_ENTRIES.decode(joined)
        count = len(lean)
    except (msgspec.DecodeError, ValueError, RecursionError):
        try:  # whole entries of odd types (a status as text): each is read alone where it is judged
            count, lean = len(_RAWS.decode(joined)), None
        except (msgspec.DecodeError, ValueError, RecursionError):
            return None
    return Span(text, count, lean, start + first + closer, start + stop)


def _array_end(data: bytes, begin: int) -> int | None:
    """Where the value at `begin`, the array's last, ends: None unless `]` follows it."""
    try:  # read as Latin-1, one character a byte: JSON's structure is ASCII
        _, length = json.JSONDecoder().raw_decode(data[begin:].decode("latin-1"))
    except (ValueError, RecursionError):
        return None
    stop = begin + length
    return stop if data[stop:].lstrip(_SPACE)[:1] == b"]" else None
