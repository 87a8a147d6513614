from __future__ import annotations

from collections.abc import Mapping
from types import NoneType
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import _extras_on_first_use, model_repr

T = TypeVar("T", bound="RoomSilent")


@_attrs_define
class RoomSilent:
    """The room-wide mute in force. Never seen publicly; Rsplwe/bili-live-hime's type, all optional and nullable.

    Attributes:
        type_ (None | str | None): "" none, else "wealth", "medal" or "member" (set_room_silent's `type`).
        level (int | None): The level below which viewers are muted.
        second (int | None): Seconds left; 0 when the mute lasts until lifted.
        expire_time (int | None): Unix seconds when the mute ends (by its name).
        minute (int | None): The duration set, in minutes.
    """

    type_: None | str | None = None
    level: int | None = None
    second: int | None = None
    expire_time: int | None = None
    minute: int | None = None
    # Made on first use (__getattr__ below): most objects have no unknown members, and an empty dict
    # for each of thousands of list items is a good part of a parse.
    additional_properties: dict[str, Any] = _attrs_field(init=False, repr=False)
    # Optional members that came in as an explicit null: to_dict() sends them back as null.
    _nulls: frozenset[str] = _attrs_field(init=False, default=frozenset(), repr=False, eq=False)

    if not TYPE_CHECKING:  # hidden from type checkers, which would accept any attribute name
        __getattr__ = _extras_on_first_use

    def __repr__(self) -> str:
        # Only the members that are set, extras only when there are some, secrets masked.
        return model_repr(self, _REPR_NAMES)

    def to_dict(self) -> dict[str, Any]:
        type_: None | str | None
        if isinstance(self.type_, NoneType):
            type_ = None
        else:
            type_ = self.type_

        level: int | None
        if isinstance(self.level, NoneType):
            level = None
        else:
            level = self.level

        second: int | None
        if isinstance(self.second, NoneType):
            second = None
        else:
            second = self.second

        expire_time: int | None
        if isinstance(self.expire_time, NoneType):
            expire_time = None
        else:
            expire_time = self.expire_time

        minute: int | None
        if isinstance(self.minute, NoneType):
            minute = None
        else:
            minute = self.minute

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not None or "type" in self._nulls:
            field_dict["type"] = type_
        if level is not None or "level" in self._nulls:
            field_dict["level"] = level
        if second is not None or "second" in self._nulls:
            field_dict["second"] = second
        if expire_time is not None or "expire_time" in self._nulls:
            field_dict["expire_time"] = expire_time
        if minute is not None or "minute" in self._nulls:
            field_dict["minute"] = minute

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        def _parse_type_(data: object) -> None | str | None:
            if data is None:
                return data
            if isinstance(data, NoneType):
                return data
            return cast(None | str | None, data)

        type_ = _parse_type_(src_dict.get("type"))

        def _parse_level(data: object) -> int | None:
            if data is None:
                return data
            if isinstance(data, NoneType):
                return data
            return cast(int | None, data)

        level = _parse_level(src_dict.get("level"))

        def _parse_second(data: object) -> int | None:
            if data is None:
                return data
            if isinstance(data, NoneType):
                return data
            return cast(int | None, data)

        second = _parse_second(src_dict.get("second"))

        def _parse_expire_time(data: object) -> int | None:
            if data is None:
                return data
            if isinstance(data, NoneType):
                return data
            return cast(int | None, data)

        expire_time = _parse_expire_time(src_dict.get("expire_time"))

        def _parse_minute(data: object) -> int | None:
            if data is None:
                return data
            if isinstance(data, NoneType):
                return data
            return cast(int | None, data)

        minute = _parse_minute(src_dict.get("minute"))

        room_silent = cls(
            type_,
            level,
            second,
            expire_time,
            minute,
        )

        if not _PROPERTY_NAMES.issuperset(src_dict):  # members beyond the described ones
            d = {prop_name: prop for prop_name, prop in src_dict.items() if prop_name not in _PROPERTY_NAMES}
            room_silent.additional_properties = d
        if None in (
            src_dict.get("type", 0),
            src_dict.get("level", 0),
            src_dict.get("second", 0),
            src_dict.get("expire_time", 0),
            src_dict.get("minute", 0),
        ):
            room_silent._nulls = frozenset(
                name for name in _NULLABLE_OPTIONAL if name in src_dict and src_dict[name] is None
            )
        return room_silent

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
        "type",
        "level",
        "second",
        "expire_time",
        "minute",
    }
)
_REPR_NAMES: tuple[tuple[str, bool], ...] = (
    ("type_", False),
    ("level", False),
    ("second", False),
    ("expire_time", False),
    ("minute", False),
)
_NULLABLE_OPTIONAL: tuple[str, ...] = (
    "type",
    "level",
    "second",
    "expire_time",
    "minute",
)
