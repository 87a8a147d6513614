"""PLACEHOLDER until the streamdesc branch is merged (it owns this module): the interface only."""

from __future__ import annotations

from typing import Any

from ..core.findings import Finding


class Event:
    """One command of the message stream."""

    def __init__(self, raw: dict[str, Any], findings: tuple[Finding, ...] = ()) -> None:
        self.raw = raw
        self.findings = findings
        self.cmd = str(raw.get("cmd", "")).split(":", 1)[0]

    def __repr__(self) -> str:
        return f"{type(self).__name__}(cmd={self.cmd!r})"


class RawEvent(Event):
    """A command no class describes; never dropped."""


def parse(command: dict[str, Any]) -> Event:
    return RawEvent(command)
