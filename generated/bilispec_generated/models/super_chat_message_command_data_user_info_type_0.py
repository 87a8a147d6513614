from __future__ import annotations

from collections.abc import Mapping
from itertools import chain as _chain
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import DESCRIBED_ONLY, _extras_on_first_use, model_repr

T = TypeVar("T", bound="SuperChatMessageCommandDataUserInfoType0")


@_attrs_define
class SuperChatMessageCommandDataUserInfoType0:
    """
    Attributes:
        face (str | None):
        face_frame (str | None):
        guard_level (int | None):
        is_main_vip (int | None):
        is_svip (int | None):
        is_vip (int | None):
        level_color (str | None):
        manager (int | None):
        name_color (str | None):
        title (str | None):
        uname (str | None):
        user_level (int | None):
        key (str | None):
    """

    face: str | None = None
    face_frame: str | None = None
    guard_level: int | None = None
    is_main_vip: int | None = None
    is_svip: int | None = None
    is_vip: int | None = None
    level_color: str | None = None
    manager: int | None = None
    name_color: str | None = None
    title: str | None = None
    uname: str | None = None
    user_level: int | None = None
    key: str | None = None
    # Made on first use (__getattr__ below): most objects have no unknown members, and an empty dict
    # for each of thousands of list items is a good part of a parse.
    additional_properties: dict[str, Any] = _attrs_field(init=False, repr=False)

    if not TYPE_CHECKING:  # hidden from type checkers, which would accept any attribute name
        __getattr__ = _extras_on_first_use

    def __repr__(self) -> str:
        # Only the members that are set, extras only when there are some, secrets masked.
        return model_repr(self, _REPR_NAMES)

    def to_dict(self) -> dict[str, Any]:
        face = self.face

        face_frame = self.face_frame

        guard_level = self.guard_level

        is_main_vip = self.is_main_vip

        is_svip = self.is_svip

        is_vip = self.is_vip

        level_color = self.level_color

        manager = self.manager

        name_color = self.name_color

        title = self.title

        uname = self.uname

        user_level = self.user_level

        key = self.key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if face is not None:
            field_dict["face"] = face
        if face_frame is not None:
            field_dict["face_frame"] = face_frame
        if guard_level is not None:
            field_dict["guard_level"] = guard_level
        if is_main_vip is not None:
            field_dict["is_main_vip"] = is_main_vip
        if is_svip is not None:
            field_dict["is_svip"] = is_svip
        if is_vip is not None:
            field_dict["is_vip"] = is_vip
        if level_color is not None:
            field_dict["level_color"] = level_color
        if manager is not None:
            field_dict["manager"] = manager
        if name_color is not None:
            field_dict["name_color"] = name_color
        if title is not None:
            field_dict["title"] = title
        if uname is not None:
            field_dict["uname"] = uname
        if user_level is not None:
            field_dict["user_level"] = user_level
        if key is not None:
            field_dict["key"] = key

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        face = src_dict.get("face")

        face_frame = src_dict.get("face_frame")

        guard_level = src_dict.get("guard_level")

        is_main_vip = src_dict.get("is_main_vip")

        is_svip = src_dict.get("is_svip")

        is_vip = src_dict.get("is_vip")

        level_color = src_dict.get("level_color")

        manager = src_dict.get("manager")

        name_color = src_dict.get("name_color")

        title = src_dict.get("title")

        uname = src_dict.get("uname")

        user_level = src_dict.get("user_level")

        key = src_dict.get("key")

        super_chat_message_command_data_user_info_type_0 = cls(
            face,
            face_frame,
            guard_level,
            is_main_vip,
            is_svip,
            is_vip,
            level_color,
            manager,
            name_color,
            title,
            uname,
            user_level,
            key,
        )

        if not _PROPERTY_NAMES.issuperset(src_dict):  # members beyond the described ones
            d = {prop_name: prop for prop_name, prop in src_dict.items() if prop_name not in _PROPERTY_NAMES}
            super_chat_message_command_data_user_info_type_0.additional_properties = d
        return super_chat_message_command_data_user_info_type_0

    @classmethod
    def _from_list(cls: type[T], items: list[Mapping[str, Any]]) -> list[T]:
        if not DESCRIBED_ONLY.get() and not _PROPERTY_NAMES.issuperset(_chain.from_iterable(items)):
            return list(map(cls.from_dict, items))
        return [
            cls(
                item.get("face"),
                item.get("face_frame"),
                item.get("guard_level"),
                item.get("is_main_vip"),
                item.get("is_svip"),
                item.get("is_vip"),
                item.get("level_color"),
                item.get("manager"),
                item.get("name_color"),
                item.get("title"),
                item.get("uname"),
                item.get("user_level"),
                item.get("key"),
            )
            for item in items
        ]

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
        "face",
        "face_frame",
        "guard_level",
        "is_main_vip",
        "is_svip",
        "is_vip",
        "level_color",
        "manager",
        "name_color",
        "title",
        "uname",
        "user_level",
        "key",
    }
)
_REPR_NAMES: tuple[tuple[str, bool], ...] = (
    ("face", False),
    ("face_frame", False),
    ("guard_level", False),
    ("is_main_vip", False),
    ("is_svip", False),
    ("is_vip", False),
    ("level_color", False),
    ("manager", False),
    ("name_color", False),
    ("title", False),
    ("uname", False),
    ("user_level", False),
    ("key", False),
)
