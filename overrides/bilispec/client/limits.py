"""How long a call may take, how much it may read, and how fast a client sends: no I/O here.

- `deadline`: seconds for a whole call, retries and waits included. A read timeout bounds each
  read only; a server trickling a byte at a time would otherwise hold a call for as long as it likes.
- `max_body_bytes`: the most a response body may decode to. httpx would inflate a gzip bomb whole.
- `Politeness`: the client-wide pause after risk control (every call waits, not only the retried
  one) and the optional requests-per-second pacing per host. Shared by every call of one client.

The transport asks and sleeps; the numbers and their reasons are in docs/usage.md.
"""

from __future__ import annotations

import threading
import time
import zlib
from collections.abc import Callable
from dataclasses import dataclass

from ..core import errors

# 30 s: the slowest documented answer (a replay merge request) comes back in a few seconds; a call
# still going after 30 s is a stalled connection or a trickling server, and waiting on helps nobody.
DEFAULT_DEADLINE = 30.0
# 16 MiB: the largest answers (a page of replays, slices or highlights) are tens of KiB; a body a
# thousand times that is not an answer, and a gzip bomb stops here instead of filling memory.
DEFAULT_MAX_BODY_BYTES = 16 * 1024 * 1024


@dataclass(frozen=True)
class Limits:
    deadline: float | None = DEFAULT_DEADLINE  # seconds per call; None: no overall deadline
    max_body_bytes: int = DEFAULT_MAX_BODY_BYTES  # decoded size of one response body
    requests_per_second: float | None = None  # per host; None: no pacing
    redirect_hosts: frozenset[str] = frozenset()  # hosts a redirect may lead to (no cookie, no csrf)

    def __post_init__(self) -> None:
        if self.deadline is not None and self.deadline <= 0:
            raise ValueError("deadline must be a positive number of seconds, or None")
        if self.max_body_bytes <= 0:
            raise ValueError("max_body_bytes must be positive")
        if self.requests_per_second is not None and self.requests_per_second <= 0:
            raise ValueError("requests_per_second must be positive, or None")


class Politeness:
    """The pause after risk control and the pacing per host, for every call of one client."""

    def __init__(self, requests_per_second: float | None, clock: Callable[[], float] = time.monotonic) -> None:
        self.interval = 1.0 / requests_per_second if requests_per_second else 0.0
        self.clock = clock
        self.paused_until = 0.0
        self._next: dict[str, float] = {}
        self._lock = threading.Lock()

    def pause(self, seconds: float) -> None:
        """Every call of this client waits until `seconds` from now before it sends."""
        with self._lock:
            self.paused_until = max(self.paused_until, self.clock() + seconds)

    def wait_before(self, host: str) -> float:
        """Seconds to wait before sending to `host`; the slot is reserved, so callers spread out."""
        with self._lock:
            now = self.clock()
            start = max(now, self.paused_until)
            if self.interval:
                start = max(start, self._next.get(host, 0.0))
                self._next[host] = start + self.interval
            return start - now


class BodyReader:
    """Collects a response body as it arrives, decoding gzip/deflate with a bounded inflater, and
    stops at the size cap or the deadline (checked after every chunk, however small)."""

    def __init__(self, encoding: str, limit: int, deadline: float, clock: Callable[[], float], operation: str):
        self.limit, self.deadline, self.clock, self.operation = limit, deadline, clock, operation
        self.parts: list[bytes] = []
        self.size = 0
        encoding = encoding.strip().lower()
        if encoding in ("", "identity"):
            self._inflater = None
        elif encoding in ("gzip", "x-gzip"):
            self._inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
        elif encoding == "deflate":
            self._inflater = zlib.decompressobj()
        else:
            raise errors.APIConnectionError(f"unsupported Content-Encoding {encoding!r}", operation=operation)

    def feed(self, chunk: bytes) -> None:
        if self._inflater is None:
            self._keep(chunk)
        else:
            try:
                data = self._inflater.decompress(chunk, self.limit - self.size + 1)
                self._keep(data)
                while self._inflater.unconsumed_tail:  # more output than the cap let out at once
                    self._keep(self._inflater.decompress(self._inflater.unconsumed_tail, self.limit - self.size + 1))
            except zlib.error:
                raise errors.APIConnectionError("the compressed body is damaged", operation=self.operation) from None
        if self.clock() > self.deadline:
            raise errors.APITimeoutError(
                "the call's deadline passed while the body was arriving", operation=self.operation
            )

    def _keep(self, data: bytes) -> None:
        self.size += len(data)
        if self.size > self.limit:
            raise errors.APIConnectionError(
                f"the response body decodes to more than {self.limit} bytes (max_body_bytes)", operation=self.operation
            )
        self.parts.append(data)

    def body(self) -> bytes:
        return b"".join(self.parts)
