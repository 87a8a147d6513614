from __future__ import annotations

from collections.abc import Mapping
from itertools import chain as _chain
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import DESCRIBED_ONLY, _extras_on_first_use, model_repr

T = TypeVar("T", bound="PendantFrame")


@_attrs_define
class PendantFrame:
    """An avatar frame (头像框); every member is in both public answers.

    Attributes:
        name (str): Name (名称).
        value (str): Value (值).
        position (int): Position (位置).
        desc (str | None): Description (描述).
        area (int | None): Area (分区).
        area_old (int | None): Old area (旧分区).
        bg_color (str | None): Background colour (背景色).
        bg_pic (str | None): Background picture (背景图).
        use_old_area (bool | None): Whether the old area number is used (是否旧分区号).
    """

    name: str
    value: str
    position: int
    desc: str | None = None
    area: int | None = None
    area_old: int | None = None
    bg_color: str | None = None
    bg_pic: str | None = None
    use_old_area: bool | None = None
    # Made on first use (__getattr__ below): most objects have no unknown members, and an empty dict
    # for each of thousands of list items is a good part of a parse.
    additional_properties: dict[str, Any] = _attrs_field(init=False, repr=False)

    if not TYPE_CHECKING:  # hidden from type checkers, which would accept any attribute name
        __getattr__ = _extras_on_first_use

    def __repr__(self) -> str:
        # Only the members that are set, extras only when there are some, secrets masked.
        return model_repr(self, _REPR_NAMES)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        value = self.value

        position = self.position

        desc = self.desc

        area = self.area

        area_old = self.area_old

        bg_color = self.bg_color

        bg_pic = self.bg_pic

        use_old_area = self.use_old_area

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "value": value,
                "position": position,
            }
        )
        if desc is not None:
            field_dict["desc"] = desc
        if area is not None:
            field_dict["area"] = area
        if area_old is not None:
            field_dict["area_old"] = area_old
        if bg_color is not None:
            field_dict["bg_color"] = bg_color
        if bg_pic is not None:
            field_dict["bg_pic"] = bg_pic
        if use_old_area is not None:
            field_dict["use_old_area"] = use_old_area

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        name = src_dict["name"]

        value = src_dict["value"]

        position = src_dict["position"]

        desc = src_dict.get("desc")

        area = src_dict.get("area")

        area_old = src_dict.get("area_old")

        bg_color = src_dict.get("bg_color")

        bg_pic = src_dict.get("bg_pic")

        use_old_area = src_dict.get("use_old_area")

        pendant_frame = cls(
            name,
            value,
            position,
            desc,
            area,
            area_old,
            bg_color,
            bg_pic,
            use_old_area,
        )

        if not _PROPERTY_NAMES.issuperset(src_dict):  # members beyond the described ones
            d = {prop_name: prop for prop_name, prop in src_dict.items() if prop_name not in _PROPERTY_NAMES}
            pendant_frame.additional_properties = d
        return pendant_frame

    @classmethod
    def _from_list(cls: type[T], items: list[Mapping[str, Any]]) -> list[T]:
        if not DESCRIBED_ONLY.get() and not _PROPERTY_NAMES.issuperset(_chain.from_iterable(items)):
            return list(map(cls.from_dict, items))
        return [
            cls(
                item["name"],
                item["value"],
                item["position"],
                item.get("desc"),
                item.get("area"),
                item.get("area_old"),
                item.get("bg_color"),
                item.get("bg_pic"),
                item.get("use_old_area"),
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
        "name",
        "value",
        "position",
        "desc",
        "area",
        "area_old",
        "bg_color",
        "bg_pic",
        "use_old_area",
    }
)
_REPR_NAMES: tuple[tuple[str, bool], ...] = (
    ("name", True),
    ("value", True),
    ("position", True),
    ("desc", False),
    ("area", False),
    ("area_old", False),
    ("bg_color", False),
    ("bg_pic", False),
    ("use_old_area", False),
)
