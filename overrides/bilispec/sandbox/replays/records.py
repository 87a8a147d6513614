"""The records of the replay area (replays, slices, drafts, saved clips) and its constants.

Download: anchor_video_download starts the merge and each poll of the record
(get_anchor_video_uid_record, get_anchor_video_uid_records_subsect) moves it one step: after
MERGE_POLLS polls it is 30 (or -30 with a toast for the failing replay). Until then the status stays
2, the value the description documents for a replay not merged yet (the API documents no status for
a merge in progress). Once at 30 the download answer links to `/sandbox/files/<name>.mp4`.

Publishing: a new slice is "publishing" (1) and becomes "submitted" (2) after PUBLISH_READS reads
of its publisher's list.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..accounts import SANDBOX_OTHER_UID
from ..clock import beijing

# Error answers, worded as the pages word them.
NO_PERMISSION = (301, "没有剪辑权限")
ILLEGAL_PARAMETER = (100, "非法参数")
INVALID_SESSION = (202, "场次无效")
NO_DRAFT = (206, "无可操作草稿")
INVALID_REPLAY = (210, "回放id或场次key无效")
NO_RECORDING = (217, "未找到直播录像")
FRAMES_DENIED = (10121188, "权限不足")
TOO_LONG = (4000, "时长过长")
TOO_FAST = (4001, "操作太快")  # also the answer to a wrong parameter, as the page warns
ALREADY_PUBLISHED = (4002, "片段已投稿")
CHOOSE_HIGHLIGHT = (4003, "请选择精彩片段再投稿哦")
TITLE_USED = (4006, "标题已使用")
SPEED_REFUSED = (4008, "不被允许的视频倍速")
PROHIBITED = (4009, "该片段存在违规内容，不允许投稿")  # noqa: RUF001 (verbatim)
FAN_ALREADY_PUBLISHED = (5006, "用户已经投稿过该片段")
NO_SUCH_SESSION = "主播没有对应场次"
NOT_LIVE_THEN = "保存时间点未开播"

FAILED_TOAST = "因直播过程中存在推流质量问题（网络波动或丢包），本场直播回放无法合成"  # noqa: RUF001 (verbatim, seed 000)
MERGE_FAILED_ALARM = (2, "录像生成失败，请稍后再试")  # noqa: RUF001 (verbatim)
VIOLATION_ALARM = (-8, "直播内容存在违规片段")
SHORT_RECORDING_ALERT = (2, "录像时长远小于开播时长，请关注直播时网络状况")  # noqa: RUF001 (verbatim)
SLICE_FAILED = "合成失败，重新编辑投稿试试～"  # noqa: RUF001 (verbatim)

NOT_MERGED = 2
DONE, FAILED = 30, -30
MERGE_POLLS = 2
PUBLISHING, SUBMITTED, SUBMISSION_FAILED = 1, 2, 3
PUBLISH_READS = 2
MAX_SLICE_SECONDS = 7200  # x-span-limit of both publish operations
SPEEDS = {"0.5x": 0.5, "0.75x": 0.75, "1.0x": 1.0, "1.25x": 1.25, "1.5x": 1.5, "2.0x": 2.0}
FRAME_SPACING = 30  # times closer than this to the last served one are left out
TIME_RANGE_DAYS = {1: 3, 2: 7, 3: 14}
KEPT_DAYS = 14
MAX_DIGITS = 19  # longer numbers in a list cannot be an id or a time; they are ignored
# Anchors who let every logged-in user clip their replays (the web-room operations).
CLIP_GRANTORS = frozenset({SANDBOX_OTHER_UID})


@dataclass
class Replay:
    replay_id: int
    uid: int
    room_id: int
    live_key: str
    title: str
    cover: str
    platform: str
    start_time: int
    end_time: int
    recorded: bool = True
    merge_fails: bool = False
    ban: tuple[int, int] | None = None  # a stretch that may not be published
    status: int = NOT_MERGED
    merge_time: int | None = None
    estimated_time: int | None = None
    merge_polls: int = 0

    @property
    def duration(self) -> int:
        return self.end_time - self.start_time

    @property
    def filename(self) -> str:
        return f"n{beijing(self.start_time)[2:10].replace('-', '')}sandbox{self.replay_id}.mp4"

    @property
    def attname(self) -> str:
        return "直播回放_" + beijing(self.start_time).replace(" ", "_").replace(":", "-") + ".mp4"

    def holds(self, ts: int) -> bool:
        return self.start_time <= ts <= self.end_time


@dataclass
class Slice:
    """A published slice; `fan` slices were published for another anchor (their own id sequence)."""

    slice_id: int
    uid: int  # the publisher
    live_uid: int  # the anchor
    live_key: str
    title: str
    cover: str
    start_ts: int
    end_ts: int
    ctime: int
    fan: bool
    status: int = PUBLISHING
    speed: str = "1.0x"
    with_danmaku: int = 0
    highlight_id: int | None = None
    fail_reason: str | None = None
    avid: int | None = None
    reads: int = 0

    @property
    def av_duration(self) -> int:
        return round((self.end_ts - self.start_ts) / SPEEDS.get(self.speed, 1.0))

    @property
    def filename(self) -> str:
        return f"n{beijing(self.ctime)[2:10].replace('-', '')}sandboxslice{self.slice_id}"

    @property
    def hidden_while_publishing(self) -> bool:
        # The page: with danmaku or a speed other than 1x, a publishing slice may be left out of the list.
        return self.status == PUBLISHING and (self.with_danmaku == 1 or self.speed != "1.0x")


@dataclass
class Draft:
    draft_id: int
    uid: int  # who made it
    live_uid: int  # whose replay it clips
    live_key: str
    title: str
    ctime: int
    live_start: int
    live_end: int
    cover: str | None = None


@dataclass
class SavedClip:
    manual_id: int
    uid: int  # who saved it
    ruid: int  # the anchor
    live_key: str
    title: str
    start_ts: int
    end_ts: int


def live_key_of(replay_id: int) -> str:
    return str(650_000_000_000_000_000 + replay_id)


def clip_title(n: int) -> str:
    return f"手动保存片段【{n}】"
