from __future__ import annotations

from collections.abc import Mapping
from itertools import chain as _chain
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import DESCRIBED_ONLY, _extras_on_first_use, model_repr

T = TypeVar("T", bound="Highlight")


@_attrs_define
class Highlight:
    """An automatically found highlight of a live session (高光时刻).

    Attributes:
        id (int): Highlight id (高光id).
        type_ (int | None): Highlight type (高光类型). Known values are in `x-status-values`.
        start_time (int | None): Start of the highlight, Unix seconds (高光开始时间戳).
        end_time (int | None): End of the highlight, Unix seconds (高光结束时间戳).
        title (str | None): Highlight caption, e.g. 弹幕高光 Top 1 (高光提示标题).
        cover (str | None): Purpose unknown; "" so far ((?) 目前为"").
        extra (str | None): Purpose unknown; "" so far ((?) 目前为"").
    """

    id: int
    type_: int | None = None
    start_time: int | None = None
    end_time: int | None = None
    title: str | None = None
    cover: str | None = None
    extra: str | None = None
    # Made on first use (__getattr__ below): most objects have no unknown members, and an empty dict
    # for each of thousands of list items is a good part of a parse.
    additional_properties: dict[str, Any] = _attrs_field(init=False, repr=False)

    if not TYPE_CHECKING:  # hidden from type checkers, which would accept any attribute name
        __getattr__ = _extras_on_first_use

    def __repr__(self) -> str:
        # Only the members that are set, extras only when there are some, secrets masked.
        return model_repr(self, _REPR_NAMES)

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
        if type_ is not None:
            field_dict["type"] = type_
        if start_time is not None:
            field_dict["start_time"] = start_time
        if end_time is not None:
            field_dict["end_time"] = end_time
        if title is not None:
            field_dict["title"] = title
        if cover is not None:
            field_dict["cover"] = cover
        if extra is not None:
            field_dict["extra"] = extra

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        id = src_dict["id"]

        type_ = src_dict.get("type")

        start_time = src_dict.get("start_time")

        end_time = src_dict.get("end_time")

        title = src_dict.get("title")

        cover = src_dict.get("cover")

        extra = src_dict.get("extra")

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

    @classmethod
    def _from_list(cls: type[T], items: list[Mapping[str, Any]]) -> list[T]:
        if not DESCRIBED_ONLY.get() and not _PROPERTY_NAMES.issuperset(_chain.from_iterable(items)):
            return list(map(cls.from_dict, items))
        return [
            cls(
                item["id"],
                item.get("type"),
                item.get("start_time"),
                item.get("end_time"),
                item.get("title"),
                item.get("cover"),
                item.get("extra"),
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
        "id",
        "type",
        "start_time",
        "end_time",
        "title",
        "cover",
        "extra",
    }
)
_REPR_NAMES: tuple[tuple[str, bool], ...] = (
    ("id", True),
    ("type_", False),
    ("start_time", False),
    ("end_time", False),
    ("title", False),
    ("cover", False),
    ("extra", False),
)
