"""Write spec/SOURCES.md, the sources matrix, from the `x-sources` lists in spec/ (make sources).

Every operation carries `x-sources`: one item per public client, capture, contract, issue or page
that calls it (format in spec/README.md). This script reads them from every YAML file under spec/
(OpenAPI path files, and any other description that uses the same extension on its operations), so
operations added by other parts of the project appear without a change here. The output is
deterministic; tests/test_sources_matrix.py fails when the committed file is stale and checks every
item's format.

"Clients" are the items that are not documentation pages (kind `page`: the seed pages, later
revisions of them and copies). An operation resting on one source has exactly one client; an
operation resting on the seed pages alone has none.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "spec"
OUTPUT = SPEC / "SOURCES.md"

KINDS = ("code", "capture", "contract", "issue", "page")
REQUIRED = ("client", "where", "kind", "seen")
OPTIONAL = ("sends", "receives")
SEEN = re.compile(r"^[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?$")
# owner/repo, a seed page, or "unattributed": code found by searching public code whose repository
# the index did not name (counted as one client, and said so in the matrix).
CLIENT = re.compile(r"^(seed [0-9]{3}|unattributed|[A-Za-z0-9][A-Za-z0-9_.-]*/[A-Za-z0-9_.-]+)$")
HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


@dataclass(frozen=True)
class Operation:
    name: str  # operationId, or the AsyncAPI operation's key
    file: str  # path relative to the repository root
    sources: tuple[dict[str, Any], ...]

    @property
    def clients(self) -> list[str]:
        """Distinct clients (not documentation pages), in the order they are listed."""
        seen: dict[str, None] = {}
        for item in self.sources:
            if item.get("kind") != "page":
                seen.setdefault(str(item.get("client")), None)
        return list(seen)

    @property
    def pages(self) -> list[str]:
        seen: dict[str, None] = {}
        for item in self.sources:
            if item.get("kind") == "page":
                seen.setdefault(str(item.get("client")), None)
        return list(seen)

    @property
    def latest(self) -> str:
        return max((str(item.get("seen", "")) for item in self.sources), default="")


# libyaml's safe loader when PyYAML has it (as bilispec.core.description does): the same documents, a
# tenth of the time over spec/'s few hundred files.
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _load(path: Path) -> Any:
    with path.open(encoding="utf-8") as handle:
        return yaml.load(handle, Loader=_LOADER)


def _operations_in(node: Any, file: str, key: str = "") -> Iterator[Operation]:
    """Every mapping with `x-sources`, named by its operationId (or the key it sits under)."""
    if isinstance(node, dict):
        if "x-sources" in node:
            name = str(node.get("operationId") or key)
            items = node["x-sources"]
            yield Operation(name, file, tuple(items) if isinstance(items, list) else ())
        for child_key, child in node.items():
            yield from _operations_in(child, file, str(child_key))
    elif isinstance(node, list):
        for child in node:
            yield from _operations_in(child, file, key)


def operations(spec: Path = SPEC) -> list[Operation]:
    found: list[Operation] = []
    for path in sorted(spec.rglob("*.yaml")):
        found += _operations_in(_load(path), path.relative_to(spec.parent).as_posix())
    return sorted(found, key=lambda op: op.name)


def unswept(spec: Path = SPEC) -> list[str]:
    """Operations under spec/paths without `x-sources`."""
    missing = []
    for path in sorted((spec / "paths").rglob("*.yaml")):
        item = _load(path) or {}
        for method in HTTP_METHODS:
            op = item.get(method)
            if isinstance(op, dict) and "x-sources" not in op:
                missing.append(str(op.get("operationId", path.stem)))
    return missing


def problems(op: Operation) -> list[str]:
    """What is wrong with an operation's `x-sources` (empty when every item is well formed)."""
    if not op.sources:
        return [f"{op.name}: x-sources is empty or not a list ({op.file})"]
    found = []
    for index, item in enumerate(op.sources):
        where = f"{op.name}: x-sources[{index}] ({op.file})"
        if not isinstance(item, dict):
            found.append(f"{where}: not a mapping")
            continue
        for key in REQUIRED:
            if not isinstance(item.get(key), str) or not item[key].strip():
                found.append(f"{where}: {key!r} must be a non-empty string")
        for key in set(item) - set(REQUIRED) - set(OPTIONAL):
            found.append(f"{where}: unknown key {key!r}")
        for key in OPTIONAL:
            if key in item and not (isinstance(item[key], list) and all(isinstance(v, str) for v in item[key])):
                found.append(f"{where}: {key!r} must be a list of strings")
        if isinstance(item.get("kind"), str) and item["kind"] not in KINDS:
            found.append(f"{where}: kind {item['kind']!r} is not one of {', '.join(KINDS)}")
        if isinstance(item.get("seen"), str) and not SEEN.match(item["seen"]):
            found.append(f"{where}: seen {item['seen']!r} is not YYYY, YYYY-MM or YYYY-MM-DD")
        if isinstance(item.get("client"), str) and not CLIENT.match(item["client"]):
            found.append(f"{where}: client {item['client']!r} is not owner/repo, 'seed NNN' or 'unattributed'")
    return found


