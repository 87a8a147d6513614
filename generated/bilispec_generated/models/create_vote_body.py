from __future__ import annotations

from collections.abc import Mapping
from itertools import chain as _chain
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import DESCRIBED_ONLY, _extras_on_first_use, model_repr

T = TypeVar("T", bound="CreateVoteBody")


@_attrs_define
class CreateVoteBody:
    """
    Attributes:
        room_id (int): Live room id; must be the logged-in user's own room.
        duration (int): Vote duration, a whole number with 0 < d < 10 (必须为整数，目前范围0<d<10).
            The page gives no unit; the example's duration=1 is not echoed back.
        question (str): The question (投票问题).
        option_a (str): Option A (选项A).
        option_b (str): Option B (选项B).
        csrf (str): CSRF token; must equal the `bili_jct` cookie.
        template_id (int | None): Vote template id (投票模板id).
        live_key (str | None): Live session key (直播场次key).
        sub_session_key (str | None): Sub-session key; purpose unclear (需要更多信息).
        csrf_token (str | None): Same value as `csrf` (CSRF Token, 位于cookie).
        visit_id (str | None): Purpose unknown (作用尚不明确).
    """

    room_id: int
    duration: int
    question: str
    option_a: str
    option_b: str
    csrf: str
    template_id: int | None = None
    live_key: str | None = None
    sub_session_key: str | None = None
    csrf_token: str | None = None
    visit_id: str | None = None
    # Made on first use (__getattr__ below): most objects have no unknown members, and an empty dict
    # for each of thousands of list items is a good part of a parse.
    additional_properties: dict[str, Any] = _attrs_field(init=False, repr=False)

    if not TYPE_CHECKING:  # hidden from type checkers, which would accept any attribute name
        __getattr__ = _extras_on_first_use

    def __repr__(self) -> str:
        # Only the members that are set, extras only when there are some, secrets masked.
        return model_repr(self, _REPR_NAMES)

    def to_dict(self) -> dict[str, Any]:
        room_id = self.room_id

        duration = self.duration

        question = self.question

        option_a = self.option_a

        option_b = self.option_b

        csrf = self.csrf

        template_id = self.template_id

        live_key = self.live_key

        sub_session_key = self.sub_session_key

        csrf_token = self.csrf_token

        visit_id = self.visit_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "room_id": room_id,
                "duration": duration,
                "question": question,
                "option_a": option_a,
                "option_b": option_b,
                "csrf": csrf,
            }
        )
        if template_id is not None:
            field_dict["template_id"] = template_id
        if live_key is not None:
            field_dict["live_key"] = live_key
        if sub_session_key is not None:
            field_dict["sub_session_key"] = sub_session_key
        if csrf_token is not None:
            field_dict["csrf_token"] = csrf_token
        if visit_id is not None:
            field_dict["visit_id"] = visit_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        room_id = src_dict["room_id"]

        duration = src_dict["duration"]

        question = src_dict["question"]

        option_a = src_dict["option_a"]

        option_b = src_dict["option_b"]

        csrf = src_dict["csrf"]

        template_id = src_dict.get("template_id")

        live_key = src_dict.get("live_key")

        sub_session_key = src_dict.get("sub_session_key")

        csrf_token = src_dict.get("csrf_token")

        visit_id = src_dict.get("visit_id")

        create_vote_body = cls(
            room_id,
            duration,
            question,
            option_a,
            option_b,
            csrf,
            template_id,
            live_key,
            sub_session_key,
            csrf_token,
            visit_id,
        )

        if not _PROPERTY_NAMES.issuperset(src_dict):  # members beyond the described ones
            d = {prop_name: prop for prop_name, prop in src_dict.items() if prop_name not in _PROPERTY_NAMES}
            create_vote_body.additional_properties = d
        return create_vote_body

    @classmethod
    def _from_list(cls: type[T], items: list[Mapping[str, Any]]) -> list[T]:
        if not DESCRIBED_ONLY.get() and not _PROPERTY_NAMES.issuperset(_chain.from_iterable(items)):
            return list(map(cls.from_dict, items))
        return [
            cls(
                item["room_id"],
                item["duration"],
                item["question"],
                item["option_a"],
                item["option_b"],
                item["csrf"],
                item.get("template_id"),
                item.get("live_key"),
                item.get("sub_session_key"),
                item.get("csrf_token"),
                item.get("visit_id"),
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
        "room_id",
        "duration",
        "question",
        "option_a",
        "option_b",
        "csrf",
        "template_id",
        "live_key",
        "sub_session_key",
        "csrf_token",
        "visit_id",
    }
)
_REPR_NAMES: tuple[tuple[str, bool], ...] = (
    ("room_id", True),
    ("duration", True),
    ("question", True),
    ("option_a", True),
    ("option_b", True),
    ("csrf", True),
    ("template_id", False),
    ("live_key", False),
    ("sub_session_key", False),
    ("csrf_token", False),
    ("visit_id", False),
)
