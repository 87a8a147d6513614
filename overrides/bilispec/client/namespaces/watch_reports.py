"""Video watch reports on api.bilibili.com."""

from __future__ import annotations

from typing import TypedDict, Unpack

from ._base import AsyncNamespace, Params, PlayType, SeriesType, SyncNamespace, VideoType, _nothing, _op, _sent


class Heartbeat(TypedDict, total=False):
    """What a playback heartbeat reports: the video (`aid` or `bvid`), where and how it plays."""

    aid: int | None
    bvid: str | None
    cid: int | None
    epid: int | None
    sid: int | None
    mid: int | None
    played_time: int | None
    realtime: int | None
    start_ts: int | None
    type: VideoType | None
    sub_type: SeriesType | None
    dt: int | None
    play_type: PlayType | None


class _WatchReportOps:
    """Video watch reports on api.bilibili.com."""

    @_op("report_history_progress", _nothing)
    def progress(
        self,
        aid: int,
        cid: int,
        *,
        progress: int | None = None,
        platform: str | None = None,
        access_key: str | None = None,
    ) -> Params:
        """Report watch progress in seconds (上报观看进度); with `access_key` the app mode, else the cookie mode."""
        return _sent(locals())

    @_op("report_web_heartbeat", _nothing)
    def heartbeat(self, **beat: Unpack[Heartbeat]) -> Params:
        """Report a playback heartbeat (上报视频播放心跳); `aid` or `bvid` is required."""
        return dict(beat)


class WatchReports(SyncNamespace, _WatchReportOps):
    pass


class AsyncWatchReports(AsyncNamespace, _WatchReportOps):
    pass
