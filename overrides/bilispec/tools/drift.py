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

from dataclasses import dataclass, field
from typing import Any

import jsonschema_rs

from ..core.description import Description, Operation, resolve
from ..core.findings import Finding, drift, path_file, schema_file
from ..core.scrub import scrub_text

_COMPOSITE = ("allOf", "oneOf", "anyOf")
_COMPONENTS = "#/components/schemas/"
# The closed schema (see DriftFinder._closed) spells out this many levels of a body; anything deeper
# that the description describes is left to the walk. No documented body nests half as deep.
_CLOSED_LEVELS = 24


# Drift is a Finding of its own kind (core/findings.py); each names the spec file to edit for it.
Drift = Finding


@dataclass
class Shape:
    """What the description knows at one place in a body, merged over $ref, allOf, oneOf and anyOf."""

    properties: dict[str, Shape] | None = None  # None: member names are not described (free-form)
    items: Shape | None = None
    status_values: frozenset[str] | None = None
    source: str = ""  # the component schema that describes this place ("" inline in the path item)
    status_source: str = ""  # the component carrying its x-status-values
    children: dict[str, list[Any]] = field(default_factory=dict, repr=False)  # member schemas, before merging


def _parts(
    document: dict[str, Any], schemas: list[Any], depth: int = 0, source: str = ""
) -> list[tuple[dict[str, Any], str]]:
    """Every schema that applies at this place: the schemas themselves and their composite branches,
    each with the component it was written in (its spec file)."""
    out: list[tuple[dict[str, Any], str]] = []
    for schema in schemas:
        ref = schema.get("$ref") if isinstance(schema, dict) else None
        here = ref.rsplit("/", 1)[-1] if isinstance(ref, str) and ref.startswith(_COMPONENTS) else source
        node = resolve(document, schema)
        if not isinstance(node, dict) or depth > 32:
            continue
        out.append((node, here))
        for key in _COMPOSITE:
            if isinstance(node.get(key), list):
                out += _parts(document, node[key], depth + 1, here)
    return out


def _may_be_object(node: dict[str, Any]) -> bool:
    kind = node.get("type")
    return kind is None or kind == "object" or (isinstance(kind, list) and "object" in kind)


def _free_form(node: dict[str, Any]) -> bool:
    """A schema that lets an object hold members of any name (`{}`, a bare `type: object`, a map)."""
    if isinstance(node.get("additionalProperties"), dict) and node["additionalProperties"]:
        return True
    if node.get("patternProperties"):
        return True
    described = "properties" in node or "$ref" in node or any(k in node for k in _COMPOSITE)
    return not described and _may_be_object(node) and "const" not in node and "enum" not in node


