from __future__ import annotations

from collections.abc import Mapping
from itertools import chain as _chain
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import DESCRIBED_ONLY, _extras_on_first_use, model_repr

T = TypeVar("T", bound="ErrorEnvelope")


@_attrs_define
class ErrorEnvelope:
    """An error answer: any `code` other than 0. The server is not uniform here, so `data` may be
    missing, null, `{}`, `[]`, a string or a partly filled object, `ttl` may be missing, and the
    `/room/v1/` and `banned_service` endpoints add `msg` beside `message`.

        Attributes:
            code (int): Error code; its meaning per operation is in the operation's `x-error-codes`.
            message (str | None): Error message (often Chinese).
            msg (str | None): Second copy of the message sent by some older endpoints.
            ttl (int | None):
            data (Any | None): Anything, or absent.
    """

    code: int
    message: str | None = None
    msg: str | None = None
    ttl: int | None = None
    data: Any | None = None
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

        msg = self.msg

        ttl = self.ttl

        data = self.data

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
            }
        )
        if message is not None:
            field_dict["message"] = message
        if msg is not None:
            field_dict["msg"] = msg
        if ttl is not None:
            field_dict["ttl"] = ttl
        if data is not None:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        code = src_dict["code"]

        message = src_dict.get("message")

        msg = src_dict.get("msg")

        ttl = src_dict.get("ttl")

        data = src_dict.get("data")

        error_envelope = cls(
            code,
            message,
            msg,
            ttl,
            data,
        )

        if not _PROPERTY_NAMES.issuperset(src_dict):  # members beyond the described ones
            d = {prop_name: prop for prop_name, prop in src_dict.items() if prop_name not in _PROPERTY_NAMES}
            error_envelope.additional_properties = d
        return error_envelope

    @classmethod
    def _from_list(cls: type[T], items: list[Mapping[str, Any]]) -> list[T]:
        if not DESCRIBED_ONLY.get() and not _PROPERTY_NAMES.issuperset(_chain.from_iterable(items)):
            return list(map(cls.from_dict, items))
        return [
            cls(
                item["code"],
                item.get("message"),
                item.get("msg"),
                item.get("ttl"),
                item.get("data"),
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
        "code",
        "message",
        "msg",
        "ttl",
        "data",
    }
)
_REPR_NAMES: tuple[tuple[str, bool], ...] = (
    ("code", True),
    ("message", False),
    ("msg", False),
    ("ttl", False),
    ("data", False),
)
