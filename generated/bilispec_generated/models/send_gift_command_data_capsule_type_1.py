from __future__ import annotations

from collections.abc import Mapping
from types import NoneType
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import _extras_on_first_use, model_repr

T = TypeVar("T", bound="SendGiftCommandDataCapsuleType1")


@_attrs_define
class SendGiftCommandDataCapsuleType1:
    """
    Attributes:
        normal (SendGiftCommandDataCapsuleType1Normal | None):
        colorful (SendGiftCommandDataCapsuleType1Colorful | None):
    """

    normal: SendGiftCommandDataCapsuleType1Normal | None = None
    colorful: SendGiftCommandDataCapsuleType1Colorful | None = None
    # Made on first use (__getattr__ below): most objects have no unknown members, and an empty dict
    # for each of thousands of list items is a good part of a parse.
    additional_properties: dict[str, Any] = _attrs_field(init=False, repr=False)

    if not TYPE_CHECKING:  # hidden from type checkers, which would accept any attribute name
        __getattr__ = _extras_on_first_use

    def __repr__(self) -> str:
        # Only the members that are set, extras only when there are some, secrets masked.
        return model_repr(self, _REPR_NAMES)

    def to_dict(self) -> dict[str, Any]:
        normal: dict[str, Any] | None = None
        if not isinstance(self.normal, NoneType):
            normal = self.normal.to_dict()

        colorful: dict[str, Any] | None = None
        if not isinstance(self.colorful, NoneType):
            colorful = self.colorful.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if normal is not None:
            field_dict["normal"] = normal
        if colorful is not None:
            field_dict["colorful"] = colorful

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _normal = src_dict.get("normal")
        normal: SendGiftCommandDataCapsuleType1Normal | None
        if isinstance(_normal, NoneType):
            normal = None
        else:
            normal = SendGiftCommandDataCapsuleType1Normal.from_dict(_normal)

        _colorful = src_dict.get("colorful")
        colorful: SendGiftCommandDataCapsuleType1Colorful | None
        if isinstance(_colorful, NoneType):
            colorful = None
        else:
            colorful = SendGiftCommandDataCapsuleType1Colorful.from_dict(_colorful)

        send_gift_command_data_capsule_type_1 = cls(
            normal,
            colorful,
        )

        if not _PROPERTY_NAMES.issuperset(src_dict):  # members beyond the described ones
            d = {prop_name: prop for prop_name, prop in src_dict.items() if prop_name not in _PROPERTY_NAMES}
            send_gift_command_data_capsule_type_1.additional_properties = d
        return send_gift_command_data_capsule_type_1

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
        "normal",
        "colorful",
    }
)
_REPR_NAMES: tuple[tuple[str, bool], ...] = (
    ("normal", False),
    ("colorful", False),
)

# bilispec: models that refer to each other import each other here, once the class exists.
from ..models.send_gift_command_data_capsule_type_1_colorful import SendGiftCommandDataCapsuleType1Colorful  # noqa: E402
from ..models.send_gift_command_data_capsule_type_1_normal import SendGiftCommandDataCapsuleType1Normal  # noqa: E402
