from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="StartLiveFaceAuthData")


@_attrs_define
class StartLiveFaceAuthData:
    """`data` of a start_live answer with code 60024 (face verification needed): the verification URL
    in `qr`, `need_face_auth` true and no push addresses. Two wordings of the message have been seen
    (SocialSisterYi/bilibili-API-collect issue #1060; withsalt/BilibiliLiveTools issue #45).

        Attributes:
            qr (str | Unset): URL of the face verification (人脸认证) the user must open, e.g. as a QR code.
            need_face_auth (bool | Unset): true with this code.
            protocols (list[StreamProtocol] | None | Unset): null with this code.
    """

    qr: str | Unset = UNSET
    need_face_auth: bool | Unset = UNSET
    protocols: list[StreamProtocol] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        qr = self.qr

        need_face_auth = self.need_face_auth

        protocols: list[dict[str, Any]] | None | Unset
        if isinstance(self.protocols, Unset):
            protocols = UNSET
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
        if qr is not UNSET:
            field_dict["qr"] = qr
        if need_face_auth is not UNSET:
            field_dict["need_face_auth"] = need_face_auth
        if protocols is not UNSET:
            field_dict["protocols"] = protocols

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        qr = src_dict.get("qr", UNSET)

        need_face_auth = src_dict.get("need_face_auth", UNSET)

        def _parse_protocols(data: object) -> list[StreamProtocol] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                protocols_type_0 = list(map(StreamProtocol.from_dict, data))

                return protocols_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[StreamProtocol] | None | Unset, data)

        protocols = _parse_protocols(src_dict.get("protocols", UNSET))

        start_live_face_auth_data = cls(
            qr,
            need_face_auth,
            protocols,
        )

        if not _PROPERTY_NAMES.issuperset(src_dict):  # members beyond the described ones
            d = {prop_name: prop for prop_name, prop in src_dict.items() if prop_name not in _PROPERTY_NAMES}
            start_live_face_auth_data.additional_properties = d
        return start_live_face_auth_data

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

# bilispec: models that refer to each other import each other here, once the class exists.
from ..models.stream_protocol import StreamProtocol  # noqa: E402
