"""The commands the sandbox's rooms send, each made from the real example of its cmd (templates.py)
with the viewer, the vote or the room filled in. Pure functions: state.py decides when."""

from __future__ import annotations

import copy
import json
from typing import Any

from ..clock import Clock
from ..room_mute.backend import RoomMute
from ..rooms.backend import AREAS, Room
from ..silent_users.backend import Mute
from ..votes.backend import AUDIT_FAILED, DURING, WAITING_AUDIT, Vote
from . import templates

# The parent area of each sandbox area (the API's area list).
PARENT_AREAS = {86: (2, "网游"), 235: (6, "单机游戏"), 371: (9, "虚拟主播"), 624: (5, "电台"), 745: (9, "虚拟主播")}
VOTE_TYPE = 101  # DM_INTERACTION's type for a live vote (the live-vote page)


def _ms(clock: Clock) -> int:
    return int(clock.now() * 1000)


def danmaku(clock: Clock, uid: int, uname: str, text: str) -> dict[str, Any]:
    """DANMU_MSG: `info[1]` the text, `info[2]` [uid, name, ...], no fan medal (`info[3]` [])."""
    command = copy.deepcopy(templates.DANMU_MSG)
    info = command["info"]
    now_ms = _ms(clock)
    info[0][4] = now_ms
    extra = json.loads(info[0][15]["extra"])
    extra.update(content=text, emots=None, id_str=f"sandbox{now_ms:x}{uid:x}", emoticon_unique="")
    info[0][15]["extra"] = json.dumps(extra, ensure_ascii=False, separators=(",", ":"))
    user = info[0][15]["user"]
    user["uid"] = uid
    user["medal"] = None
    user["base"]["name"] = uname
    user["base"]["origin_info"]["name"] = uname
    info[1] = text
    info[2] = [uid, uname, 0, 0, 0, 10000, 1, ""]
    info[3] = []
    info[9] = {"ct": f"{now_ms & 0xFFFFFFFF:08X}", "ts": now_ms // 1000}
    return command


def gift(
    clock: Clock, uid: int, uname: str, anchor: tuple[int, str], name: str, gift_id: int, num: int, price: int
) -> dict[str, Any]:
    """SEND_GIFT: `num` of gift `name` (price in gold per gift) to the room's anchor."""
    command = copy.deepcopy(templates.SEND_GIFT)
    data = command["data"]
    now = int(clock.now())
    combo = f"gift:combo_id:{uid}:{anchor[0]}:{gift_id}:{now}.0000"
    total = price * num
    data.update(
        uid=uid, uname=uname, giftId=gift_id, giftName=name, num=num, price=price, timestamp=now,
        total_coin=total, combo_total_coin=total, discount_price=price, super_gift_num=num,
        super_batch_gift_num=num, batch_combo_id=f"batch:{combo}", tid=f"{now}{uid % 10**9:09d}",
        rnd=f"{now}{uid % 10**9:09d}", receive_user_info={"uid": anchor[0], "uname": anchor[1]},
    )  # fmt: skip
    for part, combo_id in (("combo_send", combo), ("batch_combo_send", f"batch:{combo}")):
        data[part].update(uid=uid, uname=uname, gift_id=gift_id, gift_name=name, gift_num=num)
        data[part]["batch_combo_id" if part == "batch_combo_send" else "combo_id"] = combo_id
    return command


def entry(clock: Clock, uid: int, uname: str, room_id: int) -> dict[str, Any]:
    """INTERACT_WORD msg_type 1: a viewer entered the room (`trigger_time` in nanoseconds, past 2^53)."""
    command = copy.deepcopy(templates.INTERACT_WORD)
    data = command["data"]
    now = clock.now()
    data.update(
        uid=uid, uname=uname, roomid=room_id, msg_type=1, timestamp=int(now),
        trigger_time=int(now * 1000) * 1_000_000, score=int(now * 1000),
    )  # fmt: skip
    data["fans_medal"].update(anchor_roomid=0, medal_level=0, medal_name="", score=0, target_id=0)
    return command


def vote(vote: Vote, status: int, clock: Clock) -> dict[str, Any]:
    """DM_INTERACTION type 101: the vote in state `status` (1 waiting for audit, 2 refused, 4 running,
    5 ended, 6 stopped); `data.data` is JSON in a string, as on the wire."""
    command = copy.deepcopy(templates.DM_INTERACTION_VOTE)
    outer = command["data"]
    inner = json.loads(outer["data"])
    duration = vote.minutes * 60_000
    left = max(0, int((vote.ends - clock.now()) * 1000)) if status in (WAITING_AUDIT, DURING) else 0
    options = [(1, vote.option_a), (2, vote.option_b)]
    inner.update(
        question=vote.question, vote_id=vote.interaction_id, duration=duration, left_duration=left, cnt=0,
        options=[{"idx": idx, "desc": desc, "cnt": 0, "percent": 0.5} for idx, desc in options],
        audit_reason=inner["audit_reason"] if status == AUDIT_FAILED else "",
    )  # fmt: skip
    combo = inner["combo"]
    for item, (idx, desc) in zip(combo, options, strict=True):
        item.update(id=idx, status=status, content=desc, cnt=0, left_duration=left)
    outer.update(data=json.dumps(inner, ensure_ascii=False, separators=(",", ":")), id=vote.interaction_id)
    outer.update(status=status, type=VOTE_TYPE)
    return command


def room_block(mute: Mute, anchor_uid: int) -> dict[str, Any]:
    """ROOM_BLOCK_MSG: a viewer muted; top-level `uid` a string, `data.uid` an integer, as on the wire."""
    command = copy.deepcopy(templates.ROOM_BLOCK_MSG)
    command["data"].update(uid=mute.tuid, uname=mute.tname, operator=1 if mute.by_uid == anchor_uid else 2)
    command.update(uid=str(mute.tuid), uname=mute.tname)
    return command


def live(room: Room) -> dict[str, Any]:
    command = copy.deepcopy(templates.LIVE)
    command.update(
        live_key=room.live_key, sub_session_key=room.sub_session_key(), live_platform=room.platform or "pc",
        live_time=int(room.started), roomid=room.room_id,
    )  # fmt: skip
    return command


def preparing(room: Room, clock: Clock) -> dict[str, Any]:
    """PREPARING as sent since 2025 (`roomid` a string, `msg_id`, `send_time` in milliseconds)."""
    command = copy.deepcopy(templates.PREPARING)
    command.pop("round", None)  # only rooms with a replay loop send it
    now_ms = _ms(clock)
    command.update(msg_id=f"{now_ms}{room.room_id % 1000:03d}:1000:1000", roomid=str(room.room_id), send_time=now_ms)
    return command


def room_change(room: Room) -> dict[str, Any]:
    command = copy.deepcopy(templates.ROOM_CHANGE)
    parent_id, parent_name = PARENT_AREAS.get(room.area_id, (0, ""))
    command["data"].update(
        title=room.title, area_id=room.area_id, area_name=AREAS.get(room.area_id, ""), parent_area_id=parent_id,
        parent_area_name=parent_name, live_key=room.live_key if room.live else "0",
        sub_session_key=room.sub_session_key(),
    )  # fmt: skip
    return command


def room_silent(mute: RoomMute | None) -> dict[str, Any]:
    """ROOM_SILENT_ON (who it silences, `second` its end in Unix seconds, -1 until switched off) or,
    for None, ROOM_SILENT_OFF with its empty data, as on the wire."""
    if mute is None:
        return {"cmd": "ROOM_SILENT_OFF", "data": {"type": "", "level": 0, "second": 0}}
    end = mute.ends()
    return {"cmd": "ROOM_SILENT_ON", "data": {"type": mute.type, "level": mute.level, "second": int(end or -1)}}
