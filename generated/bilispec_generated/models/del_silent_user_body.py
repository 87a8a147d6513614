from __future__ import annotations

from collections.abc import Mapping
from itertools import chain as _chain
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import DESCRIBED_ONLY, _extras_on_first_use, model_repr

T = TypeVar("T", bound="DelSilentUserBody")


@_attrs_define
class DelSilentUserBody:
    """
    Attributes:
        room_id (str): Live room id, a string of digits as for add_silent_user.
        tuid (str): Uid of the user to unmute, a string of digits as for add_silent_user.
        csrf (str): CSRF token; must equal the `bili_jct` cookie.
        csrf_token (str | None): Same value as `csrf`, as the other web-ucenter banned endpoints take it; optional.
        visit_id (str | None): Purpose unknown; sent by some clients, usually empty.
        mobi_app (str | None): Client family; Bilibili's own live-centre page and the clients that copy it send web
            (this endpoint spells it `mobi_app`, where add_silent_user has `mobile_app`).
    """

    room_id: str
    tuid: str
    csrf: str
    csrf_token: str | None = None
    visit_id: str | None = None
    mobi_app: str | None = None
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

        tuid = self.tuid

        csrf = self.csrf

        csrf_token = self.csrf_token

        visit_id = self.visit_id

        mobi_app = self.mobi_app

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "room_id": room_id,
                "tuid": tuid,
                "csrf": csrf,
            }
        )
        if csrf_token is not None:
            field_dict["csrf_token"] = csrf_token
        if visit_id is not None:
            field_dict["visit_id"] = visit_id
        if mobi_app is not None:
            field_dict["mobi_app"] = mobi_app

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        room_id = src_dict["room_id"]

        tuid = src_dict["tuid"]

        csrf = src_dict["csrf"]

        csrf_token = src_dict.get("csrf_token")

        visit_id = src_dict.get("visit_id")

        mobi_app = src_dict.get("mobi_app")

        del_silent_user_body = cls(
            room_id,
            tuid,
            csrf,
            csrf_token,
            visit_id,
            mobi_app,
        )

        if not _PROPERTY_NAMES.issuperset(src_dict):  # members beyond the described ones
            d = {prop_name: prop for prop_name, prop in src_dict.items() if prop_name not in _PROPERTY_NAMES}
            del_silent_user_body.additional_properties = d
        return del_silent_user_body

    @classmethod
    def _from_list(cls: type[T], items: list[Mapping[str, Any]]) -> list[T]:
        if not DESCRIBED_ONLY.get() and not _PROPERTY_NAMES.issuperset(_chain.from_iterable(items)):
            return list(map(cls.from_dict, items))
        return [
            cls(
                item["room_id"],
                item["tuid"],
                item["csrf"],
                item.get("csrf_token"),
                item.get("visit_id"),
                item.get("mobi_app"),
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
        "room_id",
        "tuid",
        "csrf",
        "csrf_token",
        "visit_id",
        "mobi_app",
    }
)
_REPR_NAMES: tuple[tuple[str, bool], ...] = (
    ("room_id", True),
    ("tuid", True),
    ("csrf", True),
    ("csrf_token", False),
    ("visit_id", False),
    ("mobi_app", False),
)
