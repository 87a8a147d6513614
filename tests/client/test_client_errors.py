"""Error mapping: every documented code of every operation, the codes every operation may return,
and every failure below the envelope, each raising its own BiliError subclass with its details."""

from __future__ import annotations

import asyncio
import json
from typing import Any

import httpx
import jsonschema
import pytest
from bilispec_generated.models import VoteHistory

from bilispec import errors
from bilispec.client.retries import NO_RETRY
from bilispec.core.description import description
from bilispec.core.scrub import scrub

from ..client_support import (
    Recorder,
    all_operation_ids,
    async_client,
    json_response,
    success_body,
    sync_client,
    valid_params,
)

# Codes any operation may answer, whatever its x-error-codes say (the description's introduction).
COMMON_CODES = (-101, -111, -400, -403, -404, -352, -412, 301)

# The class each code must raise (the errors module's contract, written out independently here).
CLASS_BY_CODE: dict[int, type[errors.ApiError]] = {
    -101: errors.NotLoggedInError,
    -111: errors.CsrfError,
    -400: errors.BadRequestError,
    -403: errors.AccessDeniedError,
    -404: errors.NotFoundError,
    -352: errors.RiskControlError,
    -412: errors.RiskControlError,
    301: errors.PermissionDeniedError,
}
CLASS_BY_OPERATION_CODE: dict[tuple[str, int], type[errors.ApiError]] = {
    ("create_vote", -404): errors.PermissionDeniedError,  # not your own room
    ("update_room", -1): errors.RateLimitedError,  # too many requests
    ("anchor_publish_video_slice", 4001): errors.RateLimitedError,  # too fast
    ("send_chat_message", 10031): errors.RateLimitedError,  # sending chat too fast
    ("add_shield_keyword", 100007): errors.PermissionDeniedError,  # neither anchor nor admin
    ("del_shield_keyword", 100007): errors.PermissionDeniedError,
    ("get_shield_keyword_list", 100007): errors.PermissionDeniedError,
    ("start_live", 60024): errors.VerificationRequiredError,  # face verification first
    ("start_live", 60043): errors.VerificationRequiredError,  # identity verification first
}
# "Log in again" codes that only mean that where the operation documents them.
LOGIN_CODES = (3, 65530)


def expected_class(operation_id: str, code: int) -> type[errors.ApiError]:
    if code in LOGIN_CODES and code in description()[operation_id].error_codes:
        return errors.NotLoggedInError
    return CLASS_BY_OPERATION_CODE.get((operation_id, code)) or CLASS_BY_CODE.get(code, errors.ApiError)


def _cases() -> list[tuple[str, int]]:
    cases = []
    for operation_id in all_operation_ids():
        codes = sorted(set(description()[operation_id].error_codes) | set(COMMON_CODES))
        cases += [(operation_id, code) for code in codes]
    return cases


CASES = _cases()
# Error bodies come in every shape (ErrorEnvelope): data missing, null, {}, [], a string, partly filled.
DATA_SHAPES: list[Any] = [None, {}, [], "", {"roomID": ""}, "MISSING"]


def error_body(code: int, shape_index: int) -> dict[str, Any]:
    body: dict[str, Any] = {"code": code, "message": f"message for {code}", "ttl": 1}
    shape = DATA_SHAPES[shape_index % len(DATA_SHAPES)]
    if shape != "MISSING":
        body["data"] = shape
    return body


def assert_api_error(exc: BaseException, operation_id: str, code: int, body: dict[str, Any]) -> None:
    op = description()[operation_id]
    cls = expected_class(operation_id, code)
    assert type(exc) is cls, f"{operation_id} code {code}: {type(exc).__name__}, expected {cls.__name__}"
    assert isinstance(exc, errors.ApiError)
    assert exc.code == code
    assert exc.message == body.get("message", body.get("msg", ""))
    assert exc.operation == operation_id
    # The operation's own meaning first, else the site-wide one: every documented code has one.
    assert exc.meaning == (op.error_codes.get(code) or description().common_error_codes.get(code))
    if code in op.error_codes or code in description().common_error_codes:
        assert exc.meaning
    assert exc.body == body
    text = str(exc)
    assert text.startswith(f"{operation_id}: code {code}: ")
    if exc.meaning:
        assert exc.meaning in text


@pytest.mark.parametrize(("operation_id", "code"), CASES, ids=[f"{o}:{c}" for o, c in CASES])
def test_error_code(operation_id: str, code: int) -> None:
    body = error_body(code, CASES.index((operation_id, code)))
    recorder = Recorder(json_response(body))
    with sync_client(recorder, retry=NO_RETRY) as client, pytest.raises(errors.ApiError) as info:
        client.call(operation_id, **valid_params(operation_id))
    assert recorder.count == 1
    assert_api_error(info.value, operation_id, code, body)


