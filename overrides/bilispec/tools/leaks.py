"""Find secrets that were not scrubbed: in a text, a file, or every tracked file under tests/ and spec/.

scrub.py removes secrets from what the library writes; this module checks afterwards, from the
outside, that nothing got through: cookies (SESSDATA, bili_jct), csrf values, access keys, stream
keys (`key=` in rtmp `code` and `new_link`) and URL signatures (upsig, sign, X-Amz-Signature).
`make test` runs it over the tracked files, and `bilispec record` over every file before writing it.
"""

from __future__ import annotations

import re
import subprocess
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

_LEAD = r"(?:(?<![A-Za-z0-9_])|%26|%3[Ff])"  # a name of its own: `key=`, not `live_key=`
_EQ = r"(?:=|%3[Dd])"
_HEX = r"[0-9a-fA-F]{16,}"
LEAK_PATTERNS = {
    "stream key": re.compile(_LEAD + r"key" + _EQ + r"(?!SCRUBBED)[0-9A-Za-z]{12,}"),
    "upsig": re.compile(_LEAD + r"upsig" + _EQ + _HEX),
    "X-Amz-Signature": re.compile(_LEAD + r"X-Amz-Signature" + _EQ + _HEX, re.IGNORECASE),
    "csrf / bili_jct / access_key": re.compile(
        _LEAD + r"(?:csrf|csrf_token|bili_jct|access_key|sign)" + _EQ + _HEX, re.IGNORECASE
    ),
    # The cookie's own spelling: `sessdata=` is a Python keyword argument, not a cookie.
    "SESSDATA": re.compile(_LEAD + r"SESSDATA" + _EQ + r"(?!SCRUBBED|x+\b|\.\.\.|<|\{|\$)[^;&\s\"'`)\]]{6,}"),
    "secret in JSON": re.compile(
        r"\"(?:SESSDATA|bili_jct|csrf|csrf_token|access_key)\"\s*:\s*\"(?!SCRUBBED\"|x*\")[^\"]+\"", re.IGNORECASE
    ),
}
_SEPARATOR = re.compile(r'=|%3[Dd]|:\s*"')
# JSON members are looked for in JSON files only: code builds such dicts from test values.
JSON_ONLY = frozenset({"secret in JSON"})


@dataclass(frozen=True)
class Leak:
    file: str
    kind: str
    excerpt: str  # the name and the value's first characters: enough to find it, not enough to use it

    def __str__(self) -> str:
        return f"{self.file}: {self.kind}: {self.excerpt}"


def scan_text(text: str, *, json_members: bool = True, file: str = "") -> list[Leak]:
    leaks = []
    for kind, pattern in LEAK_PATTERNS.items():
        if kind in JSON_ONLY and not json_members:
            continue
        for match in pattern.finditer(text):
            found = match.group(0)
            separator = _SEPARATOR.search(found)
            leaks.append(Leak(file, kind, found[: (separator.end() if separator else 8) + 4] + "..."))
    return leaks


def scan_files(paths: Iterable[str | Path], root: Path | None = None) -> list[Leak]:
    leaks = []
    for name in paths:
        path = (root / name) if root is not None else Path(name)
        if not path.is_file():
            continue  # deleted in the working tree
        text = path.read_text(encoding="utf-8", errors="replace")
        leaks += scan_text(text, json_members=str(name).endswith((".json", ".har")), file=str(name))
    return leaks


def tracked_files(root: Path, folders: Iterable[str] = ("tests", "spec")) -> list[str]:
    out = subprocess.run(
        ["git", "ls-files", "--", *folders], cwd=root, check=True, capture_output=True, text=True
    ).stdout
    return [line for line in out.splitlines() if line]
