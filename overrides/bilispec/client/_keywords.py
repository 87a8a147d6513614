"""Keyword options declared once, as a TypedDict (PEP 692), and shown as if written out.

A method with many keyword options takes them as `**options: Unpack[VoteOptions]`: type checkers
check every keyword at call sites against the TypedDict, and several methods can share it. A key
may be left out unless it is `Required[...]`; its default is None, or the value of a `Default` in
its annotation (`platform: Annotated[str, Default("web")]`).

At run time the options are checked and completed as Python would do for written-out keywords: an
unknown keyword or a missing required one raises the same TypeError, and every default is filled
in, in the TypedDict's order. `expand` gives the function's signature with the options written out
as keyword-only parameters, with their annotations and defaults, so that help() and
inspect.signature() show what the method takes.
"""

from __future__ import annotations

import ast
import functools
import inspect
import typing
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, TypeVar

F = TypeVar("F", bound=Callable[..., Any])

_WRAPPERS = ("Required", "NotRequired", "Annotated")


@dataclass(frozen=True)
class Default:
    """The default of an option that is not None: `Annotated[int, Default(30)]`."""

    value: Any


def options_of(function: Callable[..., Any]) -> type | None:
    """The TypedDict of a function's `**options: Unpack[...]`, None when it takes no such options."""
    for parameter in inspect.signature(function).parameters.values():
        if parameter.kind is parameter.VAR_KEYWORD:
            annotation = typing.get_type_hints(function).get(parameter.name)
            if typing.get_origin(annotation) is typing.Unpack:
                options: type = typing.get_args(annotation)[0]
                return options
    return None


def _peeled(hint: Any) -> tuple[Any, bool | None, Any]:
    """(the type, whether it is marked Required (True), NotRequired (False) or neither (None), the
    Default's value or inspect.Parameter.empty) of an option's evaluated annotation."""
    required: bool | None = None
    default: Any = inspect.Parameter.empty
    while True:
        origin = typing.get_origin(hint)
        if origin in (typing.Required, typing.NotRequired):
            required = origin is typing.Required
            hint = typing.get_args(hint)[0]
        elif origin is typing.Annotated:
            default = next((m.value for m in hint.__metadata__ if isinstance(m, Default)), default)
            hint = hint.__origin__
        else:
            return hint, required, default


def _peeled_text(text: str) -> str:
    """An option's annotation as written, without Required[...], NotRequired[...] or Annotated[...]."""
    node = ast.parse(text, mode="eval").body
    while isinstance(node, ast.Subscript) and isinstance(node.value, ast.Name) and node.value.id in _WRAPPERS:
        inner = node.slice
        node = inner.elts[0] if isinstance(inner, ast.Tuple) else inner
    return ast.get_source_segment(text, node) or text


def _written(options: type, name: str) -> str:
    """A key's annotation as its TypedDict writes it (the text, under `from __future__ import annotations`)."""
    raw = options.__annotations__[name]
    if isinstance(raw, typing.ForwardRef | str):
        return _peeled_text(raw.__forward_arg__ if isinstance(raw, typing.ForwardRef) else raw)
    return inspect.formatannotation(_peeled(raw)[0])


def parameters(
    options: type, *, eval_str: bool = True, defaults: Mapping[str, Any] | None = None
) -> list[inspect.Parameter]:
    """The options as keyword-only parameters, in the TypedDict's order. With `eval_str` their
    annotations are the types; without, the text written in the TypedDict. `defaults` override the
    TypedDict's own (one TypedDict serving methods whose page sizes differ)."""
    # A key's own class says whether it is required (total or not); Required[...] and NotRequired[...]
    # say it better, and with `from __future__ import annotations` only get_type_hints sees them.
    required_keys: frozenset[str] = getattr(options, "__required_keys__", frozenset())
    found: list[inspect.Parameter] = []
    for name, hint in typing.get_type_hints(options, include_extras=True).items():
        kind, marked, default = _peeled(hint)
        if defaults and name in defaults:
            default = defaults[name]
        elif default is inspect.Parameter.empty and not (marked if marked is not None else name in required_keys):
            default = None
        annotation = kind if eval_str else _written(options, name)
        found.append(inspect.Parameter(name, inspect.Parameter.KEYWORD_ONLY, default=default, annotation=annotation))
    return found


def expand(
    function: Callable[..., Any], *, eval_str: bool = True, defaults: Mapping[str, Any] | None = None
) -> inspect.Signature:
    """The function's signature with its `**options: Unpack[...]` written out (see `parameters`)."""
    signature = inspect.signature(function, eval_str=eval_str)
    options = options_of(function)
    if options is None:
        return signature
    written: list[inspect.Parameter] = []
    for parameter in signature.parameters.values():
        if parameter.kind is parameter.VAR_KEYWORD:
            written += parameters(options, eval_str=eval_str, defaults=defaults)
        else:
            written.append(parameter)
    return signature.replace(parameters=written)


class Keywords:
    """A function's options, ready to check and complete the keywords of each call."""

    __slots__ = ("defaults", "names", "required")

    def __init__(self, options: type, defaults: Mapping[str, Any] | None = None) -> None:
        written = parameters(options, defaults=defaults)
        self.names = frozenset(p.name for p in written)
        self.required = tuple(p.name for p in written if p.default is p.empty)
        self.defaults = {p.name: p.default for p in written}  # in order; required ones marked empty

    @classmethod
    def of(cls, function: Callable[..., Any], defaults: Mapping[str, Any] | None = None) -> Keywords | None:
        options = options_of(function)
        return None if options is None else cls(options, defaults)

    def complete(self, name: str, given: dict[str, Any]) -> dict[str, Any]:
        """Every option, given or default, in order; raises TypeError as Python does for `name()`."""
        if not self.names.issuperset(given):
            unknown = next(k for k in given if k not in self.names)
            raise TypeError(f"{name}() got an unexpected keyword argument {unknown!r}")
        missing = [k for k in self.required if k not in given]
        if missing:
            raise TypeError(_missing(name, missing))
        return {k: given.get(k, default) for k, default in self.defaults.items()}


def _missing(name: str, missing: list[str]) -> str:
    """Python's own words: "f() missing 2 required keyword-only arguments: 'a' and 'b'"."""
    *rest, last = [repr(m) for m in missing]
    listed = f"{', '.join(rest)}{',' if len(rest) > 1 else ''} and {last}" if rest else last
    plural = "s" if rest else ""
    return f"{name}() missing {len(missing)} required keyword-only argument{plural}: {listed}"


def keywords(function: F) -> F:
    """For a plain function or method taking `**options: Unpack[...]`: each call's options checked
    and completed (see Keywords), and help() and inspect.signature() showing them written out."""
    options = Keywords.of(function)
    if options is None:
        raise TypeError(f"{function.__qualname__} takes no **options: Unpack[...]")
    name = function.__qualname__
    if inspect.iscoroutinefunction(function):

        @functools.wraps(function)
        async def acall(*args: Any, **given: Any) -> Any:
            return await function(*args, **options.complete(name, given))

        wrapper: Any = acall
    else:

        @functools.wraps(function)
        def call(*args: Any, **given: Any) -> Any:
            return function(*args, **options.complete(name, given))

        wrapper = call
    # As written in the source, as inspect.signature shows the annotations of other functions.
    signature = wrapper.__signature__ = expand(function, eval_str=False)
    wrapper.__annotations__ = {
        **{p.name: p.annotation for p in signature.parameters.values() if p.annotation is not p.empty},
        "return": signature.return_annotation,
    }
    return typing.cast(F, wrapper)
