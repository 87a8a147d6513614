"""Shapes.merged (the description's success schema and the closed schema in one walk) accepts exactly
what the pair accepts side by side: on every operation's recordings and thousands of mutations of
them, and on small descriptions that use each kind of place merging must leave whole."""

from __future__ import annotations

import copy
import json
import random
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import jsonschema_rs
import pytest

from bilispec.core.description import description
from bilispec.core.shapes import Shape, Shapes
from bilispec.core.validation import _DIALECT, MAX_DEPTH, _depth_limits, components_registry, rebased

from .test_fast_paths import _places

RECORDINGS = Path(__file__).parent.parent / "recordings"
_ODD = [0, 1, -1, 99, "1", "x", "", True, False, 1.0, 2.5, None, 2**70, [], [1, "a"], {}, {"k": 1}]


def _deep(levels: int) -> Any:
    value: Any = 1
    for n in range(levels):
        value = [value] if n % 2 else {"d": value}
    return value


def _mutated(body: Any, rng: random.Random) -> Any:
    """One change at a random place: a new member, a value of another type, a member removed, a
    value nested deeply."""
    body = copy.deepcopy(body)
    path = rng.choice(_places(body))
    if not path:
        return {**body, "brand_new": 1} if isinstance(body, dict) else body
    parent: Any = body
    for step in path[:-1]:
        parent = parent[step]
    target = parent[path[-1]]
    roll = rng.random()
    if isinstance(target, dict) and roll < 0.35:
        target[rng.choice(["brand_new", "ts", "status", "code", "id"])] = rng.choice(_ODD)
    elif isinstance(parent, dict) and roll < 0.5:
        del parent[path[-1]]
    elif roll < 0.6:
        parent[path[-1]] = _deep(rng.choice([3, 12, MAX_DEPTH + 2]))
    else:
        parent[path[-1]] = rng.choice(_ODD)
    return body


def _pair_and_merged(shapes: Shapes, shape: Shape, branch: Any, statuses: bool, registry: Any) -> tuple[Any, Any]:
    defs = _depth_limits(MAX_DEPTH)
    closed = shapes.closed(shape, statuses=statuses, max_depth=MAX_DEPTH)
    pair = {"$schema": _DIALECT, "allOf": rebased([closed, branch]), "$defs": defs}
    merged = {"$schema": _DIALECT, "allOf": rebased([shapes.merged(shape, statuses=statuses, max_depth=MAX_DEPTH)])}
    merged["$defs"] = defs
    return (
        jsonschema_rs.validator_for(pair, registry=registry),
        jsonschema_rs.validator_for(merged, registry=registry),
    )


class _Counting(Shapes):
    """Shapes that count the places `merged` keeps whole (each calls `closed` there)."""

    whole = 0
    _inside = False

    def closed(self, shape: Shape, **options: Any) -> Any:
        if self._inside:
            return super().closed(shape, **options)
        self.whole += 1
        self._inside = True
        try:
            return super().closed(shape, **options)
        finally:
            self._inside = False


def _whole_places(shapes: Shapes, shape: Shape) -> int:
    counting = _Counting(SimpleNamespace(document=shapes.document))  # type: ignore[arg-type]
    counting.merged(counting.shape(shape.schemas), statuses=False, max_depth=MAX_DEPTH)
    return counting.whole


