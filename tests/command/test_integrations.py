"""What CI users plug in: GitHub annotations and SARIF, the GitHub Action (action.yml) and the
pre-commit hook (.pre-commit-hooks.yaml), each run as it runs there, and the progress bar."""

from __future__ import annotations

import fcntl
import json
import os
import pty
import re
import select
import shlex
import shutil
import struct
import subprocess
import sys
import termios
import venv
from pathlib import Path
from typing import Any

import pytest
import yaml

from bilispec import __version__
from bilispec.tools.annotations import escape_data, escape_property
from bilispec.tools.cli import main

from .. import har_support as har
from ..conftest import ROOT, load_recording, recording_files

VOTE_HISTORY = "https://api.live.bilibili.com/xlive/app-room/v1/dm/interaction/voteHistory"


def sample(tmp_path: Path, name: str = "capture.har") -> Path:
    """Every recording as a HAR entry, plus one broken body (a violation) and one unreadable entry."""
    entries: list[Any] = [har.from_recording(load_recording(p)) for p in recording_files()]
    entries.append(har.entry("GET", f"{VOTE_HISTORY}?room_id=1", body={"code": "zero, or: 100%\nnot"}))
    entries.append("not an entry")
    return har.write(tmp_path / name, entries)


# ---------------------------------------------------------------------------------------------
# --format github and sarif

_COMMAND = re.compile(r"^::(error|warning) file=([^,:]*),line=(\d+),title=([^,:]*)::(.*)$")


def test_escapes_follow_githubs_toolkit() -> None:
    assert escape_data("100%\r\nnext: a, b") == "100%25%0D%0Anext: a, b"
    assert escape_property("a:b,c%\n") == "a%3Ab%2Cc%25%0A"


