"""The silent-user operations on the wire. Without `hour` the API answers 0 and mutes nobody, and so
does the sandbox; without `type` it mutes for good, and so does the sandbox."""

from __future__ import annotations

import math
from typing import Any

from ..answers import ABSENT, Fail, Reply
from ..clock import beijing
from ..plumbing import Area, Call
from .backend import PERMANENT, UNTIL_SESSION_ENDS, Mute, SilentUserBackend

area = Area("silent_user")

PAGE_SIZE = 10
MAX_DIGITS = 4000  # Python refuses to read numbers past 4,300 digits; longer text is a bad parameter
NOT_ALLOWED = (-403, "非房管或主播, 无权操作")
# The documented refusals of a caller who is not the room's anchor or admin (Yuelioi/bpi-rs
# tests/contracts/live/moderation-private-read/silent-users/; Nemo2011/bilibili-api issue #845).
NOT_AN_ADMIN: dict[str, tuple[int, str, Any]] = {
    "add_silent_user": (100004, "你不是房管哦", ABSENT),
    "get_silent_user_list": (100004, "不是管理员", {"data": [], "total": 0, "total_page": 0}),
}
MUTE_KIND = {PERMANENT: 0, 1: 1, UNTIL_SESSION_ENDS: 2}  # list item `type`: 0 permanent, 1 timed, 2 session


def mute_record(mute: Mute, anchor_uid: int) -> dict[str, Any]:
    is_anchor = int(mute.by_uid == anchor_uid)
    return {
        "tuid": mute.tuid,
        "tname": mute.tname,
        "uid": mute.by_uid,
        "name": mute.by_name,
        "ctime": beijing(mute.created),
        "id": mute.id,
        "is_anchor": is_anchor,
        "face": f"https://i1.hdslb.com/bfs/face/sandbox{mute.tuid}.jpg",
        "admin_level": 1 - is_anchor,
        "msg": mute.msg,
        "is_mystery": False,
        "block_end_time": beijing(mute.created + mute.hour * 3600) if mute.hour > 0 else "",
        "type": MUTE_KIND[min(mute.hour, 1)],
    }


def _mutes(call: Call) -> SilentUserBackend:
    return call.world.silent_users


def _number(call: Call, name: str) -> int:
    """A member the description types as text that must hold a number."""
    text = call.params[name]
    if not text.isdigit() or len(text) > MAX_DIGITS:
        raise Fail(-400, f"参数错误: {name}")
    return int(text)


def _room(call: Call, name: str) -> int:
    """The room a silent-user call acts on; it must be the caller's (admins are not modelled)."""
    room_id = _number(call, name)
    if call.account is None or call.account.room_id != room_id:
        raise Fail(*NOT_AN_ADMIN.get(call.op.operation_id, (*NOT_ALLOWED, ABSENT)))
    return room_id


@area.handler("add_silent_user")
def add_silent_user(call: Call) -> Any:
    room_id = _room(call, "room_id")
    tuid = _number(call, "tuid")
    if tuid == 0:
        raise Fail(-404, "用户不存在")
    hour = call.get("hour")
    if hour is None:
        return {}  # as on the API: accepted, nobody muted
    target = call.world.account_by_uid(tuid)
    account = call.account
    assert account is not None
    name = target.uname if target else f"用户{tuid}"
    kind = call.get("type")
    if kind == "2":
        hour = UNTIL_SESSION_ENDS
    elif kind is None or hour < 0 or (kind == "1" and hour == UNTIL_SESSION_ENDS):
        hour = PERMANENT  # no `type`, or "1" with no hours: for good
    msg = call.get("msg") or ""
    _mutes(call).add(room_id, tuid, name, account.uid, account.uname, call.world.now(), hour, msg)
    return {}


@area.handler("get_silent_user_list")
def get_silent_user_list(call: Call) -> Any:
    room_id = _room(call, "room_id")
    ps = _number(call, "ps")
    by_pn = call.get("pn") is not None and call.world.silent_users.paging != "ps"
    # Two readings seen in clients: `ps` the page number, or `pn` the page and `ps` its size.
    page, size = (_number(call, "pn"), ps) if by_pn else (ps, PAGE_SIZE)
    if page < 1 or size < 1:
        raise Fail(-400, "参数错误: ps")
    account = call.account
    assert account is not None
    mutes = list(reversed(_mutes(call).active(room_id, call.world.now())))  # newest first
    chunk = mutes[(page - 1) * size : page * size]
    answer: dict[str, Any] = {
        "data": [mute_record(m, account.uid) for m in chunk],
        "total": len(mutes),
        "total_page": max(1, math.ceil(len(mutes) / size)),
    }
    if by_pn:
        answer.update(pn=page, ps=size)
    return answer


@area.handler("del_room_block_user")
def del_room_block_user(call: Call) -> Any:
    room_id = _room(call, "roomid")
    _mutes(call).remove(room_id, call.params["id"], call.world.now())
    return Reply([], message="", msg="", ttl=None)


@area.handler("del_silent_user")
def del_silent_user(call: Call) -> Any:
    room_id = _room(call, "room_id")
    _mutes(call).remove_user(room_id, _number(call, "tuid"))
    return ABSENT  # the sources show a bare envelope
