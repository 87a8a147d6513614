from __future__ import annotations

from collections.abc import Mapping
from types import NoneType
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import _extras_on_first_use, model_repr

T = TypeVar("T", bound="ShieldKeyword")


@_attrs_define
class ShieldKeyword:
    """One blocked keyword. No non-empty list was ever published: `keyword` is in both clients' types
    (bpi-rs, bili-live-hime), the other members only in bpi-rs's struct, so they are optional.

        Attributes:
            keyword (str): The keyword (违禁词).
            uid (int | None): Uid of who added it (添加者uid).
            name (None | str | None): Name of who added it (添加者昵称).
            is_anchor (int | None): 1 when the anchor added it, 0 an admin (是否是房主添加的).
    """

    keyword: str
    uid: int | None = None
    name: None | str | None = None
    is_anchor: int | None = None
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
        keyword = self.keyword

        uid: int | None
        if isinstance(self.uid, NoneType):
            uid = None
        else:
            uid = self.uid

        name: None | str | None
        if isinstance(self.name, NoneType):
            name = None
        else:
            name = self.name

        is_anchor: int | None
        if isinstance(self.is_anchor, NoneType):
            is_anchor = None
        else:
            is_anchor = self.is_anchor

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "keyword": keyword,
            }
        )
        if uid is not None or "uid" in self._nulls:
            field_dict["uid"] = uid
        if name is not None or "name" in self._nulls:
            field_dict["name"] = name
        if is_anchor is not None or "is_anchor" in self._nulls:
            field_dict["is_anchor"] = is_anchor

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        keyword = src_dict["keyword"]

        def _parse_uid(data: object) -> int | None:
            if data is None:
                return data
            if isinstance(data, NoneType):
                return data
            return cast(int | None, data)

        uid = _parse_uid(src_dict.get("uid"))

        def _parse_name(data: object) -> None | str | None:
            if data is None:
                return data
            if isinstance(data, NoneType):
                return data
            return cast(None | str | None, data)

        name = _parse_name(src_dict.get("name"))

        def _parse_is_anchor(data: object) -> int | None:
            if data is None:
                return data
            if isinstance(data, NoneType):
                return data
            return cast(int | None, data)

        is_anchor = _parse_is_anchor(src_dict.get("is_anchor"))

        shield_keyword = cls(
            keyword,
            uid,
            name,
            is_anchor,
        )

        if not _PROPERTY_NAMES.issuperset(src_dict):  # members beyond the described ones
            d = {prop_name: prop for prop_name, prop in src_dict.items() if prop_name not in _PROPERTY_NAMES}
            shield_keyword.additional_properties = d
        if None in (
            src_dict.get("uid", 0),
            src_dict.get("name", 0),
            src_dict.get("is_anchor", 0),
        ):
            shield_keyword._nulls = frozenset(
                name for name in _NULLABLE_OPTIONAL if name in src_dict and src_dict[name] is None
            )
        return shield_keyword

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
        "keyword",
        "uid",
        "name",
        "is_anchor",
    }
)
_REPR_NAMES: tuple[tuple[str, bool], ...] = (
    ("keyword", True),
    ("uid", False),
    ("name", False),
    ("is_anchor", False),
)
_NULLABLE_OPTIONAL: tuple[str, ...] = (
    "uid",
    "name",
    "is_anchor",
)
