"""Find secrets that were not scrubbed: in a text, a file, or every tracked file under tests/ and spec/.

scrub.py removes secrets from what the library writes; this module checks afterwards, from the
outside, that nothing got through. It looks for the same spellings (scrub.SPELLINGS over the same
views of a text: as written, JSON escapes undone, one and two layers of percent-encoding undone) and
reports the values that look real, so the scrubber removes whatever this finds.

A file is read as `bilispec validate` reads it (capture's helpers: gzip and zlib layers, base64 of a
HAR, UTF-8 or UTF-16 text); a JSON document is also walked member by member, so a secret member, a
HAR `{"name": ..., "value": ...}` pair with its members far apart, and a body stored as base64
(`content.encoding: base64`) are found wherever they are.
`make test` runs it over the tracked files, and `bilispec record` over every file before writing it.
"""

from __future__ import annotations

import base64
import binascii
import json
import re
import subprocess
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..core.scrub import SECRETS, found_values, value_span, views
from .capture import maybe_base64, to_text, unwrap

# Files whose quoted names are code building dicts from test values, not captured secrets.
_SOURCE_CODE = (".py", ".pyi")
# A file is read whole, and its text viewed a few ways (escapes undone): 16 MiB of text keeps a scan
# within a few hundred MiB of memory and about a minute; a larger file (or one inflating past it) has
# its first 16 MiB scanned as written.
MAX_FILE_BYTES = 16 * 1024 * 1024
MAX_DEPTH = 64  # JSON walked no deeper (what is deeper is still scanned as text)

# A value that looks like a real secret, not a placeholder ("xxxx", "...", "<sessdata>", "${JCT}"):
# at least 8 characters, letters and digits among them.
_REAL = re.compile(r"^(?!SCRUBBED)(?![x*.]+$)(?![<{$])(?=.*[0-9])(?=.*[A-Za-z]).{8,}$", re.DOTALL)
_STREAM_KEY = re.compile(r"^[0-9A-Za-z]{12,}")


def _leaked(name: str, value: str, source_code: bool = False) -> bool:
    """Whether a value found by a spelling of scrub.SPELLINGS is a secret left in clear."""
    if source_code and name.lower() == "sessdata" and name != "SESSDATA":
        return False  # `sessdata=` is a Python keyword argument; the cookie is spelled SESSDATA
    if name.lower() == "key":
        return bool(_STREAM_KEY.match(value)) and any(c.isdigit() for c in value[:40])
    return bool(_REAL.match(value))


def _kind(name: str) -> str:
    lower = name.lower()
    if lower.startswith("://"):
        return "URL password"
    return SECRETS.get(lower) or name


@dataclass(frozen=True)
class Leak:
    file: str
    kind: str
    excerpt: str  # the name and the value's first characters: enough to find it, not enough to use it

    def __str__(self) -> str:
        return f"{self.file}: {self.kind}: {self.excerpt}"


def scan_text(text: str, *, json_members: bool = True, file: str = "") -> list[Leak]:
    """Every secret in `text` (in any of its views) that the scrubber would have removed and that
    looks real.

    `json_members=False` (source code) leaves out quoted names (`"csrf": value`, `name="csrf"`) and
    spaced assignments (`SESSDATA = "..."`): code builds dicts and constants from test values.
    """
    leaks: dict[tuple[str, str], Leak] = {}
    for view in views(text):
        for spelling, match in found_values(view):
            name = view[match.start("name") : match.end("name")]  # as written (the match is on lowered text)
            quoted = spelling.quoted_name or bool(match.groupdict().get("q"))
            start, end = value_span(match)
            value = view[start:end]
            spaced = any(c.isspace() for c in view[match.end("name") : start])
            if (quoted or spaced) and not json_members:
                continue
            if not _leaked(name, value, source_code=not json_members):
                continue
            excerpt = " ".join((view[match.start() : start] + value[:4] + "...").split())
            leak = Leak(file, _kind(name), excerpt)
            leaks.setdefault((leak.kind, leak.excerpt), leak)
    return list(leaks.values())


