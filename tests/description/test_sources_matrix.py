"""spec/SOURCES.md is what scripts/sources_matrix.py writes from `x-sources`; every item is well formed."""

from __future__ import annotations

import difflib
from pathlib import Path

import pytest

from bilispec.core.description import Description
from scripts import sources_matrix
from tests.conftest import report_figure


def test_sources_md_is_up_to_date() -> None:
    expected = sources_matrix.render()
    committed = sources_matrix.OUTPUT.read_text(encoding="utf-8") if sources_matrix.OUTPUT.exists() else ""
    if committed != expected:
        diff = "".join(
            difflib.unified_diff(
                committed.splitlines(keepends=True), expected.splitlines(keepends=True), "spec/SOURCES.md", "render"
            )
        )
        pytest.fail(f"spec/SOURCES.md is stale: run `make sources` and commit it.\n{diff[:4000]}")
    ops = sources_matrix.operations()
    alone = sum(1 for op in ops if not op.clients)
    one = sum(1 for op in ops if len(op.clients) == 1)
    report_figure(f"sources matrix: {len(ops)} operations, {one} on one client, {alone} on the pages alone")


def test_every_operation_carries_well_formed_sources(desc: Description) -> None:
    assert sources_matrix.unswept() == []
    swept = {op.name for op in sources_matrix.operations()}
    assert set(desc.operations) <= swept
    assert [p for op in sources_matrix.operations() for p in sources_matrix.problems(op)] == []


def test_malformed_items_are_named(tmp_path: Path) -> None:
    paths = tmp_path / "spec" / "paths" / "x"
    paths.mkdir(parents=True)
    (paths / "op_a.yaml").write_text(
        "get:\n  operationId: op_a\n  x-sources:\n"
        "    - {client: someone, where: a.py, kind: code, seen: '2025-13'}\n"
        "    - {client: o/r, where: b.py, kind: rumour, seen: '2025', sends: oops, extra: 1}\n",
        encoding="utf-8",
    )
    (paths / "op_b.yaml").write_text("post:\n  operationId: op_b\n", encoding="utf-8")
    ops = sources_matrix.operations(tmp_path / "spec")
    found = [p for op in ops for p in sources_matrix.problems(op)]
    assert any("'2025-13'" in p for p in found)
    assert any("client 'someone'" in p for p in found)
    assert any("kind 'rumour'" in p for p in found)
    assert any("'sends' must be a list" in p for p in found)
    assert any("unknown key 'extra'" in p for p in found)
    assert all("op_a" in p and "spec/paths/x/op_a.yaml" in p for p in found)
    assert sources_matrix.unswept(tmp_path / "spec") == ["op_b"]


def test_counts_clients_not_pages(tmp_path: Path) -> None:
    paths = tmp_path / "spec" / "paths"
    paths.mkdir(parents=True)
    (paths / "one.yaml").write_text(
        "get:\n  operationId: one\n  x-sources:\n"
        "    - {client: seed 001, where: manage.md@1, kind: page, seen: '2025'}\n"
        "    - {client: o/r, where: a.py@1, kind: code, seen: '2026-01'}\n"
        "    - {client: o/r, where: 'issue #1', kind: issue, seen: '2026-02-03'}\n",
        encoding="utf-8",
    )
    (paths / "alone.yaml").write_text(
        "get:\n  operationId: alone\n  x-sources:\n    - {client: seed 001, where: m@1, kind: page, seen: '2025'}\n",
        encoding="utf-8",
    )
    text = sources_matrix.render(tmp_path / "spec")
    one, alone = text.split("## Operations resting on one client")[1].split("## Operations resting on the")
    assert "- one: o/r" in one and "alone" not in one
    assert "- alone" in alone.split("## Per operation")[0]
    assert "| one | 1 | 1 | 2026-02-03 |" in text
