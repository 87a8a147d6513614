"""Helpers shared by the client tests: call parameters from recordings, mock transports, expected types.

Nothing here touches the network: every client is built on an httpx.MockTransport.
"""

from __future__ import annotations

import json
import re
import types
from collections.abc import Callable
from functools import cache
from http.cookies import SimpleCookie
from pathlib import Path
from typing import Any

import httpx
import yaml
from bilispec_generated import models

from bilispec.client._client import AsyncBiliClient, BiliClient
from bilispec.client.retries import RetryPolicy
from bilispec.core.description import Description, Operation, description, resolve

from .conftest import ROOT, load_recording, recording_files

SESSDATA = "test-sessdata-4d1b%2C1790000000%2Cc0ffee*11"
BILI_JCT = "test-jct-9f8e7d6c5b4a39281706f5e4d3c2b1a0"

# Recordings keep the pages' placeholders ('xxxxxx') and scrubbed secrets ('SCRUBBED'). The strict
# parameter checker would accept most of them (the silent-user ids are typed str), but the calls
# should look like real ones, so each is replaced by a plausible value of the documented type.
PLACEHOLDER_VALUES: dict[str, Any] = {
    "room_id": "10352053",
    "roomid": "10352053",
    "tuid": "306903238",
    "id": "4870001",
    "msg": "spam",
    "access_key": "app-access-token-for-tests",
}
_PLACEHOLDER = re.compile(r"^(x+|SCRUBBED)$")


def is_placeholder(value: Any) -> bool:
    return isinstance(value, str) and bool(_PLACEHOLDER.match(value))


def call_params(op: Operation, request: dict[str, Any]) -> dict[str, Any]:
    """The keyword arguments of `call()` that make the recording's request.

    Values come from the query, form or JSON body, minus csrf/csrf_token (the client fills them from
    bili_jct). Text that the description types as an integer becomes an int; placeholders become
    plausible values.
    """
    sent: dict[str, Any] = {**request.get("query", {}), **(request.get("form") or {}), **(request.get("json") or {})}
    params: dict[str, Any] = {}
    for name, value in sent.items():
        if name in ("csrf", "csrf_token"):
            continue
        param = op.parameter(name)
        assert param is not None, f"{op.operation_id}: the recording sends {name!r}, which is not documented"
        if is_placeholder(value):
            assert name in PLACEHOLDER_VALUES, f"{op.operation_id}: no plausible value for placeholder {name}"
            value = PLACEHOLDER_VALUES[name]
        if param.schema.get("type") == "integer" and isinstance(value, str):
            value = int(value)
        params[name] = value
    return params


@cache
def recordings_by_operation() -> dict[str, list[tuple[str, dict[str, Any]]]]:
    """operationId -> [(case, recording)] for every recording."""
    grouped: dict[str, list[tuple[str, dict[str, Any]]]] = {}
    for path in recording_files():
        rec = load_recording(path)
        grouped.setdefault(rec["operation_id"], []).append((path.stem, rec))
    return grouped


def first_recording(operation_id: str, success: bool = True) -> dict[str, Any]:
    for _case, rec in recordings_by_operation()[operation_id]:
        if (rec["response"]["body"].get("code") == 0) == success:
            return rec
    raise LookupError(operation_id)


@cache
def valid_params(operation_id: str) -> dict[str, Any]:
    """Parameters of a valid call: those of the operation's first success recording."""
    op = description()[operation_id]
    return call_params(op, first_recording(operation_id)["request"])


def success_body(operation_id: str) -> dict[str, Any]:
    body: dict[str, Any] = first_recording(operation_id)["response"]["body"]
    return json.loads(json.dumps(body))  # a deep copy the caller may change


def all_operation_ids() -> list[str]:
    return sorted(description().operations)


def get_operation_ids() -> list[str]:
    return [o for o in all_operation_ids() if description()[o].method == "GET"]


def post_operation_ids() -> list[str]:
    return [o for o in all_operation_ids() if description()[o].method == "POST"]


# ---------------------------------------------------------------------------------------------
# What `call()` may return for an operation, read from the description (not from the client).


def _success_object(op: Operation, desc: Description) -> tuple[str, dict[str, Any]]:
    """(component name, resolved schema) of the operation's success envelope."""
    ref = op.response_schema["oneOf"][0]["$ref"]
    return ref.rsplit("/", 1)[-1], resolve(desc.document, {"$ref": ref})


def _data_member(schema: dict[str, Any]) -> tuple[dict[str, Any] | None, bool]:
    """(schema of `data`, required) from an `allOf` success envelope."""
    data: dict[str, Any] | None = None
    required = False
    for part in schema.get("allOf", [schema]):
        if "data" in part.get("properties", {}):
            data = part["properties"]["data"]
            required = "data" in part.get("required", [])
    return data, required


def _types_of(node: dict[str, Any], inline_name: str) -> tuple[type, ...]:
    if "$ref" in node:
        return (getattr(models, node["$ref"].rsplit("/", 1)[-1]),)
    if "oneOf" in node:
        return tuple(t for branch in node["oneOf"] for t in _types_of(branch, inline_name))
    kind = node.get("type")
    if kind == "null":
        return (types.NoneType,)
    if kind == "array":
        return (list,)
    if kind == "object":  # an inline object: the generator names it <Envelope>Data, unless the config renames it
        return (getattr(models, _class_overrides().get(inline_name, {}).get("class_name", inline_name)),)
    raise AssertionError(f"no Python type for {node}")


