from __future__ import annotations

from collections.abc import Mapping
from types import NoneType
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.heartbeat_play_type import HeartbeatPlayType
from ..models.heartbeat_sub_type import HeartbeatSubType
from ..models.heartbeat_video_type import HeartbeatVideoType
from ..types import _extras_on_first_use, model_repr

T = TypeVar("T", bound="ReportWebHeartbeatBody")


@_attrs_define
class ReportWebHeartbeatBody:
    """
    Attributes:
        aid (int | None): Archive avid (稿件avid); send this or `bvid` (avid与bvid任选一个).
        bvid (str | None): Archive bvid (稿件bvid); send this or `aid` (avid与bvid任选一个). Never empty.
        cid (int | None): Video cid (视频cid), which identifies the part (用于识别分P).
        epid (int | None): Bangumi episode id (番剧epid).
        sid (int | None): Bangumi season id (番剧ssid).
        mid (int | None): Uid of the current user (当前用户mid).
        played_time (int | None): Playback position in seconds (视频播放进度, 单位为秒); 0 when not sent (默认为0); -1 when
            playback has finished.
        realtime (int | None): Total time played so far, in seconds (总计播放时间, 单位为秒).
        start_ts (int | None): When playback started (开始播放时刻), a Unix timestamp in seconds.
        type_ (HeartbeatVideoType | None): Video type (视频类型): 3 uploaded video (投稿视频), 4 series episode (剧集), 10 course
            (课程).
        sub_type (HeartbeatSubType | None): Series sub-type (剧集副类型), only meaningful with `type` 4 (type=4时本参数有效):
            0 ordinary upload (普通投稿), 1 bangumi (番剧), 2 film (电影), 3 documentary (纪录片),
            4 Chinese animation (国创), 5 TV series (电视剧), 7 variety show (综艺).
        dt (int | None): Purpose unknown; the table and the example give 2.
        play_type (HeartbeatPlayType | None): Playback action (播放动作): 0 playing (播放中), 1 playback started (开始播放), 2
            paused (暂停),
            3 resumed (继续播放), 4 playback ended (播放结束).
        real_played_time (int | None): Time actually played, in seconds (实际播放时长).
        refer_url (str | None): URL of the page the player was opened from (来源页面).
        quality (int | None): Playback quality id (清晰度).
        video_duration (int | None): Length of the video in seconds (视频时长).
        last_play_progress_time (int | None): Position of the previous heartbeat, in seconds (上次播放进度).
        max_play_progress_time (int | None): Furthest position reached, in seconds (最大播放进度).
        outer (int | None): Purpose unknown; web clients send 0.
        spmid (str | None): Tracking id of the current page (e.g. 333.788.0.0).
        from_spmid (str | None): Tracking id of the page the user came from.
        session (str | None): Playback session id.
        extra (str | None): Extra information, a JSON string (e.g. `{"player_version":"4.8.43"}`).
        is_auto_qn (int | None): Whether the quality was picked automatically; the web player sends 0.
        statistics (str | None): Client statistics, a JSON string (e.g.
            `{"appId":100,"platform":5,"abtest":"","version":""}`).
        mobi_app (str | None): Client family; the web player sends web.
        device (str | None): Device family; the web player sends web.
        platform (str | None): Platform; the web player sends web.
        cur_language_vt (str | None): Subtitle/voice language state, a JSON string (`{}` by default).
        perfer_type (str | None): Preference state, a JSON string (`{}` by default); the spelling is the server's.
        play_mode (int | None): Playback mode; the web player sends 1.
        track_id (str | None): Recommendation track id; usually empty.
        csrf (str | None): CSRF token, equal to the `bili_jct` cookie; optional here (非必要).
    """

    aid: int | None = None
    bvid: str | None = None
    cid: int | None = None
    epid: int | None = None
    sid: int | None = None
    mid: int | None = None
    played_time: int | None = None
    realtime: int | None = None
    start_ts: int | None = None
    type_: HeartbeatVideoType | None = None
    sub_type: HeartbeatSubType | None = None
    dt: int | None = None
    play_type: HeartbeatPlayType | None = None
    real_played_time: int | None = None
    refer_url: str | None = None
    quality: int | None = None
    video_duration: int | None = None
    last_play_progress_time: int | None = None
    max_play_progress_time: int | None = None
    outer: int | None = None
    spmid: str | None = None
    from_spmid: str | None = None
    session: str | None = None
    extra: str | None = None
    is_auto_qn: int | None = None
    statistics: str | None = None
    mobi_app: str | None = None
    device: str | None = None
    platform: str | None = None
    cur_language_vt: str | None = None
    perfer_type: str | None = None
    play_mode: int | None = None
    track_id: str | None = None
    csrf: str | None = None
    # Made on first use (__getattr__ below): most objects have no unknown members, and an empty dict
    # for each of thousands of list items is a good part of a parse.
    additional_properties: dict[str, Any] = _attrs_field(init=False, repr=False)

    if not TYPE_CHECKING:  # hidden from type checkers, which would accept any attribute name
        __getattr__ = _extras_on_first_use

    def __repr__(self) -> str:
        # Only the members that are set, extras only when there are some, secrets masked.
        return model_repr(self, _REPR_NAMES)

    def to_dict(self) -> dict[str, Any]:
        aid = self.aid

        bvid = self.bvid

        cid = self.cid

        epid = self.epid

        sid = self.sid

        mid = self.mid

        played_time = self.played_time

        realtime = self.realtime

        start_ts = self.start_ts

        type_: int | None = None
        if not isinstance(self.type_, NoneType):
            type_ = self.type_.value

        sub_type: int | None = None
        if not isinstance(self.sub_type, NoneType):
            sub_type = self.sub_type.value

        dt = self.dt

        play_type: int | None = None
        if not isinstance(self.play_type, NoneType):
            play_type = self.play_type.value

        real_played_time = self.real_played_time

        refer_url = self.refer_url

        quality = self.quality

        video_duration = self.video_duration

        last_play_progress_time = self.last_play_progress_time

        max_play_progress_time = self.max_play_progress_time

        outer = self.outer

        spmid = self.spmid

        from_spmid = self.from_spmid

        session = self.session

        extra = self.extra

        is_auto_qn = self.is_auto_qn

        statistics = self.statistics

        mobi_app = self.mobi_app

        device = self.device

        platform = self.platform

        cur_language_vt = self.cur_language_vt

        perfer_type = self.perfer_type

        play_mode = self.play_mode

        track_id = self.track_id

        csrf = self.csrf

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if aid is not None:
            field_dict["aid"] = aid
        if bvid is not None:
            field_dict["bvid"] = bvid
        if cid is not None:
            field_dict["cid"] = cid
        if epid is not None:
            field_dict["epid"] = epid
        if sid is not None:
            field_dict["sid"] = sid
        if mid is not None:
            field_dict["mid"] = mid
        if played_time is not None:
            field_dict["played_time"] = played_time
        if realtime is not None:
            field_dict["realtime"] = realtime
        if start_ts is not None:
            field_dict["start_ts"] = start_ts
        if type_ is not None:
            field_dict["type"] = type_
        if sub_type is not None:
            field_dict["sub_type"] = sub_type
        if dt is not None:
            field_dict["dt"] = dt
        if play_type is not None:
            field_dict["play_type"] = play_type
        if real_played_time is not None:
            field_dict["real_played_time"] = real_played_time
        if refer_url is not None:
            field_dict["refer_url"] = refer_url
        if quality is not None:
            field_dict["quality"] = quality
        if video_duration is not None:
            field_dict["video_duration"] = video_duration
        if last_play_progress_time is not None:
            field_dict["last_play_progress_time"] = last_play_progress_time
        if max_play_progress_time is not None:
            field_dict["max_play_progress_time"] = max_play_progress_time
        if outer is not None:
            field_dict["outer"] = outer
        if spmid is not None:
            field_dict["spmid"] = spmid
        if from_spmid is not None:
            field_dict["from_spmid"] = from_spmid
        if session is not None:
            field_dict["session"] = session
        if extra is not None:
            field_dict["extra"] = extra
        if is_auto_qn is not None:
            field_dict["is_auto_qn"] = is_auto_qn
        if statistics is not None:
            field_dict["statistics"] = statistics
        if mobi_app is not None:
            field_dict["mobi_app"] = mobi_app
        if device is not None:
            field_dict["device"] = device
        if platform is not None:
            field_dict["platform"] = platform
        if cur_language_vt is not None:
            field_dict["cur_language_vt"] = cur_language_vt
        if perfer_type is not None:
            field_dict["perfer_type"] = perfer_type
        if play_mode is not None:
            field_dict["play_mode"] = play_mode
        if track_id is not None:
            field_dict["track_id"] = track_id
        if csrf is not None:
            field_dict["csrf"] = csrf

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        aid = src_dict.get("aid")

        bvid = src_dict.get("bvid")

        cid = src_dict.get("cid")

        epid = src_dict.get("epid")

        sid = src_dict.get("sid")

        mid = src_dict.get("mid")

        played_time = src_dict.get("played_time")

        realtime = src_dict.get("realtime")

        start_ts = src_dict.get("start_ts")

        _type_ = src_dict.get("type")
        type_: HeartbeatVideoType | None
        if isinstance(_type_, NoneType):
            type_ = None
        else:
            type_ = HeartbeatVideoType(_type_)

        _sub_type = src_dict.get("sub_type")
        sub_type: HeartbeatSubType | None
        if isinstance(_sub_type, NoneType):
            sub_type = None
        else:
            sub_type = HeartbeatSubType(_sub_type)

        dt = src_dict.get("dt")

        _play_type = src_dict.get("play_type")
        play_type: HeartbeatPlayType | None
        if isinstance(_play_type, NoneType):
            play_type = None
        else:
            play_type = HeartbeatPlayType(_play_type)

        real_played_time = src_dict.get("real_played_time")

        refer_url = src_dict.get("refer_url")

        quality = src_dict.get("quality")

        video_duration = src_dict.get("video_duration")

        last_play_progress_time = src_dict.get("last_play_progress_time")

        max_play_progress_time = src_dict.get("max_play_progress_time")

        outer = src_dict.get("outer")

        spmid = src_dict.get("spmid")

        from_spmid = src_dict.get("from_spmid")

        session = src_dict.get("session")

        extra = src_dict.get("extra")

        is_auto_qn = src_dict.get("is_auto_qn")

        statistics = src_dict.get("statistics")

        mobi_app = src_dict.get("mobi_app")

        device = src_dict.get("device")

        platform = src_dict.get("platform")

        cur_language_vt = src_dict.get("cur_language_vt")

        perfer_type = src_dict.get("perfer_type")

        play_mode = src_dict.get("play_mode")

        track_id = src_dict.get("track_id")

        csrf = src_dict.get("csrf")

        report_web_heartbeat_body = cls(
            aid,
            bvid,
            cid,
            epid,
            sid,
            mid,
            played_time,
            realtime,
            start_ts,
            type_,
            sub_type,
            dt,
            play_type,
            real_played_time,
            refer_url,
            quality,
            video_duration,
            last_play_progress_time,
            max_play_progress_time,
            outer,
            spmid,
            from_spmid,
            session,
            extra,
            is_auto_qn,
            statistics,
            mobi_app,
            device,
            platform,
            cur_language_vt,
            perfer_type,
            play_mode,
            track_id,
            csrf,
        )

        if not _PROPERTY_NAMES.issuperset(src_dict):  # members beyond the described ones
            d = {prop_name: prop for prop_name, prop in src_dict.items() if prop_name not in _PROPERTY_NAMES}
            report_web_heartbeat_body.additional_properties = d
        return report_web_heartbeat_body

    @classmethod
    def _from_list(cls: type[T], items: list[Mapping[str, Any]]) -> list[T]:
        return list(map(cls.from_dict, items))

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


