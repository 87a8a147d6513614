"""The sync send loop is the async one without `await` (scripts/unasync.py writes it)."""

from __future__ import annotations

import importlib.util
from types import ModuleType

from ..conftest import ROOT


def _script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("unasync", ROOT / "scripts" / "unasync.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_sync_loop_is_written_from_the_async_one() -> None:
    assert _script().main(["--check"]) == 0


def test_a_sync_loop_edited_by_hand_is_stale() -> None:
    unasync = _script()
    source = unasync.TRANSPORT.read_text(encoding="utf-8")
    assert unasync.expected(source) == source
    edited = source.replace("raw = self.http.send(", "raw = self.http.send(  # edited\n", 1)
    assert edited != source and unasync.expected(edited) != edited
