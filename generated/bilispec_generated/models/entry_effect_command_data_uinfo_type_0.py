from __future__ import annotations

from collections.abc import Mapping
from types import NoneType
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import _extras_on_first_use, model_repr

T = TypeVar("T", bound="EntryEffectCommandDataUinfoType0")


@_attrs_define
class EntryEffectCommandDataUinfoType0:
    """
    Attributes:
        uid (int | None):
        base (EntryEffectCommandDataUinfoType0BaseType0 | None):
        medal (None | None):
        wealth (EntryEffectCommandDataUinfoType0WealthType0 | None):
        title (None | None):
        guard (EntryEffectCommandDataUinfoType0GuardType0 | None):
        uhead_frame (None | None):
        guard_leader (None | None):
    """

    uid: int | None = None
    base: EntryEffectCommandDataUinfoType0BaseType0 | None = None
    medal: None | None = None
    wealth: EntryEffectCommandDataUinfoType0WealthType0 | None = None
    title: None | None = None
    guard: EntryEffectCommandDataUinfoType0GuardType0 | None = None
    uhead_frame: None | None = None
    guard_leader: None | None = None
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

        base: dict[str, Any] | None
        if isinstance(self.base, NoneType):
            base = None
        elif isinstance(self.base, EntryEffectCommandDataUinfoType0BaseType0):
            base = self.base.to_dict()
        else:
            base = self.base

        medal = self.medal

        wealth: dict[str, Any] | None
        if isinstance(self.wealth, NoneType):
            wealth = None
        elif isinstance(self.wealth, EntryEffectCommandDataUinfoType0WealthType0):
            wealth = self.wealth.to_dict()
        else:
            wealth = self.wealth

        title = self.title

        guard: dict[str, Any] | None
        if isinstance(self.guard, NoneType):
            guard = None
        elif isinstance(self.guard, EntryEffectCommandDataUinfoType0GuardType0):
            guard = self.guard.to_dict()
        else:
            guard = self.guard

        uhead_frame = self.uhead_frame

        guard_leader = self.guard_leader

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if uid is not None:
            field_dict["uid"] = uid
        if base is not None or "base" in self._nulls:
            field_dict["base"] = base
        if medal is not None or "medal" in self._nulls:
            field_dict["medal"] = medal
        if wealth is not None or "wealth" in self._nulls:
            field_dict["wealth"] = wealth
        if title is not None or "title" in self._nulls:
            field_dict["title"] = title
        if guard is not None or "guard" in self._nulls:
            field_dict["guard"] = guard
        if uhead_frame is not None or "uhead_frame" in self._nulls:
            field_dict["uhead_frame"] = uhead_frame
        if guard_leader is not None or "guard_leader" in self._nulls:
            field_dict["guard_leader"] = guard_leader

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        uid = src_dict.get("uid")

        def _parse_base(data: object) -> EntryEffectCommandDataUinfoType0BaseType0 | None:
            if data is None:
                return data
            if isinstance(data, NoneType):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                base_type_0 = EntryEffectCommandDataUinfoType0BaseType0.from_dict(data)

                return base_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EntryEffectCommandDataUinfoType0BaseType0 | None, data)

        base = _parse_base(src_dict.get("base"))

        medal = src_dict.get("medal")

        def _parse_wealth(data: object) -> EntryEffectCommandDataUinfoType0WealthType0 | None:
            if data is None:
                return data
            if isinstance(data, NoneType):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                wealth_type_0 = EntryEffectCommandDataUinfoType0WealthType0.from_dict(data)

                return wealth_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EntryEffectCommandDataUinfoType0WealthType0 | None, data)

        wealth = _parse_wealth(src_dict.get("wealth"))

        title = src_dict.get("title")

        def _parse_guard(data: object) -> EntryEffectCommandDataUinfoType0GuardType0 | None:
            if data is None:
                return data
            if isinstance(data, NoneType):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                guard_type_0 = EntryEffectCommandDataUinfoType0GuardType0.from_dict(data)

                return guard_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EntryEffectCommandDataUinfoType0GuardType0 | None, data)

        guard = _parse_guard(src_dict.get("guard"))

        uhead_frame = src_dict.get("uhead_frame")

        guard_leader = src_dict.get("guard_leader")

        entry_effect_command_data_uinfo_type_0 = cls(
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
            entry_effect_command_data_uinfo_type_0.additional_properties = d
        if None in (
            src_dict.get("base", 0),
            src_dict.get("medal", 0),
            src_dict.get("wealth", 0),
            src_dict.get("title", 0),
            src_dict.get("guard", 0),
            src_dict.get("uhead_frame", 0),
            src_dict.get("guard_leader", 0),
        ):
            entry_effect_command_data_uinfo_type_0._nulls = frozenset(
                name for name in _NULLABLE_OPTIONAL if name in src_dict and src_dict[name] is None
            )
        return entry_effect_command_data_uinfo_type_0

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
    ("uid", False),
    ("base", False),
    ("medal", False),
    ("wealth", False),
    ("title", False),
    ("guard", False),
    ("uhead_frame", False),
    ("guard_leader", False),
)
_NULLABLE_OPTIONAL: tuple[str, ...] = (
    "base",
    "medal",
    "wealth",
    "title",
    "guard",
    "uhead_frame",
    "guard_leader",
)

# bilispec: models that refer to each other import each other here, once the class exists.
from ..models.entry_effect_command_data_uinfo_type_0_base_type_0 import EntryEffectCommandDataUinfoType0BaseType0  # noqa: E402
from ..models.entry_effect_command_data_uinfo_type_0_guard_type_0 import EntryEffectCommandDataUinfoType0GuardType0  # noqa: E402
from ..models.entry_effect_command_data_uinfo_type_0_wealth_type_0 import EntryEffectCommandDataUinfoType0WealthType0  # noqa: E402
