"""Open capture files and read them entry by entry, within bounds, whatever their size.

A file of at most PEEK bytes (after gzip) is read whole by documents.read_bytes, which knows every
odd form (base64'd files, UTF-16, truncated HARs, raw bodies). A larger one is read as a stream: a
HAR's log.entries, a JSON array of recordings, or JSON lines, one value at a time, so memory stays
flat whatever the capture's size. Every file is bounded before the work: in bytes (each gzip layer,
every member counted, and each value), in entries, in depth (the JSON readers' nesting limit) and in
seconds; devices and FIFOs are refused (they may never end, or never start).
"""

from __future__ import annotations

import codecs
import contextlib
import json
import os
import re
import stat
import time
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import IO

from .capture import (
    CAPTURE_SUFFIXES,
    DEFAULTS,
    Batch,
    InputProblem,
    Item,
    Options,
    Pending,
    har_items,
    inflate_stream,
)
from .documents import line_items, read_bytes
from .har_entries import har_entry_texts
from .har_ranges import LINE_LAYOUT, HarRest, Spill
from .har_stream import After, HarEntries, Run
from .layers import _strip_bom
from .line_stream import read_line_blocks
from .values import ArrayValues, Text, ValueProblem

# Files up to this size (decompressed) are read whole; larger ones stream.
PEEK = 4 * 1024 * 1024
# HAR entries of a large file cut and handed on together (a Batch): as many as --jobs sends a worker.
BATCH = 256
_CHUNK = 1024 * 1024
_LINES = (".jsonl", ".ndjson", ".jsonl.gz", ".ndjson.gz")
_ENTRIES = re.compile(rb'"entries"[ \t\r\n]*:[ \t\r\n]*\[')


def expand(paths: Iterable[str | Path]) -> Iterator[Path | InputProblem]:
    """Files named, and capture files under directories named, in a stable order."""
    for name in paths:
        path = Path(name)
        if path.is_dir():
            found = sorted(p for p in path.rglob("*") if p.is_file() and p.name.lower().endswith(CAPTURE_SUFFIXES))
            if not found:
                yield InputProblem(str(path), "directory holds no .json, .jsonl or .har files")
            yield from found
        elif path.exists():
            yield path
        else:
            yield InputProblem(str(path), "no such file or directory")


def read_paths(paths: Iterable[str | Path], options: Options = DEFAULTS) -> Iterator[Read]:
    for path in expand(paths):
        if isinstance(path, InputProblem):
            yield path
        elif not options.lean and (whole := _whole(path, options)) is not None:
            yield whole  # --jobs: a worker reads it
        else:
            yield from read_file(path, options)


@dataclass(frozen=True)
class WholeFile:
    """A small file (at most PEEK bytes, not compressed) that a --jobs worker reads and judges
    whole (read_file), its entries numbered in it as ever: this process only names it. A folder of
    small HARs was read here and sent entry by entry (tools/parallel.py)."""

    path: str
    size: int
    options: Options

    def items(self) -> Iterator[Read]:
        return read_file(Path(self.path), self.options)


# What reading the files gives: items, the rest of a HAR to read by ranges, a small file for a worker
Read = Item | HarRest | WholeFile


def _whole(path: Path, options: Options) -> WholeFile | None:
    try:
        found = os.stat(path)
        if not stat.S_ISREG(found.st_mode) or found.st_size > PEEK:
            return None
        with open(path, "rb") as file:
            if file.read(2) == b"\x1f\x8b":  # gzip: it may hold more than PEEK (read here, as a stream)
                return None
    except OSError:  # read_file says why
        return None
    return WholeFile(str(path), found.st_size, options)


def read_file(path: Path, options: Options = DEFAULTS) -> Iterator[Read]:
    name = str(path)
    operation = options.operation
    if operation is None and path.parent.name in options.operation_ids:
        operation = path.parent.name  # a raw body in a folder named after its operation
    options = replace(options, operation=operation)
    try:
        mode = os.stat(path).st_mode
        if not stat.S_ISREG(mode):
            kind = (
                "a FIFO"
                if stat.S_ISFIFO(mode)
                else "a device"
                if stat.S_ISCHR(mode) or stat.S_ISBLK(mode)
                else "not a file"
            )
            yield InputProblem(name, f"{kind}, not a regular file: save the capture to a file and name that")
            return
        with open(path, "rb") as raw:
            yield from _bounded(name, _read_stream(name, raw, options, os.path.abspath(path)), options)
    except OSError as exc:
        yield InputProblem(name, f"cannot read: {exc.strerror or exc}")


