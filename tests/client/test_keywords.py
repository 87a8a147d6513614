"""Keyword options declared once as a TypedDict (`**options: Unpack[...]`, client/_keywords.py).

Methods and page builders that take their options so must look and behave as if the options were
written out: help() and inspect.signature() list each with its annotation and default, defaults
(None, or a Default such as platform="web" or a list's page size) reach the request, and an unknown
or missing keyword raises the TypeError Python gives, before anything is sent. That mypy checks every
keyword at call sites is test_typing's (test_mypy_checks_each_keyword), in its one mypy run.
"""

from __future__ import annotations

import asyncio
import inspect
import pydoc
import time
import typing
from collections.abc import Awaitable, Callable
from typing import Annotated, Any, Required, TypedDict, Unpack

import pytest
from bilispec_generated.models import CreatedVote

from bilispec import AsyncBiliClient, BiliClient, quick_publish_mobile_url, quick_publish_url, web_cut_url
from bilispec.client._keywords import Default, Keywords, expand, keywords, options_of
from bilispec.client.namespaces import NAMESPACES
from bilispec.client.namespaces._base import SyncNamespace, _Method
from bilispec.client.namespaces.replays import AsyncReplays, Replays

from ..conftest import report_figure


class Sent(Exception):
    """What a method handed to call(): the operation and its parameters, in order."""


def capture(operation_id: str, **params: Any) -> Any:
    raise Sent(operation_id, list(params.items()))


def sent(client: BiliClient, act: Callable[[BiliClient], Any]) -> tuple[str, list[tuple[str, Any]]]:
    client.call = capture  # type: ignore[method-assign]
    with pytest.raises(Sent) as caught:
        result = act(client)
        next(iter(result))  # an iterator asks for its first page when first read
    operation_id, params = caught.value.args
    return operation_id, params


def asent(act: Callable[[AsyncBiliClient], Awaitable[Any]]) -> tuple[str, list[tuple[str, Any]]]:
    client = AsyncBiliClient()

    async def acapture(operation_id: str, **params: Any) -> Any:
        capture(operation_id, **params)

    client.call = acapture  # type: ignore[method-assign]
    with pytest.raises(Sent) as caught:
        asyncio.run(act(client))  # type: ignore[arg-type]
    operation_id, params = caught.value.args
    return operation_id, params


def methods_with_options() -> list[tuple[str, type, str, _Method]]:
    """(namespace, class, method, its definition) for every namespace method taking **options."""
    found = []
    for name, classes in NAMESPACES.items():
        for cls in classes:
            for attr in dir(cls):
                member = inspect.getattr_static(cls, attr)
                if isinstance(member, _Method) and options_of(member.build) is not None:
                    found.append((name, cls, attr, member))
    return found


# -- what help() and inspect.signature() show --------------------------------------------------


def test_every_option_is_written_out_in_the_signature() -> None:
    """Each key of a method's TypedDict is a keyword-only parameter with its annotation and its
    default (none for a Required key); no **options is left, on the instance or on the class."""
    cases = methods_with_options()
    assert len(cases) >= 2 * 10  # both flavours of votes.create, room.update, the list methods...
    sync_client, async_client = BiliClient(), AsyncBiliClient()  # one each: a client's TLS setup costs 35 ms
    for namespace, cls, attr, member in cases:
        options = options_of(member.build)
        assert options is not None
        hints = typing.get_type_hints(options, include_extras=True)
        client = sync_client if issubclass(cls, SyncNamespace) else async_client
        bound = inspect.signature(getattr(getattr(client, namespace), attr))
        on_class = inspect.signature(getattr(cls, attr))
        assert next(iter(on_class.parameters)) == "self"
        for sig in (bound, on_class):
            kinds = [p.kind for p in sig.parameters.values()]
            assert inspect.Parameter.VAR_KEYWORD not in kinds, f"{cls.__name__}.{attr}"
            for key in hints:
                parameter = sig.parameters[key]
                assert parameter.kind is inspect.Parameter.KEYWORD_ONLY
                assert parameter.annotation is not inspect.Parameter.empty, f"{cls.__name__}.{attr}({key})"
            assert sig.return_annotation is not inspect.Signature.empty
    report_figure(f"keyword options: {len(cases)} namespace methods take a TypedDict, each key in their signature")


