from __future__ import annotations

from collections.abc import Mapping
from types import NoneType
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import _extras_on_first_use, model_repr

T = TypeVar("T", bound="StartLiveIdentityCheckData")


@_attrs_define
class StartLiveIdentityCheckData:
    """`data` of a start_live answer with code 60043 (本次开播需要身份验证, identity verification needed).
    Clients send the user to
    `https://www.bilibili.com/blackboard/live/face-auth-middle.html?source_event=400&mid=<uid>`.

        Attributes:
            risk_extra (None | StartLiveIdentityCheckDataRiskExtraType0 | None):
    """

    risk_extra: None | StartLiveIdentityCheckDataRiskExtraType0 | None = None
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
        risk_extra: dict[str, Any] | None
        if isinstance(self.risk_extra, NoneType):
            risk_extra = None
        elif isinstance(self.risk_extra, StartLiveIdentityCheckDataRiskExtraType0):
            risk_extra = self.risk_extra.to_dict()
        else:
            risk_extra = self.risk_extra

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if risk_extra is not None or "risk_extra" in self._nulls:
            field_dict["risk_extra"] = risk_extra

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        def _parse_risk_extra(data: object) -> None | StartLiveIdentityCheckDataRiskExtraType0 | None:
            if data is None:
                return data
            if isinstance(data, NoneType):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                risk_extra_type_0 = StartLiveIdentityCheckDataRiskExtraType0.from_dict(data)

                return risk_extra_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | StartLiveIdentityCheckDataRiskExtraType0 | None, data)

        risk_extra = _parse_risk_extra(src_dict.get("risk_extra"))

        start_live_identity_check_data = cls(
            risk_extra,
        )

        if not _PROPERTY_NAMES.issuperset(src_dict):  # members beyond the described ones
            d = {prop_name: prop for prop_name, prop in src_dict.items() if prop_name not in _PROPERTY_NAMES}
            start_live_identity_check_data.additional_properties = d
        if None in (src_dict.get("risk_extra", 0),):
            start_live_identity_check_data._nulls = frozenset(
                name for name in _NULLABLE_OPTIONAL if name in src_dict and src_dict[name] is None
            )
        return start_live_identity_check_data

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
        "risk_extra",
    }
)
_REPR_NAMES: tuple[tuple[str, bool], ...] = (("risk_extra", False),)
_NULLABLE_OPTIONAL: tuple[str, ...] = ("risk_extra",)

# bilispec: models that refer to each other import each other here, once the class exists.
from ..models.start_live_identity_check_data_risk_extra_type_0 import StartLiveIdentityCheckDataRiskExtraType0  # noqa: E402
