from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import _extras_on_first_use, model_repr

T = TypeVar("T", bound="NavInfo")


@_attrs_define
class NavInfo:
    """The logged-in user's navigation bar info (导航栏用户信息). Only what a WBI signer and a stream
    client read is described; the many other members (coins, level, VIP) stay open.

        Attributes:
            is_login (bool): true when logged in (是否已登录).
            wbi_img (WbiImg): The day's WBI keys in disguise (Wbi 签名实时口令): the file name of each URL, without its
                extension, is the key (`img_key`, `sub_key`). They are not images: never fetch them.
            mid (int | None): The user's uid (用户 mid); the message stream's auth packet sends it as `uid`.
            uname (str | None): User name (用户昵称).
            face (str | None): Avatar URL (用户头像 url).
    """

    is_login: bool
    wbi_img: WbiImg
    mid: int | None = None
    uname: str | None = None
    face: str | None = None
    # Made on first use (__getattr__ below): most objects have no unknown members, and an empty dict
    # for each of thousands of list items is a good part of a parse.
    additional_properties: dict[str, Any] = _attrs_field(init=False, repr=False)

    if not TYPE_CHECKING:  # hidden from type checkers, which would accept any attribute name
        __getattr__ = _extras_on_first_use

    def __repr__(self) -> str:
        # Only the members that are set, extras only when there are some, secrets masked.
        return model_repr(self, _REPR_NAMES)

    def to_dict(self) -> dict[str, Any]:
        is_login = self.is_login

        wbi_img = self.wbi_img.to_dict()

        mid = self.mid

        uname = self.uname

        face = self.face

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "isLogin": is_login,
                "wbi_img": wbi_img,
            }
        )
        if mid is not None:
            field_dict["mid"] = mid
        if uname is not None:
            field_dict["uname"] = uname
        if face is not None:
            field_dict["face"] = face

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        is_login = src_dict["isLogin"]

        wbi_img = WbiImg.from_dict(src_dict["wbi_img"])

        mid = src_dict.get("mid")

        uname = src_dict.get("uname")

        face = src_dict.get("face")

        nav_info = cls(
            is_login,
            wbi_img,
            mid,
            uname,
            face,
        )

        if not _PROPERTY_NAMES.issuperset(src_dict):  # members beyond the described ones
            d = {prop_name: prop for prop_name, prop in src_dict.items() if prop_name not in _PROPERTY_NAMES}
            nav_info.additional_properties = d
        return nav_info

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
        "isLogin",
        "wbi_img",
        "mid",
        "uname",
        "face",
    }
)
_REPR_NAMES: tuple[tuple[str, bool], ...] = (
    ("is_login", True),
    ("wbi_img", True),
    ("mid", False),
    ("uname", False),
    ("face", False),
)

# bilispec: models that refer to each other import each other here, once the class exists.
from ..models.wbi_img import WbiImg  # noqa: E402
