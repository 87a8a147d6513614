from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="LiveNotice")


@_attrs_define
class LiveNotice:
    """A notice shown when going live; every member's purpose is unknown (作用尚不明确).

    Attributes:
        type_ (int | Unset): 1 in the example.
        status (int | Unset): 0 in the example.
        title (str | Unset):
        msg (str | Unset):
        button_text (str | Unset):
        button_url (str | Unset):
    """

    type_: int | Unset = UNSET
    status: int | Unset = UNSET
    title: str | Unset = UNSET
    msg: str | Unset = UNSET
    button_text: str | Unset = UNSET
    button_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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
        if type_ is not UNSET:
            field_dict["type"] = type_
        if status is not UNSET:
            field_dict["status"] = status
        if title is not UNSET:
            field_dict["title"] = title
        if msg is not UNSET:
            field_dict["msg"] = msg
        if button_text is not UNSET:
            field_dict["button_text"] = button_text
        if button_url is not UNSET:
            field_dict["button_url"] = button_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        type_ = src_dict.get("type", UNSET)

        status = src_dict.get("status", UNSET)

        title = src_dict.get("title", UNSET)

        msg = src_dict.get("msg", UNSET)

        button_text = src_dict.get("button_text", UNSET)

        button_url = src_dict.get("button_url", UNSET)

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
