"""One version: the package's (bilispec._constants.VERSION, which pyproject.toml reads) is the
description's info.version, and `bilispec --version` and `python -m bilispec` show it."""

from __future__ import annotations

import subprocess
import sys
from importlib.metadata import version

import pytest
import yaml

from bilispec import __version__
from bilispec.core.description import description
from bilispec.tools.cli import main

from ..conftest import ROOT


def test_the_package_and_the_description_have_one_version() -> None:
    spec = yaml.safe_load((ROOT / "spec" / "openapi.yaml").read_text(encoding="utf-8"))
    assert __version__ == spec["info"]["version"] == description().document["info"]["version"]
    assert version("bilispec") == __version__  # the installed metadata, read from the same constant


def test_version_flag(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--version"]) == 0
    assert capsys.readouterr().out.strip() == f"bilispec {__version__}"


def test_python_dash_m_runs_the_command() -> None:
    """`python -m bilispec` hands its arguments to the command and exits with its code. (The same
    validation of tests/recordings runs through the console script in tests/command/test_cli_validate.py
    and in-process there; the installed wheel's console script in tests/kit/test_install.py.)"""
    done = subprocess.run([sys.executable, "-m", "bilispec", "--version"], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0 and done.stdout.strip() == f"bilispec {__version__}", done.stderr[-500:]
