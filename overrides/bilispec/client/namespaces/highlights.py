"""Live session data, highlights and key frames of a live session."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from bilispec_generated.models import KeyFrameList, LiveSessionData, ManualHighlights, ManualHighlightSaveResult

from ._base import AsyncNamespace, ManualType, Params, SyncNamespace, _beijing, _id_list, _model, _op, _sent


class _HighlightOps:
    """Live session data, highlights and key frames of a live session (by `live_key`)."""

    @_op("get_live_session_data", _model(LiveSessionData))
    def session_data(
        self, live_key: str, start_tm: datetime | str, end_tm: datetime | str, *, web_location: str | None = None
    ) -> Params:
        """Danmaku and viewer curves and highlights of your own session (获取直播会话数据).

        Times are "YYYY-MM-DD HH:MM:SS" in UTC+08:00, or datetimes (aware ones are converted).
        """
        return dict(live_key=live_key, start_tm=_beijing(start_tm), end_tm=_beijing(end_tm), web_location=web_location)

    @_op("get_user_live_session_data", _model(LiveSessionData))
    def session_data_for_anchor(
        self,
        live_uid: int,
        live_key: str,
        start_tm: datetime | str,
        end_tm: datetime | str,
        *,
        web_location: str | None = None,
    ) -> Params:
        """Session data of another anchor's session (获取某位主播的直播会话数据)."""
        return dict(
            live_uid=live_uid,
            live_key=live_key,
            start_tm=_beijing(start_tm),
            end_tm=_beijing(end_tm),
            web_location=web_location,
        )

    @_op("anchor_get_manual_highlight_list", _model(ManualHighlights))
    def list(self, live_key: str, *, manual_type: ManualType, web_location: str | None = None) -> Params:
        """Highlights of your own session (获取用户高光列表); manual_type 1 lookback recordings, 2 saved clips."""
        return _sent(locals())

    @_op("fan_get_manual_highlight_list", _model(ManualHighlights))
    def list_for_anchor(
        self, live_uid: int, live_key: str, *, manual_type: ManualType, web_location: str | None = None
    ) -> Params:
        """Highlights of another anchor's session (获取用户高光列表, 粉丝使用)."""
        return _sent(locals())

    @_op("anchor_save_manual_highlight", _model(ManualHighlightSaveResult))
    def save(self, live_key: str, start_ts: int, end_ts: int) -> Params:
        """Save a highlight clip of your own session (手动保存高亮片段); times in Unix seconds."""
        return _sent(locals())

    @_op("fan_save_manual_highlight", _model(ManualHighlightSaveResult))
    def save_for_anchor(self, live_uid: int, live_key: str, start_ts: int, end_ts: int) -> Params:
        """Save a highlight clip of another anchor's session (手动保存高亮片段, 粉丝使用)."""
        return _sent(locals())

    @_op("anchor_get_video_key_frame", _model(KeyFrameList))
    def key_frames(self, live_key: str, times: int | Iterable[int]) -> Params:
        """Video frames of your own session at Unix-second times (获取某个时间的视频帧); keep them 30 s apart."""
        return dict(live_key=live_key, time_list=_id_list(times))

    @_op("fan_get_video_key_frame", _model(KeyFrameList))
    def key_frames_for_anchor(self, live_uid: int, live_key: str, times: int | Iterable[int]) -> Params:
        """Video frames of another anchor's session (获取某个时间的视频帧, 粉丝使用)."""
        return dict(live_uid=live_uid, live_key=live_key, time_list=_id_list(times))


class Highlights(SyncNamespace, _HighlightOps):
    pass


class AsyncHighlights(AsyncNamespace, _HighlightOps):
    pass
