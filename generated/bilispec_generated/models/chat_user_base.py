from __future__ import annotations

from collections.abc import Mapping
from types import NoneType
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import _extras_on_first_use, model_repr

T = TypeVar("T", bound="ChatUserBase")


@_attrs_define
class ChatUserBase:
    """Name, face and verification.

    Attributes:
        name (str | None):
        face (str | None):
        name_color (int | None):
        is_mystery (bool | None):
        risk_ctrl_info (ChatUserBaseRiskCtrlInfoType0 | None):
        origin_info (ChatUserBaseOriginInfo | None):
        official_info (ChatUserBaseOfficialInfo | None):
        name_color_str (str | None):
    """

    name: str | None = None
    face: str | None = None
    name_color: int | None = None
    is_mystery: bool | None = None
    risk_ctrl_info: ChatUserBaseRiskCtrlInfoType0 | None = None
    origin_info: ChatUserBaseOriginInfo | None = None
    official_info: ChatUserBaseOfficialInfo | None = None
    name_color_str: str | None = None
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
        name = self.name

        face = self.face

        name_color = self.name_color

        is_mystery = self.is_mystery

        risk_ctrl_info: dict[str, Any] | None
        if isinstance(self.risk_ctrl_info, NoneType):
            risk_ctrl_info = None
        elif isinstance(self.risk_ctrl_info, ChatUserBaseRiskCtrlInfoType0):
            risk_ctrl_info = self.risk_ctrl_info.to_dict()
        else:
            risk_ctrl_info = self.risk_ctrl_info

        origin_info: dict[str, Any] | None = None
        if not isinstance(self.origin_info, NoneType):
            origin_info = self.origin_info.to_dict()

        official_info: dict[str, Any] | None = None
        if not isinstance(self.official_info, NoneType):
            official_info = self.official_info.to_dict()

        name_color_str = self.name_color_str

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not None:
            field_dict["name"] = name
        if face is not None:
            field_dict["face"] = face
        if name_color is not None:
            field_dict["name_color"] = name_color
        if is_mystery is not None:
            field_dict["is_mystery"] = is_mystery
        if risk_ctrl_info is not None or "risk_ctrl_info" in self._nulls:
            field_dict["risk_ctrl_info"] = risk_ctrl_info
        if origin_info is not None:
            field_dict["origin_info"] = origin_info
        if official_info is not None:
            field_dict["official_info"] = official_info
        if name_color_str is not None:
            field_dict["name_color_str"] = name_color_str

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        name = src_dict.get("name")

        face = src_dict.get("face")

        name_color = src_dict.get("name_color")

        is_mystery = src_dict.get("is_mystery")

        def _parse_risk_ctrl_info(data: object) -> ChatUserBaseRiskCtrlInfoType0 | None:
            if data is None:
                return data
            if isinstance(data, NoneType):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                risk_ctrl_info_type_0 = ChatUserBaseRiskCtrlInfoType0.from_dict(data)

                return risk_ctrl_info_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ChatUserBaseRiskCtrlInfoType0 | None, data)

        risk_ctrl_info = _parse_risk_ctrl_info(src_dict.get("risk_ctrl_info"))

        _origin_info = src_dict.get("origin_info")
        origin_info: ChatUserBaseOriginInfo | None
        if isinstance(_origin_info, NoneType):
            origin_info = None
        else:
            origin_info = ChatUserBaseOriginInfo.from_dict(_origin_info)

        _official_info = src_dict.get("official_info")
        official_info: ChatUserBaseOfficialInfo | None
        if isinstance(_official_info, NoneType):
            official_info = None
        else:
            official_info = ChatUserBaseOfficialInfo.from_dict(_official_info)

        name_color_str = src_dict.get("name_color_str")

        chat_user_base = cls(
            name,
            face,
            name_color,
            is_mystery,
            risk_ctrl_info,
            origin_info,
            official_info,
            name_color_str,
        )

        if not _PROPERTY_NAMES.issuperset(src_dict):  # members beyond the described ones
            d = {prop_name: prop for prop_name, prop in src_dict.items() if prop_name not in _PROPERTY_NAMES}
            chat_user_base.additional_properties = d
        if None in (src_dict.get("risk_ctrl_info", 0),):
            chat_user_base._nulls = frozenset(
                name for name in _NULLABLE_OPTIONAL if name in src_dict and src_dict[name] is None
            )
        return chat_user_base

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
        "name",
        "face",
        "name_color",
        "is_mystery",
        "risk_ctrl_info",
        "origin_info",
        "official_info",
        "name_color_str",
    }
)
_REPR_NAMES: tuple[tuple[str, bool], ...] = (
    ("name", False),
    ("face", False),
    ("name_color", False),
    ("is_mystery", False),
    ("risk_ctrl_info", False),
    ("origin_info", False),
    ("official_info", False),
    ("name_color_str", False),
)
_NULLABLE_OPTIONAL: tuple[str, ...] = ("risk_ctrl_info",)

# bilispec: models that refer to each other import each other here, once the class exists.
from ..models.chat_user_base_official_info import ChatUserBaseOfficialInfo  # noqa: E402
from ..models.chat_user_base_origin_info import ChatUserBaseOriginInfo  # noqa: E402
from ..models.chat_user_base_risk_ctrl_info_type_0 import ChatUserBaseRiskCtrlInfoType0  # noqa: E402
