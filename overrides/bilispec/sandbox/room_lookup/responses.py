"""The room-reading operations on the wire. room_init and get_room_info take a short or a long id
and need no login; a missing room is 60004 with `data: []` (room_init) or code 1 (get_room_info)."""

from __future__ import annotations

from typing import Any

from ..answers import Fail, Reply
from ..clock import beijing
from ..plumbing import Area, Call
from ..room_mute.responses import state
from ..rooms.backend import Room
from ..rooms.responses import PUSH_ADDR

area = Area("room_lookup")

NO_SUCH_ROOM_INIT: tuple[int, str, list[Any]] = (60004, "直播间不存在", [])
NO_SUCH_ROOM_INFO = (1, "未找到该房间")
NOTHING_THERE = (-404, "直播间不存在")
NO_ROOM = (-403, "你还没有直播间")
NOT_LIVE_TIME = -62170012800  # room_init's live_time when the room is not live


def _room(call: Call, name: str, refusal: tuple[Any, ...]) -> Room:
    room = call.world.rooms.resolve(call.params[name])
    if room is None:
        raise Fail(*refusal)
    return room


def _parent(call: Call, area_id: int) -> tuple[int, str]:
    for pid, (name, subs) in call.world.areas.parents.items():
        if area_id in subs:
            return pid, name
    return 0, ""


@area.handler("room_init")
def room_init(call: Call) -> Any:
    room = _room(call, "id", NO_SUCH_ROOM_INIT)
    data = {
        "room_id": room.room_id,
        "short_id": room.short_id,
        "uid": room.uid,
        "need_p2p": 0,
        "is_hidden": False,
        "is_locked": False,
        "is_portrait": False,
        "live_status": int(room.live),
        "hidden_till": 0,
        "lock_till": 0,
        "encrypted": False,
        "pwd_verified": False,
        "live_time": int(room.started) if room.live else NOT_LIVE_TIME,
        "room_shield": 0,
        "is_sp": 0,
        "special_type": 0,
    }
    return Reply(data, message="ok", msg="ok", ttl=None)


@area.handler("get_room_info")
def get_room_info(call: Call) -> Any:
    room = _room(call, "room_id", NO_SUCH_ROOM_INFO)
    now = call.world.now()
    mute = state(call.world.room_mutes.current(room.room_id, now), now)
    parent_id, parent_name = _parent(call, room.area_id)
    data = {
        "uid": room.uid,
        "room_id": room.room_id,
        "short_id": room.short_id,
        "attention": 1024,
        "online": 0,
        "is_portrait": False,
        "description": "",
        "live_status": int(room.live),
        "area_id": room.area_id,
        "parent_area_id": parent_id,
        "parent_area_name": parent_name,
        "old_area_id": 6,
        "background": "",
        "title": room.title,
        "user_cover": room.cover,
        "keyframe": "",
        "live_time": beijing(room.started) if room.live else "0000-00-00 00:00:00",
        "tags": ",".join(room.tags),
        "room_silent_type": mute["type"],
        "room_silent_level": mute["level"],
        "room_silent_second": mute["second"],
        "area_name": call.world.area_name(room.area_id),
        "hot_words": [],
        "hot_words_status": 0,
        "new_pendants": {"frame": None, "mobile_frame": None, "badge": None, "mobile_badge": None},
        "pk_status": 0,
        "pk_id": 0,
        "allow_change_area_time": 0,
        "allow_upload_cover_time": 0,
        "studio_info": None,
    }
    return Reply(data, message="ok", msg="ok", ttl=None)


@area.handler("get_room_news")
def get_room_news(call: Call) -> Any:
    room = call.world.rooms.rooms.get(call.params["room_id"])
    if room is None:
        raise Fail(*NOTHING_THERE)
    return {"content": room.news, "room_id": room.room_id, "uid": room.uid}


@area.handler("fetch_web_up_stream_addr")
def fetch_web_up_stream_addr(call: Call) -> Any:
    account = call.account
    if account is None or account.room_id is None:
        raise Fail(*NO_ROOM)
    room = call.world.rooms.rooms[account.room_id]
    return {"addr": {"addr": PUSH_ADDR, "code": room.stream_code()}, "line": [], "srt_addr": None}
