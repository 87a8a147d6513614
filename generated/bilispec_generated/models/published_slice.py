from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PublishedSlice")


@_attrs_define
class PublishedSlice:
    """A slice (clip) you published from another anchor's replay.

    Attributes:
        slice_id (int): Slice id (切片id).
        uid (int | Unset): Uid of the publisher? (发布者uid?)
        live_uid (int | Unset): Uid of the anchor (主播uid).
        live_key (str | Unset): Live session key (标记直播场次的key).
        title (str | Unset): Slice title (切片标题).
        cover (str | Unset): Slice cover URL (切片封面). Missing when no cover was sent when publishing, which very likely
            makes publishing fail without a reason.
        high_light_id (int | Unset): Bound highlight id; present when the highlight was given when publishing (绑定的高光时刻).
        start_time (str | Unset): Start of the slice in the live, "YYYY-MM-DD HH:MM:SS" (片段开始时间).
        end_time (str | Unset): End of the slice in the live, "YYYY-MM-DD HH:MM:SS" (片段结束时间).
        status (int | Unset): Status of a published slice (切片状态). Known values are listed in `x-status-values`; the list
            is not closed, because the server may add values.
        fail_reason (str | Unset): Failure hint; present when the status is 3 and there is a hint (失败提示).
        filename (str | Unset): Internal file name of the slice video, usable as a creator-centre parameter; present
            once
            the video has been merged (切片视频文件名，视频合成完成时存在).
        avid (int | Unset): Avid of the slice video; present when the status is 2 (状态为2时存在).
        ctime (str | Unset): When the slice was created, "YYYY-MM-DD HH:MM:SS" (切片创建时间).
        av_duration (int | Unset): Slice duration in seconds; present when the status is 2 and the creator centre shows
            a valid
            duration (状态为2且创作中心出现有效视频时长时存在).
        live_type (int | Unset): Purpose unknown (作用尚不明确); 1 in the examples.
    """

    slice_id: int
    uid: int | Unset = UNSET
    live_uid: int | Unset = UNSET
    live_key: str | Unset = UNSET
    title: str | Unset = UNSET
    cover: str | Unset = UNSET
    high_light_id: int | Unset = UNSET
    start_time: str | Unset = UNSET
    end_time: str | Unset = UNSET
    status: int | Unset = UNSET
    fail_reason: str | Unset = UNSET
    filename: str | Unset = UNSET
    avid: int | Unset = UNSET
    ctime: str | Unset = UNSET
    av_duration: int | Unset = UNSET
    live_type: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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
        if uid is not UNSET:
            field_dict["uid"] = uid
        if live_uid is not UNSET:
            field_dict["live_uid"] = live_uid
        if live_key is not UNSET:
            field_dict["live_key"] = live_key
        if title is not UNSET:
            field_dict["title"] = title
        if cover is not UNSET:
            field_dict["cover"] = cover
        if high_light_id is not UNSET:
            field_dict["high_light_id"] = high_light_id
        if start_time is not UNSET:
            field_dict["start_time"] = start_time
        if end_time is not UNSET:
            field_dict["end_time"] = end_time
        if status is not UNSET:
            field_dict["status"] = status
        if fail_reason is not UNSET:
            field_dict["fail_reason"] = fail_reason
        if filename is not UNSET:
            field_dict["filename"] = filename
        if avid is not UNSET:
            field_dict["avid"] = avid
        if ctime is not UNSET:
            field_dict["ctime"] = ctime
        if av_duration is not UNSET:
            field_dict["av_duration"] = av_duration
        if live_type is not UNSET:
            field_dict["live_type"] = live_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        slice_id = src_dict["slice_id"]

        uid = src_dict.get("uid", UNSET)

        live_uid = src_dict.get("live_uid", UNSET)

        live_key = src_dict.get("live_key", UNSET)

        title = src_dict.get("title", UNSET)

        cover = src_dict.get("cover", UNSET)

        high_light_id = src_dict.get("high_light_id", UNSET)

        start_time = src_dict.get("start_time", UNSET)

        end_time = src_dict.get("end_time", UNSET)

        status = src_dict.get("status", UNSET)

        fail_reason = src_dict.get("fail_reason", UNSET)

        filename = src_dict.get("filename", UNSET)

        avid = src_dict.get("avid", UNSET)

        ctime = src_dict.get("ctime", UNSET)

        av_duration = src_dict.get("av_duration", UNSET)

        live_type = src_dict.get("live_type", UNSET)

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
