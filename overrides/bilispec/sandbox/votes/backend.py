"""The votes of every room and how they move.

A vote waits for review for REVIEW_SECONDS, then runs for `duration` minutes (the page's 0 < d <
10; the examples' durations are 60000 ms for duration=1), then ends; terminating it stops it
earlier. A question with a word the review refuses ends in AUDIT_FAILED. The status is computed
from the clock on every read, so it moves over time like the real one.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..accounts import SANDBOX_ROOM_ID
from ..answers import Fail

WAITING_AUDIT, AUDIT_FAILED, DURING, END, STOP = 1, 2, 4, 5, 6
REVIEW_SECONDS = 2
REFUSED_WORDS = ("违规", "forbidden")
HISTORY_SIZE = 10
NOT_YOUR_ROOM = (-404, "不是自己的直播间")
# One vote at a time. The page names no code for a second one; the sandbox answers the site-wide
# -403 (access denied), which the description allows for every operation.
ONE_AT_A_TIME = (-403, "访问权限不足: 已有进行中的投票")
STATUS_CHANGE_FAILED = (1003402, "修改投票状态失败")
SEED_TEMPLATE_ID = 54_339_003_518_976


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


@dataclass
class VoteBackend:
    """The operations are its methods; `room_id` is always the caller's own room (checked by the caller)."""

    votes: list[Vote] = field(default_factory=list)
    next_id: int = 120_000_000_000_000

    @classmethod
    def seed(cls, now: float) -> VoteBackend:
        backend = cls()
        start = now - 3 * 86400
        for n, question in enumerate(["今天播多久", "下一把玩什么", "能不能一把过"]):
            vote = backend._add(SANDBOX_ROOM_ID, question, "能", "不能", minutes=1 + n, created=start + n * 3600)
        vote.template_id = SEED_TEMPLATE_ID
        return backend

    def _add(self, room_id: int, question: str, a: str, b: str, *, minutes: int, created: float) -> Vote:
        self.next_id += 65_536  # interaction ids are large and sparse
        vote = Vote(self.next_id, room_id, question, a, b, minutes, created)
        self.votes.append(vote)
        return vote

    def running(self, room_id: int, now: float) -> Vote | None:
        return next((v for v in reversed(self.votes) if v.room_id == room_id and v.running(now)), None)

    def create(
        self, room_id: int, question: str, a: str, b: str, *, minutes: int, template_id: int | None, now: float
    ) -> Vote:
        if self.running(room_id, now):
            raise Fail(*ONE_AT_A_TIME)
        vote = self._add(room_id, question, a, b, minutes=minutes, created=now)
        vote.template_id = template_id
        return vote

    def history(self, room_id: int, now: float) -> list[Vote]:
        """The room's finished votes, newest first."""
        done = [v for v in self.votes if v.room_id == room_id and not v.running(now)]
        return list(reversed(done[-HISTORY_SIZE:]))

    def terminate(self, room_id: int, interaction_id: int, now: float) -> None:
        vote = next((v for v in self.votes if v.interaction_id == interaction_id), None)
        if vote is None or vote.room_id != room_id or not vote.running(now):
            raise Fail(*STATUS_CHANGE_FAILED)
        vote.stopped = now