class DriftFinder:
    """Drift in the bodies of a description's operations; shapes are built once per place and kept."""

    def __init__(self, desc: Description) -> None:
        self._desc = desc
        self._document = desc.document
        self._common_codes = desc.common_error_codes
        self._roots: dict[tuple[str, bool], Shape] = {}
        self._closed_checks: dict[tuple[str, bool], Any] = {}
        self._depth_limit = 64

    def _shape(self, schemas: list[Any], source: str = "") -> Shape:
        sourced = _parts(self._document, schemas, source=source)
        parts = [p for p, _ in sourced]
        shape = Shape()
        if any("properties" in p for p in parts) and not any(_free_form(p) for p in parts):
            children: dict[str, list[Any]] = {}
            for part, _ in sourced:
                for name, sub in (part.get("properties") or {}).items():
                    children.setdefault(name, []).append(sub)
            shape.properties = {}
            shape.children = children
            # A new member belongs with the last schema that lists members here (the data, not the envelope).
            shape.source = [where for part, where in sourced if "properties" in part][-1]
        items = [(p["items"], where) for p, where in sourced if isinstance(p.get("items"), dict)]
        if items:
            shape.items = self._shape([i for i, _ in items], items[-1][1])
        statuses = [(p["x-status-values"], where) for p, where in sourced if isinstance(p.get("x-status-values"), dict)]
        if statuses:
            shape.status_values = frozenset(str(k) for s, _ in statuses for k in s)
            shape.status_source = statuses[-1][1]
        return shape

    def _member(self, shape: Shape, name: str) -> Shape | None:
        """The shape of a described member, built on first use (bodies visit few of the possible places)."""
        assert shape.properties is not None
        if name in shape.children:
            shape.properties[name] = self._shape(shape.children.pop(name), shape.source)
        return shape.properties.get(name)

    def _root(self, op: Operation, success: bool) -> Shape:
        key = (op.operation_id, success)
        if key not in self._roots:
            schema = op.response_schema
            branches: list[Any] = schema["oneOf"] if isinstance(schema.get("oneOf"), list) else [schema, schema]
            self._roots[key] = self._shape([branches[0] if success else branches[-1]])
        return self._roots[key]

    def find(self, op: Operation, body: Any) -> list[Drift]:
        """Drift in a response body of `op` (best read beside a validation: a wrongly typed member is a
        violation there, and only what the description does not know shows up here)."""
        found: list[Drift] = []
        code = body.get("code") if isinstance(body, dict) else None
        is_code = isinstance(code, int) and not isinstance(code, bool)
        if is_code and code != 0 and code not in op.error_codes and code not in self._common_codes:
            message = body.get("message") or body.get("msg") or ""
            shown = scrub_text(str(message))[:60]
            text = f"code {code} is not in x-error-codes" + (f" (message {shown!r})" if shown else "")
            found.append(drift("code", "/code", str(code), text, path_file(op.tag, op.operation_id)))
        self._op = op
        success = code == 0 if is_code else True
        if not self._surely_known(op, success, body):
            self._walk(self._root(op, success), body, [], found)
        return found

    def _surely_known(self, op: Operation, success: bool, body: Any) -> bool:
        """Whether the walk would find nothing: the closed schema, compiled once per branch, accepts the
        body (one jsonschema-rs pass in Rust instead of a Python walk over every member). False only
        means "walk and see": the walk alone says what the drift is."""
        key = (op.operation_id, success)
        check = self._closed_checks.get(key)
        if check is None:
            closed = self._closed(self._root(op, success), 0)
            check = self._closed_checks[key] = jsonschema_rs.validator_for(
                {"$schema": "https://json-schema.org/draft/2020-12/schema", "allOf": [closed]}
            )
        try:
            return bool(check.is_valid(body))
        except ValueError:  # unreadable for jsonschema-rs (a lone surrogate in a key, say): walk
            return False

    def _closed(self, shape: Shape, level: int) -> Any:
        """A JSON Schema that accepts exactly the values in which `_walk` finds no drift at `shape`, or
        fewer: members the shape does not name are refused (`additionalProperties: false`), status
        values it does not list are refused, and past `_CLOSED_LEVELS` any described place is refused."""
        node: dict[str, Any] = {}
        if shape.properties is not None:
            names = sorted(set(shape.properties) | set(shape.children))
            members = [(name, self._member(shape, name)) for name in names]
            node["properties"] = {name: self._closed(sub, level + 1) for name, sub in members if sub is not None}
            node["additionalProperties"] = False
        if shape.items is not None:
            node["items"] = self._closed(shape.items, level + 1)
        if shape.status_values is not None:
            known: list[Any] = sorted(shape.status_values)
            # The walk compares str(value): an integer 1 is known when "1" is listed.
            known += [int(k) for k in sorted(shape.status_values) if _canonical_int(k)]
            node["anyOf"] = [{"not": {"type": ["integer", "string"]}}, {"enum": known}]
        if not node:
            return True
        return node if level < _CLOSED_LEVELS else False

    def _file(self, source: str) -> str:
        return schema_file(source) if source else path_file(self._op.tag, self._op.operation_id)

    def _walk(self, shape: Shape, value: Any, path: list[str], found: list[Drift]) -> None:
        """Visit what the description describes; `path` is the way here, made a pointer only to report."""
        if len(path) > self._depth_limit:
            return
        if isinstance(value, dict):
            properties = shape.properties
            if properties is None:
                return
            for name, member in value.items():
                sub = properties.get(name) or self._member(shape, name)
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


def _canonical_int(text: str) -> bool:
    """`text` is how str() writes an integer jsonschema-rs can hold (64 bits)."""
    try:
        number = int(text)
    except ValueError:
        return False
    return str(number) == text and -(2**63) <= number < 2**64


def _is_status(value: Any) -> bool:
    return isinstance(value, int | str) and not isinstance(value, bool)


def _pointer(path: list[str]) -> str:
    return "".join("/" + str(p).replace("~", "~0").replace("/", "~1") for p in path)


def _kind(value: Any) -> str:
    """What an unknown member holds, by type only: its value may be anything, a secret included."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    return {dict: "object", list: "array", str: "string", int: "integer", float: "number"}.get(type(value), "?")
