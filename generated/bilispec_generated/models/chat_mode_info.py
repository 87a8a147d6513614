from __future__ import annotations

from collections.abc import Mapping
from types import NoneType
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import _extras_on_first_use, model_repr

T = TypeVar("T", bound="ChatModeInfo")


@_attrs_define
class ChatModeInfo:
    """A chat message's display information (mode_info), as in the message stream's DANMU_MSG.

    Attributes:
        mode (int): Display mode.
        show_player_type (int | None): Purpose not documented.
        extra (str | None): A JSON text with the message's details (`content`, `color`, `font_size`, `id_str`,
            `reply_mid`, `emots`...).
        user (ChatUser | None): The sender as the chat shows them. `medal`, `wealth`, `guard`, `uhead_frame` and
            `base.risk_ctrl_info` were null in the only public answer; they are open objects here (the
            message stream's description types them).
    """

    mode: int
    show_player_type: int | None = None
    extra: str | None = None
    user: ChatUser | None = None
    # Made on first use (__getattr__ below): most objects have no unknown members, and an empty dict
    # for each of thousands of list items is a good part of a parse.
    additional_properties: dict[str, Any] = _attrs_field(init=False, repr=False)

    if not TYPE_CHECKING:  # hidden from type checkers, which would accept any attribute name
        __getattr__ = _extras_on_first_use

    def __repr__(self) -> str:
        # Only the members that are set, extras only when there are some, secrets masked.
        return model_repr(self, _REPR_NAMES)

    def to_dict(self) -> dict[str, Any]:
        mode = self.mode

        show_player_type = self.show_player_type

        extra = self.extra

        user: dict[str, Any] | None = None
        if not isinstance(self.user, NoneType):
            user = self.user.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "mode": mode,
            }
        )
        if show_player_type is not None:
            field_dict["show_player_type"] = show_player_type
        if extra is not None:
            field_dict["extra"] = extra
        if user is not None:
            field_dict["user"] = user

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        mode = src_dict["mode"]

        show_player_type = src_dict.get("show_player_type")

        extra = src_dict.get("extra")

        _user = src_dict.get("user")
        user: ChatUser | None
        if isinstance(_user, NoneType):
            user = None
        else:
            user = ChatUser.from_dict(_user)

        chat_mode_info = cls(
            mode,
            show_player_type,
            extra,
            user,
        )

        if not _PROPERTY_NAMES.issuperset(src_dict):  # members beyond the described ones
            d = {prop_name: prop for prop_name, prop in src_dict.items() if prop_name not in _PROPERTY_NAMES}
            chat_mode_info.additional_properties = d
        return chat_mode_info

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
        "mode",
        "show_player_type",
        "extra",
        "user",
    }
)
_REPR_NAMES: tuple[tuple[str, bool], ...] = (
    ("mode", True),
    ("show_player_type", False),
    ("extra", False),
    ("user", False),
)

# bilispec: models that refer to each other import each other here, once the class exists.
from ..models.chat_user import ChatUser  # noqa: E402
