from __future__ import annotations

from collections.abc import Mapping
from types import NoneType
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import _extras_on_first_use, model_repr

T = TypeVar("T", bound="ManualHighlights")


@_attrs_define
class ManualHighlights:
    """Saved clips of a live session and its highlight counts (用户高光列表).

    Attributes:
        high_light_stat (HighlightStat | None): Highlight counts of a live session (高亮状态信息). Each member is present
            only when its count
            is non-zero. The page suspects a further member for lookback recordings (回溯录制) that it
            does not name.
        manual_highlight_list (list[ManualHighlight] | None): Saved clips (高光列表), newest first in the example; absent
            when there are none (有内容时存在).
    """

    high_light_stat: HighlightStat | None = None
    manual_highlight_list: list[ManualHighlight] | None = None
    # Made on first use (__getattr__ below): most objects have no unknown members, and an empty dict
    # for each of thousands of list items is a good part of a parse.
    additional_properties: dict[str, Any] = _attrs_field(init=False, repr=False)

    if not TYPE_CHECKING:  # hidden from type checkers, which would accept any attribute name
        __getattr__ = _extras_on_first_use

    def __repr__(self) -> str:
        # Only the members that are set, extras only when there are some, secrets masked.
        return model_repr(self, _REPR_NAMES)

    def to_dict(self) -> dict[str, Any]:
        high_light_stat: dict[str, Any] | None = None
        if not isinstance(self.high_light_stat, NoneType):
            high_light_stat = self.high_light_stat.to_dict()

        manual_highlight_list: list[dict[str, Any]] | None = None
        if not isinstance(self.manual_highlight_list, NoneType):
            manual_highlight_list = []
            for manual_highlight_list_item_data in self.manual_highlight_list:
                manual_highlight_list_item = manual_highlight_list_item_data.to_dict()
                manual_highlight_list.append(manual_highlight_list_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if high_light_stat is not None:
            field_dict["high_light_stat"] = high_light_stat
        if manual_highlight_list is not None:
            field_dict["manual_highlight_list"] = manual_highlight_list

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _high_light_stat = src_dict.get("high_light_stat")
        high_light_stat: HighlightStat | None
        if isinstance(_high_light_stat, NoneType):
            high_light_stat = None
        else:
            high_light_stat = HighlightStat.from_dict(_high_light_stat)

        _manual_highlight_list = src_dict.get("manual_highlight_list")
        manual_highlight_list: list[ManualHighlight] | None = None
        if _manual_highlight_list is not None:
            manual_highlight_list = ManualHighlight._from_list(_manual_highlight_list)

        manual_highlights = cls(
            high_light_stat,
            manual_highlight_list,
        )

        if not _PROPERTY_NAMES.issuperset(src_dict):  # members beyond the described ones
            d = {prop_name: prop for prop_name, prop in src_dict.items() if prop_name not in _PROPERTY_NAMES}
            manual_highlights.additional_properties = d
        return manual_highlights

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
        "high_light_stat",
        "manual_highlight_list",
    }
)
_REPR_NAMES: tuple[tuple[str, bool], ...] = (
    ("high_light_stat", False),
    ("manual_highlight_list", False),
)

# bilispec: models that refer to each other import each other here, once the class exists.
from ..models.highlight_stat import HighlightStat  # noqa: E402
from ..models.manual_highlight import ManualHighlight  # noqa: E402
