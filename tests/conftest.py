"""Shared fixtures: the bundled description, its validator, and the recordings."""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import sqlite3
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from bilispec.core.description import Description, build, load_document
from bilispec.core.validation import ResponseValidator
from bilispec.sandbox import running

ROOT = Path(__file__).resolve().parent.parent
BUNDLE = ROOT / "generated" / "openapi.yaml"
RECORDINGS = ROOT / "tests" / "recordings"


# Figures the tests measure (mutants rejected, bodies fuzzed, ...), printed at the end of the run.
# Under pytest-xdist each worker appends its figures to a file the controller reads at the end.
FIGURES: list[str] = []
_FIGURES_DIR = "BILISPEC_FIGURES_DIR"


def _is_worker(config: Any) -> bool:
    return hasattr(config, "workerinput")


def pytest_configure(config: Any) -> None:
    if not _is_worker(config):  # before the workers start, so they inherit it
        os.environ[_FIGURES_DIR] = tempfile.mkdtemp(prefix="bilispec-figures-")


def pytest_collection_modifyitems(items: list[Any]) -> None:
    """The tests that read mypy's cache run last: `make test` runs `make typecheck`, which fills it,
    beside pytest, and by then it is complete. (Run earlier, they are as right, only slower: mypy
    then checks what the cache lacks.)"""
    items.sort(key=lambda item: "mypy_cache" in getattr(item, "fixturenames", ()))


def report_figure(line: str) -> None:
    FIGURES.append(line)
    worker, folder = os.environ.get("PYTEST_XDIST_WORKER"), os.environ.get(_FIGURES_DIR)
    if worker and folder and Path(folder).is_dir():
        with open(Path(folder) / f"{worker}.txt", "a", encoding="utf-8") as out:
            out.write(line.replace("\n", " ") + "\n")


def pytest_terminal_summary(terminalreporter: Any) -> None:
    if _is_worker(terminalreporter.config):
        return
    lines = list(FIGURES)
    folder = os.environ.get(_FIGURES_DIR)
    if folder and Path(folder).is_dir():
        for part in sorted(Path(folder).glob("*.txt")):
            lines += part.read_text(encoding="utf-8").splitlines()
        shutil.rmtree(folder, ignore_errors=True)
    if lines:
        terminalreporter.section("bilispec figures")
        for line in lines:
            terminalreporter.write_line(line)


def recording_files() -> list[Path]:
    return sorted(RECORDINGS.glob("*/*.json"))


def load_recording(path: Path) -> dict[str, Any]:
    return dict(json.loads(path.read_text(encoding="utf-8")))


def recording_id(path: Path) -> str:
    return f"{path.parent.name}/{path.stem}"


@pytest.fixture(scope="session")
def document() -> dict[str, Any]:
    return load_document(BUNDLE)


@pytest.fixture(scope="session")
def desc(document: dict[str, Any]) -> Description:
    return build(document)


@pytest.fixture(scope="session")
def validator(desc: Description) -> ResponseValidator:
    return ResponseValidator(desc)


class _Served:
    """The app a module's loopback server hands each request to: the current test's own sandbox."""

    app: Any = None

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        await self.app(scope, receive, send)


@pytest.fixture(scope="module")
def _loopback() -> Iterator[tuple[_Served, str]]:
    served = _Served()
    with running(served) as url:
        yield served, url


@pytest.fixture
def serve(_loopback: tuple[_Served, str]) -> Iterator[Callable[[Any], str]]:
    """`serve(app)` -> the base URL of a loopback server that answers with `app` for this test. One
    server per module (stopping one waits about 0.2 s); each test still serves its own fresh app."""
    served, url = _loopback

    def use(app: Any) -> str:
        served.app = app
        return url

    yield use
    served.app = None


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
