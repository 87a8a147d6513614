from __future__ import annotations

from collections.abc import Mapping
from types import NoneType
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import _extras_on_first_use, model_repr

T = TypeVar("T", bound="VideoSliceList")


@_attrs_define
class VideoSliceList:
    """One page of the anchor's own published slices; the paging members sit directly here.

    Attributes:
        list_ (list[VideoSlice] | None): The slices (切片信息).
        page (int | None): The page that was asked for (请求的页码).
        page_size (int | None): Items per page (内容数量).
        total (int | None): Total number of slices (总计内容数量).
    """

    list_: list[VideoSlice] | None = None
    page: int | None = None
    page_size: int | None = None
    total: int | None = None
    # Made on first use (__getattr__ below): most objects have no unknown members, and an empty dict
    # for each of thousands of list items is a good part of a parse.
    additional_properties: dict[str, Any] = _attrs_field(init=False, repr=False)

    if not TYPE_CHECKING:  # hidden from type checkers, which would accept any attribute name
        __getattr__ = _extras_on_first_use

    def __repr__(self) -> str:
        # Only the members that are set, extras only when there are some, secrets masked.
        return model_repr(self, _REPR_NAMES)

    def to_dict(self) -> dict[str, Any]:
        list_: list[dict[str, Any]] | None = None
        if not isinstance(self.list_, NoneType):
            list_ = []
            for list_item_data in self.list_:
                list_item = list_item_data.to_dict()
                list_.append(list_item)

        page = self.page

        page_size = self.page_size

        total = self.total

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if list_ is not None:
            field_dict["list"] = list_
        if page is not None:
            field_dict["page"] = page
        if page_size is not None:
            field_dict["page_size"] = page_size
        if total is not None:
            field_dict["total"] = total

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _list_ = src_dict.get("list")
        list_: list[VideoSlice] | None = None
        if _list_ is not None:
            list_ = VideoSlice._from_list(_list_)

        page = src_dict.get("page")

        page_size = src_dict.get("page_size")

        total = src_dict.get("total")

        video_slice_list = cls(
            list_,
            page,
            page_size,
            total,
        )

        if not _PROPERTY_NAMES.issuperset(src_dict):  # members beyond the described ones
            d = {prop_name: prop for prop_name, prop in src_dict.items() if prop_name not in _PROPERTY_NAMES}
            video_slice_list.additional_properties = d
        return video_slice_list

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
        "list",
        "page",
        "page_size",
        "total",
    }
)
_REPR_NAMES: tuple[tuple[str, bool], ...] = (
    ("list_", False),
    ("page", False),
    ("page_size", False),
    ("total", False),
)

# bilispec: models that refer to each other import each other here, once the class exists.
from ..models.video_slice import VideoSlice  # noqa: E402
