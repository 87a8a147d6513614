"""The release artefact and a bot author's install, sharing one wheel and one venv.

`python -m build` makes a wheel holding both packages (without isolation: offline; the build backend
is this venv's, which must satisfy pyproject's build-system.requires). A new venv then gets
`pip install '<wheel>[sandbox]' pytest` (docs/usage.md, "Install"), every dependency resolved from the
configured index as a bot author's would be, nothing seen from this venv. In it the command runs, both
packages and the message stream's description come from the venv, and a test file of the author's own
that uses only the plugin's fixtures and fault injection (no conftest, nothing from tests/) passes.

The wheel and the venv are made once for the module (pip into a new venv is most of the cost) and are
read-only afterwards: every test runs commands in them, none installs or writes there.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
import tomllib
import venv
import zipfile
from dataclasses import dataclass
from importlib.metadata import version
from pathlib import Path

import pytest
from packaging.requirements import Requirement

from bilispec import __version__
from bilispec.core.stream_messages import StreamDescription

from ..conftest import ROOT, recording_files, report_figure

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


@dataclass(frozen=True)
class Installed:
    wheel: Path
    venv: Path
    site: Path
    env: dict[str, str]  # this process's environment without pytest's, bilispec's or this venv's variables

    def run(self, *argv: str, cwd: Path, timeout: float = 120) -> subprocess.CompletedProcess[str]:
        return subprocess.run(argv, capture_output=True, text=True, timeout=timeout, env=self.env, cwd=cwd, check=False)

    @property
    def python(self) -> str:
        return str(self.venv / "bin" / "python")


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Installed:
    started = time.monotonic()
    work = tmp_path_factory.mktemp("install")
    source = work / "source"  # a copy: building writes build/ and *.egg-info beside the sources
    for part in ("overrides", "generated", "pyproject.toml", "README.md"):
        copy = shutil.copytree if (ROOT / part).is_dir() else shutil.copy
        copy(ROOT / part, source / part)
    dist = work / "dist"
    built = subprocess.run(
        [sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir", str(dist), str(source)],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert built.returncode == 0, built.stdout[-2000:] + built.stderr[-2000:]
    [wheel] = dist.glob("*.whl")

    fresh = work / "venv"
    venv.create(fresh, with_pip=False)  # this venv's pip installs into it (--python): no ensurepip
    env = {
        k: v for k, v in os.environ.items() if not k.startswith(("PYTEST_", "BILISPEC_", "VIRTUAL_ENV", "PYTHONPATH"))
    }
    # --no-compile: modules are compiled when first imported instead; the venv is half the files to
    # write (and for pytest's clean-up of old temporary folders, to delete).
    pip = [sys.executable, "-m", "pip", "--python", str(fresh / "bin" / "python")]
    install = subprocess.run(
        [*pip, "install", "-q", "--disable-pip-version-check", "--no-compile", f"{wheel}[sandbox]", "pytest"],
        capture_output=True,
        text=True,
        timeout=240,
        env=env,
        check=False,
    )
    assert install.returncode == 0, install.stdout[-3000:] + install.stderr[-3000:]
    site = next((fresh / "lib").glob("python*/site-packages"))
    report_figure(
        f"wheel built, pip install '<wheel>[sandbox]' pytest into a fresh venv: {time.monotonic() - started:.0f} s"
    )
    return Installed(wheel, fresh, site, env)


def test_the_wheel_holds_both_packages_and_their_descriptions(installed: Installed) -> None:
    assert installed.wheel.name == f"bilispec-{__version__}-py3-none-any.whl"
    names = zipfile.ZipFile(installed.wheel).namelist()
    packaged = ("openapi.yaml", "openapi.json", "asyncapi.yaml")
    for name in ("bilispec/tools/cli.py", *(f"bilispec_generated/{file}" for file in packaged)):
        assert name in names, name


def test_the_build_backend_used_is_one_pyproject_asks_for() -> None:
    """The wheel is built without isolation, by this venv's backend: a build with isolation (pip
    install from a checkout) would fetch one satisfying build-system.requires instead."""
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    for line in pyproject["build-system"]["requires"]:
        requirement = Requirement(line)
        assert requirement.specifier.contains(version(requirement.name)), (line, version(requirement.name))


def test_the_installed_command_runs_from_the_venv(installed: Installed, tmp_path: Path) -> None:
    recording = recording_files()[0]
    checked = installed.run(str(installed.venv / "bin" / "bilispec"), "validate", str(recording), cwd=tmp_path)
    assert checked.returncode == 0 and "1 valid" in checked.stdout, checked.stdout + checked.stderr
    probe = (
        "import importlib.metadata, bilispec, bilispec_generated\n"
        "from bilispec.core.stream_messages import StreamDescription\n"
        "print(bilispec.__file__)\nprint(bilispec_generated.__file__)\n"
        "print(importlib.metadata.version('bilispec'))\nprint(len(StreamDescription.load().commands()))\n"
    )
    where = installed.run(installed.python, "-c", probe, cwd=tmp_path)
    assert where.returncode == 0, where.stderr[-2000:]
    package, generated, installed_version, commands = where.stdout.split()
    # Both packages came from the new venv, not from this checkout.
    assert package.startswith(str(installed.site)) and generated.startswith(str(installed.site)), where.stdout
    assert installed_version == __version__
    # The message stream's description ships in the package too (bilispec_generated/asyncapi.yaml).
    assert int(commands) == len(StreamDescription.load().commands())


def test_a_bot_test_file_passes_with_the_plugin_alone(installed: Installed, tmp_path: Path) -> None:
    project = tmp_path / "my_bot"
    project.mkdir()
    (project / "test_bot.py").write_text(BOT_TEST, encoding="utf-8")
    run = installed.run(installed.python, "-m", "pytest", "-q", "-p", "no:cacheprovider", cwd=project)
    assert run.returncode == 0 and "3 passed" in run.stdout, run.stdout[-3000:] + run.stderr[-2000:]
