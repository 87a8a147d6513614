"""Name the members inside a `oneOf` that failed (the violations `bilispec validate` reports)."""

from __future__ import annotations

import json
from typing import Any

import jsonschema_rs

from ..core.description import Description, Operation
from ..core.findings import Finding, path_file, schema_file_at
from ..core.scrub import scrub


def _short(value: Any, limit: int = 80) -> str:
    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= limit else text[: limit - 3] + "..."


class BranchPinpointer:
    """Name the members inside a `oneOf` that failed.

    ResponseValidator reports a nullable object (`oneOf: [$ref, {type: 'null'}]`) that breaks as one
    violation at the object. jsonschema-rs keeps each branch's errors; when every branch but one
    fails on the type alone, the errors of that one branch say which members are wrong.
    """

    def __init__(self, desc: Description) -> None:
        self._desc = desc
        self._components = desc.document.get("components", {})
        self._compiled: dict[tuple[str, int], tuple[Any, dict[str, Any]]] = {}

    def _branch(self, op: Operation, body: Any) -> tuple[Any, dict[str, Any]]:
        code = body.get("code") if isinstance(body, dict) else None
        schema = op.response_schema
        branches = schema.get("oneOf", [schema, schema])
        index = 0 if code == 0 else len(branches) - 1
        key = (op.operation_id, index)
        if key not in self._compiled:
            root = {"$schema": "https://json-schema.org/draft/2020-12/schema", **branches[index]}
            root["components"] = self._components
            self._compiled[key] = (jsonschema_rs.validator_for(root), root)
        return self._compiled[key]

    def pinpoint(self, op: Operation, body: Any, violations: list[Finding]) -> list[Finding]:
        if not any(v.rule in ("oneOf", "anyOf") for v in violations):
            return violations
        validator, root = self._branch(op, body)
        try:
            errors = list(validator.iter_errors(body))
        except ValueError:
            return violations
        op_file = path_file(op.tag, op.operation_id)
        found = [self._violation(e, root, op_file) for error in errors for e in self._leaves(error)]
        return found or violations

    def _leaves(self, error: Any) -> list[Any]:
        """The errors inside the one branch meant, or the error itself when that is unclear."""
        context = getattr(error.kind, "context", None)
        if not context:
            return [error]
        here = list(error.instance_path)
        meant = [
            branch
            for branch in context
            if not all(list(e.instance_path) == here and list(e.schema_path)[-1:] == ["type"] for e in branch)
        ]
        if len(meant) != 1:
            return [error]
        return [leaf for e in meant[0] for leaf in self._leaves(e)]

    def _violation(self, error: Any, root: dict[str, Any], op_file: str) -> Finding:
        path = list(error.schema_path)
        node: Any = root
        try:
            for part in path:
                node = node[part]
            expected = _short(node)
        except (KeyError, IndexError, TypeError):
            expected = "?"
        instance = scrub(error.instance)
        rule = str(path[-1]) if path else ""
        message = str(error.message) if instance == error.instance else f"{_short(instance)} breaks {rule!r}"
        pointer = "".join("/" + str(p).replace("~", "~0").replace("/", "~1") for p in error.instance_path)
        return Finding(pointer, rule, expected, _short(instance), message, spec_file=schema_file_at(path, op_file))
