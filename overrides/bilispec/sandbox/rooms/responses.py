"""The room operations on the wire."""

from __future__ import annotations

from typing import Any

from ..answers import Fail, Reply
from ..plumbing import Area, Call
from .backend import ERROR, LIVE_VERSION, RoomBackend

area = Area("room")

PUSH_ADDR = "rtmp://live-push.bilivideo.com/live-bvc/"
HDSLB = ".hdslb.com"


def _rooms(call: Call) -> RoomBackend:
    return call.world.rooms


def _audit(title: str | None, changed: bool) -> dict[str, Any]:
    if title and changed:
        return {"audit_title_reason": "先发后审", "update_title": "", "audit_title_status": 2, "audit_title": title}
    return {"audit_title_reason": "", "update_title": "", "audit_title_status": 0}


@area.handler("create_room")
def create_room(call: Call) -> Any:
    account = call.account
    assert account is not None
    room = _rooms(call).create(account)
    return {"roomID": str(room.room_id)}


@area.handler("update_room")
def update_room(call: Call) -> Any:
    room = _rooms(call).owned(call.account, call.params["room_id"])
    title = call.get("title")
    changed = _rooms(call).update(room, title, call.get("area_id"), call.get("add_tag"), call.get("del_tag"))
    data = {"sub_session_key": room.sub_session_key(), "audit_info": _audit(title, changed)}
    return Reply(data, message="ok", msg="ok", ttl=None)


@area.handler("update_pre_live_info")
def update_pre_live_info(call: Call) -> Any:
    room = _rooms(call).of(call.account)
    cover, title = call.get("cover"), call.get("title")
    if cover is not None:
        host = cover.split("://", 1)[-1].split("/", 1)[0]
        if not cover.startswith(("http://", "https://")) or not host.endswith(HDSLB):
            raise Fail(100402, "图片地址不合法")
    changed = _rooms(call).pre_live(room, cover, title)
    audit = _audit(title, changed)
    return {"audit_info": {k: audit.get(k, "") for k in ("audit_title", "audit_title_status", "audit_title_reason")}}


@area.handler("update_room_news")
def update_room_news(call: Call) -> Any:
    room = _rooms(call).owned(call.account, call.params["room_id"])
    if call.params["uid"] != room.uid:
        raise Fail(*ERROR)
    room.news = call.params["content"]
    return {}


@area.handler("start_live")
def start_live(call: Call) -> Any:
    rooms = _rooms(call)
    room = rooms.owned(call.account, call.params["room_id"])
    identified = call.get("version") is not None
    change = rooms.start(room, call.params["area_v2"], call.params["platform"], identified, call.world.now())
    code = room.stream_code()
    rtmp = {"type": 1, "addr": PUSH_ADDR, "code": code, "new_link": "", "provider": "live"}
    data = {
        "change": change,
        "status": "LIVE",
        "try_time": "0000-00-00 00:00:00",
        "room_type": 0,
        "live_key": room.live_key,
        "sub_session_key": room.sub_session_key(),
        "rtmp": rtmp,
        "protocols": [{"protocol": "rtmp", "addr": PUSH_ADDR, "code": code, "new_link": "", "provider": "txy"}],
        "notice": {"type": 1, "status": 0, "title": "", "msg": "", "button_text": "", "button_url": ""},
        "qr": "",
        "need_face_auth": False,
        "service_source": "live-streaming",
        "rtmp_backup": None,
        "up_stream_extra": {"isp": "电信"},
    }
    return Reply(data, message="", msg="", ttl=None)


@area.handler("stop_live")
def stop_live(call: Call) -> Any:
    room = _rooms(call).owned(call.account, call.params["room_id"], refusal=(-400, "没有权限"))
    was_live = room.live
    change = _rooms(call).stop(room)
    if was_live:  # mutes "until the session ends" lapse with it
        call.world.silent_users.session_ended(room.room_id)
    return Reply({"change": change, "status": "PREPARING"}, message="", msg="", ttl=None)


@area.handler("get_home_page_live_version")
def get_home_page_live_version(call: Call) -> Any:
    return dict(LIVE_VERSION)