def _cell(values: Any) -> str:
    if not values:
        return ""
    text = ", ".join(str(v) for v in values) if isinstance(values, list) else str(values)
    return text.replace("|", "\\|").replace("\n", " ")


HEADER = """\
# Sources matrix

Written by `scripts/sources_matrix.py` from the `x-sources` of every operation (`make sources`); do
not edit by hand (a test fails when this file is stale). Each operation lists the public clients,
captures, recorded contracts, issues and documentation pages that call it, what each was seen to
send and to receive, and when. *Clients* are every source that is not a documentation page (the
seed pages, later revisions of them and their copies are pages).
"""


def render(spec: Path = SPEC) -> str:
    ops = operations(spec)
    one = [op for op in ops if len(op.clients) == 1]
    alone = [op for op in ops if not op.clients]
    lines = [HEADER]
    lines.append(f"{len(ops)} operations with `x-sources`; {len(one)} rest on one client; {len(alone)} rest on ")
    lines.append("documentation pages alone.\n")
    lines.append("## Summary\n")
    lines.append("| operation | clients | pages | latest source | clients swept | file |")
    lines.append("| --- | ---: | ---: | --- | --- | --- |")
    for op in ops:
        lines.append(
            f"| {op.name} | {len(op.clients)} | {len(op.pages)} | {op.latest} | {_cell(op.clients)} | {op.file} |"
        )
    lines.append("\n## Operations resting on one client\n")
    lines += [f"- {op.name}: {op.clients[0]}" for op in one] or ["None."]
    lines.append("\n## Operations resting on the documentation pages alone\n")
    lines.append("No public client, capture, contract or issue that calls them was found.\n")
    lines += [f"- {op.name}" for op in alone] or ["None."]
    lines.append("\n## Per operation\n")
    for op in ops:
        lines.append(f"### {op.name}\n")
        lines.append(f"`{op.file}`\n")
        lines.append("| source | where | kind | seen | sends | receives |")
        lines.append("| --- | --- | --- | --- | --- | --- |")
        for item in op.sources:
            if not isinstance(item, dict):
                continue
            row = [item.get("client"), item.get("where"), item.get("kind"), item.get("seen")]
            row += [item.get("sends"), item.get("receives")]
            lines.append("| " + " | ".join(_cell(v) for v in row) + " |")
        lines.append("")
    return "\n".join(lines).rstrip("\n") + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--output", type=Path, default=OUTPUT, help="where to write (default spec/SOURCES.md)")
    parser.add_argument("--check", action="store_true", help="exit 1 when the file is stale or an item is malformed")
    args = parser.parse_args(argv)
    found = [p for op in operations() for p in problems(op)] + [f"{n}: no x-sources" for n in unswept()]
    for problem in found:
        print(f"sources_matrix: {problem}", file=sys.stderr)
    text = render()
    if args.check:
        current = args.output.read_text(encoding="utf-8") if args.output.exists() else ""
        if current != text:
            print(f"sources_matrix: {args.output} is stale: run make sources", file=sys.stderr)
            return 1
        return 1 if found else 0
    args.output.write_text(text, encoding="utf-8")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
