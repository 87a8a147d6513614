"""Every code block of docs/usage.md runs, in order, against a local sandbox.

Python blocks share one namespace, as a reader typing them into one session would. The environment
holds what the page says it does: BILISPEC_BASE_URL pointing at the sandbox, its account's cookies in
BILI_SESSDATA / BILI_JCT. Shell blocks run in bash with the venv's `bilispec` on PATH, except those
made only of plain `bilispec ...` lines: these run in this process through the function the console
script calls (its entry point's), which saves an interpreter start per line (tests/command and
tests/kit run the console script itself). Blocks that cannot run here are listed in NOT_EXECUTED with
the reason; the list must match the page exactly.
"""

from __future__ import annotations

import contextlib
import io
import logging
import os
import re
import shlex
import subprocess
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from importlib.metadata import entry_points
from pathlib import Path

import pytest

from bilispec.sandbox import SANDBOX_BILI_JCT, SANDBOX_SESSDATA, running
from tests.conftest import ROOT, report_figure

USAGE = ROOT / "docs" / "usage.md"

# First line of each block that is shown but not run, and why.
NOT_EXECUTED = {
    "pip install .": "installs into the environment running the tests",
    "export BILI_SESSDATA='paste SESSDATA here'": "placeholders; the test sets the sandbox's cookies instead",
    "python -m bilispec.sandbox": "serves in the foreground until interrupted; running() is the same server",
}

_FENCE = re.compile(r"^```(?P<lang>[a-z]*)\n(?P<code>.*?)^```$", re.MULTILINE | re.DOTALL)
_SHELL_SYNTAX = re.compile(r"[|&;<>$`\\(){}*?~=]")  # anything bash would do more with than split words


@dataclass(frozen=True)
class Block:
    lang: str
    code: str
    line: int  # 1-based line of the opening fence

    @property
    def first_line(self) -> str:
        return self.code.strip().splitlines()[0].split("  #")[0].strip()


def blocks(text: str) -> list[Block]:
    return [Block(m.group("lang"), m.group("code"), text.count("\n", 0, m.start()) + 1) for m in _FENCE.finditer(text)]


def console_commands(code: str) -> list[list[str]] | None:
    """The arguments of each line when every line of a shell block is a plain `bilispec ...` command
    (words and quotes, a trailing comment); None when bash is needed."""
    commands = []
    for line in code.splitlines():
        try:
            words = shlex.split(line, comments=True)
        except ValueError:  # a line continued on the next, an open quote
            return None
        if not words:
            continue
        if words[0] != "bilispec" or _SHELL_SYNTAX.search(shlex.join(words)):
            return None
        commands.append(words[1:])
    return commands or None


def console_script() -> Callable[[list[str]], int]:
    """The function the `bilispec` console script calls, from the installed entry point."""
    [script] = [ep for ep in entry_points(group="console_scripts") if ep.name == "bilispec"]
    main: Callable[[list[str]], int] = script.load()
    return main


@pytest.fixture
def sandbox_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[str]:
    """A sandbox, the page's environment variables, and a scratch working directory where `tests/`
    is the checkout's, as in a clone."""
    with running() as base_url:
        monkeypatch.setenv("BILISPEC_BASE_URL", base_url)
        monkeypatch.setenv("BILI_SESSDATA", SANDBOX_SESSDATA)
        monkeypatch.setenv("BILI_JCT", SANDBOX_BILI_JCT)
        (tmp_path / "tests").symlink_to(ROOT / "tests")
        monkeypatch.chdir(tmp_path)
        root = logging.getLogger()
        handlers, level = list(root.handlers), root.level
        try:
            yield base_url
        finally:  # the page calls logging.basicConfig; leave the root logger as it was
            for handler in root.handlers[:]:
                if handler not in handlers:
                    root.removeHandler(handler)
            root.setLevel(level)


def test_page_has_blocks_and_only_known_languages() -> None:
    found = blocks(USAGE.read_text(encoding="utf-8"))
    assert len(found) >= 15
    assert {b.lang for b in found} <= {"python", "sh"}, "a block needs a language the test can run"


def test_every_block_of_usage_md_runs_against_the_sandbox(sandbox_env: str, tmp_path: Path) -> None:
    page = blocks(USAGE.read_text(encoding="utf-8"))
    namespace: dict[str, object] = {"__name__": "usage_md"}
    executed = {"python": 0, "sh": 0}
    skipped: list[str] = []
    output = io.StringIO()
    env = {**os.environ, "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}"}
    for block in page:
        where = f"docs/usage.md:{block.line}"
        if block.first_line in NOT_EXECUTED:
            skipped.append(block.first_line)
            continue
        if block.lang == "python":
            with contextlib.redirect_stdout(output):
                try:
                    exec(compile(block.code, where, "exec"), namespace)
                except Exception as exc:
                    pytest.fail(f"{where}: {type(exc).__name__}: {exc}\n--- output so far ---\n{output.getvalue()}")
        elif (commands := console_commands(block.code)) is not None:
            for argv in commands:
                err = io.StringIO()
                with contextlib.redirect_stdout(output), contextlib.redirect_stderr(err):
                    code = console_script()(argv)
                assert code == 0, f"{where}: bilispec {shlex.join(argv)}: exit {code}\n{err.getvalue()}"
        else:
            done = subprocess.run(
                ["bash", "-euo", "pipefail", "-c", block.code],
                cwd=tmp_path,
                env=env,
                capture_output=True,
                text=True,
                timeout=60,
                check=False,
            )
            assert done.returncode == 0, f"{where}: exit {done.returncode}\n{done.stdout}\n{done.stderr}"
            output.write(done.stdout)
        executed[block.lang] += 1
    for name in ("client",):  # close what the page left open
        client = namespace.get(name)
        if client is not None and hasattr(client, "close"):
            client.close()

    assert sorted(skipped) == sorted(NOT_EXECUTED), "NOT_EXECUTED must list exactly the page's skipped blocks"
    text = output.getvalue()
    # What the page says happens, happened.
    assert "credentials=Credentials(sessdata=set, bili_jct=set)" in text
    assert SANDBOX_SESSDATA not in text and SANDBOX_BILI_JCT not in text
    assert "merge status 30" in text and (tmp_path / "replays").is_dir() and any((tmp_path / "replays").iterdir())
    assert "not sent: duration" in text
    assert "1531193016" in text and "-101" in text
    assert (tmp_path / "report.xml").read_text(encoding="utf-8").lstrip().startswith("<?xml")
    har = (tmp_path / "session.har").read_text(encoding="utf-8")
    assert "csrf=SCRUBBED" in har and SANDBOX_BILI_JCT not in har and SANDBOX_SESSDATA not in har
    total = executed["python"] + executed["sh"]
    report_figure(
        f"docs/usage.md: {total} code blocks executed ({executed['python']} python, {executed['sh']} sh) "
        f"against the sandbox; {len(skipped)} shown only ({', '.join(sorted(NOT_EXECUTED))})"
    )
