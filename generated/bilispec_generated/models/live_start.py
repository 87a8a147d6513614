from __future__ import annotations

from collections.abc import Mapping
from types import NoneType
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import _extras_on_first_use, model_repr

T = TypeVar("T", bound="LiveStart")


@_attrs_define
class LiveStart:
    """The room's new state and where to push the stream (开播后返回推流地址).

    Attributes:
        change (int | None): Whether the room state changed (是否改变状态).
        status (str | None): Room state (直播间状态), LIVE after a start.
        room_type (int | None): Purpose unknown (作用尚不明确); 0 in the example.
        rtmp (None | RtmpInfo | None): The RTMP push address (RTMP推流地址信息). null has been seen in a success answer, so
            check it
            before use (the `protocols` entries may still carry an address).
        protocols (list[StreamProtocol] | None): Push protocols with address and key (推流协议、地址、密钥等信息); the page says
            address and key
            equal `rtmp`'s. Answers can hold `srt` entries and more than one rtmp entry.
        try_time (str | None): Purpose unknown (作用尚不明确); "0000-00-00 00:00:00" in the example.
        live_key (str | None): Key of this live session (标记直播场次的key), a decimal number as a string.
        sub_session_key (str | None): Key that marks a change of room information (信息变动标识), e.g.
            "<live_key>sub_time:<unix time>".
        notice (LiveNotice | None): A notice shown when going live; every member's purpose is unknown (作用尚不明确).
        qr (str | None): Purpose unknown (作用尚不明确); "" in the example.
        need_face_auth (bool | None): Whether face verification is needed (需要人脸识别?); purpose not confirmed.
        service_source (str | None): Purpose unknown (作用尚不明确); "live-streaming" in the example.
        rtmp_backup (list[str] | None | RtmpInfo | None): Backup push address (作用尚不明确). The table and the example show
            null, and an empty array
            has been seen; typed here as an RTMP address object like `rtmp` (an assumption), null, or an
            empty array.
        up_stream_extra (None | None | UpStreamExtra): Extra information about the streamer's upstream (主播推流额外信息); null
            has been seen.
        collaboration_live_extra (LiveStartCollaborationLiveExtraType0 | None): Present in some answers; members
            not documented (joint broadcasts, it seems). null in a real
            2025 answer: 0.2.0 typed it as an object only and refused that answer.
    """

    change: int | None = None
    status: str | None = None
    room_type: int | None = None
    rtmp: None | RtmpInfo | None = None
    protocols: list[StreamProtocol] | None = None
    try_time: str | None = None
    live_key: str | None = None
    sub_session_key: str | None = None
    notice: LiveNotice | None = None
    qr: str | None = None
    need_face_auth: bool | None = None
    service_source: str | None = None
    rtmp_backup: list[str] | None | RtmpInfo | None = None
    up_stream_extra: None | None | UpStreamExtra = None
    collaboration_live_extra: LiveStartCollaborationLiveExtraType0 | None = None
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
        change = self.change

        status = self.status

        room_type = self.room_type

        rtmp: dict[str, Any] | None
        if isinstance(self.rtmp, NoneType):
            rtmp = None
        elif isinstance(self.rtmp, RtmpInfo):
            rtmp = self.rtmp.to_dict()
        else:
            rtmp = self.rtmp

        protocols: list[dict[str, Any]] | None = None
        if not isinstance(self.protocols, NoneType):
            protocols = []
            for protocols_item_data in self.protocols:
                protocols_item = protocols_item_data.to_dict()
                protocols.append(protocols_item)

        try_time = self.try_time

        live_key = self.live_key

        sub_session_key = self.sub_session_key

        notice: dict[str, Any] | None = None
        if not isinstance(self.notice, NoneType):
            notice = self.notice.to_dict()

        qr = self.qr

        need_face_auth = self.need_face_auth

        service_source = self.service_source

        rtmp_backup: dict[str, Any] | list[str] | None
        if isinstance(self.rtmp_backup, NoneType):
            rtmp_backup = None
        elif isinstance(self.rtmp_backup, RtmpInfo):
            rtmp_backup = self.rtmp_backup.to_dict()
        elif isinstance(self.rtmp_backup, list):
            rtmp_backup = self.rtmp_backup

        else:
            rtmp_backup = self.rtmp_backup

        up_stream_extra: dict[str, Any] | None
        if isinstance(self.up_stream_extra, NoneType):
            up_stream_extra = None
        elif isinstance(self.up_stream_extra, UpStreamExtra):
            up_stream_extra = self.up_stream_extra.to_dict()
        else:
            up_stream_extra = self.up_stream_extra

        collaboration_live_extra: dict[str, Any] | None
        if isinstance(self.collaboration_live_extra, NoneType):
            collaboration_live_extra = None
        elif isinstance(self.collaboration_live_extra, LiveStartCollaborationLiveExtraType0):
            collaboration_live_extra = self.collaboration_live_extra.to_dict()
        else:
            collaboration_live_extra = self.collaboration_live_extra

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if change is not None:
            field_dict["change"] = change
        if status is not None:
            field_dict["status"] = status
        if room_type is not None:
            field_dict["room_type"] = room_type
        if rtmp is not None or "rtmp" in self._nulls:
            field_dict["rtmp"] = rtmp
        if protocols is not None:
            field_dict["protocols"] = protocols
        if try_time is not None:
            field_dict["try_time"] = try_time
        if live_key is not None:
            field_dict["live_key"] = live_key
        if sub_session_key is not None:
            field_dict["sub_session_key"] = sub_session_key
        if notice is not None:
            field_dict["notice"] = notice
        if qr is not None:
            field_dict["qr"] = qr
        if need_face_auth is not None:
            field_dict["need_face_auth"] = need_face_auth
        if service_source is not None:
            field_dict["service_source"] = service_source
        if rtmp_backup is not None or "rtmp_backup" in self._nulls:
            field_dict["rtmp_backup"] = rtmp_backup
        if up_stream_extra is not None or "up_stream_extra" in self._nulls:
            field_dict["up_stream_extra"] = up_stream_extra
        if collaboration_live_extra is not None or "collaboration_live_extra" in self._nulls:
            field_dict["collaboration_live_extra"] = collaboration_live_extra

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        change = src_dict.get("change")

        status = src_dict.get("status")

        room_type = src_dict.get("room_type")

        def _parse_rtmp(data: object) -> None | RtmpInfo | None:
            if data is None:
                return data
            if isinstance(data, NoneType):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                rtmp_type_0 = RtmpInfo.from_dict(data)

                return rtmp_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RtmpInfo | None, data)

        rtmp = _parse_rtmp(src_dict.get("rtmp"))

        _protocols = src_dict.get("protocols")
        protocols: list[StreamProtocol] | None = None
        if _protocols is not None:
            protocols = StreamProtocol._from_list(_protocols)

        try_time = src_dict.get("try_time")

        live_key = src_dict.get("live_key")

        sub_session_key = src_dict.get("sub_session_key")

        _notice = src_dict.get("notice")
        notice: LiveNotice | None
        if isinstance(_notice, NoneType):
            notice = None
        else:
            notice = LiveNotice.from_dict(_notice)

        qr = src_dict.get("qr")

        need_face_auth = src_dict.get("need_face_auth")

        service_source = src_dict.get("service_source")

        def _parse_rtmp_backup(data: object) -> list[str] | None | RtmpInfo | None:
            if data is None:
                return data
            if isinstance(data, NoneType):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                rtmp_backup_type_0 = RtmpInfo.from_dict(data)

                return rtmp_backup_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, list):
                    raise TypeError()
                rtmp_backup_type_2 = cast(list[str], data)

                return rtmp_backup_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | RtmpInfo | None, data)

        rtmp_backup = _parse_rtmp_backup(src_dict.get("rtmp_backup"))

        def _parse_up_stream_extra(data: object) -> None | None | UpStreamExtra:
            if data is None:
                return data
            if isinstance(data, NoneType):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                up_stream_extra_type_0 = UpStreamExtra.from_dict(data)

                return up_stream_extra_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | None | UpStreamExtra, data)

        up_stream_extra = _parse_up_stream_extra(src_dict.get("up_stream_extra"))

        def _parse_collaboration_live_extra(data: object) -> LiveStartCollaborationLiveExtraType0 | None:
            if data is None:
                return data
            if isinstance(data, NoneType):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                collaboration_live_extra_type_0 = LiveStartCollaborationLiveExtraType0.from_dict(data)

                return collaboration_live_extra_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(LiveStartCollaborationLiveExtraType0 | None, data)

        collaboration_live_extra = _parse_collaboration_live_extra(src_dict.get("collaboration_live_extra"))

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
        if None in (
            src_dict.get("rtmp", 0),
            src_dict.get("rtmp_backup", 0),
            src_dict.get("up_stream_extra", 0),
            src_dict.get("collaboration_live_extra", 0),
        ):
            live_start._nulls = frozenset(
                name for name in _NULLABLE_OPTIONAL if name in src_dict and src_dict[name] is None
            )
        return live_start

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
_REPR_NAMES: tuple[tuple[str, bool], ...] = (
    ("change", False),
    ("status", False),
    ("room_type", False),
    ("rtmp", False),
    ("protocols", False),
    ("try_time", False),
    ("live_key", False),
    ("sub_session_key", False),
    ("notice", False),
    ("qr", False),
    ("need_face_auth", False),
    ("service_source", False),
    ("rtmp_backup", False),
    ("up_stream_extra", False),
    ("collaboration_live_extra", False),
)
_NULLABLE_OPTIONAL: tuple[str, ...] = (
    "rtmp",
    "rtmp_backup",
    "up_stream_extra",
    "collaboration_live_extra",
)

# bilispec: models that refer to each other import each other here, once the class exists.
from ..models.live_notice import LiveNotice  # noqa: E402
from ..models.live_start_collaboration_live_extra_type_0 import LiveStartCollaborationLiveExtraType0  # noqa: E402
from ..models.rtmp_info import RtmpInfo  # noqa: E402
from ..models.stream_protocol import StreamProtocol  # noqa: E402
from ..models.up_stream_extra import UpStreamExtra  # noqa: E402
