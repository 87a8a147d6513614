from __future__ import annotations

from collections.abc import Mapping
from itertools import chain as _chain
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import DESCRIBED_ONLY, _extras_on_first_use, model_repr

T = TypeVar("T", bound="RoomSilentOffCommandDataType1")


@_attrs_define
class RoomSilentOffCommandDataType1:
    """An object; `[]` (empty) in the 2018 captures, when there was none.

    Attributes:
        type_ (str | None):
        level (int | None):
        second (int | None):
        msg (str | None):
    """

    type_: str | None = None
    level: int | None = None
    second: int | None = None
    msg: str | None = None
    # Made on first use (__getattr__ below): most objects have no unknown members, and an empty dict
    # for each of thousands of list items is a good part of a parse.
    additional_properties: dict[str, Any] = _attrs_field(init=False, repr=False)

    if not TYPE_CHECKING:  # hidden from type checkers, which would accept any attribute name
        __getattr__ = _extras_on_first_use

    def __repr__(self) -> str:
        # Only the members that are set, extras only when there are some, secrets masked.
        return model_repr(self, _REPR_NAMES)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        level = self.level

        second = self.second

        msg = self.msg

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not None:
            field_dict["type"] = type_
        if level is not None:
            field_dict["level"] = level
        if second is not None:
            field_dict["second"] = second
        if msg is not None:
            field_dict["msg"] = msg

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        type_ = src_dict.get("type")

        level = src_dict.get("level")

        second = src_dict.get("second")

        msg = src_dict.get("msg")

        room_silent_off_command_data_type_1 = cls(
            type_,
            level,
            second,
            msg,
        )

        if not _PROPERTY_NAMES.issuperset(src_dict):  # members beyond the described ones
            d = {prop_name: prop for prop_name, prop in src_dict.items() if prop_name not in _PROPERTY_NAMES}
            room_silent_off_command_data_type_1.additional_properties = d
        return room_silent_off_command_data_type_1

    @classmethod
    def _from_list(cls: type[T], items: list[Mapping[str, Any]]) -> list[T]:
        if not DESCRIBED_ONLY.get() and not _PROPERTY_NAMES.issuperset(_chain.from_iterable(items)):
            return list(map(cls.from_dict, items))
        return [
            cls(
                item.get("type"),
                item.get("level"),
                item.get("second"),
                item.get("msg"),
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
        "type",
        "level",
        "second",
        "msg",
    }
)
_REPR_NAMES: tuple[tuple[str, bool], ...] = (
    ("type_", False),
    ("level", False),
    ("second", False),
    ("msg", False),
)
