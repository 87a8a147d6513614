"""The watch reports on the wire: they answer a bare envelope."""

from __future__ import annotations

import re
from typing import Any

from ..answers import ABSENT, Fail
from ..plumbing import Area, Call
from .backend import Heartbeat

area = Area("report")

NO_SUCH_VIDEO = (-404, "啥都木有")  # the site-wide code for "nothing there"
BVID = re.compile(r"^BV1[0-9A-Za-z]{9}$")


@area.handler("report_history_progress")
def report_history_progress(call: Call) -> Any:
    aid, cid = call.params["aid"], call.params["cid"]
    if aid <= 0 or cid <= 0:
        raise Fail(*NO_SUCH_VIDEO)
    call.world.reports.report_progress(call.uid, aid, cid, call.get("progress", 0))
    return ABSENT


@area.handler("report_web_heartbeat")
def report_web_heartbeat(call: Call) -> Any:
    aid, bvid = call.get("aid"), call.get("bvid")  # one of them (avid与bvid任选一个): plumbing.Checker
    if (aid is not None and aid <= 0) or (bvid and not BVID.match(bvid)):
        raise Fail(*NO_SUCH_VIDEO)
    video = f"av{aid}" if aid is not None else str(bvid)
    beat = Heartbeat(call.uid, video, call.get("cid"), call.get("played_time", 0), call.get("play_type"))
    call.world.reports.beat(beat)
    return ABSENT
