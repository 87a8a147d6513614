from __future__ import annotations

from collections.abc import Mapping
from types import NoneType
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import _extras_on_first_use, model_repr

T = TypeVar("T", bound="RoomInfo")


@_attrs_define
class RoomInfo:
    """One live room (直播间信息). `room_id` and `uid` are in every answer seen; the other members are
    optional because the two public answers (bilibili-API-collect's example, bpi-rs's recorded
    contract) do not carry the same set.

        Attributes:
            uid (int): The anchor's uid (主播mid).
            room_id (int): The long room id (直播间长号), whatever number was asked for.
            short_id (int | None): The short room number (直播间短号); 0 when there is none.
            attention (int | None): Number of followers (关注数量).
            online (int | None): Number of viewers (观看人数).
            is_portrait (bool | None): Whether the stream is portrait (是否竖屏).
            description (str | None): The room's description (描述), HTML allowed.
            live_status (int | None): Live status (直播状态).
            area_id (int | None): Sub-area id (分区id), what start_live takes as `area_v2`.
            parent_area_id (int | None): Parent area id (父分区id).
            parent_area_name (str | None): Parent area name (父分区名称).
            old_area_id (int | None): Area id of the old scheme (旧版分区id).
            background (str | None): Background image URL (背景图片链接); may be empty.
            title (str | None): Room title (标题).
            user_cover (str | None): Cover URL (封面).
            keyframe (str | None): Key frame URL (关键帧), shown on hover.
            is_strict_room (bool | None): Purpose unknown (未知).
            live_time (str | None): When the session started, "YYYY-MM-DD HH:MM:SS" Beijing time; "0000-00-00 00:00:00"
                when not live.
            tags (str | None): The room's tags, comma-separated (标签, ','分隔).
            is_anchor (int | None): Purpose unknown (未知).
            room_silent_type (str | None): The room-wide mute in force (禁言状态): "" none, else "wealth", "medal" or "member"
                (the
                `type` of set_room_silent).
            room_silent_level (int | None): Level of the room-wide mute (禁言等级).
            room_silent_second (int | None): Seconds the room-wide mute has left (禁言时间, 单位是秒); 0 when it lasts until
                lifted.
            area_name (str | None): Sub-area name (分区名称).
            pendants (str | None): Purpose unknown (未知); "" in the example (the table spells it `pardants`).
            area_pendants (str | None): Purpose unknown (未知); "" in the example (the table spells it `area_pardants`).
            hot_words (list[str] | None): Hot words offered in the chat box (热词).
            hot_words_status (int | None): Hot-word status (热词状态).
            verify (str | None): Purpose unknown (未知).
            new_pendants (RoomPendants | None): The anchor's avatar frame and verification badge (头像框, 大v), web and mobile.
            up_session (str | None): Purpose unknown (未知).
            pk_status (int | None): PK status (pk状态).
            pk_id (int | None): PK id (pk id).
            battle_id (int | None): Purpose unknown (未知).
            allow_change_area_time (int | None): Purpose not documented.
            allow_upload_cover_time (int | None): Purpose not documented.
            studio_info (None | StudioInfo | None): Studio (multi-host) information; null in bpi-rs's recorded answer.
    """

    uid: int
    room_id: int
    short_id: int | None = None
    attention: int | None = None
    online: int | None = None
    is_portrait: bool | None = None
    description: str | None = None
    live_status: int | None = None
    area_id: int | None = None
    parent_area_id: int | None = None
    parent_area_name: str | None = None
    old_area_id: int | None = None
    background: str | None = None
    title: str | None = None
    user_cover: str | None = None
    keyframe: str | None = None
    is_strict_room: bool | None = None
    live_time: str | None = None
    tags: str | None = None
    is_anchor: int | None = None
    room_silent_type: str | None = None
    room_silent_level: int | None = None
    room_silent_second: int | None = None
    area_name: str | None = None
    pendants: str | None = None
    area_pendants: str | None = None
    hot_words: list[str] | None = None
    hot_words_status: int | None = None
    verify: str | None = None
    new_pendants: RoomPendants | None = None
    up_session: str | None = None
    pk_status: int | None = None
    pk_id: int | None = None
    battle_id: int | None = None
    allow_change_area_time: int | None = None
    allow_upload_cover_time: int | None = None
    studio_info: None | StudioInfo | None = None
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
        uid = self.uid

        room_id = self.room_id

        short_id = self.short_id

        attention = self.attention

        online = self.online

        is_portrait = self.is_portrait

        description = self.description

        live_status = self.live_status

        area_id = self.area_id

        parent_area_id = self.parent_area_id

        parent_area_name = self.parent_area_name

        old_area_id = self.old_area_id

        background = self.background

        title = self.title

        user_cover = self.user_cover

        keyframe = self.keyframe

        is_strict_room = self.is_strict_room

        live_time = self.live_time

        tags = self.tags

        is_anchor = self.is_anchor

        room_silent_type = self.room_silent_type

        room_silent_level = self.room_silent_level

        room_silent_second = self.room_silent_second

        area_name = self.area_name

        pendants = self.pendants

        area_pendants = self.area_pendants

        hot_words: list[str] | None = None
        if not isinstance(self.hot_words, NoneType):
            hot_words = self.hot_words

        hot_words_status = self.hot_words_status

        verify = self.verify

        new_pendants: dict[str, Any] | None = None
        if not isinstance(self.new_pendants, NoneType):
            new_pendants = self.new_pendants.to_dict()

        up_session = self.up_session

        pk_status = self.pk_status

        pk_id = self.pk_id

        battle_id = self.battle_id

        allow_change_area_time = self.allow_change_area_time

        allow_upload_cover_time = self.allow_upload_cover_time

        studio_info: dict[str, Any] | None
        if isinstance(self.studio_info, NoneType):
            studio_info = None
        elif isinstance(self.studio_info, StudioInfo):
            studio_info = self.studio_info.to_dict()
        else:
            studio_info = self.studio_info

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "uid": uid,
                "room_id": room_id,
            }
        )
        if short_id is not None:
            field_dict["short_id"] = short_id
        if attention is not None:
            field_dict["attention"] = attention
        if online is not None:
            field_dict["online"] = online
        if is_portrait is not None:
            field_dict["is_portrait"] = is_portrait
        if description is not None:
            field_dict["description"] = description
        if live_status is not None:
            field_dict["live_status"] = live_status
        if area_id is not None:
            field_dict["area_id"] = area_id
        if parent_area_id is not None:
            field_dict["parent_area_id"] = parent_area_id
        if parent_area_name is not None:
            field_dict["parent_area_name"] = parent_area_name
        if old_area_id is not None:
            field_dict["old_area_id"] = old_area_id
        if background is not None:
            field_dict["background"] = background
        if title is not None:
            field_dict["title"] = title
        if user_cover is not None:
            field_dict["user_cover"] = user_cover
        if keyframe is not None:
            field_dict["keyframe"] = keyframe
        if is_strict_room is not None:
            field_dict["is_strict_room"] = is_strict_room
        if live_time is not None:
            field_dict["live_time"] = live_time
        if tags is not None:
            field_dict["tags"] = tags
        if is_anchor is not None:
            field_dict["is_anchor"] = is_anchor
        if room_silent_type is not None:
            field_dict["room_silent_type"] = room_silent_type
        if room_silent_level is not None:
            field_dict["room_silent_level"] = room_silent_level
        if room_silent_second is not None:
            field_dict["room_silent_second"] = room_silent_second
        if area_name is not None:
            field_dict["area_name"] = area_name
        if pendants is not None:
            field_dict["pendants"] = pendants
        if area_pendants is not None:
            field_dict["area_pendants"] = area_pendants
        if hot_words is not None:
            field_dict["hot_words"] = hot_words
        if hot_words_status is not None:
            field_dict["hot_words_status"] = hot_words_status
        if verify is not None:
            field_dict["verify"] = verify
        if new_pendants is not None:
            field_dict["new_pendants"] = new_pendants
        if up_session is not None:
            field_dict["up_session"] = up_session
        if pk_status is not None:
            field_dict["pk_status"] = pk_status
        if pk_id is not None:
            field_dict["pk_id"] = pk_id
        if battle_id is not None:
            field_dict["battle_id"] = battle_id
        if allow_change_area_time is not None:
            field_dict["allow_change_area_time"] = allow_change_area_time
        if allow_upload_cover_time is not None:
            field_dict["allow_upload_cover_time"] = allow_upload_cover_time
        if studio_info is not None or "studio_info" in self._nulls:
            field_dict["studio_info"] = studio_info

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        uid = src_dict["uid"]

        room_id = src_dict["room_id"]

        short_id = src_dict.get("short_id")

        attention = src_dict.get("attention")

        online = src_dict.get("online")

        is_portrait = src_dict.get("is_portrait")

        description = src_dict.get("description")

        live_status = src_dict.get("live_status")

        area_id = src_dict.get("area_id")

        parent_area_id = src_dict.get("parent_area_id")

        parent_area_name = src_dict.get("parent_area_name")

        old_area_id = src_dict.get("old_area_id")

        background = src_dict.get("background")

        title = src_dict.get("title")

        user_cover = src_dict.get("user_cover")

        keyframe = src_dict.get("keyframe")

        is_strict_room = src_dict.get("is_strict_room")

        live_time = src_dict.get("live_time")

        tags = src_dict.get("tags")

        is_anchor = src_dict.get("is_anchor")

        room_silent_type = src_dict.get("room_silent_type")

        room_silent_level = src_dict.get("room_silent_level")

        room_silent_second = src_dict.get("room_silent_second")

        area_name = src_dict.get("area_name")

        pendants = src_dict.get("pendants")

        area_pendants = src_dict.get("area_pendants")

        hot_words = cast(list[str], src_dict.get("hot_words"))

        hot_words_status = src_dict.get("hot_words_status")

        verify = src_dict.get("verify")

        _new_pendants = src_dict.get("new_pendants")
        new_pendants: RoomPendants | None
        if isinstance(_new_pendants, NoneType):
            new_pendants = None
        else:
            new_pendants = RoomPendants.from_dict(_new_pendants)

        up_session = src_dict.get("up_session")

        pk_status = src_dict.get("pk_status")

        pk_id = src_dict.get("pk_id")

        battle_id = src_dict.get("battle_id")

        allow_change_area_time = src_dict.get("allow_change_area_time")

        allow_upload_cover_time = src_dict.get("allow_upload_cover_time")

        def _parse_studio_info(data: object) -> None | StudioInfo | None:
            if data is None:
                return data
            if isinstance(data, NoneType):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                studio_info_type_0 = StudioInfo.from_dict(data)

                return studio_info_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | StudioInfo | None, data)

        studio_info = _parse_studio_info(src_dict.get("studio_info"))

        room_info = cls(
            uid,
            room_id,
            short_id,
            attention,
            online,
            is_portrait,
            description,
            live_status,
            area_id,
            parent_area_id,
            parent_area_name,
            old_area_id,
            background,
            title,
            user_cover,
            keyframe,
            is_strict_room,
            live_time,
            tags,
            is_anchor,
            room_silent_type,
            room_silent_level,
            room_silent_second,
            area_name,
            pendants,
            area_pendants,
            hot_words,
            hot_words_status,
            verify,
            new_pendants,
            up_session,
            pk_status,
            pk_id,
            battle_id,
            allow_change_area_time,
            allow_upload_cover_time,
            studio_info,
        )

        if not _PROPERTY_NAMES.issuperset(src_dict):  # members beyond the described ones
            d = {prop_name: prop for prop_name, prop in src_dict.items() if prop_name not in _PROPERTY_NAMES}
            room_info.additional_properties = d
        if None in (src_dict.get("studio_info", 0),):
            room_info._nulls = frozenset(
                name for name in _NULLABLE_OPTIONAL if name in src_dict and src_dict[name] is None
            )
        return room_info

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
        "uid",
        "room_id",
        "short_id",
        "attention",
        "online",
        "is_portrait",
        "description",
        "live_status",
        "area_id",
        "parent_area_id",
        "parent_area_name",
        "old_area_id",
        "background",
        "title",
        "user_cover",
        "keyframe",
        "is_strict_room",
        "live_time",
        "tags",
        "is_anchor",
        "room_silent_type",
        "room_silent_level",
        "room_silent_second",
        "area_name",
        "pendants",
        "area_pendants",
        "hot_words",
        "hot_words_status",
        "verify",
        "new_pendants",
        "up_session",
        "pk_status",
        "pk_id",
        "battle_id",
        "allow_change_area_time",
        "allow_upload_cover_time",
        "studio_info",
    }
)
_REPR_NAMES: tuple[tuple[str, bool], ...] = (
    ("uid", True),
    ("room_id", True),
    ("short_id", False),
    ("attention", False),
    ("online", False),
    ("is_portrait", False),
    ("description", False),
    ("live_status", False),
    ("area_id", False),
    ("parent_area_id", False),
    ("parent_area_name", False),
    ("old_area_id", False),
    ("background", False),
    ("title", False),
    ("user_cover", False),
    ("keyframe", False),
    ("is_strict_room", False),
    ("live_time", False),
    ("tags", False),
    ("is_anchor", False),
    ("room_silent_type", False),
    ("room_silent_level", False),
    ("room_silent_second", False),
    ("area_name", False),
    ("pendants", False),
    ("area_pendants", False),
    ("hot_words", False),
    ("hot_words_status", False),
    ("verify", False),
    ("new_pendants", False),
    ("up_session", False),
    ("pk_status", False),
    ("pk_id", False),
    ("battle_id", False),
    ("allow_change_area_time", False),
    ("allow_upload_cover_time", False),
    ("studio_info", False),
)
_NULLABLE_OPTIONAL: tuple[str, ...] = ("studio_info",)

# bilispec: models that refer to each other import each other here, once the class exists.
from ..models.room_pendants import RoomPendants  # noqa: E402
from ..models.studio_info import StudioInfo  # noqa: E402
