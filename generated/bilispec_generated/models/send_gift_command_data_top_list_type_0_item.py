from __future__ import annotations

from collections.abc import Mapping
from itertools import chain as _chain
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import DESCRIBED_ONLY, _extras_on_first_use, model_repr

T = TypeVar("T", bound="SendGiftCommandDataTopListType0Item")


@_attrs_define
class SendGiftCommandDataTopListType0Item:
    """
    Attributes:
        uid (int | None):
        uname (str | None):
        face (str | None):
        rank (int | None):
        score (int | None):
        guard_level (int | None):
        is_self (int | None):
    """

    uid: int | None = None
    uname: str | None = None
    face: str | None = None
    rank: int | None = None
    score: int | None = None
    guard_level: int | None = None
    is_self: int | None = None
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

        uname = self.uname

        face = self.face

        rank = self.rank

        score = self.score

        guard_level = self.guard_level

        is_self = self.is_self

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if uid is not None:
            field_dict["uid"] = uid
        if uname is not None:
            field_dict["uname"] = uname
        if face is not None:
            field_dict["face"] = face
        if rank is not None:
            field_dict["rank"] = rank
        if score is not None:
            field_dict["score"] = score
        if guard_level is not None:
            field_dict["guard_level"] = guard_level
        if is_self is not None:
            field_dict["isSelf"] = is_self

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        uid = src_dict.get("uid")

        uname = src_dict.get("uname")

        face = src_dict.get("face")

        rank = src_dict.get("rank")

        score = src_dict.get("score")

        guard_level = src_dict.get("guard_level")

        is_self = src_dict.get("isSelf")

        send_gift_command_data_top_list_type_0_item = cls(
            uid,
            uname,
            face,
            rank,
            score,
            guard_level,
            is_self,
        )

        if not _PROPERTY_NAMES.issuperset(src_dict):  # members beyond the described ones
            d = {prop_name: prop for prop_name, prop in src_dict.items() if prop_name not in _PROPERTY_NAMES}
            send_gift_command_data_top_list_type_0_item.additional_properties = d
        return send_gift_command_data_top_list_type_0_item

    @classmethod
    def _from_list(cls: type[T], items: list[Mapping[str, Any]]) -> list[T]:
        if not DESCRIBED_ONLY.get() and not _PROPERTY_NAMES.issuperset(_chain.from_iterable(items)):
            return list(map(cls.from_dict, items))
        return [
            cls(
                item.get("uid"),
                item.get("uname"),
                item.get("face"),
                item.get("rank"),
                item.get("score"),
                item.get("guard_level"),
                item.get("isSelf"),
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
        "uname",
        "face",
        "rank",
        "score",
        "guard_level",
        "isSelf",
    }
)
_REPR_NAMES: tuple[tuple[str, bool], ...] = (
    ("uid", False),
    ("uname", False),
    ("face", False),
    ("rank", False),
    ("score", False),
    ("guard_level", False),
    ("is_self", False),
)
