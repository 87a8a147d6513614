from __future__ import annotations

from collections.abc import Mapping
from itertools import chain as _chain
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import DESCRIBED_ONLY, _extras_on_first_use, model_repr

T = TypeVar("T", bound="DelBlackBody")


@_attrs_define
class DelBlackBody:
    """
    Attributes:
        tuid (int): Uid of the user to blacklist or release.
        anchor_id (int): The anchor's uid (an admin's blacklisting lands in the anchor's list, Nemo2011/bilibili-api
            issue
        csrf (str): CSRF token; must equal the `bili_jct` cookie.
        spmid (str | None): Page id ("444.8.0.0").
        visit_id (str | None): Purpose unknown; "".
        mobi_app (str | None): Client kind; bpi-rs sends "android" to DelBlack.
        platform (str | None): Client platform; bpi-rs sends "android" to DelBlack.
        csrf_token (str | None): Same value as `csrf`.
    """

    tuid: int
    anchor_id: int
    csrf: str
    spmid: str | None = None
    visit_id: str | None = None
    mobi_app: str | None = None
    platform: str | None = None
    csrf_token: str | None = None
    # Made on first use (__getattr__ below): most objects have no unknown members, and an empty dict
    # for each of thousands of list items is a good part of a parse.
    additional_properties: dict[str, Any] = _attrs_field(init=False, repr=False)

    if not TYPE_CHECKING:  # hidden from type checkers, which would accept any attribute name
        __getattr__ = _extras_on_first_use

    def __repr__(self) -> str:
        # Only the members that are set, extras only when there are some, secrets masked.
        return model_repr(self, _REPR_NAMES)

    def to_dict(self) -> dict[str, Any]:
        tuid = self.tuid

        anchor_id = self.anchor_id

        csrf = self.csrf

        spmid = self.spmid

        visit_id = self.visit_id

        mobi_app = self.mobi_app

        platform = self.platform

        csrf_token = self.csrf_token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "tuid": tuid,
                "anchor_id": anchor_id,
                "csrf": csrf,
            }
        )
        if spmid is not None:
            field_dict["spmid"] = spmid
        if visit_id is not None:
            field_dict["visit_id"] = visit_id
        if mobi_app is not None:
            field_dict["mobi_app"] = mobi_app
        if platform is not None:
            field_dict["platform"] = platform
        if csrf_token is not None:
            field_dict["csrf_token"] = csrf_token

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        tuid = src_dict["tuid"]

        anchor_id = src_dict["anchor_id"]

        csrf = src_dict["csrf"]

        spmid = src_dict.get("spmid")

        visit_id = src_dict.get("visit_id")

        mobi_app = src_dict.get("mobi_app")

        platform = src_dict.get("platform")

        csrf_token = src_dict.get("csrf_token")

        del_black_body = cls(
            tuid,
            anchor_id,
            csrf,
            spmid,
            visit_id,
            mobi_app,
            platform,
            csrf_token,
        )

        if not _PROPERTY_NAMES.issuperset(src_dict):  # members beyond the described ones
            d = {prop_name: prop for prop_name, prop in src_dict.items() if prop_name not in _PROPERTY_NAMES}
            del_black_body.additional_properties = d
        return del_black_body

    @classmethod
    def _from_list(cls: type[T], items: list[Mapping[str, Any]]) -> list[T]:
        if not DESCRIBED_ONLY.get() and not _PROPERTY_NAMES.issuperset(_chain.from_iterable(items)):
            return list(map(cls.from_dict, items))
        return [
            cls(
                item["tuid"],
                item["anchor_id"],
                item["csrf"],
                item.get("spmid"),
                item.get("visit_id"),
                item.get("mobi_app"),
                item.get("platform"),
                item.get("csrf_token"),
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
        "tuid",
        "anchor_id",
        "csrf",
        "spmid",
        "visit_id",
        "mobi_app",
        "platform",
        "csrf_token",
    }
)
_REPR_NAMES: tuple[tuple[str, bool], ...] = (
    ("tuid", True),
    ("anchor_id", True),
    ("csrf", True),
    ("spmid", False),
    ("visit_id", False),
    ("mobi_app", False),
    ("platform", False),
    ("csrf_token", False),
)
