from __future__ import annotations

from collections.abc import Mapping
from itertools import chain as _chain
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import DESCRIBED_ONLY, _extras_on_first_use, model_repr

T = TypeVar("T", bound="BlackListUser")


@_attrs_define
class BlackListUser:
    """One blacklisted user.

    Attributes:
        uid (int): The blacklisted user's uid (拉黑者uid).
        mtime (str | None): When, "YYYY-MM-DD HH:MM:SS" (拉黑时间).
        face (str | None): Avatar URL (may be "").
        name (str | None): The blacklisted user's name.
        is_anchor (bool | None): Whether the anchor (not an admin) blacklisted them; a boolean here, unlike the mute
            list's 0/1.
        operator_name (str | None): Who blacklisted them (发起者昵称).
        admin_level (int | None): The operator's admin level (发起者权限).
        is_mystery (bool | None): Whether the account is closed (是否注销).
    """

    uid: int
    mtime: str | None = None
    face: str | None = None
    name: str | None = None
    is_anchor: bool | None = None
    operator_name: str | None = None
    admin_level: int | None = None
    is_mystery: bool | None = None
    # Made on first use (__getattr__ below): most objects have no unknown members, and an empty dict
    # for each of thousands of list items is a good part of a parse.
    additional_properties: dict[str, Any] = _attrs_field(init=False, repr=False)

    if not TYPE_CHECKING:  # hidden from type checkers, which would accept any attribute name
        __getattr__ = _extras_on_first_use

    def __repr__(self) -> str:
        # Only the members that are set, extras only when there are some, secrets masked.
        return model_repr(self, _REPR_NAMES)

    def to_dict(self) -> dict[str, Any]:
        uid = self.uid

        mtime = self.mtime

        face = self.face

        name = self.name

        is_anchor = self.is_anchor

        operator_name = self.operator_name

        admin_level = self.admin_level

        is_mystery = self.is_mystery

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "uid": uid,
            }
        )
        if mtime is not None:
            field_dict["mtime"] = mtime
        if face is not None:
            field_dict["face"] = face
        if name is not None:
            field_dict["name"] = name
        if is_anchor is not None:
            field_dict["is_anchor"] = is_anchor
        if operator_name is not None:
            field_dict["operator_name"] = operator_name
        if admin_level is not None:
            field_dict["admin_level"] = admin_level
        if is_mystery is not None:
            field_dict["is_mystery"] = is_mystery

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        uid = src_dict["uid"]

        mtime = src_dict.get("mtime")

        face = src_dict.get("face")

        name = src_dict.get("name")

        is_anchor = src_dict.get("is_anchor")

        operator_name = src_dict.get("operator_name")

        admin_level = src_dict.get("admin_level")

        is_mystery = src_dict.get("is_mystery")

        black_list_user = cls(
            uid,
            mtime,
            face,
            name,
            is_anchor,
            operator_name,
            admin_level,
            is_mystery,
        )

        if not _PROPERTY_NAMES.issuperset(src_dict):  # members beyond the described ones
            d = {prop_name: prop for prop_name, prop in src_dict.items() if prop_name not in _PROPERTY_NAMES}
            black_list_user.additional_properties = d
        return black_list_user

    @classmethod
    def _from_list(cls: type[T], items: list[Mapping[str, Any]]) -> list[T]:
        if not DESCRIBED_ONLY.get() and not _PROPERTY_NAMES.issuperset(_chain.from_iterable(items)):
            return list(map(cls.from_dict, items))
        return [
            cls(
                item["uid"],
                item.get("mtime"),
                item.get("face"),
                item.get("name"),
                item.get("is_anchor"),
                item.get("operator_name"),
                item.get("admin_level"),
                item.get("is_mystery"),
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
        "uid",
        "mtime",
        "face",
        "name",
        "is_anchor",
        "operator_name",
        "admin_level",
        "is_mystery",
    }
)
_REPR_NAMES: tuple[tuple[str, bool], ...] = (
    ("uid", True),
    ("mtime", False),
    ("face", False),
    ("name", False),
    ("is_anchor", False),
    ("operator_name", False),
    ("admin_level", False),
    ("is_mystery", False),
)
