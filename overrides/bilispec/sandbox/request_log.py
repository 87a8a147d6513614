"""The request log: every operation call the sandbox answered, with what it answered.

Parameters are kept as received (query, form and JSON members), with secrets (SESSDATA, bili_jct,
csrf, csrf_token, access_key, ...) replaced by SCRUBBED. `time` is the world's clock.

The log is bounded, so a sandbox serving for days (or a client sending 1 MiB bodies in a loop) holds
at most MAX_ENTRIES x MAX_MEMBERS x MAX_VALUE_CHARS of it, about 100 MiB at worst and a few MiB in
practice: the newest MAX_ENTRIES calls are kept (the older go first), at most MAX_MEMBERS members of
each, and a value longer than MAX_VALUE_CHARS (as JSON text) is kept as its first characters and
its length. A test looks at the last few calls; nothing honest sends a value that long.
"""

from __future__ import annotations

import json
import threading
from collections import deque
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from ..core.scrub import scrub

MAX_ENTRIES = 10_000
MAX_MEMBERS = 64
MAX_VALUE_CHARS = 256


def _bounded_value(value: Any) -> Any:
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False, default=str)
    if len(text) <= MAX_VALUE_CHARS:
        return value
    return f"{text[:MAX_VALUE_CHARS]}... ({len(text)} characters)"


def bounded(params: dict[str, Any]) -> dict[str, Any]:
    """At most MAX_MEMBERS members, each value at most MAX_VALUE_CHARS long (as JSON text)."""
    return {str(k)[:MAX_VALUE_CHARS]: _bounded_value(v) for k, v in list(params.items())[:MAX_MEMBERS]}


@dataclass(frozen=True)
class LoggedRequest:
    operation: str
    params: dict[str, Any]
    time: float
    code: int | None  # the envelope's code; None when a fault answered without one
    fault: str | None = None  # e.g. "code -352", "http 412", "reset", "timeout", "delay 0.5"

    @property
    def outcome(self) -> str:
        if self.fault is None:
            return f"code {self.code}"
        if self.code is None or self.fault.startswith("code"):
            return f"{self.fault} (scripted)"
        return f"code {self.code} ({self.fault})"

    def to_json(self) -> dict[str, Any]:
        return {
            "operation": self.operation,
            "params": self.params,
            "time": self.time,
            "code": self.code,
            "fault": self.fault,
        }

    def __str__(self) -> str:
        params = " ".join(f"{k}={v}" for k, v in self.params.items())
        return f"{self.time:.3f} {self.operation} {params} -> {self.outcome}".replace("  ", " ")


class RequestLog:
    """What was called, in order (the newest MAX_ENTRIES). Iterate it, index it, or ask `of(operation)`."""

    def __init__(self, echo: Callable[[LoggedRequest], None] | None = None, max_entries: int = MAX_ENTRIES) -> None:
        self._entries: deque[LoggedRequest] = deque(maxlen=max_entries)
        self._lock = threading.Lock()
        self.echo = echo  # the served sandbox's --log-requests prints each entry

    def add(self, operation: str, params: dict[str, Any], time: float, code: int | None, fault: str | None) -> None:
        entry = LoggedRequest(operation, bounded(scrub(params)), time, code, fault)
        with self._lock:
            self._entries.append(entry)
        if self.echo is not None:
            self.echo(entry)

    def of(self, operation: str) -> list[LoggedRequest]:
        return [e for e in self if e.operation == operation]

    def operations(self) -> list[str]:
        return [e.operation for e in self]

    def clear(self) -> None:
        with self._lock:
            self._entries.clear()

    def __iter__(self) -> Iterator[LoggedRequest]:
        with self._lock:
            return iter(list(self._entries))

    def __len__(self) -> int:
        return len(self._entries)

    def __getitem__(self, index: int) -> LoggedRequest:
        return self._entries[index]
