"""Sandbox handlers for room management: open a room, title/area/tags, pre-live info, news,
start (with RTMP push details) and stop.

Area 60009 is an area that went offline and 60024 one that needs face verification, so both
documented refusals can be reached on purpose.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .core import Area, Call, Fail, Reply

if TYPE_CHECKING:
    from .world import Account, World

area = Area("room")

AREAS = {86: "英雄联盟", 235: "其他单机", 371: "虚拟主播", 624: "聊天电台"}
OFFLINE_AREA = 1  # 60009
FACE_AUTH_AREA = 745  # 60024
ALREADY_CREATED = 1_531_193_016
ERROR = (1, "错误")
PUSH_ADDR = "rtmp://live-push.bilivideo.com/live-bvc/"
PLATFORM_FLAG = {"pc": 1, "pc_link": 2, "android_link": 3}
HDSLB = ".hdslb.com"
LIVE_VERSION = {"curr_version": "7.19.0.9432", "build": 9432}


@dataclass
class Room:
    room_id: int
    uid: int
    title: str
    area_id: int
    tags: list[str] = field(default_factory=list)
    news: str = ""
    cover: str = ""
    live: bool = False
    sessions: int = 0
    live_key: str = ""
    started: float = 0.0
    platform: str = ""

    def sub_session_key(self) -> str:
        return f"{self.live_key}sub_time:{int(self.started)}" if self.live else ""

    def stream_code(self) -> str:
        # Deterministic, and shaped like the real key, so scrubbing is tested on realistic text.
        key = f"{self.uid:x}{self.sessions:04x}sandboxstreamkey"[:32]
        flag = PLATFORM_FLAG.get(self.platform, 2)
        return f"?streamname=live_{self.uid}_{self.room_id % 100_000_000}&key={key}&schedule=rtmp&pflag={flag}"


@dataclass
class RoomState:
    rooms: dict[int, Room] = field(default_factory=dict)
    next_room_id: int = 20_000_101

    @classmethod
    def seed(cls, world: World) -> RoomState:
        state = cls()
        for account in world.accounts:
            if account.room_id is not None:
                state.rooms[account.room_id] = Room(account.room_id, account.uid, f"{account.uname}的直播间", 371)
        state.rooms[20_000_001].tags = ["唱歌", "聊天"]
        return state


def _own_room(call: Call, room_id: int, refusal: tuple[int, str] = ERROR) -> Room:
    account = call.account
    room = call.world.rooms.rooms.get(room_id)
    if account is None or room is None or room.uid != account.uid:
        raise Fail(*refusal)
    return room


def _room_of(call: Call) -> Room:
    account = call.account
    if account is None or account.room_id is None:
        raise Fail(*ERROR)
    return call.world.rooms.rooms[account.room_id]


def _audit(title: str | None, changed: bool) -> dict[str, Any]:
    if title and changed:
        return {"audit_title_reason": "先发后审", "update_title": "", "audit_title_status": 2, "audit_title": title}
    return {"audit_title_reason": "", "update_title": "", "audit_title_status": 0}


def _check_area(area_id: int, face_auth_refused: bool) -> None:
    if area_id == FACE_AUTH_AREA and face_auth_refused:
        raise Fail(60024, "目标分区需要人脸认证")
    if area_id not in AREAS and area_id != FACE_AUTH_AREA:
        raise Fail(60009, "分区不存在")


@area.handler("create_room")
def create_room(call: Call) -> Any:
    account: Account | None = call.account
    assert account is not None
    if account.room_id is not None:
        raise Fail(ALREADY_CREATED, "已经创建直播间~", {"roomID": ""})
    state = call.world.rooms
    room_id, state.next_room_id = state.next_room_id, state.next_room_id + 1
    account.room_id = room_id
    state.rooms[room_id] = Room(room_id, account.uid, f"{account.uname}的直播间", 624)
    return {"roomID": str(room_id)}


@area.handler("update_room")
def update_room(call: Call) -> Any:
    room = _own_room(call, call.params["room_id"])
    title, area_id = call.get("title"), call.get("area_id")
    if area_id is not None:
        _check_area(area_id, face_auth_refused=False)
    changed = title is not None and title != room.title
    if title is not None:
        room.title = title
    if area_id is not None:
        room.area_id = area_id
    if call.get("add_tag"):
        if call.params["add_tag"] not in room.tags:
            room.tags.append(call.params["add_tag"])
    elif call.get("del_tag") in room.tags:
        room.tags.remove(call.params["del_tag"])
    data = {"sub_session_key": room.sub_session_key(), "audit_info": _audit(title, changed)}
    return Reply(data, message="ok", msg="ok", ttl=None)


@area.handler("update_pre_live_info")
def update_pre_live_info(call: Call) -> Any:
    room = _room_of(call)
    cover, title = call.get("cover"), call.get("title")
    if cover is not None:
        host = cover.split("://", 1)[-1].split("/", 1)[0]
        if not cover.startswith(("http://", "https://")) or not host.endswith(HDSLB):
            raise Fail(100402, "图片地址不合法")
        room.cover = cover
    changed = title is not None and title != room.title
    if title is not None:
        room.title = title
    audit = _audit(title, changed)
    return {"audit_info": {k: audit.get(k, "") for k in ("audit_title", "audit_title_status", "audit_title_reason")}}


@area.handler("update_room_news")
def update_room_news(call: Call) -> Any:
    room = _own_room(call, call.params["room_id"])
    if call.params["uid"] != room.uid:
        raise Fail(*ERROR)
    room.news = call.params["content"]
    return {}


@area.handler("start_live")
def start_live(call: Call) -> Any:
    room = _own_room(call, call.params["room_id"])
    area_id = call.params["area_v2"]
    # Accounts that identify their streaming app pass face verification, as on the API.
    _check_area(area_id, face_auth_refused=call.get("version") is None)
    change = 0 if room.live else 1
    if not room.live:
        room.live, room.sessions, room.started = True, room.sessions + 1, call.world.now()
        room.live_key = str(608_336_837_537_435_000 + room.room_id % 1000 * 100 + room.sessions)
    room.area_id, room.platform = area_id, call.params["platform"]
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
    room = _own_room(call, call.params["room_id"], refusal=(-400, "没有权限"))
    change = 1 if room.live else 0
    if room.live:
        room.live = False
        call.world.silent_users.session_ended(room.room_id)
    return Reply({"change": change, "status": "PREPARING"}, message="", msg="", ttl=None)


@area.handler("get_home_page_live_version")
def get_home_page_live_version(call: Call) -> Any:
    return dict(LIVE_VERSION)
