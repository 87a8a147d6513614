from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.stop_live_platform import StopLivePlatform
from ..types import _extras_on_first_use, model_repr

T = TypeVar("T", bound="StopLiveBody")


@_attrs_define
class StopLiveBody:
    """
    Attributes:
        room_id (int): Live room id; must be the logged-in user's own room (必须为自己的直播间id).
        platform (StopLivePlatform): Streaming platform (直播平台), as for start_live. Required: without it the answer is
            60034 (系统维护仅支持直播姬关播). withsalt/BilibiliLiveTools sends pc.
        csrf (str): CSRF token; must equal the `bili_jct` cookie.
    """

    room_id: int
    platform: StopLivePlatform
    csrf: str
    # Made on first use (__getattr__ below): most objects have no unknown members, and an empty dict
    # for each of thousands of list items is a good part of a parse.
    additional_properties: dict[str, Any] = _attrs_field(init=False, repr=False)

    if not TYPE_CHECKING:  # hidden from type checkers, which would accept any attribute name
        __getattr__ = _extras_on_first_use

    def __repr__(self) -> str:
        # Only the members that are set, extras only when there are some, secrets masked.
        return model_repr(self, _REPR_NAMES)

    def to_dict(self) -> dict[str, Any]:
        room_id = self.room_id

        platform = self.platform.value

        csrf = self.csrf

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "room_id": room_id,
                "platform": platform,
                "csrf": csrf,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        room_id = src_dict["room_id"]

        platform = StopLivePlatform(src_dict["platform"])

        csrf = src_dict["csrf"]

        stop_live_body = cls(
            room_id,
            platform,
            csrf,
        )

        if not _PROPERTY_NAMES.issuperset(src_dict):  # members beyond the described ones
            d = {prop_name: prop for prop_name, prop in src_dict.items() if prop_name not in _PROPERTY_NAMES}
            stop_live_body.additional_properties = d
        return stop_live_body

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
        "room_id",
        "platform",
        "csrf",
    }
)
_REPR_NAMES: tuple[tuple[str, bool], ...] = (
    ("room_id", True),
    ("platform", True),
    ("csrf", True),
)
