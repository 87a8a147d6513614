"""The room-admin operations on the wire. Appoint, dismiss and the list act on the caller's own room
(no room id is sent); the answers of appoint and dismiss were never seen publicly, so the sandbox
answers `{}`."""

from __future__ import annotations

import math
from typing import Any

from ..accounts import Account
from ..answers import Fail
from ..clock import beijing
from ..plumbing import Area, Call
from .backend import MAX_ADMINS

area = Area("admin")

PAGE_SIZE = 10
# Refusals by state use the site-wide codes (-403, -404): no source names the API's own.
NO_ROOM = (-403, "你还没有直播间")
NOT_ADMIN = (-404, "该用户不是房管")
NOT_YOURSELF = (-403, "不能任命自己为房管")


def may_moderate(call: Call, room_id: int) -> bool:
    """The anchor of the room, or one of its admins."""
    account = call.account
    if account is None:
        return False
    return account.room_id == room_id or call.world.admins.is_admin(room_id, account.uid)


def _own_room(call: Call) -> tuple[Account, int]:
    account = call.account
    if account is None or account.room_id is None:
        raise Fail(*NO_ROOM)
    return account, account.room_id


@area.handler("appoint_room_admin")
def appoint_room_admin(call: Call) -> Any:
    account, room_id = _own_room(call)
    uid = call.params["admin"]
    if uid == account.uid:
        raise Fail(*NOT_YOURSELF)
    target = call.world.account_by_uid(uid)
    # Appointing an admin again changes nothing and is no error.
    call.world.admins.appoint(room_id, uid, target.uname if target else f"用户{uid}", call.world.now())
    return {}


@area.handler("dismiss_room_admin")
def dismiss_room_admin(call: Call) -> Any:
    _, room_id = _own_room(call)
    if not call.world.admins.dismiss(room_id, call.params["uid"]):
        raise Fail(*NOT_ADMIN)
    return {}


@area.handler("get_room_admins_by_anchor")
def get_room_admins_by_anchor(call: Call) -> Any:
    _, room_id = _own_room(call)
    page = call.get("page", 1)
    admins = list(reversed(call.world.admins.of(room_id)))  # newest first
    chunk = admins[(page - 1) * PAGE_SIZE : page * PAGE_SIZE]
    items = [
        {
            "uid": a.uid,
            "uname": a.uname,
            "face": f"https://i1.hdslb.com/bfs/face/sandbox{a.uid}.jpg",
            "ctime": beijing(a.appointed),
        }
        for a in chunk
    ]
    return {
        "page": {"total_page": max(1, math.ceil(len(admins) / PAGE_SIZE)), "total_count": len(admins)},
        "data": items or None,
        "max_room_anchors_number": MAX_ADMINS,
    }