def _bounded(
    name: str, items: Iterator[Read], options: Options, count: int = 0, deadline: float | None = None
) -> Iterator[Read]:
    """At most max_entries items and max_seconds of one file, checked before each item is read (a
    batch counts its entries, and is cut at the bound; the rest of a HAR read by ranges is given
    the deadline, and the workers' counts are checked where they come: tools/parallel.py)."""
    deadline = time.monotonic() + options.max_seconds if deadline is None else deadline
    most = options.max_entries
    stopped = InputProblem(name, f"stopped after {most:,} entries (--max-entries); the rest is unread")
    for item in items:
        if count >= most:
            yield stopped
            return
        if time.monotonic() > deadline:
            yield InputProblem(
                name, f"stopped after {count:,} entries: {options.max_seconds:g} s spent (--max-seconds)"
            )
            return
        if isinstance(item, HarRest):
            item = replace(item, deadline=deadline)
        elif isinstance(item, Batch) and count + len(item) > most:
            yield item.head(most - count)
            yield stopped
            return
        count += counted_entries(item)
        yield item


def counted_entries(item: Read) -> int:
    """The entries --max-entries counts of an item: a batch's, one of any other, none of a HAR's rest
    or of a small file a worker reads (each counts its own)."""
    return len(item) if isinstance(item, Batch) else 0 if isinstance(item, HarRest | WholeFile) else 1


def _chunks(raw: IO[bytes]) -> Iterator[bytes]:
    while chunk := raw.read(_CHUNK):
        yield chunk


class _Unreadable(Exception):
    pass


def _layers(chunks: Iterator[bytes], limit: int) -> tuple[bytes, Iterator[bytes], bool]:
    """(the first bytes, the rest) of the file with its gzip or zlib layers undone (up to three),
    and whether there were any."""
    head, layered = _head(chunks), False
    for _ in range(3):
        if head[:2] == b"\x1f\x8b":
            kind, wbits = "gzip", 16 + zlib.MAX_WBITS
        elif head[:1] == b"\x78" and head[1:2] in (b"\x01", b"\x5e", b"\x9c", b"\xda"):
            kind, wbits = "zlib", zlib.MAX_WBITS
        else:
            break
        chunks = _guarded(inflate_stream(_prepend(head, chunks), wbits, limit), kind)
        head, layered = _head(chunks), True
    return head, chunks, layered


def _head(chunks: Iterator[bytes]) -> bytes:
    """At least the first 64 bytes (fewer at the end): enough to tell a layer or a format."""
    head = next(chunks, b"")
    while len(head) < 64 and (more := next(chunks, b"")):
        head += more
    return head


def _prepend(head: bytes, rest: Iterator[bytes]) -> Iterator[bytes]:
    yield head
    yield from rest


def _guarded(chunks: Iterator[bytes], kind: str) -> Iterator[bytes]:
    """Decompression errors as one message naming the layer."""
    try:
        yield from chunks
    except zlib.error as exc:
        raise _Unreadable(f"file is {kind} data that is damaged or truncated ({exc})") from None
    except ValueError as exc:
        text = str(exc)
        raise _Unreadable(
            f"file is {kind} data that {text}" if "MiB" in text else f"file is {kind} data that is {text}"
        ) from None


def _read_stream(name: str, raw: IO[bytes], options: Options, path: str) -> Iterator[Read]:
    try:
        head, rest, layered = _layers(_chunks(raw), options.max_decompressed)
        pieces, size = [head], len(head)
        while size <= PEEK:
            chunk = next(rest, b"")
            if not chunk:
                break
            pieces.append(chunk)
            size += len(chunk)
        if size <= PEEK:  # small: read whole
            yield from _small(name, b"".join(pieces), options)
            return
        # With --jobs, the workers read a HAR's entries themselves, by ranges: of the file, or of a
        # compressed file decompressed into a temporary one as they go (har_ranges.Spill).
        file = None if layered else (path, os.fstat(raw.fileno()).st_size)
        yield from _stream(name, b"".join(pieces), rest, options, file)
    except _Unreadable as exc:
        yield InputProblem(name, str(exc))


