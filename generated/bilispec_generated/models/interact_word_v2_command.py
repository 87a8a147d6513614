from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import _extras_on_first_use, model_repr

T = TypeVar("T", bound="InteractWordV2Command")


@_attrs_define
class InteractWordV2Command:
    """A viewer entered, followed or shared (用户交互消息V2), replacing INTERACT_WORD: `data.pb` is a
    protobuf message in base64 (uid, uname, msg_type 1 entry / 2 follow / 3 share, roomid,
    timestamp, fans medal, ...), as Rsplwe/bili-live-hime protos/InteractWordV2.proto lays it out.

        Attributes:
            cmd (Literal['INTERACT_WORD_V2']):
            data (InteractWordV2CommandData):
    """

    cmd: Literal["INTERACT_WORD_V2"]
    data: InteractWordV2CommandData
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

        data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "cmd": cmd,
                "data": data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        cmd = cast(Literal["INTERACT_WORD_V2"], src_dict["cmd"])
        if cmd != "INTERACT_WORD_V2":
            raise ValueError(f"cmd must match const 'INTERACT_WORD_V2', got '{cmd}'")

        data = InteractWordV2CommandData.from_dict(src_dict["data"])

        interact_word_v2_command = cls(
            cmd,
            data,
        )

        if not _PROPERTY_NAMES.issuperset(src_dict):  # members beyond the described ones
            d = {prop_name: prop for prop_name, prop in src_dict.items() if prop_name not in _PROPERTY_NAMES}
            interact_word_v2_command.additional_properties = d
        return interact_word_v2_command

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
        "data",
    }
)
_REPR_NAMES: tuple[tuple[str, bool], ...] = (
    ("cmd", True),
    ("data", True),
)

# bilispec: models that refer to each other import each other here, once the class exists.
from ..models.interact_word_v2_command_data import InteractWordV2CommandData  # noqa: E402
