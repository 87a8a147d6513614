from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="LiveStart")


@_attrs_define
class LiveStart:
    """The room's new state and where to push the stream (开播后返回推流地址).

    Attributes:
        change (int | Unset): Whether the room state changed (是否改变状态).
        status (str | Unset): Room state (直播间状态), LIVE after a start.
        room_type (int | Unset): Purpose unknown (作用尚不明确); 0 in the example.
        rtmp (RtmpInfo | Unset): RTMP push address and key (RTMP推流地址信息). Push to `addr` + `code`.
        protocols (list[StreamProtocol] | Unset): Push protocols with address and key (推流协议、地址、密钥等信息); the page says
            address and key
            equal `rtmp`'s. Answers can hold `srt` entries and more than one rtmp entry.
        try_time (str | Unset): Purpose unknown (作用尚不明确); "0000-00-00 00:00:00" in the example.
        live_key (str | Unset): Key of this live session (标记直播场次的key), a decimal number as a string.
        sub_session_key (str | Unset): Key that marks a change of room information (信息变动标识), e.g.
            "<live_key>sub_time:<unix time>".
        notice (LiveNotice | Unset): A notice shown when going live; every member's purpose is unknown (作用尚不明确).
        qr (str | Unset): Purpose unknown (作用尚不明确); "" in the example.
        need_face_auth (bool | Unset): Whether face verification is needed (需要人脸识别?); purpose not confirmed.
        service_source (str | Unset): Purpose unknown (作用尚不明确); "live-streaming" in the example.
        rtmp_backup (None | RtmpInfo | Unset): Backup push address (作用尚不明确). The table and the example only show null;
            typed here as
            an RTMP address object like `rtmp`, an assumption.
        up_stream_extra (UpStreamExtra | Unset): Extra information about the streamer's upstream (主播推流额外信息).
        collaboration_live_extra (LiveStartCollaborationLiveExtra | Unset): Present in some answers; members not
            documented (joint broadcasts, it seems).
    """

    change: int | Unset = UNSET
    status: str | Unset = UNSET
    room_type: int | Unset = UNSET
    rtmp: RtmpInfo | Unset = UNSET
    protocols: list[StreamProtocol] | Unset = UNSET
    try_time: str | Unset = UNSET
    live_key: str | Unset = UNSET
    sub_session_key: str | Unset = UNSET
    notice: LiveNotice | Unset = UNSET
    qr: str | Unset = UNSET
    need_face_auth: bool | Unset = UNSET
    service_source: str | Unset = UNSET
    rtmp_backup: None | RtmpInfo | Unset = UNSET
    up_stream_extra: UpStreamExtra | Unset = UNSET
    collaboration_live_extra: LiveStartCollaborationLiveExtra | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        change = self.change

        status = self.status

        room_type = self.room_type

        rtmp: dict[str, Any] | Unset = UNSET
        if not isinstance(self.rtmp, Unset):
            rtmp = self.rtmp.to_dict()

        protocols: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.protocols, Unset):
            protocols = []
            for protocols_item_data in self.protocols:
                protocols_item = protocols_item_data.to_dict()
                protocols.append(protocols_item)

        try_time = self.try_time

        live_key = self.live_key

        sub_session_key = self.sub_session_key

        notice: dict[str, Any] | Unset = UNSET
        if not isinstance(self.notice, Unset):
            notice = self.notice.to_dict()

        qr = self.qr

        need_face_auth = self.need_face_auth

        service_source = self.service_source

        rtmp_backup: dict[str, Any] | None | Unset
        if isinstance(self.rtmp_backup, Unset):
            rtmp_backup = UNSET
        elif isinstance(self.rtmp_backup, RtmpInfo):
            rtmp_backup = self.rtmp_backup.to_dict()
        else:
            rtmp_backup = self.rtmp_backup

        up_stream_extra: dict[str, Any] | Unset = UNSET
        if not isinstance(self.up_stream_extra, Unset):
            up_stream_extra = self.up_stream_extra.to_dict()

        collaboration_live_extra: dict[str, Any] | Unset = UNSET
        if not isinstance(self.collaboration_live_extra, Unset):
            collaboration_live_extra = self.collaboration_live_extra.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if change is not UNSET:
            field_dict["change"] = change
        if status is not UNSET:
            field_dict["status"] = status
        if room_type is not UNSET:
            field_dict["room_type"] = room_type
        if rtmp is not UNSET:
            field_dict["rtmp"] = rtmp
        if protocols is not UNSET:
            field_dict["protocols"] = protocols
        if try_time is not UNSET:
            field_dict["try_time"] = try_time
        if live_key is not UNSET:
            field_dict["live_key"] = live_key
        if sub_session_key is not UNSET:
            field_dict["sub_session_key"] = sub_session_key
        if notice is not UNSET:
            field_dict["notice"] = notice
        if qr is not UNSET:
            field_dict["qr"] = qr
        if need_face_auth is not UNSET:
            field_dict["need_face_auth"] = need_face_auth
        if service_source is not UNSET:
            field_dict["service_source"] = service_source
        if rtmp_backup is not UNSET:
            field_dict["rtmp_backup"] = rtmp_backup
        if up_stream_extra is not UNSET:
            field_dict["up_stream_extra"] = up_stream_extra
        if collaboration_live_extra is not UNSET:
            field_dict["collaboration_live_extra"] = collaboration_live_extra

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        change = src_dict.get("change", UNSET)

        status = src_dict.get("status", UNSET)

        room_type = src_dict.get("room_type", UNSET)

        _rtmp = src_dict.get("rtmp", UNSET)
        rtmp: RtmpInfo | Unset
        if isinstance(_rtmp, Unset):
            rtmp = UNSET
        else:
            rtmp = RtmpInfo.from_dict(_rtmp)

        _protocols = src_dict.get("protocols", UNSET)
        protocols: list[StreamProtocol] | Unset = UNSET
        if _protocols is not UNSET:
            protocols = list(map(StreamProtocol.from_dict, _protocols))

        try_time = src_dict.get("try_time", UNSET)

        live_key = src_dict.get("live_key", UNSET)

        sub_session_key = src_dict.get("sub_session_key", UNSET)

        _notice = src_dict.get("notice", UNSET)
        notice: LiveNotice | Unset
        if isinstance(_notice, Unset):
            notice = UNSET
        else:
            notice = LiveNotice.from_dict(_notice)

        qr = src_dict.get("qr", UNSET)

        need_face_auth = src_dict.get("need_face_auth", UNSET)

        service_source = src_dict.get("service_source", UNSET)

        def _parse_rtmp_backup(data: object) -> None | RtmpInfo | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                rtmp_backup_type_0 = RtmpInfo.from_dict(data)

                return rtmp_backup_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RtmpInfo | Unset, data)

        rtmp_backup = _parse_rtmp_backup(src_dict.get("rtmp_backup", UNSET))

        _up_stream_extra = src_dict.get("up_stream_extra", UNSET)
        up_stream_extra: UpStreamExtra | Unset
        if isinstance(_up_stream_extra, Unset):
            up_stream_extra = UNSET
        else:
            up_stream_extra = UpStreamExtra.from_dict(_up_stream_extra)

        _collaboration_live_extra = src_dict.get("collaboration_live_extra", UNSET)
        collaboration_live_extra: LiveStartCollaborationLiveExtra | Unset
        if isinstance(_collaboration_live_extra, Unset):
            collaboration_live_extra = UNSET
        else:
            collaboration_live_extra = LiveStartCollaborationLiveExtra.from_dict(_collaboration_live_extra)

        live_start = cls(
            change,
            status,
            room_type,
            rtmp,
            protocols,
            try_time,
            live_key,
            sub_session_key,
            notice,
            qr,
            need_face_auth,
            service_source,
            rtmp_backup,
            up_stream_extra,
            collaboration_live_extra,
        )

        if not _PROPERTY_NAMES.issuperset(src_dict):  # members beyond the described ones
            d = {prop_name: prop for prop_name, prop in src_dict.items() if prop_name not in _PROPERTY_NAMES}
            live_start.additional_properties = d
        return live_start

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
        "change",
        "status",
        "room_type",
        "rtmp",
        "protocols",
        "try_time",
        "live_key",
        "sub_session_key",
        "notice",
        "qr",
        "need_face_auth",
        "service_source",
        "rtmp_backup",
        "up_stream_extra",
        "collaboration_live_extra",
    }
)

# bilispec: models that refer to each other import each other here, once the class exists.
from ..models.live_notice import LiveNotice  # noqa: E402
from ..models.live_start_collaboration_live_extra import LiveStartCollaborationLiveExtra  # noqa: E402
from ..models.rtmp_info import RtmpInfo  # noqa: E402
from ..models.stream_protocol import StreamProtocol  # noqa: E402
from ..models.up_stream_extra import UpStreamExtra  # noqa: E402
