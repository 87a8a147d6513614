from __future__ import annotations

from collections.abc import Mapping
from types import NoneType
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import _extras_on_first_use, model_repr

T = TypeVar("T", bound="ReplayDownload")


@_attrs_define
class ReplayDownload:
    """Merge state of a whole replay and, once merged, its download links.

    Attributes:
        record (ReplayRecord | None): Merge state of one whole replay, as the download and the polling operations
            report it.
        download_url (str | None): Download link of the merged replay; present when done (完成时存在).
        download_url_list (list[str] | None): Download links of the merged replay; present when done (完成时存在).
    """

    record: ReplayRecord | None = None
    download_url: str | None = None
    download_url_list: list[str] | None = None
    # Made on first use (__getattr__ below): most objects have no unknown members, and an empty dict
    # for each of thousands of list items is a good part of a parse.
    additional_properties: dict[str, Any] = _attrs_field(init=False, repr=False)

    if not TYPE_CHECKING:  # hidden from type checkers, which would accept any attribute name
        __getattr__ = _extras_on_first_use

    def __repr__(self) -> str:
        # Only the members that are set, extras only when there are some, secrets masked.
        return model_repr(self, _REPR_NAMES)

    def to_dict(self) -> dict[str, Any]:
        record: dict[str, Any] | None = None
        if not isinstance(self.record, NoneType):
            record = self.record.to_dict()

        download_url = self.download_url

        download_url_list: list[str] | None = None
        if not isinstance(self.download_url_list, NoneType):
            download_url_list = self.download_url_list

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if record is not None:
            field_dict["record"] = record
        if download_url is not None:
            field_dict["download_url"] = download_url
        if download_url_list is not None:
            field_dict["download_url_list"] = download_url_list

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _record = src_dict.get("record")
        record: ReplayRecord | None
        if isinstance(_record, NoneType):
            record = None
        else:
            record = ReplayRecord.from_dict(_record)

        download_url = src_dict.get("download_url")

        download_url_list = cast(list[str], src_dict.get("download_url_list"))

        replay_download = cls(
            record,
            download_url,
            download_url_list,
        )

        if not _PROPERTY_NAMES.issuperset(src_dict):  # members beyond the described ones
            d = {prop_name: prop for prop_name, prop in src_dict.items() if prop_name not in _PROPERTY_NAMES}
            replay_download.additional_properties = d
        return replay_download

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
        "record",
        "download_url",
        "download_url_list",
    }
)
_REPR_NAMES: tuple[tuple[str, bool], ...] = (
    ("record", False),
    ("download_url", False),
    ("download_url_list", False),
)

# bilispec: models that refer to each other import each other here, once the class exists.
from ..models.replay_record import ReplayRecord  # noqa: E402
