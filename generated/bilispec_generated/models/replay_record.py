from __future__ import annotations

from collections.abc import Mapping
from itertools import chain as _chain
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import DESCRIBED_ONLY, _extras_on_first_use, model_repr

T = TypeVar("T", bound="ReplayRecord")


@_attrs_define
class ReplayRecord:
    """Merge state of one whole replay, as the download and the polling operations report it.

    Attributes:
        record_id (int): Replay id (直播回放id).
        uid (int | None): Uid of the replay's owner (用户mid).
        status (int | None): Merge status of a whole replay (回放状态). The page documents no table of values; the known
            ones, from the download workflow and the examples, are listed in `x-status-values`. The list is
            not closed, because the server may add values.
        estimated_time (int | None): Expected end of the merge, Unix seconds (预计结束时间); a number here, unlike the replay
            list's string. Present once the download has been requested.
        current_time (int | None): Current time, Unix seconds (当前时间).
        merge_time (int | None): Start of the merge, Unix seconds (开始合并时间). Present once the download has been
            requested.
        toast (str | None): Hint text; present when the merge failed (提示信息，失败时存在).
    """

    record_id: int
    uid: int | None = None
    status: int | None = None
    estimated_time: int | None = None
    current_time: int | None = None
    merge_time: int | None = None
    toast: str | None = None
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

        status = self.status

        estimated_time = self.estimated_time

        current_time = self.current_time

        merge_time = self.merge_time

        toast = self.toast

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "record_id": record_id,
            }
        )
        if uid is not None:
            field_dict["uid"] = uid
        if status is not None:
            field_dict["status"] = status
        if estimated_time is not None:
            field_dict["estimated_time"] = estimated_time
        if current_time is not None:
            field_dict["current_time"] = current_time
        if merge_time is not None:
            field_dict["merge_time"] = merge_time
        if toast is not None:
            field_dict["toast"] = toast

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        record_id = src_dict["record_id"]

        uid = src_dict.get("uid")

        status = src_dict.get("status")

        estimated_time = src_dict.get("estimated_time")

        current_time = src_dict.get("current_time")

        merge_time = src_dict.get("merge_time")

        toast = src_dict.get("toast")

        replay_record = cls(
            record_id,
            uid,
            status,
            estimated_time,
            current_time,
            merge_time,
            toast,
        )

        if not _PROPERTY_NAMES.issuperset(src_dict):  # members beyond the described ones
            d = {prop_name: prop for prop_name, prop in src_dict.items() if prop_name not in _PROPERTY_NAMES}
            replay_record.additional_properties = d
        return replay_record

    @classmethod
    def _from_list(cls: type[T], items: list[Mapping[str, Any]]) -> list[T]:
        if not DESCRIBED_ONLY.get() and not _PROPERTY_NAMES.issuperset(_chain.from_iterable(items)):
            return list(map(cls.from_dict, items))
        return [
            cls(
                item["record_id"],
                item.get("uid"),
                item.get("status"),
                item.get("estimated_time"),
                item.get("current_time"),
                item.get("merge_time"),
                item.get("toast"),
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
        "status",
        "estimated_time",
        "current_time",
        "merge_time",
        "toast",
    }
)
_REPR_NAMES: tuple[tuple[str, bool], ...] = (
    ("record_id", True),
    ("uid", False),
    ("status", False),
    ("estimated_time", False),
    ("current_time", False),
    ("merge_time", False),
    ("toast", False),
)
