"""Find secrets that were not scrubbed: in a text, a file, or every tracked file under tests/ and spec/.

scrub.py removes secrets from what the library writes; this module checks afterwards, from the
outside, that nothing got through. It looks for the same spellings (scrub.SPELLINGS: cookies,
HAR cookie and param arrays, csrf values, access keys, stream keys, URL signatures, URL passwords)
and reports the values that look real, so the scrubber removes whatever this finds.
`make test` runs it over the tracked files, and `bilispec record` over every file before writing it.
"""

from __future__ import annotations

import re
import subprocess
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from ..core.scrub import SPELLINGS, value_span

# Files whose quoted names are code building dicts from test values, not captured secrets.
_SOURCE_CODE = (".py", ".pyi")

# A value that looks like a real secret, not a placeholder ("xxxx", "...", "<sessdata>", "${JCT}"):
# at least 8 characters, letters and digits among them.
_REAL = re.compile(r"^(?!SCRUBBED$)(?![x*.]+$)(?=.*[0-9])(?=.*[A-Za-z])[^<{$]{8,}$")
_STREAM_KEY = re.compile(r"^[0-9A-Za-z]{12,}$")


def _leaked(name: str, value: str) -> bool:
    """Whether a value found by a spelling of scrub.SPELLINGS is a secret left in clear."""
    if name.lower() == "sessdata" and name != "SESSDATA":
        return False  # `sessdata=` is a Python keyword argument; the cookie is spelled SESSDATA
    if name.lower() == "key":
        return bool(_STREAM_KEY.match(value)) and any(c.isdigit() for c in value)
    return bool(_REAL.match(value))


def _kind(name: str) -> str:
    lower = name.lower()
    if lower == "key":
        return "stream key"
    if lower.startswith("://"):
        return "URL password"
    return {"sessdata": "SESSDATA", "bili_jct": "bili_jct", "csrf": "csrf", "csrf_token": "csrf"}.get(lower, name)


@dataclass(frozen=True)
class Leak:
    file: str
    kind: str
    excerpt: str  # the name and the value's first characters: enough to find it, not enough to use it

    def __str__(self) -> str:
        return f"{self.file}: {self.kind}: {self.excerpt}"


def scan_text(text: str, *, json_members: bool = True, file: str = "") -> list[Leak]:
    """Every secret in `text` that the scrubber would have removed and that looks real.

    `json_members=False` (source code) leaves out quoted names (`"csrf": value`, `name="csrf"`) and
    spaced assignments (`SESSDATA = "..."`): code builds dicts and constants from test values.
    """
    leaks = []
    for spelling in SPELLINGS:
        for match in spelling.pattern.finditer(text):
            name = match.group("name")
            quoted = spelling.quoted_name or bool(match.groupdict().get("q"))
            start, end = value_span(match)
            spaced = any(c.isspace() for c in text[match.end("name") : start])
            if (quoted or spaced) and not json_members:
                continue
            if not _leaked(name, text[start:end]):
                continue
            excerpt = text[match.start() : min(end, start + 4)] + "..."
            leaks.append(Leak(file, _kind(name), " ".join(excerpt.split())))
    return leaks


def scan_files(paths: Iterable[str | Path], root: Path | None = None) -> list[Leak]:
    leaks = []
    for name in paths:
        path = (root / name) if root is not None else Path(name)
        if not path.is_file():
            continue  # deleted in the working tree
        text = path.read_text(encoding="utf-8", errors="replace")
        leaks += scan_text(text, json_members=not str(name).endswith(_SOURCE_CODE), file=str(name))
    return leaks


def tracked_files(root: Path, folders: Iterable[str] = ("tests", "spec")) -> list[str]:
    out = subprocess.run(
        ["git", "ls-files", "--", *folders], cwd=root, check=True, capture_output=True, text=True
    ).stdout
    return [line for line in out.splitlines() if line]
