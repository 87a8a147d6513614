"""Namespace methods made of more than one call: flows (going live, unmuting by uid or record)
and walks (an `iter_*` list whose paging the flow works out itself).

A definition is a generator of Steps: each asks for one call, whose `data` is sent back in (or its
BiliError thrown in); a walk also yields Items for its caller. The drivers below run them with a
sync or async client's `call()`; `_flow` and `_walker` declare them with their real types.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Generator, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any, Concatenate, Generic, ParamSpec, TypeVar, cast, overload

from ...core.errors import BiliError
from ._base import AsyncNamespace, Params, SyncNamespace, _Method

P = ParamSpec("P")
T = TypeVar("T")


@dataclass(frozen=True)
class Step:
    """One call a flow asks for; the flow gets its `data` back (or the BiliError thrown in)."""

    operation_id: str
    params: Params


@dataclass(frozen=True)
class Item(Generic[T]):
    """One item a walk hands to its caller."""

    value: T


Flow = Generator[Step, Any, T]  # steps out, data in, the method's result at the end
Walk = Generator[Step | Item[T], Any, None]  # steps out and items out, data in


class _Run:
    """Where a flow or walk stands; what both drivers share. Each call's data is sent in, its
    BiliError thrown in (a flow may catch it; uncaught it comes out of the driver as it was)."""

    def __init__(self, steps: Flow[Any] | Walk[Any]) -> None:
        self.steps = steps
        self.result: Any = None  # the flow's return value, once it is done
        self._outcome: tuple[bool, Any] = (True, None)

    def next(self) -> Step | Item[Any] | None:
        """The next step or item, None when the flow is done."""
        sent, value = self._outcome
        self._outcome = (True, None)
        try:
            return self.steps.send(value) if sent else self.steps.throw(value)
        except StopIteration as done:
            self.result = done.value
            return None

    @contextmanager
    def answering(self) -> Iterator[None]:
        """Around a step's call: its BiliError goes back into the flow."""
        try:
            yield
        except BiliError as exc:
            self._outcome = (False, exc)

    def reply(self, data: Any) -> None:
        self._outcome = (True, data)


def _steps(run: _Run, call: Callable[..., Any]) -> Iterator[Any]:
    """Run a flow or walk with a sync client's call(): its steps are called, its items yielded."""
    while (out := run.next()) is not None:
        if isinstance(out, Item):
            yield out.value
            continue
        with run.answering():
            run.reply(call(out.operation_id, **out.params))


async def _asteps(run: _Run, call: Callable[..., Awaitable[Any]]) -> AsyncIterator[Any]:
    # The async twin of _steps (tests/client/test_twins.py runs both on the same exchanges).
    while (out := run.next()) is not None:
        if isinstance(out, Item):
            yield out.value
            continue
        with run.answering():
            run.reply(await call(out.operation_id, **out.params))


def _drive(flow: Flow[T], call: Callable[..., Any]) -> T:
    """Run a flow to its end with a sync client's call(); its result."""
    run = _Run(flow)
    for _ in _steps(run, call):
        pass
    return cast(T, run.result)


async def _adrive(flow: Flow[T], call: Callable[..., Awaitable[Any]]) -> T:
    """The async twin of _drive."""
    run = _Run(flow)
    async for _ in _asteps(run, call):
        pass
    return cast(T, run.result)


def _walk(walk: Walk[T], call: Callable[..., Any]) -> Iterator[T]:
    """Run a walk with a sync client: the items it hands out."""
    return _steps(_Run(walk), call)


def _awalk(walk: Walk[T], call: Callable[..., Awaitable[Any]]) -> AsyncIterator[T]:
    """The async twin of _walk."""
    return _asteps(_Run(walk), call)


class _Steps(_Method, Generic[P, T]):
    """A method that takes more than one call (going live, unmuting by uid or record, a list whose
    paging must be found out): its definition is a generator of Steps, run by the client's call().
    _Flow answers its result, _Walker the items it hands out; each gives mypy its own types."""

    walks = False

    def __init__(self, operation_ids: tuple[str, ...], returns: Any, build: Callable[..., Any]) -> None:
        super().__init__(build)
        self.operation_ids = operation_ids
        self.operation_id = operation_ids[-1]
        self._returns = returns
        self.awaited = not self.walks

    def returns(self, owner: type[Any]) -> Any:
        if not self.walks:
            return self._returns
        iterator: Any = AsyncIterator if issubclass(owner, AsyncNamespace) else Iterator
        return iterator[self._returns]

    def _bind(self, obj: SyncNamespace | AsyncNamespace | None, owner: type[Any]) -> Any:
        if obj is None:
            return self.unbound(owner)
        run, walks = self.run, self.walks
        sig = self.signature(owner)
        if isinstance(obj, AsyncNamespace):
            acall = obj._client.call
            if walks:
                return self.keep(obj, self.dress(lambda *a, **k: _awalk(run(obj, a, k), acall), owner, sig))

            async def adrive(*args: Any, **kwargs: Any) -> Any:
                return await _adrive(run(obj, args, kwargs), acall)

            return self.keep(obj, self.dress(adrive, owner, sig))
        call = obj._client.call
        if walks:
            return self.keep(obj, self.dress(lambda *a, **k: _walk(run(obj, a, k), call), owner, sig))

        def drive(*args: Any, **kwargs: Any) -> Any:
            return _drive(run(obj, args, kwargs), call)

        return self.keep(obj, self.dress(drive, owner, sig))


class _Flow(_Steps[P, T]):
    """A method made of several calls, answering one result: T on BiliClient, Awaitable[T] on async."""

    @overload
    def __get__(self, obj: None, owner: type[Any]) -> Callable[Concatenate[Any, P], T]: ...
    @overload
    def __get__(self, obj: SyncNamespace, owner: type[Any]) -> Callable[P, T]: ...
    @overload
    def __get__(self, obj: AsyncNamespace, owner: type[Any]) -> Callable[P, Awaitable[T]]: ...
    def __get__(self, obj: SyncNamespace | AsyncNamespace | None, owner: type[Any]) -> Any:
        return self._bind(obj, owner)


class _Walker(_Steps[P, T]):
    """An `iter_*` method whose paging its flow works out: Iterator[T] on BiliClient, AsyncIterator[T] on async."""

    walks = True

    @overload
    def __get__(self, obj: None, owner: type[Any]) -> Callable[Concatenate[Any, P], Iterator[T]]: ...
    @overload
    def __get__(self, obj: SyncNamespace, owner: type[Any]) -> Callable[P, Iterator[T]]: ...
    @overload
    def __get__(self, obj: AsyncNamespace, owner: type[Any]) -> Callable[P, AsyncIterator[T]]: ...
    def __get__(self, obj: SyncNamespace | AsyncNamespace | None, owner: type[Any]) -> Any:
        return self._bind(obj, owner)


def _flow(*operation_ids: str, returns: Any) -> Callable[[Callable[Concatenate[Any, P], Flow[T]]], _Flow[P, T]]:
    """Declare a method made of several calls (see _Steps); `returns` is its result type, for help()."""
    return lambda build: _Flow(operation_ids, returns, build)


def _walker(*operation_ids: str, item: Any) -> Callable[[Callable[Concatenate[Any, P], Walk[T]]], _Walker[P, T]]:
    """Declare an `iter_*` method whose paging the flow works out itself; `item` is what it yields."""
    return lambda build: _Walker(operation_ids, item, build)
