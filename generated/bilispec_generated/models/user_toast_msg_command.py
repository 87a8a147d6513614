from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import _extras_on_first_use, model_repr

T = TypeVar("T", bound="UserToastMsgCommand")


@_attrs_define
class UserToastMsgCommand:
    """A guard purchase celebration (用户庆祝消息).

    Attributes:
        cmd (Literal['USER_TOAST_MSG']):
        data (UserToastMsgCommandData):
    """

    cmd: Literal["USER_TOAST_MSG"]
    data: UserToastMsgCommandData
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
        cmd = cast(Literal["USER_TOAST_MSG"], src_dict["cmd"])
        if cmd != "USER_TOAST_MSG":
            raise ValueError(f"cmd must match const 'USER_TOAST_MSG', got '{cmd}'")

        data = UserToastMsgCommandData.from_dict(src_dict["data"])

        user_toast_msg_command = cls(
            cmd,
            data,
        )

        if not _PROPERTY_NAMES.issuperset(src_dict):  # members beyond the described ones
            d = {prop_name: prop for prop_name, prop in src_dict.items() if prop_name not in _PROPERTY_NAMES}
            user_toast_msg_command.additional_properties = d
        return user_toast_msg_command

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
from ..models.user_toast_msg_command_data import UserToastMsgCommandData  # noqa: E402
