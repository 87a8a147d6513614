"""The description is strict where it must be and tolerant where the server varies.

- Every success recording, with any leaf under `data` flipped to another JSON type, is rejected.
- Error envelopes are accepted whatever `data` holds, with or without `ttl`, with `msg`.
- Envelopes that break the envelope itself (no code, code of the wrong type) are rejected.
"""

from __future__ import annotations

import copy
from collections.abc import Iterator
from typing import Any

import pytest

from bilispec.core.description import Description
from bilispec.core.validation import ResponseValidator

from ..conftest import load_recording, recording_files, report_figure

# One value of each JSON type; a leaf is replaced by every one whose type differs from its own.
SAMPLES: dict[str, Any] = {"string": "mutant", "integer": 7, "number": 0.25, "boolean": True, "null": None}
SAMPLES_COMPOSITE: dict[str, Any] = {"object": {"mutant": 1}, "array": [1]}

# Leaves the seed pages leave untyped, so any JSON type is accepted there. Keep this list short and
# explain each entry in spec/NOTES.md.
UNTYPED: set[tuple[str, str]] = set()


def json_type(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, str):
        return "string"
    return "array" if isinstance(value, list) else "object"


def leaves(node: Any, pointer: tuple[Any, ...] = ()) -> Iterator[tuple[tuple[Any, ...], Any]]:
    if isinstance(node, dict):
        for key, value in node.items():
            yield from leaves(value, (*pointer, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from leaves(value, (*pointer, index))
    else:
        yield pointer, node


def replacements(value: Any) -> list[Any]:
    own = json_type(value)
    out = [v for t, v in {**SAMPLES, **SAMPLES_COMPOSITE}.items() if t != own]
    if own == "number":  # an integer is also a JSON number: not a type change for a number field
        out = [v for v in out if json_type(v) != "integer"]
    return out


def set_at(body: Any, pointer: tuple[Any, ...], value: Any) -> Any:
    mutant = copy.deepcopy(body)
    node = mutant
    for part in pointer[:-1]:
        node = node[part]
    node[pointer[-1]] = value
    return mutant


def schema_pattern(pointer: tuple[Any, ...]) -> str:
    return "/" + "/".join("*" if isinstance(p, int) else str(p) for p in pointer)


SUCCESS = [p for p in recording_files() if load_recording(p)["response"]["body"].get("code") == 0]


def test_every_type_mutant_of_data_is_rejected(validator: ResponseValidator) -> None:
    total = rejected = 0
    accepted: list[str] = []
    untyped_seen: set[str] = set()
    for path in SUCCESS:
        rec = load_recording(path)
        op, body = rec["operation_id"], rec["response"]["body"]
        if "data" not in body:  # the watch reports answer without data
            continue
        for pointer, value in leaves(body["data"], ("data",)):
            if (op, schema_pattern(pointer)) in UNTYPED:
                untyped_seen.add(f"{op} {schema_pattern(pointer)}")
                continue
            for replacement in replacements(value):
                total += 1
                if validator.is_valid(op, set_at(body, pointer, replacement)):
                    accepted.append(f"{path.parent.name}/{path.name} {schema_pattern(pointer)} := {replacement!r}")
                else:
                    rejected += 1
    report_figure(f"type mutants under data: {rejected}/{total} rejected ({100 * rejected / max(total, 1):.1f}%)")
    report_figure(f"untyped leaves skipped: {sorted(untyped_seen) or 'none'}")
    assert total > 1000
    assert not accepted, f"{len(accepted)} mutants accepted:\n" + "\n".join(accepted[:50])


def test_mutating_envelope_members_is_rejected(validator: ResponseValidator) -> None:
    for path in SUCCESS:
        rec = load_recording(path)
        op, body = rec["operation_id"], rec["response"]["body"]
        for member in ("code", "message", "ttl", "msg"):
            if member not in body:
                continue
            for replacement in replacements(body[member]):
                assert not validator.is_valid(op, {**body, member: replacement}), (op, member, replacement)


ERROR_DATA: list[Any] = [None, {}, [], "some text", {"v_voucher": "voucher_123"}, {"list": None}, 0]


def test_error_envelopes_of_every_shape_are_accepted(desc: Description, validator: ResponseValidator) -> None:
    shapes = 0
    for op in desc.operations:
        for code in (-101, -111, -400, -352, -412, 1, *desc[op].error_codes):
            if code == 0:
                continue
            base = {"code": code, "message": "错误"}
            variants = [base, {**base, "ttl": 1}, {**base, "msg": "错误", "ttl": 1}]
            variants += [{**base, "ttl": 1, "data": d} for d in ERROR_DATA]
            for body in variants:
                shapes += 1
                assert validator.validate(op, body) == [], (op, body)
    report_figure(f"error envelope shapes accepted: {shapes}")


@pytest.mark.parametrize(
    "body",
    [
        {"message": "0", "ttl": 1, "data": {}},  # no code
        {"code": "0", "message": "0", "data": {}},  # code as text
        {"code": -101, "message": 101},  # message of the wrong type
        {"code": -101, "message": "x", "ttl": "1"},  # ttl of the wrong type
        {"code": 0.5, "message": "x"},  # code not an integer
        [],
        "<html>412</html>",
        None,
    ],
)
def test_broken_envelopes_are_rejected(body: Any, desc: Description, validator: ResponseValidator) -> None:
    for op in desc.operations:
        assert validator.validate(op, body), (op, body)


def test_violation_names_pointer_and_rule(validator: ResponseValidator) -> None:
    body = {"code": 0, "message": "0", "ttl": 1, "data": {"interaction_id": "120008099262976"}}
    (violation,) = validator.validate("create_vote", body)
    assert violation.pointer == "/data/interaction_id"
    assert violation.rule == "type"
    assert violation.expected == '"integer"'
    assert violation.found == '"120008099262976"'
