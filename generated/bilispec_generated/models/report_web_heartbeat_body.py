from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.heartbeat_play_type import HeartbeatPlayType
from ..models.heartbeat_sub_type import HeartbeatSubType
from ..models.heartbeat_video_type import HeartbeatVideoType
from ..types import UNSET, Unset

T = TypeVar("T", bound="ReportWebHeartbeatBody")


@_attrs_define
class ReportWebHeartbeatBody:
    """
    Attributes:
        aid (int | Unset): Archive avid (稿件avid); send this or `bvid` (avid与bvid任选一个).
        bvid (str | Unset): Archive bvid (稿件bvid); send this or `aid` (avid与bvid任选一个).
        cid (int | Unset): Video cid (视频cid), which identifies the part (用于识别分P).
        epid (int | Unset): Bangumi episode id (番剧epid).
        sid (int | Unset): Bangumi season id (番剧ssid).
        mid (int | Unset): Uid of the current user (当前用户mid).
        played_time (int | Unset): Playback position in seconds (视频播放进度, 单位为秒); 0 when not sent (默认为0).
        realtime (int | Unset): Total time played so far, in seconds (总计播放时间, 单位为秒).
        start_ts (int | Unset): When playback started (开始播放时刻), a Unix timestamp in seconds.
        type_ (HeartbeatVideoType | Unset): Video type (视频类型): 3 uploaded video (投稿视频), 4 series episode (剧集), 10 course
            (课程).
        sub_type (HeartbeatSubType | Unset): Series sub-type (剧集副类型), only meaningful with `type` 4 (type=4时本参数有效):
            1 bangumi (番剧), 2 film (电影), 3 documentary (纪录片), 4 Chinese animation (国创),
            5 TV series (电视剧), 7 variety show (综艺).
        dt (int | Unset): Purpose unknown; the table and the example give 2.
        play_type (HeartbeatPlayType | Unset): Playback action (播放动作): 0 playing (播放中), 1 playback started (开始播放), 2
            paused (暂停),
            3 resumed (继续播放).
        csrf (str | Unset): CSRF token, equal to the `bili_jct` cookie; optional here (非必要).
    """

    aid: int | Unset = UNSET
    bvid: str | Unset = UNSET
    cid: int | Unset = UNSET
    epid: int | Unset = UNSET
    sid: int | Unset = UNSET
    mid: int | Unset = UNSET
    played_time: int | Unset = UNSET
    realtime: int | Unset = UNSET
    start_ts: int | Unset = UNSET
    type_: HeartbeatVideoType | Unset = UNSET
    sub_type: HeartbeatSubType | Unset = UNSET
    dt: int | Unset = UNSET
    play_type: HeartbeatPlayType | Unset = UNSET
    csrf: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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

        type_: int | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        sub_type: int | Unset = UNSET
        if not isinstance(self.sub_type, Unset):
            sub_type = self.sub_type.value

        dt = self.dt

        play_type: int | Unset = UNSET
        if not isinstance(self.play_type, Unset):
            play_type = self.play_type.value

        csrf = self.csrf

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if aid is not UNSET:
            field_dict["aid"] = aid
        if bvid is not UNSET:
            field_dict["bvid"] = bvid
        if cid is not UNSET:
            field_dict["cid"] = cid
        if epid is not UNSET:
            field_dict["epid"] = epid
        if sid is not UNSET:
            field_dict["sid"] = sid
        if mid is not UNSET:
            field_dict["mid"] = mid
        if played_time is not UNSET:
            field_dict["played_time"] = played_time
        if realtime is not UNSET:
            field_dict["realtime"] = realtime
        if start_ts is not UNSET:
            field_dict["start_ts"] = start_ts
        if type_ is not UNSET:
            field_dict["type"] = type_
        if sub_type is not UNSET:
            field_dict["sub_type"] = sub_type
        if dt is not UNSET:
            field_dict["dt"] = dt
        if play_type is not UNSET:
            field_dict["play_type"] = play_type
        if csrf is not UNSET:
            field_dict["csrf"] = csrf

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        aid = src_dict.get("aid", UNSET)

        bvid = src_dict.get("bvid", UNSET)

        cid = src_dict.get("cid", UNSET)

        epid = src_dict.get("epid", UNSET)

        sid = src_dict.get("sid", UNSET)

        mid = src_dict.get("mid", UNSET)

        played_time = src_dict.get("played_time", UNSET)

        realtime = src_dict.get("realtime", UNSET)

        start_ts = src_dict.get("start_ts", UNSET)

        _type_ = src_dict.get("type", UNSET)
        type_: HeartbeatVideoType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = HeartbeatVideoType(_type_)

        _sub_type = src_dict.get("sub_type", UNSET)
        sub_type: HeartbeatSubType | Unset
        if isinstance(_sub_type, Unset):
            sub_type = UNSET
        else:
            sub_type = HeartbeatSubType(_sub_type)

        dt = src_dict.get("dt", UNSET)

        _play_type = src_dict.get("play_type", UNSET)
        play_type: HeartbeatPlayType | Unset
        if isinstance(_play_type, Unset):
            play_type = UNSET
        else:
            play_type = HeartbeatPlayType(_play_type)

        csrf = src_dict.get("csrf", UNSET)

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
            csrf,
        )

        if not _PROPERTY_NAMES.issuperset(src_dict):  # members beyond the described ones
            d = {prop_name: prop for prop_name, prop in src_dict.items() if prop_name not in _PROPERTY_NAMES}
            report_web_heartbeat_body.additional_properties = d
        return report_web_heartbeat_body

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
        "csrf",
    }
)
