"""Write an audit as a table for people, JSON for scripts, or JUnit XML for CI, as results come.

A writer gets each result and input problem in order and writes it at once; what its format needs
at the end (counts, the drift grouped across exchanges, the unreadable inputs listed apart) is all
it keeps, the lists spooled to a temporary file past a few thousand lines, so memory stays flat
whatever the capture's size.

Every text here was scrubbed on the way in (violations, previews, URLs without their queries);
unknown members are reported by name and type, never by value.
"""

from __future__ import annotations

import functools
import io
import json
import re
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Iterator
from dataclasses import asdict
from typing import Any, TextIO

import msgspec

from .capture import InputProblem
from .plain import NOTHING, PlainFormat, Said, nothing_but
from .results import DRIFT, INVALID, SKIPPED, UNCHECKED, VALID, Audit, Result, Tally

_ARRAY_INDEX = re.compile(r"/\d+(?=/|$)")


# Characters XML 1.0 cannot hold, even escaped; bodies may carry them.
# Compiled when first used (JUnit only): its ranges take 9 ms to compile, a twentieth of the start.
@functools.cache
def _not_xml() -> re.Pattern[str]:
    return re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


_COLOURS = {INVALID: "31;1", DRIFT: "33", VALID: "32", UNCHECKED: "36", SKIPPED: "2", "error": "35;1"}
_LABELS = {INVALID: "INVALID", DRIFT: "drift", VALID: "valid", UNCHECKED: "unchecked", SKIPPED: "skipped"}


class Spool:
    """Texts kept for the end of a report: in memory, then in a temporary file past `keep` characters."""

    def __init__(self, keep: int = 1 << 20) -> None:
        self._lines: list[str] = []
        self._file: Any = None
        self._keep = keep

    def add(self, line: str) -> None:
        if self._file is None and self._keep >= len(line):
            self._lines.append(line)
            self._keep -= len(line)
            return
        if self._file is None:
            import tempfile  # noqa: PLC0415 (12 ms of imports, for a report that outgrows memory only)

            self._file = tempfile.TemporaryFile("w+", encoding="utf-8")  # noqa: SIM115 (closed when read)
        self._file.write(json.dumps(line) + "\n")

    def __iter__(self) -> Iterator[str]:
        yield from self._lines
        if self._file is not None:
            self._file.seek(0)
            for line in self._file:
                yield json.loads(line)
            self._file.close()

    def __bool__(self) -> bool:
        return bool(self._lines)


# Drift groups a report lists: past them, each kind of drift of an operation (or host) is one group
# more, counting the rest. A capture whose every answer holds a member of a new name (an object keyed
# by ids the description does not make a map) made one group an entry: 683 MB on 200,000 entries.
MOST_GROUPS = 1000


class DriftGroups:
    """Drift grouped across exchanges: array indices folded into `*`, with a count and the first
    source; at most MOST_GROUPS groups, then one more for the rest of each kind and operation."""

    def __init__(self) -> None:
        self._groups: dict[tuple[str, str, str, str], dict[str, Any]] = {}
        self._counts: Counter[tuple[str, str, str, str]] = Counter()

    def add(self, result: Result, count: int = 1, source: str | None = None) -> None:
        """The drift of `count` results like `result`, the first of them `source` (default: its own)."""
        for d in result.drift:
            where = _folded(d.pointer)
            found = "" if d.kind in ("member", "request-member") else d.found  # members: by name, not by type
            key = (d.kind, result.operation_id or (result.url or ""), where, found)
            if key not in self._groups and len(self._groups) >= MOST_GROUPS:
                # Past the groups listed: the group of the rest of its kind and operation, or host
                # (`~` sorts it after the groups listed; a host, not a URL: their number is bounded).
                key = (d.kind, result.operation_id or _origin(result.url) or "", "~", "")
                where, shown, message = "", "", ""  # said in summary()
            else:
                shown, message = d.found, d.message
            self._counts[key] += count
            if key not in self._groups:
                self._groups[key] = {
                    "kind": d.kind,
                    "operation": result.operation_id,
                    "host": None if result.operation_id else _origin(result.url),
                    "pointer": where,
                    "found": shown,
                    "message": message,
                    "spec_file": d.spec_file,
                    "first_source": source or result.source,
                }

    def summary(self) -> list[dict[str, Any]]:
        rows = []
        for key in sorted(self._groups):
            row = {**self._groups[key], "count": self._counts[key]}
            if key[2] == "~":
                row["message"] = f"more of this kind elsewhere, past the {MOST_GROUPS:,} groups a report lists"
            rows.append(row)
        return rows


