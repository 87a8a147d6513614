"""Sandbox handlers for muted users: mute (with `hour`), list by page, unmute by record id.

A mute for N hours lapses N hours later on the world's clock; hour 0 lasts until the room's live
session ends (stop_live lifts it); -1 is permanent. Without `hour` the API answers 0 and mutes
nobody, and so does the sandbox. `type` "2" mutes for this session and "1" as `hour` says; on the
API a mute without `type` is permanent, but the sandbox still derives the kind from `hour` then
(the client does not send `type` yet). del_silent_user lifts a user's mute by uid.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .core import ABSENT, Area, Call, Fail, Reply
from .world import beijing

if TYPE_CHECKING:
    from .world import World

area = Area("silent_user")

PAGE_SIZE = 10
NOT_ALLOWED = (-403, "非房管或主播, 无权操作")
NO_SUCH_RECORD = (-404, "禁言记录不存在")
UNTIL_SESSION_ENDS = 0
PERMANENT = -1
MUTE_KIND = {PERMANENT: 0, 1: 1, UNTIL_SESSION_ENDS: 2}  # list item `type`: 0 permanent, 1 timed, 2 session


@dataclass
class Mute:
    id: int
    room_id: int
    tuid: int
    tname: str
    by_uid: int
    by_name: str
    created: float
    hour: int
    msg: str = ""

    def active(self, now: float) -> bool:
        return self.hour <= 0 or now < self.created + self.hour * 3600

    def record(self, anchor_uid: int) -> dict[str, Any]:
        is_anchor = int(self.by_uid == anchor_uid)
        return {
            "tuid": self.tuid,
            "tname": self.tname,
            "uid": self.by_uid,
            "name": self.by_name,
            "ctime": beijing(self.created),
            "id": self.id,
            "is_anchor": is_anchor,
            "face": f"https://i1.hdslb.com/bfs/face/sandbox{self.tuid}.jpg",
            "admin_level": 1 - is_anchor,
            "msg": self.msg,
            "is_mystery": False,
            "block_end_time": beijing(self.created + self.hour * 3600) if self.hour > 0 else "",
            "type": MUTE_KIND[min(self.hour, 1)],
        }


@dataclass
class SilentUserState:
    mutes: list[Mute] = field(default_factory=list)
    next_id: int = 13_490_000

    @classmethod
    def seed(cls, world: World) -> SilentUserState:
        from .world import SANDBOX_ROOM_ID, SANDBOX_UID

        state = cls()
        start = world.now() - 30 * 86400
        for n in range(12):  # two pages
            created = start + n * 3600
            state.add(SANDBOX_ROOM_ID, 500_000 + n, f"刷屏用户{n}", SANDBOX_UID, "沙盒主播", created, PERMANENT)
        return state

    def add(
        self, room_id: int, tuid: int, tname: str, by_uid: int, by_name: str, created: float, hour: int, msg: str = ""
    ) -> Mute:
        self.mutes = [m for m in self.mutes if not (m.room_id == room_id and m.tuid == tuid)]
        self.next_id += 1
        mute = Mute(self.next_id, room_id, tuid, tname, by_uid, by_name, created, hour, msg)
        self.mutes.append(mute)
        return mute

    def active(self, room_id: int, now: float) -> list[Mute]:
        return [m for m in self.mutes if m.room_id == room_id and m.active(now)]

    def session_ended(self, room_id: int) -> None:
        """stop_live: mutes 'until the session ends' lapse."""
        self.mutes = [m for m in self.mutes if not (m.room_id == room_id and m.hour == UNTIL_SESSION_ENDS)]


def _room(call: Call, name: str) -> int:
    """The room a silent-user call acts on; it must be the caller's (admins are not modelled)."""
    text = call.params[name]
    if not text.isdigit():
        raise Fail(-400, f"参数错误: {name}")
    room_id = int(text)
    if call.account is None or call.account.room_id != room_id:
        raise Fail(*NOT_ALLOWED)
    return room_id


@area.handler("add_silent_user")
def add_silent_user(call: Call) -> Any:
    room_id = _room(call, "room_id")
    tuid_text = call.params["tuid"]
    if not tuid_text.isdigit():
        raise Fail(-400, "参数错误: tuid")
    if int(tuid_text) == 0:
        raise Fail(-404, "用户不存在")
    hour = call.get("hour")
    if hour is None:
        return {}  # as on the API: accepted, nobody muted
    tuid = int(tuid_text)
    target = call.world.account_by_uid(tuid)
    account = call.account
    assert account is not None
    name = target.uname if target else f"用户{tuid}"
    kind = call.get("type")
    if kind == "2":
        hour = UNTIL_SESSION_ENDS
    elif kind == "1" and hour == UNTIL_SESSION_ENDS:
        hour = PERMANENT  # "1" is never this session
    msg = call.get("msg") or ""
    call.world.silent_users.add(room_id, tuid, name, account.uid, account.uname, call.world.now(), hour, msg)
    return {}


@area.handler("get_silent_user_list")
def get_silent_user_list(call: Call) -> Any:
    room_id = _room(call, "room_id")
    page_text, pn_text = call.params["ps"], call.get("pn")
    if not page_text.isdigit() or int(page_text) < 1 or (pn_text is not None and not pn_text.isdigit()):
        raise Fail(-400, "参数错误: ps")
    # Two readings seen in clients: `ps` the page number, or `pn` the page number and `ps` its size.
    page, size = (int(pn_text), int(page_text)) if pn_text is not None else (int(page_text), PAGE_SIZE)
    account = call.account
    assert account is not None
    mutes = list(reversed(call.world.silent_users.active(room_id, call.world.now())))  # newest first
    chunk = mutes[(page - 1) * size : page * size]
    answer: dict[str, Any] = {
        "data": [m.record(account.uid) for m in chunk],
        "total": len(mutes),
        "total_page": max(1, math.ceil(len(mutes) / size)),
    }
    if pn_text is not None:
        answer.update(pn=page, ps=size)
    return answer


@area.handler("del_room_block_user")
def del_room_block_user(call: Call) -> Any:
    room_id = _room(call, "roomid")
    record = call.params["id"]
    state = call.world.silent_users
    found = next((m for m in state.active(room_id, call.world.now()) if m.id == record), None)
    if found is None:
        raise Fail(*NO_SUCH_RECORD)
    state.mutes.remove(found)
    return Reply([], message="", msg="", ttl=None)


@area.handler("del_silent_user")
def del_silent_user(call: Call) -> Any:
    room_id = _room(call, "room_id")
    tuid_text = call.params["tuid"]
    if not tuid_text.isdigit():
        raise Fail(-400, "参数错误: tuid")
    state = call.world.silent_users
    tuid = int(tuid_text)
    state.mutes = [m for m in state.mutes if not (m.room_id == room_id and m.tuid == tuid)]
    return ABSENT  # the sources show a bare envelope
