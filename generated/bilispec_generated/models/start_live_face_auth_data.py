from __future__ import annotations

from collections.abc import Mapping
from types import NoneType
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import _extras_on_first_use, model_repr

T = TypeVar("T", bound="StartLiveFaceAuthData")


@_attrs_define
class StartLiveFaceAuthData:
    """`data` of a start_live answer with code 60024 (face verification needed): the verification URL
    in `qr`, `need_face_auth` true and no push addresses. Two wordings of the message have been seen
    (SocialSisterYi/bilibili-API-collect issue #1060; withsalt/BilibiliLiveTools issue #45).

        Attributes:
            qr (str | None): URL of the face verification (人脸认证) the user must open, e.g. as a QR code.
            need_face_auth (bool | None): true with this code.
            protocols (list[StreamProtocol] | None): null with this code.
    """

    qr: str | None = None
    need_face_auth: bool | None = None
    protocols: list[StreamProtocol] | None = None
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
        qr = self.qr

        need_face_auth = self.need_face_auth

        protocols: list[dict[str, Any]] | None
        if isinstance(self.protocols, NoneType):
            protocols = None
        elif isinstance(self.protocols, list):
            protocols = []
            for protocols_type_0_item_data in self.protocols:
                protocols_type_0_item = protocols_type_0_item_data.to_dict()
                protocols.append(protocols_type_0_item)

        else:
            protocols = self.protocols

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if qr is not None:
            field_dict["qr"] = qr
        if need_face_auth is not None:
            field_dict["need_face_auth"] = need_face_auth
        if protocols is not None or "protocols" in self._nulls:
            field_dict["protocols"] = protocols

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        qr = src_dict.get("qr")

        need_face_auth = src_dict.get("need_face_auth")

        def _parse_protocols(data: object) -> list[StreamProtocol] | None:
            if data is None:
                return data
            if isinstance(data, NoneType):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                protocols_type_0 = StreamProtocol._from_list(data)

                return protocols_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[StreamProtocol] | None, data)

        protocols = _parse_protocols(src_dict.get("protocols"))

        start_live_face_auth_data = cls(
            qr,
            need_face_auth,
            protocols,
        )

        if not _PROPERTY_NAMES.issuperset(src_dict):  # members beyond the described ones
            d = {prop_name: prop for prop_name, prop in src_dict.items() if prop_name not in _PROPERTY_NAMES}
            start_live_face_auth_data.additional_properties = d
        if None in (src_dict.get("protocols", 0),):
            start_live_face_auth_data._nulls = frozenset(
                name for name in _NULLABLE_OPTIONAL if name in src_dict and src_dict[name] is None
            )
        return start_live_face_auth_data

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
        "qr",
        "need_face_auth",
        "protocols",
    }
)
_REPR_NAMES: tuple[tuple[str, bool], ...] = (
    ("qr", False),
    ("need_face_auth", False),
    ("protocols", False),
)
_NULLABLE_OPTIONAL: tuple[str, ...] = ("protocols",)

# bilispec: models that refer to each other import each other here, once the class exists.
from ..models.stream_protocol import StreamProtocol  # noqa: E402