@functools.lru_cache(maxsize=4096)
def _folded(pointer: str) -> str:
    """A pointer with its array indices folded into `*` (a capture's few places recur)."""
    return _ARRAY_INDEX.sub("/*", pointer)


def drift_summary(audit: Audit) -> list[dict[str, Any]]:
    groups = DriftGroups()
    for result in audit.results:
        groups.add(result)
    return groups.summary()


def _origin(url: str | None) -> str | None:
    return "/".join(url.split("/", 3)[:3]) if url and "://" in url else url


def summary(tally: Tally, allow_drift: bool) -> dict[str, Any]:
    return {
        "exchanges": tally.exchanges,
        "responses_validated": tally.responses,
        "valid": tally.count(VALID),
        "invalid": tally.count(INVALID),
        "drift_only": tally.count(DRIFT),
        "unchecked": tally.count(UNCHECKED),
        "skipped": tally.count(SKIPPED),
        "input_errors": tally.problems,
        "allow_drift": allow_drift,
        "exit_code": tally.exit_code(allow_drift),
    }


def stats_line(tally: Tally) -> str:
    checking = tally.seconds - tally.compile_seconds
    steady = f"{tally.responses / checking:,.0f}" if checking > 0 else "-"
    return (
        f"stats: {tally.responses} responses validated in {tally.seconds:.3f} s: {tally.per_second:,.0f} responses/s "
        f"over the run (reading, parsing, requests and drift included); {steady} responses/s once each operation's "
        f"validators were compiled ({tally.compile_seconds:.3f} s)"
    )


class Writer:
    """One report format: `add` each result or problem in order, then `close` with the tally.
    Plain results (results.Plain) come as the text `plain` made of them (in a --jobs worker, or here):
    `add_plain` writes it, in their place among the others."""

    def __init__(self, out: TextIO, allow_drift: bool) -> None:
        self.out, self.allow_drift = out, allow_drift
        self.plain: PlainFormat = NOTHING  # GitHub and SARIF say nothing of a plain result
        self.said = Said(self._text)

    def _text(self, result: Result) -> str:
        assert self.plain.said is not None
        return self.plain.said(result)

    def add_plain(self, text: str) -> None:
        if text:
            self.out.write(text)

    def add(self, item: Result | InputProblem) -> None:
        if isinstance(item, InputProblem):
            self.problem(item)
        else:
            self.result(item)

    def result(self, result: Result) -> None:
        """What the report says of a result: what it counts (`account`), and its text, made once for
        results that differ only in their number (plain.Said)."""
        self.account(result, 1, result.source)
        self.add_plain(self.said(result))

    def account(self, result: Result, count: int, first_source: str) -> None:
        """What the report counts of `count` results like `result`, the first of them `first_source`,
        apart from their text (a --jobs worker sends results that differ only in their number as
        their text and how many: plain.Rows' told)."""

    def problem(self, problem: InputProblem) -> None:
        raise NotImplementedError

    def close(self, tally: Tally) -> None:
        raise NotImplementedError


def _render(writer: Writer, audit: Audit) -> None:
    for result in audit.results:
        writer.result(result)
    for problem in audit.problems:
        writer.problem(problem)
    writer.close(audit.tally)


# ---------------------------------------------------------------------------------------------
# JSON: {"results": [...], "drift": [...], "input_errors": [...], "summary": {...}, "stats": {...}}


class JsonWriter(Writer):
    def __init__(self, out: TextIO, allow_drift: bool, stats: bool) -> None:
        super().__init__(out, allow_drift)
        self.stats, self.drift, self.problems, self.first = stats, DriftGroups(), Spool(), True
        self.plain = json_plain
        out.write('{\n  "results": [')

    def add_plain(self, text: str) -> None:
        if text:  # each line after `,` and a newline: the first after the newline alone
            self.out.write(text[1:] if self.first else text)
            self.first = False

    def account(self, result: Result, count: int, first_source: str) -> None:
        self.drift.add(result, count, first_source)

    def problem(self, problem: InputProblem) -> None:
        self.problems.add(json.dumps(asdict(problem) | {"source": problem.source}, ensure_ascii=False))

    def close(self, tally: Tally) -> None:
        out = self.out
        out.write("\n  ]," if not self.first else "],")
        tail: dict[str, Any] = {"drift": self.drift.summary()}
        out.write(_members(tail) + ",\n")
        out.write('  "input_errors": [' + ",".join("\n    " + p for p in self.problems))
        out.write("\n  ],\n" if self.problems else "],\n")
        tail = {"summary": summary(tally, self.allow_drift)}
        if self.stats:
            tail["stats"] = {
                "responses": tally.responses,
                "seconds": round(tally.seconds, 6),
                "responses_per_second": round(tally.per_second, 1),
                "compile_seconds": round(tally.compile_seconds, 6),
            }
        out.write(_members(tail) + "\n}\n")


