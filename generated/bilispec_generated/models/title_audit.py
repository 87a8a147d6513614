from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TitleAudit")


@_attrs_define
class TitleAudit:
    """Review state of the room title after an update (标题审核信息).

    Attributes:
        audit_title_reason (str | Unset): Review hint (标题审核提示), e.g. 先发后审 (published now, reviewed afterwards); "" when
            no title is under review.
        audit_title_status (int | Unset): Title review status (标题审核状态). The page lists no values; the ones below are
            read off its
            examples. The list is not closed.
        audit_title (str | Unset): The title under review (被审核的标题). Room/update sends it only when the update changed
            the title (更新标题时存在).
        update_title (str | Unset): Purpose unknown (作用尚不明确); "" in every example. Sent by Room/update only.
    """

    audit_title_reason: str | Unset = UNSET
    audit_title_status: int | Unset = UNSET
    audit_title: str | Unset = UNSET
    update_title: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        audit_title_reason = self.audit_title_reason

        audit_title_status = self.audit_title_status

        audit_title = self.audit_title

        update_title = self.update_title

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if audit_title_reason is not UNSET:
            field_dict["audit_title_reason"] = audit_title_reason
        if audit_title_status is not UNSET:
            field_dict["audit_title_status"] = audit_title_status
        if audit_title is not UNSET:
            field_dict["audit_title"] = audit_title
        if update_title is not UNSET:
            field_dict["update_title"] = update_title

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        audit_title_reason = src_dict.get("audit_title_reason", UNSET)

        audit_title_status = src_dict.get("audit_title_status", UNSET)

        audit_title = src_dict.get("audit_title", UNSET)

        update_title = src_dict.get("update_title", UNSET)

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
