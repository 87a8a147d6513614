from __future__ import annotations

from collections.abc import Mapping
from types import NoneType
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import _extras_on_first_use, model_repr

T = TypeVar("T", bound="SilentUserPage")


@_attrs_define
class SilentUserPage:
    """One page of the room's muted users. An empty success has `total_page` 1; the 100004 answer
    (not a room admin) carries `{data: [], total: 0, total_page: 0}`. `total_page`, `pn` and `ps` are
    missing when there is one page.

        Attributes:
            data (list[SilentUser] | None): Mute records (禁言列表); can be null, which clients read as an empty list.
            total (int | None): Number of muted users (禁言观众数量).
            total_page (int | None): Number of pages (页码总数量); missing when there is one page.
            pn (int | None): The page number, when the request sent `pn`.
            ps (int | None): The page size, when the request sent `pn`.
    """

    data: list[SilentUser] | None
    total: int | None = None
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
        data: list[dict[str, Any]] | None
        if isinstance(self.data, list):
            data = []
            for data_type_0_item_data in self.data:
                data_type_0_item = data_type_0_item_data.to_dict()
                data.append(data_type_0_item)

        else:
            data = self.data

        total = self.total

        total_page = self.total_page

        pn: int | None
        if isinstance(self.pn, NoneType):
            pn = None
        else:
            pn = self.pn

        ps: int | None
        if isinstance(self.ps, NoneType):
            ps = None
        else:
            ps = self.ps

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
        if pn is not None or "pn" in self._nulls:
            field_dict["pn"] = pn
        if ps is not None or "ps" in self._nulls:
            field_dict["ps"] = ps

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        def _parse_data(data: object) -> list[SilentUser] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                data_type_0 = SilentUser._from_list(data)

                return data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[SilentUser] | None, data)

        data = _parse_data(src_dict["data"])

        total = src_dict.get("total")

        total_page = src_dict.get("total_page")

        def _parse_pn(data: object) -> int | None:
            if data is None:
                return data
            if isinstance(data, NoneType):
                return data
            return cast(int | None, data)

        pn = _parse_pn(src_dict.get("pn"))

        def _parse_ps(data: object) -> int | None:
            if data is None:
                return data
            if isinstance(data, NoneType):
                return data
            return cast(int | None, data)

        ps = _parse_ps(src_dict.get("ps"))

        silent_user_page = cls(
            data,
            total,
            total_page,
            pn,
            ps,
        )

        if not _PROPERTY_NAMES.issuperset(src_dict):  # members beyond the described ones
            d = {prop_name: prop for prop_name, prop in src_dict.items() if prop_name not in _PROPERTY_NAMES}
            silent_user_page.additional_properties = d
        if None in (
            src_dict.get("pn", 0),
            src_dict.get("ps", 0),
        ):
            silent_user_page._nulls = frozenset(
                name for name in _NULLABLE_OPTIONAL if name in src_dict and src_dict[name] is None
            )
        return silent_user_page

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
        "data",
        "total",
        "total_page",
        "pn",
        "ps",
    }
)
_REPR_NAMES: tuple[tuple[str, bool], ...] = (
    ("data", True),
    ("total", False),
    ("total_page", False),
    ("pn", False),
    ("ps", False),
)
_NULLABLE_OPTIONAL: tuple[str, ...] = (
    "pn",
    "ps",
)

# bilispec: models that refer to each other import each other here, once the class exists.
from ..models.silent_user import SilentUser  # noqa: E402
