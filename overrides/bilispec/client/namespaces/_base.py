"""What every namespace method is made of: one definition per method, sync and async from it.

Each method is written once, in an `_*Ops` class, as a function mapping typed, domain-named
arguments to the operation's parameters. Its decorator names the operation and the type of its
`data`: `@_op("get_vote_panel", _optional(VotePanel))`. The decorator is a descriptor: on a
BiliClient's namespace the method runs `client.call(operation_id, **params)`, on an AsyncBiliClient's
it is a coroutine running `await client.call(...)`. So sync and async namespaces share every
definition and the client's one request path, and type checkers see the real signature and return
type of both. `@_paged` does the same for the `iter_*` methods (Iterator / AsyncIterator); methods
made of several calls (flows and walks) are declared in _flows.py.

A method with many keyword options takes them as `**options: Unpack[SomeOptions]`, a TypedDict
(client/_keywords.py): its signature shows them written out, and each call's are checked and
completed (defaults filled in) before the definition runs. One definition may serve several
methods, under the names and docstrings they are given: the four list methods of replays, drafts
and slices come so from `_lists`.

Unset optionals are passed as None, which `call()` drops. Fan-side operations (acting on another
anchor's replays) are the `*_for_anchor` twins, taking the anchor's uid (`live_uid`) first.
"""

from __future__ import annotations

import inspect
import typing
from collections.abc import AsyncIterator, Awaitable, Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from typing import (
    TYPE_CHECKING,
    Annotated,
    Any,
    Concatenate,
    Generic,
    Literal,
    ParamSpec,
    TypedDict,
    TypeVar,
    Unpack,
    overload,
)

from ...core.errors import ResponseValidationError
from .._keywords import Default, Keywords, expand
from ..pagination import DEFAULT_MAX_PAGES, Cursor, Page, apaginate, paginate

if TYPE_CHECKING:
    from .._client import AsyncBiliClient, BiliClient

P = ParamSpec("P")
Q = ParamSpec("Q")
R = ParamSpec("R")
S = ParamSpec("S")
T = TypeVar("T")
D = TypeVar("D")
E = TypeVar("E")
I = TypeVar("I")  # noqa: E741 (a list's item)
J = TypeVar("J")
F = TypeVar("F", bound=Callable[..., Any])

Parser = Callable[[str, Any], T]  # (operation_id, data) -> typed data

# Beijing time: the API's "YYYY-MM-DD HH:MM:SS" strings are UTC+08:00.
UTC8 = timezone(timedelta(hours=8), "UTC+08:00")

TimeRange = Literal[1, 2, 3]  # 1: last 3 days, 2: last 7 days, 3: last 14 days
ManualType = Literal[1, 2]  # 1: lookback recordings (回溯录制), 2: saved clips (已保存片段)
Speed = Literal["0.5x", "0.75x", "1.0x", "1.25x", "1.5x", "2.0x"]
StartPlatform = Literal["pc", "pc_link", "android_link"]
StopPlatform = Literal["pc", "pc_link", "android_link"]
VideoType = Literal[3, 4, 10]  # 3 uploaded video, 4 series episode, 10 course
SeriesType = Literal[1, 2, 3, 4, 5, 7]
PlayType = Literal[0, 1, 2, 3]  # 0 playing, 1 started, 2 paused, 3 resumed


# -- what a method sends and what it returns --------------------------------------------------


def _model(cls: type[T]) -> Parser[T]:
    """`data` must be an instance of the generated class."""

    def parse(operation_id: str, value: Any) -> T:
        if isinstance(value, cls):
            return value
        raise ResponseValidationError(
            f"expected {cls.__name__} as data, got {type(value).__name__}", operation=operation_id, violations=[]
        )

    return _returning(parse, cls)


def _returning(parse: F, returns: Any) -> F:
    """Note what a parser returns, for the methods' signatures (help(), inspect.signature)."""
    setattr(parse, "returns", returns)  # noqa: B010 (a function attribute mypy does not know)
    return parse


