"""The fast parse path (issue 6) gives the answers the plain one gave.

A response is read by msgspec with json as the fallback, judged by one jsonschema-rs pass
(`accepts_success`: a valid success, nested at most MAX_DEPTH levels), and built by the generated
from_dict of the custom templates. Each shortcut is checked here against the slow path it replaces.
"""

from __future__ import annotations

import copy
import gc
import json
import math
import pickle
from typing import Any

import httpx
import pytest
from bilispec_generated.models import LiveSessionData, LiveSessionDataResponse, SessionDataPoint, VoteHistory
from hypothesis import given, settings
from hypothesis import strategies as st

from bilispec.client.retries import NO_RETRY
from bilispec.core.jsonread import read_json as _read_json
from bilispec.core.validation import MAX_DEPTH, ResponseValidator, deeper_than

from ..client_support import Recorder, json_response, recordings_by_operation, sync_client

# ---------------------------------------------------------------------------------------------
# Reading: whatever the bytes, the same value (types included) or the same refusal as json.loads,
# but for NaN, Infinity and numbers past a double, which read_json refuses (core/jsonread.py).


def same(a: Any, b: Any) -> bool:
    if type(a) is not type(b):
        return False
    if isinstance(a, dict):
        return list(a) == list(b) and all(same(a[k], b[k]) for k in a)
    if isinstance(a, list):
        return len(a) == len(b) and all(same(x, y) for x, y in zip(a, b, strict=True))
    if isinstance(a, float):
        return (math.isnan(a) and math.isnan(b)) or (a == b and math.copysign(1, a) == math.copysign(1, b))
    return bool(a == b)


def outcome(read: Any, content: bytes) -> Any:
    try:
        return read(content)
    except (ValueError, RecursionError) as exc:
        return type(exc)


def finite(value: Any) -> bool:
    """No NaN or infinity anywhere (json.loads reads `NaN`, `Infinity` and `1e400` as such floats)."""
    if isinstance(value, float):
        return math.isfinite(value)
    if isinstance(value, dict):
        return all(finite(v) for v in value.values())
    if isinstance(value, list):
        return all(finite(v) for v in value)
    return True


def assert_reads_like_json(content: bytes) -> None:
    expected, got = outcome(json.loads, content), outcome(_read_json, content)
    if not isinstance(expected, type) and not finite(expected):
        expected = ValueError  # jsonread's choice: NaN and Infinity are not JSON, 1e400 is too large
    if isinstance(expected, type):
        assert isinstance(got, type) and issubclass(got, expected), (content[:200], got, expected)
    else:
        assert same(got, expected), (content[:200], got, expected)


SCALARS = (
    st.none()
    | st.booleans()
    | st.integers(-(2**70), 2**70)
    | st.floats(allow_nan=True, allow_infinity=True)
    | st.text(st.characters(codec=None, exclude_categories=()), max_size=8)
)
VALUES = st.recursive(
    SCALARS, lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(), inner, max_size=4)
)


@settings(max_examples=250, deadline=None)
@given(value=VALUES, ascii_only=st.booleans(), encoding=st.sampled_from(["utf-8", "utf-8", "utf-16", "utf-32"]))
def test_reads_json_values_like_json(value: Any, ascii_only: bool, encoding: str) -> None:
    assert_reads_like_json(json.dumps(value, ensure_ascii=ascii_only).encode(encoding, "surrogatepass"))


@settings(max_examples=300, deadline=None)
@given(content=st.binary(max_size=40))
def test_reads_any_bytes_like_json(content: bytes) -> None:
    assert_reads_like_json(content)


@pytest.mark.parametrize(
    "text",
    [
        '"\\ud800"',
        '{"\\udc00": 1}',
        "NaN",
        "-Infinity",
        "1e400",
        "123456789012345678901234567890",
        "-9223372036854775809",
        "18446744073709551616",
        "-0",
        "-0.0",
        "2.5e-324",
        '{"a": 1, "a": 2}',
        "\ufeff{}",
        " {} ",
        "{} x",
        "",
        "[" * 2000 + "]" * 2000,
    ],
)
def test_reads_odd_json_like_json(text: str) -> None:
    assert_reads_like_json(text.encode("utf-8", "surrogatepass"))


# ---------------------------------------------------------------------------------------------
# Judging: accepts_success says yes exactly when the full check finds a valid success within MAX_DEPTH.


def full_check(validator: ResponseValidator, operation_id: str, body: Any) -> bool:
    return (
        isinstance(body, dict)
        and body.get("code") == 0
        and not deeper_than(body, MAX_DEPTH)
        and not validator.validate(operation_id, body)
    )


def variants(body: Any) -> list[Any]:
    """The body, each leaf retyped, each member removed, an unknown member, and deep nesting beside data."""
    out = [body]

    def walk(node: Any, path: list[Any]) -> None:
        items = node.items() if isinstance(node, dict) else enumerate(node) if isinstance(node, list) else ()
        for key, child in items:
            if isinstance(child, dict | list):
                walk(child, [*path, key])
                continue
            for replacement in ("1", 1, 1.5, None, True, [], {}):
                if type(replacement) is not type(child):
                    changed = copy.deepcopy(body)
                    target = changed
                    for step in path:
                        target = target[step]
                    target[key] = replacement
                    out.append(changed)
                    break
        if isinstance(node, dict):
            for key in list(node)[:3]:
                dropped = copy.deepcopy(body)
                target = dropped
                for step in path:
                    target = target[step]
                del target[key]
                out.append(dropped)

    walk(body, [])
    for depth in (MAX_DEPTH - 2, MAX_DEPTH - 1, MAX_DEPTH, MAX_DEPTH + 5, 300):
        nested: Any = 1
        for level in range(depth):
            nested = [nested] if level % 2 else {"a": nested}
        out.append({**body, "extra": nested})
    out.append({**body, "code": 0.0})
    out.append({**body, "code": -400})
    return out


