"""What the description knows at each place of a response body, and closed schemas built from it.

The description is open on purpose: members it does not name validate. Two readers still want to
know, in one compiled jsonschema-rs pass, that a body holds nothing else:

- drift (tools/drift.py) skips its walk when the closed schema accepts a body;
- the client (core/validation.py, `accepts_described_success`) then knows that no object of the
  body has members beyond the described ones (the models need not look for any) and, with a depth
  guard at the places the description leaves free, that the body nests no deeper than allowed.

A `Shape` merges the schemas that apply at one place ($ref, allOf, oneOf, anyOf); shapes are built
on first use and kept.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .description import Description, Operation, resolve

_COMPOSITE = ("allOf", "oneOf", "anyOf")
_COMPONENTS = "#/components/schemas/"
_JSON_TYPES = frozenset({"object", "array", "string", "number", "integer", "boolean", "null"})
# A closed schema spells out this many levels of a body; a described place deeper than that is
# refused (left to the slower paths). No documented body nests half as deep.
CLOSED_LEVELS = 24


@dataclass
class Shape:
    """What the description knows at one place in a body, merged over $ref, allOf, oneOf and anyOf."""

    properties: dict[str, Shape] | None = None  # None: member names are not described (free-form)
    items: Shape | None = None
    status_values: frozenset[str] | None = None
    source: str = ""  # the component schema that describes this place ("" inline in the path item)
    status_source: str = ""  # the component carrying its x-status-values
    kinds: frozenset[str] | None = None  # the JSON types a value here may have; None: any
    children: dict[str, list[Any]] = field(default_factory=dict, repr=False)  # member schemas, before merging
    schemas: list[Any] = field(default_factory=list, repr=False)  # the schemas written for this place


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


def free_form(node: dict[str, Any]) -> bool:
    """A schema that lets an object hold members of any name (`{}`, a bare `type: object`, a map)."""
    if isinstance(node.get("additionalProperties"), dict) and node["additionalProperties"]:
        return True
    if node.get("patternProperties"):
        return True
    described = "properties" in node or "$ref" in node or any(k in node for k in _COMPOSITE)
    return not described and _may_be_object(node) and "const" not in node and "enum" not in node


def _kinds(parts: list[dict[str, Any]]) -> frozenset[str] | None:
    """The JSON types a value may have where these schemas apply, or None for any; when unsure, more."""
    kinds: set[str] = set()
    for part in parts:
        kind = part.get("type")
        if isinstance(kind, str):
            kinds.add(kind)
        elif isinstance(kind, list):
            kinds.update(k for k in kind if isinstance(k, str))
        elif "const" in part or isinstance(part.get("enum"), list):
            values = [part["const"]] if "const" in part else part["enum"]
            kinds.update(json_type(v) for v in values)
        elif not ("$ref" in part or any(k in part for k in _COMPOSITE)):
            return None  # a part that says nothing of the type: anything may stand here
    if "integer" in kinds:
        kinds.add("number")
    return frozenset(kinds) if kinds and kinds <= _JSON_TYPES else None


def json_type(value: Any) -> str:
    """The JSON type of a parsed value ("?" for what JSON does not have)."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    return {dict: "object", list: "array", str: "string", int: "integer", float: "number"}.get(type(value), "?")


