from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.set_room_silent_body_type import SetRoomSilentBodyType
from ..types import _extras_on_first_use, model_repr

T = TypeVar("T", bound="SetRoomSilentBody")


@_attrs_define
class SetRoomSilentBody:
    """
    Attributes:
        room_id (int): The long room id.
        type_ (SetRoomSilentBodyType): Who is muted (off lifts the mute).
        csrf (str): CSRF token; must equal the `bili_jct` cookie.
        level (int | None): The level below which viewers are muted (by wealth or medal); the client sends 1 by
            default.
        minute (int | None): Minutes the mute lasts; 0 until lifted.
        visit_id (str | None): Purpose unknown; "".
        csrf_token (str | None): Same value as `csrf`.
    """

    room_id: int
    type_: SetRoomSilentBodyType
    csrf: str
    level: int | None = None
    minute: int | None = None
    visit_id: str | None = None
    csrf_token: str | None = None
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

        type_ = self.type_.value

        csrf = self.csrf

        level = self.level

        minute = self.minute

        visit_id = self.visit_id

        csrf_token = self.csrf_token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "room_id": room_id,
                "type": type_,
                "csrf": csrf,
            }
        )
        if level is not None:
            field_dict["level"] = level
        if minute is not None:
            field_dict["minute"] = minute
        if visit_id is not None:
            field_dict["visit_id"] = visit_id
        if csrf_token is not None:
            field_dict["csrf_token"] = csrf_token

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        room_id = src_dict["room_id"]

        type_ = SetRoomSilentBodyType(src_dict["type"])

        csrf = src_dict["csrf"]

        level = src_dict.get("level")

        minute = src_dict.get("minute")

        visit_id = src_dict.get("visit_id")

        csrf_token = src_dict.get("csrf_token")

        set_room_silent_body = cls(
            room_id,
            type_,
            csrf,
            level,
            minute,
            visit_id,
            csrf_token,
        )

        if not _PROPERTY_NAMES.issuperset(src_dict):  # members beyond the described ones
            d = {prop_name: prop for prop_name, prop in src_dict.items() if prop_name not in _PROPERTY_NAMES}
            set_room_silent_body.additional_properties = d
        return set_room_silent_body

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
        "type",
        "csrf",
        "level",
        "minute",
        "visit_id",
        "csrf_token",
    }
)
_REPR_NAMES: tuple[tuple[str, bool], ...] = (
    ("room_id", True),
    ("type_", True),
    ("csrf", True),
    ("level", False),
    ("minute", False),
    ("visit_id", False),
    ("csrf_token", False),
)
