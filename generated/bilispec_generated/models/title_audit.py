from __future__ import annotations

from collections.abc import Mapping
from itertools import chain as _chain
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import DESCRIBED_ONLY, _extras_on_first_use, model_repr

T = TypeVar("T", bound="TitleAudit")


@_attrs_define
class TitleAudit:
    """Review state of the room title after an update (标题审核信息).

    Attributes:
        audit_title_reason (str | None): Review hint (标题审核提示), e.g. 先发后审 (published now, reviewed afterwards); "" when
            no title is under review.
        audit_title_status (int | None): Title review status (标题审核状态). The page lists no values; the ones below are
            read off its
            examples. The list is not closed.
        audit_title (str | None): The title under review (被审核的标题). Room/update sends it only when the update changed
            the title (更新标题时存在).
        update_title (str | None): Purpose unknown (作用尚不明确); "" in every example. Sent by Room/update only.
    """

    audit_title_reason: str | None = None
    audit_title_status: int | None = None
    audit_title: str | None = None
    update_title: str | None = None
    # Made on first use (__getattr__ below): most objects have no unknown members, and an empty dict
    # for each of thousands of list items is a good part of a parse.
    additional_properties: dict[str, Any] = _attrs_field(init=False, repr=False)

    if not TYPE_CHECKING:  # hidden from type checkers, which would accept any attribute name
        __getattr__ = _extras_on_first_use

    def __repr__(self) -> str:
        # Only the members that are set, extras only when there are some, secrets masked.
        return model_repr(self, _REPR_NAMES)

    def to_dict(self) -> dict[str, Any]:
        audit_title_reason = self.audit_title_reason

        audit_title_status = self.audit_title_status

        audit_title = self.audit_title

        update_title = self.update_title

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if audit_title_reason is not None:
            field_dict["audit_title_reason"] = audit_title_reason
        if audit_title_status is not None:
            field_dict["audit_title_status"] = audit_title_status
        if audit_title is not None:
            field_dict["audit_title"] = audit_title
        if update_title is not None:
            field_dict["update_title"] = update_title

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        audit_title_reason = src_dict.get("audit_title_reason")

        audit_title_status = src_dict.get("audit_title_status")

        audit_title = src_dict.get("audit_title")

        update_title = src_dict.get("update_title")

        title_audit = cls(
            audit_title_reason,
            audit_title_status,
            audit_title,
            update_title,
        )

        if not _PROPERTY_NAMES.issuperset(src_dict):  # members beyond the described ones
            d = {prop_name: prop for prop_name, prop in src_dict.items() if prop_name not in _PROPERTY_NAMES}
            title_audit.additional_properties = d
        return title_audit

    @classmethod
    def _from_list(cls: type[T], items: list[Mapping[str, Any]]) -> list[T]:
        if not DESCRIBED_ONLY.get() and not _PROPERTY_NAMES.issuperset(_chain.from_iterable(items)):
            return list(map(cls.from_dict, items))
        return [
            cls(
                item.get("audit_title_reason"),
                item.get("audit_title_status"),
                item.get("audit_title"),
                item.get("update_title"),
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
        "audit_title_reason",
        "audit_title_status",
        "audit_title",
        "update_title",
    }
)
_REPR_NAMES: tuple[tuple[str, bool], ...] = (
    ("audit_title_reason", False),
    ("audit_title_status", False),
    ("audit_title", False),
    ("update_title", False),
)
