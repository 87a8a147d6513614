from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import _extras_on_first_use, model_repr

T = TypeVar("T", bound="RoomSilentOffCommand")


@_attrs_define
class RoomSilentOffCommand:
    """Room-wide mute switched off (关闭等级禁言). `data` was `[]` in 2018 captures, an object now.

    Attributes:
        data (list[str] | RoomSilentOffCommandDataType1): An object; `[]` (empty) in the 2018 captures, when there was
            none.
        cmd (Literal['ROOM_SILENT_OFF']):
        roomid (int | None):
    """

    data: list[str] | RoomSilentOffCommandDataType1
    cmd: Literal["ROOM_SILENT_OFF"]
    roomid: int | None = None
    # Made on first use (__getattr__ below): most objects have no unknown members, and an empty dict
    # for each of thousands of list items is a good part of a parse.
    additional_properties: dict[str, Any] = _attrs_field(init=False, repr=False)

    if not TYPE_CHECKING:  # hidden from type checkers, which would accept any attribute name
        __getattr__ = _extras_on_first_use

    def __repr__(self) -> str:
        # Only the members that are set, extras only when there are some, secrets masked.
        return model_repr(self, _REPR_NAMES)

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] | list[str]
        if isinstance(self.data, list):
            data = self.data

        else:
            data = self.data.to_dict()

        cmd = self.cmd

        roomid = self.roomid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
                "cmd": cmd,
            }
        )
        if roomid is not None:
            field_dict["roomid"] = roomid

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        def _parse_data(data: object) -> list[str] | RoomSilentOffCommandDataType1:
            try:
                if not isinstance(data, list):
                    raise TypeError()
                data_type_0 = cast(list[str], data)

                return data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            data_type_1 = RoomSilentOffCommandDataType1.from_dict(data)

            return data_type_1

        data = _parse_data(src_dict["data"])

        cmd = cast(Literal["ROOM_SILENT_OFF"], src_dict["cmd"])
        if cmd != "ROOM_SILENT_OFF":
            raise ValueError(f"cmd must match const 'ROOM_SILENT_OFF', got '{cmd}'")

        roomid = src_dict.get("roomid")

        room_silent_off_command = cls(
            data,
            cmd,
            roomid,
        )

        if not _PROPERTY_NAMES.issuperset(src_dict):  # members beyond the described ones
            d = {prop_name: prop for prop_name, prop in src_dict.items() if prop_name not in _PROPERTY_NAMES}
            room_silent_off_command.additional_properties = d
        return room_silent_off_command

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
        "data",
        "cmd",
        "roomid",
    }
)
_REPR_NAMES: tuple[tuple[str, bool], ...] = (
    ("data", True),
    ("cmd", True),
    ("roomid", False),
)

# bilispec: models that refer to each other import each other here, once the class exists.
from ..models.room_silent_off_command_data_type_1 import RoomSilentOffCommandDataType1  # noqa: E402