def _members(members: dict[str, Any]) -> str:
    """`"name": value` lines at the first level of an object, as json.dumps(indent=2) writes them."""
    return ",\n".join(
        f"  {json.dumps(k)}: " + json.dumps(v, ensure_ascii=False, indent=2).replace("\n", "\n  ")
        for k, v in members.items()
    )


def _result_json(result: Result) -> dict[str, Any]:
    """The result's members (findings named violations), built directly: dataclasses.asdict's deep
    copy was a third of a run's time."""
    return {
        "source": result.source,
        "file": result.file,
        "entry": result.entry,
        "operation_id": result.operation_id,
        "method": result.method,
        "url": result.url,
        "status": result.status,
        "outcome": result.outcome,
        "drift": result.drift,  # Findings: dataclasses, written member by member
        "note": result.note,
        "violations": result.findings,
    }


_ENCODE = msgspec.json.Encoder().encode
_PLAIN_TAIL = ',"status":200,"outcome":"valid","drift":[],"note":null,"violations":[]}'


# The parts of a format are kept across batches: a capture's few operations and URLs recur in each
# (JUnit's, made by ElementTree, cost 100 µs each: 14,000 of them were 40% of a 200,000-entry run).
@functools.lru_cache(maxsize=4096)
def json_parts(file: str, operation_id: str, method: str | None, url: str | None) -> tuple[str, ...] | None:
    """A plain result's line, after `,` and a newline, around its number (twice): `_line(_result_json(
    result))`, the members that do not change from entry to entry encoded once (msgspec writes an
    object as its members' texts joined by commas, so the parts make the same text). None for text
    msgspec cannot write (a lone surrogate)."""
    try:
        source, file_text = _ENCODE(file + "#").decode()[:-1], _ENCODE(file).decode()
        middle = (
            f',"operation_id":{_ENCODE(operation_id).decode()},"method":{_ENCODE(method).decode()},'
            f'"url":{_ENCODE(url).decode()}{_PLAIN_TAIL}'
        )
    except UnicodeEncodeError:
        return None
    return (f',\n    {{"source":{source}', f'","file":{file_text},"entry":', middle)


def _json_one(result: Result) -> str:
    return ",\n    " + _line(_result_json(result))


json_plain = PlainFormat(json_parts, _json_one, _json_one)


def _line(value: Any) -> str:
    """One value as compact JSON on one line: msgspec's encoder, json's for text msgspec cannot
    write (lone surrogates, from a capture)."""
    try:
        return _ENCODE(value).decode("utf-8")
    except UnicodeEncodeError:
        return json.dumps(value, ensure_ascii=False, separators=(",", ":"), default=vars)


def to_json(audit: Audit, allow_drift: bool, stats: bool) -> str:
    out = io.StringIO()
    _render(JsonWriter(out, allow_drift, stats), audit)
    return out.getvalue().rstrip("\n")


# ---------------------------------------------------------------------------------------------
# JUnit XML: one test case per exchange; violations are failures, unreadable inputs errors. The
# suite's counts come first in the file, so the cases are spooled until the end.


def _x(text: Any) -> str:
    return _not_xml().sub("\ufffd", str(text))


def case_name(result: Result) -> str:
    """`METHOD URL (operation)`: what was called, which a CI page can show; the file and entry are
    the case's `file` attribute."""
    if result.method and result.url:
        return f"{result.method} {result.url}" + (f" ({result.operation_id})" if result.operation_id else "")
    return f"{result.source} ({result.operation_id})" if result.operation_id else result.source


