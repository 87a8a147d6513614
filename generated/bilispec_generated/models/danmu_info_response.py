from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import _extras_on_first_use, model_repr

T = TypeVar("T", bound="DanmuInfoResponse")


@_attrs_define
class DanmuInfoResponse:
    """
    Attributes:
        code (Literal[0]): 0 on success.
        message (str): "0" on most endpoints, "ok" or "" on the older ones.
        data (DanmuInfo): What a message stream connection needs (信息流认证秘钥): the auth key and the hosts.
        msg (str | None): Second copy of the message sent by the `/room/v1/` and `banned_service` endpoints.
        ttl (int | None): Always 1 where present. Some tables call it str; every example shows a number.
    """

    code: Literal[0]
    message: str
    data: DanmuInfo
    msg: str | None = None
    ttl: int | None = None
    # Made on first use (__getattr__ below): most objects have no unknown members, and an empty dict
    # for each of thousands of list items is a good part of a parse.
    additional_properties: dict[str, Any] = _attrs_field(init=False, repr=False)

    if not TYPE_CHECKING:  # hidden from type checkers, which would accept any attribute name
        __getattr__ = _extras_on_first_use

    def __repr__(self) -> str:
        # Only the members that are set, extras only when there are some, secrets masked.
        return model_repr(self, _REPR_NAMES)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        message = self.message

        data = self.data.to_dict()

        msg = self.msg

        ttl = self.ttl

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "message": message,
                "data": data,
            }
        )
        if msg is not None:
            field_dict["msg"] = msg
        if ttl is not None:
            field_dict["ttl"] = ttl

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        code = cast(Literal[0], src_dict["code"])
        if code != 0:
            raise ValueError(f"code must match const 0, got '{code}'")

        message = src_dict["message"]

        data = DanmuInfo.from_dict(src_dict["data"])

        msg = src_dict.get("msg")

        ttl = src_dict.get("ttl")

        danmu_info_response = cls(
            code,
            message,
            data,
            msg,
            ttl,
        )

        if not _PROPERTY_NAMES.issuperset(src_dict):  # members beyond the described ones
            d = {prop_name: prop for prop_name, prop in src_dict.items() if prop_name not in _PROPERTY_NAMES}
            danmu_info_response.additional_properties = d
        return danmu_info_response

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
        "code",
        "message",
        "data",
        "msg",
        "ttl",
    }
)
_REPR_NAMES: tuple[tuple[str, bool], ...] = (
    ("code", True),
    ("message", True),
    ("data", True),
    ("msg", False),
    ("ttl", False),
)

# bilispec: models that refer to each other import each other here, once the class exists.
from ..models.danmu_info import DanmuInfo  # noqa: E402
