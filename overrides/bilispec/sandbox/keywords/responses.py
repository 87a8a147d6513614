"""The blocked-keyword operations on the wire. The anchor and the room's admins may use them;
anyone else gets 100007 (你没有权限), the list's refusal with the `data` bpi-rs recorded."""

from __future__ import annotations

from typing import Any

from ..admins.responses import may_moderate
from ..answers import ABSENT, Fail
from ..plumbing import Area, Call
from .backend import MAX_KEYWORDS, Keyword, KeywordBackend

area = Area("keyword")

NO_PERMISSION = (100007, "你没有权限")
# Refusals by state use the site-wide codes: no source names the API's own.
FULL = (-403, "屏蔽词已达上限")
NOT_THERE = (-404, "屏蔽词不存在")


def _room(call: Call) -> int:
    room_id: int = call.params["room_id"]
    if not may_moderate(call, room_id):
        data = {"keyword_list": [], "max_limit": 0} if call.op.operation_id == "get_shield_keyword_list" else ABSENT
        raise Fail(*NO_PERMISSION, data)
    return room_id


def _keywords(call: Call) -> KeywordBackend:
    return call.world.keywords


@area.handler("add_shield_keyword")
def add_shield_keyword(call: Call) -> Any:
    room_id = _room(call)
    account = call.account
    assert account is not None
    keyword = Keyword(call.params["keyword"], account.uid, account.uname, account.room_id == room_id)
    if not _keywords(call).add(room_id, keyword):
        raise Fail(*FULL)
    return {}


@area.handler("del_shield_keyword")
def del_shield_keyword(call: Call) -> Any:
    room_id = _room(call)
    if not _keywords(call).remove(room_id, call.params["keyword"]):
        raise Fail(*NOT_THERE)
    return {}


@area.handler("get_shield_keyword_list")
def get_shield_keyword_list(call: Call) -> Any:
    room_id = _room(call)
    words = [
        {"keyword": k.keyword, "uid": k.uid, "name": k.name, "is_anchor": int(k.by_anchor)}
        for k in _keywords(call).of(room_id)
    ]
    return {"keyword_list": words, "max_limit": MAX_KEYWORDS}