class Shapes:
    """The shapes of a description's response bodies, built once per place and kept."""

    def __init__(self, desc: Description) -> None:
        self.document = desc.document
        self._roots: dict[tuple[str, bool], Shape] = {}

    def shape(self, schemas: list[Any], source: str = "") -> Shape:
        sourced = _parts(self.document, schemas, source=source)
        parts = [p for p, _ in sourced]
        shape = Shape(kinds=_kinds(parts), schemas=schemas)
        if any("properties" in p for p in parts) and not any(free_form(p) for p in parts):
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
            shape.items = self.shape([i for i, _ in items], items[-1][1])
        statuses = [(p["x-status-values"], where) for p, where in sourced if isinstance(p.get("x-status-values"), dict)]
        if statuses:
            shape.status_values = frozenset(str(k) for s, _ in statuses for k in s)
            shape.status_source = statuses[-1][1]
        return shape

    def member(self, shape: Shape, name: str) -> Shape | None:
        """The shape of a described member, built on first use (bodies visit few of the possible places)."""
        assert shape.properties is not None
        if name in shape.children:
            shape.properties[name] = self.shape(shape.children.pop(name), shape.source)
        return shape.properties.get(name)

    def root(self, op: Operation, success: bool) -> Shape:
        """The shape of the success (or error) envelope of an operation's 200 response."""
        key = (op.operation_id, success)
        if key not in self._roots:
            schema = op.response_schema
            branches: list[Any] = schema["oneOf"] if isinstance(schema.get("oneOf"), list) else [schema, schema]
            self._roots[key] = self.shape([branches[0] if success else branches[-1]])
        return self._roots[key]

    def closed(self, shape: Shape, *, statuses: bool, max_depth: int | None = None, level: int = 0) -> Any:
        """A JSON Schema that refuses, at `shape` and below, every member the description does not name.

        With `statuses`, values at a schema with `x-status-values` must be listed there too. With
        `max_depth`, the places the description leaves free (maps, bare objects, arrays without
        `items`) must nest no deeper than `max_depth` levels counted from the root of the body
        (`$ref`s to `#/$defs/depthN`, see validation._depth_limits, which the caller supplies).
        Past CLOSED_LEVELS any described place is refused.
        """
        return self._closed(shape, statuses, max_depth, level, fold=False)

    def merged(
        self, shape: Shape, *, statuses: bool, max_depth: int | None = None, level: int = 0, extra: bool = False
    ) -> Any:
        """`allOf: [closed(shape), the schemas of shape]` in one schema that walks a body once.

        Where the schemas of a place are only `$ref`s, `allOf`s and keywords of the place itself
        (type, required, enum, bounds...), their keywords join the closed node of the place and its
        members and items are merged in turn: jsonschema-rs then checks each member once, against
        the description and the closed list together. Any other place (a oneOf or anyOf, a map, an
        `additionalProperties` of the description's own, a `$ref` with siblings) keeps the two
        schemas side by side there, so the whole accepts exactly what the pair accepts.

        With `extra`, members the description does not name are taken, nested within `max_depth`
        like the free places: the description's schemas and the depth guard in one walk, where the
        pair `allOf: [depth guard, schemas]` walks a body twice. Past CLOSED_LEVELS it refuses (the
        caller asks the pair then).
        """
        return self._closed(shape, statuses, max_depth, level, fold=True, extra=extra)

    def _closed(
        self, shape: Shape, statuses: bool, max_depth: int | None, level: int, fold: bool, extra: bool = False
    ) -> Any:
        """`closed` (fold False) or `merged` (fold True) at one place, and below it the same; with
        `extra`, members not named are held to the depth guard instead of refused."""
        if level >= CLOSED_LEVELS:
            return False
        node: dict[str, Any] = {}
        if fold:
            parts = _conjunction(self.document, shape.schemas)
            if parts is None or any(free_form(part) for part in parts):  # kept whole: the pair, here and below
                if extra:
                    closed = self._closed(shape, statuses, max_depth, level, fold=False, extra=True)
                else:
                    closed = self.closed(shape, statuses=statuses, max_depth=max_depth, level=level)
                return {"allOf": [*shape.schemas, closed]}
            node = _folded(parts)
        guard: Any = True if max_depth is None else _guard(max_depth - level - 1)
        may_be = shape.kinds
        if shape.properties is not None:
            names = sorted(set(shape.properties) | set(shape.children))
            members = [(name, self.member(shape, name)) for name in names]
            node["properties"] = {
                name: self._closed(sub, statuses, max_depth, level + 1, fold, extra)
                for name, sub in members
                if sub is not None
            }
            node["additionalProperties"] = guard if extra else False
        elif guard is not True and (may_be is None or "object" in may_be):
            node["additionalProperties"] = guard
        if shape.items is not None:
            node["items"] = self._closed(shape.items, statuses, max_depth, level + 1, fold, extra)
        elif guard is not True and (may_be is None or "array" in may_be):
            node["items"] = guard
        if statuses and shape.status_values is not None:
            known: list[Any] = sorted(shape.status_values)
            # Drift compares str(value): an integer 1 is known when "1" is listed.
            known += [int(k) for k in sorted(shape.status_values) if canonical_int(k)]
            node["anyOf"] = [{"not": {"type": ["integer", "string"]}}, {"enum": known}]
        return node or True


