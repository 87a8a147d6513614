"""A bot author's view: `mypy --strict` over the Python of docs/usage.md and examples/tour.py.

The page's Python blocks share one session (tests/docs/test_docs_usage.py runs them so), so they are
checked as one module, in order. No `type: ignore` may hide an error. Two small bots with a type error
each show that the same check catches one.

mypy runs once for the module over all four files, with a copy of the checkout's cache (the
`mypy_cache` fixture): each test asserts on the errors mypy reports for its own file.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT, report_figure
from tests.docs.test_docs_usage import USAGE, blocks

TOUR = ROOT / "examples" / "tour.py"

# A bot that treats an optional member as always there.
OPTIONAL_MEMBER = (
    "from bilispec.types import VotePanel\n\n\ndef question(panel: VotePanel) -> str:\n"
    "    return panel.vote_info.question\n"
)
# The models make their unknown-members dict on first use (a __getattr__ hidden from type checkers),
# so a misspelt attribute must still be reported.
MISSPELT_MEMBER = (
    "from bilispec_generated.models import SessionDataPoint\n\n\ndef value(p: SessionDataPoint) -> object:\n"
    "    return p.vaule\n"
)
_MESSAGE = re.compile(r"^(?P<path>[^:\n]+\.py):\d+: (?P<kind>error|note): (?P<text>.*)$", re.MULTILINE)


def usage_python_blocks() -> list[str]:
    python = [b for b in blocks(USAGE.read_text(encoding="utf-8")) if b.lang == "python"]
    return [f"# docs/usage.md line {b.line}\n{b.code}" for b in python]


@pytest.fixture(scope="module")
def errors(tmp_path_factory: pytest.TempPathFactory, mypy_cache: Path) -> dict[str, list[str]]:
    """One `mypy --strict` over the page's blocks, the tour and the two bots: file name -> its errors."""
    folder = tmp_path_factory.mktemp("docs_types")
    sources = {
        "usage_blocks.py": "\n\n".join(usage_python_blocks()),
        "bot_optional_member.py": OPTIONAL_MEMBER,
        "bot_misspelt_member.py": MISSPELT_MEMBER,
    }
    for name, text in sources.items():
        (folder / name).write_text(text, encoding="utf-8")
    files = [*(folder / name for name in sources), TOUR]
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", f"--cache-dir={mypy_cache}", *map(str, files)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )
    assert result.returncode in (0, 1) and not result.stderr, result.stdout + result.stderr  # 2: mypy itself failed
    # By file name: mypy replays a cached module's errors under the path it was first checked at.
    found: dict[str, list[str]] = {path.name: [] for path in files}
    for message in _MESSAGE.finditer(result.stdout):
        if message["kind"] == "error":
            found[Path(message["path"]).name].append(message["text"])
    # Every error line belongs to one of the four files.
    assert sum(map(len, found.values())) == result.stdout.count(": error: "), result.stdout
    return found


def test_usage_blocks_and_tour_type_check(errors: dict[str, list[str]]) -> None:
    for name, text in (("docs/usage.md", "\n".join(usage_python_blocks())), ("tour.py", TOUR.read_text("utf-8"))):
        assert "type: ignore" not in text, f"{name} hides an error"
    assert errors["usage_blocks.py"] == [] and errors["tour.py"] == [], errors
    report_figure(
        f"docs types: {len(usage_python_blocks())} Python blocks of docs/usage.md and examples/tour.py "
        "pass mypy --strict"
    )


def test_the_check_catches_a_type_error(errors: dict[str, list[str]]) -> None:
    """The same check fails on a bot that treats an optional member as always there."""
    assert any('Item "None" of "VoteInfo | None"' in e for e in errors["bot_optional_member.py"]), errors


def test_a_misspelt_member_is_still_a_type_error(errors: dict[str, list[str]]) -> None:
    """The models make their unknown-members dict on first use (a __getattr__ hidden from type
    checkers), so a misspelt attribute is still reported."""
    assert any('has no attribute "vaule"' in e for e in errors["bot_misspelt_member.py"]), errors
