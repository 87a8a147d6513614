"""The request log: every operation call the sandbox answered, with what it answered.

Parameters are kept as received (query, form and JSON members), with secrets (SESSDATA, bili_jct,
csrf, csrf_token, access_key, ...) replaced by SCRUBBED. `time` is the world's clock.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from ..core.scrub import scrub


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
    """What was called, in order. Iterate it, index it, or ask `of(operation)`."""

    def __init__(self, echo: Callable[[LoggedRequest], None] | None = None) -> None:
        self._entries: list[LoggedRequest] = []
        self._lock = threading.Lock()
        self.echo = echo  # the served sandbox's --log-requests prints each entry

    def add(self, operation: str, params: dict[str, Any], time: float, code: int | None, fault: str | None) -> None:
        entry = LoggedRequest(operation, scrub(params), time, code, fault)
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
