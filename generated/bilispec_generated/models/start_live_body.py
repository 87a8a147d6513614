from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.start_live_platform import StartLivePlatform
from ..types import model_repr

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
        version (str | None): Version of the streaming app, e.g. of 直播姬.
        build (int | None): Build number of the streaming app.
        appkey (str | None): App key that `sign` was computed with; needed by some accounts.
        sign (str | None): App signature of the request, made with `appkey`; needed by some accounts.
    """

    room_id: int
    area_v2: int
    platform: StartLivePlatform
    csrf: str
    version: str | None = None
    build: int | None = None
    appkey: str | None = None
    sign: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=False)

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

        sign = self.sign

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
        if sign is not None:
            field_dict["sign"] = sign

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

        sign = src_dict.get("sign")

        start_live_body = cls(
            room_id,
            area_v2,
            platform,
            csrf,
            version,
            build,
            appkey,
            sign,
        )

        if not _PROPERTY_NAMES.issuperset(src_dict):  # members beyond the described ones
            d = {prop_name: prop for prop_name, prop in src_dict.items() if prop_name not in _PROPERTY_NAMES}
            start_live_body.additional_properties = d
        return start_live_body

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
        "sign",
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
    ("sign", False),
)
