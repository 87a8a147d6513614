from __future__ import annotations

from collections.abc import Mapping
from itertools import chain as _chain
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import DESCRIBED_ONLY, _extras_on_first_use, model_repr

T = TypeVar("T", bound="FanGetVideoKeyFrameBody")


@_attrs_define
class FanGetVideoKeyFrameBody:
    """
    Attributes:
        live_key (str): Key of the anchor's live session (标记直播场次的key), a JSON string.
        live_uid (int): Uid of the anchor (目标主播的uid), a JSON number; required on this fan-side URL (通过粉丝使用接口时必要).
        time_list (str): Unix seconds, comma-separated without spaces (秒时间戳列表，用`,`分隔), e.g.
            `1759410340,1759418126`. Times less than 30 s apart are only partly served.
    """

    live_key: str
    live_uid: int
    time_list: str
    # Made on first use (__getattr__ below): most objects have no unknown members, and an empty dict
    # for each of thousands of list items is a good part of a parse.
    additional_properties: dict[str, Any] = _attrs_field(init=False, repr=False)

    if not TYPE_CHECKING:  # hidden from type checkers, which would accept any attribute name
        __getattr__ = _extras_on_first_use

    def __repr__(self) -> str:
        # Only the members that are set, extras only when there are some, secrets masked.
        return model_repr(self, _REPR_NAMES)

    def to_dict(self) -> dict[str, Any]:
        live_key = self.live_key

        live_uid = self.live_uid

        time_list = self.time_list

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "live_key": live_key,
                "live_uid": live_uid,
                "time_list": time_list,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        live_key = src_dict["live_key"]

        live_uid = src_dict["live_uid"]

        time_list = src_dict["time_list"]

        fan_get_video_key_frame_body = cls(
            live_key,
            live_uid,
            time_list,
        )

        if not _PROPERTY_NAMES.issuperset(src_dict):  # members beyond the described ones
            d = {prop_name: prop for prop_name, prop in src_dict.items() if prop_name not in _PROPERTY_NAMES}
            fan_get_video_key_frame_body.additional_properties = d
        return fan_get_video_key_frame_body

    @classmethod
    def _from_list(cls: type[T], items: list[Mapping[str, Any]]) -> list[T]:
        if not DESCRIBED_ONLY.get() and not _PROPERTY_NAMES.issuperset(_chain.from_iterable(items)):
            return list(map(cls.from_dict, items))
        return [
            cls(
                item["live_key"],
                item["live_uid"],
                item["time_list"],
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
        "live_key",
        "live_uid",
        "time_list",
    }
)
_REPR_NAMES: tuple[tuple[str, bool], ...] = (
    ("live_key", True),
    ("live_uid", True),
    ("time_list", True),
)
