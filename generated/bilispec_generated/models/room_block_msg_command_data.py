from __future__ import annotations

from collections.abc import Mapping
from types import NoneType
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import _extras_on_first_use, model_repr

T = TypeVar("T", bound="RoomBlockMsgCommandData")


@_attrs_define
class RoomBlockMsgCommandData:
    """
    Attributes:
        dmscore (int | None):
        operator (int | None): Who muted (1 an admin, 2 the streamer).
        uid (int | str | None): An integer; a string in a 2019 capture.
        uname (str | None):
        block_expired (int | None): When the mute ends, Unix seconds (2145888000, year 2038, for "this session only").
        vaild_period (str | None): The mute's period in words (`仅本场直播有效`); the server's spelling.
    """

    dmscore: int | None = None
    operator: int | None = None
    uid: int | str | None = None
    uname: str | None = None
    block_expired: int | None = None
    vaild_period: str | None = None
    # Made on first use (__getattr__ below): most objects have no unknown members, and an empty dict
    # for each of thousands of list items is a good part of a parse.
    additional_properties: dict[str, Any] = _attrs_field(init=False, repr=False)

    if not TYPE_CHECKING:  # hidden from type checkers, which would accept any attribute name
        __getattr__ = _extras_on_first_use

    def __repr__(self) -> str:
        # Only the members that are set, extras only when there are some, secrets masked.
        return model_repr(self, _REPR_NAMES)

    def to_dict(self) -> dict[str, Any]:
        dmscore = self.dmscore

        operator = self.operator

        uid: int | str | None
        if isinstance(self.uid, NoneType):
            uid = None
        else:
            uid = self.uid

        uname = self.uname

        block_expired = self.block_expired

        vaild_period = self.vaild_period

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if dmscore is not None:
            field_dict["dmscore"] = dmscore
        if operator is not None:
            field_dict["operator"] = operator
        if uid is not None:
            field_dict["uid"] = uid
        if uname is not None:
            field_dict["uname"] = uname
        if block_expired is not None:
            field_dict["block_expired"] = block_expired
        if vaild_period is not None:
            field_dict["vaild_period"] = vaild_period

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        dmscore = src_dict.get("dmscore")

        operator = src_dict.get("operator")

        def _parse_uid(data: object) -> int | str | None:
            if isinstance(data, NoneType):
                return data
            return cast(int | str | None, data)

        uid = _parse_uid(src_dict.get("uid"))

        uname = src_dict.get("uname")

        block_expired = src_dict.get("block_expired")

        vaild_period = src_dict.get("vaild_period")

        room_block_msg_command_data = cls(
            dmscore,
            operator,
            uid,
            uname,
            block_expired,
            vaild_period,
        )

        if not _PROPERTY_NAMES.issuperset(src_dict):  # members beyond the described ones
            d = {prop_name: prop for prop_name, prop in src_dict.items() if prop_name not in _PROPERTY_NAMES}
            room_block_msg_command_data.additional_properties = d
        return room_block_msg_command_data

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
        "dmscore",
        "operator",
        "uid",
        "uname",
        "block_expired",
        "vaild_period",
    }
)
_REPR_NAMES: tuple[tuple[str, bool], ...] = (
    ("dmscore", False),
    ("operator", False),
    ("uid", False),
    ("uname", False),
    ("block_expired", False),
    ("vaild_period", False),
)
