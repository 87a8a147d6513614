from __future__ import annotations

from collections.abc import Mapping
from types import NoneType
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import _extras_on_first_use, model_repr

T = TypeVar("T", bound="DmInteractionVote")


@_attrs_define
class DmInteractionVote:
    """The decoded `data.data` of DM_INTERACTION type 101: a live vote's question, options, tallies
    and audit. Its state is `data.status` of the command, and `combo[].status` per option.

        Attributes:
            vote_id (int):
            question (str | None):
            options (list[DmInteractionVoteOption] | None):
            cnt (int | None):
            duration (int | None): Milliseconds.
            left_duration (int | None): Milliseconds.
            fade_duration (int | None):
            waiting_duration (int | None):
            result (int | None):
            result_text (str | None):
            component (str | None):
            natural_die_duration (int | None):
            my_vote (int | None):
            component_anchor (str | None):
            audit_reason (str | None):
            combo (list[DmInteractionVoteCombo] | None):
    """

    vote_id: int
    question: str | None = None
    options: list[DmInteractionVoteOption] | None = None
    cnt: int | None = None
    duration: int | None = None
    left_duration: int | None = None
    fade_duration: int | None = None
    waiting_duration: int | None = None
    result: int | None = None
    result_text: str | None = None
    component: str | None = None
    natural_die_duration: int | None = None
    my_vote: int | None = None
    component_anchor: str | None = None
    audit_reason: str | None = None
    combo: list[DmInteractionVoteCombo] | None = None
    # Made on first use (__getattr__ below): most objects have no unknown members, and an empty dict
    # for each of thousands of list items is a good part of a parse.
    additional_properties: dict[str, Any] = _attrs_field(init=False, repr=False)

    if not TYPE_CHECKING:  # hidden from type checkers, which would accept any attribute name
        __getattr__ = _extras_on_first_use

    def __repr__(self) -> str:
        # Only the members that are set, extras only when there are some, secrets masked.
        return model_repr(self, _REPR_NAMES)

    def to_dict(self) -> dict[str, Any]:
        vote_id = self.vote_id

        question = self.question

        options: list[dict[str, Any]] | None = None
        if not isinstance(self.options, NoneType):
            options = []
            for options_item_data in self.options:
                options_item = options_item_data.to_dict()
                options.append(options_item)

        cnt = self.cnt

        duration = self.duration

        left_duration = self.left_duration

        fade_duration = self.fade_duration

        waiting_duration = self.waiting_duration

        result = self.result

        result_text = self.result_text

        component = self.component

        natural_die_duration = self.natural_die_duration

        my_vote = self.my_vote

        component_anchor = self.component_anchor

        audit_reason = self.audit_reason

        combo: list[dict[str, Any]] | None = None
        if not isinstance(self.combo, NoneType):
            combo = []
            for combo_item_data in self.combo:
                combo_item = combo_item_data.to_dict()
                combo.append(combo_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "vote_id": vote_id,
            }
        )
        if question is not None:
            field_dict["question"] = question
        if options is not None:
            field_dict["options"] = options
        if cnt is not None:
            field_dict["cnt"] = cnt
        if duration is not None:
            field_dict["duration"] = duration
        if left_duration is not None:
            field_dict["left_duration"] = left_duration
        if fade_duration is not None:
            field_dict["fade_duration"] = fade_duration
        if waiting_duration is not None:
            field_dict["waiting_duration"] = waiting_duration
        if result is not None:
            field_dict["result"] = result
        if result_text is not None:
            field_dict["result_text"] = result_text
        if component is not None:
            field_dict["component"] = component
        if natural_die_duration is not None:
            field_dict["natural_die_duration"] = natural_die_duration
        if my_vote is not None:
            field_dict["my_vote"] = my_vote
        if component_anchor is not None:
            field_dict["component_anchor"] = component_anchor
        if audit_reason is not None:
            field_dict["audit_reason"] = audit_reason
        if combo is not None:
            field_dict["combo"] = combo

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        vote_id = src_dict["vote_id"]

        question = src_dict.get("question")

        _options = src_dict.get("options")
        options: list[DmInteractionVoteOption] | None = None
        if _options is not None:
            options = DmInteractionVoteOption._from_list(_options)

        cnt = src_dict.get("cnt")

        duration = src_dict.get("duration")

        left_duration = src_dict.get("left_duration")

        fade_duration = src_dict.get("fade_duration")

        waiting_duration = src_dict.get("waiting_duration")

        result = src_dict.get("result")

        result_text = src_dict.get("result_text")

        component = src_dict.get("component")

        natural_die_duration = src_dict.get("natural_die_duration")

        my_vote = src_dict.get("my_vote")

        component_anchor = src_dict.get("component_anchor")

        audit_reason = src_dict.get("audit_reason")

        _combo = src_dict.get("combo")
        combo: list[DmInteractionVoteCombo] | None = None
        if _combo is not None:
            combo = DmInteractionVoteCombo._from_list(_combo)

        dm_interaction_vote = cls(
            vote_id,
            question,
            options,
            cnt,
            duration,
            left_duration,
            fade_duration,
            waiting_duration,
            result,
            result_text,
            component,
            natural_die_duration,
            my_vote,
            component_anchor,
            audit_reason,
            combo,
        )

        if not _PROPERTY_NAMES.issuperset(src_dict):  # members beyond the described ones
            d = {prop_name: prop for prop_name, prop in src_dict.items() if prop_name not in _PROPERTY_NAMES}
            dm_interaction_vote.additional_properties = d
        return dm_interaction_vote

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
        "vote_id",
        "question",
        "options",
        "cnt",
        "duration",
        "left_duration",
        "fade_duration",
        "waiting_duration",
        "result",
        "result_text",
        "component",
        "natural_die_duration",
        "my_vote",
        "component_anchor",
        "audit_reason",
        "combo",
    }
)
_REPR_NAMES: tuple[tuple[str, bool], ...] = (
    ("vote_id", True),
    ("question", False),
    ("options", False),
    ("cnt", False),
    ("duration", False),
    ("left_duration", False),
    ("fade_duration", False),
    ("waiting_duration", False),
    ("result", False),
    ("result_text", False),
    ("component", False),
    ("natural_die_duration", False),
    ("my_vote", False),
    ("component_anchor", False),
    ("audit_reason", False),
    ("combo", False),
)

# bilispec: models that refer to each other import each other here, once the class exists.
from ..models.dm_interaction_vote_combo import DmInteractionVoteCombo  # noqa: E402
from ..models.dm_interaction_vote_option import DmInteractionVoteOption  # noqa: E402
