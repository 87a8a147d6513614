from __future__ import annotations

from collections.abc import Mapping
from types import NoneType
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.add_silent_user_body_type import AddSilentUserBodyType
from ..types import _extras_on_first_use, model_repr

T = TypeVar("T", bound="AddSilentUserBody")


@_attrs_define
class AddSilentUserBody:
    """
    Attributes:
        room_id (str): Live room id (直播间Id). A number, but the table types it str, so it stays a string here.
        tuid (str): Uid of the user to mute (要禁言的uid). A number, but the table types it str, so it stays a string here.
        mobile_app (str): Client identifier; the fixed value "web" will do (定值"web"即可).
        csrf_token (str): Same value as `csrf` (cookie中的bili_jct字段).
        csrf (str): CSRF token; must equal the `bili_jct` cookie (cookie中的bili_jct字段).
        hour (int | None): Mute duration: -1 permanent, 0 until the current live session ends, N > 0 for N hours.
            Required in practice: without it the call answers code 0 and mutes nobody. Optional
            here because the server accepts the request (and the page's own curl omits it).
        type_ (AddSilentUserBodyType | None): Kind of mute: "2" with `hour` 0 (this live session), "1" otherwise
            (permanent or
            timed). Left out, every mute is permanent whatever `hour` says.
        msg (str | None): The danmaku (chat message) the user is muted for (要禁言的弹幕内容).
        visit_id (str | None): Purpose unknown (不明).
    """

    room_id: str
    tuid: str
    mobile_app: str
    csrf_token: str
    csrf: str
    hour: int | None = None
    type_: AddSilentUserBodyType | None = None
    msg: str | None = None
    visit_id: str | None = None
    # Made on first use (__getattr__ below): most objects have no unknown members, and an empty dict
    # for each of thousands of list items is a good part of a parse.
    additional_properties: dict[str, Any] = _attrs_field(init=False, repr=False)

    if not TYPE_CHECKING:  # hidden from type checkers, which would accept any attribute name
        __getattr__ = _extras_on_first_use

    def __repr__(self) -> str:
        # Only the members that are set, extras only when there are some, secrets masked.
        return model_repr(self, _REPR_NAMES)

    def to_dict(self) -> dict[str, Any]:
        room_id = self.room_id

        tuid = self.tuid

        mobile_app = self.mobile_app

        csrf_token = self.csrf_token

        csrf = self.csrf

        hour = self.hour

        type_: str | None = None
        if not isinstance(self.type_, NoneType):
            type_ = self.type_.value

        msg = self.msg

        visit_id = self.visit_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "room_id": room_id,
                "tuid": tuid,
                "mobile_app": mobile_app,
                "csrf_token": csrf_token,
                "csrf": csrf,
            }
        )
        if hour is not None:
            field_dict["hour"] = hour
        if type_ is not None:
            field_dict["type"] = type_
        if msg is not None:
            field_dict["msg"] = msg
        if visit_id is not None:
            field_dict["visit_id"] = visit_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        room_id = src_dict["room_id"]

        tuid = src_dict["tuid"]

        mobile_app = src_dict["mobile_app"]

        csrf_token = src_dict["csrf_token"]

        csrf = src_dict["csrf"]

        hour = src_dict.get("hour")

        _type_ = src_dict.get("type")
        type_: AddSilentUserBodyType | None
        if isinstance(_type_, NoneType):
            type_ = None
        else:
            type_ = AddSilentUserBodyType(_type_)

        msg = src_dict.get("msg")

        visit_id = src_dict.get("visit_id")

        add_silent_user_body = cls(
            room_id,
            tuid,
            mobile_app,
            csrf_token,
            csrf,
            hour,
            type_,
            msg,
            visit_id,
        )

        if not _PROPERTY_NAMES.issuperset(src_dict):  # members beyond the described ones
            d = {prop_name: prop for prop_name, prop in src_dict.items() if prop_name not in _PROPERTY_NAMES}
            add_silent_user_body.additional_properties = d
        return add_silent_user_body

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
        "room_id",
        "tuid",
        "mobile_app",
        "csrf_token",
        "csrf",
        "hour",
        "type",
        "msg",
        "visit_id",
    }
)
_REPR_NAMES: tuple[tuple[str, bool], ...] = (
    ("room_id", True),
    ("tuid", True),
    ("mobile_app", True),
    ("csrf_token", True),
    ("csrf", True),
    ("hour", False),
    ("type_", False),
    ("msg", False),
    ("visit_id", False),
)
