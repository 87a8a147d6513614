"""Response bodies for the benchmarks: the three largest responses grown from their recordings, and a
5,000-response capture across every operation.

Bodies are built from tests/recordings (same members, same kinds of values, scaled up) and each one is
checked against the description before it is used, so a benchmark never times a body the client would
reject. Everything is deterministic: one seeded random generator per body.
"""

from __future__ import annotations

import copy
import json
import random
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from bilispec.core.validation import ResponseValidator

ROOT = Path(__file__).resolve().parent.parent
RECORDINGS = ROOT / "tests" / "recordings"

SESSION_POINTS = 1440  # one sample a minute for 24 hours
SESSION_HIGHLIGHTS = 20
REPLAY_ITEMS = 30
VOTE_ITEMS = 10
CAPTURE_SIZE = 5000


@dataclass(frozen=True)
class Body:
    """One response as the wire carries it."""

    name: str
    operation_id: str
    content: bytes


def encode(body: Any) -> bytes:
    """The API's own encoding: compact separators, UTF-8 text rather than escapes."""
    return json.dumps(body, ensure_ascii=False, separators=(",", ":")).encode()


def recording(operation_id: str, case: str) -> dict[str, Any]:
    path = RECORDINGS / operation_id / f"{case}.json"
    return dict(json.loads(path.read_text(encoding="utf-8")))


def _recorded_body(operation_id: str, case: str) -> dict[str, Any]:
    return copy.deepcopy(recording(operation_id, case)["response"]["body"])


def session_data_body(points: int = SESSION_POINTS, highlights: int = SESSION_HIGHLIGHTS) -> dict[str, Any]:
    """get_live_session_data for a 24-hour session: a danmaku count every minute, and its highlights."""
    rng = random.Random(1440)
    body = _recorded_body("get_live_session_data", "success")
    data = body["data"]
    start = data["session_data"][0]["ts"]
    curve = [rng.choice((0, 0, 0, 1, 2, 3, 5, 8, 13, 21, 34, 55, 144)) for _ in range(points)]
    data["session_data"] = [{"ts": start + 60 * i, "value": v} for i, v in enumerate(curve)]
    template = data["high_light_data"]
    peaks = sorted(range(points), key=lambda i: -curve[i])[:highlights]
    data["high_light_data"] = [
        {
            **template[n % len(template)],
            "id": 9628100 + n,
            "start_time": start + 60 * i,
            "end_time": start + 60 * i + 180,
            "title": f"弹幕高光 Top {n + 1}" if template[n % len(template)]["type"] == 1 else "进房高光时刻",
        }
        for n, i in enumerate(peaks)
    ]
    data["max_danmaku"] = start + 60 * peaks[0]
    data["max_value"] = max(curve)
    data["high_light_stat"] = {"original_hl": highlights, "manual_hl": 6}
    return body


def replay_list_body(items: int = REPLAY_ITEMS) -> dict[str, Any]:
    """anchor_get_replay_list with one full page of replays, alternating the recording's two kinds."""
    rng = random.Random(30)
    body = _recorded_body("anchor_get_replay_list", "success-two-failed-replays")
    data = body["data"]
    template = data["replay_info"]
    replays = []
    end = template[0]["end_time"]
    for n in range(items):
        replay = copy.deepcopy(template[n % len(template)])
        duration = rng.randrange(1800, 6 * 3600)
        start = end - duration - rng.randrange(3600, 48 * 3600)
        replay.update(
            replay_id=13517082 - 1000 * n, live_key=str(637117671085969203 - 10**9 * n), start_time=start, end_time=end
        )
        replay["live_info"]["live_time"] = start
        replay["video_info"]["duration"] = duration
        replays.append(replay)
        end = start
    data["replay_info"] = replays
    data["pagination"] = {"page": 1, "page_size": items, "total": 4 * items}
    return body


def vote_history_body(items: int = VOTE_ITEMS) -> dict[str, Any]:
    """get_vote_history with ten past votes of two to four options."""
    rng = random.Random(10)
    body = _recorded_body("get_vote_history", "success")
    template = body["data"]["history"]
    history = []
    for n in range(items):
        vote = copy.deepcopy(template[n % len(template)])
        count = rng.randrange(2, 5)
        shares = [rng.randrange(1, 100) for _ in range(count)]
        vote["options"] = [
            {"idx": i + 1, "desc": f"选项{i + 1}", "percent": round(s / sum(shares), 4)} for i, s in enumerate(shares)
        ]
        vote["interaction_id"] = 120122595433984 - 4_764_785_152 * n
        vote["result"] = max(range(count), key=lambda i: shares[i]) + 1
        history.append(vote)
    body["data"]["history"] = history
    return body


@cache
def validator() -> ResponseValidator:
    return ResponseValidator()


def checked(name: str, operation_id: str, body: Any) -> Body:
    """The body as bytes, after the description has accepted it."""
    violations = validator().validate(operation_id, body)
    assert not violations, f"{name}: the synthesised body breaks the description: {violations[:3]}"
    return Body(name, operation_id, encode(body))


@cache
def large_bodies() -> tuple[Body, ...]:
    """The three largest responses: session data, a replay page, a vote history."""
    return (
        checked(f"session data ({SESSION_POINTS} points)", "get_live_session_data", session_data_body()),
        checked(f"replay list ({REPLAY_ITEMS} items)", "anchor_get_replay_list", replay_list_body()),
        checked(f"vote history ({VOTE_ITEMS} items)", "get_vote_history", vote_history_body()),
    )


@cache
def capture(size: int = CAPTURE_SIZE) -> tuple[Body, ...]:
    """A capture of `size` responses: every recording (successes and errors alike) and the three large
    bodies, in a fixed shuffled order, as a long-running bot would collect them."""
    pool = []
    for path in sorted(RECORDINGS.glob("*/*.json")):
        operation_id, case = path.parent.name, path.stem
        pool.append(checked(f"{operation_id}/{case}", operation_id, recording(operation_id, case)["response"]["body"]))
    pool += large_bodies()
    rng = random.Random(5000)
    bodies = [pool[i % len(pool)] for i in range(size)]
    rng.shuffle(bodies)
    return tuple(bodies)


if __name__ == "__main__":
    for body in large_bodies():
        print(f"{body.name}: {body.operation_id}, {len(body.content):,} bytes")
    bodies = capture()
    print(f"capture: {len(bodies)} responses, {sum(len(b.content) for b in bodies):,} bytes")
