from __future__ import annotations

from collections.abc import Mapping
from types import NoneType
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import _extras_on_first_use, model_repr

T = TypeVar("T", bound="UpStreamAddr")


@_attrs_define
class UpStreamAddr:
    """The push address of a room. Never seen publicly; bpi-rs's struct, members optional and nullable.

    Attributes:
        addr (None | RtmpInfo | None): RTMP address and stream key; push to `addr` + `code`.
        line (Any | None): Push lines; bpi-rs reads it as any JSON value.
        srt_addr (Any | None): SRT push address; bpi-rs reads it as any JSON value.
    """

    addr: None | RtmpInfo | None = None
    line: Any | None = None
    srt_addr: Any | None = None
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
        addr: dict[str, Any] | None
        if isinstance(self.addr, NoneType):
            addr = None
        elif isinstance(self.addr, RtmpInfo):
            addr = self.addr.to_dict()
        else:
            addr = self.addr

        line = self.line

        srt_addr = self.srt_addr

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if addr is not None or "addr" in self._nulls:
            field_dict["addr"] = addr
        if line is not None:
            field_dict["line"] = line
        if srt_addr is not None:
            field_dict["srt_addr"] = srt_addr

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        def _parse_addr(data: object) -> None | RtmpInfo | None:
            if data is None:
                return data
            if isinstance(data, NoneType):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                addr_type_0 = RtmpInfo.from_dict(data)

                return addr_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RtmpInfo | None, data)

        addr = _parse_addr(src_dict.get("addr"))

        line = src_dict.get("line")

        srt_addr = src_dict.get("srt_addr")

        up_stream_addr = cls(
            addr,
            line,
            srt_addr,
        )

        if not _PROPERTY_NAMES.issuperset(src_dict):  # members beyond the described ones
            d = {prop_name: prop for prop_name, prop in src_dict.items() if prop_name not in _PROPERTY_NAMES}
            up_stream_addr.additional_properties = d
        if None in (src_dict.get("addr", 0),):
            up_stream_addr._nulls = frozenset(
                name for name in _NULLABLE_OPTIONAL if name in src_dict and src_dict[name] is None
            )
        return up_stream_addr

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
        "addr",
        "line",
        "srt_addr",
    }
)
_REPR_NAMES: tuple[tuple[str, bool], ...] = (
    ("addr", False),
    ("line", False),
    ("srt_addr", False),
)
_NULLABLE_OPTIONAL: tuple[str, ...] = ("addr",)

# bilispec: models that refer to each other import each other here, once the class exists.
from ..models.rtmp_info import RtmpInfo  # noqa: E402
