from __future__ import annotations

from collections.abc import Mapping
from itertools import chain as _chain
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import DESCRIBED_ONLY, _extras_on_first_use, model_repr

T = TypeVar("T", bound="UserToastMsgCommandData")


@_attrs_define
class UserToastMsgCommandData:
    """
    Attributes:
        anchor_show (bool | None):
        color (str | None):
        dmscore (int | None):
        effect_id (int | None):
        end_time (int | None):
        face_effect_id (int | None):
        gift_id (int | None):
        group_name (str | None):
        group_op_type (int | None):
        group_role_name (str | None):
        guard_level (int | None):
        is_group (int | None):
        is_show (int | None):
        num (int | None):
        op_type (int | None):
        payflow_id (str | None):
        price (int | None):
        role_name (str | None):
        room_effect_id (int | None):
        room_group_effect_id (int | None):
        start_time (int | None):
        svga_block (int | None):
        target_guard_count (int | None):
        toast_msg (str | None):
        uid (int | None):
        unit (str | None):
        user_show (bool | None):
        username (str | None):
    """

    anchor_show: bool | None = None
    color: str | None = None
    dmscore: int | None = None
    effect_id: int | None = None
    end_time: int | None = None
    face_effect_id: int | None = None
    gift_id: int | None = None
    group_name: str | None = None
    group_op_type: int | None = None
    group_role_name: str | None = None
    guard_level: int | None = None
    is_group: int | None = None
    is_show: int | None = None
    num: int | None = None
    op_type: int | None = None
    payflow_id: str | None = None
    price: int | None = None
    role_name: str | None = None
    room_effect_id: int | None = None
    room_group_effect_id: int | None = None
    start_time: int | None = None
    svga_block: int | None = None
    target_guard_count: int | None = None
    toast_msg: str | None = None
    uid: int | None = None
    unit: str | None = None
    user_show: bool | None = None
    username: str | None = None
    # Made on first use (__getattr__ below): most objects have no unknown members, and an empty dict
    # for each of thousands of list items is a good part of a parse.
    additional_properties: dict[str, Any] = _attrs_field(init=False, repr=False)

    if not TYPE_CHECKING:  # hidden from type checkers, which would accept any attribute name
        __getattr__ = _extras_on_first_use

    def __repr__(self) -> str:
        # Only the members that are set, extras only when there are some, secrets masked.
        return model_repr(self, _REPR_NAMES)

    def to_dict(self) -> dict[str, Any]:
        anchor_show = self.anchor_show

        color = self.color

        dmscore = self.dmscore

        effect_id = self.effect_id

        end_time = self.end_time

        face_effect_id = self.face_effect_id

        gift_id = self.gift_id

        group_name = self.group_name

        group_op_type = self.group_op_type

        group_role_name = self.group_role_name

        guard_level = self.guard_level

        is_group = self.is_group

        is_show = self.is_show

        num = self.num

        op_type = self.op_type

        payflow_id = self.payflow_id

        price = self.price

        role_name = self.role_name

        room_effect_id = self.room_effect_id

        room_group_effect_id = self.room_group_effect_id

        start_time = self.start_time

        svga_block = self.svga_block

        target_guard_count = self.target_guard_count

        toast_msg = self.toast_msg

        uid = self.uid

        unit = self.unit

        user_show = self.user_show

        username = self.username

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if anchor_show is not None:
            field_dict["anchor_show"] = anchor_show
        if color is not None:
            field_dict["color"] = color
        if dmscore is not None:
            field_dict["dmscore"] = dmscore
        if effect_id is not None:
            field_dict["effect_id"] = effect_id
        if end_time is not None:
            field_dict["end_time"] = end_time
        if face_effect_id is not None:
            field_dict["face_effect_id"] = face_effect_id
        if gift_id is not None:
            field_dict["gift_id"] = gift_id
        if group_name is not None:
            field_dict["group_name"] = group_name
        if group_op_type is not None:
            field_dict["group_op_type"] = group_op_type
        if group_role_name is not None:
            field_dict["group_role_name"] = group_role_name
        if guard_level is not None:
            field_dict["guard_level"] = guard_level
        if is_group is not None:
            field_dict["is_group"] = is_group
        if is_show is not None:
            field_dict["is_show"] = is_show
        if num is not None:
            field_dict["num"] = num
        if op_type is not None:
            field_dict["op_type"] = op_type
        if payflow_id is not None:
            field_dict["payflow_id"] = payflow_id
        if price is not None:
            field_dict["price"] = price
        if role_name is not None:
            field_dict["role_name"] = role_name
        if room_effect_id is not None:
            field_dict["room_effect_id"] = room_effect_id
        if room_group_effect_id is not None:
            field_dict["room_group_effect_id"] = room_group_effect_id
        if start_time is not None:
            field_dict["start_time"] = start_time
        if svga_block is not None:
            field_dict["svga_block"] = svga_block
        if target_guard_count is not None:
            field_dict["target_guard_count"] = target_guard_count
        if toast_msg is not None:
            field_dict["toast_msg"] = toast_msg
        if uid is not None:
            field_dict["uid"] = uid
        if unit is not None:
            field_dict["unit"] = unit
        if user_show is not None:
            field_dict["user_show"] = user_show
        if username is not None:
            field_dict["username"] = username

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        anchor_show = src_dict.get("anchor_show")

        color = src_dict.get("color")

        dmscore = src_dict.get("dmscore")

        effect_id = src_dict.get("effect_id")

        end_time = src_dict.get("end_time")

        face_effect_id = src_dict.get("face_effect_id")

        gift_id = src_dict.get("gift_id")

        group_name = src_dict.get("group_name")

        group_op_type = src_dict.get("group_op_type")

        group_role_name = src_dict.get("group_role_name")

        guard_level = src_dict.get("guard_level")

        is_group = src_dict.get("is_group")

        is_show = src_dict.get("is_show")

        num = src_dict.get("num")

        op_type = src_dict.get("op_type")

        payflow_id = src_dict.get("payflow_id")

        price = src_dict.get("price")

        role_name = src_dict.get("role_name")

        room_effect_id = src_dict.get("room_effect_id")

        room_group_effect_id = src_dict.get("room_group_effect_id")

        start_time = src_dict.get("start_time")

        svga_block = src_dict.get("svga_block")

        target_guard_count = src_dict.get("target_guard_count")

        toast_msg = src_dict.get("toast_msg")

        uid = src_dict.get("uid")

        unit = src_dict.get("unit")

        user_show = src_dict.get("user_show")

        username = src_dict.get("username")

        user_toast_msg_command_data = cls(
            anchor_show,
            color,
            dmscore,
            effect_id,
            end_time,
            face_effect_id,
            gift_id,
            group_name,
            group_op_type,
            group_role_name,
            guard_level,
            is_group,
            is_show,
            num,
            op_type,
            payflow_id,
            price,
            role_name,
            room_effect_id,
            room_group_effect_id,
            start_time,
            svga_block,
            target_guard_count,
            toast_msg,
            uid,
            unit,
            user_show,
            username,
        )

        if not _PROPERTY_NAMES.issuperset(src_dict):  # members beyond the described ones
            d = {prop_name: prop for prop_name, prop in src_dict.items() if prop_name not in _PROPERTY_NAMES}
            user_toast_msg_command_data.additional_properties = d
        return user_toast_msg_command_data

    @classmethod
    def _from_list(cls: type[T], items: list[Mapping[str, Any]]) -> list[T]:
        if not DESCRIBED_ONLY.get() and not _PROPERTY_NAMES.issuperset(_chain.from_iterable(items)):
            return list(map(cls.from_dict, items))
        return [
            cls(
                item.get("anchor_show"),
                item.get("color"),
                item.get("dmscore"),
                item.get("effect_id"),
                item.get("end_time"),
                item.get("face_effect_id"),
                item.get("gift_id"),
                item.get("group_name"),
                item.get("group_op_type"),
                item.get("group_role_name"),
                item.get("guard_level"),
                item.get("is_group"),
                item.get("is_show"),
                item.get("num"),
                item.get("op_type"),
                item.get("payflow_id"),
                item.get("price"),
                item.get("role_name"),
                item.get("room_effect_id"),
                item.get("room_group_effect_id"),
                item.get("start_time"),
                item.get("svga_block"),
                item.get("target_guard_count"),
                item.get("toast_msg"),
                item.get("uid"),
                item.get("unit"),
                item.get("user_show"),
                item.get("username"),
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
        "anchor_show",
        "color",
        "dmscore",
        "effect_id",
        "end_time",
        "face_effect_id",
        "gift_id",
        "group_name",
        "group_op_type",
        "group_role_name",
        "guard_level",
        "is_group",
        "is_show",
        "num",
        "op_type",
        "payflow_id",
        "price",
        "role_name",
        "room_effect_id",
        "room_group_effect_id",
        "start_time",
        "svga_block",
        "target_guard_count",
        "toast_msg",
        "uid",
        "unit",
        "user_show",
        "username",
    }
)
_REPR_NAMES: tuple[tuple[str, bool], ...] = (
    ("anchor_show", False),
    ("color", False),
    ("dmscore", False),
    ("effect_id", False),
    ("end_time", False),
    ("face_effect_id", False),
    ("gift_id", False),
    ("group_name", False),
    ("group_op_type", False),
    ("group_role_name", False),
    ("guard_level", False),
    ("is_group", False),
    ("is_show", False),
    ("num", False),
    ("op_type", False),
    ("payflow_id", False),
    ("price", False),
    ("role_name", False),
    ("room_effect_id", False),
    ("room_group_effect_id", False),
    ("start_time", False),
    ("svga_block", False),
    ("target_guard_count", False),
    ("toast_msg", False),
    ("uid", False),
    ("unit", False),
    ("user_show", False),
    ("username", False),
)
