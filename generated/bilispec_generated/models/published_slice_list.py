from __future__ import annotations

from collections.abc import Mapping
from types import NoneType
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import _extras_on_first_use, model_repr

T = TypeVar("T", bound="PublishedSliceList")


@_attrs_define
class PublishedSliceList:
    """One page of the slices you published for another anchor.

    Attributes:
        slice_info (list[PublishedSlice] | None): The slices (切片信息); null when there are none (无内容时为null).
        pagination (Pagination | None): Paging of a list answer.
    """

    slice_info: list[PublishedSlice] | None = None
    pagination: Pagination | None = None
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
        slice_info: list[dict[str, Any]] | None
        if isinstance(self.slice_info, NoneType):
            slice_info = None
        elif isinstance(self.slice_info, list):
            slice_info = []
            for slice_info_type_0_item_data in self.slice_info:
                slice_info_type_0_item = slice_info_type_0_item_data.to_dict()
                slice_info.append(slice_info_type_0_item)

        else:
            slice_info = self.slice_info

        pagination: dict[str, Any] | None = None
        if not isinstance(self.pagination, NoneType):
            pagination = self.pagination.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if slice_info is not None or "slice_info" in self._nulls:
            field_dict["slice_info"] = slice_info
        if pagination is not None:
            field_dict["pagination"] = pagination

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        def _parse_slice_info(data: object) -> list[PublishedSlice] | None:
            if data is None:
                return data
            if isinstance(data, NoneType):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                slice_info_type_0 = PublishedSlice._from_list(data)

                return slice_info_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[PublishedSlice] | None, data)

        slice_info = _parse_slice_info(src_dict.get("slice_info"))

        _pagination = src_dict.get("pagination")
        pagination: Pagination | None
        if isinstance(_pagination, NoneType):
            pagination = None
        else:
            pagination = Pagination.from_dict(_pagination)

        published_slice_list = cls(
            slice_info,
            pagination,
        )

        if not _PROPERTY_NAMES.issuperset(src_dict):  # members beyond the described ones
            d = {prop_name: prop for prop_name, prop in src_dict.items() if prop_name not in _PROPERTY_NAMES}
            published_slice_list.additional_properties = d
        if None in (src_dict.get("slice_info", 0),):
            published_slice_list._nulls = frozenset(
                name for name in _NULLABLE_OPTIONAL if name in src_dict and src_dict[name] is None
            )
        return published_slice_list

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
        "slice_info",
        "pagination",
    }
)
_REPR_NAMES: tuple[tuple[str, bool], ...] = (
    ("slice_info", False),
    ("pagination", False),
)
_NULLABLE_OPTIONAL: tuple[str, ...] = ("slice_info",)

# bilispec: models that refer to each other import each other here, once the class exists.
from ..models.pagination import Pagination  # noqa: E402
from ..models.published_slice import PublishedSlice  # noqa: E402
