"""The base of the message stream's typed events (client/events.py): Event, RawEvent and the
readers that turn a member of `raw` into its type without raising on a schema break."""

from __future__ import annotations

from typing import Any, ClassVar

from ..core.findings import Finding

__all__ = ["Event", "RawEvent"]


def _at(value: Any, *path: int | str) -> Any:
    """The item at `path` (list indexes, dict keys), or None wherever the path breaks."""
    for step in path:
        if isinstance(step, int):
            value = value[step] if isinstance(value, list) and -len(value) <= step < len(value) else None
        else:
            value = value.get(step) if isinstance(value, dict) else None
    return value


def _int(value: Any) -> int:
    """An integer member; integers written as strings (the top-level uid of ROOM_BLOCK_MSG) read too."""
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, int):
        return value
    if isinstance(value, str) and value.strip().lstrip("-").isdigit():
        return int(value)
    return 0


def _ints(value: Any) -> list[int]:
    return [_int(item) for item in value] if isinstance(value, list) else []


def _str(value: Any) -> str:
    return value if isinstance(value, str) else ""


class Event:
    """A command of the message stream. `cmd` is as sent (suffix included, e.g. `DANMU_MSG:4:0:2:2:2:0`)."""

    __slots__ = ("cmd", "findings", "raw")
    name: ClassVar[str] = ""  # the described cmd this class is for ("" for RawEvent)

    def __init__(self, raw: dict[str, Any], findings: tuple[Finding, ...] = ()) -> None:
        self.raw = raw
        self.cmd: str = _str(raw.get("cmd"))
        self.findings = findings

    @property
    def valid(self) -> bool:
        """No finding breaks the schema (drift, a new member, is not a break)."""
        return not any(f.kind == "violation" for f in self.findings)

    @property
    def data(self) -> dict[str, Any]:
        """The command's `data` object ({} when it has none)."""
        data = self.raw.get("data")
        return data if isinstance(data, dict) else {}

    def __repr__(self) -> str:
        shown = ", ".join(str(f) for f in self.findings[:3])
        return f"{type(self).__name__}(cmd={self.cmd!r}{', findings=[' + shown + ']' if shown else ''})"


class RawEvent(Event):
    """A command the description does not name (drift): kept whole in `raw`."""

    __slots__ = ()
