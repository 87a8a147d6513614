from __future__ import annotations

from collections.abc import Mapping
from types import NoneType
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import _extras_on_first_use, model_repr

T = TypeVar("T", bound="ChatUser")


@_attrs_define
class ChatUser:
    """The sender as the chat shows them. `medal`, `wealth`, `guard`, `uhead_frame` and
    `base.risk_ctrl_info` were null in the only public answer; they are open objects here (the
    message stream's description types them).

        Attributes:
            uid (int): The sender's uid.
            base (ChatUserBase | None): Name, face and verification.
            medal (ChatUserMedalType0 | None): The fan medal worn; null when none.
            wealth (ChatUserWealthType0 | None): Wealth level; null in the public answer.
            title (ChatUserTitle | None):
            guard (ChatUserGuardType0 | None): Guard (captain) information; null when none.
            uhead_frame (ChatUserUheadFrameType0 | None): Avatar frame; null when none.
            guard_leader (ChatUserGuardLeader | None):
    """

    uid: int
    base: ChatUserBase | None = None
    medal: ChatUserMedalType0 | None = None
    wealth: ChatUserWealthType0 | None = None
    title: ChatUserTitle | None = None
    guard: ChatUserGuardType0 | None = None
    uhead_frame: ChatUserUheadFrameType0 | None = None
    guard_leader: ChatUserGuardLeader | None = None
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
        uid = self.uid

        base: dict[str, Any] | None = None
        if not isinstance(self.base, NoneType):
            base = self.base.to_dict()

        medal: dict[str, Any] | None
        if isinstance(self.medal, NoneType):
            medal = None
        elif isinstance(self.medal, ChatUserMedalType0):
            medal = self.medal.to_dict()
        else:
            medal = self.medal

        wealth: dict[str, Any] | None
        if isinstance(self.wealth, NoneType):
            wealth = None
        elif isinstance(self.wealth, ChatUserWealthType0):
            wealth = self.wealth.to_dict()
        else:
            wealth = self.wealth

        title: dict[str, Any] | None = None
        if not isinstance(self.title, NoneType):
            title = self.title.to_dict()

        guard: dict[str, Any] | None
        if isinstance(self.guard, NoneType):
            guard = None
        elif isinstance(self.guard, ChatUserGuardType0):
            guard = self.guard.to_dict()
        else:
            guard = self.guard

        uhead_frame: dict[str, Any] | None
        if isinstance(self.uhead_frame, NoneType):
            uhead_frame = None
        elif isinstance(self.uhead_frame, ChatUserUheadFrameType0):
            uhead_frame = self.uhead_frame.to_dict()
        else:
            uhead_frame = self.uhead_frame

        guard_leader: dict[str, Any] | None = None
        if not isinstance(self.guard_leader, NoneType):
            guard_leader = self.guard_leader.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "uid": uid,
            }
        )
        if base is not None:
            field_dict["base"] = base
        if medal is not None or "medal" in self._nulls:
            field_dict["medal"] = medal
        if wealth is not None or "wealth" in self._nulls:
            field_dict["wealth"] = wealth
        if title is not None:
            field_dict["title"] = title
        if guard is not None or "guard" in self._nulls:
            field_dict["guard"] = guard
        if uhead_frame is not None or "uhead_frame" in self._nulls:
            field_dict["uhead_frame"] = uhead_frame
        if guard_leader is not None:
            field_dict["guard_leader"] = guard_leader

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        uid = src_dict["uid"]

        _base = src_dict.get("base")
        base: ChatUserBase | None
        if isinstance(_base, NoneType):
            base = None
        else:
            base = ChatUserBase.from_dict(_base)

        def _parse_medal(data: object) -> ChatUserMedalType0 | None:
            if data is None:
                return data
            if isinstance(data, NoneType):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                medal_type_0 = ChatUserMedalType0.from_dict(data)

                return medal_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ChatUserMedalType0 | None, data)

        medal = _parse_medal(src_dict.get("medal"))

        def _parse_wealth(data: object) -> ChatUserWealthType0 | None:
            if data is None:
                return data
            if isinstance(data, NoneType):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                wealth_type_0 = ChatUserWealthType0.from_dict(data)

                return wealth_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ChatUserWealthType0 | None, data)

        wealth = _parse_wealth(src_dict.get("wealth"))

        _title = src_dict.get("title")
        title: ChatUserTitle | None
        if isinstance(_title, NoneType):
            title = None
        else:
            title = ChatUserTitle.from_dict(_title)

        def _parse_guard(data: object) -> ChatUserGuardType0 | None:
            if data is None:
                return data
            if isinstance(data, NoneType):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                guard_type_0 = ChatUserGuardType0.from_dict(data)

                return guard_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ChatUserGuardType0 | None, data)

        guard = _parse_guard(src_dict.get("guard"))

        def _parse_uhead_frame(data: object) -> ChatUserUheadFrameType0 | None:
            if data is None:
                return data
            if isinstance(data, NoneType):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                uhead_frame_type_0 = ChatUserUheadFrameType0.from_dict(data)

                return uhead_frame_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ChatUserUheadFrameType0 | None, data)

        uhead_frame = _parse_uhead_frame(src_dict.get("uhead_frame"))

        _guard_leader = src_dict.get("guard_leader")
        guard_leader: ChatUserGuardLeader | None
        if isinstance(_guard_leader, NoneType):
            guard_leader = None
        else:
            guard_leader = ChatUserGuardLeader.from_dict(_guard_leader)

        chat_user = cls(
            uid,
            base,
            medal,
            wealth,
            title,
            guard,
            uhead_frame,
            guard_leader,
        )

        if not _PROPERTY_NAMES.issuperset(src_dict):  # members beyond the described ones
            d = {prop_name: prop for prop_name, prop in src_dict.items() if prop_name not in _PROPERTY_NAMES}
            chat_user.additional_properties = d
        if None in (
            src_dict.get("medal", 0),
            src_dict.get("wealth", 0),
            src_dict.get("guard", 0),
            src_dict.get("uhead_frame", 0),
        ):
            chat_user._nulls = frozenset(
                name for name in _NULLABLE_OPTIONAL if name in src_dict and src_dict[name] is None
            )
        return chat_user

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
        "uid",
        "base",
        "medal",
        "wealth",
        "title",
        "guard",
        "uhead_frame",
        "guard_leader",
    }
)
_REPR_NAMES: tuple[tuple[str, bool], ...] = (
    ("uid", True),
    ("base", False),
    ("medal", False),
    ("wealth", False),
    ("title", False),
    ("guard", False),
    ("uhead_frame", False),
    ("guard_leader", False),
)
_NULLABLE_OPTIONAL: tuple[str, ...] = (
    "medal",
    "wealth",
    "guard",
    "uhead_frame",
)

# bilispec: models that refer to each other import each other here, once the class exists.
from ..models.chat_user_base import ChatUserBase  # noqa: E402
from ..models.chat_user_guard_leader import ChatUserGuardLeader  # noqa: E402
from ..models.chat_user_guard_type_0 import ChatUserGuardType0  # noqa: E402
from ..models.chat_user_medal_type_0 import ChatUserMedalType0  # noqa: E402
from ..models.chat_user_title import ChatUserTitle  # noqa: E402
from ..models.chat_user_uhead_frame_type_0 import ChatUserUheadFrameType0  # noqa: E402
from ..models.chat_user_wealth_type_0 import ChatUserWealthType0  # noqa: E402
