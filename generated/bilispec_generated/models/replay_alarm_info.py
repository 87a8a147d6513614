from __future__ import annotations

from collections.abc import Mapping
from itertools import chain as _chain
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import DESCRIBED_ONLY, _extras_on_first_use, model_repr

T = TypeVar("T", bound="ReplayAlarmInfo")


@_attrs_define
class ReplayAlarmInfo:
    """Merge alarm of a replay (警报信息). Seen: code -8 with 直播内容存在违规片段 (the live contains
    violating parts), code 2 with 录像生成失败，请稍后再试 (recording failed, try later).

        Attributes:
            code (int | None): Replay merge alarm code (回放合成警报代码).
            message (str | None): Replay merge error text (回放合成错误信息).
            cur_time (int | None): Current Unix time in seconds (当前时间戳).
            is_ban_publish (bool | None): Whether publishing is banned? (是否禁止发布?)
    """

    code: int | None = None
    message: str | None = None
    cur_time: int | None = None
    is_ban_publish: bool | None = None
    # Made on first use (__getattr__ below): most objects have no unknown members, and an empty dict
    # for each of thousands of list items is a good part of a parse.
    additional_properties: dict[str, Any] = _attrs_field(init=False, repr=False)

    if not TYPE_CHECKING:  # hidden from type checkers, which would accept any attribute name
        __getattr__ = _extras_on_first_use

    def __repr__(self) -> str:
        # Only the members that are set, extras only when there are some, secrets masked.
        return model_repr(self, _REPR_NAMES)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        message = self.message

        cur_time = self.cur_time

        is_ban_publish = self.is_ban_publish

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if code is not None:
            field_dict["code"] = code
        if message is not None:
            field_dict["message"] = message
        if cur_time is not None:
            field_dict["cur_time"] = cur_time
        if is_ban_publish is not None:
            field_dict["is_ban_publish"] = is_ban_publish

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        code = src_dict.get("code")

        message = src_dict.get("message")

        cur_time = src_dict.get("cur_time")

        is_ban_publish = src_dict.get("is_ban_publish")

        replay_alarm_info = cls(
            code,
            message,
            cur_time,
            is_ban_publish,
        )

        if not _PROPERTY_NAMES.issuperset(src_dict):  # members beyond the described ones
            d = {prop_name: prop for prop_name, prop in src_dict.items() if prop_name not in _PROPERTY_NAMES}
            replay_alarm_info.additional_properties = d
        return replay_alarm_info

    @classmethod
    def _from_list(cls: type[T], items: list[Mapping[str, Any]]) -> list[T]:
        if not DESCRIBED_ONLY.get() and not _PROPERTY_NAMES.issuperset(_chain.from_iterable(items)):
            return list(map(cls.from_dict, items))
        return [
            cls(
                item.get("code"),
                item.get("message"),
                item.get("cur_time"),
                item.get("is_ban_publish"),
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
        "code",
        "message",
        "cur_time",
        "is_ban_publish",
    }
)
_REPR_NAMES: tuple[tuple[str, bool], ...] = (
    ("code", False),
    ("message", False),
    ("cur_time", False),
    ("is_ban_publish", False),
)
