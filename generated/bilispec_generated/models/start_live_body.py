from __future__ import annotations

from collections.abc import Mapping
from types import NoneType
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.start_live_body_backup_stream import StartLiveBodyBackupStream
from ..models.start_live_platform import StartLivePlatform
from ..types import _extras_on_first_use, model_repr

T = TypeVar("T", bound="StartLiveBody")


@_attrs_define
class StartLiveBody:
    """
    Attributes:
        room_id (int): Live room id; must be the logged-in user's own room (必须为自己的直播间id).
        area_v2 (int): Live area id, a sub-area id (直播分区id(子分区id)).
        platform (StartLivePlatform): Streaming platform (直播平台): pc_link for the PC streaming app (直播姬(pc)),
            android_link for bililink, pc as in the page's example. The page's web_link (web
            streaming, 在线直播) is offline (已下线) and answers 60037.
        csrf (str): CSRF token; must equal the `bili_jct` cookie.
        version (str | None): Version of the streaming app (直播姬), e.g. 7.19.0.9432; get_home_page_live_version
            gives the current one. Without `version` and `build` some accounts get 60024.
        build (int | None): Build number of the streaming app, e.g. 9432 (with version 7.19.0.9432, which forces a
            signature). Without `version` and `build` some accounts get 60024.
        appkey (str | None): App key of the streaming app that `sign` was computed with; needed in some cases. Take
            the key pair from your own configuration: the description ships none.
        ts (int | None): Unix seconds when the request was signed; sent with `appkey` and `sign`.
        sign (str | None): App signature: md5 of the url-encoded query string of every other member sorted by name,
            followed by the app secret (Radekyspec/StartLive src/core/sign/app_sign.py;
            Rsplwe/bili-live-hime `appSign`). Needed in some cases.
        access_key (str | None): App login token; the streaming clients send it empty ("") with cookie login.
        type_ (int | None): Purpose unknown; the streaming clients send 2.
        backup_stream (StartLiveBodyBackupStream | None): Whether to ask for a backup push address, it seems; the
            streaming clients send 0.
        csrf_token (str | None): Same value as `csrf`; optional.
    """

    room_id: int
    area_v2: int
    platform: StartLivePlatform
    csrf: str
    version: str | None = None
    build: int | None = None
    appkey: str | None = None
    ts: int | None = None
    sign: str | None = None
    access_key: str | None = None
    type_: int | None = None
    backup_stream: StartLiveBodyBackupStream | None = None
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
        room_id = self.room_id

        area_v2 = self.area_v2

        platform = self.platform.value

        csrf = self.csrf

        version = self.version

        build = self.build

        appkey = self.appkey

        ts = self.ts

        sign = self.sign

        access_key = self.access_key

        type_ = self.type_

        backup_stream: int | None = None
        if not isinstance(self.backup_stream, NoneType):
            backup_stream = self.backup_stream.value

        csrf_token = self.csrf_token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "room_id": room_id,
                "area_v2": area_v2,
                "platform": platform,
                "csrf": csrf,
            }
        )
        if version is not None:
            field_dict["version"] = version
        if build is not None:
            field_dict["build"] = build
        if appkey is not None:
            field_dict["appkey"] = appkey
        if ts is not None:
            field_dict["ts"] = ts
        if sign is not None:
            field_dict["sign"] = sign
        if access_key is not None:
            field_dict["access_key"] = access_key
        if type_ is not None:
            field_dict["type"] = type_
        if backup_stream is not None:
            field_dict["backup_stream"] = backup_stream
        if csrf_token is not None:
            field_dict["csrf_token"] = csrf_token

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        room_id = src_dict["room_id"]

        area_v2 = src_dict["area_v2"]

        platform = StartLivePlatform(src_dict["platform"])

        csrf = src_dict["csrf"]

        version = src_dict.get("version")

        build = src_dict.get("build")

        appkey = src_dict.get("appkey")

        ts = src_dict.get("ts")

        sign = src_dict.get("sign")

        access_key = src_dict.get("access_key")

        type_ = src_dict.get("type")

        _backup_stream = src_dict.get("backup_stream")
        backup_stream: StartLiveBodyBackupStream | None
        if isinstance(_backup_stream, NoneType):
            backup_stream = None
        else:
            backup_stream = StartLiveBodyBackupStream(_backup_stream)

        csrf_token = src_dict.get("csrf_token")

        start_live_body = cls(
            room_id,
            area_v2,
            platform,
            csrf,
            version,
            build,
            appkey,
            ts,
            sign,
            access_key,
            type_,
            backup_stream,
            csrf_token,
        )

        if not _PROPERTY_NAMES.issuperset(src_dict):  # members beyond the described ones
            d = {prop_name: prop for prop_name, prop in src_dict.items() if prop_name not in _PROPERTY_NAMES}
            start_live_body.additional_properties = d
        return start_live_body

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
        "area_v2",
        "platform",
        "csrf",
        "version",
        "build",
        "appkey",
        "ts",
        "sign",
        "access_key",
        "type",
        "backup_stream",
        "csrf_token",
    }
)
_REPR_NAMES: tuple[tuple[str, bool], ...] = (
    ("room_id", True),
    ("area_v2", True),
    ("platform", True),
    ("csrf", True),
    ("version", False),
    ("build", False),
    ("appkey", False),
    ("ts", False),
    ("sign", False),
    ("access_key", False),
    ("type_", False),
    ("backup_stream", False),
    ("csrf_token", False),
)
