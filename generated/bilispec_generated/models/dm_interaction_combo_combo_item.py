from __future__ import annotations

from collections.abc import Mapping
from itertools import chain as _chain
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import DESCRIBED_ONLY, _extras_on_first_use, model_repr

T = TypeVar("T", bound="DmInteractionComboComboItem")


@_attrs_define
class DmInteractionComboComboItem:
    """
    Attributes:
        id (int | None):
        status (int | None):
        content (str | None):
        cnt (int | None):
        guide (str | None):
        left_duration (int | None):
        fade_duration (int | None):
    """

    id: int | None = None
    status: int | None = None
    content: str | None = None
    cnt: int | None = None
    guide: str | None = None
    left_duration: int | None = None
    fade_duration: int | None = None
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

        status = self.status

        content = self.content

        cnt = self.cnt

        guide = self.guide

        left_duration = self.left_duration

        fade_duration = self.fade_duration

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not None:
            field_dict["id"] = id
        if status is not None:
            field_dict["status"] = status
        if content is not None:
            field_dict["content"] = content
        if cnt is not None:
            field_dict["cnt"] = cnt
        if guide is not None:
            field_dict["guide"] = guide
        if left_duration is not None:
            field_dict["left_duration"] = left_duration
        if fade_duration is not None:
            field_dict["fade_duration"] = fade_duration

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        id = src_dict.get("id")

        status = src_dict.get("status")

        content = src_dict.get("content")

        cnt = src_dict.get("cnt")

        guide = src_dict.get("guide")

        left_duration = src_dict.get("left_duration")

        fade_duration = src_dict.get("fade_duration")

        dm_interaction_combo_combo_item = cls(
            id,
            status,
            content,
            cnt,
            guide,
            left_duration,
            fade_duration,
        )

        if not _PROPERTY_NAMES.issuperset(src_dict):  # members beyond the described ones
            d = {prop_name: prop for prop_name, prop in src_dict.items() if prop_name not in _PROPERTY_NAMES}
            dm_interaction_combo_combo_item.additional_properties = d
        return dm_interaction_combo_combo_item

    @classmethod
    def _from_list(cls: type[T], items: list[Mapping[str, Any]]) -> list[T]:
        if not DESCRIBED_ONLY.get() and not _PROPERTY_NAMES.issuperset(_chain.from_iterable(items)):
            return list(map(cls.from_dict, items))
        return [
            cls(
                item.get("id"),
                item.get("status"),
                item.get("content"),
                item.get("cnt"),
                item.get("guide"),
                item.get("left_duration"),
                item.get("fade_duration"),
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
        "status",
        "content",
        "cnt",
        "guide",
        "left_duration",
        "fade_duration",
    }
)
_REPR_NAMES: tuple[tuple[str, bool], ...] = (
    ("id", False),
    ("status", False),
    ("content", False),
    ("cnt", False),
    ("guide", False),
    ("left_duration", False),
    ("fade_duration", False),
)