# Keywords that hold schemas of their own: a place using one keeps its schemas whole (`merged`).
_NESTING = frozenset(
    {
        "oneOf", "anyOf", "not", "if", "then", "else", "dependentSchemas", "prefixItems", "contains",
        "propertyNames", "patternProperties", "additionalProperties", "unevaluatedItems",
        "unevaluatedProperties", "$defs", "definitions", "dependencies", "$dynamicRef", "$anchor", "$id",
    }
)  # fmt: skip
# Words that say nothing a validator checks, dropped from a merged node.
_NOTES = frozenset({"title", "description", "examples", "example", "default", "deprecated", "$comment"})


def _conjunction(document: dict[str, Any], schemas: list[Any], depth: int = 0) -> list[dict[str, Any]] | None:
    """The schemas that apply at a place when they all must hold ($refs followed, allOf opened),
    each with only keywords of the place itself besides properties and items; None otherwise."""
    out: list[dict[str, Any]] = []
    for schema in schemas:
        node = schema
        for _ in range(33):  # one $ref at a time: a $ref on the way may have siblings too
            if not (isinstance(node, dict) and "$ref" in node):
                break
            if any(key != "$ref" and key not in _NOTES and not key.startswith("x-") for key in node):
                return None  # a $ref with siblings that may constrain: not merged
            node = _target(document, node["$ref"])
        if not isinstance(node, dict) or depth > 32 or any(key in _NESTING for key in node):
            return None
        if not isinstance(node.get("properties", {}), dict) or not isinstance(node.get("items", {}), dict):
            return None
        if not all(isinstance(sub, dict) for sub in node.get("properties", {}).values()):
            return None
        out.append(node)
        if "allOf" in node:
            inner = _conjunction(document, node["allOf"], depth + 1) if isinstance(node["allOf"], list) else None
            if inner is None:
                return None
            out += inner
    return out


def _target(document: dict[str, Any], ref: Any) -> Any:
    """What a local `$ref` points at, one hop; None when it points nowhere."""
    if not isinstance(ref, str) or not ref.startswith("#/"):
        return None
    node: Any = document
    for part in ref[2:].split("/"):
        key = part.replace("~1", "/").replace("~0", "~")
        if isinstance(node, dict) and key in node:
            node = node[key]
        elif isinstance(node, list) and key.isdigit() and int(key) < len(node):
            node = node[int(key)]
        else:
            return None
    return node


def _folded(parts: list[dict[str, Any]]) -> dict[str, Any]:
    """The keywords of the place itself from every part, in one node (`allOf` for a clash)."""
    node: dict[str, Any] = {}
    clashes: list[dict[str, Any]] = []
    for part in parts:
        for key, value in part.items():
            if key in ("$ref", "allOf", "properties", "items") or key in _NOTES or key.startswith("x-"):
                continue
            if key not in node:
                node[key] = value
            elif key == "required" and isinstance(value, list) and isinstance(node[key], list):
                node[key] = [*node[key], *(name for name in value if name not in node[key])]
            elif node[key] != value:
                clashes.append({key: value})
    if clashes:
        node["allOf"] = clashes
    return node


def _guard(levels: int) -> Any:
    """Members (or items) of a free place: at most `levels` further levels of nesting."""
    return {"$ref": f"#/$defs/depth{levels}"} if levels >= 0 else False


def canonical_int(text: str) -> bool:
    """`text` is how str() writes an integer jsonschema-rs can hold (64 bits)."""
    try:
        number = int(text)
    except ValueError:
        return False
    return str(number) == text and -(2**63) <= number < 2**64
