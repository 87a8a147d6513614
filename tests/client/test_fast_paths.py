"""The fast paths give what the slow paths give: drift skipped only when the walk finds none, lists
of models built in one comprehension equal to from_dict item by item, capture bodies read by msgspec
equal to json.loads."""

from __future__ import annotations

import copy
import json
import random
from pathlib import Path
from typing import Any

import httpx
import pytest
from bilispec_generated.models import SessionDataPoint, SilentUser

from bilispec import BiliClient
from bilispec.core.description import build, description
from bilispec.core.shapes import canonical_int
from bilispec.core.validation import MAX_DEPTH, ResponseValidator, deeper_than, shared_validator
from bilispec.tools.capture import parse_json_body
from bilispec.tools.drift import DriftFinder

RECORDINGS = Path(__file__).parent.parent / "recordings"


def _recorded() -> list[tuple[str, Any]]:
    out = []
    for path in sorted(RECORDINGS.glob("*/*.json")):
        body = json.loads(path.read_text(encoding="utf-8"))["response"]["body"]
        out.append((path.parent.name, body))
    return out


def _places(value: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Every object and scalar place in a body, by its path."""
    found = [path]
    if isinstance(value, dict):
        for name, member in value.items():
            found += _places(member, (*path, name))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            found += _places(item, (*path, index))
    return found


def _mutated(body: Any, rng: random.Random) -> Any:
    """The body with an unknown member added, or a scalar replaced by a status-like value."""
    body = copy.deepcopy(body)
    path = rng.choice(_places(body))
    parent: Any = body
    for step in path[:-1]:
        parent = parent[step]
    target = body if not path else parent[path[-1]]
    if isinstance(target, dict) and rng.random() < 0.6:
        target[rng.choice(["brand_new", "ts", "status", "code", "x"])] = rng.choice([1, "1", None, {}, [1], 99])
    elif path:
        parent[path[-1]] = rng.choice([0, 1, 2, 3, -1, 99, "1", "99", "x", True, 1.0, 2.5, None, 2**70])
    return body


def _walk_only(finder: DriftFinder, op: Any, body: Any, monkeypatch: pytest.MonkeyPatch) -> list[Any]:
    with monkeypatch.context() as m:
        m.setattr(finder, "_surely_known", lambda *a: False)
        return finder.find(op, body)


def test_drift_fast_path_agrees_with_the_walk(monkeypatch: pytest.MonkeyPatch) -> None:
    desc = description()
    finder = DriftFinder(desc)
    rng = random.Random(14)
    skipped = walked = 0
    for operation_id, body in _recorded():
        op = desc[operation_id]
        for candidate in [body] + [_mutated(body, rng) for _ in range(12)]:
            expected = _walk_only(finder, op, candidate, monkeypatch)
            assert finder.find(op, candidate) == expected, (operation_id, candidate)
            code = candidate.get("code") if isinstance(candidate, dict) else None
            success = code == 0 if isinstance(code, int) and not isinstance(code, bool) else True
            if finder._surely_known(op, success, candidate):
                skipped += 1
                assert not [d for d in expected if d.kind != "code"]
            else:
                walked += 1
    # Both paths were taken: the recordings mostly skip the walk, the mutations mostly need it.
    assert skipped > 100 and walked > 50, (skipped, walked)


def test_closed_schema_refuses_unknown_members_and_status_values() -> None:
    desc = description()
    finder = DriftFinder(desc)
    op = desc["stop_live"]
    body = next(b for o, b in _recorded() if o == "stop_live" and b.get("code") == 0)
    assert finder._surely_known(op, True, body)
    assert not finder._surely_known(op, True, {**body, "new_member": 1})
    assert "change" in body["data"]
    unknown_status = {**body, "data": {**body["data"], "change": 12345}}
    assert not finder._surely_known(op, True, unknown_status)
    assert [d.kind for d in finder.find(op, unknown_status)] == ["status-value"]


def test_canonical_ints() -> None:
    assert canonical_int("1") and canonical_int("-3")
    assert not canonical_int("01") and not canonical_int("x")
    assert not canonical_int(str(2**70))


def _parsed(engine: Any, op: Any, body: Any, described: bool) -> Any:
    data = engine._parse_success(op, copy.deepcopy(body), described=described)
    return data.to_dict() if hasattr(data, "to_dict") else data


def test_described_success_fast_path_is_sound(monkeypatch: pytest.MonkeyPatch) -> None:
    """What the client's first pass accepts, the open pass accepts too, the drift walk finds no new
    member in, and the models read the same with or without looking for unknown members."""
    client = BiliClient(sessdata="s", bili_jct="j", base_url="http://127.0.0.1:9")
    engine, validator = client._engine, client._engine.validator
    desc = description()
    finder = DriftFinder(desc)
    rng = random.Random(7)
    fast = slow = 0
    for operation_id, body in _recorded():
        op = desc[operation_id]
        for candidate in [body] + [_mutated(body, rng) for _ in range(12)]:
            if not validator.accepts_described_success(operation_id, candidate):
                slow += 1
                continue
            fast += 1
            assert validator.accepts_success(operation_id, candidate, MAX_DEPTH), (operation_id, candidate)
            members = [d for d in _walk_only(finder, op, candidate, monkeypatch) if d.kind == "member"]
            assert not members, (operation_id, candidate, members)
            engine_op = engine.operation(operation_id)
            assert _parsed(engine, engine_op, candidate, True) == _parsed(engine, engine_op, candidate, False)
    assert fast > 100 and slow > 50, (fast, slow)
    client.close()


def _nested(levels: int) -> Any:
    value: Any = 1
    for _ in range(levels):
        value = {"k": value}
    return value


def test_described_success_guards_the_depth_of_free_places() -> None:
    """`collaboration_live_extra` is a free-form object: what it holds is not described, so only its
    depth is checked; a body nested past MAX_DEPTH there is left to the slow path, which refuses it."""
    validator = ResponseValidator(description())
    body = next(b for o, b in _recorded() if o == "start_live" and b.get("code") == 0)
    shallow = copy.deepcopy(body)
    shallow["data"]["collaboration_live_extra"] = _nested(5)
    assert validator.accepts_described_success("start_live", shallow)
    for levels in (MAX_DEPTH - 2, MAX_DEPTH - 1, MAX_DEPTH, MAX_DEPTH + 5):
        deep = copy.deepcopy(body)
        deep["data"]["collaboration_live_extra"] = _nested(levels)
        fast = validator.accepts_described_success("start_live", deep)
        assert fast == (not deeper_than(deep, MAX_DEPTH)), levels
        assert fast == validator.accepts_success("start_live", deep, MAX_DEPTH), levels


def test_unknown_members_still_reach_the_models() -> None:
    """A list item with a new member takes the open path, and the member is kept on its model."""
    body = next(b for o, b in _recorded() if o == "get_live_session_data" and b.get("code") == 0)
    body = copy.deepcopy(body)
    body["data"]["session_data"][-1]["brand_new"] = {"x": 1}
    transport = httpx.MockTransport(lambda request: httpx.Response(200, json=body))
    with BiliClient(sessdata="s", bili_jct="j", http_client=httpx.Client(transport=transport)) as client:
        assert not client._engine.validator.accepts_described_success("get_live_session_data", body)
        data = client.call(
            "get_live_session_data", live_key="1", start_tm="2025-01-01 00:00:00", end_tm="2025-01-02 00:00:00"
        )
    assert data.session_data[-1].additional_properties == {"brand_new": {"x": 1}}
    assert data.session_data[0].additional_properties == {}
    assert data.to_dict()["session_data"][-1]["brand_new"] == {"x": 1}


def _as_dicts(models: list[Any]) -> list[dict[str, Any]]:
    return [m.to_dict() for m in models]


@pytest.mark.parametrize(
    "items",
    [
        [{"ts": 1, "value": 2}, {"ts": 2}],
        [{"ts": 1, "value": 2}, {"ts": 2, "extra": [1]}],  # an extra member: item by item
        [{"ts": 1, "value": None}],
        [],
    ],
)
def test_from_list_equals_from_dict(items: list[dict[str, Any]]) -> None:
    fast = SessionDataPoint._from_list(items)
    slow = [SessionDataPoint.from_dict(i) for i in items]
    assert fast == slow
    assert [f.additional_properties for f in fast] == [s.additional_properties for s in slow]
    assert _as_dicts(fast) == _as_dicts(slow)
    assert all(type(f) is SessionDataPoint for f in fast)


def test_from_list_keeps_explicit_nulls_and_errors() -> None:
    users = [{"tuid": 1, "uid": 2, "id": 3, "tname": "a"}, {"tuid": 1, "uid": 2, "id": 3, "msg": None}]
    fast, slow = SilentUser._from_list(users), [SilentUser.from_dict(u) for u in users]
    assert _as_dicts(fast) == _as_dicts(slow)
    with pytest.raises(KeyError):
        SessionDataPoint._from_list([{"ts": 1}, {"value": 1}])
    with pytest.raises(TypeError):
        SessionDataPoint._from_list([5])  # type: ignore[list-item]


def test_capture_refuses_nan_and_numbers_past_a_double() -> None:
    """Where json.loads differs on purpose (core/jsonread.py): NaN is not JSON, 1e400 too large."""
    assert parse_json_body(b'{"a": NaN}', "application/json")[1] == "not JSON (application/json: '{\"a\": NaN}')"
    problem = parse_json_body(b"[1e400]", "application/json")[1]
    assert problem is not None and "too large" in problem


@pytest.mark.parametrize(
    "raw",
    [
        b'{"a": 18446744073709551616, "b": -9223372036854775809, "c": 1.0000000000000002}',
        b'{"a": 1, "a": 2}',
        b'{"a": "\\ud800"}',
        b'\xef\xbb\xbf{"bom": true}',
        b'{"s": "\\u4e2d\\u6587", "t": "\xe4\xb8\xad"}',
    ],
)
def test_capture_reads_as_json_loads(raw: bytes) -> None:
    body, problem = parse_json_body(raw, "application/json")
    assert problem is None
    expected = json.loads(raw.decode("utf-8-sig"))
    assert json.dumps(body, sort_keys=True) == json.dumps(expected, sort_keys=True)
    assert repr(body) == repr(expected)


# --- the transport's cheaper steps -------------------------------------------------------------


def test_a_canned_inner_response_is_never_changed() -> None:
    """The success is handed on as the transport's own response: a handler that returns the same
    Response object every time gets it back untouched, and each call its own data."""
    import httpx

    from bilispec import BiliClient
    from bilispec.client.retries import NO_RETRY

    body = json.loads((RECORDINGS / "get_vote_panel" / "success-running-vote.json").read_text("utf-8"))
    canned = httpx.Response(200, headers={"Content-Type": "application/json"}, json=body["response"]["body"])
    http = httpx.Client(transport=httpx.MockTransport(lambda request: canned))
    with BiliClient(sessdata="s", bili_jct="j", base_url="http://api.test", retry=NO_RETRY, http_client=http) as c:
        first, second = c.call("get_vote_panel", room_id=1), c.call("get_vote_panel", room_id=1)
    assert first == second and first is not second
    assert canned.extensions == {}


def test_timeouts_are_capped_only_when_they_outlast_the_deadline() -> None:
    import httpx

    from bilispec.client._engine import Engine
    from bilispec.client.limits import Limits
    from bilispec.client.transport import Sender

    now = [100.0]
    engine = Engine(None, "http://api.test", None)
    transport = Sender(engine, httpx.Client(), sleep=lambda s: None, limits=Limits(deadline=30), clock=lambda: now[0])
    short = {"connect": 5.0, "read": 10.0, "write": 10.0, "pool": 10.0}
    request = httpx.Request("GET", "http://api.test/x", extensions={"timeout": dict(short)})
    transport._timeouts(request, 130.0)
    assert request.extensions["timeout"] == short
    request = httpx.Request("GET", "http://api.test/x", extensions={"timeout": {**short, "pool": None}})
    transport._timeouts(request, 130.0)
    assert request.extensions["timeout"] == {**short, "pool": 30.0}
    now[0] = 125.0
    request = httpx.Request("GET", "http://api.test/x", extensions={"timeout": dict(short)})
    transport._timeouts(request, 130.0)
    assert request.extensions["timeout"] == {"connect": 5.0, "read": 5.0, "write": 5.0, "pool": 5.0}


def test_a_pause_is_kept_without_pacing() -> None:
    import httpx

    from bilispec.client._engine import Engine
    from bilispec.client.transport import Sender

    now = [0.0]
    engine = Engine(None, "http://api.test", None)
    transport = Sender(engine, httpx.Client(), sleep=lambda s: None, clock=lambda: now[0])
    request = httpx.Request("GET", "http://api.test/x")
    op = engine.operation("get_vote_panel")
    assert transport._polite_wait(op, request, 1e9) == 0.0
    transport.politeness.pause(5.0)
    assert transport._polite_wait(op, request, 1e9) == 5.0
    now[0] = 6.0
    assert transport._polite_wait(op, request, 1e9) == 0.0


def test_clients_of_one_description_share_its_compiled_validators() -> None:
    """A new client does not compile again what another client of its description compiled; another
    description has its own, and not every description ever used is kept."""
    desc = description()
    assert shared_validator(desc) is shared_validator(desc)
    many = [build(copy.deepcopy(desc.document)) for _ in range(10)]  # more than it keeps
    first = shared_validator(many[0])
    assert first is not shared_validator(desc)
    for other in many[1:]:
        assert shared_validator(other) is shared_validator(other)
    assert shared_validator(many[0]) is not first  # let go, made afresh


def test_an_operation_with_new_members_is_checked_in_one_pass_until_they_go() -> None:
    """Once an operation's answer holds a member the description does not name, its answers take
    the open check alone (one walk of the body, not two), and one in DRIFT_RECHECK the described
    check first: when the server stops sending the member, the described path comes back. Every
    answer parses to what the two checks in turn give, and a violation is still refused."""
    from bilispec.client._engine import DRIFT_RECHECK
    from bilispec.errors import ResponseValidationError

    DAY = "2025-01-01 00:00:00"

    described = next(b for o, b in _recorded() if o == "get_live_session_data" and b.get("code") == 0)
    new = copy.deepcopy(described)
    new["data"]["brand_new"] = 1
    wrong = copy.deepcopy(new)
    wrong["data"]["session_data"] = "not a list"
    answers = (
        [described] * 3 + [new] * (2 * DRIFT_RECHECK + 5) + [wrong] + [new] * 3 + [described] * (DRIFT_RECHECK + 2)
    )
    given = iter(answers)
    transport = httpx.MockTransport(lambda request: httpx.Response(200, json=next(given)))
    calls: list[str] = []
    with BiliClient(sessdata="s", bili_jct="j", http_client=httpx.Client(transport=transport)) as client:
        validator = client._engine.validator
        closed, open_ = validator.accepts_described_success, validator.accepts_success

        def spied_closed(*arguments: Any) -> bool:
            calls.append("described")
            return closed(*arguments)

        def spied_open(*arguments: Any) -> bool:
            calls.append("open")
            return open_(*arguments)

        validator.accepts_described_success, validator.accepts_success = spied_closed, spied_open  # type: ignore[method-assign]
        try:
            parsed = []
            for answer in answers:
                calls.append("|")
                try:
                    parsed.append(client.call("get_live_session_data", live_key="1", start_tm=DAY, end_tm=DAY))
                except ResponseValidationError:
                    assert answer is wrong
                    parsed.append(None)
        finally:
            del validator.accepts_described_success, validator.accepts_success
    passes = [part.count("described") + part.count("open") for part in "".join(calls).split("|")[1:]]
    firsts = [part[:4] for part in "".join(calls).split("|")[1:]]
    # described answers: one pass; the first new one: two; then one, but for a check every DRIFT_RECHECK
    assert passes[:3] == [1, 1, 1] and passes[3] == 2
    drifting = passes[4 : 3 + 2 * DRIFT_RECHECK + 5]
    assert drifting.count(2) == 2 and drifting.count(1) == len(drifting) - 2, drifting
    tail = firsts[-(DRIFT_RECHECK + 2) :]  # described again: within DRIFT_RECHECK answers, checked so first
    assert tail[-1] == "desc" and tail.index("desc") <= DRIFT_RECHECK
    reference = BiliClient(sessdata="s", bili_jct="j")._engine
    op = reference.operation("get_live_session_data")
    for answer, got in zip(answers, parsed, strict=True):
        if answer is not wrong:
            content = json.dumps(answer).encode()
            assert got == reference.interpret(op, httpx.Response(200, content=content), content)