class JunitWriter(Writer):
    def __init__(self, out: TextIO, allow_drift: bool) -> None:
        super().__init__(out, allow_drift)
        self.cases, self.problems = Spool(), Spool()
        self.failures = self.skipped = 0
        self.plain = PlainFormat(junit_parts, _junit_one, functools.partial(junit_said, allow_drift=allow_drift))

    def add_plain(self, text: str) -> None:
        if text:
            self.cases.add(text)

    def account(self, result: Result, count: int, first_source: str) -> None:
        if result.outcome == INVALID or (result.outcome == DRIFT and not self.allow_drift):
            self.failures += count
        elif result.outcome in (UNCHECKED, SKIPPED):
            self.skipped += count

    def problem(self, problem: InputProblem) -> None:
        case = ET.Element("testcase", classname="input", name=_x(problem.source), time="0")
        ET.SubElement(case, "error", message=_x(problem.message), type="unreadable")
        self.problems.add(_case_xml(case))

    def close(self, tally: Tally) -> None:
        counts = {
            "tests": tally.exchanges + tally.problems,
            "failures": self.failures,
            "errors": tally.problems,
            "skipped": self.skipped,
            "time": f"{tally.seconds:.3f}",
        }
        attributes = "".join(f' {k}="{v}"' for k, v in counts.items())
        self.out.write('<?xml version="1.0" encoding="UTF-8"?>\n<testsuites>\n')
        empty = not (self.cases or self.problems)
        self.out.write(f'  <testsuite name="bilispec validate"{attributes}' + (" />\n" if empty else ">\n"))
        for case in self.cases:
            self.out.write(case)
        for case in self.problems:
            self.out.write(case)
        self.out.write("</testsuites>\n" if empty else "  </testsuite>\n</testsuites>\n")


def _case(result: Result) -> ET.Element:
    return ET.Element(
        "testcase",
        classname=_x(result.operation_id or "unmatched"),
        name=_x(case_name(result)),
        file=_x(result.source),
        time="0",
    )


_MARK = "#0123456789"  # an entry number no escape changes, where each plain case's own goes


@functools.lru_cache(maxsize=4096)  # as json_parts
def junit_parts(file: str, operation_id: str, method: str | None, url: str | None) -> tuple[str, ...] | None:
    """A plain result's test case around its number; None when its name holds the mark too."""
    case = _case_xml(_case(Result(file + _MARK, file, 0, operation_id, method, url, 200)))
    head, _, tail = case.rpartition(_MARK)
    return (head + "#", tail) if case.count(_MARK) == 1 else None


def _junit_one(result: Result) -> str:
    return _case_xml(_case(result))


def junit_said(result: Result, allow_drift: bool) -> str:
    """A result's test case: a failure for a violation (and drift, unless allowed), skipped when unchecked."""
    case = _case(result)
    details = _details(result)
    if result.outcome == INVALID:
        first = result.findings[0]
        message = f"{len(result.findings)} violation(s), first {first.part} {first.pointer or '/'}: {first.message}"
        ET.SubElement(case, "failure", message=_x(message), type="violation").text = _x(details)
    elif result.outcome == DRIFT and not allow_drift:
        message = f"{len(result.drift)} drift finding(s)"
        ET.SubElement(case, "failure", message=_x(message), type="drift").text = _x(details)
    elif result.outcome in (UNCHECKED, SKIPPED):
        ET.SubElement(case, "skipped", message=_x(result.note or result.outcome))
    elif details:
        ET.SubElement(case, "system-out").text = _x(details)
    return _case_xml(case)


junit_plain = PlainFormat(junit_parts, _junit_one, functools.partial(junit_said, allow_drift=False))


def _case_xml(case: ET.Element) -> str:
    ET.indent(case, space="  ", level=2)
    return "    " + ET.tostring(case, encoding="unicode").rstrip() + "\n"


def to_junit(audit: Audit, allow_drift: bool) -> str:
    out = io.StringIO()
    _render(JunitWriter(out, allow_drift), audit)
    return out.getvalue().rstrip("\n")


def _details(result: Result) -> str:
    lines = [f"{f.part} {f.pointer or '/'}: {f.rule}: expected {f.expected}, found {f.found}" for f in result.findings]
    lines += [
        f"drift {d.kind} {d.pointer or '/'}: {d.found}: {d.message} (edit {d.spec_file or 'spec/'})"
        for d in result.drift
    ]
    return "\n".join(lines)


# ---------------------------------------------------------------------------------------------
# Table


class _Paint:
    def __init__(self, colour: bool) -> None:
        self.colour = colour

    def __call__(self, text: str, outcome: str) -> str:
        if not self.colour or outcome not in _COLOURS:
            return text
        return f"\x1b[{_COLOURS[outcome]}m{text}\x1b[0m"


