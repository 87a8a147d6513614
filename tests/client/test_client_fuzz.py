"""Fuzz every operation's response handling with hypothesis: whatever the body, a call returns the
operation's typed data or raises a BiliError subclass, nothing else.

Bodies: recordings with members deleted, retyped or replaced, `data` of the wrong kind, error
envelopes with any code, random JSON values, malformed and truncated JSON, random bytes, lone
surrogates, huge numbers, NaN, and nesting past every recursion limit. One client per operation;
its MockTransport answers with the current body. NO_PAUSE: one request per body.
"""

from __future__ import annotations

import copy
import json
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bilispec import errors
from bilispec.client._client import BiliClient
from bilispec.client.retries import RetryPolicy

from ..client_support import (
    all_operation_ids,
    assert_typed_data,
    recordings_by_operation,
    sync_client,
    valid_params,
)

OPERATIONS = all_operation_ids()
BODIES = {o: [rec["response"]["body"] for _case, rec in recordings_by_operation()[o]] for o in OPERATIONS}

# The transport answers with CURRENT; every answer is counted, so the figure is what was really sent.
CURRENT: dict[str, Any] = {"status": 200, "content_type": "application/json", "content": b"{}"}
STATS = {"bodies": 0, "returned": 0, "raised": 0}
RAISED: dict[str, int] = {}
PER_OPERATION: dict[str, int] = dict.fromkeys(OPERATIONS, 0)

# One request per body, and no client-wide wait after the risk-control codes the fuzzer sends.
NO_PAUSE = RetryPolicy(max_attempts=1, risk_control_pause=0.0)


def _answer(request: httpx.Request) -> httpx.Response:
    STATS["bodies"] += 1
    return httpx.Response(
        CURRENT["status"], headers={"Content-Type": CURRENT["content_type"]}, content=CURRENT["content"]
    )


CLIENTS: dict[str, BiliClient] = {}


def client_for(operation_id: str) -> BiliClient:
    if operation_id not in CLIENTS:
        CLIENTS[operation_id] = sync_client(_answer, retry=NO_PAUSE)
    return CLIENTS[operation_id]


def exercise(operation_id: str, content: bytes, status: int = 200, content_type: str = "application/json") -> None:
    """One call with one body: typed data or a BiliError. Anything else fails the test (and shrinks)."""
    CURRENT.update(status=status, content_type=content_type, content=content)
    PER_OPERATION[operation_id] += 1
    try:
        result = client_for(operation_id).call(operation_id, **valid_params(operation_id))
    except errors.BiliError as exc:
        STATS["raised"] += 1
        RAISED[type(exc).__name__] = RAISED.get(type(exc).__name__, 0) + 1
        assert str(exc).startswith(f"{operation_id}: ")
        return
    STATS["returned"] += 1
    assert status == 200, f"HTTP {status} returned data"
    body = json.loads(content)
    assert isinstance(body, dict) and body.get("code") == 0, "only a success envelope returns data"
    data = body.get("data")
    assert_typed_data(operation_id, result, data if isinstance(data, dict) else None)


# ---------------------------------------------------------------------------------------------
# Strategies. Every strategy object is built once, at import: building one inside a draw costs more
# than the call under test. Choices within a list are drawn as an index (INDEX % len), for the same
# reason.

INDEX = st.integers(0, 2**16)
BOOL = st.booleans()
SCALARS = (
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**70), max_value=2**70)
    | st.floats(allow_nan=True, allow_infinity=True)
    | st.text(max_size=12)
)
JSON_VALUES = st.recursive(
    SCALARS,
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4),
    max_leaves=8,
)
# Replacement values for members: every JSON kind, edge numbers and text, a few nested shapes.
POOL: list[Any] = [
    *(None, True, False, 0, 1, -1, 2**31, 2**63, -(2**63) - 1, 10**30, 0.5, -0.0, 1e308),
    *(float("inf"), float("nan"), "", "0", "1", "abc", "\u0000", "null", "[]", "{}", "测试", "\ud800"),
    *("2025-10-02 20:58:21", [], [None], [1, 2], ["a"], [{}], [[]], {}, {"": None}, {"code": 0}),
    *({"data": []}, {"a": {"b": {"c": [1]}}}),
]
OTHER_KINDS: list[Any] = [None, True, 7, -1.5, "7", [], [1, "a"], {}, {"x": None}]


