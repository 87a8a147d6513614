"""Fixtures of the docs tests."""

from __future__ import annotations

import contextlib
import shutil
from pathlib import Path

import pytest

from tests.conftest import ROOT


def _copy_if_there(source: str, target: str) -> None:
    with contextlib.suppress(FileNotFoundError):  # a cache entry replaced while we copy: mypy rechecks it
        shutil.copy2(source, target)


@pytest.fixture(scope="session")
def mypy_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of the checkout's mypy cache, for `mypy --cache-dir`: `make typecheck` fills it just
    before the tests run, so mypy checks only the test's own files, not the 500 modules of both
    packages they import (0.5 s instead of 9). A copy per test process: nothing the tests check is
    written back, and two processes never write one cache. Without a cache the first run fills it."""
    copy = tmp_path_factory.mktemp("mypy") / "cache"
    if (ROOT / ".mypy_cache").is_dir():
        shutil.copytree(ROOT / ".mypy_cache", copy, copy_function=_copy_if_there)
    return copy