@pytest.mark.parametrize("code", [*COMMON_CODES, -404, -1, 4001, 1531193016])
def test_error_code_async(code: int) -> None:
    operation_id = {-404: "create_vote", -1: "update_room", 4001: "anchor_publish_video_slice"}.get(code, "create_room")
    body = error_body(code, code)
    recorder = Recorder(json_response(body))

    async def run() -> BaseException:
        async with async_client(recorder, retry=NO_RETRY) as client:
            try:
                await client.call(operation_id, **valid_params(operation_id))
            except errors.BiliError as exc:
                return exc
        raise AssertionError("no error raised")

    assert_api_error(asyncio.run(run()), operation_id, code, body)


def test_msg_stands_in_for_a_missing_message() -> None:
    """The /room/v1/ endpoints may send only `msg`."""
    body = {"code": 65530, "msg": "token错误"}
    with sync_client(Recorder(json_response(body))) as client, pytest.raises(errors.ApiError) as info:
        client.call("stop_live", room_id=1, platform="pc_link")
    assert info.value.message == "token错误"
    assert info.value.meaning == description()["stop_live"].error_codes[65530]


@pytest.mark.parametrize(
    "value", [b"1", {1, 2}, object(), __import__("datetime").date(2025, 1, 1), [b"x"]], ids=lambda v: type(v).__name__
)
def test_parameter_of_a_type_json_cannot_carry(value: Any) -> None:
    """Values jsonschema-rs cannot read are a RequestValidationError naming the field (they escaped as its
    plain ValueError), and nothing is sent."""
    recorder = Recorder(json_response(success_body("get_vote_panel")))
    with sync_client(recorder) as client, pytest.raises(errors.RequestValidationError) as info:
        client.call("get_vote_panel", room_id=value)
    assert info.value.field == "room_id" and info.value.operation == "get_vote_panel"
    assert recorder.count == 0


# ---------------------------------------------------------------------------------------------
# Below the envelope: bodies that are not JSON, HTTP errors, transport errors and timeouts.

HTML_412 = (
    "<!DOCTYPE html><html><head><title>412</title></head>"
    "<body><h1>由于触发哔哩哔哩安全风控策略, 该次访问请求被拒绝。</h1></body></html>"
).encode()


