from __future__ import annotations

from collections.abc import Mapping
from itertools import chain as _chain
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import DESCRIBED_ONLY, _extras_on_first_use, model_repr

T = TypeVar("T", bound="ReplayLiveInfo")


@_attrs_define
class ReplayLiveInfo:
    """The live session a replay was recorded from (直播信息).

    Attributes:
        title (str): Live title at the end of the live (直播结束时的标题).
        live_time (int): Unix seconds when the live started; same as the replay's `start_time` (直播时间).
        cover (str | None): Live cover URL (直播封面).
        live_type (int | None): Live type? Purpose unknown (作用尚不明确); 1 in the examples.
        platform (str | None): Streaming platform (直播平台), e.g. android_link.
    """

    title: str
    live_time: int
    cover: str | None = None
    live_type: int | None = None
    platform: str | None = None
    # Made on first use (__getattr__ below): most objects have no unknown members, and an empty dict
    # for each of thousands of list items is a good part of a parse.
    additional_properties: dict[str, Any] = _attrs_field(init=False, repr=False)

    if not TYPE_CHECKING:  # hidden from type checkers, which would accept any attribute name
        __getattr__ = _extras_on_first_use

    def __repr__(self) -> str:
        # Only the members that are set, extras only when there are some, secrets masked.
        return model_repr(self, _REPR_NAMES)

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        live_time = self.live_time

        cover = self.cover

        live_type = self.live_type

        platform = self.platform

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "title": title,
                "live_time": live_time,
            }
        )
        if cover is not None:
            field_dict["cover"] = cover
        if live_type is not None:
            field_dict["live_type"] = live_type
        if platform is not None:
            field_dict["platform"] = platform

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        title = src_dict["title"]

        live_time = src_dict["live_time"]

        cover = src_dict.get("cover")

        live_type = src_dict.get("live_type")

        platform = src_dict.get("platform")

        replay_live_info = cls(
            title,
            live_time,
            cover,
            live_type,
            platform,
        )

        if not _PROPERTY_NAMES.issuperset(src_dict):  # members beyond the described ones
            d = {prop_name: prop for prop_name, prop in src_dict.items() if prop_name not in _PROPERTY_NAMES}
            replay_live_info.additional_properties = d
        return replay_live_info

    @classmethod
    def _from_list(cls: type[T], items: list[Mapping[str, Any]]) -> list[T]:
        if not DESCRIBED_ONLY.get() and not _PROPERTY_NAMES.issuperset(_chain.from_iterable(items)):
            return list(map(cls.from_dict, items))
        return [
            cls(
                item["title"],
                item["live_time"],
                item.get("cover"),
                item.get("live_type"),
                item.get("platform"),
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
        "title",
        "live_time",
        "cover",
        "live_type",
        "platform",
    }
)
_REPR_NAMES: tuple[tuple[str, bool], ...] = (
    ("title", True),
    ("live_time", True),
    ("cover", False),
    ("live_type", False),
    ("platform", False),
)
