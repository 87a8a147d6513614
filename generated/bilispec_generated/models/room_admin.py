from __future__ import annotations

from collections.abc import Mapping
from types import NoneType
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import _extras_on_first_use, model_repr

T = TypeVar("T", bound="RoomAdmin")


@_attrs_define
class RoomAdmin:
    """One room admin (types only, never seen publicly).

    Attributes:
        uid (int | None): The admin's uid.
        uname (None | str | None): The admin's name.
        face (None | str | None): The admin's avatar URL.
        ctime (None | str | None): When they were appointed, "YYYY-MM-DD HH:MM:SS" (by the type, a string).
    """

    uid: int | None = None
    uname: None | str | None = None
    face: None | str | None = None
    ctime: None | str | None = None
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
        uid: int | None
        if isinstance(self.uid, NoneType):
            uid = None
        else:
            uid = self.uid

        uname: None | str | None
        if isinstance(self.uname, NoneType):
            uname = None
        else:
            uname = self.uname

        face: None | str | None
        if isinstance(self.face, NoneType):
            face = None
        else:
            face = self.face

        ctime: None | str | None
        if isinstance(self.ctime, NoneType):
            ctime = None
        else:
            ctime = self.ctime

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if uid is not None or "uid" in self._nulls:
            field_dict["uid"] = uid
        if uname is not None or "uname" in self._nulls:
            field_dict["uname"] = uname
        if face is not None or "face" in self._nulls:
            field_dict["face"] = face
        if ctime is not None or "ctime" in self._nulls:
            field_dict["ctime"] = ctime

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        def _parse_uid(data: object) -> int | None:
            if data is None:
                return data
            if isinstance(data, NoneType):
                return data
            return cast(int | None, data)

        uid = _parse_uid(src_dict.get("uid"))

        def _parse_uname(data: object) -> None | str | None:
            if data is None:
                return data
            if isinstance(data, NoneType):
                return data
            return cast(None | str | None, data)

        uname = _parse_uname(src_dict.get("uname"))

        def _parse_face(data: object) -> None | str | None:
            if data is None:
                return data
            if isinstance(data, NoneType):
                return data
            return cast(None | str | None, data)

        face = _parse_face(src_dict.get("face"))

        def _parse_ctime(data: object) -> None | str | None:
            if data is None:
                return data
            if isinstance(data, NoneType):
                return data
            return cast(None | str | None, data)

        ctime = _parse_ctime(src_dict.get("ctime"))

        room_admin = cls(
            uid,
            uname,
            face,
            ctime,
        )

        if not _PROPERTY_NAMES.issuperset(src_dict):  # members beyond the described ones
            d = {prop_name: prop for prop_name, prop in src_dict.items() if prop_name not in _PROPERTY_NAMES}
            room_admin.additional_properties = d
        if None in (
            src_dict.get("uid", 0),
            src_dict.get("uname", 0),
            src_dict.get("face", 0),
            src_dict.get("ctime", 0),
        ):
            room_admin._nulls = frozenset(
                name for name in _NULLABLE_OPTIONAL if name in src_dict and src_dict[name] is None
            )
        return room_admin

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
        "uid",
        "uname",
        "face",
        "ctime",
    }
)
_REPR_NAMES: tuple[tuple[str, bool], ...] = (
    ("uid", False),
    ("uname", False),
    ("face", False),
    ("ctime", False),
)
_NULLABLE_OPTIONAL: tuple[str, ...] = (
    "uid",
    "uname",
    "face",
    "ctime",
)
