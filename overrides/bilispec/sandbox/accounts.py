"""The sandbox's public test accounts and the ids of its seed (a leaf: imports nothing of the sandbox).

The credentials below are public test values that only this sandbox accepts; they are not
secrets and never work against Bilibili.
"""

from __future__ import annotations

from dataclasses import dataclass

# The streamer whose room, replays and votes the anchor-side operations act on.
SANDBOX_UID = 10_000_001
SANDBOX_ROOM_ID = 20_000_001
# What users type for that room (room_init and get_room_info resolve it to SANDBOX_ROOM_ID).
SANDBOX_SHORT_ID = 521
SANDBOX_SESSDATA = "sandbox01%2C1900000000%2Canchor*public"
SANDBOX_BILI_JCT = "sandbox0anchor0csrf0public000001"
# An app login for the history report's access_key mode.
SANDBOX_ACCESS_KEY = "sandbox0app0access0key0public001"
# Another streamer, whose published replays a fan can clip (the web-room operations).
SANDBOX_OTHER_UID = 10_000_002
SANDBOX_OTHER_ROOM_ID = 20_000_002
SANDBOX_OTHER_SESSDATA = "sandbox02%2C1900000000%2Cother*public"
SANDBOX_OTHER_BILI_JCT = "sandbox0other00csrf0public000002"
# A viewer with no live room yet (create_room succeeds once for them).
SANDBOX_VIEWER_UID = 10_000_003
SANDBOX_VIEWER_SESSDATA = "sandbox03%2C1900000000%2Cviewer*public"
SANDBOX_VIEWER_BILI_JCT = "sandbox0viewer0csrf0public000003"
# A video for the watch reports.
SANDBOX_AID = 113_000_000_000_001
SANDBOX_CID = 25_000_000_001
SANDBOX_BVID = "BV1sandbox01"
# Replays (replays/): the anchor's newest replay, a 24-hour session with a minute-by-minute danmaku
# curve (1,440 points) and highlights, whose download merges; one whose merge fails (-30); the other
# streamer's newest replay, which any logged-in user may clip.
SANDBOX_REPLAY_ID = 30_000_035
SANDBOX_LIVE_KEY = "650000000030000035"
SANDBOX_FAILING_REPLAY_ID = 30_000_034
SANDBOX_OTHER_REPLAY_ID = 31_000_008
SANDBOX_OTHER_LIVE_KEY = "650000000031000008"


@dataclass
class Account:
    uid: int
    uname: str
    sessdata: str
    bili_jct: str
    room_id: int | None
    face: str = "https://i0.hdslb.com/bfs/face/member/noface.jpg"


def seeded_accounts() -> list[Account]:
    return [
        Account(SANDBOX_UID, "沙盒主播", SANDBOX_SESSDATA, SANDBOX_BILI_JCT, SANDBOX_ROOM_ID),
        Account(SANDBOX_OTHER_UID, "另一位主播", SANDBOX_OTHER_SESSDATA, SANDBOX_OTHER_BILI_JCT, SANDBOX_OTHER_ROOM_ID),
        Account(SANDBOX_VIEWER_UID, "沙盒观众", SANDBOX_VIEWER_SESSDATA, SANDBOX_VIEWER_BILI_JCT, None),
    ]
