from __future__ import annotations

from collections.abc import Mapping
from itertools import chain as _chain
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import DESCRIBED_ONLY, _extras_on_first_use, model_repr

T = TypeVar("T", bound="InteractWordCommandDataFansMedalType0")


@_attrs_define
class InteractWordCommandDataFansMedalType0:
    """
    Attributes:
        anchor_roomid (int | None):
        guard_level (int | None):
        icon_id (int | None):
        is_lighted (int | None):
        medal_color (int | None):
        medal_color_border (int | None):
        medal_color_end (int | None):
        medal_color_start (int | None):
        medal_level (int | None):
        medal_name (str | None):
        score (int | None):
        special (str | None):
        target_id (int | None):
    """

    anchor_roomid: int | None = None
    guard_level: int | None = None
    icon_id: int | None = None
    is_lighted: int | None = None
    medal_color: int | None = None
    medal_color_border: int | None = None
    medal_color_end: int | None = None
    medal_color_start: int | None = None
    medal_level: int | None = None
    medal_name: str | None = None
    score: int | None = None
    special: str | None = None
    target_id: int | None = None
    # Made on first use (__getattr__ below): most objects have no unknown members, and an empty dict
    # for each of thousands of list items is a good part of a parse.
    additional_properties: dict[str, Any] = _attrs_field(init=False, repr=False)

    if not TYPE_CHECKING:  # hidden from type checkers, which would accept any attribute name
        __getattr__ = _extras_on_first_use

    def __repr__(self) -> str:
        # Only the members that are set, extras only when there are some, secrets masked.
        return model_repr(self, _REPR_NAMES)

    def to_dict(self) -> dict[str, Any]:
        anchor_roomid = self.anchor_roomid

        guard_level = self.guard_level

        icon_id = self.icon_id

        is_lighted = self.is_lighted

        medal_color = self.medal_color

        medal_color_border = self.medal_color_border

        medal_color_end = self.medal_color_end

        medal_color_start = self.medal_color_start

        medal_level = self.medal_level

        medal_name = self.medal_name

        score = self.score

        special = self.special

        target_id = self.target_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if anchor_roomid is not None:
            field_dict["anchor_roomid"] = anchor_roomid
        if guard_level is not None:
            field_dict["guard_level"] = guard_level
        if icon_id is not None:
            field_dict["icon_id"] = icon_id
        if is_lighted is not None:
            field_dict["is_lighted"] = is_lighted
        if medal_color is not None:
            field_dict["medal_color"] = medal_color
        if medal_color_border is not None:
            field_dict["medal_color_border"] = medal_color_border
        if medal_color_end is not None:
            field_dict["medal_color_end"] = medal_color_end
        if medal_color_start is not None:
            field_dict["medal_color_start"] = medal_color_start
        if medal_level is not None:
            field_dict["medal_level"] = medal_level
        if medal_name is not None:
            field_dict["medal_name"] = medal_name
        if score is not None:
            field_dict["score"] = score
        if special is not None:
            field_dict["special"] = special
        if target_id is not None:
            field_dict["target_id"] = target_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        anchor_roomid = src_dict.get("anchor_roomid")

        guard_level = src_dict.get("guard_level")

        icon_id = src_dict.get("icon_id")

        is_lighted = src_dict.get("is_lighted")

        medal_color = src_dict.get("medal_color")

        medal_color_border = src_dict.get("medal_color_border")

        medal_color_end = src_dict.get("medal_color_end")

        medal_color_start = src_dict.get("medal_color_start")

        medal_level = src_dict.get("medal_level")

        medal_name = src_dict.get("medal_name")

        score = src_dict.get("score")

        special = src_dict.get("special")

        target_id = src_dict.get("target_id")

        interact_word_command_data_fans_medal_type_0 = cls(
            anchor_roomid,
            guard_level,
            icon_id,
            is_lighted,
            medal_color,
            medal_color_border,
            medal_color_end,
            medal_color_start,
            medal_level,
            medal_name,
            score,
            special,
            target_id,
        )

        if not _PROPERTY_NAMES.issuperset(src_dict):  # members beyond the described ones
            d = {prop_name: prop for prop_name, prop in src_dict.items() if prop_name not in _PROPERTY_NAMES}
            interact_word_command_data_fans_medal_type_0.additional_properties = d
        return interact_word_command_data_fans_medal_type_0

    @classmethod
    def _from_list(cls: type[T], items: list[Mapping[str, Any]]) -> list[T]:
        if not DESCRIBED_ONLY.get() and not _PROPERTY_NAMES.issuperset(_chain.from_iterable(items)):
            return list(map(cls.from_dict, items))
        return [
            cls(
                item.get("anchor_roomid"),
                item.get("guard_level"),
                item.get("icon_id"),
                item.get("is_lighted"),
                item.get("medal_color"),
                item.get("medal_color_border"),
                item.get("medal_color_end"),
                item.get("medal_color_start"),
                item.get("medal_level"),
                item.get("medal_name"),
                item.get("score"),
                item.get("special"),
                item.get("target_id"),
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
        "anchor_roomid",
        "guard_level",
        "icon_id",
        "is_lighted",
        "medal_color",
        "medal_color_border",
        "medal_color_end",
        "medal_color_start",
        "medal_level",
        "medal_name",
        "score",
        "special",
        "target_id",
    }
)
_REPR_NAMES: tuple[tuple[str, bool], ...] = (
    ("anchor_roomid", False),
    ("guard_level", False),
    ("icon_id", False),
    ("is_lighted", False),
    ("medal_color", False),
    ("medal_color_border", False),
    ("medal_color_end", False),
    ("medal_color_start", False),
    ("medal_level", False),
    ("medal_name", False),
    ("score", False),
    ("special", False),
    ("target_id", False),
)
