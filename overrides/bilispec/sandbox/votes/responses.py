"""The vote operations on the wire: the caller's room checked, the backend called, JSON shaped."""

from __future__ import annotations

from typing import Any

from ..answers import Fail
from ..clock import beijing
from ..plumbing import Area, Call
from .backend import DURING, NOT_YOUR_ROOM, SEED_TEMPLATE_ID, STATUS_CHANGE_FAILED, WAITING_AUDIT, Vote, VoteBackend

area = Area("vote")

TEMPLATES: list[dict[str, Any]] = [
    {"template_id": SEED_TEMPLATE_ID, "question": "哪边赢", "option_a": "左", "option_b": "右"},
    {"template_id": 96_177_095_781_888, "question": "相信奇迹吗", "option_a": "相信", "option_b": "必须相信"},
]


def etime_str(when: float) -> str:
    """'MM-DD HH:MM' in UTC+8, as the panel shows the end time."""
    return beijing(when, "%m-%d %H:%M")


def vote_info(vote: Vote, now: float) -> dict[str, Any]:
    status = vote.status(now)
    end = vote.stopped if vote.stopped is not None else vote.ends
    info: dict[str, Any] = {
        "status": status,
        "question": vote.question,
        "options": [
            {"idx": 1, "desc": vote.option_a, "percent": 0.5},
            {"idx": 2, "desc": vote.option_b, "percent": 0.5},
        ],
        "duration": vote.minutes * 60_000,
        "result": 1,
        "result_text": "平局",
        "etime_str": etime_str(end),
        "interaction_id": vote.interaction_id,
    }
    if status in (WAITING_AUDIT, DURING):
        info["left_duration"] = int((vote.ends - now) * 1000)
    if vote.template_id is not None:
        info["template_id"] = vote.template_id
    return info


def _votes(call: Call) -> VoteBackend:
    return call.world.votes


def _own_room(call: Call, room_id: int) -> bool:
    return call.account is not None and call.account.room_id == room_id


@area.handler("create_vote")
def create_vote(call: Call) -> Any:
    room_id = call.params["room_id"]
    if not _own_room(call, room_id):
        raise Fail(*NOT_YOUR_ROOM)
    vote = _votes(call).create(
        room_id,
        call.params["question"],
        call.params["option_a"],
        call.params["option_b"],
        minutes=call.params["duration"],
        template_id=call.get("template_id"),
        now=call.world.now(),
    )
    return {"interaction_id": vote.interaction_id}


@area.handler("get_vote_panel")
def get_vote_panel(call: Call) -> Any:
    room_id = call.params["room_id"]
    if not _own_room(call, room_id):
        return None  # as documented: null data for a room that is not the caller's
    now = call.world.now()
    vote = _votes(call).running(room_id, now)
    return {"vote_info": vote_info(vote, now) if vote else {}, "templates": TEMPLATES}


@area.handler("get_vote_history")
def get_vote_history(call: Call) -> Any:
    room_id = call.params["room_id"]
    if not _own_room(call, room_id):
        return {}  # as documented: an empty object for someone else's room
    now = call.world.now()
    return {"history": [vote_info(v, now) for v in _votes(call).history(room_id, now)]}


@area.handler("terminate_vote")
def terminate_vote(call: Call) -> Any:
    room_id = call.params["room_id"]
    if not _own_room(call, room_id):
        raise Fail(*STATUS_CHANGE_FAILED)
    _votes(call).terminate(room_id, call.params["interaction_id"], call.world.now())
    return None
