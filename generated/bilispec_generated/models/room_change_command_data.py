from __future__ import annotations

from collections.abc import Mapping
from itertools import chain as _chain
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import DESCRIBED_ONLY, _extras_on_first_use, model_repr

T = TypeVar("T", bound="RoomChangeCommandData")


@_attrs_define
class RoomChangeCommandData:
    """
    Attributes:
        title (str | None):
        area_id (int | None):
        parent_area_id (int | None):
        area_name (str | None):
        parent_area_name (str | None):
        live_key (str | None): "0" when the room is not live.
        sub_session_key (str | None):
    """

    title: str | None = None
    area_id: int | None = None
    parent_area_id: int | None = None
    area_name: str | None = None
    parent_area_name: str | None = None
    live_key: str | None = None
    sub_session_key: str | None = None
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

        area_id = self.area_id

        parent_area_id = self.parent_area_id

        area_name = self.area_name

        parent_area_name = self.parent_area_name

        live_key = self.live_key

        sub_session_key = self.sub_session_key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if title is not None:
            field_dict["title"] = title
        if area_id is not None:
            field_dict["area_id"] = area_id
        if parent_area_id is not None:
            field_dict["parent_area_id"] = parent_area_id
        if area_name is not None:
            field_dict["area_name"] = area_name
        if parent_area_name is not None:
            field_dict["parent_area_name"] = parent_area_name
        if live_key is not None:
            field_dict["live_key"] = live_key
        if sub_session_key is not None:
            field_dict["sub_session_key"] = sub_session_key

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        title = src_dict.get("title")

        area_id = src_dict.get("area_id")

        parent_area_id = src_dict.get("parent_area_id")

        area_name = src_dict.get("area_name")

        parent_area_name = src_dict.get("parent_area_name")

        live_key = src_dict.get("live_key")

        sub_session_key = src_dict.get("sub_session_key")

        room_change_command_data = cls(
            title,
            area_id,
            parent_area_id,
            area_name,
            parent_area_name,
            live_key,
            sub_session_key,
        )

        if not _PROPERTY_NAMES.issuperset(src_dict):  # members beyond the described ones
            d = {prop_name: prop for prop_name, prop in src_dict.items() if prop_name not in _PROPERTY_NAMES}
            room_change_command_data.additional_properties = d
        return room_change_command_data

    @classmethod
    def _from_list(cls: type[T], items: list[Mapping[str, Any]]) -> list[T]:
        if not DESCRIBED_ONLY.get() and not _PROPERTY_NAMES.issuperset(_chain.from_iterable(items)):
            return list(map(cls.from_dict, items))
        return [
            cls(
                item.get("title"),
                item.get("area_id"),
                item.get("parent_area_id"),
                item.get("area_name"),
                item.get("parent_area_name"),
                item.get("live_key"),
                item.get("sub_session_key"),
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
        "area_id",
        "parent_area_id",
        "area_name",
        "parent_area_name",
        "live_key",
        "sub_session_key",
    }
)
_REPR_NAMES: tuple[tuple[str, bool], ...] = (
    ("title", False),
    ("area_id", False),
    ("parent_area_id", False),
    ("area_name", False),
    ("parent_area_name", False),
    ("live_key", False),
    ("sub_session_key", False),
)
