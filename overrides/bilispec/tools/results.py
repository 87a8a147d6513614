"""What judging captured exchanges gives: each exchange's Result (its outcome, the violations and the
drift found), plain results in bulk (Plain), and the counts a report ends with (Tally)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field

from ..core.findings import Finding
from .capture import InputProblem

# Outcomes, worst first.
INVALID, DRIFT, VALID, UNCHECKED, SKIPPED = "invalid", "drift", "valid", "unchecked", "skipped"


@dataclass
class Result:
    source: str
    file: str
    entry: int | None
    operation_id: str | None
    method: str | None
    url: str | None  # scheme://host/path, no query (queries carry csrf and signatures)
    status: int | None
    outcome: str = VALID
    findings: list[Finding] = field(default_factory=list)
    drift: list[Finding] = field(default_factory=list)
    note: str | None = None
    validated: bool = False  # a response body went through the validator


@dataclass(frozen=True)
class Plain:
    """Consecutive plain results of one file's HAR entries, the common case: status 200, the body
    validated, nothing found, no note. Each as (entry, operation, method, URL); `results()` makes
    them Results. Counted and written in bulk (render.py), without a Result for each."""

    file: str
    entries: list[tuple[int, str, str | None, str | None]]

    def results(self) -> Iterator[Result]:
        file = self.file
        for entry, operation_id, method, url in self.entries:
            yield Result(f"{file}#{entry}", file, entry, operation_id, method, url, 200, VALID, [], [], None, True)

    def __len__(self) -> int:
        return len(self.entries)


@dataclass
class Tally:
    """What a report needs at its end: counts per outcome, not the results themselves."""

    outcomes: Counter[str] = field(default_factory=Counter)
    problems: int = 0  # inputs, or parts of them, that could not be read
    responses: int = 0  # response bodies validated
    seconds: float = 0.0  # the whole run: reading, parsing, compiling, checking
    compile_seconds: float = 0.0  # of which compiling each operation's validators, once

    def add(self, item: Result | InputProblem) -> None:
        if isinstance(item, InputProblem):
            self.problems += 1
        else:
            self.outcomes[item.outcome] += 1
            self.responses += item.validated

    def add_many(self, result: Result, count: int) -> None:
        """`count` results like `result` (Plain's told rows: they differ only in their number)."""
        self.outcomes[result.outcome] += count
        self.responses += result.validated * count

    def add_plain(self, count: int) -> None:
        """`count` plain results (Plain): valid, each with its body validated."""
        self.outcomes[VALID] += count
        self.responses += count

    @property
    def exchanges(self) -> int:
        return sum(self.outcomes.values())

    def count(self, outcome: str) -> int:
        return self.outcomes[outcome]

    @property
    def per_second(self) -> float:
        return self.responses / self.seconds if self.seconds > 0 else 0.0

    @property
    def checked(self) -> int:
        """Exchanges judged against an operation (or found on an API host matching none)."""
        return self.count(VALID) + self.count(INVALID) + self.count(DRIFT)

    def exit_code(self, allow_drift: bool = False) -> int:
        """1 on any violation (or drift, unless allowed), else 2 when an input could not be read or
        nothing at all could be checked (a CI job that checks nothing should not pass), else 0."""
        if self.count(INVALID) or (self.count(DRIFT) and not allow_drift):
            return 1
        return 2 if self.problems or not self.checked else 0


@dataclass
class Audit:
    """Every result of a run, in memory: for a library user or a test; the command streams instead."""

    results: list[Result] = field(default_factory=list)
    problems: list[InputProblem] = field(default_factory=list)
    tally: Tally = field(default_factory=Tally)

    def count(self, outcome: str) -> int:
        return self.tally.count(outcome)

    @property
    def responses(self) -> int:
        return self.tally.responses

    @property
    def seconds(self) -> float:
        return self.tally.seconds

    @property
    def checked(self) -> int:
        return self.tally.checked

    def exit_code(self, allow_drift: bool = False) -> int:
        return self.tally.exit_code(allow_drift)
