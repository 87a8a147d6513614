from __future__ import annotations

from collections.abc import Mapping
from types import NoneType
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import _extras_on_first_use, model_repr

T = TypeVar("T", bound="SendGiftCommandDataCapsuleType1ColorfulType0")


@_attrs_define
class SendGiftCommandDataCapsuleType1ColorfulType0:
    """
    Attributes:
        coin (int | None):
        change (int | None):
        progress (None | SendGiftCommandDataCapsuleType1ColorfulType0ProgressType0 | None):
    """

    coin: int | None = None
    change: int | None = None
    progress: None | SendGiftCommandDataCapsuleType1ColorfulType0ProgressType0 | None = None
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
        coin = self.coin

        change = self.change

        progress: dict[str, Any] | None
        if isinstance(self.progress, NoneType):
            progress = None
        elif isinstance(self.progress, SendGiftCommandDataCapsuleType1ColorfulType0ProgressType0):
            progress = self.progress.to_dict()
        else:
            progress = self.progress

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if coin is not None:
            field_dict["coin"] = coin
        if change is not None:
            field_dict["change"] = change
        if progress is not None or "progress" in self._nulls:
            field_dict["progress"] = progress

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        coin = src_dict.get("coin")

        change = src_dict.get("change")

        def _parse_progress(data: object) -> None | SendGiftCommandDataCapsuleType1ColorfulType0ProgressType0 | None:
            if data is None:
                return data
            if isinstance(data, NoneType):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                progress_type_0 = SendGiftCommandDataCapsuleType1ColorfulType0ProgressType0.from_dict(data)

                return progress_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SendGiftCommandDataCapsuleType1ColorfulType0ProgressType0 | None, data)

        progress = _parse_progress(src_dict.get("progress"))

        send_gift_command_data_capsule_type_1_colorful_type_0 = cls(
            coin,
            change,
            progress,
        )

        if not _PROPERTY_NAMES.issuperset(src_dict):  # members beyond the described ones
            d = {prop_name: prop for prop_name, prop in src_dict.items() if prop_name not in _PROPERTY_NAMES}
            send_gift_command_data_capsule_type_1_colorful_type_0.additional_properties = d
        if None in (src_dict.get("progress", 0),):
            send_gift_command_data_capsule_type_1_colorful_type_0._nulls = frozenset(
                name for name in _NULLABLE_OPTIONAL if name in src_dict and src_dict[name] is None
            )
        return send_gift_command_data_capsule_type_1_colorful_type_0

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
_NULLABLE_OPTIONAL: tuple[str, ...] = ("progress",)

# bilispec: models that refer to each other import each other here, once the class exists.
from ..models.send_gift_command_data_capsule_type_1_colorful_type_0_progress_type_0 import (
    SendGiftCommandDataCapsuleType1ColorfulType0ProgressType0,  # noqa: E402
)
