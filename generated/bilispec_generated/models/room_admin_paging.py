from __future__ import annotations

from collections.abc import Mapping
from types import NoneType
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import _extras_on_first_use, model_repr

T = TypeVar("T", bound="RoomAdminPaging")


@_attrs_define
class RoomAdminPaging:
    """Paging of the admin list (types only, never seen publicly).

    Attributes:
        total_page (int | None):
        total_count (int | None):
    """

    total_page: int | None = None
    total_count: int | None = None
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
        total_page: int | None
        if isinstance(self.total_page, NoneType):
            total_page = None
        else:
            total_page = self.total_page

        total_count: int | None
        if isinstance(self.total_count, NoneType):
            total_count = None
        else:
            total_count = self.total_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if total_page is not None or "total_page" in self._nulls:
            field_dict["total_page"] = total_page
        if total_count is not None or "total_count" in self._nulls:
            field_dict["total_count"] = total_count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        def _parse_total_page(data: object) -> int | None:
            if data is None:
                return data
            if isinstance(data, NoneType):
                return data
            return cast(int | None, data)

        total_page = _parse_total_page(src_dict.get("total_page"))

        def _parse_total_count(data: object) -> int | None:
            if data is None:
                return data
            if isinstance(data, NoneType):
                return data
            return cast(int | None, data)

        total_count = _parse_total_count(src_dict.get("total_count"))

        room_admin_paging = cls(
            total_page,
            total_count,
        )

        if not _PROPERTY_NAMES.issuperset(src_dict):  # members beyond the described ones
            d = {prop_name: prop for prop_name, prop in src_dict.items() if prop_name not in _PROPERTY_NAMES}
            room_admin_paging.additional_properties = d
        if None in (
            src_dict.get("total_page", 0),
            src_dict.get("total_count", 0),
        ):
            room_admin_paging._nulls = frozenset(
                name for name in _NULLABLE_OPTIONAL if name in src_dict and src_dict[name] is None
            )
        return room_admin_paging

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
        "total_page",
        "total_count",
    }
)
_REPR_NAMES: tuple[tuple[str, bool], ...] = (
    ("total_page", False),
    ("total_count", False),
)
_NULLABLE_OPTIONAL: tuple[str, ...] = (
    "total_page",
    "total_count",
)
