from __future__ import annotations

from collections.abc import Mapping
from types import NoneType
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import _extras_on_first_use, model_repr

T = TypeVar("T", bound="SendGiftCommandDataCapsuleType1Normal")


@_attrs_define
class SendGiftCommandDataCapsuleType1Normal:
    """
    Attributes:
        coin (int | None):
        change (int | None):
        progress (SendGiftCommandDataCapsuleType1NormalProgress | None):
    """

    coin: int | None = None
    change: int | None = None
    progress: SendGiftCommandDataCapsuleType1NormalProgress | None = None
    # Made on first use (__getattr__ below): most objects have no unknown members, and an empty dict
    # for each of thousands of list items is a good part of a parse.
    additional_properties: dict[str, Any] = _attrs_field(init=False, repr=False)

    if not TYPE_CHECKING:  # hidden from type checkers, which would accept any attribute name
        __getattr__ = _extras_on_first_use

    def __repr__(self) -> str:
        # Only the members that are set, extras only when there are some, secrets masked.
        return model_repr(self, _REPR_NAMES)

    def to_dict(self) -> dict[str, Any]:
        coin = self.coin

        change = self.change

        progress: dict[str, Any] | None = None
        if not isinstance(self.progress, NoneType):
            progress = self.progress.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if coin is not None:
            field_dict["coin"] = coin
        if change is not None:
            field_dict["change"] = change
        if progress is not None:
            field_dict["progress"] = progress

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        coin = src_dict.get("coin")

        change = src_dict.get("change")

        _progress = src_dict.get("progress")
        progress: SendGiftCommandDataCapsuleType1NormalProgress | None
        if isinstance(_progress, NoneType):
            progress = None
        else:
            progress = SendGiftCommandDataCapsuleType1NormalProgress.from_dict(_progress)

        send_gift_command_data_capsule_type_1_normal = cls(
            coin,
            change,
            progress,
        )

        if not _PROPERTY_NAMES.issuperset(src_dict):  # members beyond the described ones
            d = {prop_name: prop for prop_name, prop in src_dict.items() if prop_name not in _PROPERTY_NAMES}
            send_gift_command_data_capsule_type_1_normal.additional_properties = d
        return send_gift_command_data_capsule_type_1_normal

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
        "coin",
        "change",
        "progress",
    }
)
_REPR_NAMES: tuple[tuple[str, bool], ...] = (
    ("coin", False),
    ("change", False),
    ("progress", False),
)

# bilispec: models that refer to each other import each other here, once the class exists.
from ..models.send_gift_command_data_capsule_type_1_normal_progress import SendGiftCommandDataCapsuleType1NormalProgress  # noqa: E402
