from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ReplayLiveInfo")


@_attrs_define
class ReplayLiveInfo:
    """The live session a replay was recorded from (直播信息).

    Attributes:
        title (str | Unset): Live title at the end of the live (直播结束时的标题).
        cover (str | Unset): Live cover URL (直播封面).
        live_time (int | Unset): Unix seconds when the live started; same as the replay's `start_time` (直播时间).
        live_type (int | Unset): Live type? Purpose unknown (作用尚不明确); 1 in the examples.
        platform (str | Unset): Streaming platform (直播平台), e.g. android_link.
    """

    title: str | Unset = UNSET
    cover: str | Unset = UNSET
    live_time: int | Unset = UNSET
    live_type: int | Unset = UNSET
    platform: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        cover = self.cover

        live_time = self.live_time

        live_type = self.live_type

        platform = self.platform

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if title is not UNSET:
            field_dict["title"] = title
        if cover is not UNSET:
            field_dict["cover"] = cover
        if live_time is not UNSET:
            field_dict["live_time"] = live_time
        if live_type is not UNSET:
            field_dict["live_type"] = live_type
        if platform is not UNSET:
            field_dict["platform"] = platform

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        title = src_dict.get("title", UNSET)

        cover = src_dict.get("cover", UNSET)

        live_time = src_dict.get("live_time", UNSET)

        live_type = src_dict.get("live_type", UNSET)

        platform = src_dict.get("platform", UNSET)

        replay_live_info = cls(
            title,
            cover,
            live_time,
            live_type,
            platform,
        )

        if not _PROPERTY_NAMES.issuperset(src_dict):  # members beyond the described ones
            d = {prop_name: prop for prop_name, prop in src_dict.items() if prop_name not in _PROPERTY_NAMES}
            replay_live_info.additional_properties = d
        return replay_live_info

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
        "title",
        "cover",
        "live_time",
        "live_type",
        "platform",
    }
)
