from __future__ import annotations

from collections.abc import Mapping
from itertools import chain as _chain
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import DESCRIBED_ONLY, _extras_on_first_use, model_repr

T = TypeVar("T", bound="SubArea")


@_attrs_define
class SubArea:
    """A sub-area (子分区), where a room broadcasts. Its ids are strings of digits on the wire (the
    page's table and both public answers agree); `hot_status` and `area_type` are numbers.

        Attributes:
            id (str): Sub-area id (子分区id), a string of digits; start_live's `area_v2`.
            parent_id (str): Parent area id (父分区id), a string of digits.
            name (str): Sub-area name (子分区名).
            old_area_id (str | None): Area id of the old scheme (旧分区id), a string of digits.
            act_id (str | None): Purpose unknown (作用尚不明确); "0" in every example.
            pk_status (str | None): Purpose unknown (作用尚不明确); a string.
            hot_status (int | None): 1 for a hot area (是否为热门分区), else 0.
            lock_status (str | None): Purpose unknown (作用尚不明确); "0" in every example.
            pic (str | None): The area's icon URL (子分区标志图片url).
            cate_id (str | None): A category id, a string of digits; only in some sub-areas of the page's example.
            parent_name (str | None): Parent area name (父分区名).
            area_type (int | None): Purpose not documented; 0 in every example.
            complex_area_name (str | None): A longer display name; in bpi-rs's recorded answer, not on the page.
    """

    id: str
    parent_id: str
    name: str
    old_area_id: str | None = None
    act_id: str | None = None
    pk_status: str | None = None
    hot_status: int | None = None
    lock_status: str | None = None
    pic: str | None = None
    cate_id: str | None = None
    parent_name: str | None = None
    area_type: int | None = None
    complex_area_name: str | None = None
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

        parent_id = self.parent_id

        name = self.name

        old_area_id = self.old_area_id

        act_id = self.act_id

        pk_status = self.pk_status

        hot_status = self.hot_status

        lock_status = self.lock_status

        pic = self.pic

        cate_id = self.cate_id

        parent_name = self.parent_name

        area_type = self.area_type

        complex_area_name = self.complex_area_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "parent_id": parent_id,
                "name": name,
            }
        )
        if old_area_id is not None:
            field_dict["old_area_id"] = old_area_id
        if act_id is not None:
            field_dict["act_id"] = act_id
        if pk_status is not None:
            field_dict["pk_status"] = pk_status
        if hot_status is not None:
            field_dict["hot_status"] = hot_status
        if lock_status is not None:
            field_dict["lock_status"] = lock_status
        if pic is not None:
            field_dict["pic"] = pic
        if cate_id is not None:
            field_dict["cate_id"] = cate_id
        if parent_name is not None:
            field_dict["parent_name"] = parent_name
        if area_type is not None:
            field_dict["area_type"] = area_type
        if complex_area_name is not None:
            field_dict["complex_area_name"] = complex_area_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        id = src_dict["id"]

        parent_id = src_dict["parent_id"]

        name = src_dict["name"]

        old_area_id = src_dict.get("old_area_id")

        act_id = src_dict.get("act_id")

        pk_status = src_dict.get("pk_status")

        hot_status = src_dict.get("hot_status")

        lock_status = src_dict.get("lock_status")

        pic = src_dict.get("pic")

        cate_id = src_dict.get("cate_id")

        parent_name = src_dict.get("parent_name")

        area_type = src_dict.get("area_type")

        complex_area_name = src_dict.get("complex_area_name")

        sub_area = cls(
            id,
            parent_id,
            name,
            old_area_id,
            act_id,
            pk_status,
            hot_status,
            lock_status,
            pic,
            cate_id,
            parent_name,
            area_type,
            complex_area_name,
        )

        if not _PROPERTY_NAMES.issuperset(src_dict):  # members beyond the described ones
            d = {prop_name: prop for prop_name, prop in src_dict.items() if prop_name not in _PROPERTY_NAMES}
            sub_area.additional_properties = d
        return sub_area

    @classmethod
    def _from_list(cls: type[T], items: list[Mapping[str, Any]]) -> list[T]:
        if not DESCRIBED_ONLY.get() and not _PROPERTY_NAMES.issuperset(_chain.from_iterable(items)):
            return list(map(cls.from_dict, items))
        return [
            cls(
                item["id"],
                item["parent_id"],
                item["name"],
                item.get("old_area_id"),
                item.get("act_id"),
                item.get("pk_status"),
                item.get("hot_status"),
                item.get("lock_status"),
                item.get("pic"),
                item.get("cate_id"),
                item.get("parent_name"),
                item.get("area_type"),
                item.get("complex_area_name"),
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
        "parent_id",
        "name",
        "old_area_id",
        "act_id",
        "pk_status",
        "hot_status",
        "lock_status",
        "pic",
        "cate_id",
        "parent_name",
        "area_type",
        "complex_area_name",
    }
)
_REPR_NAMES: tuple[tuple[str, bool], ...] = (
    ("id", True),
    ("parent_id", True),
    ("name", True),
    ("old_area_id", False),
    ("act_id", False),
    ("pk_status", False),
    ("hot_status", False),
    ("lock_status", False),
    ("pic", False),
    ("cate_id", False),
    ("parent_name", False),
    ("area_type", False),
    ("complex_area_name", False),
)
