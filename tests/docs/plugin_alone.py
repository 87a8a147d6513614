"""pytest run as a bot author runs it: with bilispec's plugin and no other installed plugin."""

from __future__ import annotations

import sys
from importlib.metadata import entry_points


def pytest_argv(*args: str) -> list[str]:
    """`python -m pytest` with `-p no:NAME` for every pytest plugin installed here but bilispec's,
    which pytest finds by its entry point as in a bot author's venv. That venv has
    `bilispec[sandbox]` and pytest, not this one's dev tools (schemathesis, hypothesis, xdist, anyio),
    whose start-up is half of a small pytest run's time."""
    names = {ep.name for ep in entry_points(group="pytest11")}
    assert "bilispec" in names, "bilispec's pytest plugin is not installed"
    disabled = [arg for name in sorted(names - {"bilispec"}) for arg in ("-p", f"no:{name}")]
    return [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", *disabled, *args]
