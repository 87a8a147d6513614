from __future__ import annotations

from collections.abc import Mapping
from types import NoneType
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import _extras_on_first_use, model_repr

T = TypeVar("T", bound="ComboSendCommandData")


@_attrs_define
class ComboSendCommandData:
    """
    Attributes:
        action (str | None):
        batch_combo_id (str | None):
        batch_combo_num (int | None):
        combo_id (str | None):
        combo_num (int | None):
        combo_total_coin (int | None):
        dmscore (int | None):
        gift_id (int | None):
        gift_name (str | None):
        gift_num (int | None):
        is_join_receiver (bool | None):
        is_naming (bool | None):
        is_show (int | None):
        medal_info (ComboSendCommandDataMedalInfoType0 | None):
        name_color (str | None):
        r_uname (str | None):
        receive_user_info (ComboSendCommandDataReceiveUserInfoType0 | None):
        ruid (int | None):
        send_master (None | None):
        total_num (int | None):
        uid (int | None):
        uname (str | None):
        coin_type (str | None):
        group_medal (None | None):
        receiver_uinfo (ComboSendCommandDataReceiverUinfoType0 | None):
        sender_uinfo (ComboSendCommandDataSenderUinfoType0 | None):
        wealth_level (int | None):
    """

    action: str | None = None
    batch_combo_id: str | None = None
    batch_combo_num: int | None = None
    combo_id: str | None = None
    combo_num: int | None = None
    combo_total_coin: int | None = None
    dmscore: int | None = None
    gift_id: int | None = None
    gift_name: str | None = None
    gift_num: int | None = None
    is_join_receiver: bool | None = None
    is_naming: bool | None = None
    is_show: int | None = None
    medal_info: ComboSendCommandDataMedalInfoType0 | None = None
    name_color: str | None = None
    r_uname: str | None = None
    receive_user_info: ComboSendCommandDataReceiveUserInfoType0 | None = None
    ruid: int | None = None
    send_master: None | None = None
    total_num: int | None = None
    uid: int | None = None
    uname: str | None = None
    coin_type: str | None = None
    group_medal: None | None = None
    receiver_uinfo: ComboSendCommandDataReceiverUinfoType0 | None = None
    sender_uinfo: ComboSendCommandDataSenderUinfoType0 | None = None
    wealth_level: int | None = None
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

        combo_id = self.combo_id

        combo_num = self.combo_num

        combo_total_coin = self.combo_total_coin

        dmscore = self.dmscore

        gift_id = self.gift_id

        gift_name = self.gift_name

        gift_num = self.gift_num

        is_join_receiver = self.is_join_receiver

        is_naming = self.is_naming

        is_show = self.is_show

        medal_info: dict[str, Any] | None
        if isinstance(self.medal_info, NoneType):
            medal_info = None
        elif isinstance(self.medal_info, ComboSendCommandDataMedalInfoType0):
            medal_info = self.medal_info.to_dict()
        else:
            medal_info = self.medal_info

        name_color = self.name_color

        r_uname = self.r_uname

        receive_user_info: dict[str, Any] | None
        if isinstance(self.receive_user_info, NoneType):
            receive_user_info = None
        elif isinstance(self.receive_user_info, ComboSendCommandDataReceiveUserInfoType0):
            receive_user_info = self.receive_user_info.to_dict()
        else:
            receive_user_info = self.receive_user_info

        ruid = self.ruid

        send_master = self.send_master

        total_num = self.total_num

        uid = self.uid

        uname = self.uname

        coin_type = self.coin_type

        group_medal = self.group_medal

        receiver_uinfo: dict[str, Any] | None
        if isinstance(self.receiver_uinfo, NoneType):
            receiver_uinfo = None
        elif isinstance(self.receiver_uinfo, ComboSendCommandDataReceiverUinfoType0):
            receiver_uinfo = self.receiver_uinfo.to_dict()
        else:
            receiver_uinfo = self.receiver_uinfo

        sender_uinfo: dict[str, Any] | None
        if isinstance(self.sender_uinfo, NoneType):
            sender_uinfo = None
        elif isinstance(self.sender_uinfo, ComboSendCommandDataSenderUinfoType0):
            sender_uinfo = self.sender_uinfo.to_dict()
        else:
            sender_uinfo = self.sender_uinfo

        wealth_level = self.wealth_level

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if action is not None:
            field_dict["action"] = action
        if batch_combo_id is not None:
            field_dict["batch_combo_id"] = batch_combo_id
        if batch_combo_num is not None:
            field_dict["batch_combo_num"] = batch_combo_num
        if combo_id is not None:
            field_dict["combo_id"] = combo_id
        if combo_num is not None:
            field_dict["combo_num"] = combo_num
        if combo_total_coin is not None:
            field_dict["combo_total_coin"] = combo_total_coin
        if dmscore is not None:
            field_dict["dmscore"] = dmscore
        if gift_id is not None:
            field_dict["gift_id"] = gift_id
        if gift_name is not None:
            field_dict["gift_name"] = gift_name
        if gift_num is not None:
            field_dict["gift_num"] = gift_num
        if is_join_receiver is not None:
            field_dict["is_join_receiver"] = is_join_receiver
        if is_naming is not None:
            field_dict["is_naming"] = is_naming
        if is_show is not None:
            field_dict["is_show"] = is_show
        if medal_info is not None or "medal_info" in self._nulls:
            field_dict["medal_info"] = medal_info
        if name_color is not None:
            field_dict["name_color"] = name_color
        if r_uname is not None:
            field_dict["r_uname"] = r_uname
        if receive_user_info is not None or "receive_user_info" in self._nulls:
            field_dict["receive_user_info"] = receive_user_info
        if ruid is not None:
            field_dict["ruid"] = ruid
        if send_master is not None or "send_master" in self._nulls:
            field_dict["send_master"] = send_master
        if total_num is not None:
            field_dict["total_num"] = total_num
        if uid is not None:
            field_dict["uid"] = uid
        if uname is not None:
            field_dict["uname"] = uname
        if coin_type is not None:
            field_dict["coin_type"] = coin_type
        if group_medal is not None or "group_medal" in self._nulls:
            field_dict["group_medal"] = group_medal
        if receiver_uinfo is not None or "receiver_uinfo" in self._nulls:
            field_dict["receiver_uinfo"] = receiver_uinfo
        if sender_uinfo is not None or "sender_uinfo" in self._nulls:
            field_dict["sender_uinfo"] = sender_uinfo
        if wealth_level is not None:
            field_dict["wealth_level"] = wealth_level

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        action = src_dict.get("action")

        batch_combo_id = src_dict.get("batch_combo_id")

        batch_combo_num = src_dict.get("batch_combo_num")

        combo_id = src_dict.get("combo_id")

        combo_num = src_dict.get("combo_num")

        combo_total_coin = src_dict.get("combo_total_coin")

        dmscore = src_dict.get("dmscore")

        gift_id = src_dict.get("gift_id")

        gift_name = src_dict.get("gift_name")

        gift_num = src_dict.get("gift_num")

        is_join_receiver = src_dict.get("is_join_receiver")

        is_naming = src_dict.get("is_naming")

        is_show = src_dict.get("is_show")

        def _parse_medal_info(data: object) -> ComboSendCommandDataMedalInfoType0 | None:
            if data is None:
                return data
            if isinstance(data, NoneType):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                medal_info_type_0 = ComboSendCommandDataMedalInfoType0.from_dict(data)

                return medal_info_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ComboSendCommandDataMedalInfoType0 | None, data)

        medal_info = _parse_medal_info(src_dict.get("medal_info"))

        name_color = src_dict.get("name_color")

        r_uname = src_dict.get("r_uname")

        def _parse_receive_user_info(data: object) -> ComboSendCommandDataReceiveUserInfoType0 | None:
            if data is None:
                return data
            if isinstance(data, NoneType):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                receive_user_info_type_0 = ComboSendCommandDataReceiveUserInfoType0.from_dict(data)

                return receive_user_info_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ComboSendCommandDataReceiveUserInfoType0 | None, data)

        receive_user_info = _parse_receive_user_info(src_dict.get("receive_user_info"))

        ruid = src_dict.get("ruid")

        send_master = src_dict.get("send_master")

        total_num = src_dict.get("total_num")

        uid = src_dict.get("uid")

        uname = src_dict.get("uname")

        coin_type = src_dict.get("coin_type")

        group_medal = src_dict.get("group_medal")

        def _parse_receiver_uinfo(data: object) -> ComboSendCommandDataReceiverUinfoType0 | None:
            if data is None:
                return data
            if isinstance(data, NoneType):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                receiver_uinfo_type_0 = ComboSendCommandDataReceiverUinfoType0.from_dict(data)

                return receiver_uinfo_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ComboSendCommandDataReceiverUinfoType0 | None, data)

        receiver_uinfo = _parse_receiver_uinfo(src_dict.get("receiver_uinfo"))

        def _parse_sender_uinfo(data: object) -> ComboSendCommandDataSenderUinfoType0 | None:
            if data is None:
                return data
            if isinstance(data, NoneType):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                sender_uinfo_type_0 = ComboSendCommandDataSenderUinfoType0.from_dict(data)

                return sender_uinfo_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ComboSendCommandDataSenderUinfoType0 | None, data)

        sender_uinfo = _parse_sender_uinfo(src_dict.get("sender_uinfo"))

        wealth_level = src_dict.get("wealth_level")

        combo_send_command_data = cls(
            action,
            batch_combo_id,
            batch_combo_num,
            combo_id,
            combo_num,
            combo_total_coin,
            dmscore,
            gift_id,
            gift_name,
            gift_num,
            is_join_receiver,
            is_naming,
            is_show,
            medal_info,
            name_color,
            r_uname,
            receive_user_info,
            ruid,
            send_master,
            total_num,
            uid,
            uname,
            coin_type,
            group_medal,
            receiver_uinfo,
            sender_uinfo,
            wealth_level,
        )

        if not _PROPERTY_NAMES.issuperset(src_dict):  # members beyond the described ones
            d = {prop_name: prop for prop_name, prop in src_dict.items() if prop_name not in _PROPERTY_NAMES}
            combo_send_command_data.additional_properties = d
        if None in (
            src_dict.get("medal_info", 0),
            src_dict.get("receive_user_info", 0),
            src_dict.get("send_master", 0),
            src_dict.get("group_medal", 0),
            src_dict.get("receiver_uinfo", 0),
            src_dict.get("sender_uinfo", 0),
        ):
            combo_send_command_data._nulls = frozenset(
                name for name in _NULLABLE_OPTIONAL if name in src_dict and src_dict[name] is None
            )
        return combo_send_command_data

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
        "action",
        "batch_combo_id",
        "batch_combo_num",
        "combo_id",
        "combo_num",
        "combo_total_coin",
        "dmscore",
        "gift_id",
        "gift_name",
        "gift_num",
        "is_join_receiver",
        "is_naming",
        "is_show",
        "medal_info",
        "name_color",
        "r_uname",
        "receive_user_info",
        "ruid",
        "send_master",
        "total_num",
        "uid",
        "uname",
        "coin_type",
        "group_medal",
        "receiver_uinfo",
        "sender_uinfo",
        "wealth_level",
    }
)
_REPR_NAMES: tuple[tuple[str, bool], ...] = (
    ("action", False),
    ("batch_combo_id", False),
    ("batch_combo_num", False),
    ("combo_id", False),
    ("combo_num", False),
    ("combo_total_coin", False),
    ("dmscore", False),
    ("gift_id", False),
    ("gift_name", False),
    ("gift_num", False),
    ("is_join_receiver", False),
    ("is_naming", False),
    ("is_show", False),
    ("medal_info", False),
    ("name_color", False),
    ("r_uname", False),
    ("receive_user_info", False),
    ("ruid", False),
    ("send_master", False),
    ("total_num", False),
    ("uid", False),
    ("uname", False),
    ("coin_type", False),
    ("group_medal", False),
    ("receiver_uinfo", False),
    ("sender_uinfo", False),
    ("wealth_level", False),
)
_NULLABLE_OPTIONAL: tuple[str, ...] = (
    "medal_info",
    "receive_user_info",
    "send_master",
    "group_medal",
    "receiver_uinfo",
    "sender_uinfo",
)

# bilispec: models that refer to each other import each other here, once the class exists.
from ..models.combo_send_command_data_medal_info_type_0 import ComboSendCommandDataMedalInfoType0  # noqa: E402
from ..models.combo_send_command_data_receive_user_info_type_0 import ComboSendCommandDataReceiveUserInfoType0  # noqa: E402
from ..models.combo_send_command_data_receiver_uinfo_type_0 import ComboSendCommandDataReceiverUinfoType0  # noqa: E402
from ..models.combo_send_command_data_sender_uinfo_type_0 import ComboSendCommandDataSenderUinfoType0  # noqa: E402
