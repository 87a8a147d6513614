from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Highlight")


@_attrs_define
class Highlight:
    """An automatically found highlight of a live session (高光时刻).

    Attributes:
        id (int): Highlight id (高光id).
        type_ (int | Unset): Highlight type (高光类型). Known values are in `x-status-values`.
        start_time (int | Unset): Start of the highlight, Unix seconds (高光开始时间戳).
        end_time (int | Unset): End of the highlight, Unix seconds (高光结束时间戳).
        title (str | Unset): Highlight caption, e.g. 弹幕高光 Top 1 (高光提示标题).
        cover (str | Unset): Purpose unknown; "" so far ((?) 目前为"").
        extra (str | Unset): Purpose unknown; "" so far ((?) 目前为"").
    """

    id: int
    type_: int | Unset = UNSET
    start_time: int | Unset = UNSET
    end_time: int | Unset = UNSET
    title: str | Unset = UNSET
    cover: str | Unset = UNSET
    extra: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_ = self.type_

        start_time = self.start_time

        end_time = self.end_time

        title = self.title

        cover = self.cover

        extra = self.extra

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_
        if start_time is not UNSET:
            field_dict["start_time"] = start_time
        if end_time is not UNSET:
            field_dict["end_time"] = end_time
        if title is not UNSET:
            field_dict["title"] = title
        if cover is not UNSET:
            field_dict["cover"] = cover
        if extra is not UNSET:
            field_dict["extra"] = extra

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        id = src_dict["id"]

        type_ = src_dict.get("type", UNSET)

        start_time = src_dict.get("start_time", UNSET)

        end_time = src_dict.get("end_time", UNSET)

        title = src_dict.get("title", UNSET)

        cover = src_dict.get("cover", UNSET)

        extra = src_dict.get("extra", UNSET)

        highlight = cls(
            id,
            type_,
            start_time,
            end_time,
            title,
            cover,
            extra,
        )

        if not _PROPERTY_NAMES.issuperset(src_dict):  # members beyond the described ones
            d = {prop_name: prop for prop_name, prop in src_dict.items() if prop_name not in _PROPERTY_NAMES}
            highlight.additional_properties = d
        return highlight

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
        "id",
        "type",
        "start_time",
        "end_time",
        "title",
        "cover",
        "extra",
    }
)
