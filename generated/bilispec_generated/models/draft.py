from __future__ import annotations

from collections.abc import Mapping
from itertools import chain as _chain
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import DESCRIBED_ONLY, _extras_on_first_use, model_repr

T = TypeVar("T", bound="Draft")


@_attrs_define
class Draft:
    """A replay clip draft (回放剪辑草稿).

    Attributes:
        id (int): Draft id (回放剪辑id); the `draft_id` of the delete operations.
        title (str | None): Draft title (回放剪辑标题).
        cover (str | None): Draft cover URL; present when the draft has a cover (有封面时存在). Without one the web page
            shows https://s1.hdslb.com/bfs/static/blive/blfe-link-center/static/img/default.187078d.png.
        live_key (str | None): Live session key (标记直播场次的key).
        ctime (str | None): When the draft was created, "YYYY-MM-DD HH:MM:SS" (回放剪辑创建时间).
        live_start_time (str | None): When the live started, "YYYY-MM-DD HH:MM:SS" (直播开始时间).
        live_end_time (str | None): When the live ended, "YYYY-MM-DD HH:MM:SS" (直播结束时间).
        live_type (int | None): Purpose unknown (作用尚不明确); 1 in the examples.
    """

    id: int
    title: str | None = None
    cover: str | None = None
    live_key: str | None = None
    ctime: str | None = None
    live_start_time: str | None = None
    live_end_time: str | None = None
    live_type: int | None = None
    # Made on first use (__getattr__ below): most objects have no unknown members, and an empty dict
    # for each of thousands of list items is a good part of a parse.
    additional_properties: dict[str, Any] = _attrs_field(init=False, repr=False)

    if not TYPE_CHECKING:  # hidden from type checkers, which would accept any attribute name
        __getattr__ = _extras_on_first_use

    def __repr__(self) -> str:
        # Only the members that are set, extras only when there are some, secrets masked.
        return model_repr(self, _REPR_NAMES)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        title = self.title

        cover = self.cover

        live_key = self.live_key

        ctime = self.ctime

        live_start_time = self.live_start_time

        live_end_time = self.live_end_time

        live_type = self.live_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if title is not None:
            field_dict["title"] = title
        if cover is not None:
            field_dict["cover"] = cover
        if live_key is not None:
            field_dict["live_key"] = live_key
        if ctime is not None:
            field_dict["ctime"] = ctime
        if live_start_time is not None:
            field_dict["live_start_time"] = live_start_time
        if live_end_time is not None:
            field_dict["live_end_time"] = live_end_time
        if live_type is not None:
            field_dict["live_type"] = live_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        id = src_dict["id"]

        title = src_dict.get("title")

        cover = src_dict.get("cover")

        live_key = src_dict.get("live_key")

        ctime = src_dict.get("ctime")

        live_start_time = src_dict.get("live_start_time")

        live_end_time = src_dict.get("live_end_time")

        live_type = src_dict.get("live_type")

        draft = cls(
            id,
            title,
            cover,
            live_key,
            ctime,
            live_start_time,
            live_end_time,
            live_type,
        )

        if not _PROPERTY_NAMES.issuperset(src_dict):  # members beyond the described ones
            d = {prop_name: prop for prop_name, prop in src_dict.items() if prop_name not in _PROPERTY_NAMES}
            draft.additional_properties = d
        return draft

    @classmethod
    def _from_list(cls: type[T], items: list[Mapping[str, Any]]) -> list[T]:
        if not DESCRIBED_ONLY.get() and not _PROPERTY_NAMES.issuperset(_chain.from_iterable(items)):
            return list(map(cls.from_dict, items))
        return [
            cls(
                item["id"],
                item.get("title"),
                item.get("cover"),
                item.get("live_key"),
                item.get("ctime"),
                item.get("live_start_time"),
                item.get("live_end_time"),
                item.get("live_type"),
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
        "id",
        "title",
        "cover",
        "live_key",
        "ctime",
        "live_start_time",
        "live_end_time",
        "live_type",
    }
)
_REPR_NAMES: tuple[tuple[str, bool], ...] = (
    ("id", True),
    ("title", False),
    ("cover", False),
    ("live_key", False),
    ("ctime", False),
    ("live_start_time", False),
    ("live_end_time", False),
    ("live_type", False),
)
