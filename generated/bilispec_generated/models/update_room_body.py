from __future__ import annotations

from collections.abc import Mapping
from itertools import chain as _chain
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import DESCRIBED_ONLY, _extras_on_first_use, model_repr

T = TypeVar("T", bound="UpdateRoomBody")


@_attrs_define
class UpdateRoomBody:
    """
    Attributes:
        room_id (int): Live room id; must be the logged-in user's own room (必须为自己的直播间id).
        csrf (str): CSRF token; must equal the `bili_jct` cookie.
        title (str | None): New room title (直播间标题), at most 40 characters (上限40个字符).
        area_id (int | None): Live area id, a sub-area id (直播分区id(子分区id)).
        add_tag (str | None): Tag to add (要添加的标签); the start-live settings page allows at most 10 characters
            (开播设置界面上限10个字符).
        del_tag (str | None): Tag to delete (要删除的标签); ignored when `add_tag` is also sent (若存在add_tag时不起作用).
        platform (str | None): Platform identifier (平台标识).
        visit_id (str | None): Some identifier; purpose unknown (某种标识?).
        csrf_token (str | None): Same value as `csrf` (CSRF Token, 位于 cookie).
    """

    room_id: int
    csrf: str
    title: str | None = None
    area_id: int | None = None
    add_tag: str | None = None
    del_tag: str | None = None
    platform: str | None = None
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

        csrf = self.csrf

        title = self.title

        area_id = self.area_id

        add_tag = self.add_tag

        del_tag = self.del_tag

        platform = self.platform

        visit_id = self.visit_id

        csrf_token = self.csrf_token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "room_id": room_id,
                "csrf": csrf,
            }
        )
        if title is not None:
            field_dict["title"] = title
        if area_id is not None:
            field_dict["area_id"] = area_id
        if add_tag is not None:
            field_dict["add_tag"] = add_tag
        if del_tag is not None:
            field_dict["del_tag"] = del_tag
        if platform is not None:
            field_dict["platform"] = platform
        if visit_id is not None:
            field_dict["visit_id"] = visit_id
        if csrf_token is not None:
            field_dict["csrf_token"] = csrf_token

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        room_id = src_dict["room_id"]

        csrf = src_dict["csrf"]

        title = src_dict.get("title")

        area_id = src_dict.get("area_id")

        add_tag = src_dict.get("add_tag")

        del_tag = src_dict.get("del_tag")

        platform = src_dict.get("platform")

        visit_id = src_dict.get("visit_id")

        csrf_token = src_dict.get("csrf_token")

        update_room_body = cls(
            room_id,
            csrf,
            title,
            area_id,
            add_tag,
            del_tag,
            platform,
            visit_id,
            csrf_token,
        )

        if not _PROPERTY_NAMES.issuperset(src_dict):  # members beyond the described ones
            d = {prop_name: prop for prop_name, prop in src_dict.items() if prop_name not in _PROPERTY_NAMES}
            update_room_body.additional_properties = d
        return update_room_body

    @classmethod
    def _from_list(cls: type[T], items: list[Mapping[str, Any]]) -> list[T]:
        if not DESCRIBED_ONLY.get() and not _PROPERTY_NAMES.issuperset(_chain.from_iterable(items)):
            return list(map(cls.from_dict, items))
        return [
            cls(
                item["room_id"],
                item["csrf"],
                item.get("title"),
                item.get("area_id"),
                item.get("add_tag"),
                item.get("del_tag"),
                item.get("platform"),
                item.get("visit_id"),
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
        "csrf",
        "title",
        "area_id",
        "add_tag",
        "del_tag",
        "platform",
        "visit_id",
        "csrf_token",
    }
)
_REPR_NAMES: tuple[tuple[str, bool], ...] = (
    ("room_id", True),
    ("csrf", True),
    ("title", False),
    ("area_id", False),
    ("add_tag", False),
    ("del_tag", False),
    ("platform", False),
    ("visit_id", False),
    ("csrf_token", False),
)
