from __future__ import annotations

from collections.abc import Mapping
from itertools import chain as _chain
from operator import methodcaller as _methodcaller
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import DESCRIBED_ONLY, _extras_on_first_use, model_repr

T = TypeVar("T", bound="EntryEffectCommandDataUinfoType0BaseType0")


@_attrs_define
class EntryEffectCommandDataUinfoType0BaseType0:
    """
    Attributes:
        name (str | None):
        face (str | None):
        name_color (int | None):
        is_mystery (bool | None):
        risk_ctrl_info (None | None):
        origin_info (None | None):
        official_info (None | None):
        name_color_str (str | None):
    """

    name: str | None = None
    face: str | None = None
    name_color: int | None = None
    is_mystery: bool | None = None
    risk_ctrl_info: None | None = None
    origin_info: None | None = None
    official_info: None | None = None
    name_color_str: str | None = None
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
        name = self.name

        face = self.face

        name_color = self.name_color

        is_mystery = self.is_mystery

        risk_ctrl_info = self.risk_ctrl_info

        origin_info = self.origin_info

        official_info = self.official_info

        name_color_str = self.name_color_str

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not None:
            field_dict["name"] = name
        if face is not None:
            field_dict["face"] = face
        if name_color is not None:
            field_dict["name_color"] = name_color
        if is_mystery is not None:
            field_dict["is_mystery"] = is_mystery
        if risk_ctrl_info is not None or "risk_ctrl_info" in self._nulls:
            field_dict["risk_ctrl_info"] = risk_ctrl_info
        if origin_info is not None or "origin_info" in self._nulls:
            field_dict["origin_info"] = origin_info
        if official_info is not None or "official_info" in self._nulls:
            field_dict["official_info"] = official_info
        if name_color_str is not None:
            field_dict["name_color_str"] = name_color_str

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        name = src_dict.get("name")

        face = src_dict.get("face")

        name_color = src_dict.get("name_color")

        is_mystery = src_dict.get("is_mystery")

        risk_ctrl_info = src_dict.get("risk_ctrl_info")

        origin_info = src_dict.get("origin_info")

        official_info = src_dict.get("official_info")

        name_color_str = src_dict.get("name_color_str")

        entry_effect_command_data_uinfo_type_0_base_type_0 = cls(
            name,
            face,
            name_color,
            is_mystery,
            risk_ctrl_info,
            origin_info,
            official_info,
            name_color_str,
        )

        if not _PROPERTY_NAMES.issuperset(src_dict):  # members beyond the described ones
            d = {prop_name: prop for prop_name, prop in src_dict.items() if prop_name not in _PROPERTY_NAMES}
            entry_effect_command_data_uinfo_type_0_base_type_0.additional_properties = d
        if None in (
            src_dict.get("risk_ctrl_info", 0),
            src_dict.get("origin_info", 0),
            src_dict.get("official_info", 0),
        ):
            entry_effect_command_data_uinfo_type_0_base_type_0._nulls = frozenset(
                name for name in _NULLABLE_OPTIONAL if name in src_dict and src_dict[name] is None
            )
        return entry_effect_command_data_uinfo_type_0_base_type_0

    @classmethod
    def _from_list(cls: type[T], items: list[Mapping[str, Any]]) -> list[T]:
        if not DESCRIBED_ONLY.get() and not _PROPERTY_NAMES.issuperset(_chain.from_iterable(items)):
            return list(map(cls.from_dict, items))
        if None in map(_methodcaller("get", "risk_ctrl_info", 0), items):
            return list(map(cls.from_dict, items))
        if None in map(_methodcaller("get", "origin_info", 0), items):
            return list(map(cls.from_dict, items))
        if None in map(_methodcaller("get", "official_info", 0), items):
            return list(map(cls.from_dict, items))
        return [
            cls(
                item.get("name"),
                item.get("face"),
                item.get("name_color"),
                item.get("is_mystery"),
                item.get("risk_ctrl_info"),
                item.get("origin_info"),
                item.get("official_info"),
                item.get("name_color_str"),
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
        "face",
        "name_color",
        "is_mystery",
        "risk_ctrl_info",
        "origin_info",
        "official_info",
        "name_color_str",
    }
)
_REPR_NAMES: tuple[tuple[str, bool], ...] = (
    ("name", False),
    ("face", False),
    ("name_color", False),
    ("is_mystery", False),
    ("risk_ctrl_info", False),
    ("origin_info", False),
    ("official_info", False),
    ("name_color_str", False),
)
_NULLABLE_OPTIONAL: tuple[str, ...] = (
    "risk_ctrl_info",
    "origin_info",
    "official_info",
)
