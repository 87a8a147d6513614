"""send_chat_message on the wire. In order: the room must exist (its long id); a room-wide mute
refuses everyone but the anchor and admins (-403: the API's code for it was never published);
too long is 1003212, too fast 10031; a blocked keyword gives code 0 with message "k" (not shown);
otherwise code 0 with message "" (sent)."""

from __future__ import annotations

import json
from typing import Any

from ..admins.responses import may_moderate
from ..answers import Fail, Reply
from ..plumbing import Area, Call
from .backend import MAX_LENGTH, ChatMessage

area = Area("chat")

NO_SUCH_ROOM = (-404, "直播间不存在")
ROOM_MUTED = (-403, "主播开启了全员禁言")
TOO_LONG = (1003212, "超出限制长度")
TOO_FAST = (10031, "您发送弹幕的频率过快")
FILTERED_BY_KEYWORD = "k"


def mode_info(message: ChatMessage, face: str, color: int, font_size: int, mode: int) -> dict[str, Any]:
    extra: dict[str, Any] = {
        "send_from_me": True,
        "mode": 0,
        "color": color,
        "font_size": font_size,
        "player_mode": mode,
    }
    extra |= {"content": message.text, "id_str": message.id_str, "reply_mid": 0, "emots": None}
    base = {
        "name": message.uname,
        "face": face,
        "name_color": 0,
        "is_mystery": False,
        "risk_ctrl_info": None,
        "origin_info": {"name": message.uname, "face": face},
        "official_info": {"role": 0, "title": "", "desc": "", "type": -1},
        "name_color_str": "",
    }
    user = {
        "uid": message.uid,
        "base": base,
        "medal": None,
        "wealth": None,
        "title": {"old_title_css_id": "", "title_css_id": ""},
        "guard": None,
        "uhead_frame": None,
        "guard_leader": {"is_guard_leader": False},
    }
    return {"mode": 0, "show_player_type": 0, "extra": json.dumps(extra, ensure_ascii=False), "user": user}


@area.handler("send_chat_message")
def send_chat_message(call: Call) -> Any:
    account = call.account
    assert account is not None
    world = call.world
    room_id, text, now = call.params["roomid"], call.params["msg"], world.now()
    if room_id not in world.rooms.rooms:
        raise Fail(*NO_SUCH_ROOM)
    if world.room_mutes.current(room_id, now) is not None and not may_moderate(call, room_id):
        raise Fail(*ROOM_MUTED)
    if len(text) > MAX_LENGTH:
        raise Fail(*TOO_LONG)
    if world.chat.too_fast(account.uid, now):
        raise Fail(*TOO_FAST)
    filtered = world.keywords.blocks(room_id, text)
    message = world.chat.add(room_id, account.uid, account.uname, text, now, shown=not filtered)
    info = mode_info(message, account.face, call.params["color"], call.params["fontsize"], call.get("mode", 1))
    word = FILTERED_BY_KEYWORD if filtered else ""
    return Reply({"mode_info": info, "dm_v2": None}, message=word, msg=word, ttl=None)
