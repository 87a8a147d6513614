"""`bilispec validate` (and `import bilispec`) leave the client, its generated models, httpx and tqdm unimported:
they take most of a second, which every run of the command, its pre-commit hook and each `--jobs`
run would pay for nothing. The client's names still come from `bilispec` on first use."""

from __future__ import annotations

import subprocess
import sys

from ..conftest import recording_files

_CHECK = """
import sys
import bilispec
import bilispec.testing  # the pytest plugin: loaded in every pytest process, its fixtures unused in most
assert "bilispec.client._client" not in sys.modules, "import bilispec (or its pytest plugin) imported the client"
from bilispec.tools.cli import main
code = main(["validate", "--format", "json", "-o", "/dev/null", sys.argv[1]])
assert "bilispec.client._client" not in sys.modules, "validate imported the client"
assert "bilispec_generated.models" not in sys.modules, "validate imported the generated models"
assert "httpx" not in sys.modules, "validate imported httpx (the recorder's, a tenth of a second)"
assert "tqdm" not in sys.modules, "validate imported tqdm with no terminal to show a bar on"
print("exit", code)
from bilispec import BiliClient, RetryPolicy, web_cut_url
assert BiliClient.__module__ == "bilispec.client._client" and callable(web_cut_url) and RetryPolicy
"""


def test_validate_never_imports_the_client() -> None:
    recording = str(recording_files()[0])
    done = subprocess.run([sys.executable, "-c", _CHECK, recording], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    assert "exit 0" in done.stdout
