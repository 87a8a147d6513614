from __future__ import annotations

from collections.abc import Mapping
from itertools import chain as _chain
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import DESCRIBED_ONLY, _extras_on_first_use, model_repr

T = TypeVar("T", bound="UpdatePreLiveInfoBody")


@_attrs_define
class UpdatePreLiveInfoBody:
    """
    Attributes:
        platform (str): Platform identifier (平台标识); seems to accept anything (似乎可随意提供); the web page sends web.
        mobi_app (str): Platform identifier (平台标识?); seems to accept anything (似乎可随意提供); the web page sends web.
        build (int): Build identifier (构建标识?); 1 is suggested (建议取1), seems to accept anything.
        csrf (str): CSRF token; must equal the `bili_jct` cookie.
        cover (str | None): Cover image URL (直播封面链接); must be on a .hdslb.com host (图片链接需要在.hdslb.com域名下), else code
            100402.
        title (str | None): Room title (直播间标题), as for update_room's `title`, at most 40 characters.
        cover_vertical (str | None): Purpose unknown (作用尚不明确); presumably a vertical cover URL.
        live_direction_type (int | None): Purpose unknown; the table shows 1.
        visit_id (str | None): Purpose unknown; the table shows "".
        room_id (int | None): The logged-in user's room id; not on the page, sent by the streaming clients.
        csrf_token (str | None): Same value as `csrf` (CSRF Token, 位于cookie). The table marks it required, but
            neither of the page's example requests sends it and both succeed, so it is optional.
    """

    platform: str
    mobi_app: str
    build: int
    csrf: str
    cover: str | None = None
    title: str | None = None
    cover_vertical: str | None = None
    live_direction_type: int | None = None
    visit_id: str | None = None
    room_id: int | None = None
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
        platform = self.platform

        mobi_app = self.mobi_app

        build = self.build

        csrf = self.csrf

        cover = self.cover

        title = self.title

        cover_vertical = self.cover_vertical

        live_direction_type = self.live_direction_type

        visit_id = self.visit_id

        room_id = self.room_id

        csrf_token = self.csrf_token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "platform": platform,
                "mobi_app": mobi_app,
                "build": build,
                "csrf": csrf,
            }
        )
        if cover is not None:
            field_dict["cover"] = cover
        if title is not None:
            field_dict["title"] = title
        if cover_vertical is not None:
            field_dict["coverVertical"] = cover_vertical
        if live_direction_type is not None:
            field_dict["liveDirectionType"] = live_direction_type
        if visit_id is not None:
            field_dict["visit_id"] = visit_id
        if room_id is not None:
            field_dict["room_id"] = room_id
        if csrf_token is not None:
            field_dict["csrf_token"] = csrf_token

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        platform = src_dict["platform"]

        mobi_app = src_dict["mobi_app"]

        build = src_dict["build"]

        csrf = src_dict["csrf"]

        cover = src_dict.get("cover")

        title = src_dict.get("title")

        cover_vertical = src_dict.get("coverVertical")

        live_direction_type = src_dict.get("liveDirectionType")

        visit_id = src_dict.get("visit_id")

        room_id = src_dict.get("room_id")

        csrf_token = src_dict.get("csrf_token")

        update_pre_live_info_body = cls(
            platform,
            mobi_app,
            build,
            csrf,
            cover,
            title,
            cover_vertical,
            live_direction_type,
            visit_id,
            room_id,
            csrf_token,
        )

        if not _PROPERTY_NAMES.issuperset(src_dict):  # members beyond the described ones
            d = {prop_name: prop for prop_name, prop in src_dict.items() if prop_name not in _PROPERTY_NAMES}
            update_pre_live_info_body.additional_properties = d
        return update_pre_live_info_body

    @classmethod
    def _from_list(cls: type[T], items: list[Mapping[str, Any]]) -> list[T]:
        if not DESCRIBED_ONLY.get() and not _PROPERTY_NAMES.issuperset(_chain.from_iterable(items)):
            return list(map(cls.from_dict, items))
        return [
            cls(
                item["platform"],
                item["mobi_app"],
                item["build"],
                item["csrf"],
                item.get("cover"),
                item.get("title"),
                item.get("coverVertical"),
                item.get("liveDirectionType"),
                item.get("visit_id"),
                item.get("room_id"),
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
        "platform",
        "mobi_app",
        "build",
        "csrf",
        "cover",
        "title",
        "coverVertical",
        "liveDirectionType",
        "visit_id",
        "room_id",
        "csrf_token",
    }
)
_REPR_NAMES: tuple[tuple[str, bool], ...] = (
    ("platform", True),
    ("mobi_app", True),
    ("build", True),
    ("csrf", True),
    ("cover", False),
    ("title", False),
    ("cover_vertical", False),
    ("live_direction_type", False),
    ("visit_id", False),
    ("room_id", False),
    ("csrf_token", False),
)
