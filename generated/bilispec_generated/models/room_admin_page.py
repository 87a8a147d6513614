from __future__ import annotations

from collections.abc import Mapping
from types import NoneType
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import _extras_on_first_use, model_repr

T = TypeVar("T", bound="RoomAdminPage")


@_attrs_define
class RoomAdminPage:
    """One page of a room's admins. Never seen publicly: the members are those of
    Rsplwe/bili-live-hime's `RoomAdmins` type, all optional and nullable.

        Attributes:
            page (None | RoomAdminPaging | None): Paging.
            data (list[RoomAdmin] | None): The admins; null when there are none.
            max_room_anchors_number (int | None): How many admins the room may have.
    """

    page: None | RoomAdminPaging | None = None
    data: list[RoomAdmin] | None = None
    max_room_anchors_number: int | None = None
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
        page: dict[str, Any] | None
        if isinstance(self.page, NoneType):
            page = None
        elif isinstance(self.page, RoomAdminPaging):
            page = self.page.to_dict()
        else:
            page = self.page

        data: list[dict[str, Any]] | None
        if isinstance(self.data, NoneType):
            data = None
        elif isinstance(self.data, list):
            data = []
            for data_type_0_item_data in self.data:
                data_type_0_item = data_type_0_item_data.to_dict()
                data.append(data_type_0_item)

        else:
            data = self.data

        max_room_anchors_number: int | None
        if isinstance(self.max_room_anchors_number, NoneType):
            max_room_anchors_number = None
        else:
            max_room_anchors_number = self.max_room_anchors_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if page is not None or "page" in self._nulls:
            field_dict["page"] = page
        if data is not None or "data" in self._nulls:
            field_dict["data"] = data
        if max_room_anchors_number is not None or "max_room_anchors_number" in self._nulls:
            field_dict["max_room_anchors_number"] = max_room_anchors_number

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        def _parse_page(data: object) -> None | RoomAdminPaging | None:
            if data is None:
                return data
            if isinstance(data, NoneType):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                page_type_0 = RoomAdminPaging.from_dict(data)

                return page_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RoomAdminPaging | None, data)

        page = _parse_page(src_dict.get("page"))

        def _parse_data(data: object) -> list[RoomAdmin] | None:
            if data is None:
                return data
            if isinstance(data, NoneType):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                data_type_0 = RoomAdmin._from_list(data)

                return data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[RoomAdmin] | None, data)

        data = _parse_data(src_dict.get("data"))

        def _parse_max_room_anchors_number(data: object) -> int | None:
            if data is None:
                return data
            if isinstance(data, NoneType):
                return data
            return cast(int | None, data)

        max_room_anchors_number = _parse_max_room_anchors_number(src_dict.get("max_room_anchors_number"))

        room_admin_page = cls(
            page,
            data,
            max_room_anchors_number,
        )

        if not _PROPERTY_NAMES.issuperset(src_dict):  # members beyond the described ones
            d = {prop_name: prop for prop_name, prop in src_dict.items() if prop_name not in _PROPERTY_NAMES}
            room_admin_page.additional_properties = d
        if None in (
            src_dict.get("page", 0),
            src_dict.get("data", 0),
            src_dict.get("max_room_anchors_number", 0),
        ):
            room_admin_page._nulls = frozenset(
                name for name in _NULLABLE_OPTIONAL if name in src_dict and src_dict[name] is None
            )
        return room_admin_page

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
        "page",
        "data",
        "max_room_anchors_number",
    }
)
_REPR_NAMES: tuple[tuple[str, bool], ...] = (
    ("page", False),
    ("data", False),
    ("max_room_anchors_number", False),
)
_NULLABLE_OPTIONAL: tuple[str, ...] = (
    "page",
    "data",
    "max_room_anchors_number",
)

# bilispec: models that refer to each other import each other here, once the class exists.
from ..models.room_admin import RoomAdmin  # noqa: E402
from ..models.room_admin_paging import RoomAdminPaging  # noqa: E402
