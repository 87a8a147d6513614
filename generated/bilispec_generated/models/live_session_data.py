from __future__ import annotations

from collections.abc import Mapping
from types import NoneType
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import _extras_on_first_use, model_repr

T = TypeVar("T", bound="LiveSessionData")


@_attrs_define
class LiveSessionData:
    """Danmaku curve, peaks and highlights of one live session (直播会话数据).

    Attributes:
        session_data (list[SessionDataPoint] | None): The danmaku curve (会话数据).
        max_danmaku (int | None): Time with the most danmaku, Unix seconds; 0 when there is none (弹幕最多的时间戳，没有则为0).
        max_pcu (int | None): Time with the most room entries, Unix seconds; 0 when there is none (进房最多的时间戳，没有则为0).
        max_value (int | None): Purpose unknown (效果未知); 0 in both examples.
        high_light_data (list[Highlight] | None): Automatic highlights (高光时刻数据).
        ass_url (str | None): Signed link to an ASS subtitle file of the danmaku, for display (ASS字幕链接，用作弹幕显示).
            Missing from the fan-side example, so not always sent.
        high_light_stat (HighlightStat | None): Highlight counts of a live session (高亮状态信息). Each member is present
            only when its count
            is non-zero. The page suspects a further member for lookback recordings (回溯录制) that it
            does not name.
    """

    session_data: list[SessionDataPoint] | None = None
    max_danmaku: int | None = None
    max_pcu: int | None = None
    max_value: int | None = None
    high_light_data: list[Highlight] | None = None
    ass_url: str | None = None
    high_light_stat: HighlightStat | None = None
    # Made on first use (__getattr__ below): most objects have no unknown members, and an empty dict
    # for each of thousands of list items is a good part of a parse.
    additional_properties: dict[str, Any] = _attrs_field(init=False, repr=False)

    if not TYPE_CHECKING:  # hidden from type checkers, which would accept any attribute name
        __getattr__ = _extras_on_first_use

    def __repr__(self) -> str:
        # Only the members that are set, extras only when there are some, secrets masked.
        return model_repr(self, _REPR_NAMES)

    def to_dict(self) -> dict[str, Any]:
        session_data: list[dict[str, Any]] | None = None
        if not isinstance(self.session_data, NoneType):
            session_data = []
            for session_data_item_data in self.session_data:
                session_data_item = session_data_item_data.to_dict()
                session_data.append(session_data_item)

        max_danmaku = self.max_danmaku

        max_pcu = self.max_pcu

        max_value = self.max_value

        high_light_data: list[dict[str, Any]] | None = None
        if not isinstance(self.high_light_data, NoneType):
            high_light_data = []
            for high_light_data_item_data in self.high_light_data:
                high_light_data_item = high_light_data_item_data.to_dict()
                high_light_data.append(high_light_data_item)

        ass_url = self.ass_url

        high_light_stat: dict[str, Any] | None = None
        if not isinstance(self.high_light_stat, NoneType):
            high_light_stat = self.high_light_stat.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if session_data is not None:
            field_dict["session_data"] = session_data
        if max_danmaku is not None:
            field_dict["max_danmaku"] = max_danmaku
        if max_pcu is not None:
            field_dict["max_pcu"] = max_pcu
        if max_value is not None:
            field_dict["max_value"] = max_value
        if high_light_data is not None:
            field_dict["high_light_data"] = high_light_data
        if ass_url is not None:
            field_dict["ass_url"] = ass_url
        if high_light_stat is not None:
            field_dict["high_light_stat"] = high_light_stat

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _session_data = src_dict.get("session_data")
        session_data: list[SessionDataPoint] | None = None
        if _session_data is not None:
            session_data = SessionDataPoint._from_list(_session_data)

        max_danmaku = src_dict.get("max_danmaku")

        max_pcu = src_dict.get("max_pcu")

        max_value = src_dict.get("max_value")

        _high_light_data = src_dict.get("high_light_data")
        high_light_data: list[Highlight] | None = None
        if _high_light_data is not None:
            high_light_data = Highlight._from_list(_high_light_data)

        ass_url = src_dict.get("ass_url")

        _high_light_stat = src_dict.get("high_light_stat")
        high_light_stat: HighlightStat | None
        if isinstance(_high_light_stat, NoneType):
            high_light_stat = None
        else:
            high_light_stat = HighlightStat.from_dict(_high_light_stat)

        live_session_data = cls(
            session_data,
            max_danmaku,
            max_pcu,
            max_value,
            high_light_data,
            ass_url,
            high_light_stat,
        )

        if not _PROPERTY_NAMES.issuperset(src_dict):  # members beyond the described ones
            d = {prop_name: prop for prop_name, prop in src_dict.items() if prop_name not in _PROPERTY_NAMES}
            live_session_data.additional_properties = d
        return live_session_data

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
        "session_data",
        "max_danmaku",
        "max_pcu",
        "max_value",
        "high_light_data",
        "ass_url",
        "high_light_stat",
    }
)
_REPR_NAMES: tuple[tuple[str, bool], ...] = (
    ("session_data", False),
    ("max_danmaku", False),
    ("max_pcu", False),
    ("max_value", False),
    ("high_light_data", False),
    ("ass_url", False),
    ("high_light_stat", False),
)

# bilispec: models that refer to each other import each other here, once the class exists.
from ..models.highlight import Highlight  # noqa: E402
from ..models.highlight_stat import HighlightStat  # noqa: E402
from ..models.session_data_point import SessionDataPoint  # noqa: E402
