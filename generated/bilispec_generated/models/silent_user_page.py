from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import model_repr

T = TypeVar("T", bound="SilentUserPage")


@_attrs_define
class SilentUserPage:
    """One page of the room's muted users.

    Attributes:
        data (list[SilentUser]): Mute records (禁言列表).
        total (int | None): Number of muted users (禁言观众数量).
        total_page (int | None): Number of pages (页码总数量).
    """

    data: list[SilentUser]
    total: int | None = None
    total_page: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=False)

    def __repr__(self) -> str:
        # Only the members that are set, extras only when there are some, secrets masked.
        return model_repr(self, _REPR_NAMES)

    def to_dict(self) -> dict[str, Any]:
        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        total = self.total

        total_page = self.total_page

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
            }
        )
        if total is not None:
            field_dict["total"] = total
        if total_page is not None:
            field_dict["total_page"] = total_page

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        data = list(map(SilentUser.from_dict, src_dict["data"]))

        total = src_dict.get("total")

        total_page = src_dict.get("total_page")

        silent_user_page = cls(
            data,
            total,
            total_page,
        )

        if not _PROPERTY_NAMES.issuperset(src_dict):  # members beyond the described ones
            d = {prop_name: prop for prop_name, prop in src_dict.items() if prop_name not in _PROPERTY_NAMES}
            silent_user_page.additional_properties = d
        return silent_user_page

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
        "data",
        "total",
        "total_page",
    }
)
_REPR_NAMES: tuple[tuple[str, bool], ...] = (
    ("data", True),
    ("total", False),
    ("total_page", False),
)

# bilispec: models that refer to each other import each other here, once the class exists.
from ..models.silent_user import SilentUser  # noqa: E402
