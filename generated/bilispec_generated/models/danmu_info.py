from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import _extras_on_first_use, model_repr

T = TypeVar("T", bound="DanmuInfo")


@_attrs_define
class DanmuInfo:
    """What a message stream connection needs (信息流认证秘钥): the auth key and the hosts.

    Attributes:
        token (str): The key the auth packet carries (`key`); a secret of the connection, never logged.
        host_list (list[DanmuHost]): The stream's hosts (信息流服务器节点列表); a host may appear twice.
        group (str | None): "live".
        business_id (int | None): 0 in every answer seen.
        refresh_row_factor (float | None): 0.125 in every answer seen.
        refresh_rate (int | None): 100 in every answer seen.
        max_delay (int | None): 5000 in every answer seen.
    """

    token: str
    host_list: list[DanmuHost]
    group: str | None = None
    business_id: int | None = None
    refresh_row_factor: float | None = None
    refresh_rate: int | None = None
    max_delay: int | None = None
    # Made on first use (__getattr__ below): most objects have no unknown members, and an empty dict
    # for each of thousands of list items is a good part of a parse.
    additional_properties: dict[str, Any] = _attrs_field(init=False, repr=False)

    if not TYPE_CHECKING:  # hidden from type checkers, which would accept any attribute name
        __getattr__ = _extras_on_first_use

    def __repr__(self) -> str:
        # Only the members that are set, extras only when there are some, secrets masked.
        return model_repr(self, _REPR_NAMES)

    def to_dict(self) -> dict[str, Any]:
        token = self.token

        host_list = []
        for host_list_item_data in self.host_list:
            host_list_item = host_list_item_data.to_dict()
            host_list.append(host_list_item)

        group = self.group

        business_id = self.business_id

        refresh_row_factor = self.refresh_row_factor

        refresh_rate = self.refresh_rate

        max_delay = self.max_delay

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "token": token,
                "host_list": host_list,
            }
        )
        if group is not None:
            field_dict["group"] = group
        if business_id is not None:
            field_dict["business_id"] = business_id
        if refresh_row_factor is not None:
            field_dict["refresh_row_factor"] = refresh_row_factor
        if refresh_rate is not None:
            field_dict["refresh_rate"] = refresh_rate
        if max_delay is not None:
            field_dict["max_delay"] = max_delay

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        token = src_dict["token"]

        host_list = DanmuHost._from_list(src_dict["host_list"])

        group = src_dict.get("group")

        business_id = src_dict.get("business_id")

        refresh_row_factor = src_dict.get("refresh_row_factor")

        refresh_rate = src_dict.get("refresh_rate")

        max_delay = src_dict.get("max_delay")

        danmu_info = cls(
            token,
            host_list,
            group,
            business_id,
            refresh_row_factor,
            refresh_rate,
            max_delay,
        )

        if not _PROPERTY_NAMES.issuperset(src_dict):  # members beyond the described ones
            d = {prop_name: prop for prop_name, prop in src_dict.items() if prop_name not in _PROPERTY_NAMES}
            danmu_info.additional_properties = d
        return danmu_info

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
        "token",
        "host_list",
        "group",
        "business_id",
        "refresh_row_factor",
        "refresh_rate",
        "max_delay",
    }
)
_REPR_NAMES: tuple[tuple[str, bool], ...] = (
    ("token", True),
    ("host_list", True),
    ("group", False),
    ("business_id", False),
    ("refresh_row_factor", False),
    ("refresh_rate", False),
    ("max_delay", False),
)

# bilispec: models that refer to each other import each other here, once the class exists.
from ..models.danmu_host import DanmuHost  # noqa: E402
