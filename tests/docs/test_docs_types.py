"""A bot author's view: `mypy --strict` over the Python of docs/usage.md and examples/tour.py.

The page's Python blocks share one session (tests/docs/test_docs_usage.py runs them so), so they are
checked as one module, in order. No `type: ignore` may hide an error.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tests.conftest import ROOT, report_figure
from tests.docs.test_docs_usage import USAGE, blocks


def _mypy(*paths: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "--cache-dir=/dev/null", *map(str, paths)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )


def test_usage_blocks_and_tour_type_check(tmp_path: Path) -> None:
    python = [b for b in blocks(USAGE.read_text(encoding="utf-8")) if b.lang == "python"]
    module = tmp_path / "usage_blocks.py"
    module.write_text("\n\n".join(f"# docs/usage.md line {b.line}\n{b.code}" for b in python), encoding="utf-8")
    tour = ROOT / "examples" / "tour.py"
    for source in (module, tour):
        assert "type: ignore" not in source.read_text(encoding="utf-8"), f"{source.name} hides an error"
    result = _mypy(module, tour)
    assert result.returncode == 0, result.stdout + result.stderr
    report_figure(f"docs types: {len(python)} Python blocks of docs/usage.md and examples/tour.py pass mypy --strict")


def test_the_check_catches_a_type_error(tmp_path: Path) -> None:
    """The same check fails on a bot that treats an optional member as always there."""
    bot = tmp_path / "bot.py"
    bot.write_text(
        "from bilispec.types import VotePanel\n\n\ndef question(panel: VotePanel) -> str:\n"
        "    return panel.vote_info.question\n",
        encoding="utf-8",
    )
    result = _mypy(bot)
    assert result.returncode == 1 and 'Item "None" of "VoteInfo | None"' in result.stdout, result.stdout


def test_a_misspelt_member_is_still_a_type_error(tmp_path: Path) -> None:
    """The models make their unknown-members dict on first use (a __getattr__ hidden from type
    checkers), so a misspelt attribute is still reported."""
    bot = tmp_path / "bot.py"
    bot.write_text(
        "from bilispec_generated.models import SessionDataPoint\n\n\ndef value(p: SessionDataPoint) -> object:\n"
        "    return p.vaule\n",
        encoding="utf-8",
    )
    result = _mypy(bot)
    assert result.returncode == 1 and 'has no attribute "vaule"' in result.stdout, result.stdout
