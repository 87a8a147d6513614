from __future__ import annotations

from collections.abc import Mapping
from types import NoneType
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import _extras_on_first_use, model_repr

T = TypeVar("T", bound="OnlineRankV2CommandData")


@_attrs_define
class OnlineRankV2CommandData:
    """
    Attributes:
        list_ (list[OnlineRankV2CommandDataListItem] | None):
        rank_type (str | None):
    """

    list_: list[OnlineRankV2CommandDataListItem] | None = None
    rank_type: str | None = None
    # Made on first use (__getattr__ below): most objects have no unknown members, and an empty dict
    # for each of thousands of list items is a good part of a parse.
    additional_properties: dict[str, Any] = _attrs_field(init=False, repr=False)

    if not TYPE_CHECKING:  # hidden from type checkers, which would accept any attribute name
        __getattr__ = _extras_on_first_use

    def __repr__(self) -> str:
        # Only the members that are set, extras only when there are some, secrets masked.
        return model_repr(self, _REPR_NAMES)

    def to_dict(self) -> dict[str, Any]:
        list_: list[dict[str, Any]] | None = None
        if not isinstance(self.list_, NoneType):
            list_ = []
            for list_item_data in self.list_:
                list_item = list_item_data.to_dict()
                list_.append(list_item)

        rank_type = self.rank_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if list_ is not None:
            field_dict["list"] = list_
        if rank_type is not None:
            field_dict["rank_type"] = rank_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _list_ = src_dict.get("list")
        list_: list[OnlineRankV2CommandDataListItem] | None = None
        if _list_ is not None:
            list_ = OnlineRankV2CommandDataListItem._from_list(_list_)

        rank_type = src_dict.get("rank_type")

        online_rank_v2_command_data = cls(
            list_,
            rank_type,
        )

        if not _PROPERTY_NAMES.issuperset(src_dict):  # members beyond the described ones
            d = {prop_name: prop for prop_name, prop in src_dict.items() if prop_name not in _PROPERTY_NAMES}
            online_rank_v2_command_data.additional_properties = d
        return online_rank_v2_command_data

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
        "list",
        "rank_type",
    }
)
_REPR_NAMES: tuple[tuple[str, bool], ...] = (
    ("list_", False),
    ("rank_type", False),
)

# bilispec: models that refer to each other import each other here, once the class exists.
from ..models.online_rank_v2_command_data_list_item import OnlineRankV2CommandDataListItem  # noqa: E402
