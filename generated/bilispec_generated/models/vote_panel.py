from __future__ import annotations

from collections.abc import Mapping
from types import NoneType
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import _extras_on_first_use, model_repr

T = TypeVar("T", bound="VotePanel")


@_attrs_define
class VotePanel:
    """
    Attributes:
        vote_info (VoteInfo | None): One vote. In the panel it is an empty object when no vote is running, so no member
            is required;
            clients read that empty object as no vote (None).
        templates (list[VoteTemplate] | None): Vote templates (投票模板).
    """

    vote_info: VoteInfo | None = None
    templates: list[VoteTemplate] | None = None
    # Made on first use (__getattr__ below): most objects have no unknown members, and an empty dict
    # for each of thousands of list items is a good part of a parse.
    additional_properties: dict[str, Any] = _attrs_field(init=False, repr=False)

    if not TYPE_CHECKING:  # hidden from type checkers, which would accept any attribute name
        __getattr__ = _extras_on_first_use

    def __repr__(self) -> str:
        # Only the members that are set, extras only when there are some, secrets masked.
        return model_repr(self, _REPR_NAMES)

    def to_dict(self) -> dict[str, Any]:
        vote_info: dict[str, Any] | None = None
        if not isinstance(self.vote_info, NoneType):
            vote_info = self.vote_info.to_dict()

        templates: list[dict[str, Any]] | None = None
        if not isinstance(self.templates, NoneType):
            templates = []
            for templates_item_data in self.templates:
                templates_item = templates_item_data.to_dict()
                templates.append(templates_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if vote_info is not None:
            field_dict["vote_info"] = vote_info
        if templates is not None:
            field_dict["templates"] = templates

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _vote_info = src_dict.get("vote_info")
        vote_info: VoteInfo | None
        if isinstance(_vote_info, NoneType) or _vote_info == {}:
            vote_info = None
        else:
            vote_info = VoteInfo.from_dict(_vote_info)

        _templates = src_dict.get("templates")
        templates: list[VoteTemplate] | None = None
        if _templates is not None:
            templates = VoteTemplate._from_list(_templates)

        vote_panel = cls(
            vote_info,
            templates,
        )

        if not _PROPERTY_NAMES.issuperset(src_dict):  # members beyond the described ones
            d = {prop_name: prop for prop_name, prop in src_dict.items() if prop_name not in _PROPERTY_NAMES}
            vote_panel.additional_properties = d
        return vote_panel

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
        "vote_info",
        "templates",
    }
)
_REPR_NAMES: tuple[tuple[str, bool], ...] = (
    ("vote_info", False),
    ("templates", False),
)

# bilispec: models that refer to each other import each other here, once the class exists.
from ..models.vote_info import VoteInfo  # noqa: E402
from ..models.vote_template import VoteTemplate  # noqa: E402