def test_accepts_success_agrees_with_the_full_check(validator: ResponseValidator) -> None:
    judged = accepted = 0
    for operation_id, recordings in recordings_by_operation().items():
        for _case, rec in recordings:
            for body in variants(rec["response"]["body"]):
                expected = full_check(validator, operation_id, body)
                assert validator.accepts_success(operation_id, body, MAX_DEPTH) == expected, (operation_id, body)
                judged += 1
                accepted += expected
    assert judged > 1000 and 0 < accepted < judged


# ---------------------------------------------------------------------------------------------
# Building: the templates' from_dict.


def test_from_dict_keeps_unknown_members_apart() -> None:
    data = {"session_data": [{"ts": 1, "value": 2, "new": "x"}, {"ts": 3}], "max_pcu": 4, "later": {"a": [1]}}
    model = LiveSessionData.from_dict(data)
    first, second = model.session_data[0], model.session_data[1]  # type: ignore[index]
    assert (first.ts, first.value, first.additional_properties) == (1, 2, {"new": "x"})
    assert (second.ts, second.additional_properties) == (3, {})
    assert model.max_pcu == 4 and model.additional_properties == {"later": {"a": [1]}}
    assert model.to_dict() == data
    assert data == {"session_data": [{"ts": 1, "value": 2, "new": "x"}, {"ts": 3}], "max_pcu": 4, "later": {"a": [1]}}


def test_the_unknown_members_dict_is_made_on_first_use_and_behaves_as_a_field() -> None:
    """additional_properties is not built for each object, yet reads, compares, copies and pickles as
    a field that was always there; other missing attributes are still an AttributeError."""
    point, other = SessionDataPoint(1, 2), SessionDataPoint(1, 2)
    assert point == other and repr(point) == "SessionDataPoint(ts=1, value=2)"
    assert point.additional_properties == {} and point == other  # one made, the other not yet
    point["new"] = 5
    assert point != other and "new" in point and point.additional_keys == ["new"]
    assert point.to_dict() == {"ts": 1, "value": 2, "new": 5}
    for copied in (copy.deepcopy(point), pickle.loads(pickle.dumps(point))):
        assert copied == point and copied.additional_properties == {"new": 5}
    fresh = SessionDataPoint(3)
    fresh.additional_properties["x"] = 1  # written through the attribute, as before
    assert fresh.to_dict() == {"ts": 3, "x": 1}
    assert SessionDataPoint(4).additional_properties is not SessionDataPoint(4).additional_properties
    with pytest.raises(AttributeError, match="'SessionDataPoint' object has no attribute 'vaule'"):
        point.vaule  # noqa: B018
    assert not hasattr(point, "vaule")


def test_from_dict_of_a_body_without_a_required_member_is_a_key_error_as_before() -> None:
    with pytest.raises(KeyError):
        SessionDataPoint.from_dict({"value": 1})
    with pytest.raises(ValueError, match="const 0"):
        LiveSessionDataResponse.from_dict({"code": 1, "message": "", "data": {}})


def test_every_recorded_success_round_trips_through_its_model() -> None:
    """Positional construction puts each value in its own field: to_dict gives the body back."""
    from bilispec.client._engine import _success_model
    from bilispec.core.description import description

    checked = 0
    for operation_id, recordings in recordings_by_operation().items():
        model = _success_model(description()[operation_id])
        for _case, rec in recordings:
            body = rec["response"]["body"]
            if model is not None and body.get("code") == 0:
                assert model.from_dict(body).to_dict() == body, operation_id
                checked += 1
    assert checked >= 30


@pytest.mark.parametrize("collecting", [True, False])
def test_the_collector_is_left_as_it_was(collecting: bool) -> None:
    body = {"code": 0, "message": "0", "data": {"history": [{"status": 5, "options": [{"idx": 1}]}]}}
    was = gc.isenabled()
    (gc.enable if collecting else gc.disable)()
    try:
        with sync_client(Recorder(json_response(body)), retry=NO_RETRY) as client:
            history = client.call("get_vote_history", room_id=1)
        assert isinstance(history, VoteHistory)
        assert gc.isenabled() is collecting
    finally:
        (gc.enable if was else gc.disable)()


def test_a_wrong_type_is_the_library_error_not_a_python_one() -> None:
    from bilispec import errors

    body = {"code": 0, "message": "0", "data": {"session_data": [{"ts": "1752927300", "value": 0}]}}
    response = httpx.Response(200, headers={"Content-Type": "application/json"}, content=json.dumps(body).encode())
    with (
        sync_client(Recorder(response), retry=NO_RETRY) as client,
        pytest.raises(errors.ResponseValidationError) as info,
    ):
        client.call("get_live_session_data", live_key="1", start_tm="2025-01-01 00:00:00", end_tm="2025-01-02 00:00:00")
    assert [v.pointer for v in info.value.violations] == ["/data/session_data/0/ts"]
