"""Reports for code hosts: GitHub workflow annotations and SARIF 2.1.0, written as results come.

GitHub: one workflow command per finding, `::error file=F,line=L,title=T::message`, with the
escapes of GitHub's toolkit (actions/toolkit, packages/core/src/command.ts): in the message `%`,
CR and LF; in a property also `:` and `,`. A capture's exchange has no line of its own except in
JSON lines (its line); other files point at line 1, and the title names the entry.
"""

from __future__ import annotations

import functools
import json
from typing import Any, TextIO

from .capture import InputProblem
from .plain import nothing_but
from .render import Writer, summary
from .results import DRIFT, INVALID, Result, Tally

_LINES = (".jsonl", ".ndjson", ".jsonl.gz", ".ndjson.gz")


def escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def _line(file: str, entry: int | None) -> int:
    return entry + 1 if entry is not None and file.lower().endswith(_LINES) else 1


def _findings(result: Result, allow_drift: bool) -> list[tuple[str, str]]:
    """(level, text) of each finding worth an annotation."""
    found = [
        ("error", f"{f.part} {f.pointer or '/'}: {f.message} (expected {f.expected}, found {f.found})")
        for f in result.findings
    ]
    if result.outcome == DRIFT or (result.outcome == INVALID and result.drift):
        level = "warning" if allow_drift else "error"
        found += [
            (level, f"drift {d.kind} {d.pointer or '/'}: {d.message}; edit {d.spec_file or 'spec/'}")
            for d in result.drift
        ]
    return found


def _subject(result: Result) -> str:
    what = result.operation_id or result.url or "exchange"
    return f"{what} ({result.source})"


class GithubWriter(Writer):
    def __init__(self, out: TextIO, allow_drift: bool) -> None:
        super().__init__(out, allow_drift)
        self.plain = nothing_but(functools.partial(github_said, allow_drift=allow_drift))

    def problem(self, problem: InputProblem) -> None:
        line = _line(problem.file, problem.entry)
        self.out.write(_command("error", problem.file, line, f"bilispec: unreadable {problem.source}", problem.message))

    def close(self, tally: Tally) -> None:
        s = summary(tally, self.allow_drift)
        self.out.write(
            f"bilispec validate: {s['exchanges']} exchanges, {s['valid']} valid, {s['invalid']} invalid, "
            f"{s['drift_only']} valid with drift, {s['unchecked']} unchecked, {s['skipped']} skipped; "
            f"{s['input_errors']} unreadable input(s)\n"
        )


def github_said(result: Result, allow_drift: bool) -> str:
    """A workflow command for each finding worth an annotation."""
    line, title = _line(result.file, result.entry), f"bilispec: {_subject(result)}"
    found = _findings(result, allow_drift)
    return "".join(_command(level, result.file, line, title, text) for level, text in found)


def _command(level: str, file: str, line: int, title: str, message: str) -> str:
    properties = f"file={escape_property(file)},line={line},title={escape_property(title)}"
    return f"::{level} {properties}::{escape_data(message)}\n"


_RULES = [
    {"id": "violation", "shortDescription": {"text": "The description forbids this request or response"}},
    {"id": "drift", "shortDescription": {"text": "Something the description does not know"}},
    {"id": "unreadable", "shortDescription": {"text": "An input that could not be read"}},
]


class SarifWriter(Writer):
    """SARIF 2.1.0: one run, its results written as they come."""

    def __init__(self, out: TextIO, allow_drift: bool, version: str) -> None:
        super().__init__(out, allow_drift)
        self.first = True
        self.plain = nothing_but(functools.partial(sarif_said, allow_drift=allow_drift))
        driver = {"name": "bilispec", "version": version, "rules": _RULES}
        head = {"version": "2.1.0", "$schema": "https://json.schemastore.org/sarif-2.1.0.json"}
        out.write(json.dumps(head)[:-1] + ', "runs": [{"tool": ' + json.dumps({"driver": driver}) + ', "results": [')

    def add_plain(self, text: str) -> None:
        if text:  # each item after `,` and a newline: the first after the newline alone
            self.out.write(text[1:] if self.first else text)
            self.first = False

    def problem(self, problem: InputProblem) -> None:
        line = _line(problem.file, problem.entry)
        item = _sarif_item("unreadable", "error", f"{problem.source}: {problem.message}", problem.file, line)
        self.add_plain(",\n" + item)

    def close(self, tally: Tally) -> None:
        self.out.write("\n]}]}\n")


def sarif_said(result: Result, allow_drift: bool) -> str:
    """A SARIF result for each finding worth one, each after `,` and a newline."""
    items = []
    for level, text in _findings(result, allow_drift):
        rule = "drift" if text.startswith("drift ") else "violation"
        sarif_level = "warning" if level == "warning" else "error"
        line = _line(result.file, result.entry)
        items.append(",\n" + _sarif_item(rule, sarif_level, f"{_subject(result)}: {text}", result.file, line))
    return "".join(items)


def _sarif_item(rule: str, level: str, text: str, file: str, line: int) -> str:
    location = {"physicalLocation": {"artifactLocation": {"uri": file}, "region": {"startLine": line}}}
    item: dict[str, Any] = {"ruleId": rule, "level": level, "message": {"text": text}, "locations": [location]}
    return json.dumps(item, ensure_ascii=False)
