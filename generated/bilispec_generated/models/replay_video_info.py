from __future__ import annotations

from collections.abc import Mapping
from itertools import chain as _chain
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import DESCRIBED_ONLY, _extras_on_first_use, model_repr

T = TypeVar("T", bound="ReplayVideoInfo")


@_attrs_define
class ReplayVideoInfo:
    """The replay video (回放视频信息).

    Attributes:
        replay_status (int | None): Replay status, meaning not documented (作用尚不明确); -8 and 2 are seen.
        estimated_time (str | None): When the whole-replay merge ends, as "YYYY-MM-DD HH:MM:SS" (直播回放合成结束时间); a string
            here, "1970-01-01 08:00:00" when not merged (未合成时).
        duration (int | None): Live duration in seconds (直播时长).
        download_url (str | None): Part of a download link; present when the whole-replay merge succeeded
            (整场直播回放合成成功时存在).
            Use `anchor_video_download` for the real link.
        alert_code (int | None): Quick-check warning code (快速检查警告代码); the table says absent when the merge failed.
        alert_message (str | None): Quick-check warning text (快速检查警告信息); the table says absent when the merge failed.
    """

    replay_status: int | None = None
    estimated_time: str | None = None
    duration: int | None = None
    download_url: str | None = None
    alert_code: int | None = None
    alert_message: str | None = None
    # Made on first use (__getattr__ below): most objects have no unknown members, and an empty dict
    # for each of thousands of list items is a good part of a parse.
    additional_properties: dict[str, Any] = _attrs_field(init=False, repr=False)

    if not TYPE_CHECKING:  # hidden from type checkers, which would accept any attribute name
        __getattr__ = _extras_on_first_use

    def __repr__(self) -> str:
        # Only the members that are set, extras only when there are some, secrets masked.
        return model_repr(self, _REPR_NAMES)

    def to_dict(self) -> dict[str, Any]:
        replay_status = self.replay_status

        estimated_time = self.estimated_time

        duration = self.duration

        download_url = self.download_url

        alert_code = self.alert_code

        alert_message = self.alert_message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if replay_status is not None:
            field_dict["replay_status"] = replay_status
        if estimated_time is not None:
            field_dict["estimated_time"] = estimated_time
        if duration is not None:
            field_dict["duration"] = duration
        if download_url is not None:
            field_dict["download_url"] = download_url
        if alert_code is not None:
            field_dict["alert_code"] = alert_code
        if alert_message is not None:
            field_dict["alert_message"] = alert_message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        replay_status = src_dict.get("replay_status")

        estimated_time = src_dict.get("estimated_time")

        duration = src_dict.get("duration")

        download_url = src_dict.get("download_url")

        alert_code = src_dict.get("alert_code")

        alert_message = src_dict.get("alert_message")

        replay_video_info = cls(
            replay_status,
            estimated_time,
            duration,
            download_url,
            alert_code,
            alert_message,
        )

        if not _PROPERTY_NAMES.issuperset(src_dict):  # members beyond the described ones
            d = {prop_name: prop for prop_name, prop in src_dict.items() if prop_name not in _PROPERTY_NAMES}
            replay_video_info.additional_properties = d
        return replay_video_info

    @classmethod
    def _from_list(cls: type[T], items: list[Mapping[str, Any]]) -> list[T]:
        if not DESCRIBED_ONLY.get() and not _PROPERTY_NAMES.issuperset(_chain.from_iterable(items)):
            return list(map(cls.from_dict, items))
        return [
            cls(
                item.get("replay_status"),
                item.get("estimated_time"),
                item.get("duration"),
                item.get("download_url"),
                item.get("alert_code"),
                item.get("alert_message"),
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
        "replay_status",
        "estimated_time",
        "duration",
        "download_url",
        "alert_code",
        "alert_message",
    }
)
_REPR_NAMES: tuple[tuple[str, bool], ...] = (
    ("replay_status", False),
    ("estimated_time", False),
    ("duration", False),
    ("download_url", False),
    ("alert_code", False),
    ("alert_message", False),
)
