from __future__ import annotations

from collections.abc import Mapping
from types import NoneType
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import _extras_on_first_use, model_repr

T = TypeVar("T", bound="ReplayList")


@_attrs_define
class ReplayList:
    """One page of live replays, the anchor's own or another anchor's.

    Attributes:
        replay_info (list[ReplayInfo] | None): The replays (回放信息列表); null when there are none (无结果时为null).
        pagination (Pagination | None): Paging of a list answer.
        archive_flag (bool | None): Purpose unknown (作用尚不明确).
        can_edit (int | None): Purpose unknown (作用尚不明确); a number, 1 in the examples.
        can_upload (bool | None): Purpose unknown (作用尚不明确).
        has_third_platform_live (bool | None): Purpose unknown (作用尚不明确).
    """

    replay_info: list[ReplayInfo] | None = None
    pagination: Pagination | None = None
    archive_flag: bool | None = None
    can_edit: int | None = None
    can_upload: bool | None = None
    has_third_platform_live: bool | None = None
    # Made on first use (__getattr__ below): most objects have no unknown members, and an empty dict
    # for each of thousands of list items is a good part of a parse.
    additional_properties: dict[str, Any] = _attrs_field(init=False, repr=False)
    # Optional members that came in as an explicit null: to_dict() sends them back as null.
    _nulls: frozenset[str] = _attrs_field(init=False, default=frozenset(), repr=False, eq=False)

    if not TYPE_CHECKING:  # hidden from type checkers, which would accept any attribute name
        __getattr__ = _extras_on_first_use

    def __repr__(self) -> str:
        # Only the members that are set, extras only when there are some, secrets masked.
        return model_repr(self, _REPR_NAMES)

    def to_dict(self) -> dict[str, Any]:
        replay_info: list[dict[str, Any]] | None
        if isinstance(self.replay_info, NoneType):
            replay_info = None
        elif isinstance(self.replay_info, list):
            replay_info = []
            for replay_info_type_0_item_data in self.replay_info:
                replay_info_type_0_item = replay_info_type_0_item_data.to_dict()
                replay_info.append(replay_info_type_0_item)

        else:
            replay_info = self.replay_info

        pagination: dict[str, Any] | None = None
        if not isinstance(self.pagination, NoneType):
            pagination = self.pagination.to_dict()

        archive_flag = self.archive_flag

        can_edit = self.can_edit

        can_upload = self.can_upload

        has_third_platform_live = self.has_third_platform_live

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if replay_info is not None or "replay_info" in self._nulls:
            field_dict["replay_info"] = replay_info
        if pagination is not None:
            field_dict["pagination"] = pagination
        if archive_flag is not None:
            field_dict["archive_flag"] = archive_flag
        if can_edit is not None:
            field_dict["can_edit"] = can_edit
        if can_upload is not None:
            field_dict["can_upload"] = can_upload
        if has_third_platform_live is not None:
            field_dict["has_third_platform_live"] = has_third_platform_live

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        def _parse_replay_info(data: object) -> list[ReplayInfo] | None:
            if data is None:
                return data
            if isinstance(data, NoneType):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                replay_info_type_0 = ReplayInfo._from_list(data)

                return replay_info_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ReplayInfo] | None, data)

        replay_info = _parse_replay_info(src_dict.get("replay_info"))

        _pagination = src_dict.get("pagination")
        pagination: Pagination | None
        if isinstance(_pagination, NoneType):
            pagination = None
        else:
            pagination = Pagination.from_dict(_pagination)

        archive_flag = src_dict.get("archive_flag")

        can_edit = src_dict.get("can_edit")

        can_upload = src_dict.get("can_upload")

        has_third_platform_live = src_dict.get("has_third_platform_live")

        replay_list = cls(
            replay_info,
            pagination,
            archive_flag,
            can_edit,
            can_upload,
            has_third_platform_live,
        )

        if not _PROPERTY_NAMES.issuperset(src_dict):  # members beyond the described ones
            d = {prop_name: prop for prop_name, prop in src_dict.items() if prop_name not in _PROPERTY_NAMES}
            replay_list.additional_properties = d
        if None in (src_dict.get("replay_info", 0),):
            replay_list._nulls = frozenset(
                name for name in _NULLABLE_OPTIONAL if name in src_dict and src_dict[name] is None
            )
        return replay_list

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
        "replay_info",
        "pagination",
        "archive_flag",
        "can_edit",
        "can_upload",
        "has_third_platform_live",
    }
)
_REPR_NAMES: tuple[tuple[str, bool], ...] = (
    ("replay_info", False),
    ("pagination", False),
    ("archive_flag", False),
    ("can_edit", False),
    ("can_upload", False),
    ("has_third_platform_live", False),
)
_NULLABLE_OPTIONAL: tuple[str, ...] = ("replay_info",)

# bilispec: models that refer to each other import each other here, once the class exists.
from ..models.pagination import Pagination  # noqa: E402
from ..models.replay_info import ReplayInfo  # noqa: E402
