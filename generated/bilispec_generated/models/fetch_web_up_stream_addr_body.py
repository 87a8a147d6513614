from __future__ import annotations

from collections.abc import Mapping
from types import NoneType
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.fetch_web_up_stream_addr_body_backup_stream import FetchWebUpStreamAddrBodyBackupStream
from ..types import _extras_on_first_use, model_repr

T = TypeVar("T", bound="FetchWebUpStreamAddrBody")


@_attrs_define
class FetchWebUpStreamAddrBody:
    """
    Attributes:
        platform (str): Client platform; bpi-rs sends "pc".
        csrf (str): CSRF token; must equal the `bili_jct` cookie.
        backup_stream (FetchWebUpStreamAddrBodyBackupStream | None): 0 the current key; 1 a fresh one (by its name;
            bpi-rs sends 0).
        csrf_token (str | None): Same value as `csrf`.
    """

    platform: str
    csrf: str
    backup_stream: FetchWebUpStreamAddrBodyBackupStream | None = None
    csrf_token: str | None = None
    # Made on first use (__getattr__ below): most objects have no unknown members, and an empty dict
    # for each of thousands of list items is a good part of a parse.
    additional_properties: dict[str, Any] = _attrs_field(init=False, repr=False)

    if not TYPE_CHECKING:  # hidden from type checkers, which would accept any attribute name
        __getattr__ = _extras_on_first_use

    def __repr__(self) -> str:
        # Only the members that are set, extras only when there are some, secrets masked.
        return model_repr(self, _REPR_NAMES)

    def to_dict(self) -> dict[str, Any]:
        platform = self.platform

        csrf = self.csrf

        backup_stream: int | None = None
        if not isinstance(self.backup_stream, NoneType):
            backup_stream = self.backup_stream.value

        csrf_token = self.csrf_token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "platform": platform,
                "csrf": csrf,
            }
        )
        if backup_stream is not None:
            field_dict["backup_stream"] = backup_stream
        if csrf_token is not None:
            field_dict["csrf_token"] = csrf_token

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        platform = src_dict["platform"]

        csrf = src_dict["csrf"]

        _backup_stream = src_dict.get("backup_stream")
        backup_stream: FetchWebUpStreamAddrBodyBackupStream | None
        if isinstance(_backup_stream, NoneType):
            backup_stream = None
        else:
            backup_stream = FetchWebUpStreamAddrBodyBackupStream(_backup_stream)

        csrf_token = src_dict.get("csrf_token")

        fetch_web_up_stream_addr_body = cls(
            platform,
            csrf,
            backup_stream,
            csrf_token,
        )

        if not _PROPERTY_NAMES.issuperset(src_dict):  # members beyond the described ones
            d = {prop_name: prop for prop_name, prop in src_dict.items() if prop_name not in _PROPERTY_NAMES}
            fetch_web_up_stream_addr_body.additional_properties = d
        return fetch_web_up_stream_addr_body

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
        "platform",
        "csrf",
        "backup_stream",
        "csrf_token",
    }
)
_REPR_NAMES: tuple[tuple[str, bool], ...] = (
    ("platform", True),
    ("csrf", True),
    ("backup_stream", False),
    ("csrf_token", False),
)
