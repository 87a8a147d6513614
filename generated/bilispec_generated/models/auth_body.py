from __future__ import annotations

from collections.abc import Mapping
from itertools import chain as _chain
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import DESCRIBED_ONLY, _extras_on_first_use, model_repr

T = TypeVar("T", bound="AuthBody")


@_attrs_define
class AuthBody:
    """The body of the first packet a client sends (operation 7, version 1). Older minimal clients
    send only `roomid`. `key` (the getDanmuInfo token) and `buvid` are secrets: never log them.

        Attributes:
            roomid (int): The real room id (not a short id).
            uid (int | None): The listener's uid, 0 when logged out.
            protover (int | None): The batch compression the client accepts, 2 (zlib) or 3 (brotli).
            platform (str | None):
            type_ (int | None):
            buvid (str | None): The buvid3 cookie. Secret.
            key (str | None): The token getDanmuInfo answered (`data.token`). Secret.
    """

    roomid: int
    uid: int | None = None
    protover: int | None = None
    platform: str | None = None
    type_: int | None = None
    buvid: str | None = None
    key: str | None = None
    # Made on first use (__getattr__ below): most objects have no unknown members, and an empty dict
    # for each of thousands of list items is a good part of a parse.
    additional_properties: dict[str, Any] = _attrs_field(init=False, repr=False)

    if not TYPE_CHECKING:  # hidden from type checkers, which would accept any attribute name
        __getattr__ = _extras_on_first_use

    def __repr__(self) -> str:
        # Only the members that are set, extras only when there are some, secrets masked.
        return model_repr(self, _REPR_NAMES)

    def to_dict(self) -> dict[str, Any]:
        roomid = self.roomid

        uid = self.uid

        protover = self.protover

        platform = self.platform

        type_ = self.type_

        buvid = self.buvid

        key = self.key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "roomid": roomid,
            }
        )
        if uid is not None:
            field_dict["uid"] = uid
        if protover is not None:
            field_dict["protover"] = protover
        if platform is not None:
            field_dict["platform"] = platform
        if type_ is not None:
            field_dict["type"] = type_
        if buvid is not None:
            field_dict["buvid"] = buvid
        if key is not None:
            field_dict["key"] = key

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        roomid = src_dict["roomid"]

        uid = src_dict.get("uid")

        protover = src_dict.get("protover")

        platform = src_dict.get("platform")

        type_ = src_dict.get("type")

        buvid = src_dict.get("buvid")

        key = src_dict.get("key")

        auth_body = cls(
            roomid,
            uid,
            protover,
            platform,
            type_,
            buvid,
            key,
        )

        if not _PROPERTY_NAMES.issuperset(src_dict):  # members beyond the described ones
            d = {prop_name: prop for prop_name, prop in src_dict.items() if prop_name not in _PROPERTY_NAMES}
            auth_body.additional_properties = d
        return auth_body

    @classmethod
    def _from_list(cls: type[T], items: list[Mapping[str, Any]]) -> list[T]:
        if not DESCRIBED_ONLY.get() and not _PROPERTY_NAMES.issuperset(_chain.from_iterable(items)):
            return list(map(cls.from_dict, items))
        return [
            cls(
                item["roomid"],
                item.get("uid"),
                item.get("protover"),
                item.get("platform"),
                item.get("type"),
                item.get("buvid"),
                item.get("key"),
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
        "roomid",
        "uid",
        "protover",
        "platform",
        "type",
        "buvid",
        "key",
    }
)
_REPR_NAMES: tuple[tuple[str, bool], ...] = (
    ("roomid", True),
    ("uid", False),
    ("protover", False),
    ("platform", False),
    ("type_", False),
    ("buvid", False),
    ("key", False),
)
