from __future__ import annotations

from collections.abc import Mapping
from itertools import chain as _chain
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import DESCRIBED_ONLY, _extras_on_first_use, model_repr

T = TypeVar("T", bound="SendChatMessageBody")


@_attrs_define
class SendChatMessageBody:
    """
    Attributes:
        roomid (int): The long room id (直播间id; a short number must be resolved with room_init first).
        msg (str): The message (弹幕内容); too long for the account is 1003212.
        rnd (int): Current Unix seconds (当前 Unix 秒时间戳); some clients send milliseconds.
        fontsize (int): Font size (字体大小), 25 by default.
        color (int): Colour as a decimal RGB number (十进制颜色值), 16777215 white; others need permission.
        csrf (str): CSRF token; must equal the `bili_jct` cookie.
        mode (int | None): Display mode (展示模式), 1 scrolling (default), 4 bottom, 5 top.
        bubble (int | None): Purpose unknown; 0.
        room_type (int | None): Purpose unknown; 0.
        jumpfrom (int | None): Purpose unknown; 0.
        reply_mid (int | None): Uid of the user to @-mention (要"@"的用户mid), 0 for none.
        reply_attr (int | None): Purpose unknown; 0.
        reply_uname (str | None): Name of the user to @-mention; not needed with `reply_mid`.
        replay_dmid (str | None): Id of the message replied to (要回复的弹幕id), "" for none (the page spells it replay_).
        statistics (str | None): Client statistics, a JSON text: {"appId":100,"platform":5}.
        dm_type (int | None): Message kind; 1 sends an emoticon whose code is `msg` (Nemo2011/bilibili-api
            `send_emoticon`).
        emoticon_options (str | None): Emoticon options sent with `dm_type` 1 (Nemo2011/bilibili-api sends "[object
            Object]").
        csrf_token (str | None): Same value as `csrf` (同csrf).
    """

    roomid: int
    msg: str
    rnd: int
    fontsize: int
    color: int
    csrf: str
    mode: int | None = None
    bubble: int | None = None
    room_type: int | None = None
    jumpfrom: int | None = None
    reply_mid: int | None = None
    reply_attr: int | None = None
    reply_uname: str | None = None
    replay_dmid: str | None = None
    statistics: str | None = None
    dm_type: int | None = None
    emoticon_options: str | None = None
    csrf_token: str | None = None
    # Made on first use (__getattr__ below): most objects have no unknown members, and an empty dict
    # for each of thousands of list items is a good part of a parse.
    additional_properties: dict[str, Any] = _attrs_field(init=False, repr=False)

    if not TYPE_CHECKING:  # hidden from type checkers, which would accept any attribute name
        __getattr__ = _extras_on_first_use

    def __repr__(self) -> str:
        # Only the members that are set, extras only when there are some, secrets masked.
        return model_repr(self, _REPR_NAMES)

    def to_dict(self) -> dict[str, Any]:
        roomid = self.roomid

        msg = self.msg

        rnd = self.rnd

        fontsize = self.fontsize

        color = self.color

        csrf = self.csrf

        mode = self.mode

        bubble = self.bubble

        room_type = self.room_type

        jumpfrom = self.jumpfrom

        reply_mid = self.reply_mid

        reply_attr = self.reply_attr

        reply_uname = self.reply_uname

        replay_dmid = self.replay_dmid

        statistics = self.statistics

        dm_type = self.dm_type

        emoticon_options = self.emoticon_options

        csrf_token = self.csrf_token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "roomid": roomid,
                "msg": msg,
                "rnd": rnd,
                "fontsize": fontsize,
                "color": color,
                "csrf": csrf,
            }
        )
        if mode is not None:
            field_dict["mode"] = mode
        if bubble is not None:
            field_dict["bubble"] = bubble
        if room_type is not None:
            field_dict["room_type"] = room_type
        if jumpfrom is not None:
            field_dict["jumpfrom"] = jumpfrom
        if reply_mid is not None:
            field_dict["reply_mid"] = reply_mid
        if reply_attr is not None:
            field_dict["reply_attr"] = reply_attr
        if reply_uname is not None:
            field_dict["reply_uname"] = reply_uname
        if replay_dmid is not None:
            field_dict["replay_dmid"] = replay_dmid
        if statistics is not None:
            field_dict["statistics"] = statistics
        if dm_type is not None:
            field_dict["dm_type"] = dm_type
        if emoticon_options is not None:
            field_dict["emoticonOptions"] = emoticon_options
        if csrf_token is not None:
            field_dict["csrf_token"] = csrf_token

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        roomid = src_dict["roomid"]

        msg = src_dict["msg"]

        rnd = src_dict["rnd"]

        fontsize = src_dict["fontsize"]

        color = src_dict["color"]

        csrf = src_dict["csrf"]

        mode = src_dict.get("mode")

        bubble = src_dict.get("bubble")

        room_type = src_dict.get("room_type")

        jumpfrom = src_dict.get("jumpfrom")

        reply_mid = src_dict.get("reply_mid")

        reply_attr = src_dict.get("reply_attr")

        reply_uname = src_dict.get("reply_uname")

        replay_dmid = src_dict.get("replay_dmid")

        statistics = src_dict.get("statistics")

        dm_type = src_dict.get("dm_type")

        emoticon_options = src_dict.get("emoticonOptions")

        csrf_token = src_dict.get("csrf_token")

        send_chat_message_body = cls(
            roomid,
            msg,
            rnd,
            fontsize,
            color,
            csrf,
            mode,
            bubble,
            room_type,
            jumpfrom,
            reply_mid,
            reply_attr,
            reply_uname,
            replay_dmid,
            statistics,
            dm_type,
            emoticon_options,
            csrf_token,
        )

        if not _PROPERTY_NAMES.issuperset(src_dict):  # members beyond the described ones
            d = {prop_name: prop for prop_name, prop in src_dict.items() if prop_name not in _PROPERTY_NAMES}
            send_chat_message_body.additional_properties = d
        return send_chat_message_body

    @classmethod
    def _from_list(cls: type[T], items: list[Mapping[str, Any]]) -> list[T]:
        if not DESCRIBED_ONLY.get() and not _PROPERTY_NAMES.issuperset(_chain.from_iterable(items)):
            return list(map(cls.from_dict, items))
        return [
            cls(
                item["roomid"],
                item["msg"],
                item["rnd"],
                item["fontsize"],
                item["color"],
                item["csrf"],
                item.get("mode"),
                item.get("bubble"),
                item.get("room_type"),
                item.get("jumpfrom"),
                item.get("reply_mid"),
                item.get("reply_attr"),
                item.get("reply_uname"),
                item.get("replay_dmid"),
                item.get("statistics"),
                item.get("dm_type"),
                item.get("emoticonOptions"),
                item.get("csrf_token"),
            )
            for item in items
        ]

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
        "roomid",
        "msg",
        "rnd",
        "fontsize",
        "color",
        "csrf",
        "mode",
        "bubble",
        "room_type",
        "jumpfrom",
        "reply_mid",
        "reply_attr",
        "reply_uname",
        "replay_dmid",
        "statistics",
        "dm_type",
        "emoticonOptions",
        "csrf_token",
    }
)
_REPR_NAMES: tuple[tuple[str, bool], ...] = (
    ("roomid", True),
    ("msg", True),
    ("rnd", True),
    ("fontsize", True),
    ("color", True),
    ("csrf", True),
    ("mode", False),
    ("bubble", False),
    ("room_type", False),
    ("jumpfrom", False),
    ("reply_mid", False),
    ("reply_attr", False),
    ("reply_uname", False),
    ("replay_dmid", False),
    ("statistics", False),
    ("dm_type", False),
    ("emoticon_options", False),
    ("csrf_token", False),
)
