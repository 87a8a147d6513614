from __future__ import annotations

from collections.abc import Mapping
from types import NoneType
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import _extras_on_first_use, model_repr

T = TypeVar("T", bound="SilentUser")


@_attrs_define
class SilentUser:
    """One mute record (禁言记录).

    Attributes:
        tuid (int): Uid of the muted user (禁言者uid).
        uid (int): Uid of the user who muted them (发起者uid).
        id (int): Mute record id (禁言记录Id); pass it as `id` to del_room_block_user to unmute.
        tname (str | None): Nickname of the muted user (禁言者昵称).
        name (str | None): Nickname of the user who muted them (发起者昵称).
        ctime (str | None): When the mute was set (禁言时间), "YYYY-MM-DD HH:MM:SS" (UTC+8).
        is_anchor (int | None): Not explained by the page (不明). In the example it is 1 exactly where `admin_level` is
            0, so it
            seems to say whether the anchor set the mute.
        face (str | None): Avatar URL of the muted user (禁言者头像).
        admin_level (int | None): Role of the user who set the mute (发起者权限).
        msg (None | str | None): The reason given for the mute (the danmaku it was set for, as sent to
            add_silent_user).
        is_mystery (bool | None): Whether the muted user is a mystery man (神秘人, an anonymous viewer).
        block_end_time (None | str | None): When a timed mute ends, "YYYY-MM-DD HH:MM:SS" (UTC+8); "" for permanent and
            this-session mutes.
        type_ (int | None): Kind of mute.
    """

    tuid: int
    uid: int
    id: int
    tname: str | None = None
    name: str | None = None
    ctime: str | None = None
    is_anchor: int | None = None
    face: str | None = None
    admin_level: int | None = None
    msg: None | str | None = None
    is_mystery: bool | None = None
    block_end_time: None | str | None = None
    type_: int | None = None
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
        tuid = self.tuid

        uid = self.uid

        id = self.id

        tname = self.tname

        name = self.name

        ctime = self.ctime

        is_anchor = self.is_anchor

        face = self.face

        admin_level = self.admin_level

        msg: None | str | None
        if isinstance(self.msg, NoneType):
            msg = None
        else:
            msg = self.msg

        is_mystery: bool | None
        if isinstance(self.is_mystery, NoneType):
            is_mystery = None
        else:
            is_mystery = self.is_mystery

        block_end_time: None | str | None
        if isinstance(self.block_end_time, NoneType):
            block_end_time = None
        else:
            block_end_time = self.block_end_time

        type_: int | None
        if isinstance(self.type_, NoneType):
            type_ = None
        else:
            type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "tuid": tuid,
                "uid": uid,
                "id": id,
            }
        )
        if tname is not None:
            field_dict["tname"] = tname
        if name is not None:
            field_dict["name"] = name
        if ctime is not None:
            field_dict["ctime"] = ctime
        if is_anchor is not None:
            field_dict["is_anchor"] = is_anchor
        if face is not None:
            field_dict["face"] = face
        if admin_level is not None:
            field_dict["admin_level"] = admin_level
        if msg is not None or "msg" in self._nulls:
            field_dict["msg"] = msg
        if is_mystery is not None or "is_mystery" in self._nulls:
            field_dict["is_mystery"] = is_mystery
        if block_end_time is not None or "block_end_time" in self._nulls:
            field_dict["block_end_time"] = block_end_time
        if type_ is not None or "type" in self._nulls:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        tuid = src_dict["tuid"]

        uid = src_dict["uid"]

        id = src_dict["id"]

        tname = src_dict.get("tname")

        name = src_dict.get("name")

        ctime = src_dict.get("ctime")

        is_anchor = src_dict.get("is_anchor")

        face = src_dict.get("face")

        admin_level = src_dict.get("admin_level")

        def _parse_msg(data: object) -> None | str | None:
            if data is None:
                return data
            if isinstance(data, NoneType):
                return data
            return cast(None | str | None, data)

        msg = _parse_msg(src_dict.get("msg"))

        def _parse_is_mystery(data: object) -> bool | None:
            if data is None:
                return data
            if isinstance(data, NoneType):
                return data
            return cast(bool | None, data)

        is_mystery = _parse_is_mystery(src_dict.get("is_mystery"))

        def _parse_block_end_time(data: object) -> None | str | None:
            if data is None:
                return data
            if isinstance(data, NoneType):
                return data
            return cast(None | str | None, data)

        block_end_time = _parse_block_end_time(src_dict.get("block_end_time"))

        def _parse_type_(data: object) -> int | None:
            if data is None:
                return data
            if isinstance(data, NoneType):
                return data
            return cast(int | None, data)

        type_ = _parse_type_(src_dict.get("type"))

        silent_user = cls(
            tuid,
            uid,
            id,
            tname,
            name,
            ctime,
            is_anchor,
            face,
            admin_level,
            msg,
            is_mystery,
            block_end_time,
            type_,
        )

        if not _PROPERTY_NAMES.issuperset(src_dict):  # members beyond the described ones
            d = {prop_name: prop for prop_name, prop in src_dict.items() if prop_name not in _PROPERTY_NAMES}
            silent_user.additional_properties = d
        if None in (
            src_dict.get("msg", 0),
            src_dict.get("is_mystery", 0),
            src_dict.get("block_end_time", 0),
            src_dict.get("type", 0),
        ):
            silent_user._nulls = frozenset(
                name for name in _NULLABLE_OPTIONAL if name in src_dict and src_dict[name] is None
            )
        return silent_user

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
        "tuid",
        "uid",
        "id",
        "tname",
        "name",
        "ctime",
        "is_anchor",
        "face",
        "admin_level",
        "msg",
        "is_mystery",
        "block_end_time",
        "type",
    }
)
_REPR_NAMES: tuple[tuple[str, bool], ...] = (
    ("tuid", True),
    ("uid", True),
    ("id", True),
    ("tname", False),
    ("name", False),
    ("ctime", False),
    ("is_anchor", False),
    ("face", False),
    ("admin_level", False),
    ("msg", False),
    ("is_mystery", False),
    ("block_end_time", False),
    ("type_", False),
)
_NULLABLE_OPTIONAL: tuple[str, ...] = (
    "msg",
    "is_mystery",
    "block_end_time",
    "type",
)
