from __future__ import annotations

from collections.abc import Mapping
from itertools import chain as _chain
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import DESCRIBED_ONLY, _extras_on_first_use, model_repr

T = TypeVar("T", bound="ReplayRecordSection")


@_attrs_define
class ReplayRecordSection:
    """Information on one replay, for the merge progress page.

    Attributes:
        record_id (int): Replay id (直播回放id).
        uid (int | None): Uid of the replay's owner (用户mid).
        title (str | None): Live title (直播标题).
        cover (str | None): Live cover URL (直播封面).
        status (int | None): Merge status of a whole replay (回放状态). The page documents no table of values; the known
            ones, from the download workflow and the examples, are listed in `x-status-values`. The list is
            not closed, because the server may add values.
        start_time (int | None): When the live started, Unix seconds (直播开始时间).
        end_time (int | None): When the live ended, Unix seconds (直播结束时间).
    """

    record_id: int
    uid: int | None = None
    title: str | None = None
    cover: str | None = None
    status: int | None = None
    start_time: int | None = None
    end_time: int | None = None
    # Made on first use (__getattr__ below): most objects have no unknown members, and an empty dict
    # for each of thousands of list items is a good part of a parse.
    additional_properties: dict[str, Any] = _attrs_field(init=False, repr=False)

    if not TYPE_CHECKING:  # hidden from type checkers, which would accept any attribute name
        __getattr__ = _extras_on_first_use

    def __repr__(self) -> str:
        # Only the members that are set, extras only when there are some, secrets masked.
        return model_repr(self, _REPR_NAMES)

    def to_dict(self) -> dict[str, Any]:
        record_id = self.record_id

        uid = self.uid

        title = self.title

        cover = self.cover

        status = self.status

        start_time = self.start_time

        end_time = self.end_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "record_id": record_id,
            }
        )
        if uid is not None:
            field_dict["uid"] = uid
        if title is not None:
            field_dict["title"] = title
        if cover is not None:
            field_dict["cover"] = cover
        if status is not None:
            field_dict["status"] = status
        if start_time is not None:
            field_dict["start_time"] = start_time
        if end_time is not None:
            field_dict["end_time"] = end_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        record_id = src_dict["record_id"]

        uid = src_dict.get("uid")

        title = src_dict.get("title")

        cover = src_dict.get("cover")

        status = src_dict.get("status")

        start_time = src_dict.get("start_time")

        end_time = src_dict.get("end_time")

        replay_record_section = cls(
            record_id,
            uid,
            title,
            cover,
            status,
            start_time,
            end_time,
        )

        if not _PROPERTY_NAMES.issuperset(src_dict):  # members beyond the described ones
            d = {prop_name: prop for prop_name, prop in src_dict.items() if prop_name not in _PROPERTY_NAMES}
            replay_record_section.additional_properties = d
        return replay_record_section

    @classmethod
    def _from_list(cls: type[T], items: list[Mapping[str, Any]]) -> list[T]:
        if not DESCRIBED_ONLY.get() and not _PROPERTY_NAMES.issuperset(_chain.from_iterable(items)):
            return list(map(cls.from_dict, items))
        return [
            cls(
                item["record_id"],
                item.get("uid"),
                item.get("title"),
                item.get("cover"),
                item.get("status"),
                item.get("start_time"),
                item.get("end_time"),
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
        "record_id",
        "uid",
        "title",
        "cover",
        "status",
        "start_time",
        "end_time",
    }
)
_REPR_NAMES: tuple[tuple[str, bool], ...] = (
    ("record_id", True),
    ("uid", False),
    ("title", False),
    ("cover", False),
    ("status", False),
    ("start_time", False),
    ("end_time", False),
)
