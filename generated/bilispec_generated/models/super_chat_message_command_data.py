from __future__ import annotations

from collections.abc import Mapping
from types import NoneType
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import _extras_on_first_use, model_repr

T = TypeVar("T", bound="SuperChatMessageCommandData")


@_attrs_define
class SuperChatMessageCommandData:
    """
    Attributes:
        background_bottom_color (str | None):
        background_color (str | None):
        background_color_end (str | None):
        background_color_start (str | None):
        background_icon (str | None):
        background_image (str | None):
        background_price_color (str | None):
        color_point (float | None):
        dmscore (int | None):
        end_time (int | None):
        gift (None | SuperChatMessageCommandDataGiftType0 | None):
        id (int | None):
        is_ranked (int | None):
        is_send_audit (int | None):
        medal_info (None | SuperChatMessageCommandDataMedalInfoType0 | None):
        message (str | None):
        message_font_color (str | None):
        message_trans (str | None):
        price (int | None):
        rate (int | None):
        start_time (int | None):
        time (int | None):
        token (str | None):
        trans_mark (int | None):
        ts (int | None):
        uid (int | None):
        user_info (None | SuperChatMessageCommandDataUserInfoType0 | None):
        group_medal (None | SuperChatMessageCommandDataGroupMedalType0 | None):
        is_mystery (bool | None):
        uinfo (None | SuperChatMessageCommandDataUinfoType0 | None):
    """

    background_bottom_color: str | None = None
    background_color: str | None = None
    background_color_end: str | None = None
    background_color_start: str | None = None
    background_icon: str | None = None
    background_image: str | None = None
    background_price_color: str | None = None
    color_point: float | None = None
    dmscore: int | None = None
    end_time: int | None = None
    gift: None | SuperChatMessageCommandDataGiftType0 | None = None
    id: int | None = None
    is_ranked: int | None = None
    is_send_audit: int | None = None
    medal_info: None | SuperChatMessageCommandDataMedalInfoType0 | None = None
    message: str | None = None
    message_font_color: str | None = None
    message_trans: str | None = None
    price: int | None = None
    rate: int | None = None
    start_time: int | None = None
    time: int | None = None
    token: str | None = None
    trans_mark: int | None = None
    ts: int | None = None
    uid: int | None = None
    user_info: None | SuperChatMessageCommandDataUserInfoType0 | None = None
    group_medal: None | SuperChatMessageCommandDataGroupMedalType0 | None = None
    is_mystery: bool | None = None
    uinfo: None | SuperChatMessageCommandDataUinfoType0 | None = None
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
        background_bottom_color = self.background_bottom_color

        background_color = self.background_color

        background_color_end = self.background_color_end

        background_color_start = self.background_color_start

        background_icon = self.background_icon

        background_image = self.background_image

        background_price_color = self.background_price_color

        color_point = self.color_point

        dmscore = self.dmscore

        end_time = self.end_time

        gift: dict[str, Any] | None
        if isinstance(self.gift, NoneType):
            gift = None
        elif isinstance(self.gift, SuperChatMessageCommandDataGiftType0):
            gift = self.gift.to_dict()
        else:
            gift = self.gift

        id = self.id

        is_ranked = self.is_ranked

        is_send_audit = self.is_send_audit

        medal_info: dict[str, Any] | None
        if isinstance(self.medal_info, NoneType):
            medal_info = None
        elif isinstance(self.medal_info, SuperChatMessageCommandDataMedalInfoType0):
            medal_info = self.medal_info.to_dict()
        else:
            medal_info = self.medal_info

        message = self.message

        message_font_color = self.message_font_color

        message_trans = self.message_trans

        price = self.price

        rate = self.rate

        start_time = self.start_time

        time = self.time

        token = self.token

        trans_mark = self.trans_mark

        ts = self.ts

        uid = self.uid

        user_info: dict[str, Any] | None
        if isinstance(self.user_info, NoneType):
            user_info = None
        elif isinstance(self.user_info, SuperChatMessageCommandDataUserInfoType0):
            user_info = self.user_info.to_dict()
        else:
            user_info = self.user_info

        group_medal: dict[str, Any] | None
        if isinstance(self.group_medal, NoneType):
            group_medal = None
        elif isinstance(self.group_medal, SuperChatMessageCommandDataGroupMedalType0):
            group_medal = self.group_medal.to_dict()
        else:
            group_medal = self.group_medal

        is_mystery = self.is_mystery

        uinfo: dict[str, Any] | None
        if isinstance(self.uinfo, NoneType):
            uinfo = None
        elif isinstance(self.uinfo, SuperChatMessageCommandDataUinfoType0):
            uinfo = self.uinfo.to_dict()
        else:
            uinfo = self.uinfo

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if background_bottom_color is not None:
            field_dict["background_bottom_color"] = background_bottom_color
        if background_color is not None:
            field_dict["background_color"] = background_color
        if background_color_end is not None:
            field_dict["background_color_end"] = background_color_end
        if background_color_start is not None:
            field_dict["background_color_start"] = background_color_start
        if background_icon is not None:
            field_dict["background_icon"] = background_icon
        if background_image is not None:
            field_dict["background_image"] = background_image
        if background_price_color is not None:
            field_dict["background_price_color"] = background_price_color
        if color_point is not None:
            field_dict["color_point"] = color_point
        if dmscore is not None:
            field_dict["dmscore"] = dmscore
        if end_time is not None:
            field_dict["end_time"] = end_time
        if gift is not None or "gift" in self._nulls:
            field_dict["gift"] = gift
        if id is not None:
            field_dict["id"] = id
        if is_ranked is not None:
            field_dict["is_ranked"] = is_ranked
        if is_send_audit is not None:
            field_dict["is_send_audit"] = is_send_audit
        if medal_info is not None or "medal_info" in self._nulls:
            field_dict["medal_info"] = medal_info
        if message is not None:
            field_dict["message"] = message
        if message_font_color is not None:
            field_dict["message_font_color"] = message_font_color
        if message_trans is not None:
            field_dict["message_trans"] = message_trans
        if price is not None:
            field_dict["price"] = price
        if rate is not None:
            field_dict["rate"] = rate
        if start_time is not None:
            field_dict["start_time"] = start_time
        if time is not None:
            field_dict["time"] = time
        if token is not None:
            field_dict["token"] = token
        if trans_mark is not None:
            field_dict["trans_mark"] = trans_mark
        if ts is not None:
            field_dict["ts"] = ts
        if uid is not None:
            field_dict["uid"] = uid
        if user_info is not None or "user_info" in self._nulls:
            field_dict["user_info"] = user_info
        if group_medal is not None or "group_medal" in self._nulls:
            field_dict["group_medal"] = group_medal
        if is_mystery is not None:
            field_dict["is_mystery"] = is_mystery
        if uinfo is not None or "uinfo" in self._nulls:
            field_dict["uinfo"] = uinfo

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        background_bottom_color = src_dict.get("background_bottom_color")

        background_color = src_dict.get("background_color")

        background_color_end = src_dict.get("background_color_end")

        background_color_start = src_dict.get("background_color_start")

        background_icon = src_dict.get("background_icon")

        background_image = src_dict.get("background_image")

        background_price_color = src_dict.get("background_price_color")

        color_point = src_dict.get("color_point")

        dmscore = src_dict.get("dmscore")

        end_time = src_dict.get("end_time")

        def _parse_gift(data: object) -> None | SuperChatMessageCommandDataGiftType0 | None:
            if data is None:
                return data
            if isinstance(data, NoneType):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                gift_type_0 = SuperChatMessageCommandDataGiftType0.from_dict(data)

                return gift_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SuperChatMessageCommandDataGiftType0 | None, data)

        gift = _parse_gift(src_dict.get("gift"))

        id = src_dict.get("id")

        is_ranked = src_dict.get("is_ranked")

        is_send_audit = src_dict.get("is_send_audit")

        def _parse_medal_info(data: object) -> None | SuperChatMessageCommandDataMedalInfoType0 | None:
            if data is None:
                return data
            if isinstance(data, NoneType):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                medal_info_type_0 = SuperChatMessageCommandDataMedalInfoType0.from_dict(data)

                return medal_info_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SuperChatMessageCommandDataMedalInfoType0 | None, data)

        medal_info = _parse_medal_info(src_dict.get("medal_info"))

        message = src_dict.get("message")

        message_font_color = src_dict.get("message_font_color")

        message_trans = src_dict.get("message_trans")

        price = src_dict.get("price")

        rate = src_dict.get("rate")

        start_time = src_dict.get("start_time")

        time = src_dict.get("time")

        token = src_dict.get("token")

        trans_mark = src_dict.get("trans_mark")

        ts = src_dict.get("ts")

        uid = src_dict.get("uid")

        def _parse_user_info(data: object) -> None | SuperChatMessageCommandDataUserInfoType0 | None:
            if data is None:
                return data
            if isinstance(data, NoneType):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                user_info_type_0 = SuperChatMessageCommandDataUserInfoType0.from_dict(data)

                return user_info_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SuperChatMessageCommandDataUserInfoType0 | None, data)

        user_info = _parse_user_info(src_dict.get("user_info"))

        def _parse_group_medal(data: object) -> None | SuperChatMessageCommandDataGroupMedalType0 | None:
            if data is None:
                return data
            if isinstance(data, NoneType):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                group_medal_type_0 = SuperChatMessageCommandDataGroupMedalType0.from_dict(data)

                return group_medal_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SuperChatMessageCommandDataGroupMedalType0 | None, data)

        group_medal = _parse_group_medal(src_dict.get("group_medal"))

        is_mystery = src_dict.get("is_mystery")

        def _parse_uinfo(data: object) -> None | SuperChatMessageCommandDataUinfoType0 | None:
            if data is None:
                return data
            if isinstance(data, NoneType):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                uinfo_type_0 = SuperChatMessageCommandDataUinfoType0.from_dict(data)

                return uinfo_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SuperChatMessageCommandDataUinfoType0 | None, data)

        uinfo = _parse_uinfo(src_dict.get("uinfo"))

        super_chat_message_command_data = cls(
            background_bottom_color,
            background_color,
            background_color_end,
            background_color_start,
            background_icon,
            background_image,
            background_price_color,
            color_point,
            dmscore,
            end_time,
            gift,
            id,
            is_ranked,
            is_send_audit,
            medal_info,
            message,
            message_font_color,
            message_trans,
            price,
            rate,
            start_time,
            time,
            token,
            trans_mark,
            ts,
            uid,
            user_info,
            group_medal,
            is_mystery,
            uinfo,
        )

        if not _PROPERTY_NAMES.issuperset(src_dict):  # members beyond the described ones
            d = {prop_name: prop for prop_name, prop in src_dict.items() if prop_name not in _PROPERTY_NAMES}
            super_chat_message_command_data.additional_properties = d
        if None in (
            src_dict.get("gift", 0),
            src_dict.get("medal_info", 0),
            src_dict.get("user_info", 0),
            src_dict.get("group_medal", 0),
            src_dict.get("uinfo", 0),
        ):
            super_chat_message_command_data._nulls = frozenset(
                name for name in _NULLABLE_OPTIONAL if name in src_dict and src_dict[name] is None
            )
        return super_chat_message_command_data

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
        "background_bottom_color",
        "background_color",
        "background_color_end",
        "background_color_start",
        "background_icon",
        "background_image",
        "background_price_color",
        "color_point",
        "dmscore",
        "end_time",
        "gift",
        "id",
        "is_ranked",
        "is_send_audit",
        "medal_info",
        "message",
        "message_font_color",
        "message_trans",
        "price",
        "rate",
        "start_time",
        "time",
        "token",
        "trans_mark",
        "ts",
        "uid",
        "user_info",
        "group_medal",
        "is_mystery",
        "uinfo",
    }
)
_REPR_NAMES: tuple[tuple[str, bool], ...] = (
    ("background_bottom_color", False),
    ("background_color", False),
    ("background_color_end", False),
    ("background_color_start", False),
    ("background_icon", False),
    ("background_image", False),
    ("background_price_color", False),
    ("color_point", False),
    ("dmscore", False),
    ("end_time", False),
    ("gift", False),
    ("id", False),
    ("is_ranked", False),
    ("is_send_audit", False),
    ("medal_info", False),
    ("message", False),
    ("message_font_color", False),
    ("message_trans", False),
    ("price", False),
    ("rate", False),
    ("start_time", False),
    ("time", False),
    ("token", False),
    ("trans_mark", False),
    ("ts", False),
    ("uid", False),
    ("user_info", False),
    ("group_medal", False),
    ("is_mystery", False),
    ("uinfo", False),
)
_NULLABLE_OPTIONAL: tuple[str, ...] = (
    "gift",
    "medal_info",
    "user_info",
    "group_medal",
    "uinfo",
)

# bilispec: models that refer to each other import each other here, once the class exists.
from ..models.super_chat_message_command_data_gift_type_0 import SuperChatMessageCommandDataGiftType0  # noqa: E402
from ..models.super_chat_message_command_data_group_medal_type_0 import SuperChatMessageCommandDataGroupMedalType0  # noqa: E402
from ..models.super_chat_message_command_data_medal_info_type_0 import SuperChatMessageCommandDataMedalInfoType0  # noqa: E402
from ..models.super_chat_message_command_data_uinfo_type_0 import SuperChatMessageCommandDataUinfoType0  # noqa: E402
from ..models.super_chat_message_command_data_user_info_type_0 import SuperChatMessageCommandDataUserInfoType0  # noqa: E402
