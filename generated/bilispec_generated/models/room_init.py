from __future__ import annotations

from collections.abc import Mapping
from itertools import chain as _chain
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import DESCRIBED_ONLY, _extras_on_first_use, model_repr

T = TypeVar("T", bound="RoomInit")


@_attrs_define
class RoomInit:
    """A room as room_init resolves it (房间页初始化信息). Only `room_id` is required: it is what every
    client reads. Source: SocialSisterYi/bilibili-API-collect docs/live/info.md (jiudays 3aba289).

        Attributes:
            room_id (int): The real (long) room id (直播间真实id), what every other operation takes.
            short_id (int | None): The short room number (直播间短号); 0 when the room has none.
            uid (int | None): The anchor's uid (主播用户mid).
            need_p2p (int | None): Whether P2P delivery is used (是否p2p), 0 or 1.
            is_hidden (bool | None): Whether the room is hidden (是否隐藏).
            is_locked (bool | None): Whether the room is locked (是否锁定).
            is_portrait (bool | None): Whether the stream is portrait (是否竖屏).
            live_status (int | None): Live status (直播状态).
            hidden_till (int | None): Unix seconds until which the room is hidden (隐藏时间戳).
            lock_till (int | None): Unix seconds until which the room is locked (锁定时间戳).
            encrypted (bool | None): Whether the room has a password (是否加密).
            pwd_verified (bool | None): Whether the password was given (加密房间是否通过密码验证); meaningful when `encrypted`.
            live_time (int | None): Unix seconds when the live session started (开播时间); -62170012800 when not live.
            room_shield (int | None): Purpose unknown (未知).
            is_sp (int | None): 1 for a paid room (付费直播间), else 0.
            special_type (int | None): Special room kind (特殊直播间标志).
    """

    room_id: int
    short_id: int | None = None
    uid: int | None = None
    need_p2p: int | None = None
    is_hidden: bool | None = None
    is_locked: bool | None = None
    is_portrait: bool | None = None
    live_status: int | None = None
    hidden_till: int | None = None
    lock_till: int | None = None
    encrypted: bool | None = None
    pwd_verified: bool | None = None
    live_time: int | None = None
    room_shield: int | None = None
    is_sp: int | None = None
    special_type: int | None = None
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

        short_id = self.short_id

        uid = self.uid

        need_p2p = self.need_p2p

        is_hidden = self.is_hidden

        is_locked = self.is_locked

        is_portrait = self.is_portrait

        live_status = self.live_status

        hidden_till = self.hidden_till

        lock_till = self.lock_till

        encrypted = self.encrypted

        pwd_verified = self.pwd_verified

        live_time = self.live_time

        room_shield = self.room_shield

        is_sp = self.is_sp

        special_type = self.special_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "room_id": room_id,
            }
        )
        if short_id is not None:
            field_dict["short_id"] = short_id
        if uid is not None:
            field_dict["uid"] = uid
        if need_p2p is not None:
            field_dict["need_p2p"] = need_p2p
        if is_hidden is not None:
            field_dict["is_hidden"] = is_hidden
        if is_locked is not None:
            field_dict["is_locked"] = is_locked
        if is_portrait is not None:
            field_dict["is_portrait"] = is_portrait
        if live_status is not None:
            field_dict["live_status"] = live_status
        if hidden_till is not None:
            field_dict["hidden_till"] = hidden_till
        if lock_till is not None:
            field_dict["lock_till"] = lock_till
        if encrypted is not None:
            field_dict["encrypted"] = encrypted
        if pwd_verified is not None:
            field_dict["pwd_verified"] = pwd_verified
        if live_time is not None:
            field_dict["live_time"] = live_time
        if room_shield is not None:
            field_dict["room_shield"] = room_shield
        if is_sp is not None:
            field_dict["is_sp"] = is_sp
        if special_type is not None:
            field_dict["special_type"] = special_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        room_id = src_dict["room_id"]

        short_id = src_dict.get("short_id")

        uid = src_dict.get("uid")

        need_p2p = src_dict.get("need_p2p")

        is_hidden = src_dict.get("is_hidden")

        is_locked = src_dict.get("is_locked")

        is_portrait = src_dict.get("is_portrait")

        live_status = src_dict.get("live_status")

        hidden_till = src_dict.get("hidden_till")

        lock_till = src_dict.get("lock_till")

        encrypted = src_dict.get("encrypted")

        pwd_verified = src_dict.get("pwd_verified")

        live_time = src_dict.get("live_time")

        room_shield = src_dict.get("room_shield")

        is_sp = src_dict.get("is_sp")

        special_type = src_dict.get("special_type")

        room_init = cls(
            room_id,
            short_id,
            uid,
            need_p2p,
            is_hidden,
            is_locked,
            is_portrait,
            live_status,
            hidden_till,
            lock_till,
            encrypted,
            pwd_verified,
            live_time,
            room_shield,
            is_sp,
            special_type,
        )

        if not _PROPERTY_NAMES.issuperset(src_dict):  # members beyond the described ones
            d = {prop_name: prop for prop_name, prop in src_dict.items() if prop_name not in _PROPERTY_NAMES}
            room_init.additional_properties = d
        return room_init

    @classmethod
    def _from_list(cls: type[T], items: list[Mapping[str, Any]]) -> list[T]:
        if not DESCRIBED_ONLY.get() and not _PROPERTY_NAMES.issuperset(_chain.from_iterable(items)):
            return list(map(cls.from_dict, items))
        return [
            cls(
                item["room_id"],
                item.get("short_id"),
                item.get("uid"),
                item.get("need_p2p"),
                item.get("is_hidden"),
                item.get("is_locked"),
                item.get("is_portrait"),
                item.get("live_status"),
                item.get("hidden_till"),
                item.get("lock_till"),
                item.get("encrypted"),
                item.get("pwd_verified"),
                item.get("live_time"),
                item.get("room_shield"),
                item.get("is_sp"),
                item.get("special_type"),
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
        "room_id",
        "short_id",
        "uid",
        "need_p2p",
        "is_hidden",
        "is_locked",
        "is_portrait",
        "live_status",
        "hidden_till",
        "lock_till",
        "encrypted",
        "pwd_verified",
        "live_time",
        "room_shield",
        "is_sp",
        "special_type",
    }
)
_REPR_NAMES: tuple[tuple[str, bool], ...] = (
    ("room_id", True),
    ("short_id", False),
    ("uid", False),
    ("need_p2p", False),
    ("is_hidden", False),
    ("is_locked", False),
    ("is_portrait", False),
    ("live_status", False),
    ("hidden_till", False),
    ("lock_till", False),
    ("encrypted", False),
    ("pwd_verified", False),
    ("live_time", False),
    ("room_shield", False),
    ("is_sp", False),
    ("special_type", False),
)