def _optional(cls: type[T]) -> Parser[T | None]:
    """`data` may also be absent, null, or an empty array (update_room's partial failure)."""
    required = _model(cls)

    def parse(operation_id: str, value: Any) -> T | None:
        if value is None or (isinstance(value, list) and not value):
            return None
        return required(operation_id, value)

    return _returning(parse, cls | None)


def _nothing(operation_id: str, value: Any) -> None:
    """Operations whose `data` carries nothing (absent, null, {} or [])."""
    return None


_nothing.returns = None  # type: ignore[attr-defined]


Params = dict[str, Any]  # an operation's parameters by their API names; None values are dropped by call()


class Paging:
    """The fixed parameters of a paged list, its page size (sent as `page_size`) and the page bound."""

    __slots__ = ("max_pages", "page_size", "params")

    def __init__(self, *, page_size: int | None = None, max_pages: int = DEFAULT_MAX_PAGES, **params: Any) -> None:
        self.page_size = page_size
        self.max_pages = max_pages
        self.params = params

    def cursor(self) -> Cursor:
        return Cursor(page_size=self.page_size, max_pages=self.max_pages)

    def page_params(self, page_param: str, page_no: int) -> Params:
        extra = {"page_size": self.page_size} if self.page_size is not None else {}
        return {**self.params, **extra, page_param: page_no}


def _pages(cls: type[D], to_page: Callable[[D], Page[T]]) -> Parser[Page[T]]:
    parse = _model(cls)
    page = typing.get_type_hints(to_page)["return"]  # Page[Item]
    return _returning(lambda operation_id, value: to_page(parse(operation_id, value)), page)


# -- sync and async from one definition -------------------------------------------------------


def _method_names(cls: type) -> list[str]:
    """Public methods in definition order, base classes first."""
    names: list[str] = []
    for klass in reversed(cls.__mro__):
        if klass in (object, _Namespace, SyncNamespace, AsyncNamespace):
            continue
        names += [
            n
            for n, m in vars(klass).items()
            if not n.startswith("_") and (callable(m) or isinstance(m, _Method)) and n not in names
        ]
    return names


class _Namespace:
    _client: Any  # each flavour names its client's class

    def __init__(self, client: Any) -> None:
        self._client = client

    def __repr__(self) -> str:
        methods = ", ".join(_method_names(type(self)))
        return f"<{type(self).__name__} namespace of {type(self._client).__name__}: {methods}>"


class SyncNamespace(_Namespace):
    """A namespace of BiliClient."""

    _client: BiliClient


class AsyncNamespace(_Namespace):
    """A namespace of AsyncBiliClient."""

    _client: AsyncBiliClient


class MethodOptions(TypedDict, total=False):
    """What a method may say besides its definition: its docstring (a shared definition's own does
    not fit it) and the defaults of its options (over those of their TypedDict)."""

    doc: str | None
    defaults: Mapping[str, Any] | None


