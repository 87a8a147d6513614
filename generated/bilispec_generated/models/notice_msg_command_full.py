from __future__ import annotations

from collections.abc import Mapping
from itertools import chain as _chain
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import DESCRIBED_ONLY, _extras_on_first_use, model_repr

T = TypeVar("T", bound="NoticeMsgCommandFull")


@_attrs_define
class NoticeMsgCommandFull:
    """
    Attributes:
        head_icon (str | None):
        tail_icon (str | None):
        head_icon_fa (str | None):
        tail_icon_fa (str | None):
        head_icon_fan (int | None):
        tail_icon_fan (int | None):
        background (str | None):
        color (str | None):
        highlight (str | None):
        time (int | None):
        is_anim (int | None):
        border (str | None):
    """

    head_icon: str | None = None
    tail_icon: str | None = None
    head_icon_fa: str | None = None
    tail_icon_fa: str | None = None
    head_icon_fan: int | None = None
    tail_icon_fan: int | None = None
    background: str | None = None
    color: str | None = None
    highlight: str | None = None
    time: int | None = None
    is_anim: int | None = None
    border: str | None = None
    # Made on first use (__getattr__ below): most objects have no unknown members, and an empty dict
    # for each of thousands of list items is a good part of a parse.
    additional_properties: dict[str, Any] = _attrs_field(init=False, repr=False)

    if not TYPE_CHECKING:  # hidden from type checkers, which would accept any attribute name
        __getattr__ = _extras_on_first_use

    def __repr__(self) -> str:
        # Only the members that are set, extras only when there are some, secrets masked.
        return model_repr(self, _REPR_NAMES)

    def to_dict(self) -> dict[str, Any]:
        head_icon = self.head_icon

        tail_icon = self.tail_icon

        head_icon_fa = self.head_icon_fa

        tail_icon_fa = self.tail_icon_fa

        head_icon_fan = self.head_icon_fan

        tail_icon_fan = self.tail_icon_fan

        background = self.background

        color = self.color

        highlight = self.highlight

        time = self.time

        is_anim = self.is_anim

        border = self.border

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if head_icon is not None:
            field_dict["head_icon"] = head_icon
        if tail_icon is not None:
            field_dict["tail_icon"] = tail_icon
        if head_icon_fa is not None:
            field_dict["head_icon_fa"] = head_icon_fa
        if tail_icon_fa is not None:
            field_dict["tail_icon_fa"] = tail_icon_fa
        if head_icon_fan is not None:
            field_dict["head_icon_fan"] = head_icon_fan
        if tail_icon_fan is not None:
            field_dict["tail_icon_fan"] = tail_icon_fan
        if background is not None:
            field_dict["background"] = background
        if color is not None:
            field_dict["color"] = color
        if highlight is not None:
            field_dict["highlight"] = highlight
        if time is not None:
            field_dict["time"] = time
        if is_anim is not None:
            field_dict["is_anim"] = is_anim
        if border is not None:
            field_dict["border"] = border

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        head_icon = src_dict.get("head_icon")

        tail_icon = src_dict.get("tail_icon")

        head_icon_fa = src_dict.get("head_icon_fa")

        tail_icon_fa = src_dict.get("tail_icon_fa")

        head_icon_fan = src_dict.get("head_icon_fan")

        tail_icon_fan = src_dict.get("tail_icon_fan")

        background = src_dict.get("background")

        color = src_dict.get("color")

        highlight = src_dict.get("highlight")

        time = src_dict.get("time")

        is_anim = src_dict.get("is_anim")

        border = src_dict.get("border")

        notice_msg_command_full = cls(
            head_icon,
            tail_icon,
            head_icon_fa,
            tail_icon_fa,
            head_icon_fan,
            tail_icon_fan,
            background,
            color,
            highlight,
            time,
            is_anim,
            border,
        )

        if not _PROPERTY_NAMES.issuperset(src_dict):  # members beyond the described ones
            d = {prop_name: prop for prop_name, prop in src_dict.items() if prop_name not in _PROPERTY_NAMES}
            notice_msg_command_full.additional_properties = d
        return notice_msg_command_full

    @classmethod
    def _from_list(cls: type[T], items: list[Mapping[str, Any]]) -> list[T]:
        if not DESCRIBED_ONLY.get() and not _PROPERTY_NAMES.issuperset(_chain.from_iterable(items)):
            return list(map(cls.from_dict, items))
        return [
            cls(
                item.get("head_icon"),
                item.get("tail_icon"),
                item.get("head_icon_fa"),
                item.get("tail_icon_fa"),
                item.get("head_icon_fan"),
                item.get("tail_icon_fan"),
                item.get("background"),
                item.get("color"),
                item.get("highlight"),
                item.get("time"),
                item.get("is_anim"),
                item.get("border"),
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
        "head_icon",
        "tail_icon",
        "head_icon_fa",
        "tail_icon_fa",
        "head_icon_fan",
        "tail_icon_fan",
        "background",
        "color",
        "highlight",
        "time",
        "is_anim",
        "border",
    }
)
_REPR_NAMES: tuple[tuple[str, bool], ...] = (
    ("head_icon", False),
    ("tail_icon", False),
    ("head_icon_fa", False),
    ("tail_icon_fa", False),
    ("head_icon_fan", False),
    ("tail_icon_fan", False),
    ("background", False),
    ("color", False),
    ("highlight", False),
    ("time", False),
    ("is_anim", False),
    ("border", False),
)