class TableWriter(Writer):
    """One line per exchange (with its violations) as it comes; then the unreadable inputs, the
    drift grouped, and the totals. `width` is the operation column's (the longest operationId)."""

    def __init__(self, out: TextIO, allow_drift: bool, colour: bool, quiet: bool, width: int) -> None:
        super().__init__(out, allow_drift)
        self.paint, self.quiet, self.width = _Paint(colour), quiet, min(max(width, 9), 40)
        self.drift, self.problems, self.wrote = DriftGroups(), Spool(), False
        parts = functools.partial(table_parts, width=self.width, colour=colour)
        said = functools.partial(table_said, width=self.width, colour=colour, quiet=quiet)
        self.plain = nothing_but(said) if quiet else PlainFormat(parts, _table_one, said)

    def add_plain(self, text: str) -> None:
        if text:
            if not self.wrote:
                self.out.write(f"{'RESULT':9}  {'OPERATION':{self.width}}  SOURCE\n")
                self.wrote = True
            self.out.write(text)

    def account(self, result: Result, count: int, first_source: str) -> None:
        self.drift.add(result, count, first_source)

    def problem(self, problem: InputProblem) -> None:
        self.problems.add(f"  {problem.source}: {problem.message}")

    def close(self, tally: Tally) -> None:
        paint, lines = self.paint, []
        out = self.out
        if self.problems:
            out.write("\n" if self.wrote else "")
            out.write(paint("Unreadable input", "error") + "\n")
            for line in self.problems:
                out.write(line + "\n")
            self.wrote = True
        groups = self.drift.summary()
        if groups:
            verdict = "passes with --allow-drift" if not self.allow_drift else "allowed (--allow-drift)"
            lines += ["", paint(f"Drift: what the description does not know ({verdict})", DRIFT)]
            width_kind = max(len(g["kind"]) for g in groups)
            for g in groups:
                subject = g["operation"] or g["host"] or "-"
                count = f"{g['count']}x"
                by_name = g["kind"] in ("member", "request-member")  # the pointer names it
                what = g["pointer"] if by_name else f"{g['pointer']} = {g['found']}".lstrip(" =")
                lines.append(
                    f"  {g['kind']:{width_kind}}  {count:>5}  {subject}  {what}"
                    f"  ({g['message']}; first in {g['first_source']})"
                    + (f"\n  {'':{width_kind}}         edit {g['spec_file']}" if g["spec_file"] else "")
                )
        s = summary(tally, self.allow_drift)
        totals = (
            f"{s['exchanges']} exchanges: {s['valid']} valid, {s['invalid']} invalid, {s['drift_only']} valid with "
            f"drift, {s['unchecked']} unchecked, {s['skipped']} skipped (other hosts, preflights); "
            f"{s['input_errors']} unreadable input(s)"
        )
        if not tally.checked:
            totals += "; nothing was checked: no exchange matched an operation"
        verdict_outcome = VALID if s["exit_code"] == 0 else INVALID
        lines += ["", paint(totals, verdict_outcome)] if lines or self.wrote else [paint(totals, verdict_outcome)]
        out.write("\n".join(lines) + "\n")


@functools.lru_cache(maxsize=4096)  # as json_parts
def table_parts(
    file: str, operation_id: str, method: str | None, url: str | None, width: int, colour: bool
) -> tuple[str, ...]:
    """A plain result's line, as TableWriter.result writes it, around its number."""
    label = _Paint(colour)(f"{_LABELS[VALID]:9}", VALID)
    return (f"{label}  {operation_id:{width}}  {file}#", f"  {method or ''} {url or ''}".rstrip() + "\n")


def table_said(result: Result, width: int, colour: bool, quiet: bool) -> str:
    """What the table says of a result: its line, and one for each violation (with `quiet`, of a
    violation or drift only)."""
    if quiet and result.outcome not in (INVALID, DRIFT):
        return ""
    where = result.source
    if result.operation_id is None or result.entry is not None:  # HAR entries: say what was called
        where += f"  {result.method or ''} {result.url or ''}".rstrip()
    if result.note:
        where += f"  ({result.note})"
    label = _LABELS[result.outcome]
    lines = [f"{_Paint(colour)(f'{label:9}', result.outcome)}  {result.operation_id or '-':{width}}  {where}"]
    for f in result.findings:
        lines.append(
            f"{'':11}{f.part} {f.pointer or '/'}  {f.rule}: expected {f.expected}, found {f.found}"
            + (f"  ({f.message})" if f.rule in ("json", "required", "location", "members") else "")
        )
    return "\n".join(lines) + "\n"


def _table_one(result: Result) -> str:  # never: every plain result has parts
    raise AssertionError(result.source)


def to_table(audit: Audit, allow_drift: bool, colour: bool, quiet: bool = False) -> str:
    shown = [r for r in audit.results if not quiet or r.outcome in (INVALID, DRIFT)]
    width = max([len(r.operation_id or "-") for r in shown] + [9])
    out = io.StringIO()
    _render(TableWriter(out, allow_drift, colour, quiet, width), audit)
    return out.getvalue().rstrip("\n")
