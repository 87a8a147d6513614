from __future__ import annotations

from collections.abc import Mapping
from types import NoneType
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import _extras_on_first_use, model_repr

T = TypeVar("T", bound="RoomPendants")


@_attrs_define
class RoomPendants:
    """The anchor's avatar frame and verification badge (头像框, 大v), web and mobile.

    Attributes:
        frame (None | PendantFrame | None): Avatar frame (头像框).
        mobile_frame (None | PendantFrame | None): Avatar frame on mobile (手机版); may be null.
        badge (None | PendantBadge | None): Verification badge (大v).
        mobile_badge (None | PendantBadge | None): Verification badge on mobile (手机版); may be null.
    """

    frame: None | PendantFrame | None = None
    mobile_frame: None | PendantFrame | None = None
    badge: None | PendantBadge | None = None
    mobile_badge: None | PendantBadge | None = None
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
        frame: dict[str, Any] | None
        if isinstance(self.frame, NoneType):
            frame = None
        elif isinstance(self.frame, PendantFrame):
            frame = self.frame.to_dict()
        else:
            frame = self.frame

        mobile_frame: dict[str, Any] | None
        if isinstance(self.mobile_frame, NoneType):
            mobile_frame = None
        elif isinstance(self.mobile_frame, PendantFrame):
            mobile_frame = self.mobile_frame.to_dict()
        else:
            mobile_frame = self.mobile_frame

        badge: dict[str, Any] | None
        if isinstance(self.badge, NoneType):
            badge = None
        elif isinstance(self.badge, PendantBadge):
            badge = self.badge.to_dict()
        else:
            badge = self.badge

        mobile_badge: dict[str, Any] | None
        if isinstance(self.mobile_badge, NoneType):
            mobile_badge = None
        elif isinstance(self.mobile_badge, PendantBadge):
            mobile_badge = self.mobile_badge.to_dict()
        else:
            mobile_badge = self.mobile_badge

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if frame is not None or "frame" in self._nulls:
            field_dict["frame"] = frame
        if mobile_frame is not None or "mobile_frame" in self._nulls:
            field_dict["mobile_frame"] = mobile_frame
        if badge is not None or "badge" in self._nulls:
            field_dict["badge"] = badge
        if mobile_badge is not None or "mobile_badge" in self._nulls:
            field_dict["mobile_badge"] = mobile_badge

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        def _parse_frame(data: object) -> None | PendantFrame | None:
            if data is None:
                return data
            if isinstance(data, NoneType):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                frame_type_0 = PendantFrame.from_dict(data)

                return frame_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PendantFrame | None, data)

        frame = _parse_frame(src_dict.get("frame"))

        def _parse_mobile_frame(data: object) -> None | PendantFrame | None:
            if data is None:
                return data
            if isinstance(data, NoneType):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                mobile_frame_type_0 = PendantFrame.from_dict(data)

                return mobile_frame_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PendantFrame | None, data)

        mobile_frame = _parse_mobile_frame(src_dict.get("mobile_frame"))

        def _parse_badge(data: object) -> None | PendantBadge | None:
            if data is None:
                return data
            if isinstance(data, NoneType):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                badge_type_0 = PendantBadge.from_dict(data)

                return badge_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PendantBadge | None, data)

        badge = _parse_badge(src_dict.get("badge"))

        def _parse_mobile_badge(data: object) -> None | PendantBadge | None:
            if data is None:
                return data
            if isinstance(data, NoneType):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                mobile_badge_type_0 = PendantBadge.from_dict(data)

                return mobile_badge_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PendantBadge | None, data)

        mobile_badge = _parse_mobile_badge(src_dict.get("mobile_badge"))

        room_pendants = cls(
            frame,
            mobile_frame,
            badge,
            mobile_badge,
        )

        if not _PROPERTY_NAMES.issuperset(src_dict):  # members beyond the described ones
            d = {prop_name: prop for prop_name, prop in src_dict.items() if prop_name not in _PROPERTY_NAMES}
            room_pendants.additional_properties = d
        if None in (
            src_dict.get("frame", 0),
            src_dict.get("mobile_frame", 0),
            src_dict.get("badge", 0),
            src_dict.get("mobile_badge", 0),
        ):
            room_pendants._nulls = frozenset(
                name for name in _NULLABLE_OPTIONAL if name in src_dict and src_dict[name] is None
            )
        return room_pendants

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
        "frame",
        "mobile_frame",
        "badge",
        "mobile_badge",
    }
)
_REPR_NAMES: tuple[tuple[str, bool], ...] = (
    ("frame", False),
    ("mobile_frame", False),
    ("badge", False),
    ("mobile_badge", False),
)
_NULLABLE_OPTIONAL: tuple[str, ...] = (
    "frame",
    "mobile_frame",
    "badge",
    "mobile_badge",
)

# bilispec: models that refer to each other import each other here, once the class exists.
from ..models.pendant_badge import PendantBadge  # noqa: E402
from ..models.pendant_frame import PendantFrame  # noqa: E402
