from __future__ import annotations

from collections.abc import Mapping
from itertools import chain as _chain
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import DESCRIBED_ONLY, _extras_on_first_use, model_repr

T = TypeVar("T", bound="RoomRealTimeMessageUpdateCommandData")


@_attrs_define
class RoomRealTimeMessageUpdateCommandData:
    """
    Attributes:
        roomid (int | None):
        fans (int | None):
        red_notice (int | None):
        fans_club (int | None):
    """

    roomid: int | None = None
    fans: int | None = None
    red_notice: int | None = None
    fans_club: int | None = None
    # Made on first use (__getattr__ below): most objects have no unknown members, and an empty dict
    # for each of thousands of list items is a good part of a parse.
    additional_properties: dict[str, Any] = _attrs_field(init=False, repr=False)

    if not TYPE_CHECKING:  # hidden from type checkers, which would accept any attribute name
        __getattr__ = _extras_on_first_use

    def __repr__(self) -> str:
        # Only the members that are set, extras only when there are some, secrets masked.
        return model_repr(self, _REPR_NAMES)

    def to_dict(self) -> dict[str, Any]:
        roomid = self.roomid

        fans = self.fans

        red_notice = self.red_notice

        fans_club = self.fans_club

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if roomid is not None:
            field_dict["roomid"] = roomid
        if fans is not None:
            field_dict["fans"] = fans
        if red_notice is not None:
            field_dict["red_notice"] = red_notice
        if fans_club is not None:
            field_dict["fans_club"] = fans_club

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        roomid = src_dict.get("roomid")

        fans = src_dict.get("fans")

        red_notice = src_dict.get("red_notice")

        fans_club = src_dict.get("fans_club")

        room_real_time_message_update_command_data = cls(
            roomid,
            fans,
            red_notice,
            fans_club,
        )

        if not _PROPERTY_NAMES.issuperset(src_dict):  # members beyond the described ones
            d = {prop_name: prop for prop_name, prop in src_dict.items() if prop_name not in _PROPERTY_NAMES}
            room_real_time_message_update_command_data.additional_properties = d
        return room_real_time_message_update_command_data

    @classmethod
    def _from_list(cls: type[T], items: list[Mapping[str, Any]]) -> list[T]:
        if not DESCRIBED_ONLY.get() and not _PROPERTY_NAMES.issuperset(_chain.from_iterable(items)):
            return list(map(cls.from_dict, items))
        return [
            cls(
                item.get("roomid"),
                item.get("fans"),
                item.get("red_notice"),
                item.get("fans_club"),
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
        "roomid",
        "fans",
        "red_notice",
        "fans_club",
    }
)
_REPR_NAMES: tuple[tuple[str, bool], ...] = (
    ("roomid", False),
    ("fans", False),
    ("red_notice", False),
    ("fans_club", False),
)
