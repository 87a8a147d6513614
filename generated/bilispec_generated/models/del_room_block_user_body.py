from __future__ import annotations

from collections.abc import Mapping
from itertools import chain as _chain
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import DESCRIBED_ONLY, _extras_on_first_use, model_repr

T = TypeVar("T", bound="DelRoomBlockUserBody")


@_attrs_define
class DelRoomBlockUserBody:
    """
    Attributes:
        roomid (str): Live room id (直播间Id). A number, but the table types it str, so it stays a string here.
        id (int): Mute record id (禁言记录Id), the `id` of a get_silent_user_list item (GetSilentUserList
            接口获取). The table types it str; the list gives it as a number, and a form carries
            digits either way, so it is described as the number the list gives (see NOTES.md).
        csrf_token (str): Same value as `csrf` (cookie中的bili_jct字段).
        csrf (str): CSRF token; must equal the `bili_jct` cookie (cookie中的bili_jct字段).
        visit_id (str | None): Purpose unknown (不明).
    """

    roomid: str
    id: int
    csrf_token: str
    csrf: str
    visit_id: str | None = None
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

        id = self.id

        csrf_token = self.csrf_token

        csrf = self.csrf

        visit_id = self.visit_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "roomid": roomid,
                "id": id,
                "csrf_token": csrf_token,
                "csrf": csrf,
            }
        )
        if visit_id is not None:
            field_dict["visit_id"] = visit_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        roomid = src_dict["roomid"]

        id = src_dict["id"]

        csrf_token = src_dict["csrf_token"]

        csrf = src_dict["csrf"]

        visit_id = src_dict.get("visit_id")

        del_room_block_user_body = cls(
            roomid,
            id,
            csrf_token,
            csrf,
            visit_id,
        )

        if not _PROPERTY_NAMES.issuperset(src_dict):  # members beyond the described ones
            d = {prop_name: prop for prop_name, prop in src_dict.items() if prop_name not in _PROPERTY_NAMES}
            del_room_block_user_body.additional_properties = d
        return del_room_block_user_body

    @classmethod
    def _from_list(cls: type[T], items: list[Mapping[str, Any]]) -> list[T]:
        if not DESCRIBED_ONLY.get() and not _PROPERTY_NAMES.issuperset(_chain.from_iterable(items)):
            return list(map(cls.from_dict, items))
        return [
            cls(
                item["roomid"],
                item["id"],
                item["csrf_token"],
                item["csrf"],
                item.get("visit_id"),
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
        "id",
        "csrf_token",
        "csrf",
        "visit_id",
    }
)
_REPR_NAMES: tuple[tuple[str, bool], ...] = (
    ("roomid", True),
    ("id", True),
    ("csrf_token", True),
    ("csrf", True),
    ("visit_id", False),
)
