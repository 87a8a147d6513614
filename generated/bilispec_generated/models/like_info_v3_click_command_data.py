from __future__ import annotations

from collections.abc import Mapping
from types import NoneType
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import _extras_on_first_use, model_repr

T = TypeVar("T", bound="LikeInfoV3ClickCommandData")


@_attrs_define
class LikeInfoV3ClickCommandData:
    """
    Attributes:
        show_area (int | None):
        msg_type (int | None):
        like_icon (str | None):
        uid (int | None):
        like_text (str | None):
        uname (str | None):
        uname_color (str | None):
        identities (list[int] | None):
        fans_medal (LikeInfoV3ClickCommandDataFansMedalType0 | None):
        contribution_info (LikeInfoV3ClickCommandDataContributionInfoType0 | None):
        dmscore (int | None):
        group_medal (None | None):
        is_mystery (bool | None):
        uinfo (LikeInfoV3ClickCommandDataUinfoType0 | None):
    """

    show_area: int | None = None
    msg_type: int | None = None
    like_icon: str | None = None
    uid: int | None = None
    like_text: str | None = None
    uname: str | None = None
    uname_color: str | None = None
    identities: list[int] | None = None
    fans_medal: LikeInfoV3ClickCommandDataFansMedalType0 | None = None
    contribution_info: LikeInfoV3ClickCommandDataContributionInfoType0 | None = None
    dmscore: int | None = None
    group_medal: None | None = None
    is_mystery: bool | None = None
    uinfo: LikeInfoV3ClickCommandDataUinfoType0 | None = None
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
        show_area = self.show_area

        msg_type = self.msg_type

        like_icon = self.like_icon

        uid = self.uid

        like_text = self.like_text

        uname = self.uname

        uname_color = self.uname_color

        identities: list[int] | None
        if isinstance(self.identities, NoneType):
            identities = None
        elif isinstance(self.identities, list):
            identities = self.identities

        else:
            identities = self.identities

        fans_medal: dict[str, Any] | None
        if isinstance(self.fans_medal, NoneType):
            fans_medal = None
        elif isinstance(self.fans_medal, LikeInfoV3ClickCommandDataFansMedalType0):
            fans_medal = self.fans_medal.to_dict()
        else:
            fans_medal = self.fans_medal

        contribution_info: dict[str, Any] | None
        if isinstance(self.contribution_info, NoneType):
            contribution_info = None
        elif isinstance(self.contribution_info, LikeInfoV3ClickCommandDataContributionInfoType0):
            contribution_info = self.contribution_info.to_dict()
        else:
            contribution_info = self.contribution_info

        dmscore = self.dmscore

        group_medal = self.group_medal

        is_mystery = self.is_mystery

        uinfo: dict[str, Any] | None
        if isinstance(self.uinfo, NoneType):
            uinfo = None
        elif isinstance(self.uinfo, LikeInfoV3ClickCommandDataUinfoType0):
            uinfo = self.uinfo.to_dict()
        else:
            uinfo = self.uinfo

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if show_area is not None:
            field_dict["show_area"] = show_area
        if msg_type is not None:
            field_dict["msg_type"] = msg_type
        if like_icon is not None:
            field_dict["like_icon"] = like_icon
        if uid is not None:
            field_dict["uid"] = uid
        if like_text is not None:
            field_dict["like_text"] = like_text
        if uname is not None:
            field_dict["uname"] = uname
        if uname_color is not None:
            field_dict["uname_color"] = uname_color
        if identities is not None or "identities" in self._nulls:
            field_dict["identities"] = identities
        if fans_medal is not None or "fans_medal" in self._nulls:
            field_dict["fans_medal"] = fans_medal
        if contribution_info is not None or "contribution_info" in self._nulls:
            field_dict["contribution_info"] = contribution_info
        if dmscore is not None:
            field_dict["dmscore"] = dmscore
        if group_medal is not None or "group_medal" in self._nulls:
            field_dict["group_medal"] = group_medal
        if is_mystery is not None:
            field_dict["is_mystery"] = is_mystery
        if uinfo is not None or "uinfo" in self._nulls:
            field_dict["uinfo"] = uinfo

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        show_area = src_dict.get("show_area")

        msg_type = src_dict.get("msg_type")

        like_icon = src_dict.get("like_icon")

        uid = src_dict.get("uid")

        like_text = src_dict.get("like_text")

        uname = src_dict.get("uname")

        uname_color = src_dict.get("uname_color")

        def _parse_identities(data: object) -> list[int] | None:
            if data is None:
                return data
            if isinstance(data, NoneType):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                identities_type_0 = cast(list[int], data)

                return identities_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[int] | None, data)

        identities = _parse_identities(src_dict.get("identities"))

        def _parse_fans_medal(data: object) -> LikeInfoV3ClickCommandDataFansMedalType0 | None:
            if data is None:
                return data
            if isinstance(data, NoneType):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                fans_medal_type_0 = LikeInfoV3ClickCommandDataFansMedalType0.from_dict(data)

                return fans_medal_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(LikeInfoV3ClickCommandDataFansMedalType0 | None, data)

        fans_medal = _parse_fans_medal(src_dict.get("fans_medal"))

        def _parse_contribution_info(data: object) -> LikeInfoV3ClickCommandDataContributionInfoType0 | None:
            if data is None:
                return data
            if isinstance(data, NoneType):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                contribution_info_type_0 = LikeInfoV3ClickCommandDataContributionInfoType0.from_dict(data)

                return contribution_info_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(LikeInfoV3ClickCommandDataContributionInfoType0 | None, data)

        contribution_info = _parse_contribution_info(src_dict.get("contribution_info"))

        dmscore = src_dict.get("dmscore")

        group_medal = src_dict.get("group_medal")

        is_mystery = src_dict.get("is_mystery")

        def _parse_uinfo(data: object) -> LikeInfoV3ClickCommandDataUinfoType0 | None:
            if data is None:
                return data
            if isinstance(data, NoneType):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                uinfo_type_0 = LikeInfoV3ClickCommandDataUinfoType0.from_dict(data)

                return uinfo_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(LikeInfoV3ClickCommandDataUinfoType0 | None, data)

        uinfo = _parse_uinfo(src_dict.get("uinfo"))

        like_info_v3_click_command_data = cls(
            show_area,
            msg_type,
            like_icon,
            uid,
            like_text,
            uname,
            uname_color,
            identities,
            fans_medal,
            contribution_info,
            dmscore,
            group_medal,
            is_mystery,
            uinfo,
        )

        if not _PROPERTY_NAMES.issuperset(src_dict):  # members beyond the described ones
            d = {prop_name: prop for prop_name, prop in src_dict.items() if prop_name not in _PROPERTY_NAMES}
            like_info_v3_click_command_data.additional_properties = d
        if None in (
            src_dict.get("identities", 0),
            src_dict.get("fans_medal", 0),
            src_dict.get("contribution_info", 0),
            src_dict.get("group_medal", 0),
            src_dict.get("uinfo", 0),
        ):
            like_info_v3_click_command_data._nulls = frozenset(
                name for name in _NULLABLE_OPTIONAL if name in src_dict and src_dict[name] is None
            )
        return like_info_v3_click_command_data

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
        "show_area",
        "msg_type",
        "like_icon",
        "uid",
        "like_text",
        "uname",
        "uname_color",
        "identities",
        "fans_medal",
        "contribution_info",
        "dmscore",
        "group_medal",
        "is_mystery",
        "uinfo",
    }
)
_REPR_NAMES: tuple[tuple[str, bool], ...] = (
    ("show_area", False),
    ("msg_type", False),
    ("like_icon", False),
    ("uid", False),
    ("like_text", False),
    ("uname", False),
    ("uname_color", False),
    ("identities", False),
    ("fans_medal", False),
    ("contribution_info", False),
    ("dmscore", False),
    ("group_medal", False),
    ("is_mystery", False),
    ("uinfo", False),
)
_NULLABLE_OPTIONAL: tuple[str, ...] = (
    "identities",
    "fans_medal",
    "contribution_info",
    "group_medal",
    "uinfo",
)

# bilispec: models that refer to each other import each other here, once the class exists.
from ..models.like_info_v3_click_command_data_contribution_info_type_0 import (
    LikeInfoV3ClickCommandDataContributionInfoType0,  # noqa: E402
)
from ..models.like_info_v3_click_command_data_fans_medal_type_0 import LikeInfoV3ClickCommandDataFansMedalType0  # noqa: E402
from ..models.like_info_v3_click_command_data_uinfo_type_0 import LikeInfoV3ClickCommandDataUinfoType0  # noqa: E402
