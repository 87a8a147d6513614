from __future__ import annotations

from collections.abc import Mapping
from itertools import chain as _chain
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import DESCRIBED_ONLY, _extras_on_first_use, model_repr

T = TypeVar("T", bound="OnlineRankV2CommandDataListType0Item")


@_attrs_define
class OnlineRankV2CommandDataListType0Item:
    """
    Attributes:
        uid (int | None):
        face (str | None):
        score (str | None):
        uname (str | None):
        rank (int | None):
        guard_level (int | None):
    """

    uid: int | None = None
    face: str | None = None
    score: str | None = None
    uname: str | None = None
    rank: int | None = None
    guard_level: int | None = None
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

        face = self.face

        score = self.score

        uname = self.uname

        rank = self.rank

        guard_level = self.guard_level

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if uid is not None:
            field_dict["uid"] = uid
        if face is not None:
            field_dict["face"] = face
        if score is not None:
            field_dict["score"] = score
        if uname is not None:
            field_dict["uname"] = uname
        if rank is not None:
            field_dict["rank"] = rank
        if guard_level is not None:
            field_dict["guard_level"] = guard_level

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        uid = src_dict.get("uid")

        face = src_dict.get("face")

        score = src_dict.get("score")

        uname = src_dict.get("uname")

        rank = src_dict.get("rank")

        guard_level = src_dict.get("guard_level")

        online_rank_v2_command_data_list_type_0_item = cls(
            uid,
            face,
            score,
            uname,
            rank,
            guard_level,
        )

        if not _PROPERTY_NAMES.issuperset(src_dict):  # members beyond the described ones
            d = {prop_name: prop for prop_name, prop in src_dict.items() if prop_name not in _PROPERTY_NAMES}
            online_rank_v2_command_data_list_type_0_item.additional_properties = d
        return online_rank_v2_command_data_list_type_0_item

    @classmethod
    def _from_list(cls: type[T], items: list[Mapping[str, Any]]) -> list[T]:
        if not DESCRIBED_ONLY.get() and not _PROPERTY_NAMES.issuperset(_chain.from_iterable(items)):
            return list(map(cls.from_dict, items))
        return [
            cls(
                item.get("uid"),
                item.get("face"),
                item.get("score"),
                item.get("uname"),
                item.get("rank"),
                item.get("guard_level"),
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
        "face",
        "score",
        "uname",
        "rank",
        "guard_level",
    }
)
_REPR_NAMES: tuple[tuple[str, bool], ...] = (
    ("uid", False),
    ("face", False),
    ("score", False),
    ("uname", False),
    ("rank", False),
    ("guard_level", False),
)
