from __future__ import annotations

from collections.abc import Mapping
from types import NoneType
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.slice_speed import SliceSpeed
from ..models.slice_with_reserve import SliceWithReserve
from ..types import _extras_on_first_use, model_repr

T = TypeVar("T", bound="AnchorPublishVideoSliceBody")


@_attrs_define
class AnchorPublishVideoSliceBody:
    """
    Attributes:
        live_key (str): Key of the live session; must be one of your own (必须为自己的live_key).
        start_ts (int): Start of the slice, Unix seconds (开始时间戳); at most two hours before `end_ts`.
        end_ts (int): End of the slice, Unix seconds (结束时间戳); at most two hours after `start_ts`.
        av_title (str): Slice title; must not repeat an existing title (切片标题，不能与现有标题重复).
        av_cover (str): Cover image URL; must be an image on a `.hdslb.com` host, otherwise the video fails
            when composition ends (必须为.hdslb.com域名下的图片，否则合成结束时会出错).
        csrf (str): CSRF token; must equal the `bili_jct` cookie.
        av_highlight (int | None): Highlight binding (高光绑定); the page gives no values, its example sends 0.
        with_subtitle (int | None): Whether to carry subtitles (是否携带字幕); effect unclear, the page gives no values, its
            example sends 0.
        with_danmaku (int | None): Whether to carry danmaku (是否带弹幕?); its example sends 0. Sending 1 may hide the
            slice from get_published_list while it is being published.
        with_reserve (SliceWithReserve | None): Attach a reminder for the next live session (投稿携带下场直播提醒); 0 no (不携带), 1
            yes (携带).
        av_speed (SliceSpeed | None): Playback speed of the video, the factor followed by "x" (倍速投稿). A speed other
            than 1x may hide the slice from get_published_list while it is being published.
    """

    live_key: str
    start_ts: int
    end_ts: int
    av_title: str
    av_cover: str
    csrf: str
    av_highlight: int | None = None
    with_subtitle: int | None = None
    with_danmaku: int | None = None
    with_reserve: SliceWithReserve | None = None
    av_speed: SliceSpeed | None = None
    # Made on first use (__getattr__ below): most objects have no unknown members, and an empty dict
    # for each of thousands of list items is a good part of a parse.
    additional_properties: dict[str, Any] = _attrs_field(init=False, repr=False)

    if not TYPE_CHECKING:  # hidden from type checkers, which would accept any attribute name
        __getattr__ = _extras_on_first_use

    def __repr__(self) -> str:
        # Only the members that are set, extras only when there are some, secrets masked.
        return model_repr(self, _REPR_NAMES)

    def to_dict(self) -> dict[str, Any]:
        live_key = self.live_key

        start_ts = self.start_ts

        end_ts = self.end_ts

        av_title = self.av_title

        av_cover = self.av_cover

        csrf = self.csrf

        av_highlight = self.av_highlight

        with_subtitle = self.with_subtitle

        with_danmaku = self.with_danmaku

        with_reserve: int | None = None
        if not isinstance(self.with_reserve, NoneType):
            with_reserve = self.with_reserve.value

        av_speed: str | None = None
        if not isinstance(self.av_speed, NoneType):
            av_speed = self.av_speed.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "live_key": live_key,
                "start_ts": start_ts,
                "end_ts": end_ts,
                "av_title": av_title,
                "av_cover": av_cover,
                "csrf": csrf,
            }
        )
        if av_highlight is not None:
            field_dict["av_highlight"] = av_highlight
        if with_subtitle is not None:
            field_dict["with_subtitle"] = with_subtitle
        if with_danmaku is not None:
            field_dict["with_danmaku"] = with_danmaku
        if with_reserve is not None:
            field_dict["with_reserve"] = with_reserve
        if av_speed is not None:
            field_dict["av_speed"] = av_speed

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        live_key = src_dict["live_key"]

        start_ts = src_dict["start_ts"]

        end_ts = src_dict["end_ts"]

        av_title = src_dict["av_title"]

        av_cover = src_dict["av_cover"]

        csrf = src_dict["csrf"]

        av_highlight = src_dict.get("av_highlight")

        with_subtitle = src_dict.get("with_subtitle")

        with_danmaku = src_dict.get("with_danmaku")

        _with_reserve = src_dict.get("with_reserve")
        with_reserve: SliceWithReserve | None
        if isinstance(_with_reserve, NoneType):
            with_reserve = None
        else:
            with_reserve = SliceWithReserve(_with_reserve)

        _av_speed = src_dict.get("av_speed")
        av_speed: SliceSpeed | None
        if isinstance(_av_speed, NoneType):
            av_speed = None
        else:
            av_speed = SliceSpeed(_av_speed)

        anchor_publish_video_slice_body = cls(
            live_key,
            start_ts,
            end_ts,
            av_title,
            av_cover,
            csrf,
            av_highlight,
            with_subtitle,
            with_danmaku,
            with_reserve,
            av_speed,
        )

        if not _PROPERTY_NAMES.issuperset(src_dict):  # members beyond the described ones
            d = {prop_name: prop for prop_name, prop in src_dict.items() if prop_name not in _PROPERTY_NAMES}
            anchor_publish_video_slice_body.additional_properties = d
        return anchor_publish_video_slice_body

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
        "live_key",
        "start_ts",
        "end_ts",
        "av_title",
        "av_cover",
        "csrf",
        "av_highlight",
        "with_subtitle",
        "with_danmaku",
        "with_reserve",
        "av_speed",
    }
)
_REPR_NAMES: tuple[tuple[str, bool], ...] = (
    ("live_key", True),
    ("start_ts", True),
    ("end_ts", True),
    ("av_title", True),
    ("av_cover", True),
    ("csrf", True),
    ("av_highlight", False),
    ("with_subtitle", False),
    ("with_danmaku", False),
    ("with_reserve", False),
    ("av_speed", False),
)
