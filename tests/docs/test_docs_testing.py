"""Every code block of docs/testing.md runs.

Blocks that define `test_` functions are a bot author's test files: each is written to a scratch
directory with no conftest and run by pytest (a session of its own, plugin_alone.py), with the
fixtures coming from the installed plugin alone. Other Python blocks run in one namespace. Shell
blocks run in bash against a served sandbox, its URL in place of the page's http://127.0.0.1:8765.
Blocks that cannot run here are listed in NOT_EXECUTED with the reason; the list must match the page exactly.
"""

from __future__ import annotations

import contextlib
import io
import json
import re
import subprocess
from pathlib import Path

from bilispec.sandbox import running
from tests.conftest import ROOT, report_figure
from tests.docs.plugin_alone import run_alone
from tests.docs.test_docs_usage import blocks

PAGE = ROOT / "docs" / "testing.md"
PAGE_URL = "http://127.0.0.1:8765"
NOT_EXECUTED = {
    "pip install 'bilispec[sandbox]' pytest": "installs into the environment running the tests",
    "bilispec sandbox --log-requests": "serves in the foreground until interrupted; running() is the same server",
}


def test_every_block_of_testing_md_runs(tmp_path: Path) -> None:
    page = blocks(PAGE.read_text(encoding="utf-8"))
    assert {b.lang for b in page} <= {"python", "sh"}
    skipped = [b.first_line for b in page if b.first_line in NOT_EXECUTED]
    assert sorted(skipped) == sorted(NOT_EXECUTED), "NOT_EXECUTED must list exactly the page's skipped blocks"
    runnable = [b for b in page if b.first_line not in NOT_EXECUTED]

    # The bot author's test files: no conftest, nothing from tests/, the plugin found by its entry point.
    test_files = [b for b in runnable if b.lang == "python" and "def test_" in b.code]
    suite = tmp_path / "bot_tests"
    suite.mkdir()
    for n, block in enumerate(test_files):
        (suite / f"test_block_{n:02d}_line_{block.line}.py").write_text(block.code, encoding="utf-8")
    expected = sum(len(re.findall(r"^def test_", b.code, re.MULTILINE)) for b in test_files)
    ran = run_alone(suite, str(suite))
    assert ran.code == 0 and ran.passed == expected, ran.output[-4000:]
    assert f"{expected} passed" in ran.output, ran.output[-2000:]

    # The other Python blocks, in one namespace.
    output = io.StringIO()
    namespace: dict[str, object] = {"__name__": "testing_md"}
    others = [b for b in runnable if b.lang == "python" and b not in test_files]
    for block in others:
        with contextlib.redirect_stdout(output):
            exec(compile(block.code, f"docs/testing.md:{block.line}", "exec"), namespace)
    assert "True ['code -412 (scripted)', 'code 0']" in output.getvalue()

    # The curl examples, against a served sandbox.
    shell = [b for b in runnable if b.lang == "sh"]
    with running() as url:
        for block in shell:
            done = subprocess.run(
                ["bash", "-euo", "pipefail", "-c", block.code.replace(PAGE_URL, url)],
                capture_output=True,
                text=True,
                timeout=60,
                check=False,
            )
            assert done.returncode == 0, f"docs/testing.md:{block.line}: {done.stdout}\n{done.stderr}"
    answers = [json.loads(line) for line in done.stdout.replace("}{", "}\n{").splitlines() if line.strip()]
    assert answers[0] == {"reset": True}
    assert answers[1]["code"] == -352 and answers[1]["times"] == 2
    assert answers[2]["code"] == -352 and answers[2]["data"]["v_voucher"]
    assert [r["code"] for r in answers[3]["requests"]] == [-352]
    assert answers[4]["http_status"] == 412 and answers[5]["kind"] == "reset"
    report_figure(
        f"docs/testing.md: {len(test_files)} test-file blocks ({expected} tests) run by pytest with the plugin alone, "
        f"{len(others)} python and {len(shell)} sh blocks executed; {len(skipped)} shown only"
    )
