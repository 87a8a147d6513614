from __future__ import annotations

from collections.abc import Mapping
from types import NoneType
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import _extras_on_first_use, model_repr

T = TypeVar("T", bound="DmInteractionCombo")


@_attrs_define
class DmInteractionCombo:
    """The decoded `data.data` of DM_INTERACTION type 102, the same chat sent by several viewers.

    Attributes:
        combo (list[DmInteractionComboComboItem] | None):
        merge_interval (int | None):
        card_appear_interval (int | None):
        send_interval (int | None):
    """

    combo: list[DmInteractionComboComboItem] | None = None
    merge_interval: int | None = None
    card_appear_interval: int | None = None
    send_interval: int | None = None
    # Made on first use (__getattr__ below): most objects have no unknown members, and an empty dict
    # for each of thousands of list items is a good part of a parse.
    additional_properties: dict[str, Any] = _attrs_field(init=False, repr=False)

    if not TYPE_CHECKING:  # hidden from type checkers, which would accept any attribute name
        __getattr__ = _extras_on_first_use

    def __repr__(self) -> str:
        # Only the members that are set, extras only when there are some, secrets masked.
        return model_repr(self, _REPR_NAMES)

    def to_dict(self) -> dict[str, Any]:
        combo: list[dict[str, Any]] | None = None
        if not isinstance(self.combo, NoneType):
            combo = []
            for combo_item_data in self.combo:
                combo_item = combo_item_data.to_dict()
                combo.append(combo_item)

        merge_interval = self.merge_interval

        card_appear_interval = self.card_appear_interval

        send_interval = self.send_interval

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if combo is not None:
            field_dict["combo"] = combo
        if merge_interval is not None:
            field_dict["merge_interval"] = merge_interval
        if card_appear_interval is not None:
            field_dict["card_appear_interval"] = card_appear_interval
        if send_interval is not None:
            field_dict["send_interval"] = send_interval

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _combo = src_dict.get("combo")
        combo: list[DmInteractionComboComboItem] | None = None
        if _combo is not None:
            combo = DmInteractionComboComboItem._from_list(_combo)

        merge_interval = src_dict.get("merge_interval")

        card_appear_interval = src_dict.get("card_appear_interval")

        send_interval = src_dict.get("send_interval")

        dm_interaction_combo = cls(
            combo,
            merge_interval,
            card_appear_interval,
            send_interval,
        )

        if not _PROPERTY_NAMES.issuperset(src_dict):  # members beyond the described ones
            d = {prop_name: prop for prop_name, prop in src_dict.items() if prop_name not in _PROPERTY_NAMES}
            dm_interaction_combo.additional_properties = d
        return dm_interaction_combo

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
        "combo",
        "merge_interval",
        "card_appear_interval",
        "send_interval",
    }
)
_REPR_NAMES: tuple[tuple[str, bool], ...] = (
    ("combo", False),
    ("merge_interval", False),
    ("card_appear_interval", False),
    ("send_interval", False),
)

# bilispec: models that refer to each other import each other here, once the class exists.
from ..models.dm_interaction_combo_combo_item import DmInteractionComboComboItem  # noqa: E402
