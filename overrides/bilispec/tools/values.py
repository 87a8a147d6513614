"""The values of a JSON array read from a stream of text, one at a time, in bounded memory.

Each value is read by the json module's decoder (`raw_decode`, which says where the value ends) or,
once the layout between two values is known, cut at the next occurrence of that layout and read by
msgspec, about twice as fast. Browsers write one HAR entry per line or pretty-printed, so the text
between two entries (`}` `,` a newline, indentation, `{`) holds a newline, which no JSON string
can, and an indentation that nested values do not share; a file without indentation (compact JSON)
is cut at `},{` followed by the first member name of the values (`{"startedDateTime":`), which a
nested object rarely begins with (Layout). A cut that is not at the end of a value fails to read and
the value is read again by the decoder. Either way a value is read once in the common case, the
buffer holds one value and one chunk, and no value may exceed `limit` characters.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, AnyStr, Generic

import msgspec

from ..core.jsonread import read_json

# Checks that a text is one JSON value without building it: a tenth of the cost of reading it.
ONE_VALUE = msgspec.json.Decoder(msgspec.Raw)
# The values of a JSON array, each as its text (`bytes(raw)`), without building them.
RAW_VALUES = msgspec.json.Decoder(list[msgspec.Raw])


@dataclass(frozen=True)
class Value:
    value: Any


@dataclass(frozen=True)
class Text:
    """A value's text, checked to be one JSON value, left to be read where it is judged (--jobs)."""

    text: str


@dataclass(frozen=True)
class Layout(Generic[AnyStr]):
    """What lies between two values of an array, learnt from the first two: `text` runs from the
    closing brace of one value to the `{` of the next (`opener` is where that `{` is in it) and, when
    no indentation comes before that `{` (a compact or unindented file, where `},{` also occurs
    inside values), on through the next value's first member name and its `:`. The first `closer`
    characters of it end the value before."""

    text: AnyStr
    closer: int
    opener: int


@dataclass(frozen=True)
class ValueProblem:
    message: str


class ArrayReader(Generic[AnyStr]):
    """What the readers of an array's values share, on text (ArrayValues) or on bytes
    (har_stream.HarEntries): the buffer and reading more into it, skipping white space, and the
    layout between two values, learnt once and then cut at."""

    def __init__(
        self, buffer: AnyStr, position: int, more: Iterator[AnyStr], limit: int, marks: tuple[AnyStr, ...]
    ) -> None:
        self._buffer: AnyStr = buffer
        self._more: Iterator[AnyStr] = more
        self._position, self._limit = position, limit
        # White space, then `}` `,` `{`, a newline, `]`, indentation, `"` `:` and `\\`, as text or as bytes.
        self._space: AnyStr = marks[0]
        self._close: AnyStr = marks[1]
        self._comma: AnyStr = marks[2]
        self._open: AnyStr = marks[3]
        self._newline: AnyStr = marks[4]
        self._end: AnyStr = marks[5]
        self._indent: AnyStr = marks[6]
        self._quote: AnyStr = marks[7]
        self._colon: AnyStr = marks[8]
        self._escape: AnyStr = marks[9]
        self._eof = False
        self._offset = 0  # where the buffer starts in the stream
        self._decoder = json.JSONDecoder()
        self._layout: Layout[AnyStr] | None = None

    def _read(self) -> bool:
        """One more chunk; what lies before the current position is dropped."""
        chunk = next(self._more, None)
        if chunk is None:
            self._eof = True
            return False
        self._buffer = self._buffer[self._position :] + chunk
        self._offset += self._position
        self._position = 0
        return True

    def _next(self) -> AnyStr:
        """The next character that is not white space (the position moved to it), empty at the end."""
        while True:
            buffer, position = self._buffer, self._position
            while position < len(buffer) and buffer[position] in self._space:
                position += 1
            self._position = position
            if position < len(buffer):
                return buffer[position : position + 1]
            if not self._read():
                return buffer[:0]

    def _cut(self) -> int | None:
        """Where the value at the position ends by the known layout, reading as needed; None at the
        end of the file (the last value has no layout after it) or past the limit."""
        assert self._layout is not None
        layout = self._layout.text
        scanned = self._position
        while True:
            found = self._buffer.find(layout, scanned)
            if found >= 0:
                return found + self._layout.closer
            if len(self._buffer) - self._position > self._limit:
                return None
            scanned = max(self._position, len(self._buffer) - len(layout))
            before = self._position
            if not self._read():
                return None
            scanned -= before

    def _at_value(self, first: bool) -> bool | ValueProblem:
        """To the next value of the array, past the `,` before it unless it is the `first`: True when
        one starts at the position, False at the array's `]`, or what is wrong there."""
        char = self._next()
        if char == self._end:
            return False
        if not first:
            if char != self._comma:
                found = f"expected ',' or ']' between values, found {self._shown()!r}"
                return ValueProblem(found if char else "ends early")
            self._position += 1
            char = self._next()
        if not char:
            return ValueProblem("the file ends before the array closes")
        return True

    def _shown(self) -> str:
        """The character at the position, as text (for a message)."""
        return str(self._buffer[self._position : self._position + 1])

    def _value(self) -> Any:
        """The value at the position: cut at the layout and read by `_read_cut`, else (no layout, no
        cut, or not a cut at the end of a value after all) read by the json module's decoder."""
        if self._layout is not None:
            end = self._cut()
            if end is not None:
                try:
                    found = self._read_cut(self._buffer[self._position : end])
                except (ValueError, RecursionError):
                    pass  # not a cut at the end of a value after all (or odd JSON): the decoder reads it
                else:
                    self._position = end
                    return found
        return self._decode()

    def _read_cut(self, text: AnyStr) -> Any:
        """A value cut at the layout, as the reader gives it; ValueError when it is not one."""
        raise NotImplementedError

    def _decode(self) -> Any:
        raise NotImplementedError

    def _learn(self, start: int, end: int) -> None:
        """Keep the layout between this value and the next (Layout)."""
        buffer, space = self._buffer, self._space
        if buffer[end - 1 : end] != self._close:
            return
        back = end - 1
        while back > start and buffer[back - 1] in space:
            back -= 1
        after = end
        while after < len(buffer) and buffer[after] in space:
            after += 1
        if buffer[after : after + 1] != self._comma:
            return
        after += 1
        while after < len(buffer) and buffer[after] in space:
            after += 1
        if buffer[after : after + 1] != self._open:
            return
        stop: int | None = after + 1
        before = buffer[after - 1 : after]
        if not (self._newline in buffer[back:after] and before and before in self._indent):
            stop = self._member_name(after + 1)  # no indentation tells entries apart: their first name does
        if stop is not None:
            self._layout = Layout(buffer[back:stop], end - back, after - back)

    def _member_name(self, at: int) -> int | None:
        """Past the first member name of the value beginning before `at`, and its `:` (None when
        that is not in the buffer, or the name holds an escape)."""
        buffer, space = self._buffer, self._space
        while at < len(buffer) and buffer[at] in space:
            at += 1
        if buffer[at : at + 1] != self._quote:
            return None
        close = buffer.find(self._quote, at + 1)
        if close < 0 or self._escape in buffer[at:close]:
            return None
        at = close + 1
        while at < len(buffer) and buffer[at] in space:
            at += 1
        return at + 1 if buffer[at : at + 1] == self._colon else None


