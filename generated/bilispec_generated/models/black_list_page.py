from __future__ import annotations

from collections.abc import Mapping
from types import NoneType
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import _extras_on_first_use, model_repr

T = TypeVar("T", bound="BlackListPage")


@_attrs_define
class BlackListPage:
    """One page of a room's blacklist (拉黑列表); recorded in bpi-rs's contract.

    Attributes:
        total (int): Number of blacklisted users (拉黑观众数量).
        data (list[BlackListUser] | None): The blacklisted users; null when there are none.
        total_page (int | None): Number of pages; never seen in an answer.
        pn (int | None): The page number.
        ps (int | None): The page size.
    """

    total: int
    data: list[BlackListUser] | None = None
    total_page: int | None = None
    pn: int | None = None
    ps: int | None = None
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
        total = self.total

        data: list[dict[str, Any]] | None
        if isinstance(self.data, NoneType):
            data = None
        elif isinstance(self.data, list):
            data = []
            for data_type_0_item_data in self.data:
                data_type_0_item = data_type_0_item_data.to_dict()
                data.append(data_type_0_item)

        else:
            data = self.data

        total_page = self.total_page

        pn = self.pn

        ps = self.ps

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "total": total,
            }
        )
        if data is not None or "data" in self._nulls:
            field_dict["data"] = data
        if total_page is not None:
            field_dict["total_page"] = total_page
        if pn is not None:
            field_dict["pn"] = pn
        if ps is not None:
            field_dict["ps"] = ps

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        total = src_dict["total"]

        def _parse_data(data: object) -> list[BlackListUser] | None:
            if data is None:
                return data
            if isinstance(data, NoneType):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                data_type_0 = BlackListUser._from_list(data)

                return data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[BlackListUser] | None, data)

        data = _parse_data(src_dict.get("data"))

        total_page = src_dict.get("total_page")

        pn = src_dict.get("pn")

        ps = src_dict.get("ps")

        black_list_page = cls(
            total,
            data,
            total_page,
            pn,
            ps,
        )

        if not _PROPERTY_NAMES.issuperset(src_dict):  # members beyond the described ones
            d = {prop_name: prop for prop_name, prop in src_dict.items() if prop_name not in _PROPERTY_NAMES}
            black_list_page.additional_properties = d
        if None in (src_dict.get("data", 0),):
            black_list_page._nulls = frozenset(
                name for name in _NULLABLE_OPTIONAL if name in src_dict and src_dict[name] is None
            )
        return black_list_page

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
        "total",
        "data",
        "total_page",
        "pn",
        "ps",
    }
)
_REPR_NAMES: tuple[tuple[str, bool], ...] = (
    ("total", True),
    ("data", False),
    ("total_page", False),
    ("pn", False),
    ("ps", False),
)
_NULLABLE_OPTIONAL: tuple[str, ...] = ("data",)

# bilispec: models that refer to each other import each other here, once the class exists.
from ..models.black_list_user import BlackListUser  # noqa: E402