class _Method:
    """What every namespace method is made of: its definition (`build`), its name and docstring, its
    keyword options when they are a TypedDict (`**options: Unpack[...]`, written out in its
    signature and completed on each call), and its signature on each namespace class."""

    awaited = True  # on an async namespace a coroutine (an iterator is not)

    def __init__(
        self, build: Callable[..., Any], *, doc: str | None = None, defaults: Mapping[str, Any] | None = None
    ) -> None:
        self.build = build
        self.name = build.__name__
        self.__doc__ = build.__doc__ if doc is None else doc
        self.defaults = defaults
        self.keywords = Keywords.of(build, defaults)
        self._signatures: dict[tuple[type, bool], inspect.Signature] = {}

    def __set_name__(self, owner: type[Any], name: str) -> None:
        self.name = name  # a shared definition serves under the name it is given

    def returns(self, owner: type[Any]) -> Any:
        """What the method returns on the namespaces of `owner`'s flavour."""
        raise NotImplementedError

    def signature(self, owner: type[Any], *, with_self: bool = False) -> inspect.Signature:
        """The definition's parameters (names resolved, options written out, `self` kept or not)
        and what the method returns on the namespaces of `owner`'s flavour."""
        sig = self._signatures.get((owner, with_self))
        if sig is None:
            full = expand(self.build, defaults=self.defaults)
            first, *params = full.parameters.values()
            params = [first.replace(annotation=first.empty), *params] if with_self else params  # a plain `self`
            sig = self._signatures[owner, with_self] = full.replace(
                parameters=params, return_annotation=self.returns(owner)
            )
        return sig

    def written(self) -> inspect.Signature:
        """The definition's signature as the source writes it, options written out (docs/api.md)."""
        return expand(self.build, eval_str=False, defaults=self.defaults)

    def run(self, obj: SyncNamespace | AsyncNamespace, args: tuple[Any, ...], kwargs: dict[str, Any]) -> Any:
        """The definition applied to a call's arguments, its options checked and completed."""
        if self.keywords is not None:
            kwargs = self.keywords.complete(f"{type(obj).__name__}.{self.name}", kwargs)
        return self.build(obj, *args, **kwargs)

    def dress(self, fn: Any, owner: type[Any], sig: inspect.Signature) -> Any:
        """Give a function the method's name, docstring, signature and annotations."""
        fn.__name__ = self.name
        fn.__qualname__ = f"{owner.__name__}.{self.name}"
        fn.__doc__ = self.__doc__
        fn.__module__ = owner.__module__
        fn.__signature__ = sig
        fn.__annotations__ = {
            **{p.name: p.annotation for p in sig.parameters.values() if p.annotation is not p.empty},
            "return": sig.return_annotation,
        }
        return fn

    def keep(self, obj: SyncNamespace | AsyncNamespace, fn: Any) -> Any:
        """The bound method, kept on the namespace: later reads find it there, not here (a namespace
        is made once per client, so each method's closure is made once too)."""
        obj.__dict__[self.name] = fn
        return fn

    def unbound(self, owner: type[Any]) -> Any:
        """What the class shows for the method (help(), pydoc): a real function with the full signature."""
        sig = self.signature(owner, with_self=True)
        if issubclass(owner, AsyncNamespace) and self.awaited:

            async def amethod(obj: Any, *args: Any, **kwargs: Any) -> Any:
                return await self.__get__(obj, owner)(*args, **kwargs)

            return self.dress(amethod, owner, sig)

        def method(obj: Any, *args: Any, **kwargs: Any) -> Any:
            return self.__get__(obj, owner)(*args, **kwargs)

        return self.dress(method, owner, sig)

    def __get__(self, obj: Any, owner: type[Any]) -> Any:
        raise NotImplementedError  # each kind of method binds in its own way


class _Op(_Method, Generic[P, T]):
    """A namespace method: `build(self, ...)` maps its arguments to the operation's parameters."""

    def __init__(
        self,
        operation_id: str,
        parse: Parser[T],
        build: Callable[Concatenate[Any, P], Params],
        **method: Unpack[MethodOptions],
    ) -> None:
        super().__init__(build, **method)
        self.operation_id = operation_id
        self.parse = parse

    def returns(self, owner: type[Any]) -> Any:
        return getattr(self.parse, "returns", Any)

    @overload
    def __get__(self, obj: None, owner: type[Any]) -> Callable[Concatenate[Any, P], T]: ...
    @overload
    def __get__(self, obj: SyncNamespace, owner: type[Any]) -> Callable[P, T]: ...
    @overload
    def __get__(self, obj: AsyncNamespace, owner: type[Any]) -> Callable[P, Awaitable[T]]: ...
    def __get__(self, obj: SyncNamespace | AsyncNamespace | None, owner: type[Any]) -> Any:
        if obj is None:  # on the class (help(), pydoc): a function with the whole signature
            return self.unbound(owner)
        op, parse, run = self.operation_id, self.parse, self.run
        sig = self.signature(owner)
        if isinstance(obj, AsyncNamespace):
            aclient = obj._client

            async def acall(*args: P.args, **kwargs: P.kwargs) -> T:
                return parse(op, await aclient.call(op, **run(obj, args, kwargs)))

            return self.keep(obj, self.dress(acall, owner, sig))
        client = obj._client

        def call(*args: P.args, **kwargs: P.kwargs) -> T:
            return parse(op, client.call(op, **run(obj, args, kwargs)))

        return self.keep(obj, self.dress(call, owner, sig))


