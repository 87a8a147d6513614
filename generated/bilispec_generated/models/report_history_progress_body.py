from __future__ import annotations

from collections.abc import Mapping
from itertools import chain as _chain
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import DESCRIBED_ONLY, _extras_on_first_use, model_repr

T = TypeVar("T", bound="ReportHistoryProgressBody")


@_attrs_define
class ReportHistoryProgressBody:
    """
    Attributes:
        aid (int): Archive avid (稿件avid).
        cid (int): Video cid (视频cid), which identifies the part (用于识别分P).
        access_key (str | None): APP login token (APP登录Token); required in APP mode (APP方式必要).
        progress (int | None): Watch progress in seconds (观看进度, 单位为秒); 0 when not sent (默认为0).
        platform (str | None): Platform identifier (平台标识), e.g. android (可为android).
        csrf (str | None): CSRF token; must equal the `bili_jct` cookie. Required in Cookie mode (Cookie方式必要).
    """

    aid: int
    cid: int
    access_key: str | None = None
    progress: int | None = None
    platform: str | None = None
    csrf: str | None = None
    # Made on first use (__getattr__ below): most objects have no unknown members, and an empty dict
    # for each of thousands of list items is a good part of a parse.
    additional_properties: dict[str, Any] = _attrs_field(init=False, repr=False)

    if not TYPE_CHECKING:  # hidden from type checkers, which would accept any attribute name
        __getattr__ = _extras_on_first_use

    def __repr__(self) -> str:
        # Only the members that are set, extras only when there are some, secrets masked.
        return model_repr(self, _REPR_NAMES)

    def to_dict(self) -> dict[str, Any]:
        aid = self.aid

        cid = self.cid

        access_key = self.access_key

        progress = self.progress

        platform = self.platform

        csrf = self.csrf

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "aid": aid,
                "cid": cid,
            }
        )
        if access_key is not None:
            field_dict["access_key"] = access_key
        if progress is not None:
            field_dict["progress"] = progress
        if platform is not None:
            field_dict["platform"] = platform
        if csrf is not None:
            field_dict["csrf"] = csrf

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        aid = src_dict["aid"]

        cid = src_dict["cid"]

        access_key = src_dict.get("access_key")

        progress = src_dict.get("progress")

        platform = src_dict.get("platform")

        csrf = src_dict.get("csrf")

        report_history_progress_body = cls(
            aid,
            cid,
            access_key,
            progress,
            platform,
            csrf,
        )

        if not _PROPERTY_NAMES.issuperset(src_dict):  # members beyond the described ones
            d = {prop_name: prop for prop_name, prop in src_dict.items() if prop_name not in _PROPERTY_NAMES}
            report_history_progress_body.additional_properties = d
        return report_history_progress_body

    @classmethod
    def _from_list(cls: type[T], items: list[Mapping[str, Any]]) -> list[T]:
        if not DESCRIBED_ONLY.get() and not _PROPERTY_NAMES.issuperset(_chain.from_iterable(items)):
            return list(map(cls.from_dict, items))
        return [
            cls(
                item["aid"],
                item["cid"],
                item.get("access_key"),
                item.get("progress"),
                item.get("platform"),
                item.get("csrf"),
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
        "aid",
        "cid",
        "access_key",
        "progress",
        "platform",
        "csrf",
    }
)
_REPR_NAMES: tuple[tuple[str, bool], ...] = (
    ("aid", True),
    ("cid", True),
    ("access_key", False),
    ("progress", False),
    ("platform", False),
    ("csrf", False),
)
