"""What was reported, kept so tests and the demo can show it."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Heartbeat:
    uid: int
    video: str  # "av<aid>" or the bvid
    cid: int | None
    played_time: int
    play_type: int | None


@dataclass
class ReportBackend:
    progress: dict[tuple[int, int, int], int] = field(default_factory=dict)  # (uid, aid, cid) -> seconds
    heartbeats: list[Heartbeat] = field(default_factory=list)

    def report_progress(self, uid: int, aid: int, cid: int, seconds: int) -> None:
        self.progress[(uid, aid, cid)] = max(0, seconds)

    def beat(self, heartbeat: Heartbeat) -> None:
        self.heartbeats.append(heartbeat)
