from __future__ import annotations

from collections.abc import Mapping
from types import NoneType
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import _extras_on_first_use, model_repr

T = TypeVar("T", bound="DraftList")


@_attrs_define
class DraftList:
    """One page of replay clip drafts, the anchor's own or the ones you made for another anchor.

    Attributes:
        draft_info (list[Draft] | None): The drafts (草稿信息); null when there are none (无结果时为null).
        pagination (Pagination | None): Paging of a list answer.
    """

    draft_info: list[Draft] | None = None
    pagination: Pagination | None = None
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
        draft_info: list[dict[str, Any]] | None
        if isinstance(self.draft_info, NoneType):
            draft_info = None
        elif isinstance(self.draft_info, list):
            draft_info = []
            for draft_info_type_0_item_data in self.draft_info:
                draft_info_type_0_item = draft_info_type_0_item_data.to_dict()
                draft_info.append(draft_info_type_0_item)

        else:
            draft_info = self.draft_info

        pagination: dict[str, Any] | None = None
        if not isinstance(self.pagination, NoneType):
            pagination = self.pagination.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if draft_info is not None or "draft_info" in self._nulls:
            field_dict["draft_info"] = draft_info
        if pagination is not None:
            field_dict["pagination"] = pagination

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        def _parse_draft_info(data: object) -> list[Draft] | None:
            if data is None:
                return data
            if isinstance(data, NoneType):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                draft_info_type_0 = Draft._from_list(data)

                return draft_info_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[Draft] | None, data)

        draft_info = _parse_draft_info(src_dict.get("draft_info"))

        _pagination = src_dict.get("pagination")
        pagination: Pagination | None
        if isinstance(_pagination, NoneType):
            pagination = None
        else:
            pagination = Pagination.from_dict(_pagination)

        draft_list = cls(
            draft_info,
            pagination,
        )

        if not _PROPERTY_NAMES.issuperset(src_dict):  # members beyond the described ones
            d = {prop_name: prop for prop_name, prop in src_dict.items() if prop_name not in _PROPERTY_NAMES}
            draft_list.additional_properties = d
        if None in (src_dict.get("draft_info", 0),):
            draft_list._nulls = frozenset(
                name for name in _NULLABLE_OPTIONAL if name in src_dict and src_dict[name] is None
            )
        return draft_list

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
        "draft_info",
        "pagination",
    }
)
_REPR_NAMES: tuple[tuple[str, bool], ...] = (
    ("draft_info", False),
    ("pagination", False),
)
_NULLABLE_OPTIONAL: tuple[str, ...] = ("draft_info",)

# bilispec: models that refer to each other import each other here, once the class exists.
from ..models.draft import Draft  # noqa: E402
from ..models.pagination import Pagination  # noqa: E402