def _base64_text(text: str) -> str | None:
    try:
        data = base64.b64decode(text + "=" * (-len(text) % 4))
    except (binascii.Error, ValueError):
        return None
    return to_text(unwrap(data, MAX_FILE_BYTES))


def scan_document(document: Any, file: str = "") -> list[Leak]:
    """Every secret in a parsed JSON document, member by member: secret members, name/value pairs
    (HAR cookies, headers, params), and every string (a body stored as base64 decoded first)."""
    leaks: list[Leak] = []
    stack: list[tuple[Any, int]] = [(document, 0)]
    while stack:
        value, depth = stack.pop()
        if isinstance(value, str):
            leaks += scan_text(value, file=file)
        elif isinstance(value, list) and depth < MAX_DEPTH:
            stack += [(v, depth + 1) for v in value]
        elif isinstance(value, dict) and depth < MAX_DEPTH:
            leaks += _members(value, file)
            for key, member in value.items():
                if key == "text" and str(value.get("encoding", "")).lower() == "base64" and isinstance(member, str):
                    try:
                        decoded = _base64_text(member)
                    except ValueError:
                        decoded = None
                    if decoded is not None:
                        stack.append((decoded, depth + 1))
                stack.append((member, depth + 1))
    return leaks


def _members(record: dict[str, Any], file: str) -> list[Leak]:
    """A secret member (`"bili_jct": "..."`) or a name/value pair naming a secret."""
    pairs = [(k, v) for k, v in record.items() if isinstance(k, str)]
    named = record.get("name")
    if isinstance(named, str):
        pairs += [(named, record.get(member)) for member in ("value", "content")]
    leaks = []
    for name, value in pairs:
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            value = str(value)
        if name.lower() in SECRETS and isinstance(value, str) and _leaked(name, value):
            leaks.append(Leak(file, _kind(name), f"{name}: {value[:4]}..."))
    return leaks


def read_text(path: Path) -> str:
    """A file's text as `bilispec validate` reads it: gzip/zlib layers, base64 of a HAR, UTF-16.
    ValueError when it cannot be read within the bounds."""
    with path.open("rb") as file:  # a FIFO or a device: no more than the bound
        data = file.read(MAX_FILE_BYTES + 1)
    if len(data) > MAX_FILE_BYTES:
        raise ValueError(f"larger than {MAX_FILE_BYTES // (1024 * 1024)} MiB")
    data = unwrap(data, MAX_FILE_BYTES)
    decoded = maybe_base64(data)
    if decoded is not None:
        data = unwrap(decoded, MAX_FILE_BYTES)
    return to_text(data)


def scan_file(path: Path, name: str) -> list[Leak]:
    source_code = name.endswith(_SOURCE_CODE)
    try:
        text = read_text(path)
    except ValueError:  # damaged, or too large once inflated: its first bytes scanned as written
        with path.open("rb") as file:
            text = to_text(file.read(MAX_FILE_BYTES))
    leaks = scan_text(text, json_members=not source_code, file=name)
    if not source_code and text.lstrip()[:1] in ("{", "["):
        try:
            document = json.loads(text)
        except (ValueError, RecursionError):
            document = None
        if document is not None:
            seen = {(leak.kind, leak.excerpt) for leak in leaks}
            leaks += [leak for leak in scan_document(document, name) if (leak.kind, leak.excerpt) not in seen]
    return leaks


def scan_files(paths: Iterable[str | Path], root: Path | None = None) -> list[Leak]:
    leaks = []
    for name in paths:
        path = (root / name) if root is not None else Path(name)
        if not path.is_file():
            continue  # deleted in the working tree
        leaks += scan_file(path, str(name))
    return leaks


def tracked_files(root: Path, folders: Iterable[str] = ("tests", "spec")) -> list[str]:
    out = subprocess.run(
        ["git", "ls-files", "--", *folders], cwd=root, check=True, capture_output=True, text=True
    ).stdout
    return [line for line in out.splitlines() if line]
