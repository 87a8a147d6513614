from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SliceStreamList")


@_attrs_define
class SliceStreamList:
    """The video streams of one live session and the stretches that may not be published.

    Attributes:
        list_ (list[SliceStream] | None | Unset): Replay video streams (直播回放视频列表); null when the session has no stream
            (如果该场回放没有视频流将为null).
        ban_list (list[BanPeriod] | None | Unset): Stretches that may not be published (不可发布的回放时间); null when there are
            none
            (如果该场回放没有不可发布的时间将为null). Documented for the anchor's own sessions only;
            the fan-side table and example do not show it.
    """

    list_: list[SliceStream] | None | Unset = UNSET
    ban_list: list[BanPeriod] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        list_: list[dict[str, Any]] | None | Unset
        if isinstance(self.list_, Unset):
            list_ = UNSET
        elif isinstance(self.list_, list):
            list_ = []
            for list_type_0_item_data in self.list_:
                list_type_0_item = list_type_0_item_data.to_dict()
                list_.append(list_type_0_item)

        else:
            list_ = self.list_

        ban_list: list[dict[str, Any]] | None | Unset
        if isinstance(self.ban_list, Unset):
            ban_list = UNSET
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
        if list_ is not UNSET:
            field_dict["list"] = list_
        if ban_list is not UNSET:
            field_dict["ban_list"] = ban_list

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        def _parse_list_(data: object) -> list[SliceStream] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                list_type_0 = list(map(SliceStream.from_dict, data))

                return list_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[SliceStream] | None | Unset, data)

        list_ = _parse_list_(src_dict.get("list", UNSET))

        def _parse_ban_list(data: object) -> list[BanPeriod] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                ban_list_type_0 = list(map(BanPeriod.from_dict, data))

                return ban_list_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[BanPeriod] | None | Unset, data)

        ban_list = _parse_ban_list(src_dict.get("ban_list", UNSET))

        slice_stream_list = cls(
            list_,
            ban_list,
        )

        if not _PROPERTY_NAMES.issuperset(src_dict):  # members beyond the described ones
            d = {prop_name: prop for prop_name, prop in src_dict.items() if prop_name not in _PROPERTY_NAMES}
            slice_stream_list.additional_properties = d
        return slice_stream_list

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

# bilispec: models that refer to each other import each other here, once the class exists.
from ..models.ban_period import BanPeriod  # noqa: E402
from ..models.slice_stream import SliceStream  # noqa: E402
