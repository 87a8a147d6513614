from __future__ import annotations

from collections.abc import Mapping
from types import NoneType
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import _extras_on_first_use, model_repr

T = TypeVar("T", bound="EntryEffectCommandData")


@_attrs_define
class EntryEffectCommandData:
    """
    Attributes:
        id (int | None):
        uid (int | None):
        target_id (int | None):
        mock_effect (int | None):
        face (str | None):
        privilege_type (int | None):
        copy_writing (str | None):
        copy_color (str | None):
        highlight_color (str | None):
        priority (int | None):
        basemap_url (str | None):
        show_avatar (int | None):
        effective_time (int | None):
        web_basemap_url (str | None):
        web_effective_time (int | None):
        web_effect_close (int | None):
        web_close_time (int | None):
        business (int | None):
        copy_writing_v2 (str | None):
        icon_list (list[Any] | None):
        max_delay_time (int | None):
        trigger_time (int | None):
        identities (int | None):
        effect_silent_time (int | None):
        effective_time_new (int | None):
        web_dynamic_url_webp (str | None):
        web_dynamic_url_apng (str | None):
        mobile_dynamic_url_webp (str | None):
        wealthy_info (EntryEffectCommandDataWealthyInfoType1 | None):
        new_style (int | None):
        is_mystery (bool | None):
        uinfo (EntryEffectCommandDataUinfoType0 | None):
        full_cartoon_id (int | None):
        priority_level (int | None):
        wealth_style_info (EntryEffectCommandDataWealthStyleInfoType0 | None):
    """

    id: int | None = None
    uid: int | None = None
    target_id: int | None = None
    mock_effect: int | None = None
    face: str | None = None
    privilege_type: int | None = None
    copy_writing: str | None = None
    copy_color: str | None = None
    highlight_color: str | None = None
    priority: int | None = None
    basemap_url: str | None = None
    show_avatar: int | None = None
    effective_time: int | None = None
    web_basemap_url: str | None = None
    web_effective_time: int | None = None
    web_effect_close: int | None = None
    web_close_time: int | None = None
    business: int | None = None
    copy_writing_v2: str | None = None
    icon_list: list[Any] | None = None
    max_delay_time: int | None = None
    trigger_time: int | None = None
    identities: int | None = None
    effect_silent_time: int | None = None
    effective_time_new: int | None = None
    web_dynamic_url_webp: str | None = None
    web_dynamic_url_apng: str | None = None
    mobile_dynamic_url_webp: str | None = None
    wealthy_info: EntryEffectCommandDataWealthyInfoType1 | None = None
    new_style: int | None = None
    is_mystery: bool | None = None
    uinfo: EntryEffectCommandDataUinfoType0 | None = None
    full_cartoon_id: int | None = None
    priority_level: int | None = None
    wealth_style_info: EntryEffectCommandDataWealthStyleInfoType0 | None = None
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
        id = self.id

        uid = self.uid

        target_id = self.target_id

        mock_effect = self.mock_effect

        face = self.face

        privilege_type = self.privilege_type

        copy_writing = self.copy_writing

        copy_color = self.copy_color

        highlight_color = self.highlight_color

        priority = self.priority

        basemap_url = self.basemap_url

        show_avatar = self.show_avatar

        effective_time = self.effective_time

        web_basemap_url = self.web_basemap_url

        web_effective_time = self.web_effective_time

        web_effect_close = self.web_effect_close

        web_close_time = self.web_close_time

        business = self.business

        copy_writing_v2 = self.copy_writing_v2

        icon_list: list[Any] | None = None
        if not isinstance(self.icon_list, NoneType):
            icon_list = self.icon_list

        max_delay_time = self.max_delay_time

        trigger_time = self.trigger_time

        identities = self.identities

        effect_silent_time = self.effect_silent_time

        effective_time_new = self.effective_time_new

        web_dynamic_url_webp = self.web_dynamic_url_webp

        web_dynamic_url_apng = self.web_dynamic_url_apng

        mobile_dynamic_url_webp = self.mobile_dynamic_url_webp

        wealthy_info: dict[str, Any] | None
        if isinstance(self.wealthy_info, NoneType):
            wealthy_info = None
        elif isinstance(self.wealthy_info, EntryEffectCommandDataWealthyInfoType1):
            wealthy_info = self.wealthy_info.to_dict()
        else:
            wealthy_info = self.wealthy_info

        new_style = self.new_style

        is_mystery = self.is_mystery

        uinfo: dict[str, Any] | None
        if isinstance(self.uinfo, NoneType):
            uinfo = None
        elif isinstance(self.uinfo, EntryEffectCommandDataUinfoType0):
            uinfo = self.uinfo.to_dict()
        else:
            uinfo = self.uinfo

        full_cartoon_id = self.full_cartoon_id

        priority_level = self.priority_level

        wealth_style_info: dict[str, Any] | None
        if isinstance(self.wealth_style_info, NoneType):
            wealth_style_info = None
        elif isinstance(self.wealth_style_info, EntryEffectCommandDataWealthStyleInfoType0):
            wealth_style_info = self.wealth_style_info.to_dict()
        else:
            wealth_style_info = self.wealth_style_info

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not None:
            field_dict["id"] = id
        if uid is not None:
            field_dict["uid"] = uid
        if target_id is not None:
            field_dict["target_id"] = target_id
        if mock_effect is not None:
            field_dict["mock_effect"] = mock_effect
        if face is not None:
            field_dict["face"] = face
        if privilege_type is not None:
            field_dict["privilege_type"] = privilege_type
        if copy_writing is not None:
            field_dict["copy_writing"] = copy_writing
        if copy_color is not None:
            field_dict["copy_color"] = copy_color
        if highlight_color is not None:
            field_dict["highlight_color"] = highlight_color
        if priority is not None:
            field_dict["priority"] = priority
        if basemap_url is not None:
            field_dict["basemap_url"] = basemap_url
        if show_avatar is not None:
            field_dict["show_avatar"] = show_avatar
        if effective_time is not None:
            field_dict["effective_time"] = effective_time
        if web_basemap_url is not None:
            field_dict["web_basemap_url"] = web_basemap_url
        if web_effective_time is not None:
            field_dict["web_effective_time"] = web_effective_time
        if web_effect_close is not None:
            field_dict["web_effect_close"] = web_effect_close
        if web_close_time is not None:
            field_dict["web_close_time"] = web_close_time
        if business is not None:
            field_dict["business"] = business
        if copy_writing_v2 is not None:
            field_dict["copy_writing_v2"] = copy_writing_v2
        if icon_list is not None:
            field_dict["icon_list"] = icon_list
        if max_delay_time is not None:
            field_dict["max_delay_time"] = max_delay_time
        if trigger_time is not None:
            field_dict["trigger_time"] = trigger_time
        if identities is not None:
            field_dict["identities"] = identities
        if effect_silent_time is not None:
            field_dict["effect_silent_time"] = effect_silent_time
        if effective_time_new is not None:
            field_dict["effective_time_new"] = effective_time_new
        if web_dynamic_url_webp is not None:
            field_dict["web_dynamic_url_webp"] = web_dynamic_url_webp
        if web_dynamic_url_apng is not None:
            field_dict["web_dynamic_url_apng"] = web_dynamic_url_apng
        if mobile_dynamic_url_webp is not None:
            field_dict["mobile_dynamic_url_webp"] = mobile_dynamic_url_webp
        if wealthy_info is not None or "wealthy_info" in self._nulls:
            field_dict["wealthy_info"] = wealthy_info
        if new_style is not None:
            field_dict["new_style"] = new_style
        if is_mystery is not None:
            field_dict["is_mystery"] = is_mystery
        if uinfo is not None or "uinfo" in self._nulls:
            field_dict["uinfo"] = uinfo
        if full_cartoon_id is not None:
            field_dict["full_cartoon_id"] = full_cartoon_id
        if priority_level is not None:
            field_dict["priority_level"] = priority_level
        if wealth_style_info is not None or "wealth_style_info" in self._nulls:
            field_dict["wealth_style_info"] = wealth_style_info

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        id = src_dict.get("id")

        uid = src_dict.get("uid")

        target_id = src_dict.get("target_id")

        mock_effect = src_dict.get("mock_effect")

        face = src_dict.get("face")

        privilege_type = src_dict.get("privilege_type")

        copy_writing = src_dict.get("copy_writing")

        copy_color = src_dict.get("copy_color")

        highlight_color = src_dict.get("highlight_color")

        priority = src_dict.get("priority")

        basemap_url = src_dict.get("basemap_url")

        show_avatar = src_dict.get("show_avatar")

        effective_time = src_dict.get("effective_time")

        web_basemap_url = src_dict.get("web_basemap_url")

        web_effective_time = src_dict.get("web_effective_time")

        web_effect_close = src_dict.get("web_effect_close")

        web_close_time = src_dict.get("web_close_time")

        business = src_dict.get("business")

        copy_writing_v2 = src_dict.get("copy_writing_v2")

        icon_list = cast(list[Any], src_dict.get("icon_list"))

        max_delay_time = src_dict.get("max_delay_time")

        trigger_time = src_dict.get("trigger_time")

        identities = src_dict.get("identities")

        effect_silent_time = src_dict.get("effect_silent_time")

        effective_time_new = src_dict.get("effective_time_new")

        web_dynamic_url_webp = src_dict.get("web_dynamic_url_webp")

        web_dynamic_url_apng = src_dict.get("web_dynamic_url_apng")

        mobile_dynamic_url_webp = src_dict.get("mobile_dynamic_url_webp")

        def _parse_wealthy_info(data: object) -> EntryEffectCommandDataWealthyInfoType1 | None:
            if data is None:
                return data
            if isinstance(data, NoneType):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                wealthy_info_type_1 = EntryEffectCommandDataWealthyInfoType1.from_dict(data)

                return wealthy_info_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EntryEffectCommandDataWealthyInfoType1 | None, data)

        wealthy_info = _parse_wealthy_info(src_dict.get("wealthy_info"))

        new_style = src_dict.get("new_style")

        is_mystery = src_dict.get("is_mystery")

        def _parse_uinfo(data: object) -> EntryEffectCommandDataUinfoType0 | None:
            if data is None:
                return data
            if isinstance(data, NoneType):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                uinfo_type_0 = EntryEffectCommandDataUinfoType0.from_dict(data)

                return uinfo_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EntryEffectCommandDataUinfoType0 | None, data)

        uinfo = _parse_uinfo(src_dict.get("uinfo"))

        full_cartoon_id = src_dict.get("full_cartoon_id")

        priority_level = src_dict.get("priority_level")

        def _parse_wealth_style_info(data: object) -> EntryEffectCommandDataWealthStyleInfoType0 | None:
            if data is None:
                return data
            if isinstance(data, NoneType):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                wealth_style_info_type_0 = EntryEffectCommandDataWealthStyleInfoType0.from_dict(data)

                return wealth_style_info_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EntryEffectCommandDataWealthStyleInfoType0 | None, data)

        wealth_style_info = _parse_wealth_style_info(src_dict.get("wealth_style_info"))

        entry_effect_command_data = cls(
            id,
            uid,
            target_id,
            mock_effect,
            face,
            privilege_type,
            copy_writing,
            copy_color,
            highlight_color,
            priority,
            basemap_url,
            show_avatar,
            effective_time,
            web_basemap_url,
            web_effective_time,
            web_effect_close,
            web_close_time,
            business,
            copy_writing_v2,
            icon_list,
            max_delay_time,
            trigger_time,
            identities,
            effect_silent_time,
            effective_time_new,
            web_dynamic_url_webp,
            web_dynamic_url_apng,
            mobile_dynamic_url_webp,
            wealthy_info,
            new_style,
            is_mystery,
            uinfo,
            full_cartoon_id,
            priority_level,
            wealth_style_info,
        )

        if not _PROPERTY_NAMES.issuperset(src_dict):  # members beyond the described ones
            d = {prop_name: prop for prop_name, prop in src_dict.items() if prop_name not in _PROPERTY_NAMES}
            entry_effect_command_data.additional_properties = d
        if None in (
            src_dict.get("wealthy_info", 0),
            src_dict.get("uinfo", 0),
            src_dict.get("wealth_style_info", 0),
        ):
            entry_effect_command_data._nulls = frozenset(
                name for name in _NULLABLE_OPTIONAL if name in src_dict and src_dict[name] is None
            )
        return entry_effect_command_data

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
        "id",
        "uid",
        "target_id",
        "mock_effect",
        "face",
        "privilege_type",
        "copy_writing",
        "copy_color",
        "highlight_color",
        "priority",
        "basemap_url",
        "show_avatar",
        "effective_time",
        "web_basemap_url",
        "web_effective_time",
        "web_effect_close",
        "web_close_time",
        "business",
        "copy_writing_v2",
        "icon_list",
        "max_delay_time",
        "trigger_time",
        "identities",
        "effect_silent_time",
        "effective_time_new",
        "web_dynamic_url_webp",
        "web_dynamic_url_apng",
        "mobile_dynamic_url_webp",
        "wealthy_info",
        "new_style",
        "is_mystery",
        "uinfo",
        "full_cartoon_id",
        "priority_level",
        "wealth_style_info",
    }
)
_REPR_NAMES: tuple[tuple[str, bool], ...] = (
    ("id", False),
    ("uid", False),
    ("target_id", False),
    ("mock_effect", False),
    ("face", False),
    ("privilege_type", False),
    ("copy_writing", False),
    ("copy_color", False),
    ("highlight_color", False),
    ("priority", False),
    ("basemap_url", False),
    ("show_avatar", False),
    ("effective_time", False),
    ("web_basemap_url", False),
    ("web_effective_time", False),
    ("web_effect_close", False),
    ("web_close_time", False),
    ("business", False),
    ("copy_writing_v2", False),
    ("icon_list", False),
    ("max_delay_time", False),
    ("trigger_time", False),
    ("identities", False),
    ("effect_silent_time", False),
    ("effective_time_new", False),
    ("web_dynamic_url_webp", False),
    ("web_dynamic_url_apng", False),
    ("mobile_dynamic_url_webp", False),
    ("wealthy_info", False),
    ("new_style", False),
    ("is_mystery", False),
    ("uinfo", False),
    ("full_cartoon_id", False),
    ("priority_level", False),
    ("wealth_style_info", False),
)
_NULLABLE_OPTIONAL: tuple[str, ...] = (
    "wealthy_info",
    "uinfo",
    "wealth_style_info",
)

# bilispec: models that refer to each other import each other here, once the class exists.
from ..models.entry_effect_command_data_uinfo_type_0 import EntryEffectCommandDataUinfoType0  # noqa: E402
from ..models.entry_effect_command_data_wealth_style_info_type_0 import EntryEffectCommandDataWealthStyleInfoType0  # noqa: E402
from ..models.entry_effect_command_data_wealthy_info_type_1 import EntryEffectCommandDataWealthyInfoType1  # noqa: E402
