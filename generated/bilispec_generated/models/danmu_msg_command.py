from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import _extras_on_first_use, model_repr

T = TypeVar("T", bound="DanmuMsgCommand")


@_attrs_define
class DanmuMsgCommand:
    """A chat message (弹幕). `cmd` is `DANMU_MSG`, sometimes with a suffix (`DANMU_MSG:4:0:2:2:2:0`).
    Everything is in `info`, a positional array that keeps growing (8 items in 2018, 19 in 2024):
    `info[0]` the display settings, `info[1]` the text, `info[2]` the sender, `info[3]` the fan
    medal (`[]` when none), `info[4]` the user level, `info[5]` the title, `info[7]` the guard
    level, `info[9]` the send time. Only the places every capture carries are typed; the tail is open.

        Attributes:
            cmd (str):
            info (list[Any]):
            dm_v2 (str | None): Protobuf of the message in base64 (empty in most captures).
    """

    cmd: str
    info: list[Any]
    dm_v2: str | None = None
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

        info = self.info

        dm_v2 = self.dm_v2

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "cmd": cmd,
                "info": info,
            }
        )
        if dm_v2 is not None:
            field_dict["dm_v2"] = dm_v2

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        cmd = src_dict["cmd"]

        info = cast(list[Any], src_dict["info"])

        dm_v2 = src_dict.get("dm_v2")

        danmu_msg_command = cls(
            cmd,
            info,
            dm_v2,
        )

        if not _PROPERTY_NAMES.issuperset(src_dict):  # members beyond the described ones
            d = {prop_name: prop for prop_name, prop in src_dict.items() if prop_name not in _PROPERTY_NAMES}
            danmu_msg_command.additional_properties = d
        return danmu_msg_command

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
        "info",
        "dm_v2",
    }
)
_REPR_NAMES: tuple[tuple[str, bool], ...] = (
    ("cmd", True),
    ("info", True),
    ("dm_v2", False),
)
