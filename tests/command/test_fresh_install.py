"""A bot author's view: a new venv, `pip install '<repo>[sandbox]' pytest`, a test file of their own
that uses only the plugin's fixtures and fault injection (no conftest, nothing from tests/), and
pytest passes it. Takes 15-60 s (pip, from its cache or the configured index)."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

from bilispec.core.stream_messages import StreamDescription
from tests.conftest import ROOT, report_figure

BOT_TEST = '''
import pytest

from bilispec.errors import RiskControlError
from bilispec.sandbox import SANDBOX_ROOM_ID


def greet_and_vote(client):
    """The bot under test."""
    client.votes.history(SANDBOX_ROOM_ID)
    return client.votes.create(SANDBOX_ROOM_ID, question="again?", option_a="yes", option_b="no", duration=1)


def test_the_bot_votes(bili_sandbox, bili_client):
    made = greet_and_vote(bili_client)
    assert made.interaction_id == bili_sandbox.world.votes.votes[-1].interaction_id
    assert bili_sandbox.requests.operations() == ["get_vote_history", "create_vote"]
    assert bili_sandbox.requests[-1].params["csrf"] == "SCRUBBED"


def test_the_bot_meets_risk_control(bili_sandbox, bili_client):
    bili_sandbox.faults.add("get_vote_history", code=-352, times=2)
    bili_sandbox.faults.add("create_vote", code=-352)
    with pytest.raises(RiskControlError):
        greet_and_vote(bili_client)
    assert [r.code for r in bili_sandbox.requests] == [-352, -352, 0, -352]


def test_each_test_has_a_fresh_sandbox(bili_sandbox):
    assert len(bili_sandbox.requests) == 0 and not bili_sandbox.faults.pending()
'''


def test_a_fresh_venv_with_the_extra_runs_a_bot_test(tmp_path: Path) -> None:
    started = time.monotonic()
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True, timeout=60)
    python = venv / "bin" / "python"
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTEST_", "BILISPEC_", "VIRTUAL_ENV"))}
    install = subprocess.run(
        [str(python), "-m", "pip", "install", "-q", "--disable-pip-version-check", f"{ROOT}[sandbox]", "pytest"],
        capture_output=True,
        text=True,
        timeout=240,
        env=env,
        check=False,
    )
    assert install.returncode == 0, install.stdout[-3000:] + install.stderr[-3000:]
    project = tmp_path / "my_bot"
    project.mkdir()
    (project / "test_bot.py").write_text(BOT_TEST, encoding="utf-8")
    run = subprocess.run(
        [str(python), "-m", "pytest", "-q", "-p", "no:cacheprovider"],
        cwd=project,
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        check=False,
    )
    assert run.returncode == 0 and "3 passed" in run.stdout, run.stdout[-3000:] + run.stderr[-2000:]
    # The package came from the new venv, not from this checkout.
    where = subprocess.run(
        [str(python), "-c", "import bilispec; print(bilispec.__file__)"], capture_output=True, text=True, check=True
    )
    assert str(venv) in where.stdout
    # The message stream's description ships in the package too (bilispec_generated/asyncapi.yaml).
    stream = "from bilispec.core.stream_messages import StreamDescription as S; print(len(S.load().commands()))"
    commands = subprocess.run([str(python), "-c", stream], capture_output=True, text=True, check=True, cwd=project)
    assert int(commands.stdout) == len(StreamDescription.load().commands()), commands.stdout
    report_figure(
        f"fresh venv, pip install '[sandbox]' pytest, a bot's test file passes: {time.monotonic() - started:.0f} s"
    )
