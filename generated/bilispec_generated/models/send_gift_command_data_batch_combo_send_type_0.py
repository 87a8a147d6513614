from __future__ import annotations

from collections.abc import Mapping
from itertools import chain as _chain
from operator import methodcaller as _methodcaller
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import DESCRIBED_ONLY, _extras_on_first_use, model_repr

T = TypeVar("T", bound="SendGiftCommandDataBatchComboSendType0")


@_attrs_define
class SendGiftCommandDataBatchComboSendType0:
    """
    Attributes:
        action (str | None):
        batch_combo_id (str | None):
        batch_combo_num (int | None):
        blind_gift (None | None):
        gift_id (int | None):
        gift_name (str | None):
        gift_num (int | None):
        send_master (None | None):
        uid (int | None):
        uname (str | None):
    """

    action: str | None = None
    batch_combo_id: str | None = None
    batch_combo_num: int | None = None
    blind_gift: None | None = None
    gift_id: int | None = None
    gift_name: str | None = None
    gift_num: int | None = None
    send_master: None | None = None
    uid: int | None = None
    uname: str | None = None
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
        action = self.action

        batch_combo_id = self.batch_combo_id

        batch_combo_num = self.batch_combo_num

        blind_gift = self.blind_gift

        gift_id = self.gift_id

        gift_name = self.gift_name

        gift_num = self.gift_num

        send_master = self.send_master

        uid = self.uid

        uname = self.uname

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if action is not None:
            field_dict["action"] = action
        if batch_combo_id is not None:
            field_dict["batch_combo_id"] = batch_combo_id
        if batch_combo_num is not None:
            field_dict["batch_combo_num"] = batch_combo_num
        if blind_gift is not None or "blind_gift" in self._nulls:
            field_dict["blind_gift"] = blind_gift
        if gift_id is not None:
            field_dict["gift_id"] = gift_id
        if gift_name is not None:
            field_dict["gift_name"] = gift_name
        if gift_num is not None:
            field_dict["gift_num"] = gift_num
        if send_master is not None or "send_master" in self._nulls:
            field_dict["send_master"] = send_master
        if uid is not None:
            field_dict["uid"] = uid
        if uname is not None:
            field_dict["uname"] = uname

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        action = src_dict.get("action")

        batch_combo_id = src_dict.get("batch_combo_id")

        batch_combo_num = src_dict.get("batch_combo_num")

        blind_gift = src_dict.get("blind_gift")

        gift_id = src_dict.get("gift_id")

        gift_name = src_dict.get("gift_name")

        gift_num = src_dict.get("gift_num")

        send_master = src_dict.get("send_master")

        uid = src_dict.get("uid")

        uname = src_dict.get("uname")

        send_gift_command_data_batch_combo_send_type_0 = cls(
            action,
            batch_combo_id,
            batch_combo_num,
            blind_gift,
            gift_id,
            gift_name,
            gift_num,
            send_master,
            uid,
            uname,
        )

        if not _PROPERTY_NAMES.issuperset(src_dict):  # members beyond the described ones
            d = {prop_name: prop for prop_name, prop in src_dict.items() if prop_name not in _PROPERTY_NAMES}
            send_gift_command_data_batch_combo_send_type_0.additional_properties = d
        if None in (
            src_dict.get("blind_gift", 0),
            src_dict.get("send_master", 0),
        ):
            send_gift_command_data_batch_combo_send_type_0._nulls = frozenset(
                name for name in _NULLABLE_OPTIONAL if name in src_dict and src_dict[name] is None
            )
        return send_gift_command_data_batch_combo_send_type_0

    @classmethod
    def _from_list(cls: type[T], items: list[Mapping[str, Any]]) -> list[T]:
        if not DESCRIBED_ONLY.get() and not _PROPERTY_NAMES.issuperset(_chain.from_iterable(items)):
            return list(map(cls.from_dict, items))
        if None in map(_methodcaller("get", "blind_gift", 0), items):
            return list(map(cls.from_dict, items))
        if None in map(_methodcaller("get", "send_master", 0), items):
            return list(map(cls.from_dict, items))
        return [
            cls(
                item.get("action"),
                item.get("batch_combo_id"),
                item.get("batch_combo_num"),
                item.get("blind_gift"),
                item.get("gift_id"),
                item.get("gift_name"),
                item.get("gift_num"),
                item.get("send_master"),
                item.get("uid"),
                item.get("uname"),
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
        "action",
        "batch_combo_id",
        "batch_combo_num",
        "blind_gift",
        "gift_id",
        "gift_name",
        "gift_num",
        "send_master",
        "uid",
        "uname",
    }
)
_REPR_NAMES: tuple[tuple[str, bool], ...] = (
    ("action", False),
    ("batch_combo_id", False),
    ("batch_combo_num", False),
    ("blind_gift", False),
    ("gift_id", False),
    ("gift_name", False),
    ("gift_num", False),
    ("send_master", False),
    ("uid", False),
    ("uname", False),
)
_NULLABLE_OPTIONAL: tuple[str, ...] = (
    "blind_gift",
    "send_master",
)
