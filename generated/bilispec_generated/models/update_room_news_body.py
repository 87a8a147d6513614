from __future__ import annotations

from collections.abc import Mapping
from itertools import chain as _chain
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import DESCRIBED_ONLY, _extras_on_first_use, model_repr

T = TypeVar("T", bound="UpdateRoomNewsBody")


@_attrs_define
class UpdateRoomNewsBody:
    """
    Attributes:
        room_id (int): Live room id; must be the logged-in user's own room (必须为自己的直播间id).
        uid (int): User id (用户id), the room owner's.
        content (str): Announcement text (公告内容), at most 60 characters, may be empty (最大60个字符,可以为空).
        csrf (str): CSRF token; must equal the `bili_jct` cookie.
        csrf_token (str | None): Same value as `csrf` (CSRF Token, 位于 cookie).
    """

    room_id: int
    uid: int
    content: str
    csrf: str
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

        uid = self.uid

        content = self.content

        csrf = self.csrf

        csrf_token = self.csrf_token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "room_id": room_id,
                "uid": uid,
                "content": content,
                "csrf": csrf,
            }
        )
        if csrf_token is not None:
            field_dict["csrf_token"] = csrf_token

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        room_id = src_dict["room_id"]

        uid = src_dict["uid"]

        content = src_dict["content"]

        csrf = src_dict["csrf"]

        csrf_token = src_dict.get("csrf_token")

        update_room_news_body = cls(
            room_id,
            uid,
            content,
            csrf,
            csrf_token,
        )

        if not _PROPERTY_NAMES.issuperset(src_dict):  # members beyond the described ones
            d = {prop_name: prop for prop_name, prop in src_dict.items() if prop_name not in _PROPERTY_NAMES}
            update_room_news_body.additional_properties = d
        return update_room_news_body

    @classmethod
    def _from_list(cls: type[T], items: list[Mapping[str, Any]]) -> list[T]:
        if not DESCRIBED_ONLY.get() and not _PROPERTY_NAMES.issuperset(_chain.from_iterable(items)):
            return list(map(cls.from_dict, items))
        return [
            cls(
                item["room_id"],
                item["uid"],
                item["content"],
                item["csrf"],
                item.get("csrf_token"),
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
        "uid",
        "content",
        "csrf",
        "csrf_token",
    }
)
_REPR_NAMES: tuple[tuple[str, bool], ...] = (
    ("room_id", True),
    ("uid", True),
    ("content", True),
    ("csrf", True),
    ("csrf_token", False),
)
