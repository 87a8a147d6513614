"""The release artefact: `python -m build` makes a wheel holding both packages, and a fresh venv with
only that wheel installed (its dependencies seen from this venv: no network) runs the command."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
import venv
import zipfile
from pathlib import Path

from bilispec import __version__

from ..conftest import ROOT, recording_files, report_figure


def test_the_wheel_installs_in_a_fresh_venv_and_runs(tmp_path: Path) -> None:
    started = time.monotonic()
    source = tmp_path / "source"  # a copy: building writes build/ and *.egg-info beside the sources
    for part in ("overrides", "generated", "pyproject.toml", "README.md"):
        copy = shutil.copytree if (ROOT / part).is_dir() else shutil.copy
        copy(ROOT / part, source / part)
    dist = tmp_path / "dist"
    built = subprocess.run(
        [sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir", str(dist), str(source)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert built.returncode == 0, built.stdout[-2000:] + built.stderr[-2000:]
    [wheel] = dist.glob("*.whl")
    assert wheel.name == f"bilispec-{__version__}-py3-none-any.whl"
    names = zipfile.ZipFile(wheel).namelist()
    assert "bilispec_generated/openapi.yaml" in names and "bilispec/tools/cli.py" in names

    fresh = tmp_path / "venv"
    venv.create(fresh, with_pip=False)
    site = next((fresh / "lib").glob("python*/site-packages"))
    dependencies = next(p for p in sys.path if p.endswith("site-packages") and Path(p).is_dir())
    (site / "dependencies.pth").write_text(dependencies + "\n")  # a path line: this venv's editable install stays out
    python = fresh / "bin" / "python"
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTEST_", "VIRTUAL_ENV", "PYTHONPATH"))}

    def run(*argv: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(argv, capture_output=True, text=True, timeout=120, env=env, cwd=tmp_path)

    install = run(str(python), "-m", "pip", "install", "-q", "--no-deps", "--no-index", str(wheel))
    assert install.returncode == 0, install.stderr[-2000:]
    version = run(str(fresh / "bin" / "bilispec"), "--version")
    assert version.stdout.strip() == f"bilispec {__version__}", version.stderr
    where = run(
        str(python), "-c", "import bilispec, bilispec_generated; print(bilispec.__file__, bilispec_generated.__file__)"
    )
    assert where.returncode == 0 and where.stdout.count(str(site)) == 2, where.stdout + where.stderr
    recording = recording_files()[0]
    checked = run(str(python), "-m", "bilispec", "validate", str(recording))
    assert checked.returncode == 0 and "1 valid" in checked.stdout, checked.stdout + checked.stderr
    report_figure(f"wheel built, installed in a fresh venv, smoke-tested: {time.monotonic() - started:.0f} s")
