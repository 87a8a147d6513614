"""The bot operations (0.3.0): every one names its sources, every recorded public body rejects a
wrongly typed member, and the client reads msg/send's code-0 refusals and its 10031 as the
description says."""

from __future__ import annotations

import copy
from typing import Any

import httpx
import pytest

from bilispec import BiliClient
from bilispec.client.namespaces.chat import ChatFiltered, ChatSent
from bilispec.core.description import Description
from bilispec.core.errors import RateLimitedError
from bilispec.core.validation import ResponseValidator

from ..client_support import first_recording, recordings_by_operation

BOT_TAGS = {"area", "chat", "keyword", "admin", "blacklist"}
BOT_IN_OLD_TAGS = {"room_init", "get_room_info", "get_room_news", "fetch_web_up_stream_addr"}
BOT_IN_OLD_TAGS |= {"set_room_silent", "get_room_silent"}
# One member per operation whose answer was published, retyped: the description must refuse it.
RETYPED: dict[str, tuple[tuple[Any, ...], Any]] = {
    "room_init": (("data", "room_id"), "14073662"),
    "get_room_info": (("data", "short_id"), "1"),
    "get_area_list": (("data", 0, "list", 0, "id"), 86),
    "send_chat_message": (("data", "mode_info", "extra"), {"content": "QwQ"}),
    "get_shield_keyword_list": (("data", "max_limit"), "1000"),
    "get_black_list": (("data", "data", 0, "is_anchor"), 1),
    "add_black": (("data",), []),
}


def bot_operations(desc: Description) -> list[str]:
    return sorted(o for o, op in desc.operations.items() if op.tag in BOT_TAGS or o in BOT_IN_OLD_TAGS)


def test_every_bot_operation_names_its_sources(desc: Description) -> None:
    found = bot_operations(desc)
    assert len(found) == len(BOT_IN_OLD_TAGS) + sum(1 for op in desc.operations.values() if op.tag in BOT_TAGS)
    for operation_id in found:
        raw = desc[operation_id].raw
        assert raw.get("x-beyond-source") and "Sources: " in raw["description"], operation_id
        sources = raw.get("x-sources")
        assert sources, operation_id
        for item in sources:
            assert {"client", "where", "kind", "seen"} <= set(item), (operation_id, item)
            assert item["kind"] in {"code", "capture", "contract", "issue", "page"}, (operation_id, item)
        reads = desc[operation_id].method == "GET" or operation_id == "get_shield_keyword_list"
        assert raw["x-bilispec-retry"] == ("idempotent" if reads else "never"), operation_id


def _set(body: dict[str, Any], pointer: tuple[Any, ...], value: Any) -> dict[str, Any]:
    mutant = copy.deepcopy(body)
    node: Any = mutant
    for part in pointer[:-1]:
        node = node[part]
    node[pointer[-1]] = value
    return mutant


def _holding(operation_id: str, pointer: tuple[Any, ...]) -> dict[str, Any]:
    """The first published success body of the operation in which `pointer` leads somewhere."""
    for _case, rec in recordings_by_operation()[operation_id]:
        body = rec["response"]["body"]
        if body["code"] != 0 or rec["source"].startswith("hand-written"):
            continue
        node: Any = body
        for part in pointer:
            in_dict = isinstance(node, dict) and part in node
            in_list = isinstance(node, list) and isinstance(part, int) and part < len(node)
            if in_dict or in_list:
                node = node[part]
            else:
                break
        else:
            return dict(body)
    raise LookupError(operation_id)


@pytest.mark.parametrize("operation_id", sorted(RETYPED))
def test_a_published_body_passes_and_a_wrongly_typed_member_fails(
    operation_id: str, validator: ResponseValidator
) -> None:
    pointer, value = RETYPED[operation_id]
    body = _holding(operation_id, pointer)
    assert validator.validate(operation_id, body) == []
    assert not validator.is_valid(operation_id, _set(body, pointer, value)), (operation_id, pointer)


def test_the_published_bodies_cover_the_operations_said_to_rest_on_them() -> None:
    published = {
        op
        for op, recs in recordings_by_operation().items()
        if any(not rec["source"].startswith("hand-written") for _, rec in recs)
    }
    assert set(RETYPED) <= published


def _client(bodies: list[dict[str, Any]], sent: list[httpx.Request]) -> BiliClient:
    def answer(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        if request.url.path == "/room/v1/Room/room_init":
            return httpx.Response(200, json=first_recording("room_init")["response"]["body"])
        return httpx.Response(200, json=bodies.pop(0))

    http = httpx.Client(transport=httpx.MockTransport(answer))
    return BiliClient(sessdata="test-sessdata", bili_jct="test-jct", http_client=http)


@pytest.mark.parametrize(("message", "by"), [("k", "room_keywords"), ("f", "platform"), ("x", "unknown")])
def test_code_0_with_a_filter_message_is_a_filtered_outcome(message: str, by: str) -> None:
    body = copy.deepcopy(first_recording("send_chat_message")["response"]["body"])
    body["message"] = body["msg"] = message  # as andywang425/BLTH issue #536 pasted it for "k"
    sent: list[httpx.Request] = []
    with _client([body], sent) as client:
        outcome = client.chat.send(76, "QwQ")
    assert isinstance(outcome, ChatFiltered) and outcome.by == by and not outcome.sent
    assert outcome.message is not None and outcome.message.mode_info is not None


def test_code_0_with_an_empty_message_is_sent() -> None:
    body = first_recording("send_chat_message")["response"]["body"]
    with _client([body], []) as client:
        outcome = client.chat.send(76, "QwQ")
    assert isinstance(outcome, ChatSent) and outcome.sent


def test_sending_too_fast_raises_and_is_never_retried() -> None:
    too_fast = first_recording("send_chat_message", success=False)["response"]["body"]
    sent: list[httpx.Request] = []
    with _client([too_fast, too_fast, too_fast], sent) as client, pytest.raises(RateLimitedError) as info:
        client.chat.send(76, "测试")  # the default client, which retries what may be retried
    assert info.value.code == 10031
    assert [r.url.path for r in sent] == ["/room/v1/Room/room_init", "/msg/send"]