class _Paged(_Method, Generic[P, T]):
    """An `iter_*` method: every item of a paged list, as an Iterator (sync) or AsyncIterator (async)."""

    awaited = False

    def __init__(
        self,
        operation_id: str,
        extract: Parser[Page[T]],
        page_param: str,
        build: Callable[Concatenate[Any, P], Paging],
        **method: Unpack[MethodOptions],
    ) -> None:
        super().__init__(build, **method)
        self.operation_id = operation_id
        self.extract = extract
        self.page_param = page_param

    def returns(self, owner: type[Any]) -> Any:
        args = typing.get_args(getattr(self.extract, "returns", Any))  # Page[Item] -> (Item,)
        item = args[0] if args else Any
        return AsyncIterator[item] if issubclass(owner, AsyncNamespace) else Iterator[item]  # type: ignore[valid-type]

    @overload
    def __get__(self, obj: None, owner: type[Any]) -> Callable[Concatenate[Any, P], Iterator[T]]: ...
    @overload
    def __get__(self, obj: SyncNamespace, owner: type[Any]) -> Callable[P, Iterator[T]]: ...
    @overload
    def __get__(self, obj: AsyncNamespace, owner: type[Any]) -> Callable[P, AsyncIterator[T]]: ...
    def __get__(self, obj: SyncNamespace | AsyncNamespace | None, owner: type[Any]) -> Any:
        if obj is None:  # on the class (help(), pydoc): a function with the whole signature
            return self.unbound(owner)
        op, extract, page_param, run = self.operation_id, self.extract, self.page_param, self.run
        sig = self.signature(owner)
        if isinstance(obj, AsyncNamespace):
            aclient = obj._client

            def aiterate(*args: P.args, **kwargs: P.kwargs) -> AsyncIterator[T]:
                paging: Paging = run(obj, args, kwargs)

                async def fetch(page_no: int) -> Page[T]:
                    return extract(op, await aclient.call(op, **paging.page_params(page_param, page_no)))

                return apaginate(fetch, paging.cursor())

            return self.keep(obj, self.dress(aiterate, owner, sig))
        client = obj._client

        def iterate(*args: P.args, **kwargs: P.kwargs) -> Iterator[T]:
            paging: Paging = run(obj, args, kwargs)

            def fetch(page_no: int) -> Page[T]:
                return extract(op, client.call(op, **paging.page_params(page_param, page_no)))

            return paginate(fetch, paging.cursor())

        return self.keep(obj, self.dress(iterate, owner, sig))


def _op(operation_id: str, parse: Parser[T]) -> Callable[[Callable[Concatenate[Any, P], Params]], _Op[P, T]]:
    """Declare a method calling `operation_id`, whose `data` `parse` reads."""
    return lambda build: _Op(operation_id, parse, build)


def _paged(
    operation_id: str, extract: Parser[Page[T]], *, page_param: str = "page"
) -> Callable[[Callable[Concatenate[Any, P], Paging]], _Paged[P, T]]:
    """Declare an iterator over every page of `operation_id`, numbered by `page_param`."""
    return lambda build: _Paged(operation_id, extract, page_param, build)


# -- the list methods of replays, drafts and slices -------------------------------------------
#
# Each of these namespaces lists its own items and those you made for another anchor (the
# `*_for_anchor` twin, taking the anchor's uid first), one page at a time or every item of every
# page. The four signatures are written once here; replays, whose list for another anchor also
# takes a time range, gives its own for those two.


class PageOptions(TypedDict, total=False):
    """Which page of your own list: its number, from 1, and its size (each list has its maximum)."""

    page: int | None
    page_size: int | None


class AnchorPageOptions(TypedDict, total=False):
    """Which page of a list for another anchor."""

    page: int | None
    page_size: int | None
    web_location: str | None