def pick(draw: st.DrawFn, items: list[Any]) -> Any:
    return copy.deepcopy(items[draw(INDEX) % len(items)])  # bodies are changed in place: never share


OPERATION = st.sampled_from(OPERATIONS)
ACTIONS = st.sampled_from(["delete", "retype", "replace", "replace"])
MUTATIONS = st.integers(1, 3)


def _paths(value: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Every member path of a JSON value (root excluded)."""
    found: list[tuple[Any, ...]] = []
    items = value.items() if isinstance(value, dict) else enumerate(value) if isinstance(value, list) else []
    for key, child in items:
        found.append((*prefix, key))
        found += _paths(child, (*prefix, key))
    return found


def _parent(body: Any, path: tuple[Any, ...]) -> Any:
    node = body
    for key in path[:-1]:
        node = node[key]
    return node


BODY_TEXTS = {o: [json.dumps(b) for b in bodies] for o, bodies in BODIES.items()}


def _recording(draw: st.DrawFn, operation_id: str) -> Any:
    """A fresh copy of one of the operation's recorded bodies (parsing is faster than deepcopy)."""
    texts = BODY_TEXTS[operation_id]
    return json.loads(texts[draw(INDEX) % len(texts)])


@st.composite
def mutated_recording(draw: st.DrawFn) -> tuple[str, bytes]:
    """A recording's body with one to three members deleted, retyped, or replaced by an odd value."""
    operation_id = draw(OPERATION)
    body = _recording(draw, operation_id)
    for _ in range(draw(MUTATIONS)):
        paths = _paths(body)
        if not paths:
            break
        path = pick(draw, paths)
        parent = _parent(body, path)
        action = draw(ACTIONS)
        if action == "delete":
            del parent[path[-1]]
        elif action == "retype":
            parent[path[-1]] = pick(draw, [k for k in OTHER_KINDS if type(k) is not type(parent[path[-1]])])
        else:
            parent[path[-1]] = pick(draw, POOL)
    return operation_id, json.dumps(body, ensure_ascii=draw(BOOL)).encode("utf-8", "surrogatepass")


CODES = st.sampled_from([0, 0, 0, -101, -111, -352, -400, -412, 1, 301, 4001]) | st.integers(-(2**40), 2**40)
MESSAGES = st.sampled_from(["0", "", "ok"]) | SCALARS
DATA_CHOICE = st.integers(0, 5)


@st.composite
def any_envelope(draw: st.DrawFn) -> tuple[str, bytes]:
    """An envelope of any code whose `data` is of any kind (random JSON included), or absent."""
    operation_id = draw(OPERATION)
    body: dict[str, Any] = {"code": draw(CODES), "message": draw(MESSAGES)}
    if draw(BOOL):
        body["ttl"] = 1
    if draw(BOOL):
        body["msg"] = draw(MESSAGES)
    choice = draw(DATA_CHOICE)
    if choice == 1:
        body["data"] = draw(JSON_VALUES)
    elif choice > 1:
        body["data"] = pick(draw, POOL)
    return operation_id, json.dumps(body).encode("utf-8", "surrogatepass")


@st.composite
def random_json(draw: st.DrawFn) -> tuple[str, bytes]:
    """Any JSON value at all as the body."""
    return draw(OPERATION), json.dumps(draw(JSON_VALUES)).encode("utf-8", "surrogatepass")


HOW = st.sampled_from(["truncate", "flip", "text", "trailing"])
TEXT = st.text(max_size=40)
BYTE = st.integers(0, 255)


@st.composite
def malformed_json(draw: st.DrawFn) -> tuple[str, bytes]:
    """Recordings cut short, with a byte changed or something appended, or random text."""
    operation_id = draw(OPERATION)
    text = json.dumps(_recording(draw, operation_id), ensure_ascii=False).encode()
    how = draw(HOW)
    if how == "truncate":
        return operation_id, text[: draw(INDEX) % len(text)]
    if how == "flip":
        at = draw(INDEX) % len(text)
        return operation_id, text[:at] + bytes([draw(BYTE)]) + text[at + 1 :]
    if how == "trailing":
        return operation_id, text + pick(draw, [b",", b"}", b"]", b" x", b"\x00"])
    return operation_id, draw(TEXT).encode("utf-8", "surrogatepass")


BINARY = st.binary(max_size=64)


@st.composite
def random_bytes(draw: st.DrawFn) -> tuple[str, bytes]:
    return draw(OPERATION), draw(BINARY)


ODD_VALUES = ['"\\ud800"', '"\\udc00x"', "NaN", "-Infinity", "1e400", "123456789012345678901234567890", "-0.0", "1.0"]


@st.composite
def odd_json(draw: st.DrawFn) -> tuple[str, bytes]:
    """Valid JSON text that Python reads into something unusual: lone surrogates, NaN, huge numbers,
    duplicate keys, deep nesting, UTF-16 and UTF-32."""
    operation_id = draw(OPERATION)
    body = _recording(draw, operation_id)
    paths = _paths(body)
    marker = "__odd__"
    if draw(BOOL):  # half of them error envelopes: their bodies are scrubbed into the exception
        body["code"] = pick(draw, [-101, -352, -400, 65530])
    if paths and draw(BOOL):
        path = pick(draw, paths)
        _parent(body, path)[path[-1]] = marker
    else:
        body[pick(draw, ["\ud800", "code", "data", "x"])] = marker
    text = json.dumps(body).replace(f'"{marker}"', pick(draw, ODD_VALUES))
    if draw(BOOL):
        text = text.replace("{", '{"code": 0, ', 1)  # a duplicate key: the last one wins
    # Hypothesis raises the recursion limit by about 2000 while a test runs, so the depths that
    # parse but break recursive code lie higher here than in a plain call (test_client_errors).
    depth = pick(draw, [0, 0, 0, 30, 80, 300, 600, 900, 1200, 1500, 1800, 5000])
    if depth:
        text = text.replace('"code"', '"deep": ' + "[" * depth + "]" * depth + ', "code"', 1)
    return operation_id, text.encode(pick(draw, ["utf-8", "utf-8", "utf-16", "utf-32"]), "surrogatepass")


# Mostly 200 (as the API answers), so that most bodies reach validation and parsing.
STATUS = st.sampled_from([200] * 24 + [201, 204, 302, 404, 412, 500, 503])
CONTENT_TYPE = st.sampled_from(["application/json", "application/json; charset=utf-8", "text/html", ""])
FUZZ_SETTINGS = settings(
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much],
)

