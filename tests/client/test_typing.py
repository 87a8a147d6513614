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

A bot's keyword options (the TypedDicts of client/_keywords.py) are checked at its call sites too.
One mypy run judges the three files (a run costs seconds, most of them reading bilispec; the
`mypy_cache` fixture gives it a copy of the cache `make typecheck` fills); each test reads its own
file's errors.
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

import pytest

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


# A bot passing keyword options right and wrong: mypy must report exactly the wrong ones.
KEYWORD_BOT = """
from bilispec import BiliClient, quick_publish_url

client = BiliClient()
client.votes.create(1, question="q", option_a="a", option_b="b", duration=3, template_id=2)
client.votes.create(1, question="q", option_a="a", option_b="b", duration="3")
client.votes.create(1, question="q", option_a="a", option_b="b", duration=3, colour="red")
client.room.update_pre_live_info(build="9")
for draft in client.drafts.iter_all(page_size=10):
    print(draft.id)
client.drafts.iter_all(page=2)
quick_publish_url(start_time=1, end_time=2)
"""


class Snippets:
    """The files of this module and what one mypy --strict run said about each."""

    def __init__(self, folder: Path, cache: Path) -> None:
        self.right_src, self.wrong_src, self.expected = _files()
        sources = {"right_calls.py": self.right_src, "wrong_calls.py": self.wrong_src, "keyword_bot.py": KEYWORD_BOT}
        for name, text in sources.items():
            (folder / name).write_text(text, "utf-8")
        run = subprocess.run(
            [sys.executable, "-m", "mypy", "--strict", "--no-error-summary", "--show-error-codes"]
            + [f"--cache-dir={cache}"]
            + [str(folder / name) for name in sources],
            capture_output=True,
            text=True,
            cwd=ROOT,
            check=False,
        )
        self.out = run.stdout + run.stderr

    def errors(self, name: str) -> list[tuple[int, str]]:
        """(line, message) of each error in file `name`. By file name: mypy replays a cached module's
        errors under the path it was first checked at."""
        pattern = rf"^(?:.*/)?{name.replace('.', '[.]')}:(\d+): error: (.*)$"
        return [(int(m.group(1)), m.group(2)) for m in re.finditer(pattern, self.out, re.MULTILINE)]


@pytest.fixture(scope="module")
def snippets(tmp_path_factory: pytest.TempPathFactory, mypy_cache: Path) -> Snippets:
    return Snippets(tmp_path_factory.mktemp("typing"), mypy_cache)


def test_right_calls_pass_and_wrong_calls_fail_on_every_method(snippets: Snippets) -> None:
    right_errors = snippets.errors("right_calls.py")
    assert right_errors == [], "\n".join(map(str, right_errors[:20])) + "\n" + snippets.right_src[:3000]
    lines = snippets.wrong_src.splitlines()
    errors: dict[int, str] = {}
    for number, message in snippets.errors("wrong_calls.py"):
        errors[number] = errors.get(number, "") + message
    assert errors, snippets.out[-2000:]  # mypy ran and judged the file
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
    assert snippets.expected >= 2 * methods
    report_figure(
        f"typing: {methods} (namespace method, flavour) pairs: right calls pass mypy --strict, "
        f"{snippets.expected} wrong calls rejected"
    )


def test_mypy_checks_each_keyword(snippets: Snippets) -> None:
    assert [message for _line, message in snippets.errors("keyword_bot.py")] == [
        'Argument "duration" has incompatible type "str"; expected "int"  [arg-type]',
        'Unexpected keyword argument "colour"  [call-arg]',
        'Argument "build" has incompatible type "str"; expected "int"  [arg-type]',
        'Unexpected keyword argument "page"  [call-arg]',
        'Missing named argument "live_key" for "quick_publish_url"  [call-arg]',
    ], snippets.out


def test_flows_and_walks_are_typed_on_both_flavours() -> None:
    """The methods the issue named, whose types once stopped at the descriptor."""
    for cls in NAMESPACES["room"]:
        assert "LiveStart" in _render(inspect.signature(cls.start_live).return_annotation)
    for cls in NAMESPACES["silent_users"]:
        walk = _render(inspect.signature(cls.iter_all).return_annotation)
        assert ("AsyncIterator" if issubclass(cls, AsyncNamespace) else "Iterator") in walk and "SilentUser" in walk
