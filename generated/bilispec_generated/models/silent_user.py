from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SilentUser")


@_attrs_define
class SilentUser:
    """One mute record (禁言记录).

    Attributes:
        tuid (int): Uid of the muted user (禁言者uid).
        uid (int): Uid of the user who muted them (发起者uid).
        id (int): Mute record id (禁言记录Id); pass it as `id` to del_room_block_user to unmute.
        tname (str | Unset): Nickname of the muted user (禁言者昵称).
        name (str | Unset): Nickname of the user who muted them (发起者昵称).
        ctime (str | Unset): When the mute was set (禁言时间), "YYYY-MM-DD HH:MM:SS" (UTC+8).
        is_anchor (int | Unset): Not explained by the page (不明). In the example it is 1 exactly where `admin_level` is
            0, so it
            seems to say whether the anchor set the mute.
        face (str | Unset): Avatar URL of the muted user (禁言者头像).
        admin_level (int | Unset): Role of the user who set the mute (发起者权限).
        msg (str | Unset): The reason given for the mute (the danmaku it was set for, as sent to add_silent_user).
        is_mystery (bool | Unset): Whether the muted user is a mystery man (神秘人, an anonymous viewer).
        block_end_time (str | Unset): When a timed mute ends, "YYYY-MM-DD HH:MM:SS" (UTC+8); "" for permanent and this-
            session mutes.
        type_ (int | Unset): Kind of mute.
    """

    tuid: int
    uid: int
    id: int
    tname: str | Unset = UNSET
    name: str | Unset = UNSET
    ctime: str | Unset = UNSET
    is_anchor: int | Unset = UNSET
    face: str | Unset = UNSET
    admin_level: int | Unset = UNSET
    msg: str | Unset = UNSET
    is_mystery: bool | Unset = UNSET
    block_end_time: str | Unset = UNSET
    type_: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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

        msg = self.msg

        is_mystery = self.is_mystery

        block_end_time = self.block_end_time

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
        if tname is not UNSET:
            field_dict["tname"] = tname
        if name is not UNSET:
            field_dict["name"] = name
        if ctime is not UNSET:
            field_dict["ctime"] = ctime
        if is_anchor is not UNSET:
            field_dict["is_anchor"] = is_anchor
        if face is not UNSET:
            field_dict["face"] = face
        if admin_level is not UNSET:
            field_dict["admin_level"] = admin_level
        if msg is not UNSET:
            field_dict["msg"] = msg
        if is_mystery is not UNSET:
            field_dict["is_mystery"] = is_mystery
        if block_end_time is not UNSET:
            field_dict["block_end_time"] = block_end_time
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        tuid = src_dict["tuid"]

        uid = src_dict["uid"]

        id = src_dict["id"]

        tname = src_dict.get("tname", UNSET)

        name = src_dict.get("name", UNSET)

        ctime = src_dict.get("ctime", UNSET)

        is_anchor = src_dict.get("is_anchor", UNSET)

        face = src_dict.get("face", UNSET)

        admin_level = src_dict.get("admin_level", UNSET)

        msg = src_dict.get("msg", UNSET)

        is_mystery = src_dict.get("is_mystery", UNSET)

        block_end_time = src_dict.get("block_end_time", UNSET)

        type_ = src_dict.get("type", UNSET)

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
        return silent_user

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
