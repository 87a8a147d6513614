from __future__ import annotations

from collections.abc import Mapping
from itertools import chain as _chain
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import DESCRIBED_ONLY, _extras_on_first_use, model_repr

T = TypeVar("T", bound="ManualHighlight")


@_attrs_define
class ManualHighlight:
    """A clip saved by hand (手动保存的高亮片段).

    Attributes:
        manual_id (int): Clip id (片段id).
        highlight_title (str | None): Clip title, e.g. 手动保存片段【1】 (片段标题).
        start_ts (int | None): Start, Unix seconds (开始时间戳).
        end_ts (int | None): End, Unix seconds (结束时间戳). Not always after `start_ts`: the page's example has an item
            that ends before it starts and items that end where they start.
        uid (int | None): Uid of the user who saved the clip, per the page's guess (保存者uid?).
        ruid (int | None): Uid of the anchor (主播uid).
        live_key (str | None): Key of the live session (标记直播场次的key).
    """

    manual_id: int
    highlight_title: str | None = None
    start_ts: int | None = None
    end_ts: int | None = None
    uid: int | None = None
    ruid: int | None = None
    live_key: str | None = None
    # Made on first use (__getattr__ below): most objects have no unknown members, and an empty dict
    # for each of thousands of list items is a good part of a parse.
    additional_properties: dict[str, Any] = _attrs_field(init=False, repr=False)

    if not TYPE_CHECKING:  # hidden from type checkers, which would accept any attribute name
        __getattr__ = _extras_on_first_use

    def __repr__(self) -> str:
        # Only the members that are set, extras only when there are some, secrets masked.
        return model_repr(self, _REPR_NAMES)

    def to_dict(self) -> dict[str, Any]:
        manual_id = self.manual_id

        highlight_title = self.highlight_title

        start_ts = self.start_ts

        end_ts = self.end_ts

        uid = self.uid

        ruid = self.ruid

        live_key = self.live_key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "manual_id": manual_id,
            }
        )
        if highlight_title is not None:
            field_dict["highlight_title"] = highlight_title
        if start_ts is not None:
            field_dict["start_ts"] = start_ts
        if end_ts is not None:
            field_dict["end_ts"] = end_ts
        if uid is not None:
            field_dict["uid"] = uid
        if ruid is not None:
            field_dict["ruid"] = ruid
        if live_key is not None:
            field_dict["live_key"] = live_key

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        manual_id = src_dict["manual_id"]

        highlight_title = src_dict.get("highlight_title")

        start_ts = src_dict.get("start_ts")

        end_ts = src_dict.get("end_ts")

        uid = src_dict.get("uid")

        ruid = src_dict.get("ruid")

        live_key = src_dict.get("live_key")

        manual_highlight = cls(
            manual_id,
            highlight_title,
            start_ts,
            end_ts,
            uid,
            ruid,
            live_key,
        )

        if not _PROPERTY_NAMES.issuperset(src_dict):  # members beyond the described ones
            d = {prop_name: prop for prop_name, prop in src_dict.items() if prop_name not in _PROPERTY_NAMES}
            manual_highlight.additional_properties = d
        return manual_highlight

    @classmethod
    def _from_list(cls: type[T], items: list[Mapping[str, Any]]) -> list[T]:
        if not DESCRIBED_ONLY.get() and not _PROPERTY_NAMES.issuperset(_chain.from_iterable(items)):
            return list(map(cls.from_dict, items))
        return [
            cls(
                item["manual_id"],
                item.get("highlight_title"),
                item.get("start_ts"),
                item.get("end_ts"),
                item.get("uid"),
                item.get("ruid"),
                item.get("live_key"),
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
        "manual_id",
        "highlight_title",
        "start_ts",
        "end_ts",
        "uid",
        "ruid",
        "live_key",
    }
)
_REPR_NAMES: tuple[tuple[str, bool], ...] = (
    ("manual_id", True),
    ("highlight_title", False),
    ("start_ts", False),
    ("end_ts", False),
    ("uid", False),
    ("ruid", False),
    ("live_key", False),
)
