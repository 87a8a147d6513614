from __future__ import annotations

from collections.abc import Mapping
from types import NoneType
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import _extras_on_first_use, model_repr

T = TypeVar("T", bound="LiveCommand")


@_attrs_define
class LiveCommand:
    """The room went live (直播开始), sent when the start request is made and when the stream arrives.

    Attributes:
        cmd (Literal['LIVE']):
        live_key (str | None): The session key, as start_live answers it.
        voice_background (str | None):
        sub_session_key (str | None):
        live_platform (str | None):
        live_model (int | None):
        live_time (int | None): Unix seconds; only in the packet sent right after the start request.
        roomid (int | str | None):
    """

    cmd: Literal["LIVE"]
    live_key: str | None = None
    voice_background: str | None = None
    sub_session_key: str | None = None
    live_platform: str | None = None
    live_model: int | None = None
    live_time: int | None = None
    roomid: int | str | None = None
    # Made on first use (__getattr__ below): most objects have no unknown members, and an empty dict
    # for each of thousands of list items is a good part of a parse.
    additional_properties: dict[str, Any] = _attrs_field(init=False, repr=False)

    if not TYPE_CHECKING:  # hidden from type checkers, which would accept any attribute name
        __getattr__ = _extras_on_first_use

    def __repr__(self) -> str:
        # Only the members that are set, extras only when there are some, secrets masked.
        return model_repr(self, _REPR_NAMES)

    def to_dict(self) -> dict[str, Any]:
        cmd = self.cmd

        live_key = self.live_key

        voice_background = self.voice_background

        sub_session_key = self.sub_session_key

        live_platform = self.live_platform

        live_model = self.live_model

        live_time = self.live_time

        roomid: int | str | None
        if isinstance(self.roomid, NoneType):
            roomid = None
        else:
            roomid = self.roomid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "cmd": cmd,
            }
        )
        if live_key is not None:
            field_dict["live_key"] = live_key
        if voice_background is not None:
            field_dict["voice_background"] = voice_background
        if sub_session_key is not None:
            field_dict["sub_session_key"] = sub_session_key
        if live_platform is not None:
            field_dict["live_platform"] = live_platform
        if live_model is not None:
            field_dict["live_model"] = live_model
        if live_time is not None:
            field_dict["live_time"] = live_time
        if roomid is not None:
            field_dict["roomid"] = roomid

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        cmd = cast(Literal["LIVE"], src_dict["cmd"])
        if cmd != "LIVE":
            raise ValueError(f"cmd must match const 'LIVE', got '{cmd}'")

        live_key = src_dict.get("live_key")

        voice_background = src_dict.get("voice_background")

        sub_session_key = src_dict.get("sub_session_key")

        live_platform = src_dict.get("live_platform")

        live_model = src_dict.get("live_model")

        live_time = src_dict.get("live_time")

        def _parse_roomid(data: object) -> int | str | None:
            if isinstance(data, NoneType):
                return data
            return cast(int | str | None, data)

        roomid = _parse_roomid(src_dict.get("roomid"))

        live_command = cls(
            cmd,
            live_key,
            voice_background,
            sub_session_key,
            live_platform,
            live_model,
            live_time,
            roomid,
        )

        if not _PROPERTY_NAMES.issuperset(src_dict):  # members beyond the described ones
            d = {prop_name: prop for prop_name, prop in src_dict.items() if prop_name not in _PROPERTY_NAMES}
            live_command.additional_properties = d
        return live_command

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
        "cmd",
        "live_key",
        "voice_background",
        "sub_session_key",
        "live_platform",
        "live_model",
        "live_time",
        "roomid",
    }
)
_REPR_NAMES: tuple[tuple[str, bool], ...] = (
    ("cmd", True),
    ("live_key", False),
    ("voice_background", False),
    ("sub_session_key", False),
    ("live_platform", False),
    ("live_model", False),
    ("live_time", False),
    ("roomid", False),
)
