from __future__ import annotations

from collections.abc import Mapping
from itertools import chain as _chain
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import DESCRIBED_ONLY, _extras_on_first_use, model_repr

T = TypeVar("T", bound="LiveVersion")


@_attrs_define
class LiveVersion:
    """The current streaming app version, for start_live's `version` and `build`.

    Attributes:
        curr_version (str): Version string, e.g. 7.19.0.9432; send it as start_live's `version`.
        build (int): Build number, e.g. 9432; send it as start_live's `build`.
        instruction (str | None): Short update note of this version; "" in the recorded answer.
        file_size (str | None): Size of the installer in bytes, a decimal string ("0" in the recorded answer).
        file_md5 (str | None): MD5 of the installer; "" in the recorded answer.
        content (str | None): Update notes (HTML); "" in the recorded answer.
        download_url (str | None): Download URL of the installer.
        hdiffpatch_switch (int | None): Whether incremental updates are on, it seems (0 in the recorded answer).
    """

    curr_version: str
    build: int
    instruction: str | None = None
    file_size: str | None = None
    file_md5: str | None = None
    content: str | None = None
    download_url: str | None = None
    hdiffpatch_switch: int | None = None
    # Made on first use (__getattr__ below): most objects have no unknown members, and an empty dict
    # for each of thousands of list items is a good part of a parse.
    additional_properties: dict[str, Any] = _attrs_field(init=False, repr=False)

    if not TYPE_CHECKING:  # hidden from type checkers, which would accept any attribute name
        __getattr__ = _extras_on_first_use

    def __repr__(self) -> str:
        # Only the members that are set, extras only when there are some, secrets masked.
        return model_repr(self, _REPR_NAMES)

    def to_dict(self) -> dict[str, Any]:
        curr_version = self.curr_version

        build = self.build

        instruction = self.instruction

        file_size = self.file_size

        file_md5 = self.file_md5

        content = self.content

        download_url = self.download_url

        hdiffpatch_switch = self.hdiffpatch_switch

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "curr_version": curr_version,
                "build": build,
            }
        )
        if instruction is not None:
            field_dict["instruction"] = instruction
        if file_size is not None:
            field_dict["file_size"] = file_size
        if file_md5 is not None:
            field_dict["file_md5"] = file_md5
        if content is not None:
            field_dict["content"] = content
        if download_url is not None:
            field_dict["download_url"] = download_url
        if hdiffpatch_switch is not None:
            field_dict["hdiffpatch_switch"] = hdiffpatch_switch

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        curr_version = src_dict["curr_version"]

        build = src_dict["build"]

        instruction = src_dict.get("instruction")

        file_size = src_dict.get("file_size")

        file_md5 = src_dict.get("file_md5")

        content = src_dict.get("content")

        download_url = src_dict.get("download_url")

        hdiffpatch_switch = src_dict.get("hdiffpatch_switch")

        live_version = cls(
            curr_version,
            build,
            instruction,
            file_size,
            file_md5,
            content,
            download_url,
            hdiffpatch_switch,
        )

        if not _PROPERTY_NAMES.issuperset(src_dict):  # members beyond the described ones
            d = {prop_name: prop for prop_name, prop in src_dict.items() if prop_name not in _PROPERTY_NAMES}
            live_version.additional_properties = d
        return live_version

    @classmethod
    def _from_list(cls: type[T], items: list[Mapping[str, Any]]) -> list[T]:
        if not DESCRIBED_ONLY.get() and not _PROPERTY_NAMES.issuperset(_chain.from_iterable(items)):
            return list(map(cls.from_dict, items))
        return [
            cls(
                item["curr_version"],
                item["build"],
                item.get("instruction"),
                item.get("file_size"),
                item.get("file_md5"),
                item.get("content"),
                item.get("download_url"),
                item.get("hdiffpatch_switch"),
            )
            for item in items
        ]

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
        "curr_version",
        "build",
        "instruction",
        "file_size",
        "file_md5",
        "content",
        "download_url",
        "hdiffpatch_switch",
    }
)
_REPR_NAMES: tuple[tuple[str, bool], ...] = (
    ("curr_version", True),
    ("build", True),
    ("instruction", False),
    ("file_size", False),
    ("file_md5", False),
    ("content", False),
    ("download_url", False),
    ("hdiffpatch_switch", False),
)