# examples per strategy; at least 10,000 bodies in all
PLAN = {
    "mutated recording": (mutated_recording(), 4000),
    "envelopes of any code, data of any kind": (any_envelope(), 1600),
    "random JSON values": (random_json(), 800),
    "malformed JSON": (malformed_json(), 1600),
    "random bytes": (random_bytes(), 800),
    "odd JSON (surrogates, NaN, huge numbers, deep nesting, UTF-16/32)": (odd_json(), 1600),
}


# Several bodies per hypothesis example: the engine's fixed cost per example is larger than a call's.
BATCH = 16


@pytest.mark.parametrize("kind", PLAN)
def test_fuzz(kind: str) -> None:
    strategy, bodies = PLAN[kind]
    before = STATS["bodies"]
    case = st.tuples(strategy, STATUS, CONTENT_TYPE)

    @settings(FUZZ_SETTINGS, max_examples=bodies // BATCH)
    @given(cases=st.lists(case, min_size=BATCH, max_size=BATCH))
    def run(cases: list[tuple[tuple[str, bytes], int, str]]) -> None:
        for (operation_id, content), status, content_type in cases:
            exercise(operation_id, content, status, content_type)

    run()
    sent = STATS["bodies"] - before
    assert sent >= bodies * 0.95, f"{kind}: only {sent} bodies sent"