def test_merged_accepts_what_the_pair_accepts_on_every_operation() -> None:
    desc = description()
    shapes = Shapes(desc)
    registry = components_registry(desc.document["components"])
    recorded: dict[str, list[Any]] = {}
    for path in sorted(RECORDINGS.glob("*/*.json")):
        recorded.setdefault(path.parent.name, []).append(
            json.loads(path.read_text(encoding="utf-8"))["response"]["body"]
        )
    rng = random.Random(2026)
    agreed = accepted = refused = 0
    fully_merged = 0
    for op in desc.operations.values():
        if "oneOf" not in op.response_schema:
            continue
        branch = op.response_schema["oneOf"][0]
        shape = shapes.root(op, True)
        fully_merged += _whole_places(shapes, shape) == 0
        bodies = recorded.get(op.operation_id, [])
        candidates = [b for body in bodies for b in [body] + [_mutated(body, rng) for _ in range(40)]]
        for statuses in (False, True):
            pair, merged = _pair_and_merged(shapes, shape, branch, statuses, registry)
            for candidate in candidates:
                expected = pair.is_valid(candidate)
                assert merged.is_valid(candidate) == expected, (op.operation_id, statuses, candidate)
                agreed += 1
                accepted += expected
                refused += not expected
    print(
        f"merged schemas: {agreed:,} verdicts equal to the pair's ({accepted:,} accepted, {refused:,} refused); "
        f"{fully_merged} of {len(desc.operations)} operations merged at every place"
    )
    assert accepted > 500 and refused > 1000, (accepted, refused)


def test_merged_with_extra_members_accepts_what_the_depth_guard_and_schema_accept() -> None:
    """`merged(..., extra=True)`, what `accepts_success` compiles: the success schema beside the depth
    guard over the whole body, in one walk. On every operation's recordings and thousands of
    mutations (new members, holding deep values too), its verdict is the pair's."""
    desc = description()
    shapes = Shapes(desc)
    registry = components_registry(desc.document["components"])
    rng = random.Random(23)
    agreed = accepted = refused = 0
    defs = _depth_limits(MAX_DEPTH)
    for op in desc.operations.values():
        if "oneOf" not in op.response_schema:
            continue
        branch = op.response_schema["oneOf"][0]
        shape = shapes.root(op, True)
        pair = {"$schema": _DIALECT, "allOf": rebased([{"$ref": f"#/$defs/depth{MAX_DEPTH}"}, branch]), "$defs": defs}
        one = {
            "$schema": _DIALECT,
            "allOf": rebased([shapes.merged(shape, statuses=False, max_depth=MAX_DEPTH, extra=True)]),
        }
        one["$defs"] = defs
        pair_check = jsonschema_rs.validator_for(pair, registry=registry)
        one_check = jsonschema_rs.validator_for(one, registry=registry)
        bodies = [
            json.loads(p.read_text(encoding="utf-8"))["response"]["body"]
            for p in sorted((RECORDINGS / op.operation_id).glob("*.json"))
        ]
        candidates = [b for body in bodies for b in [body] + [_mutated(body, rng) for _ in range(40)]]
        candidates += [_with_deep_member(body, levels) for body in bodies for levels in (MAX_DEPTH - 4, MAX_DEPTH + 2)]
        for candidate in candidates:
            expected = pair_check.is_valid(candidate)
            assert one_check.is_valid(candidate) == expected, (op.operation_id, candidate)
            agreed += 1
            accepted += expected
            refused += not expected
    said = f"{agreed:,} verdicts equal to the pair's ({accepted:,} accepted, {refused:,} refused)"
    print(f"merged with extra members: {said}")
    assert accepted > 1000 and refused > 500, (accepted, refused)


def _with_deep_member(body: Any, levels: int) -> Any:
    """The body with a member the description does not name, nested `levels` deep, in its data."""
    if not isinstance(body, dict):
        return body
    data = body.get("data")
    if isinstance(data, dict):
        return {**body, "data": {**data, "x_deep": _deep(levels)}}
    return {**body, "x_deep": _deep(levels)}