@cache
def _class_overrides() -> dict[str, dict[str, str]]:
    config = yaml.safe_load((ROOT / "overrides" / "generator-config.yaml").read_text(encoding="utf-8"))
    return dict(config.get("class_overrides", {}))


@cache
def expected_data_types(operation_id: str) -> tuple[type, ...]:
    """The Python types `call()` may return: generated models, list, or None (no `data` at all)."""
    desc = description()
    op = desc[operation_id]
    name, schema = _success_object(op, desc)
    data, required = _data_member(schema)
    if data is None:
        return (types.NoneType,)
    found = _types_of(data, f"{name}Data")
    return found if required else (*found, types.NoneType)


def assert_typed_data(operation_id: str, result: Any, sent_data: Any = None) -> None:
    """`result` is what the description promises for `data`: a generated model, never a dict or UNSET."""
    allowed = expected_data_types(operation_id)
    assert type(result).__name__ != "Unset", f"{operation_id}: returned UNSET instead of None"
    assert not isinstance(result, dict), f"{operation_id}: returned a dict instead of a model"
    assert isinstance(result, allowed), f"{operation_id}: returned {type(result).__name__}, expected {allowed}"
    if isinstance(sent_data, dict) and allowed != (types.NoneType,):  # no `data` model: None whatever was sent
        assert type(result).__module__.startswith("bilispec_generated.models"), operation_id
        assert result.to_dict() == sent_data, f"{operation_id}: the model does not carry the body's data"


# ---------------------------------------------------------------------------------------------
# Transports


Handler = Callable[[httpx.Request], httpx.Response]


def json_response(body: Any, status: int = 200, headers: dict[str, str] | None = None) -> httpx.Response:
    return httpx.Response(
        status,
        headers={"Content-Type": "application/json; charset=utf-8", **(headers or {})},
        content=json.dumps(body, ensure_ascii=False).encode(),
    )


class Recorder:
    """A MockTransport handler that records every request and answers from a list or a function."""

    def __init__(self, *answers: httpx.Response | BaseException | Handler) -> None:
        self.answers = list(answers)
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        request.read()
        self.requests.append(request)
        answer = self.answers[min(len(self.requests), len(self.answers)) - 1]
        if isinstance(answer, BaseException):
            raise answer
        if isinstance(answer, httpx.Response):
            return httpx.Response(answer.status_code, headers=answer.headers, content=answer.content)
        return answer(request)

    async def handle_async(self, request: httpx.Request) -> httpx.Response:
        return self(request)

    @property
    def count(self) -> int:
        return len(self.requests)


def sync_client(handler: Recorder | Handler, retry: RetryPolicy | None = None, **kwargs: Any) -> BiliClient:
    kwargs.setdefault("sessdata", SESSDATA)
    kwargs.setdefault("bili_jct", BILI_JCT)
    http = httpx.Client(transport=httpx.MockTransport(handler))
    return BiliClient(http_client=http, retry=retry, **kwargs)


def async_client(handler: Recorder, retry: RetryPolicy | None = None, **kwargs: Any) -> AsyncBiliClient:
    kwargs.setdefault("sessdata", SESSDATA)
    kwargs.setdefault("bili_jct", BILI_JCT)
    http = httpx.AsyncClient(transport=httpx.MockTransport(handler.handle_async))
    return AsyncBiliClient(http_client=http, retry=retry, **kwargs)


def sent_cookies(request: httpx.Request) -> dict[str, str]:
    jar: SimpleCookie = SimpleCookie()
    jar.load(request.headers.get("Cookie", ""))
    return {k: v.value for k, v in jar.items()}


def sent_members(request: httpx.Request) -> dict[str, dict[str, Any]]:
    """{'query': {...}, 'form': {...}, 'json': {...}} of a request as sent."""
    from urllib.parse import parse_qsl

    members: dict[str, dict[str, Any]] = {"query": dict(request.url.params.multi_items()), "form": {}, "json": {}}
    content_type = request.headers.get("Content-Type", "")
    if content_type.startswith("application/x-www-form-urlencoded"):
        members["form"] = dict(parse_qsl(request.content.decode(), keep_blank_values=True))
    elif content_type.startswith("application/json"):
        members["json"] = json.loads(request.content)
    return members


def recording_paths() -> list[Path]:
    return recording_files()


# ---------------------------------------------------------------------------------------------
# Calls against the sandbox


def sandbox_params(operation_id: str, mute_id: int | None = None) -> dict[str, Any]:
    """valid_params with the sandbox's seeded ids: its room, its replays, the other anchor's for the
    fan side, and `mute_id` (an id the silent-user list gave) for del_room_block_user."""
    from bilispec.sandbox import (
        SANDBOX_LIVE_KEY,
        SANDBOX_OTHER_LIVE_KEY,
        SANDBOX_OTHER_UID,
        SANDBOX_ROOM_ID,
        SANDBOX_UID,
    )

    params = dict(valid_params(operation_id))
    fan_side = "live_uid" in params
    for name, value in {"room_id": SANDBOX_ROOM_ID, "roomid": SANDBOX_ROOM_ID, "uid": SANDBOX_UID}.items():
        if name in params:
            params[name] = value if isinstance(params[name], int) else str(value)
    if "live_key" in params:
        params["live_key"] = SANDBOX_OTHER_LIVE_KEY if fan_side else SANDBOX_LIVE_KEY
    if fan_side:
        params["live_uid"] = SANDBOX_OTHER_UID
    if mute_id is not None and "id" in params:
        params["id"] = mute_id if isinstance(params["id"], int) else str(mute_id)
    return params
