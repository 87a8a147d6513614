from __future__ import annotations

from collections.abc import Mapping
from itertools import chain as _chain
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import DESCRIBED_ONLY, _extras_on_first_use, model_repr

T = TypeVar("T", bound="GuardBuyCommandData")


@_attrs_define
class GuardBuyCommandData:
    """
    Attributes:
        uid (int | None):
        username (str | None):
        guard_level (int | None):
        num (int | None):
        price (int | None):
        gift_id (int | None):
        gift_name (str | None):
        start_time (int | None):
        end_time (int | None):
    """

    uid: int | None = None
    username: str | None = None
    guard_level: int | None = None
    num: int | None = None
    price: int | None = None
    gift_id: int | None = None
    gift_name: str | None = None
    start_time: int | None = None
    end_time: int | None = None
    # Made on first use (__getattr__ below): most objects have no unknown members, and an empty dict
    # for each of thousands of list items is a good part of a parse.
    additional_properties: dict[str, Any] = _attrs_field(init=False, repr=False)

    if not TYPE_CHECKING:  # hidden from type checkers, which would accept any attribute name
        __getattr__ = _extras_on_first_use

    def __repr__(self) -> str:
        # Only the members that are set, extras only when there are some, secrets masked.
        return model_repr(self, _REPR_NAMES)

    def to_dict(self) -> dict[str, Any]:
        uid = self.uid

        username = self.username

        guard_level = self.guard_level

        num = self.num

        price = self.price

        gift_id = self.gift_id

        gift_name = self.gift_name

        start_time = self.start_time

        end_time = self.end_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if uid is not None:
            field_dict["uid"] = uid
        if username is not None:
            field_dict["username"] = username
        if guard_level is not None:
            field_dict["guard_level"] = guard_level
        if num is not None:
            field_dict["num"] = num
        if price is not None:
            field_dict["price"] = price
        if gift_id is not None:
            field_dict["gift_id"] = gift_id
        if gift_name is not None:
            field_dict["gift_name"] = gift_name
        if start_time is not None:
            field_dict["start_time"] = start_time
        if end_time is not None:
            field_dict["end_time"] = end_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        uid = src_dict.get("uid")

        username = src_dict.get("username")

        guard_level = src_dict.get("guard_level")

        num = src_dict.get("num")

        price = src_dict.get("price")

        gift_id = src_dict.get("gift_id")

        gift_name = src_dict.get("gift_name")

        start_time = src_dict.get("start_time")

        end_time = src_dict.get("end_time")

        guard_buy_command_data = cls(
            uid,
            username,
            guard_level,
            num,
            price,
            gift_id,
            gift_name,
            start_time,
            end_time,
        )

        if not _PROPERTY_NAMES.issuperset(src_dict):  # members beyond the described ones
            d = {prop_name: prop for prop_name, prop in src_dict.items() if prop_name not in _PROPERTY_NAMES}
            guard_buy_command_data.additional_properties = d
        return guard_buy_command_data

    @classmethod
    def _from_list(cls: type[T], items: list[Mapping[str, Any]]) -> list[T]:
        if not DESCRIBED_ONLY.get() and not _PROPERTY_NAMES.issuperset(_chain.from_iterable(items)):
            return list(map(cls.from_dict, items))
        return [
            cls(
                item.get("uid"),
                item.get("username"),
                item.get("guard_level"),
                item.get("num"),
                item.get("price"),
                item.get("gift_id"),
                item.get("gift_name"),
                item.get("start_time"),
                item.get("end_time"),
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
        "uid",
        "username",
        "guard_level",
        "num",
        "price",
        "gift_id",
        "gift_name",
        "start_time",
        "end_time",
    }
)
_REPR_NAMES: tuple[tuple[str, bool], ...] = (
    ("uid", False),
    ("username", False),
    ("guard_level", False),
    ("num", False),
    ("price", False),
    ("gift_id", False),
    ("gift_name", False),
    ("start_time", False),
    ("end_time", False),
)
