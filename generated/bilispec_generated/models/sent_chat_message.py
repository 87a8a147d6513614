from __future__ import annotations

from collections.abc import Mapping
from types import NoneType
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import _extras_on_first_use, model_repr

T = TypeVar("T", bound="SentChatMessage")


@_attrs_define
class SentChatMessage:
    """The message as the chat shows it (弹幕信息); `mode_info` is the DANMU_MSG `info[0][15]` object.

    Attributes:
        mode_info (ChatModeInfo | None): How the message is shown and who sent it.
        dm_v2 (None | SentChatMessageDmV2Type1 | str | None): The v2 message; null in every public answer, so its type
            is not known (string or object).
    """

    mode_info: ChatModeInfo | None = None
    dm_v2: None | SentChatMessageDmV2Type1 | str | None = None
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
        mode_info: dict[str, Any] | None
        if isinstance(self.mode_info, NoneType):
            mode_info = None
        elif isinstance(self.mode_info, ChatModeInfo):
            mode_info = self.mode_info.to_dict()
        else:
            mode_info = self.mode_info

        dm_v2: dict[str, Any] | None | str | None
        if isinstance(self.dm_v2, NoneType):
            dm_v2 = None
        elif isinstance(self.dm_v2, SentChatMessageDmV2Type1):
            dm_v2 = self.dm_v2.to_dict()
        else:
            dm_v2 = self.dm_v2

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if mode_info is not None or "mode_info" in self._nulls:
            field_dict["mode_info"] = mode_info
        if dm_v2 is not None or "dm_v2" in self._nulls:
            field_dict["dm_v2"] = dm_v2

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        def _parse_mode_info(data: object) -> ChatModeInfo | None:
            if data is None:
                return data
            if isinstance(data, NoneType):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                mode_info_type_0 = ChatModeInfo.from_dict(data)

                return mode_info_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ChatModeInfo | None, data)

        mode_info = _parse_mode_info(src_dict.get("mode_info"))

        def _parse_dm_v2(data: object) -> None | SentChatMessageDmV2Type1 | str | None:
            if data is None:
                return data
            if isinstance(data, NoneType):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                dm_v2_type_1 = SentChatMessageDmV2Type1.from_dict(data)

                return dm_v2_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SentChatMessageDmV2Type1 | str | None, data)

        dm_v2 = _parse_dm_v2(src_dict.get("dm_v2"))

        sent_chat_message = cls(
            mode_info,
            dm_v2,
        )

        if not _PROPERTY_NAMES.issuperset(src_dict):  # members beyond the described ones
            d = {prop_name: prop for prop_name, prop in src_dict.items() if prop_name not in _PROPERTY_NAMES}
            sent_chat_message.additional_properties = d
        if None in (
            src_dict.get("mode_info", 0),
            src_dict.get("dm_v2", 0),
        ):
            sent_chat_message._nulls = frozenset(
                name for name in _NULLABLE_OPTIONAL if name in src_dict and src_dict[name] is None
            )
        return sent_chat_message

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
        "mode_info",
        "dm_v2",
    }
)
_REPR_NAMES: tuple[tuple[str, bool], ...] = (
    ("mode_info", False),
    ("dm_v2", False),
)
_NULLABLE_OPTIONAL: tuple[str, ...] = (
    "mode_info",
    "dm_v2",
)

# bilispec: models that refer to each other import each other here, once the class exists.
from ..models.chat_mode_info import ChatModeInfo  # noqa: E402
from ..models.sent_chat_message_dm_v2_type_1 import SentChatMessageDmV2Type1  # noqa: E402
