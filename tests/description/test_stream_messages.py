"""The message stream's description (spec/stream/asyncapi.yaml) against real commands.

tests/stream_messages/<cmd>/<case>.json holds one real command each (`command`) with the public
source it was copied from (`source`). Every one must validate against its message, and every
member the description types must refuse a value of another type: both directions, per case.
"""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path
from typing import Any

import pytest

from bilispec.core import frames
from bilispec.core.description import load_document, parse_yaml
from bilispec.core.stream_messages import StreamDescription, command_name
from bilispec.tools import spec_diff

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "tests" / "stream_messages"
DESC = StreamDescription.load()
CASES = sorted(CORPUS.glob("*/*.json"))


def _case(path: Path) -> dict[str, Any]:
    case = json.loads(path.read_text(encoding="utf-8"))
    assert case["source"], f"{path} names no source"
    return dict(case["command"])


def _violations(command: dict[str, Any]) -> list[Any]:
    return [f for f in DESC.check(command) if f.kind == "violation"]


# Described from the clients that read it (xfgryujk/blivedm PR #86): no raw capture is public yet.
WITHOUT_PUBLIC_CAPTURE = frozenset({"SEND_GIFT_V2"})


def test_every_described_command_has_real_messages() -> None:
    have = {p.parent.name for p in CASES}
    missing = DESC.commands() - have
    assert missing == WITHOUT_PUBLIC_CAPTURE, f"described without a real message: {sorted(missing)}"


def test_send_gift_v2_carries_its_protobuf_at_either_path() -> None:
    for data in ({"pb": "CAE="}, {"data": {"pb": "CAE="}}, {"dmscore": 3, "pb": "CAE="}):
        assert DESC.check({"cmd": "SEND_GIFT_V2", "data": data}) == []
    assert [f.pointer for f in _violations({"cmd": "SEND_GIFT_V2", "data": {"pb": 1}})] == ["/data/pb"]
    assert [f.pointer for f in _violations({"cmd": "SEND_GIFT_V2"})] == [""]


def test_corpus_folders_name_their_commands() -> None:
    for path in CASES:
        assert command_name(_case(path)) == path.parent.name, path


