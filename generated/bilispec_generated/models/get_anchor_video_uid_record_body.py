from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import _extras_on_first_use, model_repr

T = TypeVar("T", bound="GetAnchorVideoUidRecordBody")


@_attrs_define
class GetAnchorVideoUidRecordBody:
    """
    Attributes:
        records (int | str): Replay ids separated by commas, e.g. `10727160,10597910` (直播回放id列表，用`,`分隔). One
            id may also be given as the number other answers carry (`record_id`): a form sends
            digits either way.
        csrf (str): CSRF token; must equal the `bili_jct` cookie.
        csrf_token (str | None): Same value as `csrf` (CSRF Token, 位于cookie).
    """

    records: int | str
    csrf: str
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
        records: int | str
        records = self.records

        csrf = self.csrf

        csrf_token = self.csrf_token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "records": records,
                "csrf": csrf,
            }
        )
        if csrf_token is not None:
            field_dict["csrf_token"] = csrf_token

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        def _parse_records(data: object) -> int | str:
            return cast(int | str, data)

        records = _parse_records(src_dict["records"])

        csrf = src_dict["csrf"]

        csrf_token = src_dict.get("csrf_token")

        get_anchor_video_uid_record_body = cls(
            records,
            csrf,
            csrf_token,
        )

        if not _PROPERTY_NAMES.issuperset(src_dict):  # members beyond the described ones
            d = {prop_name: prop for prop_name, prop in src_dict.items() if prop_name not in _PROPERTY_NAMES}
            get_anchor_video_uid_record_body.additional_properties = d
        return get_anchor_video_uid_record_body

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
        "records",
        "csrf",
        "csrf_token",
    }
)
_REPR_NAMES: tuple[tuple[str, bool], ...] = (
    ("records", True),
    ("csrf", True),
    ("csrf_token", False),
)
