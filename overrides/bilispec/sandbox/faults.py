"""Faults on demand: the next N calls of an operation answer a given code, an HTTP error page, a
reset connection, a timeout, or a late answer.

A scripted code must be one the description documents for the operation (its `x-error-codes` or
the root's `x-common-error-codes`), and the body it makes must validate against the description:
`add` refuses anything else at once, so a test cannot fake an answer the API could not give.
"""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass
from typing import Any

from ..core.description import Description
from ..core.validation import ResponseValidator
from .answers import ABSENT, Fail, error_body

RESET, TIMEOUT, DELAY, CODE, HTTP = "reset", "timeout", "delay", "code", "http"
# The data the API sends with a code, when it sends any (risk control hands out a captcha voucher).
DEFAULT_DATA: dict[int, Any] = {-352: {"v_voucher": "voucher_sandbox-0000-0000-0000-000000000352"}}
# The API's own wording where it differs from the description's gloss.
MESSAGES = {-352: "-352", -412: "请求被拦截"}
# Risk control's HTTP 412 answer is an HTML page, not JSON.
RISK_CONTROL_PAGE = (
    '<!DOCTYPE html><html><head><meta charset="utf-8"><title>412 Precondition Failed</title></head>'
    "<body><h1>由于触发哔哩哔哩安全风控策略，该次访问请求被拒绝。</h1>"  # noqa: RUF001 (verbatim)
    "<p>The request was rejected because of the bilibili security control policy.</p></body></html>"
)
HTTP_STATUSES = frozenset({412, *range(500, 600)})
_GLOSS = re.compile(r"\(([^()]*)\)\s*$")


@dataclass
class Fault:
    """One scripted answer for `operation`, used `times` more times (None: every call)."""

    operation: str
    kind: str
    code: int | None = None
    message: str = ""
    data: Any = ABSENT
    http_status: int | None = None
    delay: float = 0.0
    times: int | None = 1

    def body(self) -> dict[str, Any]:
        """The JSON body of a code fault."""
        assert self.code is not None
        return error_body(Fail(self.code, self.message, self.data))

    @property
    def label(self) -> str:
        """How the request log names it: `code -352`, `http 412`, `reset`, `timeout`, `delay 0.5`."""
        if self.kind == CODE:
            return f"code {self.code}"
        if self.kind == HTTP:
            return f"http {self.http_status}"
        if self.kind == DELAY:
            return f"delay {self.delay:g}"
        return self.kind

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"operation": self.operation, "kind": self.kind, "times": self.times}
        if self.kind == CODE:
            out.update(code=self.code, message=self.message)
            if self.data is not ABSENT:
                out["data"] = self.data
        elif self.kind == HTTP:
            out["http_status"] = self.http_status
        elif self.kind == DELAY:
            out["delay"] = self.delay
        return out


class Faults:
    """The faults waiting to be played, first added first played, per operation."""

    def __init__(self, desc: Description, validator: ResponseValidator) -> None:
        self._desc = desc
        self._validator = validator
        self._pending: list[Fault] = []
        self._lock = threading.Lock()  # the served sandbox takes faults while a test adds them

    def add(
        self,
        operation: str,
        *,
        code: int | None = None,
        message: str | None = None,
        data: Any = ABSENT,
        http_status: int | None = None,
        reset: bool = False,
        timeout: bool = False,
        delay: float | None = None,
        times: int | None = 1,
    ) -> Fault:
        """Script the next `times` calls of `operation` (None: every call until cleared).

        Exactly one of: `code=` (with `message=`/`data=` when the defaults do not fit),
        `http_status=` (412 or 5xx), `reset=True`, `timeout=True`, `delay=` seconds (then the normal
        answer). Raises ValueError naming what the description does not allow.
        """
        op = self._desc.operations.get(operation)
        if op is None:
            raise ValueError(f"no operation {operation!r} in the description")
        kinds = [
            kind
            for kind, given in (
                (CODE, code is not None),
                (HTTP, http_status is not None),
                (RESET, reset),
                (TIMEOUT, timeout),
                (DELAY, delay is not None),
            )
            if given
        ]
        if len(kinds) != 1:
            raise ValueError(f"{operation}: give exactly one of code, http_status, reset, timeout, delay")
        if times is not None and (not isinstance(times, int) or times < 1):
            raise ValueError(f"{operation}: times must be a positive integer or None, not {times!r}")
        fault = Fault(operation, kinds[0], times=times)
        if code is not None:
            fault.code, fault.message, fault.data = self._documented(operation, code, message, data)
        elif http_status is not None:
            if http_status not in HTTP_STATUSES:
                raise ValueError(f"{operation}: http_status must be 412 or 5xx, not {http_status!r}")
            fault.http_status = http_status
        elif delay is not None:
            if not isinstance(delay, int | float) or not 0 <= delay <= 60:
                raise ValueError(f"{operation}: delay must be 0 to 60 seconds, not {delay!r}")
            fault.delay = float(delay)
        with self._lock:
            self._pending.append(fault)
        return fault

    def _documented(self, operation: str, code: Any, message: str | None, data: Any) -> tuple[int, str, Any]:
        documented = {**self._desc.common_error_codes, **self._desc[operation].error_codes}
        if not isinstance(code, int) or isinstance(code, bool) or code not in documented:
            known = ", ".join(str(c) for c in sorted(documented))
            raise ValueError(f"{operation} does not document code {code!r} (documented: {known})")
        gloss = _GLOSS.search(documented[code])
        text = message if message is not None else MESSAGES.get(code, gloss.group(1) if gloss else documented[code])
        payload = DEFAULT_DATA.get(code, ABSENT) if data is ABSENT else data
        body = error_body(Fail(code, text, payload))
        violations = self._validator.validate(operation, body)
        if violations:
            problems = "; ".join(str(v) for v in violations)
            raise ValueError(f"{operation}: a {code} answer like this breaks the description: {problems}")
        return code, text, payload

    def take(self, operation: str) -> Fault | None:
        """The fault that answers this call of `operation`, if one is waiting; uses it up once."""
        with self._lock:
            fault = next((f for f in self._pending if f.operation == operation), None)
            if fault is not None and fault.times is not None:
                fault.times -= 1
                if fault.times == 0:
                    self._pending.remove(fault)
            return fault

    def pending(self) -> list[Fault]:
        with self._lock:
            return list(self._pending)

    def clear(self) -> None:
        with self._lock:
            self._pending.clear()
