"""The hand-written package stays legible: no module over 600 lines (issue 24's rule). A module that
grows past it is split by concern, not squeezed."""

from __future__ import annotations

from ..conftest import ROOT

MOST = 600


def test_no_hand_written_module_is_over_600_lines() -> None:
    sizes = {
        str(path.relative_to(ROOT)): len(path.read_text(encoding="utf-8").splitlines())
        for path in (ROOT / "overrides" / "bilispec").rglob("*.py")
    }
    assert len(sizes) > 50, sorted(sizes)  # the package, not an empty folder
    assert {name: lines for name, lines in sizes.items() if lines > MOST} == {}