_PROPERTY_NAMES: frozenset[str] = frozenset(
    {
        "aid",
        "bvid",
        "cid",
        "epid",
        "sid",
        "mid",
        "played_time",
        "realtime",
        "start_ts",
        "type",
        "sub_type",
        "dt",
        "play_type",
        "real_played_time",
        "refer_url",
        "quality",
        "video_duration",
        "last_play_progress_time",
        "max_play_progress_time",
        "outer",
        "spmid",
        "from_spmid",
        "session",
        "extra",
        "is_auto_qn",
        "statistics",
        "mobi_app",
        "device",
        "platform",
        "cur_language_vt",
        "perfer_type",
        "play_mode",
        "track_id",
        "csrf",
    }
)
_REPR_NAMES: tuple[tuple[str, bool], ...] = (
    ("aid", False),
    ("bvid", False),
    ("cid", False),
    ("epid", False),
    ("sid", False),
    ("mid", False),
    ("played_time", False),
    ("realtime", False),
    ("start_ts", False),
    ("type_", False),
    ("sub_type", False),
    ("dt", False),
    ("play_type", False),
    ("real_played_time", False),
    ("refer_url", False),
    ("quality", False),
    ("video_duration", False),
    ("last_play_progress_time", False),
    ("max_play_progress_time", False),
    ("outer", False),
    ("spmid", False),
    ("from_spmid", False),
    ("session", False),
    ("extra", False),
    ("is_auto_qn", False),
    ("statistics", False),
    ("mobi_app", False),
    ("device", False),
    ("platform", False),
    ("cur_language_vt", False),
    ("perfer_type", False),
    ("play_mode", False),
    ("track_id", False),
    ("csrf", False),
)
