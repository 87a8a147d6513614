"""mypy --strict sees every namespace method as it is: its parameters and its return type, on both
clients, flows (`room.start_live`, `silent_users.remove`) and walks (`silent_users.iter_all`)
included.

Two files are written from the namespaces as they are declared, so a new method is covered without
touching this test:
- right calls: for each method and flavour, a function taking exactly the method's parameters, with
  their annotations, and declared to return what the method's signature says; mypy --strict must
  pass it (a method typed `Any` fails it: returning Any from a typed function is an error);
- wrong calls: for each method and flavour, a call with an unknown keyword and a call with a value of
  a wrong type; mypy must reject each of them, on its own line.
"""

from __future__ import annotations

import inspect
import re
import subprocess
import sys
import types
import typing
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from bilispec.client.namespaces import NAMESPACES
from bilispec.client.namespaces._base import AsyncNamespace, _method_names

from ..conftest import ROOT, report_figure

FLAVOURS = ((0, "BiliClient", ""), (1, "AsyncBiliClient", "await "))


def _modules(annotation: Any) -> Iterator[str]:
    """The modules an annotation's rendering names."""
    if isinstance(annotation, type | typing.TypeVar) or callable(annotation):
        module = getattr(annotation, "__module__", "builtins")
        if module != "builtins":
            yield module
    origin = typing.get_origin(annotation)
    if origin is not None:
        yield from _modules(origin)
        if origin in (typing.Literal, typing.Annotated) or isinstance(annotation, types.UnionType):
            yield "typing"
    for arg in typing.get_args(annotation):
        if not isinstance(arg, str | int | bool | float | bytes) and arg is not None:
            yield from _modules(arg)
    if str(type(annotation).__module__) == "typing":
        yield "typing"


def _render(annotation: Any) -> str:
    return inspect.formatannotation(annotation)


def _methods() -> Iterator[tuple[str, str, int, inspect.Signature]]:
    """(namespace, method, flavour index, signature on that flavour's class, `self` left out)."""
    for namespace, classes in NAMESPACES.items():
        for index, cls in enumerate(classes):
            for name in _method_names(cls):
                sig = inspect.signature(getattr(cls, name), eval_str=True)
                params = list(sig.parameters.values())[1:]
                yield namespace, name, index, sig.replace(parameters=params)


def _files() -> tuple[str, str, int]:
    """The right-calls and wrong-calls sources, and the number of wrong calls."""
    imports = {"bilispec"}
    right = []
    wrong = []
    for namespace, name, index, sig in _methods():
        _, client_cls, awaits = FLAVOURS[index]
        is_async = index == 1 and not (
            typing.get_origin(sig.return_annotation) is not None and "AsyncIterator" in _render(sig.return_annotation)
        )
        awaits = "await " if is_async else ""
        define = "async def" if is_async else "def"
        params = []
        args = []
        for p in sig.parameters.values():
            imports.update(_modules(p.annotation))
            text = f"{p.name}: {_render(p.annotation)}"
            if p.kind is p.KEYWORD_ONLY and "*" not in params:
                params.append("*")
            params.append(text)
            args.append(f"{p.name}={p.name}" if p.kind is p.KEYWORD_ONLY else p.name)
        imports.update(_modules(sig.return_annotation))
        returns = _render(sig.return_annotation)
        fn = f"right_{namespace}_{name}_{index}"
        right.append(
            f"{define} {fn}(client: bilispec.{client_cls}, {', '.join(params)}) -> {returns}:\n"
            f"    return {awaits}client.{namespace}.{name}({', '.join(args)})\n"
        )
        first = next(iter(sig.parameters.values()), None)
        wrong.append(f"{define} wrong_{namespace}_{name}_{index}(client: bilispec.{client_cls}) -> None:")
        wrong.append(f"    {awaits}client.{namespace}.{name}(bogus_keyword=1)  # WRONG: keyword")
        if first is not None:
            value = "object()"
            how = f"{first.name}={value}" if first.kind is first.KEYWORD_ONLY else value
            wrong.append(f"    {awaits}client.{namespace}.{name}({how})  # WRONG: type")
        else:
            wrong.append(f"    {awaits}client.{namespace}.{name}(object())  # WRONG: extra")
    # inspect.formatannotation writes typing's own names bare (Optional[...], Literal[...]).
    # Options declared in a TypedDict keep their annotations as the namespace module writes them.
    head = "from __future__ import annotations\n\nfrom typing import Annotated, Any, Literal, Optional, Union\n"
    head += "from collections.abc import Awaitable, Callable, Iterable\nfrom pathlib import Path\n"
    head += "from bilispec.client import download as dl\n"
    head += "".join(f"import {m}\n" for m in sorted(imports)) + "\n\n"
    return head + "\n\n".join(right), head + "\n".join(wrong) + "\n", sum("# WRONG" in line for line in wrong)


def _mypy(*paths: Path) -> str:
    run = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-error-summary", "--show-error-codes", *map(str, paths)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )
    return run.stdout + run.stderr


def test_right_calls_pass_and_wrong_calls_fail_on_every_method(tmp_path: Path) -> None:
    right_src, wrong_src, expected = _files()
    right, wrong = tmp_path / "right_calls.py", tmp_path / "wrong_calls.py"
    right.write_text(right_src, "utf-8")
    wrong.write_text(wrong_src, "utf-8")
    out = _mypy(right, wrong)
    # By file name: mypy replays a cached module's errors under the path it was first checked at.
    right_errors = [line for line in out.splitlines() if re.match(r"^(.*/)?right_calls\.py:\d+: error", line)]
    assert right_errors == [], "\n".join(right_errors[:20]) + "\n" + right_src[:3000]
    lines = wrong_src.splitlines()
    errors: dict[int, str] = {}
    for m in re.finditer(r"^(?:.*/)?wrong_calls\.py:(\d+): error: (.*)$", out, re.MULTILINE):
        errors[int(m.group(1))] = errors.get(int(m.group(1)), "") + m.group(2)
    assert errors, out[-2000:]  # mypy ran and judged the file
    # Each wrong call is rejected for what is wrong in it, not for something else on its line.
    said = {"# WRONG: keyword": '"bogus_keyword"', "# WRONG: type": '"object"', "# WRONG: extra": "Too many arguments"}
    missed = [
        line
        for number, line in enumerate(lines, 1)
        for mark, reason in said.items()
        if mark in line and reason not in errors.get(number, "")
    ]
    assert missed == [], "mypy accepted:\n" + "\n".join(missed)
    methods = sum(1 for _ in _methods())
    assert expected >= 2 * methods
    report_figure(
        f"typing: {methods} (namespace method, flavour) pairs: right calls pass mypy --strict, "
        f"{expected} wrong calls rejected"
    )


def test_flows_and_walks_are_typed_on_both_flavours() -> None:
    """The methods the issue named, whose types once stopped at the descriptor."""
    for cls in NAMESPACES["room"]:
        assert "LiveStart" in _render(inspect.signature(cls.start_live).return_annotation)
    for cls in NAMESPACES["silent_users"]:
        walk = _render(inspect.signature(cls.iter_all).return_annotation)
        assert ("AsyncIterator" if issubclass(cls, AsyncNamespace) else "Iterator") in walk and "SilentUser" in walk
