from __future__ import annotations

from collections.abc import Mapping
from types import NoneType
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import _extras_on_first_use, model_repr

T = TypeVar("T", bound="RoomNews")


@_attrs_define
class RoomNews:
    """A room's announcement. Never seen publicly; members optional and nullable.

    Attributes:
        content (None | str | None): The announcement text (at most 60 characters when set with update_room_news).
        room_id (int | None): The room (assumed from the request; never seen).
        uid (int | None): The anchor (assumed from the request; never seen).
    """

    content: None | str | None = None
    room_id: int | None = None
    uid: int | None = None
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
        content: None | str | None
        if isinstance(self.content, NoneType):
            content = None
        else:
            content = self.content

        room_id: int | None
        if isinstance(self.room_id, NoneType):
            room_id = None
        else:
            room_id = self.room_id

        uid: int | None
        if isinstance(self.uid, NoneType):
            uid = None
        else:
            uid = self.uid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if content is not None or "content" in self._nulls:
            field_dict["content"] = content
        if room_id is not None or "room_id" in self._nulls:
            field_dict["room_id"] = room_id
        if uid is not None or "uid" in self._nulls:
            field_dict["uid"] = uid

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        def _parse_content(data: object) -> None | str | None:
            if data is None:
                return data
            if isinstance(data, NoneType):
                return data
            return cast(None | str | None, data)

        content = _parse_content(src_dict.get("content"))

        def _parse_room_id(data: object) -> int | None:
            if data is None:
                return data
            if isinstance(data, NoneType):
                return data
            return cast(int | None, data)

        room_id = _parse_room_id(src_dict.get("room_id"))

        def _parse_uid(data: object) -> int | None:
            if data is None:
                return data
            if isinstance(data, NoneType):
                return data
            return cast(int | None, data)

        uid = _parse_uid(src_dict.get("uid"))

        room_news = cls(
            content,
            room_id,
            uid,
        )

        if not _PROPERTY_NAMES.issuperset(src_dict):  # members beyond the described ones
            d = {prop_name: prop for prop_name, prop in src_dict.items() if prop_name not in _PROPERTY_NAMES}
            room_news.additional_properties = d
        if None in (
            src_dict.get("content", 0),
            src_dict.get("room_id", 0),
            src_dict.get("uid", 0),
        ):
            room_news._nulls = frozenset(
                name for name in _NULLABLE_OPTIONAL if name in src_dict and src_dict[name] is None
            )
        return room_news

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
        "content",
        "room_id",
        "uid",
    }
)
_REPR_NAMES: tuple[tuple[str, bool], ...] = (
    ("content", False),
    ("room_id", False),
    ("uid", False),
)
_NULLABLE_OPTIONAL: tuple[str, ...] = (
    "content",
    "room_id",
    "uid",
)
