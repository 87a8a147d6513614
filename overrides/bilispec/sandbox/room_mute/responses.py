"""set_room_silent and get_room_silent on the wire. Neither answer was seen publicly: set answers
`{}`, the state has the members of Rsplwe/bili-live-hime's type. The anchor and admins may set it."""

from __future__ import annotations

from typing import Any

from ..admins.responses import may_moderate
from ..answers import Fail
from ..plumbing import Area, Call
from .backend import RoomMute

area = Area("room_mute")

NOT_ALLOWED = (-403, "非房管或主播, 无权操作")
NO_SUCH_ROOM = (-404, "直播间不存在")


def state(mute: RoomMute | None, now: float) -> dict[str, Any]:
    if mute is None:
        return {"type": "", "level": 0, "second": 0, "expire_time": 0, "minute": 0}
    end = mute.ends()
    left = int(end - now) if end is not None else 0
    return {"type": mute.type, "level": mute.level, "second": left, "expire_time": int(end or 0), "minute": mute.minute}


@area.handler("set_room_silent")
def set_room_silent(call: Call) -> Any:
    room_id = call.params["room_id"]
    if not may_moderate(call, room_id):
        raise Fail(*NOT_ALLOWED)
    level = call.get("level", 1)
    call.world.room_mutes.set(room_id, call.params["type"], level, call.get("minute", 0), call.world.now())
    return {}


@area.handler("get_room_silent")
def get_room_silent(call: Call) -> Any:
    room_id = call.params["room_id"]
    if call.world.rooms.rooms.get(room_id) is None:
        raise Fail(*NO_SUCH_ROOM)
    now = call.world.now()
    return state(call.world.room_mutes.current(room_id, now), now)
