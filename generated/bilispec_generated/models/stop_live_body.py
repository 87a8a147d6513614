from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.stop_live_platform import StopLivePlatform
from ..types import _extras_on_first_use, model_repr

T = TypeVar("T", bound="StopLiveBody")


@_attrs_define
class StopLiveBody:
    """
    Attributes:
        room_id (int): Live room id; must be the logged-in user's own room (必须为自己的直播间id).
        platform (StopLivePlatform): Streaming platform (直播平台), as for start_live. Required: without it the answer is
            60034 (系统维护仅支持直播姬关播). withsalt/BilibiliLiveTools sends pc.
        csrf (str): CSRF token; must equal the `bili_jct` cookie.
        csrf_token (str | None): Same value as `csrf`; every client found sends both.
        appkey (str | None): App key that `sign` was computed with, as for start_live.
        ts (int | None): Unix seconds when the request was signed.
        sign (str | None): App signature of the form, computed as for start_live.
        version (str | None): Version of the streaming app, as for start_live.
        build (int | None): Build number of the streaming app, as for start_live.
        access_key (str | None): App login token; the streaming clients send it empty ("") with cookie login.
    """

    room_id: int
    platform: StopLivePlatform
    csrf: str
    csrf_token: str | None = None
    appkey: str | None = None
    ts: int | None = None
    sign: str | None = None
    version: str | None = None
    build: int | None = None
    access_key: str | None = None
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

        platform = self.platform.value

        csrf = self.csrf

        csrf_token = self.csrf_token

        appkey = self.appkey

        ts = self.ts

        sign = self.sign

        version = self.version

        build = self.build

        access_key = self.access_key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "room_id": room_id,
                "platform": platform,
                "csrf": csrf,
            }
        )
        if csrf_token is not None:
            field_dict["csrf_token"] = csrf_token
        if appkey is not None:
            field_dict["appkey"] = appkey
        if ts is not None:
            field_dict["ts"] = ts
        if sign is not None:
            field_dict["sign"] = sign
        if version is not None:
            field_dict["version"] = version
        if build is not None:
            field_dict["build"] = build
        if access_key is not None:
            field_dict["access_key"] = access_key

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        room_id = src_dict["room_id"]

        platform = StopLivePlatform(src_dict["platform"])

        csrf = src_dict["csrf"]

        csrf_token = src_dict.get("csrf_token")

        appkey = src_dict.get("appkey")

        ts = src_dict.get("ts")

        sign = src_dict.get("sign")

        version = src_dict.get("version")

        build = src_dict.get("build")

        access_key = src_dict.get("access_key")

        stop_live_body = cls(
            room_id,
            platform,
            csrf,
            csrf_token,
            appkey,
            ts,
            sign,
            version,
            build,
            access_key,
        )

        if not _PROPERTY_NAMES.issuperset(src_dict):  # members beyond the described ones
            d = {prop_name: prop for prop_name, prop in src_dict.items() if prop_name not in _PROPERTY_NAMES}
            stop_live_body.additional_properties = d
        return stop_live_body

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
        "room_id",
        "platform",
        "csrf",
        "csrf_token",
        "appkey",
        "ts",
        "sign",
        "version",
        "build",
        "access_key",
    }
)
_REPR_NAMES: tuple[tuple[str, bool], ...] = (
    ("room_id", True),
    ("platform", True),
    ("csrf", True),
    ("csrf_token", False),
    ("appkey", False),
    ("ts", False),
    ("sign", False),
    ("version", False),
    ("build", False),
    ("access_key", False),
)
