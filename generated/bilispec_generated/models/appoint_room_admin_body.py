from __future__ import annotations

from collections.abc import Mapping
from types import NoneType
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.appoint_room_admin_body_admin_level import AppointRoomAdminBodyAdminLevel
from ..types import _extras_on_first_use, model_repr

T = TypeVar("T", bound="AppointRoomAdminBody")


@_attrs_define
class AppointRoomAdminBody:
    """
    Attributes:
        admin (int): Uid of the user to appoint.
        csrf (str): CSRF token; must equal the `bili_jct` cookie.
        admin_level (AppointRoomAdminBodyAdminLevel | None): Admin level; the only value seen is 1.
        visit_id (str | None): Purpose unknown; "".
        csrf_token (str | None): Same value as `csrf`.
    """

    admin: int
    csrf: str
    admin_level: AppointRoomAdminBodyAdminLevel | None = None
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
        admin = self.admin

        csrf = self.csrf

        admin_level: int | None = None
        if not isinstance(self.admin_level, NoneType):
            admin_level = self.admin_level.value

        visit_id = self.visit_id

        csrf_token = self.csrf_token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "admin": admin,
                "csrf": csrf,
            }
        )
        if admin_level is not None:
            field_dict["admin_level"] = admin_level
        if visit_id is not None:
            field_dict["visit_id"] = visit_id
        if csrf_token is not None:
            field_dict["csrf_token"] = csrf_token

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        admin = src_dict["admin"]

        csrf = src_dict["csrf"]

        _admin_level = src_dict.get("admin_level")
        admin_level: AppointRoomAdminBodyAdminLevel | None
        if isinstance(_admin_level, NoneType):
            admin_level = None
        else:
            admin_level = AppointRoomAdminBodyAdminLevel(_admin_level)

        visit_id = src_dict.get("visit_id")

        csrf_token = src_dict.get("csrf_token")

        appoint_room_admin_body = cls(
            admin,
            csrf,
            admin_level,
            visit_id,
            csrf_token,
        )

        if not _PROPERTY_NAMES.issuperset(src_dict):  # members beyond the described ones
            d = {prop_name: prop for prop_name, prop in src_dict.items() if prop_name not in _PROPERTY_NAMES}
            appoint_room_admin_body.additional_properties = d
        return appoint_room_admin_body

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
        "admin",
        "csrf",
        "admin_level",
        "visit_id",
        "csrf_token",
    }
)
_REPR_NAMES: tuple[tuple[str, bool], ...] = (
    ("admin", True),
    ("csrf", True),
    ("admin_level", False),
    ("visit_id", False),
    ("csrf_token", False),
)
