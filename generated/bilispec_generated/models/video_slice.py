from __future__ import annotations

from collections.abc import Mapping
from itertools import chain as _chain
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import DESCRIBED_ONLY, _extras_on_first_use, model_repr

T = TypeVar("T", bound="VideoSlice")


@_attrs_define
class VideoSlice:
    """A slice (clip) the anchor published from their own replay.

    Attributes:
        slice_id (int): Slice id (切片id). The table spells it `silce_id`; the example sends `slice_id`.
        av_title (str | None): Slice title (切片标题).
        av_cover (str | None): Slice cover URL (切片封面).
        av_status (int | None): Status of a published slice (切片状态). Known values are listed in `x-status-values`; the
            list
            is not closed, because the server may add values.
        avid (int | None): Avid of the slice video; present when the status is 2 (状态为2时存在).
        ctime (str | None): When the slice was created, "YYYY-MM-DD HH:MM:SS" (切片创建时间).
        start_tm (str | None): Start of the slice in the live, "YYYY-MM-DD HH:MM:SS" (切片开始时间).
        end_tm (str | None): End of the slice in the live, "YYYY-MM-DD HH:MM:SS" (切片结束时间).
        av_duration (int | None): Slice duration in seconds; present when the status is 2 and the creator centre shows
            a valid
            duration (状态为2且创作中心出现有效视频时长时存在).
        failed_reason (str | None): Why publishing failed, e.g. duration_false; present when the status is 3, possibly
            missing
            for slices that failed before 2024-09-01 (状态为3时存在).
        live_type (int | None): Purpose unknown (作用尚不明确); 1 in the examples.
        cnt_play (int | None): Play count; present when the video has plays, and missing on the whole page when any
            item
            on it has a status other than 2 (播放数).
        cnt_danmaku (int | None): Danmaku count; present when the video has danmaku, and missing on the whole page when
            any
            item on it has a status other than 2 (弹幕数).
    """

    slice_id: int
    av_title: str | None = None
    av_cover: str | None = None
    av_status: int | None = None
    avid: int | None = None
    ctime: str | None = None
    start_tm: str | None = None
    end_tm: str | None = None
    av_duration: int | None = None
    failed_reason: str | None = None
    live_type: int | None = None
    cnt_play: int | None = None
    cnt_danmaku: int | None = None
    # Made on first use (__getattr__ below): most objects have no unknown members, and an empty dict
    # for each of thousands of list items is a good part of a parse.
    additional_properties: dict[str, Any] = _attrs_field(init=False, repr=False)

    if not TYPE_CHECKING:  # hidden from type checkers, which would accept any attribute name
        __getattr__ = _extras_on_first_use

    def __repr__(self) -> str:
        # Only the members that are set, extras only when there are some, secrets masked.
        return model_repr(self, _REPR_NAMES)

    def to_dict(self) -> dict[str, Any]:
        slice_id = self.slice_id

        av_title = self.av_title

        av_cover = self.av_cover

        av_status = self.av_status

        avid = self.avid

        ctime = self.ctime

        start_tm = self.start_tm

        end_tm = self.end_tm

        av_duration = self.av_duration

        failed_reason = self.failed_reason

        live_type = self.live_type

        cnt_play = self.cnt_play

        cnt_danmaku = self.cnt_danmaku

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "slice_id": slice_id,
            }
        )
        if av_title is not None:
            field_dict["av_title"] = av_title
        if av_cover is not None:
            field_dict["av_cover"] = av_cover
        if av_status is not None:
            field_dict["av_status"] = av_status
        if avid is not None:
            field_dict["avid"] = avid
        if ctime is not None:
            field_dict["ctime"] = ctime
        if start_tm is not None:
            field_dict["start_tm"] = start_tm
        if end_tm is not None:
            field_dict["end_tm"] = end_tm
        if av_duration is not None:
            field_dict["av_duration"] = av_duration
        if failed_reason is not None:
            field_dict["failed_reason"] = failed_reason
        if live_type is not None:
            field_dict["live_type"] = live_type
        if cnt_play is not None:
            field_dict["cnt_play"] = cnt_play
        if cnt_danmaku is not None:
            field_dict["cnt_danmaku"] = cnt_danmaku

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        slice_id = src_dict["slice_id"]

        av_title = src_dict.get("av_title")

        av_cover = src_dict.get("av_cover")

        av_status = src_dict.get("av_status")

        avid = src_dict.get("avid")

        ctime = src_dict.get("ctime")

        start_tm = src_dict.get("start_tm")

        end_tm = src_dict.get("end_tm")

        av_duration = src_dict.get("av_duration")

        failed_reason = src_dict.get("failed_reason")

        live_type = src_dict.get("live_type")

        cnt_play = src_dict.get("cnt_play")

        cnt_danmaku = src_dict.get("cnt_danmaku")

        video_slice = cls(
            slice_id,
            av_title,
            av_cover,
            av_status,
            avid,
            ctime,
            start_tm,
            end_tm,
            av_duration,
            failed_reason,
            live_type,
            cnt_play,
            cnt_danmaku,
        )

        if not _PROPERTY_NAMES.issuperset(src_dict):  # members beyond the described ones
            d = {prop_name: prop for prop_name, prop in src_dict.items() if prop_name not in _PROPERTY_NAMES}
            video_slice.additional_properties = d
        return video_slice

    @classmethod
    def _from_list(cls: type[T], items: list[Mapping[str, Any]]) -> list[T]:
        if not DESCRIBED_ONLY.get() and not _PROPERTY_NAMES.issuperset(_chain.from_iterable(items)):
            return list(map(cls.from_dict, items))
        return [
            cls(
                item["slice_id"],
                item.get("av_title"),
                item.get("av_cover"),
                item.get("av_status"),
                item.get("avid"),
                item.get("ctime"),
                item.get("start_tm"),
                item.get("end_tm"),
                item.get("av_duration"),
                item.get("failed_reason"),
                item.get("live_type"),
                item.get("cnt_play"),
                item.get("cnt_danmaku"),
            )
            for item in items
        ]

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
        "slice_id",
        "av_title",
        "av_cover",
        "av_status",
        "avid",
        "ctime",
        "start_tm",
        "end_tm",
        "av_duration",
        "failed_reason",
        "live_type",
        "cnt_play",
        "cnt_danmaku",
    }
)
_REPR_NAMES: tuple[tuple[str, bool], ...] = (
    ("slice_id", True),
    ("av_title", False),
    ("av_cover", False),
    ("av_status", False),
    ("avid", False),
    ("ctime", False),
    ("start_tm", False),
    ("end_tm", False),
    ("av_duration", False),
    ("failed_reason", False),
    ("live_type", False),
    ("cnt_play", False),
    ("cnt_danmaku", False),
)