def test_vote_create_looks_as_written_out() -> None:
    sig = inspect.signature(BiliClient().votes.create)
    assert str(sig) == (
        "(room_id: int, *, question: str, option_a: str, option_b: str, duration: int, template_id: int | None = None,"
        " live_key: str | None = None, sub_session_key: str | None = None, visit_id: str | None = None)"
        " -> bilispec_generated.models.created_vote.CreatedVote"
    )
    assert sig.return_annotation is CreatedVote
    assert sig.parameters["template_id"].annotation == int | None
    text = pydoc.plain(pydoc.render_doc(BiliClient().votes.create))
    assert "question: str, option_a: str" in text and "duration` is in minutes" in text


def test_defaults_other_than_none_show_and_apply() -> None:
    sig = inspect.signature(BiliClient().room.update_pre_live_info)
    assert {n: p.default for n, p in sig.parameters.items()} == {
        "title": None,
        "cover": None,
        "cover_vertical": None,
        "live_direction_type": None,
        "platform": "web",
        "mobi_app": "web",
        "build": 1,
        "visit_id": None,
    }
    assert sig.parameters["build"].annotation is int
    operation_id, params = sent(BiliClient(), lambda c: c.room.update_pre_live_info(cover_vertical="v"))
    assert operation_id == "update_pre_live_info"
    assert params == [
        ("title", None),
        ("cover", None),
        ("coverVertical", "v"),
        ("liveDirectionType", None),
        ("platform", "web"),
        ("mobi_app", "web"),
        ("build", 1),
        ("visit_id", None),
    ]


@pytest.mark.parametrize(
    ("method", "size"),
    [("replays.iter_all", 30), ("drafts.iter_for_anchor", 30), ("slices.iter_published", 20)],
)
def test_a_list_s_own_page_size_shows_and_applies(method: str, size: int) -> None:
    namespace, name = method.split(".")
    client = BiliClient()
    sig = inspect.signature(getattr(getattr(client, namespace), name))
    assert sig.parameters["page_size"].default == size and sig.parameters["page_size"].annotation is int
    assert sig.parameters["max_pages"].default == 1000
    args = (7,) if name.endswith("for_anchor") else ()
    _, params = sent(client, lambda c: getattr(getattr(c, namespace), name)(*args))
    assert dict(params)["page_size"] == size and dict(params)["page"] == 1


def test_the_two_download_flavours_take_the_same_options() -> None:
    sync, async_ = inspect.signature(Replays.download), inspect.signature(AsyncReplays.download)
    assert (
        list(sync.parameters)
        == list(async_.parameters)
        == [
            "self",
            "record_id",
            "dest",
            "on_progress",
            "on_bytes",
            "deadline",
            "poll_interval",
            "if_exists",
            "sleep",
            "clock",
        ]
    )
    assert sync.parameters["sleep"].default is time.sleep and async_.parameters["sleep"].default is None
    assert sync.parameters["deadline"].default == 600 and async_.parameters["poll_interval"].default == 3
    assert sync.parameters["sleep"].annotation == "Callable[[float], None]"  # as the source writes it
    assert inspect.iscoroutinefunction(AsyncReplays.download)
    assert not inspect.iscoroutinefunction(Replays.download)


def test_page_builders_look_as_written_out() -> None:
    assert str(inspect.signature(quick_publish_url)) == (
        "(*, start_time: 'int', end_time: 'int', live_key: 'str', cover: 'str | None' = None,"
        " anchor_id: 'int | None' = None, anchor_name: 'str | None' = None, mobile: 'bool' = False) -> 'str'"
    )
    assert list(inspect.signature(quick_publish_mobile_url).parameters) == [
        "start_time",
        "end_time",
        "live_key",
        "cover",
        "anchor_id",
        "anchor_name",
    ]
    assert inspect.signature(web_cut_url).parameters["draft_id"].default is inspect.Parameter.empty


# -- what a call does with its keywords ----------------------------------------------------------