class PagingOptions(TypedDict, total=False):
    """Every page of your own list: items a page (by default the list's own size) and a bound."""

    page_size: int
    max_pages: Annotated[int, Default(DEFAULT_MAX_PAGES)]


class AnchorPagingOptions(TypedDict, total=False):
    """Every page of a list for another anchor."""

    page_size: int
    web_location: str | None
    max_pages: Annotated[int, Default(DEFAULT_MAX_PAGES)]


def one_page(self: Any, **page: Unpack[PageOptions]) -> Params:
    return dict(page)


def one_page_for_anchor(self: Any, live_uid: int, **page: Unpack[AnchorPageOptions]) -> Params:
    return dict(live_uid=live_uid, **page)


def every_page(self: Any, **paging: Unpack[PagingOptions]) -> Paging:
    return Paging(**paging)


def every_page_for_anchor(self: Any, live_uid: int, **paging: Unpack[AnchorPagingOptions]) -> Paging:
    return Paging(live_uid=live_uid, **paging)


@dataclass(frozen=True)
class ListSignatures(Generic[P, Q, R, S]):
    """The definitions of the four list methods: one page of your own list and of the list for
    another anchor, every page of each."""

    own_page: Callable[Concatenate[Any, P], Params]
    anchor_page: Callable[Concatenate[Any, Q], Params]
    own_items: Callable[Concatenate[Any, R], Paging]
    anchor_items: Callable[Concatenate[Any, S], Paging]


LISTS = ListSignatures(one_page, one_page_for_anchor, every_page, every_page_for_anchor)


@dataclass(frozen=True)
class Listed(Generic[D, I]):
    """A paged list operation: its `data` model, how a page is read from it, and the docstrings of
    the method answering one page (the whole `data`) and of the iterator over every item."""

    operation_id: str
    model: type[D]
    to_page: Callable[[D], Page[I]]
    page_doc: str
    items_doc: str

    def page(self, build: Callable[Concatenate[Any, P], Params]) -> _Op[P, D]:
        return _Op(self.operation_id, _model(self.model), build, doc=self.page_doc)

    def items(self, build: Callable[Concatenate[Any, P], Paging], page_size: int) -> _Paged[P, I]:
        paged = _pages(self.model, self.to_page)
        return _Paged(self.operation_id, paged, "page", build, doc=self.items_doc, defaults={"page_size": page_size})


def _lists(
    signatures: ListSignatures[P, Q, R, S], own: Listed[D, I], for_anchor: Listed[E, J], *, page_size: int
) -> tuple[_Op[P, D], _Op[Q, E], _Paged[R, I], _Paged[S, J]]:
    """A namespace's four list methods, in that order; the iterators ask for `page_size` items a page."""
    return (
        own.page(signatures.own_page),
        for_anchor.page(signatures.anchor_page),
        own.items(signatures.own_items, page_size),
        for_anchor.items(signatures.anchor_items, page_size),
    )


# -- argument conversions ---------------------------------------------------------------------


def _id_list(ids: int | Iterable[int]) -> str:
    """Ids as the API's comma-separated string, e.g. "10727160,10597910"."""
    return str(ids) if isinstance(ids, int) else ",".join(str(i) for i in ids)


def _beijing(value: datetime | str) -> str:
    """A "YYYY-MM-DD HH:MM:SS" string in UTC+08:00; aware datetimes are converted, naive ones taken as is."""
    if isinstance(value, datetime):
        if value.tzinfo is not None:
            value = value.astimezone(UTC8)
        return value.strftime("%Y-%m-%d %H:%M:%S")
    return value


def _sent(args: dict[str, Any]) -> Params:
    """A definition's arguments (its `locals()`, self left out), sent under their own names: the API's."""
    return {name: value for name, value in args.items() if name != "self"}


def _renamed(args: Mapping[str, Any], api_names: Mapping[str, str]) -> Params:
    """Arguments under the API's names: those `api_names` maps renamed, the others under their own."""
    return {api_names.get(name, name): value for name, value in args.items()}


def _flag(value: bool | None) -> int | None:
    """Yes/no switches travel as 1/0."""
    return None if value is None else int(value)
