"""How a report format writes plain results (results.Plain: valid, nothing found, no note), in bulk.

Each format says what it writes around an entry's number, once per file, operation, method and URL
(`parts`: the number goes between two parts, wherever the format writes it), and how it writes one
result that has no parts (`one`: a name or URL msgspec cannot encode). So the same text is made
with the numbers known (one process, or a --jobs worker given whole batches), or later: a --jobs
worker reading its own byte range of a HAR (tools/har_ranges.py) numbers its entries from 0, and
this process puts each number in place once it knows how many entries came before (`Rows.text`).

Results that are not plain but differ only in their number (a page polls and gets the same drifting
answer, or sends the same wrong request) are written the same way (`Said`: a format's text of a
result, made once and written around each number); a worker sends them as rows too (`Rows.told`),
with what the report counts of them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from typing import Any

from .capture import InputProblem
from .results import Plain, Result

# (file, operation, method, URL) -> the text around the entry's number, or None: `one` writes it.
Parts = Callable[[str, str, "str | None", "str | None"], "tuple[str, ...] | None"]

_NONE: Any = object()


@dataclass(frozen=True)
class Rows:
    """Plain results of one file as `parts[which[i]]` around each number `entries[i]` (from 0 in a
    --jobs worker's range); `lone`: those without parts, (position in the rows, entry, operation,
    method, URL), written by `one`. `told`: for each of `parts`, None, or the result it is the
    text of (`PlainFormat.said`): results that are not plain but differ only in their number."""

    file: str
    parts: list[tuple[str, ...]]
    which: list[int]
    entries: list[int]
    lone: list[tuple[int, int, str, str | None, str | None]]
    told: list[Result | None] = field(default_factory=list)

    def __len__(self) -> int:
        return len(self.entries) + len(self.lone)


@dataclass(frozen=True)
class PlainFormat:
    """A format's plain results: `parts` around each number (made once per operation, method and
    URL), or `one` result at a time. Picklable: a --jobs worker writes them."""

    parts: Parts
    one: Callable[[Result], str]
    # What the format writes of any result, as the writer's add_plain takes it: a --jobs worker
    # makes it of results that differ only in their number (Said), as it makes plain ones.
    said: Callable[[Result], str] | None = None

    def __call__(self, plain: Plain) -> str:
        """The text of plain results, numbers in place."""
        return self.text(self.rows(plain), 0)

    def rows(self, plain: Plain) -> Rows:
        """The parts of each plain result and its number, numbers left to be placed (`text`)."""
        rows = _Rows(plain.file)
        for entry, operation_id, method, url in plain.entries:
            rows.plain(self.parts, entry, operation_id, method, url)
        return rows.made()

    def told_rows(
        self, items: Iterable[Plain | Result | InputProblem], said: Said
    ) -> list[Rows | Result | InputProblem]:
        """`items` with their plain results, and the results `said` makes parts of (results that are
        not plain: told), as rows, numbers left to be placed; the others as they are, in order."""
        found: list[Rows | Result | InputProblem] = []
        rows: _Rows | None = None
        for item in items:
            parts = None if isinstance(item, Plain | InputProblem) else said.parts(item)
            if isinstance(item, Plain) or parts is not None:
                if rows is None or rows.file != item.file:
                    if rows is not None:
                        found.append(rows.made())
                    rows = _Rows(item.file)
                if isinstance(item, Plain):
                    for entry, operation_id, method, url in item.entries:
                        rows.plain(self.parts, entry, operation_id, method, url)
                else:
                    assert isinstance(item, Result) and parts is not None
                    rows.told_one(item, parts)
                continue
            if rows is not None:
                found.append(rows.made())
                rows = None
            found.append(item)
        if rows is not None:
            found.append(rows.made())
        return found

    def text(self, rows: Rows, base: int) -> str:
        """The text of `rows`, each entry numbered `base` more than in them."""
        parts, file = rows.parts, rows.file
        numbered = zip(rows.which, rows.entries, strict=True)
        if not rows.lone:  # the common case
            return "".join([str(base + entry).join(parts[index]) for index, entry in numbered])
        lines: list[str] = []
        lone = iter(rows.lone)
        at, entry, operation_id, method, url = next(lone)
        for position, (index, number) in enumerate([*numbered, (-1, -1)]):
            while at == position:  # the lone results before this row
                lines += map(self.one, Plain(file, [(base + entry, operation_id, method, url)]).results())
                at, entry, operation_id, method, url = next(lone, (-1, 0, "", None, None))
            if index >= 0:
                lines.append(str(base + number).join(parts[index]))
        return "".join(lines)


class _Rows:
    """Rows being made: the parts found so far, each result's index in them and its number."""

    def __init__(self, file: str) -> None:
        self.file = file
        self.known: dict[tuple[Any, ...], int | None] = {}
        self.found: list[tuple[str, ...]] = []
        self.told: list[Result | None] = []
        self.which: list[int] = []
        self.entries: list[int] = []
        self.lone: list[tuple[int, int, str, str | None, str | None]] = []

    def plain(self, parts: Parts, entry: int, operation_id: str, method: str | None, url: str | None) -> None:
        key = (operation_id, method, url)
        index = self.known.get(key, _NONE)
        if index is _NONE:
            made = parts(self.file, operation_id, method, url)
            index = self.known[key] = None if made is None else len(self.found)
            if made is not None:
                self.found.append(made)
                self.told.append(None)
        if index is None:
            self.lone.append((len(self.entries), entry, operation_id, method, url))
        else:
            self.which.append(index)
            self.entries.append(entry)

    def told_one(self, result: Result, parts: tuple[str, ...]) -> None:
        # Never an operation's key (those begin with its name). The result's own, not its text alone:
        # two results a format writes alike (nothing, in GitHub's) are counted each as itself.
        key = (None, parts, said_key(result))
        index = self.known.get(key)
        if index is None:
            index = self.known[key] = len(self.found)
            self.found.append(parts)
            self.told.append(result)
        assert result.entry is not None
        self.which.append(index)
        self.entries.append(result.entry)

    def made(self) -> Rows:
        told = self.told if any(t is not None for t in self.told) else []
        return Rows(self.file, self.found, self.which, self.entries, self.lone, told)


