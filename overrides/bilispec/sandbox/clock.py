"""The sandbox's time: a clock that follows the wall clock or one tests move by hand (a leaf module)."""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta, timezone
from typing import Protocol

# The sandbox's "now" starts here (2026-01-01 00:00:00 UTC+8), so seeded times read naturally.
EPOCH = 1_767_196_800

_BEIJING = timezone(timedelta(hours=8))


_LAST_SECOND = datetime(9999, 12, 31, 15, 59, 59, tzinfo=UTC).timestamp()


def beijing(ts: float, fmt: str = "%Y-%m-%d %H:%M:%S") -> str:
    """Unix seconds as the API writes times: "YYYY-MM-DD HH:MM:SS" (or `fmt`) in UTC+08:00; a mute of
    a million hours ends in 9999 at the latest (datetime goes no further)."""
    return datetime.fromtimestamp(min(ts, _LAST_SECOND), UTC).astimezone(_BEIJING).strftime(fmt)


class Clock(Protocol):
    def now(self) -> float: ...


class RealClock:
    """Seconds since EPOCH advance with the wall clock."""

    def __init__(self) -> None:
        self._start = time.monotonic()

    def now(self) -> float:
        return EPOCH + (time.monotonic() - self._start)


class ManualClock:
    """A clock tests move by hand."""

    def __init__(self, start: float = EPOCH) -> None:
        self._now = float(start)

    def now(self) -> float:
        return self._now

    def advance(self, seconds: float) -> None:
        self._now += seconds