def test_github_annotations(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = sample(tmp_path)
    code = main(["validate", "--format", "github", str(path)])
    lines = capsys.readouterr().out.splitlines()
    assert code == 1
    commands = [_COMMAND.match(line) for line in lines if line.startswith("::")]
    assert commands and all(commands), lines
    errors = [m for m in commands if m is not None]
    entries = len(recording_files())
    assert {m.group(2) for m in errors} == {escape_property(str(path))}
    violation = [m for m in errors if f"#{entries})" in m.group(4)]  # the title names capture.har#N
    assert violation and "/code" in violation[0].group(5)
    unreadable = [m for m in errors if "unreadable" in m.group(4)]
    assert len(unreadable) == 1 and "not an object" in unreadable[0].group(5)
    assert lines[-1].startswith("bilispec validate:") and "1 invalid" in lines[-1]


def test_github_escapes_what_a_capture_holds(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A file name with `,` `:` `%` and a newline stays one property; the message stays one line."""
    path = sample(tmp_path, "odd, name: 100%\nhere.har")
    main(["validate", "--format", "github", str(path)])
    lines = [line for line in capsys.readouterr().out.splitlines() if line.startswith("::")]
    assert lines and all(_COMMAND.match(line) for line in lines), lines
    assert all("/odd%2C name%3A 100%25%0Ahere.har,line=" in line for line in lines)


def test_sarif(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = sample(tmp_path)
    code = main(["validate", "--format", "sarif", str(path)])
    report = json.loads(capsys.readouterr().out)
    assert code == 1 and report["version"] == "2.1.0"
    [run] = report["runs"]
    assert run["tool"]["driver"]["version"] == __version__
    rules = {r["id"] for r in run["tool"]["driver"]["rules"]}
    assert {r["ruleId"] for r in run["results"]} == {"violation", "unreadable"} <= rules
    for result in run["results"]:
        [location] = result["locations"]
        assert location["physicalLocation"]["artifactLocation"]["uri"] == str(path)
        assert result["level"] == "error" and result["message"]["text"]


# ---------------------------------------------------------------------------------------------
# The Action and the hook, run as they run


@pytest.fixture(scope="module")
def fresh_venv(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A new venv that sees this one's packages (the dependencies, pip, the build backend: no network),
    bilispec not installed (this venv's editable install is a .pth file, which a path line skips)."""
    where = tmp_path_factory.mktemp("venv") / "venv"
    venv.create(where, with_pip=False)
    site = next((where / "lib").glob("python*/site-packages"))
    # This venv's site-packages (where the dependencies are), minus the editable bilispec.
    (site / "deps.pth").write_text(next(p for p in sys.path if p.endswith("site-packages") and Path(p).is_dir()) + "\n")
    return where


def _action_steps() -> list[dict[str, Any]]:
    action = yaml.safe_load((ROOT / "action.yml").read_text(encoding="utf-8"))
    assert action["runs"]["using"] == "composite"
    return list(action["runs"]["steps"])


def _expand(value: str, inputs: dict[str, str]) -> str:
    """`${{ inputs.NAME }}` as GitHub fills it in."""
    return re.sub(r"\$\{\{\s*inputs\.([\w-]+)\s*\}\}", lambda m: inputs[m.group(1)], value)


def test_the_action_installs_and_annotates(tmp_path: Path, fresh_venv: Path) -> None:
    action = yaml.safe_load((ROOT / "action.yml").read_text(encoding="utf-8"))
    defaults = {name: str(spec.get("default", "")) for name, spec in action["inputs"].items()}
    checkout = tmp_path / "action"  # the action's own checkout, as GitHub lays it out
    for part in ("overrides", "generated", "pyproject.toml", "README.md"):
        copy = shutil.copytree if (ROOT / part).is_dir() else shutil.copy
        copy(ROOT / part, checkout / part)
    capture = sample(tmp_path)
    inputs = defaults | {"paths": str(capture), "args": "--jobs 2"}
    env = {
        **os.environ,
        "GITHUB_ACTION_PATH": str(checkout),
        "PATH": f"{fresh_venv / 'bin'}{os.pathsep}{os.environ['PATH']}",
        "PIP_NO_DEPS": "1",  # the dependencies are there already; nothing is downloaded
        "PIP_NO_BUILD_ISOLATION": "0",
        "PIP_NO_INDEX": "1",
        "PIP_NO_COMPILE": "1",  # no bytecode for the whole install: the step runs what it imports
    }
    env.pop("VIRTUAL_ENV", None)
    outputs = []
    for step in _action_steps():
        if "uses" in step:  # actions/setup-python: the fresh venv's python stands in for it
            continue
        assert step["shell"] == "bash"
        step_env = env | {k: _expand(str(v), inputs) for k, v in step.get("env", {}).items()}
        done = subprocess.run(
            ["bash", "-e", "-c", _expand(step["run"], inputs)],
            env=step_env,
            cwd=tmp_path,
            capture_output=True,
            text=True,
            timeout=300,
        )
        outputs.append(done)
    install, validate = outputs
    assert install.returncode == 0, install.stderr[-2000:]
    assert (fresh_venv / "bin" / "bilispec").exists()
    assert validate.returncode == 1, validate.stderr[-2000:]
    annotations = [line for line in validate.stdout.splitlines() if line.startswith("::error ")]
    assert annotations and all(_COMMAND.match(line) for line in annotations)
    assert "1 invalid" in validate.stdout.splitlines()[-1]


def test_the_pre_commit_hook_runs_on_the_files_it_matches(tmp_path: Path) -> None:
    [hook] = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    assert hook["language"] == "python"
    files = re.compile(hook["files"])
    good = har.write(tmp_path / "good.har", [har.from_recording(load_recording(p)) for p in recording_files()])
    bad = sample(tmp_path, "bad.har")
    (tmp_path / "package.json").write_text("{}")
    staged = [p for p in (good, bad, tmp_path / "package.json") if files.search(p.name)]
    assert staged == [good, bad]
    env = {**os.environ, "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}"}
    entry = shlex.split(hook["entry"])
    ok = subprocess.run([*entry, str(good)], env=env, capture_output=True, text=True, timeout=120)
    assert ok.returncode == 0 and "0 invalid" in ok.stdout, ok.stdout[-500:] + ok.stderr[-500:]
    failed = subprocess.run([*entry, *map(str, staged)], env=env, capture_output=True, text=True, timeout=120)
    assert failed.returncode == 1 and "INVALID" in failed.stdout


# ---------------------------------------------------------------------------------------------
# Progress


def _every_recording(tmp_path: Path) -> Path:
    """Every recording once: the bar shows from the start, a longer run shows nothing more."""
    entries = [har.from_recording(load_recording(p)) for p in recording_files()]
    return har.write(tmp_path / "capture.har", entries)


# The bar shows from the start (BILISPEC_PROGRESS_DELAY=0), so a short run shows it, or would.
_AT_ONCE = {**os.environ, "BILISPEC_PROGRESS_DELAY": "0"}


def test_a_progress_bar_on_a_terminal(tmp_path: Path) -> None:
    capture = _every_recording(tmp_path)
    leader, follower = pty.openpty()
    fcntl.ioctl(follower, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 100, 0, 0))  # a terminal's size
    process = subprocess.Popen(
        [sys.executable, "-m", "bilispec", "validate", "--quiet", "--jobs", "1", str(capture)],
        stdout=subprocess.DEVNULL,
        stderr=follower,
        env=_AT_ONCE,
    )
    os.close(follower)
    shown = b""
    while True:
        ready, _, _ = select.select([leader], [], [], 120)
        if not ready:
            break
        try:
            piece = os.read(leader, 4096)
        except OSError:  # the process closed its end
            break
        if not piece:
            break
        shown += piece
    assert process.wait(timeout=120) == 0
    assert b"entries" in shown and b"/s" in shown, shown[-500:]


def test_no_progress_bar_when_standard_error_is_not_a_terminal(tmp_path: Path) -> None:
    capture = _every_recording(tmp_path)
    done = subprocess.run(
        [sys.executable, "-m", "bilispec", "validate", "--quiet", "--jobs", "1", str(capture)],
        capture_output=True,
        timeout=120,
        env=_AT_ONCE,
    )
    assert done.returncode == 0 and done.stderr == b""
