from __future__ import annotations

from collections.abc import Mapping
from itertools import chain as _chain
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import DESCRIBED_ONLY, _extras_on_first_use, model_repr

T = TypeVar("T", bound="LiveNotice")


@_attrs_define
class LiveNotice:
    """A notice shown when going live; every member's purpose is unknown (作用尚不明确).

    Attributes:
        type_ (int | None): 1 in the example.
        status (int | None): 0 in the example.
        title (str | None):
        msg (str | None):
        button_text (str | None):
        button_url (str | None):
    """

    type_: int | None = None
    status: int | None = None
    title: str | None = None
    msg: str | None = None
    button_text: str | None = None
    button_url: str | None = None
    # Made on first use (__getattr__ below): most objects have no unknown members, and an empty dict
    # for each of thousands of list items is a good part of a parse.
    additional_properties: dict[str, Any] = _attrs_field(init=False, repr=False)

    if not TYPE_CHECKING:  # hidden from type checkers, which would accept any attribute name
        __getattr__ = _extras_on_first_use

    def __repr__(self) -> str:
        # Only the members that are set, extras only when there are some, secrets masked.
        return model_repr(self, _REPR_NAMES)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        status = self.status

        title = self.title

        msg = self.msg

        button_text = self.button_text

        button_url = self.button_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not None:
            field_dict["type"] = type_
        if status is not None:
            field_dict["status"] = status
        if title is not None:
            field_dict["title"] = title
        if msg is not None:
            field_dict["msg"] = msg
        if button_text is not None:
            field_dict["button_text"] = button_text
        if button_url is not None:
            field_dict["button_url"] = button_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        type_ = src_dict.get("type")

        status = src_dict.get("status")

        title = src_dict.get("title")

        msg = src_dict.get("msg")

        button_text = src_dict.get("button_text")

        button_url = src_dict.get("button_url")

        live_notice = cls(
            type_,
            status,
            title,
            msg,
            button_text,
            button_url,
        )

        if not _PROPERTY_NAMES.issuperset(src_dict):  # members beyond the described ones
            d = {prop_name: prop for prop_name, prop in src_dict.items() if prop_name not in _PROPERTY_NAMES}
            live_notice.additional_properties = d
        return live_notice

    @classmethod
    def _from_list(cls: type[T], items: list[Mapping[str, Any]]) -> list[T]:
        if not DESCRIBED_ONLY.get() and not _PROPERTY_NAMES.issuperset(_chain.from_iterable(items)):
            return list(map(cls.from_dict, items))
        return [
            cls(
                item.get("type"),
                item.get("status"),
                item.get("title"),
                item.get("msg"),
                item.get("button_text"),
                item.get("button_url"),
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
        "type",
        "status",
        "title",
        "msg",
        "button_text",
        "button_url",
    }
)
_REPR_NAMES: tuple[tuple[str, bool], ...] = (
    ("type_", False),
    ("status", False),
    ("title", False),
    ("msg", False),
    ("button_text", False),
    ("button_url", False),
)