def _small(name: str, data: bytes, options: Options) -> Iterator[Read]:
    """A file of at most PEEK bytes. JSON lines, and a HAR that reads in one decode (its entries as
    their text), go onto the lean lane in batches as a large file's do; documents.read_bytes reads
    anything else, every odd form understood (base64'd, UTF-16, truncated). A directory of small HARs
    read by read_bytes alone took 5.5 s for 40,000 entries, against 1 s as one file."""
    text = _strip_bom(data)
    if text.lstrip()[:1] == b"{":
        if name.lower().endswith(_LINES):
            yield from read_line_blocks(name, data, iter(()), options, entries_per_batch())
            return
        entries = har_entry_texts(text)
        if entries is not None:
            size = entries_per_batch()
            for start in range(0, len(entries), size):
                texts = entries[start : start + size]
                yield Batch(name, start, b",".join(texts), len(texts), options)
            return
    yield from read_bytes(name, data, options)


def _texts(head: bytes, rest: Iterator[bytes]) -> Iterator[str]:
    decoder = codecs.getincrementaldecoder("utf-8-sig")(errors="replace")
    yield decoder.decode(head)
    for chunk in rest:
        yield decoder.decode(chunk)
    yield decoder.decode(b"", final=True)


def _stream(
    name: str, head: bytes, rest: Iterator[bytes], options: Options, file: tuple[str, int] | None
) -> Iterator[Read]:
    """A file larger than PEEK: a HAR, an array of recordings, or JSON lines, value by value."""
    if head[:2] in (b"\xff\xfe", b"\xfe\xff"):
        yield InputProblem(name, f"a UTF-16 file over {PEEK >> 20} MiB: convert it to UTF-8 to read it")
        return
    texts = _texts(head, rest)
    text = next(texts)
    start = text.lstrip()[:1]
    found = _ENTRIES.search(head) if start == "{" else None
    if name.lower().endswith(_LINES) or (start == "{" and found is None):
        yield from _lines(name, head, rest, options, file)
        return
    if start == "[":
        values = ArrayValues(text, text.index("[") + 1, texts, options.max_decompressed, lazy=True)
        yield from _values(name, values, options, "array")
        return
    if found is None or not _har_prefix(head[: found.end()].decode("utf-8-sig", "replace")):
        yield InputProblem(
            name,
            f"a file over {PEEK >> 20} MiB that is neither a HAR (log.entries), a JSON array of recordings nor "
            "JSON lines (base64'd or raw bodies are read up to that size)",
        )
        return
    # The entries as bytes from here on: msgspec reads UTF-8 as it is.
    entries = HarEntries(
        head, found.end(), rest, options.max_decompressed, entries_per_batch(), options.lean, not options.lean
    )
    yield from _values(name, entries, options, "HAR", file=file)


def _lines(
    name: str, head: bytes, rest: Iterator[bytes], options: Options, file: tuple[str, int] | None
) -> Iterator[Read]:
    """JSON lines. With --jobs, the first line is read here and the workers read the rest by ranges
    (har_ranges.LINE_LAYOUT): of the file, or of a compressed file decompressed into a temporary one
    as they go, from the newline that ends the first line."""
    first, size = head.find(b"\n"), entries_per_batch()
    if options.lean or first < 0:
        yield from read_line_blocks(name, head, rest, options, size)
        return
    items = list(read_line_blocks(name, head[: first + 1], iter(()), options, size))
    yield from items
    read = sum(map(counted_entries, items))
    if file is not None:
        path, length = file
        yield HarRest(name, path, first, 1, LINE_LAYOUT, length, first + 1, options, lines=True, counted=read)
        return
    try:
        spill = Spill(head[first:], rest)
    except OSError:  # no temporary file: read on here
        yield from read_line_blocks(name, head[first + 1 :], rest, options, size, 1)
        return
    yield HarRest(name, spill.path, 0, 1, LINE_LAYOUT, -1, first + 1, options, spill=spill, lines=True, counted=read)


