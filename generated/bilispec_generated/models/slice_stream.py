from __future__ import annotations

from collections.abc import Mapping
from itertools import chain as _chain
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import DESCRIBED_ONLY, _extras_on_first_use, model_repr

T = TypeVar("T", bound="SliceStream")


@_attrs_define
class SliceStream:
    """One video stream of a live replay, for clipping (直播回放视频流).

    Attributes:
        stream (str): Stream URL on the replay gateway (直播回放视频流), an HLS `videoPlay` link. It also plays
            the parts that may not be published (see `ban_list`).
        start_time (int | None): Start of this stream, Unix seconds (片段开始时间戳).
        end_time (int | None): End of this stream, Unix seconds (片段结束时间戳).
        type_ (int | None): Stream type; the page itself is unsure (类型?). Known values are in `x-status-values`.
    """

    stream: str
    start_time: int | None = None
    end_time: int | None = None
    type_: int | None = None
    # Made on first use (__getattr__ below): most objects have no unknown members, and an empty dict
    # for each of thousands of list items is a good part of a parse.
    additional_properties: dict[str, Any] = _attrs_field(init=False, repr=False)

    if not TYPE_CHECKING:  # hidden from type checkers, which would accept any attribute name
        __getattr__ = _extras_on_first_use

    def __repr__(self) -> str:
        # Only the members that are set, extras only when there are some, secrets masked.
        return model_repr(self, _REPR_NAMES)

    def to_dict(self) -> dict[str, Any]:
        stream = self.stream

        start_time = self.start_time

        end_time = self.end_time

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "stream": stream,
            }
        )
        if start_time is not None:
            field_dict["start_time"] = start_time
        if end_time is not None:
            field_dict["end_time"] = end_time
        if type_ is not None:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        stream = src_dict["stream"]

        start_time = src_dict.get("start_time")

        end_time = src_dict.get("end_time")

        type_ = src_dict.get("type")

        slice_stream = cls(
            stream,
            start_time,
            end_time,
            type_,
        )

        if not _PROPERTY_NAMES.issuperset(src_dict):  # members beyond the described ones
            d = {prop_name: prop for prop_name, prop in src_dict.items() if prop_name not in _PROPERTY_NAMES}
            slice_stream.additional_properties = d
        return slice_stream

    @classmethod
    def _from_list(cls: type[T], items: list[Mapping[str, Any]]) -> list[T]:
        if not DESCRIBED_ONLY.get() and not _PROPERTY_NAMES.issuperset(_chain.from_iterable(items)):
            return list(map(cls.from_dict, items))
        return [
            cls(
                item["stream"],
                item.get("start_time"),
                item.get("end_time"),
                item.get("type"),
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
        "stream",
        "start_time",
        "end_time",
        "type",
    }
)
_REPR_NAMES: tuple[tuple[str, bool], ...] = (
    ("stream", True),
    ("start_time", False),
    ("end_time", False),
    ("type_", False),
)
