from __future__ import annotations

from collections.abc import Mapping
from types import NoneType
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import _extras_on_first_use, model_repr

T = TypeVar("T", bound="PreparingCommand")


@_attrs_define
class PreparingCommand:
    """The room stopped streaming (主播准备中). `roomid` was an integer, now a string.

    Attributes:
        cmd (Literal['PREPARING']):
        roomid (int | str | None):
        round_ (int | None): 1 when the room rebroadcasts replays (轮播), present only then.
        msg_id (str | None):
        p_is_ack (bool | None):
        p_msg_type (int | None):
        send_time (int | None): Unix milliseconds.
        scatter (PreparingCommandScatter | None): The spread, in seconds, over which listeners should reload ({min,
            max}).
    """

    cmd: Literal["PREPARING"]
    roomid: int | str | None = None
    round_: int | None = None
    msg_id: str | None = None
    p_is_ack: bool | None = None
    p_msg_type: int | None = None
    send_time: int | None = None
    scatter: PreparingCommandScatter | None = None
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

        roomid: int | str | None
        if isinstance(self.roomid, NoneType):
            roomid = None
        else:
            roomid = self.roomid

        round_ = self.round_

        msg_id = self.msg_id

        p_is_ack = self.p_is_ack

        p_msg_type = self.p_msg_type

        send_time = self.send_time

        scatter: dict[str, Any] | None = None
        if not isinstance(self.scatter, NoneType):
            scatter = self.scatter.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "cmd": cmd,
            }
        )
        if roomid is not None:
            field_dict["roomid"] = roomid
        if round_ is not None:
            field_dict["round"] = round_
        if msg_id is not None:
            field_dict["msg_id"] = msg_id
        if p_is_ack is not None:
            field_dict["p_is_ack"] = p_is_ack
        if p_msg_type is not None:
            field_dict["p_msg_type"] = p_msg_type
        if send_time is not None:
            field_dict["send_time"] = send_time
        if scatter is not None:
            field_dict["scatter"] = scatter

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        cmd = cast(Literal["PREPARING"], src_dict["cmd"])
        if cmd != "PREPARING":
            raise ValueError(f"cmd must match const 'PREPARING', got '{cmd}'")

        def _parse_roomid(data: object) -> int | str | None:
            if isinstance(data, NoneType):
                return data
            return cast(int | str | None, data)

        roomid = _parse_roomid(src_dict.get("roomid"))

        round_ = src_dict.get("round")

        msg_id = src_dict.get("msg_id")

        p_is_ack = src_dict.get("p_is_ack")

        p_msg_type = src_dict.get("p_msg_type")

        send_time = src_dict.get("send_time")

        _scatter = src_dict.get("scatter")
        scatter: PreparingCommandScatter | None
        if isinstance(_scatter, NoneType):
            scatter = None
        else:
            scatter = PreparingCommandScatter.from_dict(_scatter)

        preparing_command = cls(
            cmd,
            roomid,
            round_,
            msg_id,
            p_is_ack,
            p_msg_type,
            send_time,
            scatter,
        )

        if not _PROPERTY_NAMES.issuperset(src_dict):  # members beyond the described ones
            d = {prop_name: prop for prop_name, prop in src_dict.items() if prop_name not in _PROPERTY_NAMES}
            preparing_command.additional_properties = d
        return preparing_command

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
        "roomid",
        "round",
        "msg_id",
        "p_is_ack",
        "p_msg_type",
        "send_time",
        "scatter",
    }
)
_REPR_NAMES: tuple[tuple[str, bool], ...] = (
    ("cmd", True),
    ("roomid", False),
    ("round_", False),
    ("msg_id", False),
    ("p_is_ack", False),
    ("p_msg_type", False),
    ("send_time", False),
    ("scatter", False),
)

# bilispec: models that refer to each other import each other here, once the class exists.
from ..models.preparing_command_scatter import PreparingCommandScatter  # noqa: E402
