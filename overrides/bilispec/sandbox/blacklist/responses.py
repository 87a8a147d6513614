"""The blacklist operations on the wire. The anchor and their room's admins may use them (an admin's
entry lands in the anchor's list, Nemo2011/bilibili-api issue #961); an empty list is `data: null`
as bpi-rs recorded."""

from __future__ import annotations

import math
from typing import Any

from ..admins.responses import may_moderate
from ..answers import Fail
from ..clock import beijing
from ..plumbing import Area, Call
from .backend import Blocked

area = Area("blacklist")

NOT_ALLOWED = (-403, "非房管或主播, 无权操作")
NOT_THERE = (-404, "该用户不在黑名单中")


def _anchor_room(call: Call) -> int:
    """The anchor's uid, once the caller is known to moderate the anchor's room."""
    anchor_uid: int = call.params["anchor_id"]
    anchor = call.world.account_by_uid(anchor_uid)
    if anchor is None or anchor.room_id is None or not may_moderate(call, anchor.room_id):
        raise Fail(*NOT_ALLOWED)
    return anchor_uid


@area.handler("add_black")
def add_black(call: Call) -> Any:
    anchor_uid = _anchor_room(call)
    account = call.account
    assert account is not None
    tuid = call.params["tuid"]
    target = call.world.account_by_uid(tuid)
    entry = Blocked(
        tuid, target.uname if target else f"用户{tuid}", account.uname, account.uid == anchor_uid, call.world.now()
    )
    call.world.blacklist.add(anchor_uid, entry)
    return {}


@area.handler("del_black")
def del_black(call: Call) -> Any:
    anchor_uid = _anchor_room(call)
    if not call.world.blacklist.remove(anchor_uid, call.params["tuid"]):
        raise Fail(*NOT_THERE)
    return {}


@area.handler("get_black_list")
def get_black_list(call: Call) -> Any:
    anchor_uid = _anchor_room(call)
    page, size = call.get("pn", 1), call.get("ps", 10)
    entries = list(reversed(call.world.blacklist.of(anchor_uid)))
    chunk = entries[(page - 1) * size : page * size]
    items = [
        {
            "admin_level": 0 if b.by_anchor else 1,
            "face": "",
            "is_anchor": b.by_anchor,
            "is_mystery": False,
            "mtime": beijing(b.when),
            "name": b.name,
            "operator_name": b.operator_name,
            "uid": b.uid,
        }
        for b in chunk
    ]
    answer: dict[str, Any] = {"data": items or None, "pn": page, "ps": size, "total": len(entries)}
    if len(entries) > size:
        answer["total_page"] = math.ceil(len(entries) / size)
    return answer
