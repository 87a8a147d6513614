from __future__ import annotations

from collections.abc import Mapping
from itertools import chain as _chain
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import DESCRIBED_ONLY, _extras_on_first_use, model_repr

T = TypeVar("T", bound="StreamProtocol")


@_attrs_define
class StreamProtocol:
    """One push protocol with its address and key (推流协议、地址、密钥). The page says address and key
    equal those of `rtmp` and that only rtmp has been seen (协议只见到过 rtmp); streaming clients
    since handle `srt` entries and several rtmp entries (Radekyspec/StartLive
    src/core/workers/live/start_live.py @91300a7; ChaceQC/bilibili_live_stream_code
    backend/services/live_service.py; Rsplwe/bili-live-hime src/view/live-stream-settings.tsx).

        Attributes:
            protocol (str | None): Push protocol (推流协议), rtmp or srt.
            addr (str | None): Push address (推流(发送)地址), of the form rtmp://<push node>/live-bvc/.
            code (str | None): Stream parameters, i.e. the key (推流参数(密钥)), of the form
                `?streamname=live_<uid>_<n>&key=<key>&schedule=rtmp&pflag=<platform flag>`. A secret.
            new_link (str | None): URL that redirects to a CDN push node address (获取CDN推流ip地址重定向信息的url).
            provider (str | None): Push service provider (推流云服务节点厂商), e.g. txy (Tencent Cloud, 腾讯云).
    """

    protocol: str | None = None
    addr: str | None = None
    code: str | None = None
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
        protocol = self.protocol

        addr = self.addr

        code = self.code

        new_link = self.new_link

        provider = self.provider

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if protocol is not None:
            field_dict["protocol"] = protocol
        if addr is not None:
            field_dict["addr"] = addr
        if code is not None:
            field_dict["code"] = code
        if new_link is not None:
            field_dict["new_link"] = new_link
        if provider is not None:
            field_dict["provider"] = provider

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        protocol = src_dict.get("protocol")

        addr = src_dict.get("addr")

        code = src_dict.get("code")

        new_link = src_dict.get("new_link")

        provider = src_dict.get("provider")

        stream_protocol = cls(
            protocol,
            addr,
            code,
            new_link,
            provider,
        )

        if not _PROPERTY_NAMES.issuperset(src_dict):  # members beyond the described ones
            d = {prop_name: prop for prop_name, prop in src_dict.items() if prop_name not in _PROPERTY_NAMES}
            stream_protocol.additional_properties = d
        return stream_protocol

    @classmethod
    def _from_list(cls: type[T], items: list[Mapping[str, Any]]) -> list[T]:
        if not DESCRIBED_ONLY.get() and not _PROPERTY_NAMES.issuperset(_chain.from_iterable(items)):
            return list(map(cls.from_dict, items))
        return [
            cls(
                item.get("protocol"),
                item.get("addr"),
                item.get("code"),
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
        "protocol",
        "addr",
        "code",
        "new_link",
        "provider",
    }
)
_REPR_NAMES: tuple[tuple[str, bool], ...] = (
    ("protocol", False),
    ("addr", False),
    ("code", False),
    ("new_link", False),
    ("provider", False),
)