def test_unknown_and_missing_keywords_raise_as_python_does() -> None:
    client = BiliClient()
    client.call = capture  # type: ignore[method-assign]
    with pytest.raises(TypeError, match=r"^Votes\.create\(\) got an unexpected keyword argument 'bogus'$"):
        client.votes.create(1, question="q", option_a="a", option_b="b", duration=1, bogus=2)  # type: ignore[call-arg]
    with pytest.raises(TypeError, match=r"missing 2 required keyword-only arguments: 'option_b' and 'duration'$"):
        client.votes.create(1, question="q", option_a="a")  # type: ignore[call-arg]
    with pytest.raises(TypeError, match="unexpected keyword argument 'page'"):
        client.replays.iter_all(page=2)  # type: ignore[call-arg]
    with pytest.raises(TypeError, match="takes 2 positional arguments but 3 were given"):
        client.room.update(1, "title")  # type: ignore[call-arg]
    with pytest.raises(TypeError, match="unexpected keyword argument 'mobile'"):
        quick_publish_mobile_url(start_time=1, end_time=2, live_key="3", mobile=True)  # type: ignore[call-arg]
    with pytest.raises(TypeError, match="missing 1 required keyword-only argument: 'draft_id'"):
        web_cut_url(start_time=1, end_time=2, live_key="3")  # type: ignore[call-arg]


def test_async_methods_check_their_keywords_too() -> None:
    async def create(client: AsyncBiliClient) -> Any:
        return await client.votes.create(1, question="q", option_a="a", option_b="b", duration=1, bogus=2)  # type: ignore[call-arg]

    client = AsyncBiliClient()
    with pytest.raises(TypeError, match="unexpected keyword argument 'bogus'"):
        asyncio.run(create(client))
    assert asent(lambda c: c.room.update(5, title="t")) == (
        "update_room",
        [
            ("room_id", 5),
            ("title", "t"),
            ("area_id", None),
            ("add_tag", None),
            ("del_tag", None),
            ("platform", None),
            ("visit_id", None),
        ],
    )


def test_options_reach_the_request_in_their_order() -> None:
    """The parameters go to call() in the order of the written-out signature, as before."""
    _, params = sent(
        BiliClient(),
        lambda c: c.slices.publish_for_anchor(9, "k", 1, 2, with_subtitle=True, cover="c", title="t"),
    )
    assert params == [
        ("live_key", "k"),
        ("start_ts", 1),
        ("end_ts", 2),
        ("av_title", "t"),
        ("av_cover", "c"),
        ("av_highlight", None),
        ("with_subtitle", 1),
        ("with_danmaku", None),
        ("with_reserve", None),
        ("live_uid", 9),
    ]
    _, params = sent(BiliClient(), lambda c: c.votes.create(3, duration=2, option_b="b", option_a="a", question="q"))
    assert [name for name, _ in params][:5] == ["room_id", "question", "option_a", "option_b", "duration"]


# -- the machinery on its own --------------------------------------------------------------------


class _Span(TypedDict):
    start: int


class _Extras(TypedDict, total=False):
    note: str | None
    size: Annotated[int, Default(30)]
    must: Required[str]


class _Both(_Span, _Extras):
    """Keys of both, each required or not as its own class says."""


def _takes(first: int, **options: Unpack[_Both]) -> dict[str, Any]:
    return {"first": first, **options}


def test_requiredness_defaults_and_written_annotations() -> None:
    sig = expand(_takes)
    assert [(p.name, p.default) for p in sig.parameters.values()] == [
        ("first", inspect.Parameter.empty),
        ("start", inspect.Parameter.empty),
        ("note", None),
        ("size", 30),
        ("must", inspect.Parameter.empty),
    ]
    assert sig.parameters["size"].annotation is int and sig.parameters["note"].annotation == str | None
    written = expand(_takes, eval_str=False)
    assert [p.annotation for p in written.parameters.values()] == ["int", "int", "str | None", "int", "str"]
    assert expand(_takes, defaults={"size": 5}).parameters["size"].default == 5


def test_keywords_completes_in_order_and_refuses_like_python() -> None:
    words = Keywords(_Both)
    assert words.complete("f", {"must": "m", "start": 1}) == {"start": 1, "note": None, "size": 30, "must": "m"}
    with pytest.raises(TypeError, match=r"^f\(\) missing 1 required keyword-only argument: 'must'$"):
        words.complete("f", {"start": 1})
    wrapped = keywords(_takes)
    assert wrapped(0, start=1, must="m") == {"first": 0, "start": 1, "note": None, "size": 30, "must": "m"}
    with pytest.raises(TypeError, match=r"_takes\(\) got an unexpected keyword argument 'other'"):
        wrapped(0, start=1, must="m", other=2)  # type: ignore[call-arg]
    assert "size: 'int' = 30" in str(inspect.signature(wrapped))
    with pytest.raises(TypeError, match="takes no"):
        keywords(lambda x: x)
