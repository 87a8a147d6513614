from __future__ import annotations

from collections.abc import Mapping
from types import NoneType
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import _extras_on_first_use, model_repr

T = TypeVar("T", bound="VoteInfo")


@_attrs_define
class VoteInfo:
    """One vote. In the panel it is an empty object when no vote is running, so no member is required;
    clients read that empty object as no vote (None).

        Attributes:
            status (int | None): Vote status (投票状态). Known values are listed in `x-status-values`; the list is not closed,
                because the server may add values.
            question (str | None): The question (投票问题).
            options (list[VoteOption] | None): The two options (投票选项).
            duration (int | None): Vote duration in milliseconds (投票持续时间).
            result (int | None): Which side the result leans to, as a number (投票结果偏向哪一方状态).
            result_text (str | None): Which side the result leans to, as text, e.g. 平局 (draw).
            etime_str (str | None): End time as "MM-DD HH:MM" (投票结束时间).
            left_duration (int | None): Milliseconds left; absent once the vote has ended (投票结束后不存在).
            interaction_id (int | None): Vote interaction id (投票互动id), a 64-bit number.
            template_id (int | None): Template id; present when the vote used a template (使用模板时存在).
    """

    status: int | None = None
    question: str | None = None
    options: list[VoteOption] | None = None
    duration: int | None = None
    result: int | None = None
    result_text: str | None = None
    etime_str: str | None = None
    left_duration: int | None = None
    interaction_id: int | None = None
    template_id: int | None = None
    # Made on first use (__getattr__ below): most objects have no unknown members, and an empty dict
    # for each of thousands of list items is a good part of a parse.
    additional_properties: dict[str, Any] = _attrs_field(init=False, repr=False)

    if not TYPE_CHECKING:  # hidden from type checkers, which would accept any attribute name
        __getattr__ = _extras_on_first_use

    def __repr__(self) -> str:
        # Only the members that are set, extras only when there are some, secrets masked.
        return model_repr(self, _REPR_NAMES)

    def to_dict(self) -> dict[str, Any]:
        status = self.status

        question = self.question

        options: list[dict[str, Any]] | None = None
        if not isinstance(self.options, NoneType):
            options = []
            for options_item_data in self.options:
                options_item = options_item_data.to_dict()
                options.append(options_item)

        duration = self.duration

        result = self.result

        result_text = self.result_text

        etime_str = self.etime_str

        left_duration = self.left_duration

        interaction_id = self.interaction_id

        template_id = self.template_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if status is not None:
            field_dict["status"] = status
        if question is not None:
            field_dict["question"] = question
        if options is not None:
            field_dict["options"] = options
        if duration is not None:
            field_dict["duration"] = duration
        if result is not None:
            field_dict["result"] = result
        if result_text is not None:
            field_dict["result_text"] = result_text
        if etime_str is not None:
            field_dict["etime_str"] = etime_str
        if left_duration is not None:
            field_dict["left_duration"] = left_duration
        if interaction_id is not None:
            field_dict["interaction_id"] = interaction_id
        if template_id is not None:
            field_dict["template_id"] = template_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        status = src_dict.get("status")

        question = src_dict.get("question")

        _options = src_dict.get("options")
        options: list[VoteOption] | None = None
        if _options is not None:
            options = VoteOption._from_list(_options)

        duration = src_dict.get("duration")

        result = src_dict.get("result")

        result_text = src_dict.get("result_text")

        etime_str = src_dict.get("etime_str")

        left_duration = src_dict.get("left_duration")

        interaction_id = src_dict.get("interaction_id")

        template_id = src_dict.get("template_id")

        vote_info = cls(
            status,
            question,
            options,
            duration,
            result,
            result_text,
            etime_str,
            left_duration,
            interaction_id,
            template_id,
        )

        if not _PROPERTY_NAMES.issuperset(src_dict):  # members beyond the described ones
            d = {prop_name: prop for prop_name, prop in src_dict.items() if prop_name not in _PROPERTY_NAMES}
            vote_info.additional_properties = d
        return vote_info

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
        "status",
        "question",
        "options",
        "duration",
        "result",
        "result_text",
        "etime_str",
        "left_duration",
        "interaction_id",
        "template_id",
    }
)
_REPR_NAMES: tuple[tuple[str, bool], ...] = (
    ("status", False),
    ("question", False),
    ("options", False),
    ("duration", False),
    ("result", False),
    ("result_text", False),
    ("etime_str", False),
    ("left_duration", False),
    ("interaction_id", False),
    ("template_id", False),
)

# bilispec: models that refer to each other import each other here, once the class exists.
from ..models.vote_option import VoteOption  # noqa: E402
