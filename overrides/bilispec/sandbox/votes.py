"""Sandbox handlers for live votes: create, panel, terminate, history.

A vote waits for review for REVIEW_SECONDS, then runs for `duration` minutes (the page's 0 < d <
10; the examples' durations are 60000 ms for duration=1), then ends; terminating it stops it
earlier. A question with a word the review refuses ends in AUDIT_FAILED. The status is computed
from the world's clock on every read, so it moves over time like the real one.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .core import Area, Call, Fail
from .world import beijing

if TYPE_CHECKING:
    from .world import World

area = Area("vote")

WAITING_AUDIT, AUDIT_FAILED, DURING, END, STOP = 1, 2, 4, 5, 6
REVIEW_SECONDS = 2
REFUSED_WORDS = ("违规", "forbidden")
HISTORY_SIZE = 10
NOT_YOUR_ROOM = (-404, "不是自己的直播间")
STATUS_CHANGE_FAILED = (1003402, "修改投票状态失败")

TEMPLATES: list[dict[str, Any]] = [
    {"template_id": 54_339_003_518_976, "question": "哪边赢", "option_a": "左", "option_b": "右"},
    {"template_id": 96_177_095_781_888, "question": "相信奇迹吗", "option_a": "相信", "option_b": "必须相信"},
]


def etime_str(when: float) -> str:
    """'MM-DD HH:MM' in UTC+8, as the panel shows the end time."""
    return beijing(when, "%m-%d %H:%M")


@dataclass
class Vote:
    interaction_id: int
    room_id: int
    question: str
    option_a: str
    option_b: str
    minutes: int
    created: float
    template_id: int | None = None
    stopped: float | None = None

    @property
    def ends(self) -> float:
        return self.created + REVIEW_SECONDS + self.minutes * 60

    def status(self, now: float) -> int:
        if any(word in self.question for word in REFUSED_WORDS):
            return AUDIT_FAILED if now >= self.created + REVIEW_SECONDS else WAITING_AUDIT
        if self.stopped is not None:
            return STOP
        if now < self.created + REVIEW_SECONDS:
            return WAITING_AUDIT
        return DURING if now < self.ends else END

    def running(self, now: float) -> bool:
        return self.status(now) in (WAITING_AUDIT, DURING)

    def info(self, now: float) -> dict[str, Any]:
        status = self.status(now)
        end = self.stopped if self.stopped is not None else self.ends
        info: dict[str, Any] = {
            "status": status,
            "question": self.question,
            "options": [
                {"idx": 1, "desc": self.option_a, "percent": 0.5},
                {"idx": 2, "desc": self.option_b, "percent": 0.5},
            ],
            "duration": self.minutes * 60_000,
            "result": 1,
            "result_text": "平局",
            "etime_str": etime_str(end),
            "interaction_id": self.interaction_id,
        }
        if status in (WAITING_AUDIT, DURING):
            info["left_duration"] = int((self.ends - now) * 1000)
        if self.template_id is not None:
            info["template_id"] = self.template_id
        return info


@dataclass
class VoteState:
    votes: list[Vote] = field(default_factory=list)
    next_id: int = 120_000_000_000_000

    @classmethod
    def seed(cls, world: World) -> VoteState:
        from .world import SANDBOX_ROOM_ID

        state = cls()
        start = world.now() - 3 * 86400
        for n, question in enumerate(["今天播多久", "下一把玩什么", "能不能一把过"]):
            vote = state.add(SANDBOX_ROOM_ID, question, "能", "不能", minutes=1 + n, created=start + n * 3600)
        vote.template_id = TEMPLATES[0]["template_id"]
        return state

    def add(self, room_id: int, question: str, a: str, b: str, *, minutes: int, created: float) -> Vote:
        self.next_id += 65_536  # interaction ids are large and sparse
        vote = Vote(self.next_id, room_id, question, a, b, minutes, created)
        self.votes.append(vote)
        return vote

    def running(self, room_id: int, now: float) -> Vote | None:
        return next((v for v in reversed(self.votes) if v.room_id == room_id and v.running(now)), None)


def _own_room(call: Call, room_id: int) -> bool:
    return call.account is not None and call.account.room_id == room_id


@area.handler("create_vote")
def create_vote(call: Call) -> Any:
    room_id = call.params["room_id"]
    if not _own_room(call, room_id):
        raise Fail(*NOT_YOUR_ROOM)
    state, now = call.world.votes, call.world.now()
    if state.running(room_id, now):  # one vote at a time; the page names no code, so the status-change one
        raise Fail(*STATUS_CHANGE_FAILED)
    vote = state.add(
        room_id,
        call.params["question"],
        call.params["option_a"],
        call.params["option_b"],
        minutes=call.params["duration"],
        created=now,
    )
    vote.template_id = call.get("template_id")
    return {"interaction_id": vote.interaction_id}


@area.handler("get_vote_panel")
def get_vote_panel(call: Call) -> Any:
    room_id = call.params["room_id"]
    now = call.world.now()
    vote = call.world.votes.running(room_id, now) if _own_room(call, room_id) else None
    return {"vote_info": vote.info(now) if vote else {}, "templates": TEMPLATES}


@area.handler("get_vote_history")
def get_vote_history(call: Call) -> Any:
    room_id = call.params["room_id"]
    if not _own_room(call, room_id):
        return {}  # as documented: an empty object for someone else's room
    now = call.world.now()
    done = [v for v in call.world.votes.votes if v.room_id == room_id and not v.running(now)]
    return {"history": [v.info(now) for v in reversed(done[-HISTORY_SIZE:])]}


@area.handler("terminate_vote")
def terminate_vote(call: Call) -> Any:
    room_id, interaction_id = call.params["room_id"], call.params["interaction_id"]
    now = call.world.now()
    vote = next((v for v in call.world.votes.votes if v.interaction_id == interaction_id), None)
    if vote is None or vote.room_id != room_id or not _own_room(call, room_id) or not vote.running(now):
        raise Fail(*STATUS_CHANGE_FAILED)
    vote.stopped = now
    return None
