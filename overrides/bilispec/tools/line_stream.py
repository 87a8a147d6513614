"""A large file of JSON lines, read from a stream of bytes in blocks of whole lines, in bounded memory.

A JSON value holds no raw newline, so lines are cut at each newline without being read. Lines that
each begin with `{` go on together, as they are (capture.Batch, lines=True): the auditor reads their
HAR entries in one msgspec decode onto the lean lane (har_entries.lean_entries), as it reads a HAR's
runs, and a --jobs worker reads them, not this process. Any other line (blank, indented, a stray
byte order mark) is read alone here, as documents.read_lines reads it. Before, every line was read the
general way: 200,000 lines of HAR entries took 20 s, against 2 s for the same entries in a HAR.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Generator, Iterator
from itertools import chain

from .capture import Batch, InputProblem, Item, Options
from .documents import read_line

_ODD = re.compile(rb"\n(?!\{)")  # the newline before a line that does not begin with `{`


def read_line_blocks(
    name: str, head: bytes, rest: Iterator[bytes], options: Options, size: int, index: int = 0
) -> Iterator[Item]:
    """The items of the JSON lines whose bytes are `head` then `rest`, numbered by line from `index`
    (0: the file's start, where a byte order mark is skipped), lines beginning with `{` in batches of
    about `size`. A line longer than --max-decompressed (in characters) is a problem that ends the
    file, as in read_lines."""
    limit = options.max_decompressed
    buffer = head.removeprefix(codecs.BOM_UTF8) if index == 0 else head
    # The characters of a line past `limit` bytes, counted as it grows (not again from its start).
    decoder, characters = codecs.getincrementaldecoder("utf-8")("replace"), -1
    end = buffer.rfind(b"\n") + 1  # the lines read already, before the next chunk (a damaged file's may fail)
    if end:
        index = yield from _blocks(name, buffer, end, index, options, size)
        buffer = buffer[end:]
    for chunk in chain(rest, [None]):  # None: the end, where a sequence cut short counts as one character
        buffer += chunk or b""
        end = buffer.rfind(b"\n") + 1
        if end:
            index = yield from _blocks(name, buffer, end, index, options, size)
            buffer, characters = buffer[end:], -1
        if len(buffer) > limit:
            if characters < 0:
                decoder.reset()
                characters = len(decoder.decode(buffer, chunk is None))
            else:
                characters += len(decoder.decode(chunk or b"", chunk is None))
            if characters > limit:
                yield InputProblem(name, f"a line longer than {limit / (1024 * 1024):g} MiB (--max-decompressed)")
                return
    if buffer:  # the last line, without a newline
        yield from _blocks(name, buffer, len(buffer), index, options, size)


def whole_lines(name: str, data: bytes, options: Options, size: int) -> Iterator[Item]:
    """The items of whole lines (a --jobs worker's range, tools/har_ranges.py), numbered from 0."""
    yield from _blocks(name, data, len(data), 0, options, size)


def _blocks(name: str, data: bytes, end: int, index: int, options: Options, size: int) -> Generator[Item, None, int]:
    """The lines of `data[:end]` (each ending with a newline, but the last one at the file's end)
    from line `index` on: batches of the lines that begin with `{`, the others one by one. Returns
    the index of the next line."""
    view = memoryview(data)
    position, line_bytes = 0, 1024
    while position < end:
        if data[position : position + 1] == b"{":
            found = _ODD.search(data, position, end)
            odd = end if found is None else found.end()
        else:
            odd = position
        while position < odd:  # lines beginning with `{`, about `size` at a time
            cut = odd
            if position + size * line_bytes < odd:
                newline = data.find(b"\n", position + size * line_bytes, odd)
                cut = odd if newline < 0 else newline + 1
            closed = data[cut - 1] == 10  # the last line ends with a newline
            count = data.count(b"\n", position, cut) + (not closed)
            yield Batch(name, index, view[position : cut - closed], count, options, lines=True)
            line_bytes = max(1, (cut - position) // count)
            index, position = index + count, cut
        if position < end:  # a line that does not begin with `{`
            newline = data.find(b"\n", position, end)
            stop = end if newline < 0 else newline
            yield from read_line(name, index, data[position:stop].decode("utf-8", "replace"), options)
            index, position = index + 1, stop + 1
    return index
