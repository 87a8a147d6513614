from __future__ import annotations

from collections.abc import Mapping
from itertools import chain as _chain
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import DESCRIBED_ONLY, _extras_on_first_use, model_repr

T = TypeVar("T", bound="PublishedSlice")


@_attrs_define
class PublishedSlice:
    """A slice (clip) you published from another anchor's replay.

    Attributes:
        slice_id (int): Slice id (切片id).
        uid (int | None): Uid of the publisher? (发布者uid?)
        live_uid (int | None): Uid of the anchor (主播uid).
        live_key (str | None): Live session key (标记直播场次的key).
        title (str | None): Slice title (切片标题).
        cover (str | None): Slice cover URL (切片封面). Missing when no cover was sent when publishing, which very likely
            makes publishing fail without a reason.
        high_light_id (int | None): Bound highlight id; present when the highlight was given when publishing (绑定的高光时刻).
        start_time (str | None): Start of the slice in the live, "YYYY-MM-DD HH:MM:SS" (片段开始时间).
        end_time (str | None): End of the slice in the live, "YYYY-MM-DD HH:MM:SS" (片段结束时间).
        status (int | None): Status of a published slice (切片状态). Known values are listed in `x-status-values`; the list
            is not closed, because the server may add values.
        fail_reason (str | None): Failure hint; present when the status is 3 and there is a hint (失败提示).
        filename (str | None): Internal file name of the slice video, usable as a creator-centre parameter; present
            once
            the video has been merged (切片视频文件名，视频合成完成时存在).
        avid (int | None): Avid of the slice video; present when the status is 2 (状态为2时存在).
        ctime (str | None): When the slice was created, "YYYY-MM-DD HH:MM:SS" (切片创建时间).
        av_duration (int | None): Slice duration in seconds; present when the status is 2 and the creator centre shows
            a valid
            duration (状态为2且创作中心出现有效视频时长时存在).
        live_type (int | None): Purpose unknown (作用尚不明确); 1 in the examples.
    """

    slice_id: int
    uid: int | None = None
    live_uid: int | None = None
    live_key: str | None = None
    title: str | None = None
    cover: str | None = None
    high_light_id: int | None = None
    start_time: str | None = None
    end_time: str | None = None
    status: int | None = None
    fail_reason: str | None = None
    filename: str | None = None
    avid: int | None = None
    ctime: str | None = None
    av_duration: int | None = None
    live_type: int | None = None
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

        uid = self.uid

        live_uid = self.live_uid

        live_key = self.live_key

        title = self.title

        cover = self.cover

        high_light_id = self.high_light_id

        start_time = self.start_time

        end_time = self.end_time

        status = self.status

        fail_reason = self.fail_reason

        filename = self.filename

        avid = self.avid

        ctime = self.ctime

        av_duration = self.av_duration

        live_type = self.live_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "slice_id": slice_id,
            }
        )
        if uid is not None:
            field_dict["uid"] = uid
        if live_uid is not None:
            field_dict["live_uid"] = live_uid
        if live_key is not None:
            field_dict["live_key"] = live_key
        if title is not None:
            field_dict["title"] = title
        if cover is not None:
            field_dict["cover"] = cover
        if high_light_id is not None:
            field_dict["high_light_id"] = high_light_id
        if start_time is not None:
            field_dict["start_time"] = start_time
        if end_time is not None:
            field_dict["end_time"] = end_time
        if status is not None:
            field_dict["status"] = status
        if fail_reason is not None:
            field_dict["fail_reason"] = fail_reason
        if filename is not None:
            field_dict["filename"] = filename
        if avid is not None:
            field_dict["avid"] = avid
        if ctime is not None:
            field_dict["ctime"] = ctime
        if av_duration is not None:
            field_dict["av_duration"] = av_duration
        if live_type is not None:
            field_dict["live_type"] = live_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        slice_id = src_dict["slice_id"]

        uid = src_dict.get("uid")

        live_uid = src_dict.get("live_uid")

        live_key = src_dict.get("live_key")

        title = src_dict.get("title")

        cover = src_dict.get("cover")

        high_light_id = src_dict.get("high_light_id")

        start_time = src_dict.get("start_time")

        end_time = src_dict.get("end_time")

        status = src_dict.get("status")

        fail_reason = src_dict.get("fail_reason")

        filename = src_dict.get("filename")

        avid = src_dict.get("avid")

        ctime = src_dict.get("ctime")

        av_duration = src_dict.get("av_duration")

        live_type = src_dict.get("live_type")

        published_slice = cls(
            slice_id,
            uid,
            live_uid,
            live_key,
            title,
            cover,
            high_light_id,
            start_time,
            end_time,
            status,
            fail_reason,
            filename,
            avid,
            ctime,
            av_duration,
            live_type,
        )

        if not _PROPERTY_NAMES.issuperset(src_dict):  # members beyond the described ones
            d = {prop_name: prop for prop_name, prop in src_dict.items() if prop_name not in _PROPERTY_NAMES}
            published_slice.additional_properties = d
        return published_slice

    @classmethod
    def _from_list(cls: type[T], items: list[Mapping[str, Any]]) -> list[T]:
        if not DESCRIBED_ONLY.get() and not _PROPERTY_NAMES.issuperset(_chain.from_iterable(items)):
            return list(map(cls.from_dict, items))
        return [
            cls(
                item["slice_id"],
                item.get("uid"),
                item.get("live_uid"),
                item.get("live_key"),
                item.get("title"),
                item.get("cover"),
                item.get("high_light_id"),
                item.get("start_time"),
                item.get("end_time"),
                item.get("status"),
                item.get("fail_reason"),
                item.get("filename"),
                item.get("avid"),
                item.get("ctime"),
                item.get("av_duration"),
                item.get("live_type"),
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
        "uid",
        "live_uid",
        "live_key",
        "title",
        "cover",
        "high_light_id",
        "start_time",
        "end_time",
        "status",
        "fail_reason",
        "filename",
        "avid",
        "ctime",
        "av_duration",
        "live_type",
    }
)
_REPR_NAMES: tuple[tuple[str, bool], ...] = (
    ("slice_id", True),
    ("uid", False),
    ("live_uid", False),
    ("live_key", False),
    ("title", False),
    ("cover", False),
    ("high_light_id", False),
    ("start_time", False),
    ("end_time", False),
    ("status", False),
    ("fail_reason", False),
    ("filename", False),
    ("avid", False),
    ("ctime", False),
    ("av_duration", False),
    ("live_type", False),
)
