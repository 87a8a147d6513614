from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="VideoSliceList")


@_attrs_define
class VideoSliceList:
    """One page of the anchor's own published slices; the paging members sit directly here.

    Attributes:
        list_ (list[VideoSlice] | Unset): The slices (切片信息).
        page (int | Unset): The page that was asked for (请求的页码).
        page_size (int | Unset): Items per page (内容数量).
        total (int | Unset): Total number of slices (总计内容数量).
    """

    list_: list[VideoSlice] | Unset = UNSET
    page: int | Unset = UNSET
    page_size: int | Unset = UNSET
    total: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        list_: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.list_, Unset):
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
        if list_ is not UNSET:
            field_dict["list"] = list_
        if page is not UNSET:
            field_dict["page"] = page
        if page_size is not UNSET:
            field_dict["page_size"] = page_size
        if total is not UNSET:
            field_dict["total"] = total

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _list_ = src_dict.get("list", UNSET)
        list_: list[VideoSlice] | Unset = UNSET
        if _list_ is not UNSET:
            list_ = list(map(VideoSlice.from_dict, _list_))

        page = src_dict.get("page", UNSET)

        page_size = src_dict.get("page_size", UNSET)

        total = src_dict.get("total", UNSET)

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

# bilispec: models that refer to each other import each other here, once the class exists.
from ..models.video_slice import VideoSlice  # noqa: E402
