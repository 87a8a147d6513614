from __future__ import annotations

from collections.abc import Mapping
from types import NoneType
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import _extras_on_first_use, model_repr

T = TypeVar("T", bound="NoticeMsgCommand")


@_attrs_define
class NoticeMsgCommand:
    """A site-wide or room notice banner (通知消息).

    Attributes:
        cmd (Literal['NOTICE_MSG']):
        id (int | None):
        name (str | None):
        full (NoticeMsgCommandFull | None):
        half (NoticeMsgCommandHalf | None):
        side (NoticeMsgCommandSide | None):
        roomid (int | str | None):
        real_roomid (int | str | None):
        msg_common (str | None):
        msg_self (str | None):
        link_url (str | None):
        msg_type (int | None):
        shield_uid (int | None):
        business_id (str | None):
        scatter (NoticeMsgCommandScatter | None):
        marquee_id (str | None):
        notice_type (int | None):
    """

    cmd: Literal["NOTICE_MSG"]
    id: int | None = None
    name: str | None = None
    full: NoticeMsgCommandFull | None = None
    half: NoticeMsgCommandHalf | None = None
    side: NoticeMsgCommandSide | None = None
    roomid: int | str | None = None
    real_roomid: int | str | None = None
    msg_common: str | None = None
    msg_self: str | None = None
    link_url: str | None = None
    msg_type: int | None = None
    shield_uid: int | None = None
    business_id: str | None = None
    scatter: NoticeMsgCommandScatter | None = None
    marquee_id: str | None = None
    notice_type: int | None = None
    # Made on first use (__getattr__ below): most objects have no unknown members, and an empty dict
    # for each of thousands of list items is a good part of a parse.
    additional_properties: dict[str, Any] = _attrs_field(init=False, repr=False)

    if not TYPE_CHECKING:  # hidden from type checkers, which would accept any attribute name
        __getattr__ = _extras_on_first_use

    def __repr__(self) -> str:
        # Only the members that are set, extras only when there are some, secrets masked.
        return model_repr(self, _REPR_NAMES)

    def to_dict(self) -> dict[str, Any]:
        cmd = self.cmd

        id = self.id

        name = self.name

        full: dict[str, Any] | None = None
        if not isinstance(self.full, NoneType):
            full = self.full.to_dict()

        half: dict[str, Any] | None = None
        if not isinstance(self.half, NoneType):
            half = self.half.to_dict()

        side: dict[str, Any] | None = None
        if not isinstance(self.side, NoneType):
            side = self.side.to_dict()

        roomid: int | str | None
        if isinstance(self.roomid, NoneType):
            roomid = None
        else:
            roomid = self.roomid

        real_roomid: int | str | None
        if isinstance(self.real_roomid, NoneType):
            real_roomid = None
        else:
            real_roomid = self.real_roomid

        msg_common = self.msg_common

        msg_self = self.msg_self

        link_url = self.link_url

        msg_type = self.msg_type

        shield_uid = self.shield_uid

        business_id = self.business_id

        scatter: dict[str, Any] | None = None
        if not isinstance(self.scatter, NoneType):
            scatter = self.scatter.to_dict()

        marquee_id = self.marquee_id

        notice_type = self.notice_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "cmd": cmd,
            }
        )
        if id is not None:
            field_dict["id"] = id
        if name is not None:
            field_dict["name"] = name
        if full is not None:
            field_dict["full"] = full
        if half is not None:
            field_dict["half"] = half
        if side is not None:
            field_dict["side"] = side
        if roomid is not None:
            field_dict["roomid"] = roomid
        if real_roomid is not None:
            field_dict["real_roomid"] = real_roomid
        if msg_common is not None:
            field_dict["msg_common"] = msg_common
        if msg_self is not None:
            field_dict["msg_self"] = msg_self
        if link_url is not None:
            field_dict["link_url"] = link_url
        if msg_type is not None:
            field_dict["msg_type"] = msg_type
        if shield_uid is not None:
            field_dict["shield_uid"] = shield_uid
        if business_id is not None:
            field_dict["business_id"] = business_id
        if scatter is not None:
            field_dict["scatter"] = scatter
        if marquee_id is not None:
            field_dict["marquee_id"] = marquee_id
        if notice_type is not None:
            field_dict["notice_type"] = notice_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        cmd = cast(Literal["NOTICE_MSG"], src_dict["cmd"])
        if cmd != "NOTICE_MSG":
            raise ValueError(f"cmd must match const 'NOTICE_MSG', got '{cmd}'")

        id = src_dict.get("id")

        name = src_dict.get("name")

        _full = src_dict.get("full")
        full: NoticeMsgCommandFull | None
        if isinstance(_full, NoneType):
            full = None
        else:
            full = NoticeMsgCommandFull.from_dict(_full)

        _half = src_dict.get("half")
        half: NoticeMsgCommandHalf | None
        if isinstance(_half, NoneType):
            half = None
        else:
            half = NoticeMsgCommandHalf.from_dict(_half)

        _side = src_dict.get("side")
        side: NoticeMsgCommandSide | None
        if isinstance(_side, NoneType):
            side = None
        else:
            side = NoticeMsgCommandSide.from_dict(_side)

        def _parse_roomid(data: object) -> int | str | None:
            if isinstance(data, NoneType):
                return data
            return cast(int | str | None, data)

        roomid = _parse_roomid(src_dict.get("roomid"))

        def _parse_real_roomid(data: object) -> int | str | None:
            if isinstance(data, NoneType):
                return data
            return cast(int | str | None, data)

        real_roomid = _parse_real_roomid(src_dict.get("real_roomid"))

        msg_common = src_dict.get("msg_common")

        msg_self = src_dict.get("msg_self")

        link_url = src_dict.get("link_url")

        msg_type = src_dict.get("msg_type")

        shield_uid = src_dict.get("shield_uid")

        business_id = src_dict.get("business_id")

        _scatter = src_dict.get("scatter")
        scatter: NoticeMsgCommandScatter | None
        if isinstance(_scatter, NoneType):
            scatter = None
        else:
            scatter = NoticeMsgCommandScatter.from_dict(_scatter)

        marquee_id = src_dict.get("marquee_id")

        notice_type = src_dict.get("notice_type")

        notice_msg_command = cls(
            cmd,
            id,
            name,
            full,
            half,
            side,
            roomid,
            real_roomid,
            msg_common,
            msg_self,
            link_url,
            msg_type,
            shield_uid,
            business_id,
            scatter,
            marquee_id,
            notice_type,
        )

        if not _PROPERTY_NAMES.issuperset(src_dict):  # members beyond the described ones
            d = {prop_name: prop for prop_name, prop in src_dict.items() if prop_name not in _PROPERTY_NAMES}
            notice_msg_command.additional_properties = d
        return notice_msg_command

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
        "cmd",
        "id",
        "name",
        "full",
        "half",
        "side",
        "roomid",
        "real_roomid",
        "msg_common",
        "msg_self",
        "link_url",
        "msg_type",
        "shield_uid",
        "business_id",
        "scatter",
        "marquee_id",
        "notice_type",
    }
)
_REPR_NAMES: tuple[tuple[str, bool], ...] = (
    ("cmd", True),
    ("id", False),
    ("name", False),
    ("full", False),
    ("half", False),
    ("side", False),
    ("roomid", False),
    ("real_roomid", False),
    ("msg_common", False),
    ("msg_self", False),
    ("link_url", False),
    ("msg_type", False),
    ("shield_uid", False),
    ("business_id", False),
    ("scatter", False),
    ("marquee_id", False),
    ("notice_type", False),
)

# bilispec: models that refer to each other import each other here, once the class exists.
from ..models.notice_msg_command_full import NoticeMsgCommandFull  # noqa: E402
from ..models.notice_msg_command_half import NoticeMsgCommandHalf  # noqa: E402
from ..models.notice_msg_command_scatter import NoticeMsgCommandScatter  # noqa: E402
from ..models.notice_msg_command_side import NoticeMsgCommandSide  # noqa: E402
