from __future__ import annotations

from collections.abc import Mapping
from types import NoneType
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import _extras_on_first_use, model_repr

T = TypeVar("T", bound="RoomBlockMsgCommand")


@_attrs_define
class RoomBlockMsgCommand:
    """A viewer was muted in the room (指定观众禁言). The top-level `uid` is a string, `data.uid` an integer (both have been seen
    either way).

        Attributes:
            cmd (Literal['ROOM_BLOCK_MSG']):
            uid (int | str | None): The muted user's uid (a string in captures since 2020).
            uname (str | None):
            roomid (int | str | None):
            data (RoomBlockMsgCommandData | None):
    """

    cmd: Literal["ROOM_BLOCK_MSG"]
    uid: int | str | None = None
    uname: str | None = None
    roomid: int | str | None = None
    data: RoomBlockMsgCommandData | None = None
    # Made on first use (__getattr__ below): most objects have no unknown members, and an empty dict
    # for each of thousands of list items is a good part of a parse.
    additional_properties: dict[str, Any] = _attrs_field(init=False, repr=False)

    if not TYPE_CHECKING:  # hidden from type checkers, which would accept any attribute name
        __getattr__ = _extras_on_first_use

    def __repr__(self) -> str:
        # Only the members that are set, extras only when there are some, secrets masked.
        return model_repr(self, _REPR_NAMES)

    def to_dict(self) -> dict[str, Any]:
        cmd = self.cmd

        uid: int | str | None
        if isinstance(self.uid, NoneType):
            uid = None
        else:
            uid = self.uid

        uname = self.uname

        roomid: int | str | None
        if isinstance(self.roomid, NoneType):
            roomid = None
        else:
            roomid = self.roomid

        data: dict[str, Any] | None = None
        if not isinstance(self.data, NoneType):
            data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "cmd": cmd,
            }
        )
        if uid is not None:
            field_dict["uid"] = uid
        if uname is not None:
            field_dict["uname"] = uname
        if roomid is not None:
            field_dict["roomid"] = roomid
        if data is not None:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        cmd = cast(Literal["ROOM_BLOCK_MSG"], src_dict["cmd"])
        if cmd != "ROOM_BLOCK_MSG":
            raise ValueError(f"cmd must match const 'ROOM_BLOCK_MSG', got '{cmd}'")

        def _parse_uid(data: object) -> int | str | None:
            if isinstance(data, NoneType):
                return data
            return cast(int | str | None, data)

        uid = _parse_uid(src_dict.get("uid"))

        uname = src_dict.get("uname")

        def _parse_roomid(data: object) -> int | str | None:
            if isinstance(data, NoneType):
                return data
            return cast(int | str | None, data)

        roomid = _parse_roomid(src_dict.get("roomid"))

        _data = src_dict.get("data")
        data: RoomBlockMsgCommandData | None
        if isinstance(_data, NoneType):
            data = None
        else:
            data = RoomBlockMsgCommandData.from_dict(_data)

        room_block_msg_command = cls(
            cmd,
            uid,
            uname,
            roomid,
            data,
        )

        if not _PROPERTY_NAMES.issuperset(src_dict):  # members beyond the described ones
            d = {prop_name: prop for prop_name, prop in src_dict.items() if prop_name not in _PROPERTY_NAMES}
            room_block_msg_command.additional_properties = d
        return room_block_msg_command

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
        "cmd",
        "uid",
        "uname",
        "roomid",
        "data",
    }
)
_REPR_NAMES: tuple[tuple[str, bool], ...] = (
    ("cmd", True),
    ("uid", False),
    ("uname", False),
    ("roomid", False),
    ("data", False),
)

# bilispec: models that refer to each other import each other here, once the class exists.
from ..models.room_block_msg_command_data import RoomBlockMsgCommandData  # noqa: E402