# Small descriptions, one kind of place each: what merging folds and what it leaves whole.
_CASES: dict[str, dict[str, Any]] = {
    "allOf with a clash of types": {
        "Root": {
            "allOf": [
                {"type": "object", "properties": {"a": {"type": "integer"}}, "required": ["a"]},
                {
                    "type": ["object", "null"],
                    "properties": {"a": {"type": "integer", "minimum": 0}, "b": {"type": "string"}},
                    "required": ["b"],
                },
            ]
        },
    },
    "oneOf of objects": {
        "Root": {
            "oneOf": [
                {"type": "object", "properties": {"a": {"type": "integer"}}},
                {"type": "object", "properties": {"a": {"type": "integer"}, "b": {"type": "string"}}},
            ]
        },
    },
    "a $ref with a sibling": {
        "Root": {"type": "object", "properties": {"a": {"$ref": "#/components/schemas/Int", "maximum": 3}}},
        "Int": {"type": "integer"},
    },
    "a $ref to a $ref": {
        "Root": {"type": "object", "properties": {"a": {"$ref": "#/components/schemas/Alias"}}},
        "Alias": {"$ref": "#/components/schemas/Int", "minimum": 2},
        "Int": {"type": "integer"},
    },
    "additionalProperties false in one part": {
        "Root": {
            "allOf": [
                {"type": "object", "properties": {"a": {"type": "integer"}}, "additionalProperties": False},
                {"properties": {"b": {"type": "integer"}}},
            ]
        },
    },
    "a map and a free object": {
        "Root": {
            "type": "object",
            "properties": {
                "m": {"type": "object", "additionalProperties": {"type": "integer"}},
                "f": {"type": "object"},
                "any": {},
            },
        },
    },
    "arrays, false and nested items": {
        "Root": {
            "type": "object",
            "properties": {
                "l": {
                    "type": "array",
                    "items": {"type": "array", "items": {"type": "object", "properties": {"x": {"enum": [1, 2]}}}},
                },
                "no": False,
                "bare": {"type": "array"},
            },
        },
    },
    "status values": {
        "Root": {
            "type": "object",
            "properties": {"status": {"type": "integer", "x-status-values": {"0": "off", "1": "on"}}},
        },
    },
}
_INSTANCES: list[Any] = [
    {},
    {"a": 1},
    {"a": -1},
    {"a": 1, "b": "s"},
    {"a": "1", "b": "s"},
    {"b": "s"},
    {"a": 5},
    {"a": 2},
    {"a": 1, "c": 0},
    {"m": {"k": 1}},
    {"m": {"k": "v"}},
    {"f": {"deep": _deep(MAX_DEPTH + 3)}},
    {"f": {"x": 1}},
    {"any": _deep(5)},
    {"any": _deep(MAX_DEPTH + 3)},
    {"l": [[{"x": 1}]]},
    {"l": [[{"x": 3}]]},
    {"l": [[{"x": 1, "y": 0}]]},
    {"no": 1},
    {"bare": [1, [2]]},
    {"bare": [_deep(MAX_DEPTH + 3)]},
    {"status": 1},
    {"status": 7},
    {"status": "1"},
    None,
    [],
    3,
]


# The places each case keeps whole (the rest is folded into one node).
_WHOLE = {
    "allOf with a clash of types": 0,
    "oneOf of objects": 1,
    "a $ref with a sibling": 1,
    "a $ref to a $ref": 1,
    "additionalProperties false in one part": 1,
    "a map and a free object": 3,
    "arrays, false and nested items": 1,  # `no: false`
    "status values": 0,
}


@pytest.mark.parametrize("case", sorted(_CASES))
def test_each_kind_of_place_accepts_what_the_pair_accepts(case: str) -> None:
    document = {"components": {"schemas": _CASES[case]}}
    shapes = Shapes(SimpleNamespace(document=document))  # type: ignore[arg-type]
    branch = {"$ref": "#/components/schemas/Root"}
    shape = shapes.shape([branch])
    registry = components_registry(document["components"])
    assert _whole_places(shapes, shape) == _WHOLE[case]
    for statuses in (False, True):
        pair, merged = _pair_and_merged(shapes, shape, branch, statuses, registry)
        for instance in _INSTANCES:
            assert merged.is_valid(instance) == pair.is_valid(instance), (case, statuses, instance)
