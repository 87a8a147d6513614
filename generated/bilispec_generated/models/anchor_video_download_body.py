from __future__ import annotations

from collections.abc import Mapping
from itertools import chain as _chain
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import DESCRIBED_ONLY, _extras_on_first_use, model_repr

T = TypeVar("T", bound="AnchorVideoDownloadBody")


@_attrs_define
class AnchorVideoDownloadBody:
    """
    Attributes:
        csrf (str): CSRF token; must equal the `bili_jct` cookie.
        record_id (int | None): Replay id, `replay_id` in `anchor_get_replay_list` (直播回放id). Send this or
            `live_key`, or both (`record_id`和`live_key`必选其一).
        live_key (str | None): Live session key (标记直播场次的key). Send this or `record_id`, or both.
        csrf_token (str | None): Same value as `csrf` (CSRF Token, 位于cookie).
    """

    csrf: str
    record_id: int | None = None
    live_key: str | None = None
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
        csrf = self.csrf

        record_id = self.record_id

        live_key = self.live_key

        csrf_token = self.csrf_token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "csrf": csrf,
            }
        )
        if record_id is not None:
            field_dict["record_id"] = record_id
        if live_key is not None:
            field_dict["live_key"] = live_key
        if csrf_token is not None:
            field_dict["csrf_token"] = csrf_token

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        csrf = src_dict["csrf"]

        record_id = src_dict.get("record_id")

        live_key = src_dict.get("live_key")

        csrf_token = src_dict.get("csrf_token")

        anchor_video_download_body = cls(
            csrf,
            record_id,
            live_key,
            csrf_token,
        )

        if not _PROPERTY_NAMES.issuperset(src_dict):  # members beyond the described ones
            d = {prop_name: prop for prop_name, prop in src_dict.items() if prop_name not in _PROPERTY_NAMES}
            anchor_video_download_body.additional_properties = d
        return anchor_video_download_body

    @classmethod
    def _from_list(cls: type[T], items: list[Mapping[str, Any]]) -> list[T]:
        if not DESCRIBED_ONLY.get() and not _PROPERTY_NAMES.issuperset(_chain.from_iterable(items)):
            return list(map(cls.from_dict, items))
        return [
            cls(
                item["csrf"],
                item.get("record_id"),
                item.get("live_key"),
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
        "csrf",
        "record_id",
        "live_key",
        "csrf_token",
    }
)
_REPR_NAMES: tuple[tuple[str, bool], ...] = (
    ("csrf", True),
    ("record_id", False),
    ("live_key", False),
    ("csrf_token", False),
)