class ArrayValues(ArrayReader[str]):
    """Iterate the values of the array whose first value starts at or after `text[position]`."""

    def __init__(self, text: str, position: int, more: Iterator[str], limit: int, lazy: bool = False) -> None:
        super().__init__(text, position, more, limit, (" \t\r\n", "}", ",", "{", "\n", "]", " \t", '"', ":", "\\"))
        self._lazy = lazy  # cut values are checked and given as Text, not read

    def __iter__(self) -> Iterator[Value | Text | ValueProblem]:
        first = True
        while (at := self._at_value(first)) is True:
            first = False
            value = self._value()
            yield value
            if isinstance(value, ValueProblem):
                return
        if at is not False:
            yield at

    def _read_cut(self, text: str) -> Value | Text:
        return Text(text) if self._lazy and ONE_VALUE.decode(text) else Value(read_json(text))

    def _decode(self) -> Value | ValueProblem:
        while True:
            start = self._position
            try:
                value, end = self._decoder.raw_decode(self._buffer, start)
                if end < len(self._buffer) or self._eof:
                    self._position = end
                    if self._layout is None:
                        self._learn(start, end)
                    return Value(value)
                exc: ValueError | None = None
            except RecursionError:
                return ValueProblem("a value nested too deeply to read")
            except ValueError as error:
                exc = error
            if exc is not None and (self._eof or not incomplete(exc, len(self._buffer))):
                return ValueProblem(message(exc))
            if len(self._buffer) - start > self._limit:
                return ValueProblem(f"a value larger than {self._limit / (1024 * 1024):g} MiB (--max-decompressed)")
            # Read until the pending text has doubled, so a long value is decoded O(log n) times.
            target = 2 * (len(self._buffer) - start) + 1
            while len(self._buffer) - self._position < target and self._read():
                pass


def incomplete(exc: ValueError, size: int) -> bool:
    """Whether the decoder stopped because the text ran out (more may complete it)."""
    if not isinstance(exc, json.JSONDecodeError):
        return False
    return exc.msg.startswith("Unterminated string") or exc.pos >= size - 6


def message(exc: ValueError) -> str:
    if isinstance(exc, json.JSONDecodeError):
        return f"{exc.msg} at line {exc.lineno} column {exc.colno} of the value"
    return str(exc)
