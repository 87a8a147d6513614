"""Every code block of docs/stream.md runs: the Python blocks in order in one namespace, as a reader
typing them into one session would; the pytest file the page shows is written out and run with the
plugin alone (plugin_alone.py)."""

from __future__ import annotations

import contextlib
import io
import re
from pathlib import Path

from tests.conftest import ROOT
from tests.docs.plugin_alone import run_alone

PAGE = ROOT / "docs" / "stream.md"
_FENCE = re.compile(r"^```(?P<lang>[a-z]*)\n(?P<code>.*?)^```$", re.MULTILINE | re.DOTALL)
TEST_FILE_MARK = "# test_my_bot.py"


def python_blocks() -> list[str]:
    return [m.group("code") for m in _FENCE.finditer(PAGE.read_text(encoding="utf-8")) if m.group("lang") == "python"]


def test_page_blocks_are_python() -> None:
    langs = {m.group("lang") for m in _FENCE.finditer(PAGE.read_text(encoding="utf-8"))}
    assert langs == {"python"}
    assert len(python_blocks()) >= 5


def test_blocks_run_in_order() -> None:
    namespace: dict[str, object] = {"__name__": "docs_stream"}
    out = io.StringIO()
    sandbox = None
    try:
        for n, code in enumerate(python_blocks(), 1):
            if code.startswith(TEST_FILE_MARK):
                continue
            with contextlib.redirect_stdout(out):
                exec(compile(code, f"docs/stream.md block {n}", "exec"), namespace)
            sandbox = namespace.get("sandbox", sandbox)
    finally:
        if sandbox is not None:
            sandbox.close()  # type: ignore[attr-defined]
    printed = out.getvalue()
    assert "晚上好" in printed and "SEND_GIFT 3" in printed  # reading a room
    assert "异步也行" in printed  # the async twin
    assert "muted: 42000009" in printed  # moderating
    assert "[1, 4, 5]" in printed  # a vote followed to its result
    assert printed.rstrip().endswith("DANMU_MSG")  # with a policy of one's own


def test_the_bot_test_file_passes(tmp_path: Path) -> None:
    (code,) = [c for c in python_blocks() if c.startswith(TEST_FILE_MARK)]
    (tmp_path / "test_my_bot.py").write_text(code, encoding="utf-8")
    ran = run_alone(tmp_path, str(tmp_path / "test_my_bot.py"))
    assert ran.code == 0 and ran.passed == 1, ran.output
