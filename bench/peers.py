"""The typed-parse peer: msgspec decoders for the three large responses, written from the description.

They show how fast typed parsing can go in Python: one pass from bytes to typed objects, types checked,
unknown members ignored. They check less than the client does (no `const` on `code`, no error branch),
so they are a floor to compare with, not a replacement.
"""

from __future__ import annotations

from typing import Any

import msgspec


class SessionDataPoint(msgspec.Struct):
    ts: int
    value: int | None = None


class Highlight(msgspec.Struct):
    id: int
    type: int | None = None
    start_time: int | None = None
    end_time: int | None = None
    title: str | None = None
    cover: str | None = None
    extra: str | None = None


class HighlightStat(msgspec.Struct):
    original_hl: int | None = None
    manual_hl: int | None = None


class LiveSessionData(msgspec.Struct):
    session_data: list[SessionDataPoint] | None = None
    max_danmaku: int | None = None
    max_pcu: int | None = None
    max_value: int | None = None
    high_light_data: list[Highlight] | None = None
    ass_url: str | None = None
    high_light_stat: HighlightStat | None = None


class ReplayLiveInfo(msgspec.Struct):
    title: str | None = None
    cover: str | None = None
    live_time: int | None = None
    live_type: int | None = None
    platform: str | None = None


class ReplayVideoInfo(msgspec.Struct):
    replay_status: int | None = None
    estimated_time: str | None = None
    duration: int | None = None
    download_url: str | None = None
    alert_code: int | None = None
    alert_message: str | None = None


class ReplayAlarmInfo(msgspec.Struct):
    code: int | None = None
    message: str | None = None
    cur_time: int | None = None
    is_ban_publish: bool | None = None


class ReplayInfo(msgspec.Struct):
    replay_id: int
    live_info: ReplayLiveInfo | None = None
    video_info: ReplayVideoInfo | None = None
    alarm_info: ReplayAlarmInfo | None = None
    room_id: int | None = None
    live_key: str | None = None
    start_time: int | None = None
    end_time: int | None = None


class Pagination(msgspec.Struct):
    page: int | None = None
    page_size: int | None = None
    total: int | None = None


class ReplayList(msgspec.Struct):
    replay_info: list[ReplayInfo] | None = None
    pagination: Pagination | None = None
    archive_flag: bool | None = None
    can_edit: int | None = None
    can_upload: bool | None = None
    has_third_platform_live: bool | None = None


class VoteOption(msgspec.Struct):
    idx: int
    desc: str | None = None
    percent: float | None = None


class VoteInfo(msgspec.Struct):
    status: int | None = None
    question: str | None = None
    options: list[VoteOption] | None = None
    duration: int | None = None
    result: int | None = None
    result_text: str | None = None
    etime_str: str | None = None
    left_duration: int | None = None
    interaction_id: int | None = None
    template_id: int | None = None


class VoteHistory(msgspec.Struct):
    history: list[VoteInfo] | None = None


class LiveSessionDataResponse(msgspec.Struct):
    code: int
    message: str
    data: LiveSessionData
    msg: str | None = None
    ttl: int | None = None


class ReplayListResponse(msgspec.Struct):
    code: int
    message: str
    data: ReplayList
    msg: str | None = None
    ttl: int | None = None


class VoteHistoryResponse(msgspec.Struct):
    code: int
    message: str
    data: VoteHistory
    msg: str | None = None
    ttl: int | None = None


DECODERS: dict[str, msgspec.json.Decoder[Any]] = {
    "get_live_session_data": msgspec.json.Decoder(LiveSessionDataResponse),
    "anchor_get_replay_list": msgspec.json.Decoder(ReplayListResponse),
    "get_vote_history": msgspec.json.Decoder(VoteHistoryResponse),
}
