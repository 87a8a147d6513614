from __future__ import annotations

from collections.abc import Mapping
from itertools import chain as _chain
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import DESCRIBED_ONLY, _extras_on_first_use, model_repr

T = TypeVar("T", bound="EntryEffectCommandDataWealthyInfoType1")


@_attrs_define
class EntryEffectCommandDataWealthyInfoType1:
    """
    Attributes:
        uid (int | None):
        level (int | None):
        level_total_score (int | None):
        cur_score (int | None):
        upgrade_need_score (int | None):
        status (int | None):
        dm_icon_key (str | None):
    """

    uid: int | None = None
    level: int | None = None
    level_total_score: int | None = None
    cur_score: int | None = None
    upgrade_need_score: int | None = None
    status: int | None = None
    dm_icon_key: str | None = None
    # Made on first use (__getattr__ below): most objects have no unknown members, and an empty dict
    # for each of thousands of list items is a good part of a parse.
    additional_properties: dict[str, Any] = _attrs_field(init=False, repr=False)

    if not TYPE_CHECKING:  # hidden from type checkers, which would accept any attribute name
        __getattr__ = _extras_on_first_use

    def __repr__(self) -> str:
        # Only the members that are set, extras only when there are some, secrets masked.
        return model_repr(self, _REPR_NAMES)

    def to_dict(self) -> dict[str, Any]:
        uid = self.uid

        level = self.level

        level_total_score = self.level_total_score

        cur_score = self.cur_score

        upgrade_need_score = self.upgrade_need_score

        status = self.status

        dm_icon_key = self.dm_icon_key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if uid is not None:
            field_dict["uid"] = uid
        if level is not None:
            field_dict["level"] = level
        if level_total_score is not None:
            field_dict["level_total_score"] = level_total_score
        if cur_score is not None:
            field_dict["cur_score"] = cur_score
        if upgrade_need_score is not None:
            field_dict["upgrade_need_score"] = upgrade_need_score
        if status is not None:
            field_dict["status"] = status
        if dm_icon_key is not None:
            field_dict["dm_icon_key"] = dm_icon_key

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        uid = src_dict.get("uid")

        level = src_dict.get("level")

        level_total_score = src_dict.get("level_total_score")

        cur_score = src_dict.get("cur_score")

        upgrade_need_score = src_dict.get("upgrade_need_score")

        status = src_dict.get("status")

        dm_icon_key = src_dict.get("dm_icon_key")

        entry_effect_command_data_wealthy_info_type_1 = cls(
            uid,
            level,
            level_total_score,
            cur_score,
            upgrade_need_score,
            status,
            dm_icon_key,
        )

        if not _PROPERTY_NAMES.issuperset(src_dict):  # members beyond the described ones
            d = {prop_name: prop for prop_name, prop in src_dict.items() if prop_name not in _PROPERTY_NAMES}
            entry_effect_command_data_wealthy_info_type_1.additional_properties = d
        return entry_effect_command_data_wealthy_info_type_1

    @classmethod
    def _from_list(cls: type[T], items: list[Mapping[str, Any]]) -> list[T]:
        if not DESCRIBED_ONLY.get() and not _PROPERTY_NAMES.issuperset(_chain.from_iterable(items)):
            return list(map(cls.from_dict, items))
        return [
            cls(
                item.get("uid"),
                item.get("level"),
                item.get("level_total_score"),
                item.get("cur_score"),
                item.get("upgrade_need_score"),
                item.get("status"),
                item.get("dm_icon_key"),
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
        "uid",
        "level",
        "level_total_score",
        "cur_score",
        "upgrade_need_score",
        "status",
        "dm_icon_key",
    }
)
_REPR_NAMES: tuple[tuple[str, bool], ...] = (
    ("uid", False),
    ("level", False),
    ("level_total_score", False),
    ("cur_score", False),
    ("upgrade_need_score", False),
    ("status", False),
    ("dm_icon_key", False),
)