def _no_parts(file: str, operation_id: str, method: str | None, url: str | None) -> tuple[str, ...]:
    return ()


def _no_text(result: Result) -> str:
    return ""


# GitHub and SARIF say nothing of a plain result.
NOTHING = PlainFormat(_no_parts, _no_text)


def nothing_but(said: Callable[[Result], str]) -> PlainFormat:
    """A format that says nothing of a plain result, and `said` of the others."""
    return PlainFormat(_no_parts, _no_text, said)


_SAID = 4096  # results' texts kept around their number: a page's few answers, not a capture's oddities
_A, _B = 8_371_190_465_002_918_273, 5_902_617  # two numbers of different lengths no text holds otherwise


def said_key(r: Result) -> tuple[Any, ...]:
    """All of a result but its number: results with the same key differ only in their number."""
    return (
        r.file,
        r.operation_id,
        r.method,
        r.url,
        r.status,
        r.outcome,
        r.note,
        r.validated,
        *r.findings,
        None,
        *r.drift,
    )


class Said:
    """What a format writes of a result (`text`), made once for results that differ only in their
    entry number (a page polls and gets the same answer, or sends the same wrong request, entry after
    entry) and then written around each number. A text that shows the number other than as itself (a
    line number, a width) is made for each result: it is found by making the text for two numbers of
    different lengths, which must then differ only where each number stands."""

    def __init__(self, text: Callable[[Result], str]) -> None:
        self._text = text
        self._parts: dict[tuple[Any, ...], tuple[str, ...] | None] = {}

    def __call__(self, result: Result) -> str:
        parts = self.parts(result)
        return self._text(result) if parts is None else str(result.entry).join(parts)

    def parts(self, result: Result) -> tuple[str, ...] | None:
        """The text of the result around its number, or None: made for each result."""
        if result.entry is None or result.source != f"{result.file}#{result.entry}":
            return None
        key = said_key(result)
        parts = self._parts.get(key, _NONE)
        if parts is _NONE:
            if len(self._parts) >= _SAID:
                self._parts.clear()
            parts = self._parts[key] = self._made(result)
        return parts  # type: ignore[no-any-return]

    def _made(self, result: Result) -> tuple[str, ...] | None:
        a, b = (self._text(replace(result, source=f"{result.file}#{n}", entry=n)) for n in (_A, _B))
        parts = a.split(str(_A))
        return tuple(parts) if str(_B).join(parts) == b else None