@pytest.mark.parametrize("path", CASES, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_real_message_validates(path: Path) -> None:
    command = _case(path)
    assert _violations(command) == [], path
    # A real message's members are all described (drift would mean the schema lags behind it).
    assert DESC.check(command) == [], [str(f) for f in DESC.check(command)]


def _typed_places(schema: Any, value: Any, pointer: tuple[Any, ...], out: list[tuple[tuple[Any, ...], Any]]) -> None:
    """Every place of `value` where the schema (followed through $ref, `then`, prefixItems and
    items) states a type: (path, the types it allows)."""
    schemas = DESC.document["components"]["schemas"]
    while isinstance(schema, dict) and "$ref" in schema:
        schema = schemas[schema["$ref"].rsplit("/", 1)[-1]]
    if not isinstance(schema, dict):
        return
    if "type" in schema and pointer:
        out.append((pointer, schema["type"]))
    if "then" in schema:
        _typed_places(schema["then"], value, pointer, out)
    if isinstance(value, dict):
        for key, member in schema.get("properties", {}).items():
            if key in value:
                _typed_places(member, value[key], (*pointer, key), out)
    elif isinstance(value, list):
        prefix = schema.get("prefixItems", [])
        for index, item in enumerate(value):
            sub = prefix[index] if index < len(prefix) else schema.get("items")
            if sub:
                _typed_places(sub, item, (*pointer, index), out)


def _wrong_value(types: Any) -> Any:
    allowed = set(types if isinstance(types, list) else [types])
    if "number" in allowed:
        allowed.add("integer")
    for candidate in ({"a": 1}, ["a"], "text", 1.5, 7, True):
        kind = {dict: "object", list: "array", str: "string", float: "number", int: "integer", bool: "boolean"}
        if kind[type(candidate)] not in allowed and not (isinstance(candidate, int) and "number" in allowed):
            return candidate
    raise AssertionError(f"no value breaks {types}")


def _set(value: Any, path: tuple[Any, ...], new: Any) -> Any:
    copy = json.loads(json.dumps(value))
    node = copy
    for step in path[:-1]:
        node = node[step]
    node[path[-1]] = new
    return copy


@pytest.mark.parametrize("path", CASES, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_wrongly_typed_member_fails(path: Path) -> None:
    command = _case(path)
    places: list[tuple[tuple[Any, ...], Any]] = []
    _typed_places(
        {"$ref": "#/components/schemas/" + DESC.payload_component(command_name(command))}, command, (), places
    )
    assert places, f"{path}: nothing typed"
    for place, types in places:
        if place == ("cmd",):
            continue  # a wrong cmd is another command (or drift), checked below
        broken = _set(command, place, _wrong_value(types))
        pointer = "".join(f"/{p}" for p in place)
        assert any(f.pointer.startswith(pointer) or pointer.startswith(f.pointer) for f in _violations(broken)), (
            f"{path}: {pointer} ({types}) took a wrong value"
        )


def test_json_in_a_string_is_checked() -> None:
    vote = _case(next(p for p in CASES if p.parent.name == "DM_INTERACTION" and '"type": 101' in p.read_text()))
    inner = json.loads(vote["data"]["data"])
    inner["vote_id"] = "not a number"
    broken = _set(vote, ("data", "data"), json.dumps(inner))
    assert [f.pointer for f in _violations(broken)] == ["/data/data/vote_id"]
    assert [f.rule for f in _violations(_set(vote, ("data", "data"), "{not json"))] == ["contentMediaType"]


def test_unknown_command_and_member_are_drift() -> None:
    assert [(f.rule, f.kind, f.found) for f in DESC.check({"cmd": "SOMETHING_NEW", "data": {}})] == [
        ("drift", "command", "SOMETHING_NEW")
    ]
    live = _case(next(p for p in CASES if p.parent.name == "LIVE"))
    findings = DESC.check({**live, "brand_new": 1})
    assert [(f.rule, f.kind, f.pointer) for f in findings] == [("drift", "member", "/brand_new")]
    assert [f.rule for f in DESC.check({"data": {}})] == ["required"]


def test_suffixed_cmd_is_its_message() -> None:
    assert command_name({"cmd": "DANMU_MSG:4:0:2:2:2:0"}) == "DANMU_MSG"
    danmaku = _case(next(p for p in CASES if p.parent.name == "DANMU_MSG"))
    assert DESC.check({**danmaku, "cmd": "DANMU_MSG:4:0:2:2:2:0"}) == []


def test_integers_past_2_53_stay_exact() -> None:
    live = _case(next(p for p in CASES if p.parent.name == "LIVE"))
    big = 1_700_000_000_123_456_789
    decoded = frames.decode(frames.encode_batch([frames.encode_command({**live, "live_time": big})]))[0].json()
    assert decoded["live_time"] == big and DESC.check(decoded) == []


def test_vote_states_are_the_openapi_schema(document: dict[str, Any]) -> None:
    """The vote states have one source: VoteStatus, referenced by DM_INTERACTION 101's decoded data."""
    asyncapi = DESC.document["components"]["schemas"]
    openapi = document  # generated/openapi.yaml, read once for the session
    assert asyncapi["DmInteractionVoteCombo"]["properties"]["status"] == {"$ref": "#/components/schemas/VoteStatus"}
    assert asyncapi["VoteStatus"] == openapi["components"]["schemas"]["VoteStatus"]


def test_payload_schemas_are_the_openapi_components(document: dict[str, Any]) -> None:
    """One source: every payload schema of the stream is a component of the OpenAPI bundle too."""
    openapi = document  # generated/openapi.yaml, read once for the session
    listed = set(openapi["x-stream-schemas"])
    for cmd in DESC.commands():
        component = DESC.payload_component(cmd)
        assert component in listed
        assert DESC.document["components"]["schemas"][component] == openapi["components"]["schemas"][component]


def test_the_package_ships_the_bundle() -> None:
    shipped = resources.files("bilispec_generated").joinpath("asyncapi.yaml").read_text(encoding="utf-8")
    assert shipped == (ROOT / "generated" / "asyncapi.yaml").read_text(encoding="utf-8")
    document = parse_yaml(shipped)
    assert document["asyncapi"].startswith("3.") and set(document["components"]["messages"]) >= DESC.commands()


def test_spec_diff_judges_the_stream_description() -> None:
    """`bilispec diff` on two AsyncAPI bundles: a message or payload member removed, or a member
    retyped, breaks; a member added does not."""
    old = load_document(ROOT / "generated" / "asyncapi.yaml")
    assert spec_diff.diff_documents(old, old) == []
    new = json.loads(json.dumps(old))
    schemas = new["components"]["schemas"]
    del new["components"]["messages"]["WARNING"]
    schemas["LiveCommand"]["properties"]["live_time"]["type"] = "string"
    del schemas["RoomChangeCommand"]["properties"]["data"]["properties"]["title"]
    schemas["GuardBuyCommand"]["properties"]["data"]["properties"]["brand_new"] = {"type": "integer"}
    changes = {(c.operation, c.kind, c.breaking) for c in spec_diff.diff_documents(old, new)}
    assert changes == {
        ("WARNING", "message-removed", True),
        ("LIVE", "payload-type-changed", True),
        ("ROOM_CHANGE", "payload-member-removed", True),
        ("GUARD_BUY", "payload-member-added", False),
    }
