from __future__ import annotations

from collections.abc import Mapping
from itertools import chain as _chain
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import DESCRIBED_ONLY, _extras_on_first_use, model_repr

T = TypeVar("T", bound="AnchorSaveManualHighlightBody")


@_attrs_define
class AnchorSaveManualHighlightBody:
    """
    Attributes:
        live_key (str): Key of the live session (标记直播场次的key).
        start_ts (int): Start of the clip, Unix seconds (开始时间戳).
        end_ts (int): End of the clip, Unix seconds (结束时间戳).
        csrf (str): CSRF token; must equal the `bili_jct` cookie.
    """

    live_key: str
    start_ts: int
    end_ts: int
    csrf: str
    # Made on first use (__getattr__ below): most objects have no unknown members, and an empty dict
    # for each of thousands of list items is a good part of a parse.
    additional_properties: dict[str, Any] = _attrs_field(init=False, repr=False)

    if not TYPE_CHECKING:  # hidden from type checkers, which would accept any attribute name
        __getattr__ = _extras_on_first_use

    def __repr__(self) -> str:
        # Only the members that are set, extras only when there are some, secrets masked.
        return model_repr(self, _REPR_NAMES)

    def to_dict(self) -> dict[str, Any]:
        live_key = self.live_key

        start_ts = self.start_ts

        end_ts = self.end_ts

        csrf = self.csrf

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "live_key": live_key,
                "start_ts": start_ts,
                "end_ts": end_ts,
                "csrf": csrf,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        live_key = src_dict["live_key"]

        start_ts = src_dict["start_ts"]

        end_ts = src_dict["end_ts"]

        csrf = src_dict["csrf"]

        anchor_save_manual_highlight_body = cls(
            live_key,
            start_ts,
            end_ts,
            csrf,
        )

        if not _PROPERTY_NAMES.issuperset(src_dict):  # members beyond the described ones
            d = {prop_name: prop for prop_name, prop in src_dict.items() if prop_name not in _PROPERTY_NAMES}
            anchor_save_manual_highlight_body.additional_properties = d
        return anchor_save_manual_highlight_body

    @classmethod
    def _from_list(cls: type[T], items: list[Mapping[str, Any]]) -> list[T]:
        if not DESCRIBED_ONLY.get() and not _PROPERTY_NAMES.issuperset(_chain.from_iterable(items)):
            return list(map(cls.from_dict, items))
        return [
            cls(
                item["live_key"],
                item["start_ts"],
                item["end_ts"],
                item["csrf"],
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
        "live_key",
        "start_ts",
        "end_ts",
        "csrf",
    }
)
_REPR_NAMES: tuple[tuple[str, bool], ...] = (
    ("live_key", True),
    ("start_ts", True),
    ("end_ts", True),
    ("csrf", True),
)
