"""Sandbox handlers for the two watch reports on api.bilibili.com: history progress and the web
player's heartbeat. They answer a bare envelope; the sandbox remembers what was reported so tests
and the demo can show it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .core import ABSENT, Area, Call, Fail

if TYPE_CHECKING:
    from .world import World

area = Area("report")

BAD_REQUEST = (-400, "请求错误")
NO_SUCH_VIDEO = (-404, "啥都木有")  # the site-wide code for "nothing there"
BVID = re.compile(r"^BV1[0-9A-Za-z]{9}$")


@dataclass
class Heartbeat:
    uid: int
    video: str  # "av<aid>" or the bvid
    cid: int | None
    played_time: int
    play_type: int | None


@dataclass
class ReportState:
    progress: dict[tuple[int, int, int], int] = field(default_factory=dict)  # (uid, aid, cid) -> seconds
    heartbeats: list[Heartbeat] = field(default_factory=list)

    @classmethod
    def seed(cls, world: World) -> ReportState:
        return cls()


@area.handler("report_history_progress")
def report_history_progress(call: Call) -> Any:
    aid, cid = call.params["aid"], call.params["cid"]
    if aid <= 0 or cid <= 0:
        raise Fail(*NO_SUCH_VIDEO)
    call.world.reports.progress[(call.uid, aid, cid)] = max(0, call.get("progress", 0))
    return ABSENT


@area.handler("report_web_heartbeat")
def report_web_heartbeat(call: Call) -> Any:
    aid, bvid = call.get("aid"), call.get("bvid")
    if aid is None and not bvid:
        raise Fail(*BAD_REQUEST)  # avid与bvid任选一个
    if (aid is not None and aid <= 0) or (bvid and not BVID.match(bvid)):
        raise Fail(*NO_SUCH_VIDEO)
    video = f"av{aid}" if aid is not None else str(bvid)
    beat = Heartbeat(call.uid, video, call.get("cid"), call.get("played_time", 0), call.get("play_type"))
    call.world.reports.heartbeats.append(beat)
    return ABSENT
