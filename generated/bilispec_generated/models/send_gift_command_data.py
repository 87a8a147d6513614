from __future__ import annotations

from collections.abc import Mapping
from types import NoneType
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import _extras_on_first_use, model_repr

T = TypeVar("T", bound="SendGiftCommandData")


@_attrs_define
class SendGiftCommandData:
    """
    Attributes:
        action (str | None):
        batch_combo_id (str | None):
        batch_combo_send (None | SendGiftCommandDataBatchComboSendType0 | None):
        beat_id (str | None):
        biz_source (str | None):
        blind_gift (None | None):
        broadcast_id (int | None):
        coin_type (str | None):
        combo_resources_id (int | None):
        combo_send (None | SendGiftCommandDataComboSendType0 | None):
        combo_stay_time (int | None):
        combo_total_coin (int | None):
        crit_prob (int | None):
        demarcation (int | None):
        discount_price (int | None):
        dmscore (int | None):
        draw (int | None):
        effect (int | None):
        effect_block (int | None):
        face (str | None):
        face_effect_id (int | None):
        face_effect_type (int | None):
        float_sc_resource_id (int | None):
        gift_id (int | None):
        gift_name (str | None):
        gift_type (int | None):
        gold (int | None):
        guard_level (int | None):
        is_first (bool | None):
        is_join_receiver (bool | None):
        is_naming (bool | None):
        is_special_batch (int | None):
        magnification (int | None):
        medal_info (None | SendGiftCommandDataMedalInfoType0 | None):
        name_color (str | None):
        num (int | None):
        original_gift_name (str | None):
        price (int | None):
        rcost (int | None):
        receive_user_info (None | SendGiftCommandDataReceiveUserInfoType0 | None):
        remain (int | None):
        rnd (str | None):
        send_master (None | None):
        silver (int | None):
        super_ (int | None):
        super_batch_gift_num (int | None):
        super_gift_num (int | None):
        svga_block (int | None):
        switch (bool | None):
        tag_image (str | None):
        tid (str | None):
        timestamp (int | None):
        top_list (list[SendGiftCommandDataTopListType0Item] | None):
        total_coin (int | None):
        uid (int | None):
        uname (str | None):
        new_medal (int | None):
        new_title (int | None):
        medal (list[str] | SendGiftCommandDataMedalType1 | None): An object; `[]` (empty) in the 2018 captures, when
            there was none.
        title (str | None):
        metadata (str | None):
        event_score (int | None):
        event_num (int | None):
        smalltv_msg (list[Any] | None):
        special_gift (None | None):
        notice_msg (list[Any] | None):
        capsule (None | SendGiftCommandDataCapsuleType1 | None):
        add_follow (int | None):
        user_count (int | None):
    """

    action: str | None = None
    batch_combo_id: str | None = None
    batch_combo_send: None | SendGiftCommandDataBatchComboSendType0 | None = None
    beat_id: str | None = None
    biz_source: str | None = None
    blind_gift: None | None = None
    broadcast_id: int | None = None
    coin_type: str | None = None
    combo_resources_id: int | None = None
    combo_send: None | SendGiftCommandDataComboSendType0 | None = None
    combo_stay_time: int | None = None
    combo_total_coin: int | None = None
    crit_prob: int | None = None
    demarcation: int | None = None
    discount_price: int | None = None
    dmscore: int | None = None
    draw: int | None = None
    effect: int | None = None
    effect_block: int | None = None
    face: str | None = None
    face_effect_id: int | None = None
    face_effect_type: int | None = None
    float_sc_resource_id: int | None = None
    gift_id: int | None = None
    gift_name: str | None = None
    gift_type: int | None = None
    gold: int | None = None
    guard_level: int | None = None
    is_first: bool | None = None
    is_join_receiver: bool | None = None
    is_naming: bool | None = None
    is_special_batch: int | None = None
    magnification: int | None = None
    medal_info: None | SendGiftCommandDataMedalInfoType0 | None = None
    name_color: str | None = None
    num: int | None = None
    original_gift_name: str | None = None
    price: int | None = None
    rcost: int | None = None
    receive_user_info: None | SendGiftCommandDataReceiveUserInfoType0 | None = None
    remain: int | None = None
    rnd: str | None = None
    send_master: None | None = None
    silver: int | None = None
    super_: int | None = None
    super_batch_gift_num: int | None = None
    super_gift_num: int | None = None
    svga_block: int | None = None
    switch: bool | None = None
    tag_image: str | None = None
    tid: str | None = None
    timestamp: int | None = None
    top_list: list[SendGiftCommandDataTopListType0Item] | None = None
    total_coin: int | None = None
    uid: int | None = None
    uname: str | None = None
    new_medal: int | None = None
    new_title: int | None = None
    medal: list[str] | SendGiftCommandDataMedalType1 | None = None
    title: str | None = None
    metadata: str | None = None
    event_score: int | None = None
    event_num: int | None = None
    smalltv_msg: list[Any] | None = None
    special_gift: None | None = None
    notice_msg: list[Any] | None = None
    capsule: None | SendGiftCommandDataCapsuleType1 | None = None
    add_follow: int | None = None
    user_count: int | None = None
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

        batch_combo_send: dict[str, Any] | None
        if isinstance(self.batch_combo_send, NoneType):
            batch_combo_send = None
        elif isinstance(self.batch_combo_send, SendGiftCommandDataBatchComboSendType0):
            batch_combo_send = self.batch_combo_send.to_dict()
        else:
            batch_combo_send = self.batch_combo_send

        beat_id = self.beat_id

        biz_source = self.biz_source

        blind_gift = self.blind_gift

        broadcast_id = self.broadcast_id

        coin_type = self.coin_type

        combo_resources_id = self.combo_resources_id

        combo_send: dict[str, Any] | None
        if isinstance(self.combo_send, NoneType):
            combo_send = None
        elif isinstance(self.combo_send, SendGiftCommandDataComboSendType0):
            combo_send = self.combo_send.to_dict()
        else:
            combo_send = self.combo_send

        combo_stay_time = self.combo_stay_time

        combo_total_coin = self.combo_total_coin

        crit_prob = self.crit_prob

        demarcation = self.demarcation

        discount_price = self.discount_price

        dmscore = self.dmscore

        draw = self.draw

        effect = self.effect

        effect_block = self.effect_block

        face = self.face

        face_effect_id = self.face_effect_id

        face_effect_type = self.face_effect_type

        float_sc_resource_id = self.float_sc_resource_id

        gift_id = self.gift_id

        gift_name = self.gift_name

        gift_type = self.gift_type

        gold = self.gold

        guard_level = self.guard_level

        is_first = self.is_first

        is_join_receiver = self.is_join_receiver

        is_naming = self.is_naming

        is_special_batch = self.is_special_batch

        magnification = self.magnification

        medal_info: dict[str, Any] | None
        if isinstance(self.medal_info, NoneType):
            medal_info = None
        elif isinstance(self.medal_info, SendGiftCommandDataMedalInfoType0):
            medal_info = self.medal_info.to_dict()
        else:
            medal_info = self.medal_info

        name_color = self.name_color

        num = self.num

        original_gift_name = self.original_gift_name

        price = self.price

        rcost = self.rcost

        receive_user_info: dict[str, Any] | None
        if isinstance(self.receive_user_info, NoneType):
            receive_user_info = None
        elif isinstance(self.receive_user_info, SendGiftCommandDataReceiveUserInfoType0):
            receive_user_info = self.receive_user_info.to_dict()
        else:
            receive_user_info = self.receive_user_info

        remain = self.remain

        rnd = self.rnd

        send_master = self.send_master

        silver = self.silver

        super_ = self.super_

        super_batch_gift_num = self.super_batch_gift_num

        super_gift_num = self.super_gift_num

        svga_block = self.svga_block

        switch = self.switch

        tag_image = self.tag_image

        tid = self.tid

        timestamp = self.timestamp

        top_list: list[dict[str, Any]] | None
        if isinstance(self.top_list, NoneType):
            top_list = None
        elif isinstance(self.top_list, list):
            top_list = []
            for top_list_type_0_item_data in self.top_list:
                top_list_type_0_item = top_list_type_0_item_data.to_dict()
                top_list.append(top_list_type_0_item)

        else:
            top_list = self.top_list

        total_coin = self.total_coin

        uid = self.uid

        uname = self.uname

        new_medal = self.new_medal

        new_title = self.new_title

        medal: dict[str, Any] | list[str] | None
        if isinstance(self.medal, NoneType):
            medal = None
        elif isinstance(self.medal, list):
            medal = self.medal

        else:
            medal = self.medal.to_dict()

        title = self.title

        metadata = self.metadata

        event_score = self.event_score

        event_num = self.event_num

        smalltv_msg: list[Any] | None = None
        if not isinstance(self.smalltv_msg, NoneType):
            smalltv_msg = self.smalltv_msg

        special_gift = self.special_gift

        notice_msg: list[Any] | None = None
        if not isinstance(self.notice_msg, NoneType):
            notice_msg = self.notice_msg

        capsule: dict[str, Any] | None
        if isinstance(self.capsule, NoneType):
            capsule = None
        elif isinstance(self.capsule, SendGiftCommandDataCapsuleType1):
            capsule = self.capsule.to_dict()
        else:
            capsule = self.capsule

        add_follow = self.add_follow

        user_count = self.user_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if action is not None:
            field_dict["action"] = action
        if batch_combo_id is not None:
            field_dict["batch_combo_id"] = batch_combo_id
        if batch_combo_send is not None or "batch_combo_send" in self._nulls:
            field_dict["batch_combo_send"] = batch_combo_send
        if beat_id is not None:
            field_dict["beatId"] = beat_id
        if biz_source is not None:
            field_dict["biz_source"] = biz_source
        if blind_gift is not None or "blind_gift" in self._nulls:
            field_dict["blind_gift"] = blind_gift
        if broadcast_id is not None:
            field_dict["broadcast_id"] = broadcast_id
        if coin_type is not None:
            field_dict["coin_type"] = coin_type
        if combo_resources_id is not None:
            field_dict["combo_resources_id"] = combo_resources_id
        if combo_send is not None or "combo_send" in self._nulls:
            field_dict["combo_send"] = combo_send
        if combo_stay_time is not None:
            field_dict["combo_stay_time"] = combo_stay_time
        if combo_total_coin is not None:
            field_dict["combo_total_coin"] = combo_total_coin
        if crit_prob is not None:
            field_dict["crit_prob"] = crit_prob
        if demarcation is not None:
            field_dict["demarcation"] = demarcation
        if discount_price is not None:
            field_dict["discount_price"] = discount_price
        if dmscore is not None:
            field_dict["dmscore"] = dmscore
        if draw is not None:
            field_dict["draw"] = draw
        if effect is not None:
            field_dict["effect"] = effect
        if effect_block is not None:
            field_dict["effect_block"] = effect_block
        if face is not None:
            field_dict["face"] = face
        if face_effect_id is not None:
            field_dict["face_effect_id"] = face_effect_id
        if face_effect_type is not None:
            field_dict["face_effect_type"] = face_effect_type
        if float_sc_resource_id is not None:
            field_dict["float_sc_resource_id"] = float_sc_resource_id
        if gift_id is not None:
            field_dict["giftId"] = gift_id
        if gift_name is not None:
            field_dict["giftName"] = gift_name
        if gift_type is not None:
            field_dict["giftType"] = gift_type
        if gold is not None:
            field_dict["gold"] = gold
        if guard_level is not None:
            field_dict["guard_level"] = guard_level
        if is_first is not None:
            field_dict["is_first"] = is_first
        if is_join_receiver is not None:
            field_dict["is_join_receiver"] = is_join_receiver
        if is_naming is not None:
            field_dict["is_naming"] = is_naming
        if is_special_batch is not None:
            field_dict["is_special_batch"] = is_special_batch
        if magnification is not None:
            field_dict["magnification"] = magnification
        if medal_info is not None or "medal_info" in self._nulls:
            field_dict["medal_info"] = medal_info
        if name_color is not None:
            field_dict["name_color"] = name_color
        if num is not None:
            field_dict["num"] = num
        if original_gift_name is not None:
            field_dict["original_gift_name"] = original_gift_name
        if price is not None:
            field_dict["price"] = price
        if rcost is not None:
            field_dict["rcost"] = rcost
        if receive_user_info is not None or "receive_user_info" in self._nulls:
            field_dict["receive_user_info"] = receive_user_info
        if remain is not None:
            field_dict["remain"] = remain
        if rnd is not None:
            field_dict["rnd"] = rnd
        if send_master is not None or "send_master" in self._nulls:
            field_dict["send_master"] = send_master
        if silver is not None:
            field_dict["silver"] = silver
        if super_ is not None:
            field_dict["super"] = super_
        if super_batch_gift_num is not None:
            field_dict["super_batch_gift_num"] = super_batch_gift_num
        if super_gift_num is not None:
            field_dict["super_gift_num"] = super_gift_num
        if svga_block is not None:
            field_dict["svga_block"] = svga_block
        if switch is not None:
            field_dict["switch"] = switch
        if tag_image is not None:
            field_dict["tag_image"] = tag_image
        if tid is not None:
            field_dict["tid"] = tid
        if timestamp is not None:
            field_dict["timestamp"] = timestamp
        if top_list is not None or "top_list" in self._nulls:
            field_dict["top_list"] = top_list
        if total_coin is not None:
            field_dict["total_coin"] = total_coin
        if uid is not None:
            field_dict["uid"] = uid
        if uname is not None:
            field_dict["uname"] = uname
        if new_medal is not None:
            field_dict["newMedal"] = new_medal
        if new_title is not None:
            field_dict["newTitle"] = new_title
        if medal is not None:
            field_dict["medal"] = medal
        if title is not None:
            field_dict["title"] = title
        if metadata is not None:
            field_dict["metadata"] = metadata
        if event_score is not None:
            field_dict["eventScore"] = event_score
        if event_num is not None:
            field_dict["eventNum"] = event_num
        if smalltv_msg is not None:
            field_dict["smalltv_msg"] = smalltv_msg
        if special_gift is not None or "specialGift" in self._nulls:
            field_dict["specialGift"] = special_gift
        if notice_msg is not None:
            field_dict["notice_msg"] = notice_msg
        if capsule is not None or "capsule" in self._nulls:
            field_dict["capsule"] = capsule
        if add_follow is not None:
            field_dict["addFollow"] = add_follow
        if user_count is not None:
            field_dict["user_count"] = user_count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        action = src_dict.get("action")

        batch_combo_id = src_dict.get("batch_combo_id")

        def _parse_batch_combo_send(data: object) -> None | SendGiftCommandDataBatchComboSendType0 | None:
            if data is None:
                return data
            if isinstance(data, NoneType):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                batch_combo_send_type_0 = SendGiftCommandDataBatchComboSendType0.from_dict(data)

                return batch_combo_send_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SendGiftCommandDataBatchComboSendType0 | None, data)

        batch_combo_send = _parse_batch_combo_send(src_dict.get("batch_combo_send"))

        beat_id = src_dict.get("beatId")

        biz_source = src_dict.get("biz_source")

        blind_gift = src_dict.get("blind_gift")

        broadcast_id = src_dict.get("broadcast_id")

        coin_type = src_dict.get("coin_type")

        combo_resources_id = src_dict.get("combo_resources_id")

        def _parse_combo_send(data: object) -> None | SendGiftCommandDataComboSendType0 | None:
            if data is None:
                return data
            if isinstance(data, NoneType):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                combo_send_type_0 = SendGiftCommandDataComboSendType0.from_dict(data)

                return combo_send_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SendGiftCommandDataComboSendType0 | None, data)

        combo_send = _parse_combo_send(src_dict.get("combo_send"))

        combo_stay_time = src_dict.get("combo_stay_time")

        combo_total_coin = src_dict.get("combo_total_coin")

        crit_prob = src_dict.get("crit_prob")

        demarcation = src_dict.get("demarcation")

        discount_price = src_dict.get("discount_price")

        dmscore = src_dict.get("dmscore")

        draw = src_dict.get("draw")

        effect = src_dict.get("effect")

        effect_block = src_dict.get("effect_block")

        face = src_dict.get("face")

        face_effect_id = src_dict.get("face_effect_id")

        face_effect_type = src_dict.get("face_effect_type")

        float_sc_resource_id = src_dict.get("float_sc_resource_id")

        gift_id = src_dict.get("giftId")

        gift_name = src_dict.get("giftName")

        gift_type = src_dict.get("giftType")

        gold = src_dict.get("gold")

        guard_level = src_dict.get("guard_level")

        is_first = src_dict.get("is_first")

        is_join_receiver = src_dict.get("is_join_receiver")

        is_naming = src_dict.get("is_naming")

        is_special_batch = src_dict.get("is_special_batch")

        magnification = src_dict.get("magnification")

        def _parse_medal_info(data: object) -> None | SendGiftCommandDataMedalInfoType0 | None:
            if data is None:
                return data
            if isinstance(data, NoneType):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                medal_info_type_0 = SendGiftCommandDataMedalInfoType0.from_dict(data)

                return medal_info_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SendGiftCommandDataMedalInfoType0 | None, data)

        medal_info = _parse_medal_info(src_dict.get("medal_info"))

        name_color = src_dict.get("name_color")

        num = src_dict.get("num")

        original_gift_name = src_dict.get("original_gift_name")

        price = src_dict.get("price")

        rcost = src_dict.get("rcost")

        def _parse_receive_user_info(data: object) -> None | SendGiftCommandDataReceiveUserInfoType0 | None:
            if data is None:
                return data
            if isinstance(data, NoneType):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                receive_user_info_type_0 = SendGiftCommandDataReceiveUserInfoType0.from_dict(data)

                return receive_user_info_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SendGiftCommandDataReceiveUserInfoType0 | None, data)

        receive_user_info = _parse_receive_user_info(src_dict.get("receive_user_info"))

        remain = src_dict.get("remain")

        rnd = src_dict.get("rnd")

        send_master = src_dict.get("send_master")

        silver = src_dict.get("silver")

        super_ = src_dict.get("super")

        super_batch_gift_num = src_dict.get("super_batch_gift_num")

        super_gift_num = src_dict.get("super_gift_num")

        svga_block = src_dict.get("svga_block")

        switch = src_dict.get("switch")

        tag_image = src_dict.get("tag_image")

        tid = src_dict.get("tid")

        timestamp = src_dict.get("timestamp")

        def _parse_top_list(data: object) -> list[SendGiftCommandDataTopListType0Item] | None:
            if data is None:
                return data
            if isinstance(data, NoneType):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                top_list_type_0 = SendGiftCommandDataTopListType0Item._from_list(data)

                return top_list_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[SendGiftCommandDataTopListType0Item] | None, data)

        top_list = _parse_top_list(src_dict.get("top_list"))

        total_coin = src_dict.get("total_coin")

        uid = src_dict.get("uid")

        uname = src_dict.get("uname")

        new_medal = src_dict.get("newMedal")

        new_title = src_dict.get("newTitle")

        def _parse_medal(data: object) -> list[str] | SendGiftCommandDataMedalType1 | None:
            if isinstance(data, NoneType):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                medal_type_0 = cast(list[str], data)

                return medal_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            medal_type_1 = SendGiftCommandDataMedalType1.from_dict(data)

            return medal_type_1

        medal = _parse_medal(src_dict.get("medal"))

        title = src_dict.get("title")

        metadata = src_dict.get("metadata")

        event_score = src_dict.get("eventScore")

        event_num = src_dict.get("eventNum")

        smalltv_msg = cast(list[Any], src_dict.get("smalltv_msg"))

        special_gift = src_dict.get("specialGift")

        notice_msg = cast(list[Any], src_dict.get("notice_msg"))

        def _parse_capsule(data: object) -> None | SendGiftCommandDataCapsuleType1 | None:
            if data is None:
                return data
            if isinstance(data, NoneType):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                capsule_type_1 = SendGiftCommandDataCapsuleType1.from_dict(data)

                return capsule_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SendGiftCommandDataCapsuleType1 | None, data)

        capsule = _parse_capsule(src_dict.get("capsule"))

        add_follow = src_dict.get("addFollow")

        user_count = src_dict.get("user_count")

        send_gift_command_data = cls(
            action,
            batch_combo_id,
            batch_combo_send,
            beat_id,
            biz_source,
            blind_gift,
            broadcast_id,
            coin_type,
            combo_resources_id,
            combo_send,
            combo_stay_time,
            combo_total_coin,
            crit_prob,
            demarcation,
            discount_price,
            dmscore,
            draw,
            effect,
            effect_block,
            face,
            face_effect_id,
            face_effect_type,
            float_sc_resource_id,
            gift_id,
            gift_name,
            gift_type,
            gold,
            guard_level,
            is_first,
            is_join_receiver,
            is_naming,
            is_special_batch,
            magnification,
            medal_info,
            name_color,
            num,
            original_gift_name,
            price,
            rcost,
            receive_user_info,
            remain,
            rnd,
            send_master,
            silver,
            super_,
            super_batch_gift_num,
            super_gift_num,
            svga_block,
            switch,
            tag_image,
            tid,
            timestamp,
            top_list,
            total_coin,
            uid,
            uname,
            new_medal,
            new_title,
            medal,
            title,
            metadata,
            event_score,
            event_num,
            smalltv_msg,
            special_gift,
            notice_msg,
            capsule,
            add_follow,
            user_count,
        )

        if not _PROPERTY_NAMES.issuperset(src_dict):  # members beyond the described ones
            d = {prop_name: prop for prop_name, prop in src_dict.items() if prop_name not in _PROPERTY_NAMES}
            send_gift_command_data.additional_properties = d
        if None in (
            src_dict.get("batch_combo_send", 0),
            src_dict.get("blind_gift", 0),
            src_dict.get("combo_send", 0),
            src_dict.get("medal_info", 0),
            src_dict.get("receive_user_info", 0),
            src_dict.get("send_master", 0),
            src_dict.get("top_list", 0),
            src_dict.get("specialGift", 0),
            src_dict.get("capsule", 0),
        ):
            send_gift_command_data._nulls = frozenset(
                name for name in _NULLABLE_OPTIONAL if name in src_dict and src_dict[name] is None
            )
        return send_gift_command_data

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
        "batch_combo_send",
        "beatId",
        "biz_source",
        "blind_gift",
        "broadcast_id",
        "coin_type",
        "combo_resources_id",
        "combo_send",
        "combo_stay_time",
        "combo_total_coin",
        "crit_prob",
        "demarcation",
        "discount_price",
        "dmscore",
        "draw",
        "effect",
        "effect_block",
        "face",
        "face_effect_id",
        "face_effect_type",
        "float_sc_resource_id",
        "giftId",
        "giftName",
        "giftType",
        "gold",
        "guard_level",
        "is_first",
        "is_join_receiver",
        "is_naming",
        "is_special_batch",
        "magnification",
        "medal_info",
        "name_color",
        "num",
        "original_gift_name",
        "price",
        "rcost",
        "receive_user_info",
        "remain",
        "rnd",
        "send_master",
        "silver",
        "super",
        "super_batch_gift_num",
        "super_gift_num",
        "svga_block",
        "switch",
        "tag_image",
        "tid",
        "timestamp",
        "top_list",
        "total_coin",
        "uid",
        "uname",
        "newMedal",
        "newTitle",
        "medal",
        "title",
        "metadata",
        "eventScore",
        "eventNum",
        "smalltv_msg",
        "specialGift",
        "notice_msg",
        "capsule",
        "addFollow",
        "user_count",
    }
)
_REPR_NAMES: tuple[tuple[str, bool], ...] = (
    ("action", False),
    ("batch_combo_id", False),
    ("batch_combo_send", False),
    ("beat_id", False),
    ("biz_source", False),
    ("blind_gift", False),
    ("broadcast_id", False),
    ("coin_type", False),
    ("combo_resources_id", False),
    ("combo_send", False),
    ("combo_stay_time", False),
    ("combo_total_coin", False),
    ("crit_prob", False),
    ("demarcation", False),
    ("discount_price", False),
    ("dmscore", False),
    ("draw", False),
    ("effect", False),
    ("effect_block", False),
    ("face", False),
    ("face_effect_id", False),
    ("face_effect_type", False),
    ("float_sc_resource_id", False),
    ("gift_id", False),
    ("gift_name", False),
    ("gift_type", False),
    ("gold", False),
    ("guard_level", False),
    ("is_first", False),
    ("is_join_receiver", False),
    ("is_naming", False),
    ("is_special_batch", False),
    ("magnification", False),
    ("medal_info", False),
    ("name_color", False),
    ("num", False),
    ("original_gift_name", False),
    ("price", False),
    ("rcost", False),
    ("receive_user_info", False),
    ("remain", False),
    ("rnd", False),
    ("send_master", False),
    ("silver", False),
    ("super_", False),
    ("super_batch_gift_num", False),
    ("super_gift_num", False),
    ("svga_block", False),
    ("switch", False),
    ("tag_image", False),
    ("tid", False),
    ("timestamp", False),
    ("top_list", False),
    ("total_coin", False),
    ("uid", False),
    ("uname", False),
    ("new_medal", False),
    ("new_title", False),
    ("medal", False),
    ("title", False),
    ("metadata", False),
    ("event_score", False),
    ("event_num", False),
    ("smalltv_msg", False),
    ("special_gift", False),
    ("notice_msg", False),
    ("capsule", False),
    ("add_follow", False),
    ("user_count", False),
)
_NULLABLE_OPTIONAL: tuple[str, ...] = (
    "batch_combo_send",
    "blind_gift",
    "combo_send",
    "medal_info",
    "receive_user_info",
    "send_master",
    "top_list",
    "specialGift",
    "capsule",
)

# bilispec: models that refer to each other import each other here, once the class exists.
from ..models.send_gift_command_data_batch_combo_send_type_0 import SendGiftCommandDataBatchComboSendType0  # noqa: E402
from ..models.send_gift_command_data_capsule_type_1 import SendGiftCommandDataCapsuleType1  # noqa: E402
from ..models.send_gift_command_data_combo_send_type_0 import SendGiftCommandDataComboSendType0  # noqa: E402
from ..models.send_gift_command_data_medal_info_type_0 import SendGiftCommandDataMedalInfoType0  # noqa: E402
from ..models.send_gift_command_data_medal_type_1 import SendGiftCommandDataMedalType1  # noqa: E402
from ..models.send_gift_command_data_receive_user_info_type_0 import SendGiftCommandDataReceiveUserInfoType0  # noqa: E402
from ..models.send_gift_command_data_top_list_type_0_item import SendGiftCommandDataTopListType0Item  # noqa: E402
