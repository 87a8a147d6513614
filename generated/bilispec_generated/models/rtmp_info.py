from __future__ import annotations

from collections.abc import Mapping
from itertools import chain as _chain
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import DESCRIBED_ONLY, _extras_on_first_use, model_repr

T = TypeVar("T", bound="RtmpInfo")


@_attrs_define
class RtmpInfo:
    """RTMP push address and key (RTMP推流地址信息). Push to `addr` + `code`.

    Attributes:
        addr (str): RTMP push (send) address (RTMP推流(发送)地址), e.g. rtmp://live-push.bilivideo.com/live-bvc/.
        code (str): RTMP stream parameters, i.e. the stream key (RTMP推流参数(密钥)): a query string
            `?streamname=live_<uid>_<n>&key=<key>&schedule=rtmp&pflag=<platform flag>`. A secret.
        type_ (int | None): Not in the table; the example sends 1. Purpose unknown.
        new_link (str | None): URL that redirects to a CDN push node address (获取CDN推流ip地址重定向信息的url); of little use
            (没啥用).
        provider (str | None): Push service provider (推流云服务节点厂商), e.g. txy (Tencent Cloud, 腾讯云); the example sends
            "live".
    """

    addr: str
    code: str
    type_: int | None = None
    new_link: str | None = None
    provider: str | None = None
    # Made on first use (__getattr__ below): most objects have no unknown members, and an empty dict
    # for each of thousands of list items is a good part of a parse.
    additional_properties: dict[str, Any] = _attrs_field(init=False, repr=False)

    if not TYPE_CHECKING:  # hidden from type checkers, which would accept any attribute name
        __getattr__ = _extras_on_first_use

    def __repr__(self) -> str:
        # Only the members that are set, extras only when there are some, secrets masked.
        return model_repr(self, _REPR_NAMES)

    def to_dict(self) -> dict[str, Any]:
        addr = self.addr

        code = self.code

        type_ = self.type_

        new_link = self.new_link

        provider = self.provider

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "addr": addr,
                "code": code,
            }
        )
        if type_ is not None:
            field_dict["type"] = type_
        if new_link is not None:
            field_dict["new_link"] = new_link
        if provider is not None:
            field_dict["provider"] = provider

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        addr = src_dict["addr"]

        code = src_dict["code"]

        type_ = src_dict.get("type")

        new_link = src_dict.get("new_link")

        provider = src_dict.get("provider")

        rtmp_info = cls(
            addr,
            code,
            type_,
            new_link,
            provider,
        )

        if not _PROPERTY_NAMES.issuperset(src_dict):  # members beyond the described ones
            d = {prop_name: prop for prop_name, prop in src_dict.items() if prop_name not in _PROPERTY_NAMES}
            rtmp_info.additional_properties = d
        return rtmp_info

    @classmethod
    def _from_list(cls: type[T], items: list[Mapping[str, Any]]) -> list[T]:
        if not DESCRIBED_ONLY.get() and not _PROPERTY_NAMES.issuperset(_chain.from_iterable(items)):
            return list(map(cls.from_dict, items))
        return [
            cls(
                item["addr"],
                item["code"],
                item.get("type"),
                item.get("new_link"),
                item.get("provider"),
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
        "addr",
        "code",
        "type",
        "new_link",
        "provider",
    }
)
_REPR_NAMES: tuple[tuple[str, bool], ...] = (
    ("addr", True),
    ("code", True),
    ("type_", False),
    ("new_link", False),
    ("provider", False),
)
