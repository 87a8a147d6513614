"""The replay area's seed, the same on every start; times count back from EPOCH, never from the clock.

- the anchor (SANDBOX_UID) has 35 replays over the last 14 days, newest first in the lists. The
  newest (SANDBOX_REPLAY_ID / SANDBOX_LIVE_KEY) is a 24-hour session: 1,440 curve points, four
  automatic highlights, three saved clips. SANDBOX_FAILING_REPLAY_ID merges to -30 with a toast;
  one replay has an unpublishable stretch (its `ban_list`), one has no recording (217), one was
  merged before. 25 published slices, 3 clip drafts.
- the other streamer (SANDBOX_OTHER_UID) has 8 replays over 14 days and lets every logged-in user
  clip them (the web-room operations); for any other anchor those answer "no permission".
  SANDBOX_UID has 2 drafts, 2 published slices and a saved clip on them as a fan.
"""

from __future__ import annotations

from collections.abc import Callable

from ..accounts import (
    SANDBOX_FAILING_REPLAY_ID,
    SANDBOX_OTHER_REPLAY_ID,
    SANDBOX_OTHER_ROOM_ID,
    SANDBOX_OTHER_UID,
    SANDBOX_REPLAY_ID,
    SANDBOX_ROOM_ID,
    SANDBOX_UID,
)
from ..clock import EPOCH, beijing
from . import records
from .records import Draft, Replay, SavedClip, Slice, clip_title, live_key_of


def replays() -> dict[int, Replay]:
    seeded = {r.replay_id: r for r in [*_anchor_replays(), *_other_replays()]}
    return seeded


def _anchor_replays() -> list[Replay]:
    out = []
    end = EPOCH - 2 * 3600
    for j in reversed(range(35)):  # newest first; j is the chronological index
        replay_id = SANDBOX_REPLAY_ID - 34 + j
        duration = 86_400 if replay_id == SANDBOX_REPLAY_ID else 1800 + (j * 3947) % 12_600
        start = end - duration
        replay = Replay(
            replay_id,
            SANDBOX_UID,
            SANDBOX_ROOM_ID,
            live_key_of(replay_id),
            f"沙盒直播 第{j + 1}场",
            f"https://i0.hdslb.com/bfs/live/sandbox{SANDBOX_ROOM_ID}cover.png",
            "pc_link",
            start,
            end,
            recorded=j != 0,
            merge_fails=replay_id == SANDBOX_FAILING_REPLAY_ID,
        )
        if j == 32:  # the last half hour broke the rules
            replay.ban = (end - 1800, end)
        if j == 20:  # merged before the sandbox started
            replay.status, replay.merge_time, replay.estimated_time = records.DONE, end + 3600, end + 3900
        out.append(replay)
        end = start - (3 * 3600 + (j * 1777) % 18_000)
    return out


def _other_replays() -> list[Replay]:
    out = []
    for k in range(8):
        replay_id = SANDBOX_OTHER_REPLAY_ID - 7 + k
        end = EPOCH - 6 * 3600 - (7 - k) * 40 * 3600
        out.append(
            Replay(
                replay_id,
                SANDBOX_OTHER_UID,
                SANDBOX_OTHER_ROOM_ID,
                live_key_of(replay_id),
                f"另一位主播的直播 第{k + 1}场",
                f"https://i0.hdslb.com/bfs/live/sandbox{SANDBOX_OTHER_ROOM_ID}cover.png",
                "android_link",
                end - (3600 + (k * 2333) % 7200),
                end,
            )
        )
    return out


def slices(seeded: dict[int, Replay], first_highlight: Callable[[Replay], int]) -> list[Slice]:
    out = []
    for i in range(25):  # the anchor's own, oldest first
        replay = seeded[SANDBOX_REPLAY_ID - 29 + i]
        start = replay.start_time + 600 + (i * 97) % 600
        out.append(
            Slice(
                880_001 + i,
                SANDBOX_UID,
                SANDBOX_UID,
                replay.live_key,
                f"沙盒切片 {i + 1:02d}",
                replay.cover,
                start,
                start + 120 + (i * 53) % 600,
                replay.end_time + 1800,
                fan=False,
                status=records.SUBMISSION_FAILED if i == 3 else records.SUBMITTED,
                fail_reason="duration_false" if i == 3 else None,
                avid=None if i == 3 else 114_000_000_000_001 + i,
            )
        )
    for i, (replay_id, status) in enumerate(
        ((SANDBOX_OTHER_REPLAY_ID - 1, records.SUBMITTED), (SANDBOX_OTHER_REPLAY_ID, records.SUBMISSION_FAILED))
    ):
        replay = seeded[replay_id]
        start = replay.start_time + 900
        failed = status == records.SUBMISSION_FAILED
        out.append(
            Slice(
                4_001 + i,
                SANDBOX_UID,
                SANDBOX_OTHER_UID,
                replay.live_key,
                f"给另一位主播的切片 {i + 1}",
                replay.cover,
                start,
                start + 180,
                replay.end_time + 3600,
                fan=True,
                status=status,
                highlight_id=first_highlight(replay) if failed else None,
                fail_reason=records.SLICE_FAILED if failed else None,
                avid=None if failed else 114_100_000_000_001 + i,
            )
        )
    return out


def drafts(seeded: dict[int, Replay]) -> dict[int, Draft]:
    plan = [
        (988_001, SANDBOX_UID, SANDBOX_REPLAY_ID - 3, False),
        (988_002, SANDBOX_UID, SANDBOX_REPLAY_ID - 2, True),
        (988_003, SANDBOX_UID, SANDBOX_REPLAY_ID, False),
        (988_101, SANDBOX_OTHER_UID, SANDBOX_OTHER_REPLAY_ID, False),
        (1_148_001, SANDBOX_UID, SANDBOX_OTHER_REPLAY_ID - 2, False),
        (1_148_002, SANDBOX_UID, SANDBOX_OTHER_REPLAY_ID, True),
    ]
    out = {}
    for draft_id, uid, replay_id, cut in plan:
        replay = seeded[replay_id]
        title = f"直播场次 {beijing(replay.start_time)}" + (" 切片" if cut else "")
        out[draft_id] = Draft(
            draft_id,
            uid,
            replay.uid,
            replay.live_key,
            title,
            replay.end_time + 1200,
            replay.start_time,
            replay.end_time,
            cover=replay.cover if cut else None,
        )
    return out


def clips(seeded: dict[int, Replay]) -> list[SavedClip]:
    out = []
    mine = seeded[SANDBOX_REPLAY_ID]
    for n, offset in enumerate((3_600, 30_000, 61_200), start=1):
        start = mine.start_time + offset
        out.append(SavedClip(14_000 + n, SANDBOX_UID, SANDBOX_UID, mine.live_key, clip_title(n), start, start + 90))
    theirs = seeded[SANDBOX_OTHER_REPLAY_ID]
    start = theirs.start_time + 1200
    out.append(SavedClip(14_004, SANDBOX_UID, SANDBOX_OTHER_UID, theirs.live_key, clip_title(1), start, start + 60))
    return out
