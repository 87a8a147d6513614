"""The package's shape: imports go down only, and no import cycle hides inside a function.

The layers themselves are import-linter's contract (pyproject.toml, `make imports`). This test
takes the other half of it: every import written inside a function is moved to the top of its
module in a copy of the package, and the copy must still import, module by module. A cycle that a
function-level import was hiding would break it.
"""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
from pathlib import Path

from .conftest import report_figure

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "overrides" / "bilispec"


def _type_checking_block(node: ast.AST) -> bool:
    return isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test)


def function_level_imports(tree: ast.Module) -> list[ast.Import | ast.ImportFrom]:
    found: list[ast.Import | ast.ImportFrom] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            found += [n for n in ast.walk(node) if isinstance(n, ast.Import | ast.ImportFrom)]
    return found


def hoist(source: str) -> tuple[str, int]:
    """The module with its function-level imports also stated at module level (after the
    docstring and `from __future__`), and how many there were."""
    tree = ast.parse(source)
    moved = function_level_imports(tree)
    if not moved:
        return source, 0
    lines = source.splitlines()
    at = 0
    for i, node in enumerate(tree.body):
        is_docstring = i == 0 and isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant)
        is_future = isinstance(node, ast.ImportFrom) and node.module == "__future__"
        if is_docstring or is_future:
            at = node.end_lineno or at
    hoisted = [ast.unparse(node) for node in moved]
    return "\n".join([*lines[:at], *hoisted, *lines[at:]]) + "\n", len(moved)


def modules(package: Path) -> list[str]:
    names = []
    for path in sorted(package.rglob("*.py")):
        parts = path.relative_to(package.parent).with_suffix("").parts
        names.append(".".join(parts[:-1] if parts[-1] == "__init__" else parts))
    return names


def test_hoisting_every_function_level_import_keeps_the_package_importable(tmp_path: Path) -> None:
    copy = tmp_path / "bilispec"
    shutil.copytree(PACKAGE, copy, ignore=shutil.ignore_patterns("__pycache__"))
    total = 0
    for path in copy.rglob("*.py"):
        text, count = hoist(path.read_text(encoding="utf-8"))
        path.write_text(text, encoding="utf-8")
        total += count
    names = modules(copy)
    script = "import importlib, sys\nfor name in sys.argv[1:]:\n    importlib.import_module(name)\n"
    # One fresh interpreter per module: each starts its import chain from nothing, as a user's would.
    for name in names:
        done = subprocess.run(
            [sys.executable, "-c", script, name],
            env={"PYTHONPATH": f"{tmp_path}:{ROOT / 'generated'}", "PATH": ""},
            capture_output=True,
            text=True,
        )
        assert done.returncode == 0, f"{name} after hoisting {total} imports:\n{done.stderr[-2000:]}"
    report_figure(f"architecture: {total} function-level imports hoisted; {len(names)} modules import from scratch")


def test_the_hoisting_is_real() -> None:
    """hoist() does move imports: a cycle hidden in a function is one the test would meet."""
    source = '"""doc"""\n\nfrom __future__ import annotations\n\n\ndef f() -> None:\n    from .b import g\n'
    text, count = hoist(source)
    assert count == 1
    assert text.index("from .b import g") < text.index("def f")
