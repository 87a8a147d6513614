from __future__ import annotations

from collections.abc import Mapping
from types import NoneType
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import _extras_on_first_use, model_repr

T = TypeVar("T", bound="InteractWordCommandData")


@_attrs_define
class InteractWordCommandData:
    """
    Attributes:
        contribution (InteractWordCommandDataContributionType0 | None):
        dmscore (int | None):
        fans_medal (InteractWordCommandDataFansMedalType0 | None):
        identities (list[int] | None):
        is_spread (int | None):
        msg_type (int | None):
        roomid (int | None):
        score (int | None):
        spread_desc (str | None):
        spread_info (str | None):
        tail_icon (int | None):
        timestamp (int | None):
        trigger_time (int | None):
        uid (int | None):
        uname (str | None):
        uname_color (str | None):
    """

    contribution: InteractWordCommandDataContributionType0 | None = None
    dmscore: int | None = None
    fans_medal: InteractWordCommandDataFansMedalType0 | None = None
    identities: list[int] | None = None
    is_spread: int | None = None
    msg_type: int | None = None
    roomid: int | None = None
    score: int | None = None
    spread_desc: str | None = None
    spread_info: str | None = None
    tail_icon: int | None = None
    timestamp: int | None = None
    trigger_time: int | None = None
    uid: int | None = None
    uname: str | None = None
    uname_color: str | None = None
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
        contribution: dict[str, Any] | None
        if isinstance(self.contribution, NoneType):
            contribution = None
        elif isinstance(self.contribution, InteractWordCommandDataContributionType0):
            contribution = self.contribution.to_dict()
        else:
            contribution = self.contribution

        dmscore = self.dmscore

        fans_medal: dict[str, Any] | None
        if isinstance(self.fans_medal, NoneType):
            fans_medal = None
        elif isinstance(self.fans_medal, InteractWordCommandDataFansMedalType0):
            fans_medal = self.fans_medal.to_dict()
        else:
            fans_medal = self.fans_medal

        identities: list[int] | None
        if isinstance(self.identities, NoneType):
            identities = None
        elif isinstance(self.identities, list):
            identities = self.identities

        else:
            identities = self.identities

        is_spread = self.is_spread

        msg_type = self.msg_type

        roomid = self.roomid

        score = self.score

        spread_desc = self.spread_desc

        spread_info = self.spread_info

        tail_icon = self.tail_icon

        timestamp = self.timestamp

        trigger_time = self.trigger_time

        uid = self.uid

        uname = self.uname

        uname_color = self.uname_color

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if contribution is not None or "contribution" in self._nulls:
            field_dict["contribution"] = contribution
        if dmscore is not None:
            field_dict["dmscore"] = dmscore
        if fans_medal is not None or "fans_medal" in self._nulls:
            field_dict["fans_medal"] = fans_medal
        if identities is not None or "identities" in self._nulls:
            field_dict["identities"] = identities
        if is_spread is not None:
            field_dict["is_spread"] = is_spread
        if msg_type is not None:
            field_dict["msg_type"] = msg_type
        if roomid is not None:
            field_dict["roomid"] = roomid
        if score is not None:
            field_dict["score"] = score
        if spread_desc is not None:
            field_dict["spread_desc"] = spread_desc
        if spread_info is not None:
            field_dict["spread_info"] = spread_info
        if tail_icon is not None:
            field_dict["tail_icon"] = tail_icon
        if timestamp is not None:
            field_dict["timestamp"] = timestamp
        if trigger_time is not None:
            field_dict["trigger_time"] = trigger_time
        if uid is not None:
            field_dict["uid"] = uid
        if uname is not None:
            field_dict["uname"] = uname
        if uname_color is not None:
            field_dict["uname_color"] = uname_color

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        def _parse_contribution(data: object) -> InteractWordCommandDataContributionType0 | None:
            if data is None:
                return data
            if isinstance(data, NoneType):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                contribution_type_0 = InteractWordCommandDataContributionType0.from_dict(data)

                return contribution_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(InteractWordCommandDataContributionType0 | None, data)

        contribution = _parse_contribution(src_dict.get("contribution"))

        dmscore = src_dict.get("dmscore")

        def _parse_fans_medal(data: object) -> InteractWordCommandDataFansMedalType0 | None:
            if data is None:
                return data
            if isinstance(data, NoneType):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                fans_medal_type_0 = InteractWordCommandDataFansMedalType0.from_dict(data)

                return fans_medal_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(InteractWordCommandDataFansMedalType0 | None, data)

        fans_medal = _parse_fans_medal(src_dict.get("fans_medal"))

        def _parse_identities(data: object) -> list[int] | None:
            if data is None:
                return data
            if isinstance(data, NoneType):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                identities_type_0 = cast(list[int], data)

                return identities_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[int] | None, data)

        identities = _parse_identities(src_dict.get("identities"))

        is_spread = src_dict.get("is_spread")

        msg_type = src_dict.get("msg_type")

        roomid = src_dict.get("roomid")

        score = src_dict.get("score")

        spread_desc = src_dict.get("spread_desc")

        spread_info = src_dict.get("spread_info")

        tail_icon = src_dict.get("tail_icon")

        timestamp = src_dict.get("timestamp")

        trigger_time = src_dict.get("trigger_time")

        uid = src_dict.get("uid")

        uname = src_dict.get("uname")

        uname_color = src_dict.get("uname_color")

        interact_word_command_data = cls(
            contribution,
            dmscore,
            fans_medal,
            identities,
            is_spread,
            msg_type,
            roomid,
            score,
            spread_desc,
            spread_info,
            tail_icon,
            timestamp,
            trigger_time,
            uid,
            uname,
            uname_color,
        )

        if not _PROPERTY_NAMES.issuperset(src_dict):  # members beyond the described ones
            d = {prop_name: prop for prop_name, prop in src_dict.items() if prop_name not in _PROPERTY_NAMES}
            interact_word_command_data.additional_properties = d
        if None in (
            src_dict.get("contribution", 0),
            src_dict.get("fans_medal", 0),
            src_dict.get("identities", 0),
        ):
            interact_word_command_data._nulls = frozenset(
                name for name in _NULLABLE_OPTIONAL if name in src_dict and src_dict[name] is None
            )
        return interact_word_command_data

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
        "contribution",
        "dmscore",
        "fans_medal",
        "identities",
        "is_spread",
        "msg_type",
        "roomid",
        "score",
        "spread_desc",
        "spread_info",
        "tail_icon",
        "timestamp",
        "trigger_time",
        "uid",
        "uname",
        "uname_color",
    }
)
_REPR_NAMES: tuple[tuple[str, bool], ...] = (
    ("contribution", False),
    ("dmscore", False),
    ("fans_medal", False),
    ("identities", False),
    ("is_spread", False),
    ("msg_type", False),
    ("roomid", False),
    ("score", False),
    ("spread_desc", False),
    ("spread_info", False),
    ("tail_icon", False),
    ("timestamp", False),
    ("trigger_time", False),
    ("uid", False),
    ("uname", False),
    ("uname_color", False),
)
_NULLABLE_OPTIONAL: tuple[str, ...] = (
    "contribution",
    "fans_medal",
    "identities",
)

# bilispec: models that refer to each other import each other here, once the class exists.
from ..models.interact_word_command_data_contribution_type_0 import InteractWordCommandDataContributionType0  # noqa: E402
from ..models.interact_word_command_data_fans_medal_type_0 import InteractWordCommandDataFansMedalType0  # noqa: E402
