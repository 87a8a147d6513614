from __future__ import annotations

from collections.abc import Mapping
from itertools import chain as _chain
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import DESCRIBED_ONLY, _extras_on_first_use, model_repr

T = TypeVar("T", bound="DmInteractionCount")


@_attrs_define
class DmInteractionCount:
    """The decoded `data.data` of DM_INTERACTION types 103-106, a counter card ("N people follow").

    Attributes:
        fade_duration (int | None):
        cnt (int | None):
        card_appear_interval (int | None):
        suffix_text (str | None):
        reset_cnt (int | None):
        display_flag (int | None):
        gift_id (int | None):
        gift_alert_message (str | None):
    """

    fade_duration: int | None = None
    cnt: int | None = None
    card_appear_interval: int | None = None
    suffix_text: str | None = None
    reset_cnt: int | None = None
    display_flag: int | None = None
    gift_id: int | None = None
    gift_alert_message: str | None = None
    # Made on first use (__getattr__ below): most objects have no unknown members, and an empty dict
    # for each of thousands of list items is a good part of a parse.
    additional_properties: dict[str, Any] = _attrs_field(init=False, repr=False)

    if not TYPE_CHECKING:  # hidden from type checkers, which would accept any attribute name
        __getattr__ = _extras_on_first_use

    def __repr__(self) -> str:
        # Only the members that are set, extras only when there are some, secrets masked.
        return model_repr(self, _REPR_NAMES)

    def to_dict(self) -> dict[str, Any]:
        fade_duration = self.fade_duration

        cnt = self.cnt

        card_appear_interval = self.card_appear_interval

        suffix_text = self.suffix_text

        reset_cnt = self.reset_cnt

        display_flag = self.display_flag

        gift_id = self.gift_id

        gift_alert_message = self.gift_alert_message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if fade_duration is not None:
            field_dict["fade_duration"] = fade_duration
        if cnt is not None:
            field_dict["cnt"] = cnt
        if card_appear_interval is not None:
            field_dict["card_appear_interval"] = card_appear_interval
        if suffix_text is not None:
            field_dict["suffix_text"] = suffix_text
        if reset_cnt is not None:
            field_dict["reset_cnt"] = reset_cnt
        if display_flag is not None:
            field_dict["display_flag"] = display_flag
        if gift_id is not None:
            field_dict["gift_id"] = gift_id
        if gift_alert_message is not None:
            field_dict["gift_alert_message"] = gift_alert_message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        fade_duration = src_dict.get("fade_duration")

        cnt = src_dict.get("cnt")

        card_appear_interval = src_dict.get("card_appear_interval")

        suffix_text = src_dict.get("suffix_text")

        reset_cnt = src_dict.get("reset_cnt")

        display_flag = src_dict.get("display_flag")

        gift_id = src_dict.get("gift_id")

        gift_alert_message = src_dict.get("gift_alert_message")

        dm_interaction_count = cls(
            fade_duration,
            cnt,
            card_appear_interval,
            suffix_text,
            reset_cnt,
            display_flag,
            gift_id,
            gift_alert_message,
        )

        if not _PROPERTY_NAMES.issuperset(src_dict):  # members beyond the described ones
            d = {prop_name: prop for prop_name, prop in src_dict.items() if prop_name not in _PROPERTY_NAMES}
            dm_interaction_count.additional_properties = d
        return dm_interaction_count

    @classmethod
    def _from_list(cls: type[T], items: list[Mapping[str, Any]]) -> list[T]:
        if not DESCRIBED_ONLY.get() and not _PROPERTY_NAMES.issuperset(_chain.from_iterable(items)):
            return list(map(cls.from_dict, items))
        return [
            cls(
                item.get("fade_duration"),
                item.get("cnt"),
                item.get("card_appear_interval"),
                item.get("suffix_text"),
                item.get("reset_cnt"),
                item.get("display_flag"),
                item.get("gift_id"),
                item.get("gift_alert_message"),
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
        "fade_duration",
        "cnt",
        "card_appear_interval",
        "suffix_text",
        "reset_cnt",
        "display_flag",
        "gift_id",
        "gift_alert_message",
    }
)
_REPR_NAMES: tuple[tuple[str, bool], ...] = (
    ("fade_duration", False),
    ("cnt", False),
    ("card_appear_interval", False),
    ("suffix_text", False),
    ("reset_cnt", False),
    ("display_flag", False),
    ("gift_id", False),
    ("gift_alert_message", False),
)
