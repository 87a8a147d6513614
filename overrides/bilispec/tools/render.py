"""Write an audit as a table for people, JSON for scripts, or JUnit XML for CI.

Every text here was scrubbed on the way in (violations, previews, URLs without their queries);
unknown members are reported by name and type, never by value.
"""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from collections import Counter
from dataclasses import asdict
from typing import Any

from .audit import DRIFT, INVALID, SKIPPED, UNCHECKED, VALID, Audit, Result

_ARRAY_INDEX = re.compile(r"/\d+(?=/|$)")
# Characters XML 1.0 cannot hold, even escaped; bodies may carry them.
_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")

_COLOURS = {INVALID: "31;1", DRIFT: "33", VALID: "32", UNCHECKED: "36", SKIPPED: "2", "error": "35;1"}
_LABELS = {INVALID: "INVALID", DRIFT: "drift", VALID: "valid", UNCHECKED: "unchecked", SKIPPED: "skipped"}


def drift_summary(audit: Audit) -> list[dict[str, Any]]:
    """Drift grouped across exchanges: array indices folded into `*`, with a count and the first source."""
    groups: dict[tuple[str, str, str, str], dict[str, Any]] = {}
    counts: Counter[tuple[str, str, str, str]] = Counter()
    for result in audit.results:
        for d in result.drift:
            where = _ARRAY_INDEX.sub("/*", d.pointer)
            found = "" if d.kind in ("member", "request-member") else d.found  # members: by name, not by type
            key = (d.kind, result.operation_id or (result.url or ""), where, found)
            counts[key] += 1
            groups.setdefault(
                key,
                {
                    "kind": d.kind,
                    "operation": result.operation_id,
                    "host": None if result.operation_id else _origin(result.url),
                    "pointer": where,
                    "found": d.found,
                    "message": d.message,
                    "spec_file": d.spec_file,
                    "first_source": result.source,
                },
            )
    return [{**groups[key], "count": counts[key]} for key in sorted(groups, key=lambda k: (k[0], k[1], k[2], k[3]))]


def _origin(url: str | None) -> str | None:
    return "/".join(url.split("/", 3)[:3]) if url and "://" in url else url


def summary(audit: Audit, allow_drift: bool) -> dict[str, Any]:
    return {
        "exchanges": len(audit.results),
        "responses_validated": audit.responses,
        "valid": audit.count(VALID),
        "invalid": audit.count(INVALID),
        "drift_only": audit.count(DRIFT),
        "unchecked": audit.count(UNCHECKED),
        "skipped": audit.count(SKIPPED),
        "input_errors": len(audit.problems),
        "allow_drift": allow_drift,
        "exit_code": audit.exit_code(allow_drift),
    }


def stats_line(audit: Audit) -> str:
    checking = audit.seconds - audit.compile_seconds
    steady = f"{audit.responses / checking:,.0f}" if checking > 0 else "-"
    return (
        f"stats: {audit.responses} responses validated in {audit.seconds:.3f} s: {audit.per_second:,.0f} responses/s "
        f"over the run (reading, parsing, requests and drift included); {steady} responses/s once each operation's "
        f"validators were compiled ({audit.compile_seconds:.3f} s)"
    )


# ---------------------------------------------------------------------------------------------
# JSON


def to_json(audit: Audit, allow_drift: bool, stats: bool) -> str:
    document: dict[str, Any] = {
        "summary": summary(audit, allow_drift),
        "results": [_result_json(r) for r in audit.results],
        "drift": drift_summary(audit),
        "input_errors": [asdict(p) | {"source": p.source} for p in audit.problems],
    }
    if stats:
        document["stats"] = {
            "responses": audit.responses,
            "seconds": round(audit.seconds, 6),
            "responses_per_second": round(audit.per_second, 1),
            "compile_seconds": round(audit.compile_seconds, 6),
        }
    return json.dumps(document, ensure_ascii=False, indent=2)


def _result_json(result: Result) -> dict[str, Any]:
    out = asdict(result)
    out["violations"] = out.pop("findings")
    out.pop("validated")
    return out


# ---------------------------------------------------------------------------------------------
# JUnit XML: one test case per exchange; violations are failures, unreadable inputs errors.


def _x(text: Any) -> str:
    return _NOT_XML.sub("\ufffd", str(text))


