"""Drift: what a valid answer holds that the description does not know.

The description is open on purpose (no `additionalProperties: false`, no closed enums in responses,
any non-zero `code` passes the error envelope), so new members, codes and status values validate.
They are still worth knowing about, and this module lists them apart from violations:

- members no schema names, found by walking the body beside the branch its `code` selects;
- error `code`s neither in the operation's `x-error-codes` nor among the codes every operation may
  answer (spec/README.md);
- values at a schema that carries `x-status-values` but does not list them.
"""

from __future__ import annotations

from typing import Any

import jsonschema_rs

from ..core.description import Description, Operation
from ..core.findings import Finding, drift, path_file, schema_file
from ..core.scrub import scrub_text
from ..core.shapes import Shape, Shapes, json_type


class DriftFinder:
    """Drift in the bodies of a description's operations; shapes are built once per place and kept."""

    def __init__(self, desc: Description) -> None:
        self._desc = desc
        self._shapes = Shapes(desc)
        self._common_codes = desc.common_error_codes
        self._closed_checks: dict[tuple[str, bool], Any] = {}
        self._depth_limit = 64

    def find(self, op: Operation, body: Any, walk: bool = False) -> list[Finding]:
        """Drift in a response body of `op` (best read beside a validation: a wrongly typed member is a
        violation there, and only what the description does not know shows up here). `walk`: the
        caller expects drift (ResponseValidator.accepts_known_success refused the body): the walk,
        without the closed check that would most likely refuse it too."""
        found: list[Finding] = []
        code = body.get("code") if isinstance(body, dict) else None
        is_code = isinstance(code, int) and not isinstance(code, bool)
        if is_code and code != 0 and code not in op.error_codes and code not in self._common_codes:
            message = body.get("message") or body.get("msg") or ""
            shown = scrub_text(str(message))[:60]
            text = f"code {code} is not in x-error-codes" + (f" (message {shown!r})" if shown else "")
            found.append(drift("code", "/code", str(code), text, path_file(op.tag, op.operation_id)))
        self._op = op
        success = code == 0 if is_code else True
        if walk or not self._surely_known(op, success, body):
            self._walk(self._shapes.root(op, success), body, [], found)
        return found

    def _surely_known(self, op: Operation, success: bool, body: Any) -> bool:
        """Whether the walk would find nothing: the closed schema, compiled once per branch, accepts the
        body (one jsonschema-rs pass in Rust instead of a Python walk over every member). False only
        means "walk and see": the walk alone says what the drift is."""
        key = (op.operation_id, success)
        check = self._closed_checks.get(key)
        if check is None:
            closed = self._shapes.closed(self._shapes.root(op, success), statuses=True)
            check = self._closed_checks[key] = jsonschema_rs.validator_for(
                {"$schema": "https://json-schema.org/draft/2020-12/schema", "allOf": [closed]}
            )
        try:
            return bool(check.is_valid(body))
        except ValueError:  # unreadable for jsonschema-rs (a lone surrogate in a key, say): walk
            return False

    def _file(self, source: str) -> str:
        return schema_file(source) if source else path_file(self._op.tag, self._op.operation_id)

    def _walk(self, shape: Shape, value: Any, path: list[str], found: list[Finding]) -> None:
        """Visit what the description describes; `path` is the way here, made a pointer only to report."""
        if len(path) > self._depth_limit:
            return
        if isinstance(value, dict):
            properties = shape.properties
            if properties is None:
                return
            for name, member in value.items():
                sub = properties.get(name) or self._shapes.member(shape, name)
                if sub is None:
                    where = _pointer([*path, name])
                    text = "member the description does not know"
                    found.append(drift("member", where, _kind(member), text, self._file(shape.source)))
                elif sub.status_values is not None or isinstance(member, dict | list):  # scalars need no visit
                    path.append(name)
                    self._walk(sub, member, path, found)
                    path.pop()
        elif isinstance(value, list):
            if shape.items is not None:
                for index, item in enumerate(value):
                    path.append(str(index))
                    self._walk(shape.items, item, path, found)
                    path.pop()
        elif shape.status_values is not None and _is_status(value) and str(value) not in shape.status_values:
            known = ", ".join(sorted(shape.status_values))
            shown = scrub_text(str(value))[:40]
            text = f"value not in x-status-values ({known})"
            found.append(drift("status-value", _pointer(path), shown, text, self._file(shape.status_source)))


def _is_status(value: Any) -> bool:
    return isinstance(value, int | str) and not isinstance(value, bool)


def _pointer(path: list[str]) -> str:
    return "".join("/" + str(p).replace("~", "~0").replace("/", "~1") for p in path)


# What an unknown member holds, by type only: its value may be anything, a secret included.
_kind = json_type
