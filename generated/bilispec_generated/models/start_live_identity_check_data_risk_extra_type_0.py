from __future__ import annotations

from collections.abc import Mapping
from types import NoneType
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import _extras_on_first_use, model_repr

T = TypeVar("T", bound="StartLiveIdentityCheckDataRiskExtraType0")


@_attrs_define
class StartLiveIdentityCheckDataRiskExtraType0:
    """
    Attributes:
        v_voucher (None | str | None): Voucher of the verification (a captcha voucher, not a login secret).
    """

    v_voucher: None | str | None = None
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
        v_voucher: None | str | None
        if isinstance(self.v_voucher, NoneType):
            v_voucher = None
        else:
            v_voucher = self.v_voucher

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if v_voucher is not None or "v_voucher" in self._nulls:
            field_dict["v_voucher"] = v_voucher

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        def _parse_v_voucher(data: object) -> None | str | None:
            if data is None:
                return data
            if isinstance(data, NoneType):
                return data
            return cast(None | str | None, data)

        v_voucher = _parse_v_voucher(src_dict.get("v_voucher"))

        start_live_identity_check_data_risk_extra_type_0 = cls(
            v_voucher,
        )

        if not _PROPERTY_NAMES.issuperset(src_dict):  # members beyond the described ones
            d = {prop_name: prop for prop_name, prop in src_dict.items() if prop_name not in _PROPERTY_NAMES}
            start_live_identity_check_data_risk_extra_type_0.additional_properties = d
        if None in (src_dict.get("v_voucher", 0),):
            start_live_identity_check_data_risk_extra_type_0._nulls = frozenset(
                name for name in _NULLABLE_OPTIONAL if name in src_dict and src_dict[name] is None
            )
        return start_live_identity_check_data_risk_extra_type_0

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
        "v_voucher",
    }
)
_REPR_NAMES: tuple[tuple[str, bool], ...] = (("v_voucher", False),)
_NULLABLE_OPTIONAL: tuple[str, ...] = ("v_voucher",)