def _har_prefix(prefix: str) -> bool:
    """Whether `"entries": [` at the end of prefix is log.entries (and not text inside a string)."""
    try:
        document = json.loads(prefix + "]}}")
    except (ValueError, RecursionError):
        return False
    return isinstance(document, dict) and isinstance(document.get("log"), dict) and document["log"].get("entries") == []


def entries_per_batch(default: int = BATCH) -> int:
    """Entries per batch read here (default BATCH) or per --jobs task (tools/parallel.py):
    BILISPEC_JOBS_BATCH when set (the tests make batches small), else `default`."""
    try:
        return max(1, int(os.environ.get("BILISPEC_JOBS_BATCH") or default))
    except ValueError:
        return default


def _values(
    name: str,
    values: ArrayValues | HarEntries,
    options: Options,
    kind: str,
    index: int = 0,
    file: tuple[str, int] | None = None,
) -> Iterator[Read]:
    for value in values:
        if isinstance(value, After):  # the rest by ranges, read by the --jobs workers
            assert isinstance(values, HarEntries)
            layout, closer, entry_bytes = value.layout, value.layout.closer, value.entry_bytes
            if file is not None:
                path, size = file
                yield HarRest(name, path, value.offset, index, layout, size, entry_bytes, options)
                return
            try:  # the file begins at the layout after the first entry
                spill = Spill(*values.remainder(closer))
            except OSError:  # no temporary file: read on here, the batches judged by the workers
                data, more = values.remainder(0)
                entries = HarEntries(data, 0, more, options.max_decompressed, entries_per_batch(), False, first=False)
                yield from _values(name, entries, options, kind, index)
                return
            yield HarRest(name, spill.path, closer, index, layout, -1, entry_bytes, options, spill=spill)
            return
        if isinstance(value, Run):  # a run of a HAR's entries
            yield Batch(name, index, value.span, value.count, options, value.lean)
            index += value.count
            continue
        if isinstance(value, ValueProblem):
            complete = f"read the {index} complete entries before it"
            what = "malformed or truncated HAR" if kind == "HAR" else "malformed or truncated JSON array"
            yield InputProblem(name, f"{what} ({value.message}); {complete}")
            return
        if isinstance(value, Text):  # read where it is judged
            yield Pending(name, index, value.text, "har" if kind == "HAR" else "value", options)
        elif kind == "HAR":
            yield from har_items(name, index, value.value, options)
        else:
            yield from line_items(name, index, value.value, options)
        index += 1


def resume(rest: HarRest, offset: int, index: int, counted: int | None = None) -> Iterator[Item]:
    """The entries of a HAR read by ranges (tools/har_ranges.py) from byte `offset` on, the end of
    entry `index - 1`, the way one process reads them: where a range did not read, or at a bound.
    Of JSON lines, `offset` is the newline that ends line `index - 1`, and `counted` of the lines
    before it are entries as --max-entries counts them."""
    name, options = rest.file, rest.options
    try:
        with contextlib.ExitStack() as stack:
            if rest.spill is not None:  # its file, then what is left to decompress
                stack.callback(rest.spill.close)
                chunks = rest.spill.chunks(offset + rest.lines)  # a line begins after its newline
            else:
                raw = stack.enter_context(open(rest.path, "rb"))
                raw.seek(offset + rest.lines)  # a line begins after its newline
                chunks = _chunks(raw)
            values: Iterator[Read]
            if rest.lines:
                values = read_line_blocks(name, b"", chunks, options, entries_per_batch(), index)
            else:
                entries = HarEntries(
                    b"", 0, chunks, options.max_decompressed, entries_per_batch(), options.lean, first=False
                )
                values = _values(name, entries, options, "HAR", index)
            for item in _bounded(name, values, options, index if counted is None else counted, rest.deadline):
                assert not isinstance(item, HarRest | WholeFile)
                yield item
    except OSError as exc:
        yield InputProblem(name, f"cannot read: {exc.strerror or exc}")
    except _Unreadable as exc:  # the rest of a compressed file
        yield InputProblem(name, str(exc))
