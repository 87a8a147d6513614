from __future__ import annotations

from collections.abc import Mapping
from types import NoneType
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import _extras_on_first_use, model_repr

T = TypeVar("T", bound="KeyFrameList")


@_attrs_define
class KeyFrameList:
    """Video frames at the requested times.

    Attributes:
        list_ (list[KeyFrame] | None): One item per served time (指定时间的视频帧列表); null when the live key is invalid
            (场次key无效时为null). Times closer than 30 s apart are only partly served.
    """

    list_: list[KeyFrame] | None = None
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
        list_: list[dict[str, Any]] | None
        if isinstance(self.list_, NoneType):
            list_ = None
        elif isinstance(self.list_, list):
            list_ = []
            for list_type_0_item_data in self.list_:
                list_type_0_item = list_type_0_item_data.to_dict()
                list_.append(list_type_0_item)

        else:
            list_ = self.list_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if list_ is not None or "list" in self._nulls:
            field_dict["list"] = list_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        def _parse_list_(data: object) -> list[KeyFrame] | None:
            if data is None:
                return data
            if isinstance(data, NoneType):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                list_type_0 = KeyFrame._from_list(data)

                return list_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[KeyFrame] | None, data)

        list_ = _parse_list_(src_dict.get("list"))

        key_frame_list = cls(
            list_,
        )

        if not _PROPERTY_NAMES.issuperset(src_dict):  # members beyond the described ones
            d = {prop_name: prop for prop_name, prop in src_dict.items() if prop_name not in _PROPERTY_NAMES}
            key_frame_list.additional_properties = d
        if None in (src_dict.get("list", 0),):
            key_frame_list._nulls = frozenset(
                name for name in _NULLABLE_OPTIONAL if name in src_dict and src_dict[name] is None
            )
        return key_frame_list

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
        "list",
    }
)
_REPR_NAMES: tuple[tuple[str, bool], ...] = (("list_", False),)
_NULLABLE_OPTIONAL: tuple[str, ...] = ("list",)

# bilispec: models that refer to each other import each other here, once the class exists.
from ..models.key_frame import KeyFrame  # noqa: E402
