"""Every `x-` extension used in spec/ is documented in spec/README.md's table, and the lint rule that
every operation declares `x-bilispec-retry` is in force (redocly.yaml)."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from bilispec.core.description import Description, parse_yaml
from tests.conftest import ROOT

SPEC = ROOT / "spec"
REDOCLY = ROOT / "node_modules" / ".bin" / "redocly"


def _keys(node: Any) -> Iterator[str]:
    if isinstance(node, dict):
        for key, value in node.items():
            yield str(key)
            yield from _keys(value)
    elif isinstance(node, list):
        for value in node:
            yield from _keys(value)


def used_extensions() -> dict[str, set[str]]:
    """Each `x-` key used in a YAML file under spec/, with the files that use it."""
    found: dict[str, set[str]] = {}
    for path in sorted(SPEC.rglob("*.yaml")):
        for key in _keys(parse_yaml(path.read_text(encoding="utf-8"))):
            if key.startswith("x-"):
                found.setdefault(key, set()).add(path.relative_to(ROOT).as_posix())
    return found


def documented_extensions() -> set[str]:
    """The first column of spec/README.md's extension table."""
    text = (SPEC / "README.md").read_text(encoding="utf-8")
    return set(re.findall(r"^\| `(x-[a-z0-9-]+)` \|", text, flags=re.M))


def test_every_extension_used_is_documented() -> None:
    used = used_extensions()
    missing = {name: sorted(files)[:3] for name, files in used.items() if name not in documented_extensions()}
    assert not missing, f"document these in spec/README.md's extension table: {missing}"
    assert {"x-sources", "x-bilispec-retry", "x-beyond-source"} <= set(used)


def test_every_operation_declares_retry(desc: Description) -> None:
    for op_id, op in desc.operations.items():
        assert op.raw.get("x-bilispec-retry") in ("idempotent", "never"), op_id


@pytest.mark.skipif(not REDOCLY.exists(), reason="node tools not installed (make setup)")
def test_lint_refuses_an_operation_without_retry(tmp_path: Path) -> None:
    copy = tmp_path / "repo"
    shutil.copytree(SPEC, copy / "spec")
    shutil.copy(ROOT / "redocly.yaml", copy / "redocly.yaml")
    target = copy / "spec" / "paths" / "vote" / "get_vote_panel.yaml"
    text = target.read_text(encoding="utf-8")
    target.write_text(re.sub(r"^  x-bilispec-retry: .*\n", "", text, flags=re.M), encoding="utf-8")
    done = subprocess.run(
        [str(REDOCLY), "lint", "spec/openapi.yaml", "--format=stylish"],
        cwd=copy,
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, "REDOCLY_TELEMETRY": "off"},
    )
    assert done.returncode != 0
    assert "operation-declares-retry" in done.stdout + done.stderr
    assert "get_vote_panel.yaml" in done.stdout + done.stderr