def _truncated(operation_id: str) -> bytes:
    text = json.dumps(success_body(operation_id), ensure_ascii=False).encode()
    return text[: len(text) // 2]


FAILURES: dict[str, tuple[Any, type[errors.BiliError], dict[str, Any]]] = {
    # name: (answer or exception for the transport, expected class, expected attributes)
    "html-412": (
        lambda op: httpx.Response(412, headers={"Content-Type": "text/html; charset=utf-8"}, content=HTML_412),
        errors.RiskControlError,
        {"status": 412, "code": -412, "v_voucher": None},
    ),
    "truncated-json": (
        lambda op: httpx.Response(200, headers={"Content-Type": "application/json"}, content=_truncated(op)),
        errors.NonJSONResponseError,
        {"status": 200, "content_type": "application/json"},
    ),
    "empty-body": (
        lambda op: httpx.Response(200, headers={"Content-Type": "application/json"}, content=b""),
        errors.NonJSONResponseError,
        {"status": 200},
    ),
    "http-500-json": (
        lambda op: json_response({"code": -500, "message": "服务器错误"}, status=500),
        errors.APIStatusError,
        {"status": 500, "retry_after": None},
    ),
    "http-503-retry-after": (
        lambda op: json_response({"code": -503, "message": "过载"}, status=503, headers={"Retry-After": "7"}),
        errors.APIStatusError,
        {"status": 503, "retry_after": 7.0},
    ),
    "connect-error": (
        lambda op: httpx.ConnectError("[Errno 111] Connection refused"),
        errors.APIConnectionError,
        {},
    ),
    "read-timeout": (
        lambda op: httpx.ReadTimeout("The read operation timed out"),
        errors.APITimeoutError,
        {},
    ),
    "connect-timeout": (
        lambda op: httpx.ConnectTimeout("timed out"),
        errors.APITimeoutError,
        {},
    ),
    "remote-protocol-error": (
        lambda op: httpx.RemoteProtocolError("Server disconnected without sending a response."),
        errors.APIConnectionError,
        {},
    ),
}
FAILURE_CASES = [(o, f) for o in all_operation_ids() for f in FAILURES]


@pytest.mark.parametrize(("operation_id", "failure"), FAILURE_CASES, ids=[f"{o}:{f}" for o, f in FAILURE_CASES])
def test_failure_below_the_envelope(operation_id: str, failure: str) -> None:
    make, cls, attributes = FAILURES[failure]
    recorder = Recorder(make(operation_id))
    with sync_client(recorder, retry=NO_RETRY) as client, pytest.raises(errors.BiliError) as info:
        client.call(operation_id, **valid_params(operation_id))
    exc = info.value
    assert type(exc) is cls, f"{failure}: {type(exc).__name__}, expected {cls.__name__}"
    assert recorder.count == 1
    assert exc.operation == operation_id
    assert str(exc).startswith(f"{operation_id}: ")
    for name, value in attributes.items():
        assert getattr(exc, name) == value, name
    # The httpx exception is not chained into tracebacks (its text may carry the URL).
    assert exc.__cause__ is None and (exc.__context__ is None or exc.__suppress_context__)


@pytest.mark.parametrize("failure", ["html-412", "http-500-json", "connect-error", "read-timeout"])
def test_failure_below_the_envelope_async(failure: str) -> None:
    make, cls, attributes = FAILURES[failure]
    recorder = Recorder(make("get_vote_history"))

    async def run() -> BaseException:
        async with async_client(recorder, retry=NO_RETRY) as client:
            try:
                await client.call("get_vote_history", room_id=1)
            except errors.BiliError as exc:
                return exc
        raise AssertionError("no error raised")

    exc = asyncio.run(run())
    assert type(exc) is cls
    for name, value in attributes.items():
        assert getattr(exc, name) == value, name


def _nested(depth: int, kind: str) -> str:
    return "[" * depth + "1" + "]" * depth if kind == "list" else '{"a":' * depth + "1" + "}" * depth


@pytest.mark.parametrize("kind", ["list", "dict"])
@pytest.mark.parametrize("depth", [40, 100, 300, 900, 100_000])
@pytest.mark.parametrize("where", ["error-data", "success-data", "success-extra", "whole-body"])
def test_deeply_nested_body(depth: int, kind: str, where: str) -> None:
    """Bodies nested past the parser's or the validator's recursion limits are BiliErrors too
    (they escaped as RecursionError and jsonschema-rs's ValueError before MAX_DEPTH)."""
    nested = _nested(depth, kind)
    body = {
        "error-data": '{"code": -400, "message": "x", "data": %s}',
        "success-data": '{"code": 0, "message": "0", "data": %s}',
        "success-extra": '{"code": 0, "message": "0", "data": {"history": []}, "extra": %s}',
        "whole-body": "%s",
    }[where] % nested
    recorder = Recorder(httpx.Response(200, headers={"Content-Type": "application/json"}, content=body.encode()))
    with sync_client(recorder, retry=NO_RETRY) as client:
        try:
            outcome: Any = client.call("get_vote_history", room_id=1)
        except errors.BiliError as exc:
            outcome = exc
    if depth == 40:  # within the limit: judged by the description like any other body
        expected = {
            "error-data": errors.BadRequestError,
            "success-data": VoteHistory if kind == "dict" else errors.ResponseValidationError,  # open object
            "success-extra": VoteHistory,
            "whole-body": errors.ResponseValidationError,
        }[where]
    elif depth == 100_000:  # past the JSON parser's recursion limit
        expected = errors.NonJSONResponseError
    else:
        expected = errors.ResponseValidationError
    assert isinstance(outcome, expected), repr(outcome)
    if depth in (100, 300, 900):
        assert "nests deeper than" in str(outcome)


# ---------------------------------------------------------------------------------------------
# A success body with a wrongly typed member: ResponseValidationError names the JSON pointer.


def _leaves(value: Any, pointer: str = "") -> list[tuple[str, Any]]:
    if isinstance(value, dict):
        return [leaf for k, v in value.items() for leaf in _leaves(v, f"{pointer}/{k}")]
    if isinstance(value, list):
        return [leaf for i, v in enumerate(value) for leaf in _leaves(v, f"{pointer}/{i}")]
    return [(pointer, value)]


def _retyped(value: Any) -> Any:
    if isinstance(value, bool):
        return "true"
    if isinstance(value, int | float):
        return f"{value}"
    if isinstance(value, str):
        return 12345
    return {"unexpected": True}  # null


def _set(body: Any, pointer: str, value: Any) -> None:
    parts = pointer.lstrip("/").split("/")
    node = body
    for part in parts[:-1]:
        node = node[int(part)] if isinstance(node, list) else node[part]
    last = parts[-1]
    if isinstance(node, list):
        node[int(last)] = value
    else:
        node[last] = value


def _success_schema_checker(operation_id: str) -> jsonschema.protocols.Validator:
    """python-jsonschema (not the client's jsonschema-rs) decides which retypings are violations."""
    desc = description()
    branch = desc[operation_id].response_schema["oneOf"][0]
    root = {**branch, "components": desc.document["components"]}
    return jsonschema.Draft202012Validator(root)


POINTER_STATS = {"mutations": 0, "exact": 0, "enclosing": 0}


@pytest.mark.parametrize("operation_id", all_operation_ids())
def test_wrongly_typed_member(operation_id: str) -> None:
    checker = _success_schema_checker(operation_id)
    body = success_body(operation_id)
    assert checker.is_valid(body)
    invalid = 0
    with sync_client(Recorder(lambda request: json_response(current))) as client:
        for pointer, value in _leaves(body):
            if pointer == "/code":
                continue  # a retyped code is not a success body any more
            current = success_body(operation_id)
            _set(current, pointer, _retyped(value))
            if checker.is_valid(current):
                continue  # the description allows this member either way
            invalid += 1
            with pytest.raises(errors.ResponseValidationError) as info:
                client.call(operation_id, **valid_params(operation_id))
            exc = info.value
            pointers = [v.pointer for v in exc.violations]
            assert pointers, f"{operation_id} {pointer}: no violations"
            # The violation is at the member, or (inside a oneOf, which reports where it branches) at
            # an enclosing member; either way the message names it.
            named = next((p for p in pointers if p == pointer or pointer.startswith(p + "/")), None)
            assert named is not None, f"{operation_id} {pointer}: violations at {pointers}"
            assert f"{named or '/'}: " in str(exc), str(exc)
            assert exc.operation == operation_id and exc.body == scrub(current)  # buvid and token scrubbed
            POINTER_STATS["mutations"] += 1
            POINTER_STATS["exact" if named == pointer else "enclosing"] += 1
    assert invalid >= 1, f"{operation_id}: no member of the recording could be retyped"


def test_wrongly_typed_data_kind() -> None:
    """`data` of the wrong kind (a list where an object is promised) names /data."""
    body = success_body("start_live")
    body["data"] = ["not", "an", "object"]
    with sync_client(Recorder(json_response(body))) as client, pytest.raises(errors.ResponseValidationError) as info:
        client.call("start_live", room_id=1, area_v2=27, platform="pc")
    assert any(v.pointer == "/data" for v in info.value.violations)
    assert "/data: type: " in str(info.value)


def test_captcha_voucher_reaches_the_caller() -> None:
    """-352 carries a captcha voucher (data.v_voucher), not a login secret: a bot hands it to a captcha flow."""
    body = {"code": -352, "message": "风控校验失败", "data": {"v_voucher": "voucher_5f2a"}}
    with (
        sync_client(Recorder(json_response(body)), retry=NO_RETRY) as client,
        pytest.raises(errors.RiskControlError) as info,
    ):
        client.call("get_vote_history", **valid_params("get_vote_history"))
    assert info.value.v_voucher == "voucher_5f2a"
    assert info.value.body["data"]["v_voucher"] == "voucher_5f2a"
    assert info.value.status == 200


@pytest.mark.parametrize("status", [412])
@pytest.mark.parametrize("content", [HTML_412, b'{"code": -412, "message": "x"}', b""])
def test_http_412_is_risk_control_whatever_the_body(status: int, content: bytes) -> None:
    answer = httpx.Response(status, headers={"Content-Type": "text/html", "Retry-After": "7"}, content=content)
    with sync_client(Recorder(answer), retry=NO_RETRY) as client, pytest.raises(errors.RiskControlError) as info:
        client.call("get_vote_history", **valid_params("get_vote_history"))
    assert (info.value.status, info.value.code, info.value.retry_after, info.value.v_voucher) == (412, -412, 7.0, None)
    assert info.value.meaning == "Request blocked by risk control (请求被拦截)"


def test_usage_error_table_matches_the_code() -> None:
    """docs/usage.md's table of classes by code is the errors module's tables, row for row."""
    from bilispec.core import errors as core_errors
    from tests.conftest import ROOT

    text = (ROOT / "docs" / "usage.md").read_text(encoding="utf-8")
    table = text.split("<!-- error-classes:start -->")[1].split("<!-- error-classes:end -->")[0]
    rows = [[c.strip().strip("`") for c in line.strip("|").split("|")] for line in table.strip().splitlines()[2:]]
    desc = description()
    expected = [[str(code), "any operation", cls.__name__] for code, cls in core_errors.CODE_CLASSES.items()]
    for code, cls in core_errors.DOCUMENTED_CODE_CLASSES.items():
        where = ", ".join(sorted(o for o in all_operation_ids() if code in desc[o].error_codes))
        expected.append([str(code), f"where documented ({where})", cls.__name__])
    expected += [[str(code), op, cls.__name__] for (op, code), cls in core_errors.OPERATION_CODE_CLASSES.items()]
    assert rows == expected
