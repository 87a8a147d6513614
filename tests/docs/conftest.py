"""Fixtures of the docs tests."""

from __future__ import annotations

import contextlib
import shutil
import sqlite3
from pathlib import Path

import pytest

from tests.conftest import ROOT


def _copy_cache_file(source: str, target: str) -> None:
    """mypy keeps its cache in SQLite files (write-ahead log): each is copied through SQLite's backup,
    a consistent snapshot even while another mypy writes it. A file that cannot be read is left out;
    mypy checks again what it held."""
    if source.endswith(("-wal", "-shm")):  # part of the database beside them, which the backup reads
        return
    with contextlib.suppress(OSError, sqlite3.Error):
        if not source.endswith(".db"):
            shutil.copy2(source, target)
            return
        with (
            contextlib.closing(sqlite3.connect(f"file:{source}?mode=ro", uri=True)) as old,
            contextlib.closing(sqlite3.connect(target)) as new,
        ):
            old.backup(new)


@pytest.fixture(scope="session")
def mypy_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of the checkout's mypy cache, for `mypy --cache-dir`: `make typecheck` fills it just
    before the tests run, so mypy checks only the test's own files, not the 500 modules of both
    packages they import (0.5 s instead of 9). A copy per test process: nothing the tests check is
    written back, and two processes never write one cache. Without a cache the first run fills it."""
    copy = tmp_path_factory.mktemp("mypy") / "cache"
    if (ROOT / ".mypy_cache").is_dir():
        shutil.copytree(ROOT / ".mypy_cache", copy, copy_function=_copy_cache_file)
    return copy
