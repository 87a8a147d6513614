"""Video watch reports on api.bilibili.com."""

from __future__ import annotations

from ._base import AsyncNamespace, Params, PlayType, SeriesType, SyncNamespace, VideoType, _nothing, _op, _sent


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
    def heartbeat(
        self,
        *,
        aid: int | None = None,
        bvid: str | None = None,
        cid: int | None = None,
        epid: int | None = None,
        sid: int | None = None,
        mid: int | None = None,
        played_time: int | None = None,
        realtime: int | None = None,
        start_ts: int | None = None,
        type: VideoType | None = None,
        sub_type: SeriesType | None = None,
        dt: int | None = None,
        play_type: PlayType | None = None,
    ) -> Params:
        """Report a playback heartbeat (上报视频播放心跳); `aid` or `bvid` is required."""
        return _sent(locals())


class WatchReports(SyncNamespace, _WatchReportOps):
    pass


class AsyncWatchReports(AsyncNamespace, _WatchReportOps):
    pass
