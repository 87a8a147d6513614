"""One record for every way an exchange departs from the description.

Response validation (core/validation.py), request checks (tools/request_check.py), drift
(tools/drift.py) and the `bilispec validate` report (tools/audit.py, render.py) all speak in
Findings, so a violation found by the client, a request problem found in a HAR file and a member
the description does not know read, print and serialise alike.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Finding:
    pointer: str  # JSON pointer into the body ("" the root), or /method, /url, /query/<name>, /form/<name>...
    rule: str  # the schema keyword that failed ("type", "required", ...), or "drift"
    expected: str  # what the description asks for there ("" for drift: it asks nothing)
    found: str  # what the exchange holds there, shortened, never a secret
    message: str
    part: str = "response"  # response, request, or exchange (a URL or an HTTP status)
    kind: str = "violation"  # violation, or what drifted: member, code, status-value, url, http-status, request-member
    spec_file: str = ""  # where a maintainer would edit the description for it, e.g. spec/paths/vote/create_vote.yaml

    def __str__(self) -> str:
        if self.kind != "violation":
            return f"{self.pointer or '/'}: {self.kind}: {self.found} ({self.message})"
        return f"{self.pointer or '/'}: {self.rule}: expected {self.expected}, found {self.found}"


def request_problem(pointer: str, rule: str, expected: str, found: str, message: str, spec_file: str = "") -> Finding:
    """A way a captured request breaks its operation."""
    return Finding(pointer, rule, expected, found, message, part="request", spec_file=spec_file)


def drift(kind: str, pointer: str, found: str, message: str, spec_file: str = "", part: str = "response") -> Finding:
    """Something a valid exchange holds that the description does not know."""
    return Finding(pointer, "drift", "", found, message, part=part, kind=kind, spec_file=spec_file)


def schema_file(component: str) -> str:
    """The spec file of a component schema (the bundle names each component after its file)."""
    return f"spec/components/schemas/{component}.yaml"


def path_file(tag: str, operation_id: str) -> str:
    """The spec file of an operation's path item."""
    return f"spec/paths/{tag}/{operation_id}.yaml"


def parameter_file(component: str) -> str:
    """The spec file of a shared parameter (components/parameters, named after its file)."""
    return f"spec/components/parameters/{component}.yaml"


def schema_file_at(schema_path: Sequence[Any], fallback: str) -> str:
    """The spec file of the innermost component schema on a validator's schema path (jsonschema-rs
    gives it with $refs followed: `components/schemas/<Name>/...`), else `fallback`."""
    parts = [str(p) for p in schema_path]
    for index in range(len(parts) - 3, -1, -1):
        if parts[index] == "components" and parts[index + 1] == "schemas":
            return schema_file(parts[index + 2])
    return fallback
