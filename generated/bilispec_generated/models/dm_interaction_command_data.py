from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import _extras_on_first_use, model_repr

T = TypeVar("T", bound="DmInteractionCommandData")


@_attrs_define
class DmInteractionCommandData:
    """
    Attributes:
        type_ (int): Interaction type.
        data (DmInteractionCommandDataDataType1 | str): The interaction's details, JSON inside a string (an object in
            one example).
        id (int | None): Interaction id (the vote id for type 101).
        status (int | None): For type 101 the vote state (VoteStatus); otherwise the card's state.
        dmscore (int | None):
    """

    type_: int
    data: DmInteractionCommandDataDataType1 | str
    id: int | None = None
    status: int | None = None
    dmscore: int | None = None
    # Made on first use (__getattr__ below): most objects have no unknown members, and an empty dict
    # for each of thousands of list items is a good part of a parse.
    additional_properties: dict[str, Any] = _attrs_field(init=False, repr=False)

    if not TYPE_CHECKING:  # hidden from type checkers, which would accept any attribute name
        __getattr__ = _extras_on_first_use

    def __repr__(self) -> str:
        # Only the members that are set, extras only when there are some, secrets masked.
        return model_repr(self, _REPR_NAMES)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        data: dict[str, Any] | str
        if isinstance(self.data, DmInteractionCommandDataDataType1):
            data = self.data.to_dict()
        else:
            data = self.data

        id = self.id

        status = self.status

        dmscore = self.dmscore

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "data": data,
            }
        )
        if id is not None:
            field_dict["id"] = id
        if status is not None:
            field_dict["status"] = status
        if dmscore is not None:
            field_dict["dmscore"] = dmscore

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        type_ = src_dict["type"]

        def _parse_data(data: object) -> DmInteractionCommandDataDataType1 | str:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                data_type_1 = DmInteractionCommandDataDataType1.from_dict(data)

                return data_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DmInteractionCommandDataDataType1 | str, data)

        data = _parse_data(src_dict["data"])

        id = src_dict.get("id")

        status = src_dict.get("status")

        dmscore = src_dict.get("dmscore")

        dm_interaction_command_data = cls(
            type_,
            data,
            id,
            status,
            dmscore,
        )

        if not _PROPERTY_NAMES.issuperset(src_dict):  # members beyond the described ones
            d = {prop_name: prop for prop_name, prop in src_dict.items() if prop_name not in _PROPERTY_NAMES}
            dm_interaction_command_data.additional_properties = d
        return dm_interaction_command_data

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
        "type",
        "data",
        "id",
        "status",
        "dmscore",
    }
)
_REPR_NAMES: tuple[tuple[str, bool], ...] = (
    ("type_", True),
    ("data", True),
    ("id", False),
    ("status", False),
    ("dmscore", False),
)

# bilispec: models that refer to each other import each other here, once the class exists.
from ..models.dm_interaction_command_data_data_type_1 import DmInteractionCommandDataDataType1  # noqa: E402
