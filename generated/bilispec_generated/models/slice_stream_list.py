from __future__ import annotations

from collections.abc import Mapping
from types import NoneType
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import _extras_on_first_use, model_repr

T = TypeVar("T", bound="SliceStreamList")


@_attrs_define
class SliceStreamList:
    """The video streams of one live session and the stretches that may not be published.

    Attributes:
        list_ (list[SliceStream] | None): Replay video streams (直播回放视频列表); null when the session has no stream
            (如果该场回放没有视频流将为null).
        ban_list (list[BanPeriod] | None): Stretches that may not be published (不可发布的回放时间); null when there are
            none
            (如果该场回放没有不可发布的时间将为null). Documented for the anchor's own sessions only;
            the fan-side table and example do not show it.
    """

    list_: list[SliceStream] | None = None
    ban_list: list[BanPeriod] | None = None
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
        list_: list[dict[str, Any]] | None
        if isinstance(self.list_, NoneType):
            list_ = None
        elif isinstance(self.list_, list):
            list_ = []
            for list_type_0_item_data in self.list_:
                list_type_0_item = list_type_0_item_data.to_dict()
                list_.append(list_type_0_item)

        else:
            list_ = self.list_

        ban_list: list[dict[str, Any]] | None
        if isinstance(self.ban_list, NoneType):
            ban_list = None
        elif isinstance(self.ban_list, list):
            ban_list = []
            for ban_list_type_0_item_data in self.ban_list:
                ban_list_type_0_item = ban_list_type_0_item_data.to_dict()
                ban_list.append(ban_list_type_0_item)

        else:
            ban_list = self.ban_list

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if list_ is not None or "list" in self._nulls:
            field_dict["list"] = list_
        if ban_list is not None or "ban_list" in self._nulls:
            field_dict["ban_list"] = ban_list

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        def _parse_list_(data: object) -> list[SliceStream] | None:
            if data is None:
                return data
            if isinstance(data, NoneType):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                list_type_0 = SliceStream._from_list(data)

                return list_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[SliceStream] | None, data)

        list_ = _parse_list_(src_dict.get("list"))

        def _parse_ban_list(data: object) -> list[BanPeriod] | None:
            if data is None:
                return data
            if isinstance(data, NoneType):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                ban_list_type_0 = BanPeriod._from_list(data)

                return ban_list_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[BanPeriod] | None, data)

        ban_list = _parse_ban_list(src_dict.get("ban_list"))

        slice_stream_list = cls(
            list_,
            ban_list,
        )

        if not _PROPERTY_NAMES.issuperset(src_dict):  # members beyond the described ones
            d = {prop_name: prop for prop_name, prop in src_dict.items() if prop_name not in _PROPERTY_NAMES}
            slice_stream_list.additional_properties = d
        if None in (
            src_dict.get("list", 0),
            src_dict.get("ban_list", 0),
        ):
            slice_stream_list._nulls = frozenset(
                name for name in _NULLABLE_OPTIONAL if name in src_dict and src_dict[name] is None
            )
        return slice_stream_list

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
        "ban_list",
    }
)
_REPR_NAMES: tuple[tuple[str, bool], ...] = (
    ("list_", False),
    ("ban_list", False),
)
_NULLABLE_OPTIONAL: tuple[str, ...] = (
    "list",
    "ban_list",
)

# bilispec: models that refer to each other import each other here, once the class exists.
from ..models.ban_period import BanPeriod  # noqa: E402
from ..models.slice_stream import SliceStream  # noqa: E402
