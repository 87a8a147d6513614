from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import _extras_on_first_use, model_repr

T = TypeVar("T", bound="ShieldKeywordList")


@_attrs_define
class ShieldKeywordList:
    """A room's blocked keywords (屏蔽词列表). Recorded (empty) in bpi-rs's contract; the item's members come from its struct.

    Attributes:
        keyword_list (list[ShieldKeyword] | None): The keywords (违禁词列表); bpi-rs also reads null as empty.
        max_limit (int): How many keywords the room may hold (数量上限); 1000 in the recorded answer, 0 in the refusal.
    """

    keyword_list: list[ShieldKeyword] | None
    max_limit: int
    # Made on first use (__getattr__ below): most objects have no unknown members, and an empty dict
    # for each of thousands of list items is a good part of a parse.
    additional_properties: dict[str, Any] = _attrs_field(init=False, repr=False)

    if not TYPE_CHECKING:  # hidden from type checkers, which would accept any attribute name
        __getattr__ = _extras_on_first_use

    def __repr__(self) -> str:
        # Only the members that are set, extras only when there are some, secrets masked.
        return model_repr(self, _REPR_NAMES)

    def to_dict(self) -> dict[str, Any]:
        keyword_list: list[dict[str, Any]] | None
        if isinstance(self.keyword_list, list):
            keyword_list = []
            for keyword_list_type_0_item_data in self.keyword_list:
                keyword_list_type_0_item = keyword_list_type_0_item_data.to_dict()
                keyword_list.append(keyword_list_type_0_item)

        else:
            keyword_list = self.keyword_list

        max_limit = self.max_limit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "keyword_list": keyword_list,
                "max_limit": max_limit,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        def _parse_keyword_list(data: object) -> list[ShieldKeyword] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                keyword_list_type_0 = ShieldKeyword._from_list(data)

                return keyword_list_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ShieldKeyword] | None, data)

        keyword_list = _parse_keyword_list(src_dict["keyword_list"])

        max_limit = src_dict["max_limit"]

        shield_keyword_list = cls(
            keyword_list,
            max_limit,
        )

        if not _PROPERTY_NAMES.issuperset(src_dict):  # members beyond the described ones
            d = {prop_name: prop for prop_name, prop in src_dict.items() if prop_name not in _PROPERTY_NAMES}
            shield_keyword_list.additional_properties = d
        return shield_keyword_list

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
        "keyword_list",
        "max_limit",
    }
)
_REPR_NAMES: tuple[tuple[str, bool], ...] = (
    ("keyword_list", True),
    ("max_limit", True),
)

# bilispec: models that refer to each other import each other here, once the class exists.
from ..models.shield_keyword import ShieldKeyword  # noqa: E402
