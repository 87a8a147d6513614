"""pytest run as a bot author runs it: with bilispec's plugin and no other installed plugin.

The run is a new pytest session in this process (pytest.main), not a second interpreter: a bot
test file's run costs about a second less (no interpreter start, no second import of the client).
The session finds bilispec's plugin by its entry point as a subprocess would, in the scratch folder
(no conftest, nothing from tests/), with this run's PYTEST_* and BILISPEC_FIGURES_DIR variables hidden
from it. The one subprocess run of a bot test file, in a venv of its own with the wheel installed, is
tests/kit/test_install.py's.
"""

from __future__ import annotations

import contextlib
import io
import os
import sys
from dataclasses import dataclass
from importlib.metadata import entry_points
from pathlib import Path
from typing import Any

import pytest

_HIDDEN = ("PYTEST_", "BILISPEC_FIGURES")


def pytest_args(*args: str) -> list[str]:
    """pytest's arguments with `-p no:NAME` for every pytest plugin installed here but bilispec's,
    which pytest finds by its entry point as in a bot author's venv. That venv has
    `bilispec[sandbox]` and pytest, not this one's dev tools (schemathesis, hypothesis, xdist, anyio)."""
    names = {ep.name for ep in entry_points(group="pytest11")}
    assert "bilispec" in names, "bilispec's pytest plugin is not installed"
    disabled = [arg for name in sorted(names - {"bilispec"}) for arg in ("-p", f"no:{name}")]
    return ["-q", "-p", "no:cacheprovider", *disabled, *args]


@dataclass(frozen=True)
class Ran:
    code: int  # pytest's exit code
    passed: int  # tests that passed
    output: str  # what pytest printed


class _Passed:
    """A plugin of the inner session: counts the tests that passed."""

    def __init__(self) -> None:
        self.count = 0

    def pytest_runtest_logreport(self, report: Any) -> None:
        if report.when == "call" and report.passed:
            self.count += 1


def run_alone(folder: Path, *args: str) -> Ran:
    """`pytest -q ARGS` in `folder` as a bot author runs it. The test modules it imports (with
    --import-mode=importlib: sys.path is left alone) are dropped afterwards."""
    passed, printed = _Passed(), io.StringIO()
    hidden = {name: value for name, value in os.environ.items() if name.startswith(_HIDDEN)}
    modules, cwd = set(sys.modules), Path.cwd()
    try:
        for name in hidden:
            del os.environ[name]
        os.chdir(folder)
        with contextlib.redirect_stdout(printed):
            # faulthandler off: its clean-up would point this process's crash reports at the
            # capture file of the test that ran it.
            argv = [*pytest_args(*args), "--import-mode=importlib", "-p", "no:faulthandler"]
            code = pytest.main(argv, plugins=[passed])
    finally:
        os.chdir(cwd)
        os.environ.update(hidden)
        for name in set(sys.modules) - modules:
            if Path(getattr(sys.modules[name], "__file__", None) or "/").is_relative_to(folder):
                del sys.modules[name]
    return Ran(int(code), passed.count, printed.getvalue())
