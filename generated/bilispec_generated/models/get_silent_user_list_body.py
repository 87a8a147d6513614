from __future__ import annotations

from collections.abc import Mapping
from itertools import chain as _chain
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import DESCRIBED_ONLY, _extras_on_first_use, model_repr

T = TypeVar("T", bound="GetSilentUserListBody")


@_attrs_define
class GetSilentUserListBody:
    """
    Attributes:
        room_id (str): Live room id (直播间Id). A number, but the table types it str, so it stays a string here.
        ps (str): Page number, from 1 (列表页码), as the page, Nemo2011/bilibili-api and
            Rsplwe/bili-live-hime send it. Clients that also send `pn` (Yuelioi/bpi-rs, bpi-py)
            send the page size here instead (10) and the page number in `pn`; both ways have
            been seen to work, so the description accepts both. The table names it `ps1`, a typo
            (SocialSisterYi/bilibili-API-collect 2338773, PR #1199). Typed str by the table, so a
            string of digits.
        csrf_token (str): Same value as `csrf` (cookie中的bili_jct字段).
        csrf (str): CSRF token; must equal the `bili_jct` cookie (cookie中的bili_jct字段).
        pn (str | None): Page number, from 1, when `ps` carries the page size (Yuelioi/bpi-rs and bpi-py send
            `pn` with `ps=10`; the answer then carries `pn` and `ps`).
        visit_id (str | None): Purpose unknown (不明).
    """

    room_id: str
    ps: str
    csrf_token: str
    csrf: str
    pn: str | None = None
    visit_id: str | None = None
    # Made on first use (__getattr__ below): most objects have no unknown members, and an empty dict
    # for each of thousands of list items is a good part of a parse.
    additional_properties: dict[str, Any] = _attrs_field(init=False, repr=False)

    if not TYPE_CHECKING:  # hidden from type checkers, which would accept any attribute name
        __getattr__ = _extras_on_first_use

    def __repr__(self) -> str:
        # Only the members that are set, extras only when there are some, secrets masked.
        return model_repr(self, _REPR_NAMES)

    def to_dict(self) -> dict[str, Any]:
        room_id = self.room_id

        ps = self.ps

        csrf_token = self.csrf_token

        csrf = self.csrf

        pn = self.pn

        visit_id = self.visit_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "room_id": room_id,
                "ps": ps,
                "csrf_token": csrf_token,
                "csrf": csrf,
            }
        )
        if pn is not None:
            field_dict["pn"] = pn
        if visit_id is not None:
            field_dict["visit_id"] = visit_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        room_id = src_dict["room_id"]

        ps = src_dict["ps"]

        csrf_token = src_dict["csrf_token"]

        csrf = src_dict["csrf"]

        pn = src_dict.get("pn")

        visit_id = src_dict.get("visit_id")

        get_silent_user_list_body = cls(
            room_id,
            ps,
            csrf_token,
            csrf,
            pn,
            visit_id,
        )

        if not _PROPERTY_NAMES.issuperset(src_dict):  # members beyond the described ones
            d = {prop_name: prop for prop_name, prop in src_dict.items() if prop_name not in _PROPERTY_NAMES}
            get_silent_user_list_body.additional_properties = d
        return get_silent_user_list_body

    @classmethod
    def _from_list(cls: type[T], items: list[Mapping[str, Any]]) -> list[T]:
        if not DESCRIBED_ONLY.get() and not _PROPERTY_NAMES.issuperset(_chain.from_iterable(items)):
            return list(map(cls.from_dict, items))
        return [
            cls(
                item["room_id"],
                item["ps"],
                item["csrf_token"],
                item["csrf"],
                item.get("pn"),
                item.get("visit_id"),
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
        "room_id",
        "ps",
        "csrf_token",
        "csrf",
        "pn",
        "visit_id",
    }
)
_REPR_NAMES: tuple[tuple[str, bool], ...] = (
    ("room_id", True),
    ("ps", True),
    ("csrf_token", True),
    ("csrf", True),
    ("pn", False),
    ("visit_id", False),
)
