from __future__ import annotations

from collections.abc import Mapping
from types import NoneType
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import _extras_on_first_use, model_repr

T = TypeVar("T", bound="ReplayInfo")


@_attrs_define
class ReplayInfo:
    """One live replay (直播回放).

    Attributes:
        replay_id (int): Replay id (直播回放id); the `record_id` of the download operations.
        live_info (ReplayLiveInfo): The live session a replay was recorded from (直播信息).
        live_key (str): Live session key (标记直播场次的key), a decimal string.
        video_info (ReplayVideoInfo | None): The replay video (回放视频信息).
        alarm_info (ReplayAlarmInfo | None): Merge alarm of a replay (警报信息). Seen: code -8 with 直播内容存在违规片段 (the live
            contains
            violating parts), code 2 with 录像生成失败，请稍后再试 (recording failed, try later).
        room_id (int | None): Live room id (直播间id).
        start_time (int | None): Unix seconds when the live started, i.e. when startLive was called (直播开始秒时间戳).
        end_time (int | None): Unix seconds when the live ended, i.e. when stopLive was called (直播结束秒时间戳).
    """

    replay_id: int
    live_info: ReplayLiveInfo
    live_key: str
    video_info: ReplayVideoInfo | None = None
    alarm_info: ReplayAlarmInfo | None = None
    room_id: int | None = None
    start_time: int | None = None
    end_time: int | None = None
    # Made on first use (__getattr__ below): most objects have no unknown members, and an empty dict
    # for each of thousands of list items is a good part of a parse.
    additional_properties: dict[str, Any] = _attrs_field(init=False, repr=False)

    if not TYPE_CHECKING:  # hidden from type checkers, which would accept any attribute name
        __getattr__ = _extras_on_first_use

    def __repr__(self) -> str:
        # Only the members that are set, extras only when there are some, secrets masked.
        return model_repr(self, _REPR_NAMES)

    def to_dict(self) -> dict[str, Any]:
        replay_id = self.replay_id

        live_info = self.live_info.to_dict()

        live_key = self.live_key

        video_info: dict[str, Any] | None = None
        if not isinstance(self.video_info, NoneType):
            video_info = self.video_info.to_dict()

        alarm_info: dict[str, Any] | None = None
        if not isinstance(self.alarm_info, NoneType):
            alarm_info = self.alarm_info.to_dict()

        room_id = self.room_id

        start_time = self.start_time

        end_time = self.end_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "replay_id": replay_id,
                "live_info": live_info,
                "live_key": live_key,
            }
        )
        if video_info is not None:
            field_dict["video_info"] = video_info
        if alarm_info is not None:
            field_dict["alarm_info"] = alarm_info
        if room_id is not None:
            field_dict["room_id"] = room_id
        if start_time is not None:
            field_dict["start_time"] = start_time
        if end_time is not None:
            field_dict["end_time"] = end_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        replay_id = src_dict["replay_id"]

        live_info = ReplayLiveInfo.from_dict(src_dict["live_info"])

        live_key = src_dict["live_key"]

        _video_info = src_dict.get("video_info")
        video_info: ReplayVideoInfo | None
        if isinstance(_video_info, NoneType):
            video_info = None
        else:
            video_info = ReplayVideoInfo.from_dict(_video_info)

        _alarm_info = src_dict.get("alarm_info")
        alarm_info: ReplayAlarmInfo | None
        if isinstance(_alarm_info, NoneType):
            alarm_info = None
        else:
            alarm_info = ReplayAlarmInfo.from_dict(_alarm_info)

        room_id = src_dict.get("room_id")

        start_time = src_dict.get("start_time")

        end_time = src_dict.get("end_time")

        replay_info = cls(
            replay_id,
            live_info,
            live_key,
            video_info,
            alarm_info,
            room_id,
            start_time,
            end_time,
        )

        if not _PROPERTY_NAMES.issuperset(src_dict):  # members beyond the described ones
            d = {prop_name: prop for prop_name, prop in src_dict.items() if prop_name not in _PROPERTY_NAMES}
            replay_info.additional_properties = d
        return replay_info

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
        "replay_id",
        "live_info",
        "live_key",
        "video_info",
        "alarm_info",
        "room_id",
        "start_time",
        "end_time",
    }
)
_REPR_NAMES: tuple[tuple[str, bool], ...] = (
    ("replay_id", True),
    ("live_info", True),
    ("live_key", True),
    ("video_info", False),
    ("alarm_info", False),
    ("room_id", False),
    ("start_time", False),
    ("end_time", False),
)

# bilispec: models that refer to each other import each other here, once the class exists.
from ..models.replay_alarm_info import ReplayAlarmInfo  # noqa: E402
from ..models.replay_live_info import ReplayLiveInfo  # noqa: E402
from ..models.replay_video_info import ReplayVideoInfo  # noqa: E402