def case_name(result: Result) -> str:
    """`METHOD URL (operation)`: what was called, which a CI page can show; the file and entry are
    the case's `file` attribute."""
    if result.method and result.url:
        return f"{result.method} {result.url}" + (f" ({result.operation_id})" if result.operation_id else "")
    return f"{result.source} ({result.operation_id})" if result.operation_id else result.source


def to_junit(audit: Audit, allow_drift: bool) -> str:
    suite = ET.Element("testsuite", name="bilispec validate")
    failures = errors = skipped = 0
    for result in audit.results:
        case = ET.SubElement(
            suite,
            "testcase",
            classname=_x(result.operation_id or "unmatched"),
            name=_x(case_name(result)),
            file=_x(result.source),
            time="0",
        )
        details = _details(result)
        if result.outcome == INVALID:
            failures += 1
            first = result.findings[0]
            message = f"{len(result.findings)} violation(s), first {first.part} {first.pointer or '/'}: {first.message}"
            ET.SubElement(case, "failure", message=_x(message), type="violation").text = _x(details)
        elif result.outcome == DRIFT and not allow_drift:
            failures += 1
            ET.SubElement(case, "failure", message=_x(f"{len(result.drift)} drift finding(s)"), type="drift").text = _x(
                details
            )
        elif result.outcome in (UNCHECKED, SKIPPED):
            skipped += 1
            ET.SubElement(case, "skipped", message=_x(result.note or result.outcome))
        elif details:
            ET.SubElement(case, "system-out").text = _x(details)
    for problem in audit.problems:
        errors += 1
        case = ET.SubElement(suite, "testcase", classname="input", name=_x(problem.source), time="0")
        ET.SubElement(case, "error", message=_x(problem.message), type="unreadable")
    suite.set("tests", str(len(audit.results) + len(audit.problems)))
    suite.set("failures", str(failures))
    suite.set("errors", str(errors))
    suite.set("skipped", str(skipped))
    suite.set("time", f"{audit.seconds:.3f}")
    root = ET.Element("testsuites")
    root.append(suite)
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode")


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


def to_table(audit: Audit, allow_drift: bool, colour: bool, quiet: bool = False) -> str:
    paint = _Paint(colour)
    lines: list[str] = []
    shown = [r for r in audit.results if not quiet or r.outcome in (INVALID, DRIFT)]
    width_op = max([len(r.operation_id or "-") for r in shown] + [9])
    width_op = min(width_op, 40)
    if shown:
        lines.append(f"{'RESULT':9}  {'OPERATION':{width_op}}  SOURCE")
    for result in shown:
        label = _LABELS[result.outcome]
        where = result.source
        if result.operation_id is None or result.entry is not None:  # HAR entries: say what was called
            where += f"  {result.method or ''} {result.url or ''}".rstrip()
        if result.note:
            where += f"  ({result.note})"
        lines.append(f"{paint(f'{label:9}', result.outcome)}  {result.operation_id or '-':{width_op}}  {where}")
        for f in result.findings:
            lines.append(
                f"{'':11}{f.part} {f.pointer or '/'}  {f.rule}: expected {f.expected}, found {f.found}"
                + (f"  ({f.message})" if f.rule in ("json", "required", "location", "members") else "")
            )
    if audit.problems:
        lines += ["", paint("Unreadable input", "error")]
        lines += [f"  {p.source}: {p.message}" for p in audit.problems]
    groups = drift_summary(audit)
    if groups:
        verdict = "passes with --allow-drift" if not allow_drift else "allowed (--allow-drift)"
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
    s = summary(audit, allow_drift)
    totals = (
        f"{s['exchanges']} exchanges: {s['valid']} valid, {s['invalid']} invalid, {s['drift_only']} valid with drift, "
        f"{s['unchecked']} unchecked, {s['skipped']} skipped (other hosts, preflights); "
        f"{s['input_errors']} unreadable input(s)"
    )
    if not audit.checked:
        totals += "; nothing was checked: no exchange matched an operation"
    verdict_outcome = VALID if s["exit_code"] == 0 else INVALID
    lines += ["", paint(totals, verdict_outcome)] if lines else [paint(totals, verdict_outcome)]
    return "\n".join(lines)
