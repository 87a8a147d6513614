from __future__ import annotations

from collections.abc import Mapping
from itertools import chain as _chain
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import DESCRIBED_ONLY, _extras_on_first_use, model_repr

T = TypeVar("T", bound="DanmuHost")


@_attrs_define
class DanmuHost:
    """One host of the message stream; connect to `wss://<host>:<wss_port>/sub`.

    Attributes:
        host (str): Host name (服务器域名).
        port (int | None): TCP port (2243).
        wss_port (int | None): WSS port (443 in 2022, 2245 since 2025).
        ws_port (int | None): Plain WS port (2244).
    """

    host: str
    port: int | None = None
    wss_port: int | None = None
    ws_port: int | None = None
    # Made on first use (__getattr__ below): most objects have no unknown members, and an empty dict
    # for each of thousands of list items is a good part of a parse.
    additional_properties: dict[str, Any] = _attrs_field(init=False, repr=False)

    if not TYPE_CHECKING:  # hidden from type checkers, which would accept any attribute name
        __getattr__ = _extras_on_first_use

    def __repr__(self) -> str:
        # Only the members that are set, extras only when there are some, secrets masked.
        return model_repr(self, _REPR_NAMES)

    def to_dict(self) -> dict[str, Any]:
        host = self.host

        port = self.port

        wss_port = self.wss_port

        ws_port = self.ws_port

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "host": host,
            }
        )
        if port is not None:
            field_dict["port"] = port
        if wss_port is not None:
            field_dict["wss_port"] = wss_port
        if ws_port is not None:
            field_dict["ws_port"] = ws_port

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        host = src_dict["host"]

        port = src_dict.get("port")

        wss_port = src_dict.get("wss_port")

        ws_port = src_dict.get("ws_port")

        danmu_host = cls(
            host,
            port,
            wss_port,
            ws_port,
        )

        if not _PROPERTY_NAMES.issuperset(src_dict):  # members beyond the described ones
            d = {prop_name: prop for prop_name, prop in src_dict.items() if prop_name not in _PROPERTY_NAMES}
            danmu_host.additional_properties = d
        return danmu_host

    @classmethod
    def _from_list(cls: type[T], items: list[Mapping[str, Any]]) -> list[T]:
        if not DESCRIBED_ONLY.get() and not _PROPERTY_NAMES.issuperset(_chain.from_iterable(items)):
            return list(map(cls.from_dict, items))
        return [
            cls(
                item["host"],
                item.get("port"),
                item.get("wss_port"),
                item.get("ws_port"),
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
        "host",
        "port",
        "wss_port",
        "ws_port",
    }
)
_REPR_NAMES: tuple[tuple[str, bool], ...] = (
    ("host", True),
    ("port", False),
    ("wss_port", False),
    ("ws_port", False),
)
