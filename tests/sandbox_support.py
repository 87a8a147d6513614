"""Schemathesis against the sandbox, in-process, with checks that read the envelope.

The API answers every request with HTTP 200 and puts the outcome in `code`. Schemathesis's
negative-data, positive-data and auth checks judge by HTTP status, so the sandbox under test is
wrapped in `DerivedStatus`, which moves the status derived from `code` into the HTTP status and
keeps the real one in a header. The two checks that must see the real status (the description
declares only 200) get it back from that header. Every other check runs as shipped.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from typing import Any

from schemathesis.core.transport import Response
from schemathesis.specs.openapi import checks as st_checks

from bilispec.description import description
from bilispec.sandbox import (
    SANDBOX_BILI_JCT,
    SANDBOX_LIVE_KEY,
    SANDBOX_OTHER_LIVE_KEY,
    SANDBOX_OTHER_REPLAY_ID,
    SANDBOX_OTHER_UID,
    SANDBOX_REPLAY_ID,
    SANDBOX_ROOM_ID,
    SANDBOX_SESSDATA,
    SANDBOX_UID,
)

REAL_STATUS = "x-bilispec-http-status"


def derived_status(code: int, meaning: str = "") -> int:
    """The HTTP status an API with honest statuses would send for an envelope `code`, read from the
    meaning the operation documents for it where that says more than the code (stop_live's -400 is
    "no permission", not a bad request)."""
    if code == 0:
        return 200
    text = meaning.lower()
    if "permission" in text:
        return 403
    if "not exist" in text or "not found" in text:
        return 404
    return {-400: 400, -101: 401, -111: 403, -403: 403, -404: 404}.get(code, 409)  # other codes: refused by state


class DerivedStatus:
    """ASGI middleware: HTTP status from the envelope's `code`, the real status in a header."""

    def __init__(self, app: Any) -> None:
        self.app = app

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        start: dict[str, Any] = {}
        chunks: list[bytes] = []

        async def capture(message: dict[str, Any]) -> None:
            if message["type"] == "http.response.start":
                start.update(message)
            elif message["type"] == "http.response.body":
                chunks.append(message.get("body", b""))
                if not message.get("more_body"):
                    await flush()

        async def flush() -> None:
            body = b"".join(chunks)
            status = start["status"]
            headers = [(k, v) for k, v in start.get("headers", [])]
            if status == 200:
                try:
                    code = json.loads(body).get("code")
                except (ValueError, AttributeError):
                    code = None
                if isinstance(code, int):
                    op = description().find(scope["method"], scope["path"])
                    meaning = op.error_codes.get(code, "") if op else ""
                    headers.append((REAL_STATUS.encode(), b"200"))
                    status = derived_status(code, meaning)
            await send({"type": "http.response.start", "status": status, "headers": headers})
            await send({"type": "http.response.body", "body": body})

        await self.app(scope, receive, capture)


def _real(response: Response) -> Response:
    real = response.headers.get(REAL_STATUS)
    if not real:
        return response
    restored = copy.copy(response)
    restored.status_code = int(real[0])
    return restored


def _with_real_status(check: Callable[..., Any]) -> Callable[..., Any]:
    def wrapped(ctx: Any, response: Response, case: Any) -> Any:
        return check(ctx, _real(response), case)

    wrapped.__name__ = check.__name__
    return wrapped


# The description declares HTTP 200 only: conformance of status, content type and body is judged
# on the status the server really sent.
REAL_STATUS_CHECKS = [
    st_checks.status_code_conformance,
    st_checks.content_type_conformance,
    st_checks.response_schema_conformance,
]
EXCLUDED = REAL_STATUS_CHECKS
ADDITIONAL = [_with_real_status(c) for c in REAL_STATUS_CHECKS]

COOKIES = {"SESSDATA": SANDBOX_SESSDATA, "bili_jct": SANDBOX_BILI_JCT}


def _seeded(op: Any) -> dict[str, Any]:
    """Seeded ids for an operation: the anchor's own, or, for the fan side (which names the
    streamer by `live_uid`), the other streamer's."""
    fan = op.parameter("live_uid") is not None
    return {
        "room_id": SANDBOX_ROOM_ID,
        "roomid": SANDBOX_ROOM_ID,
        "uid": SANDBOX_UID,
        "live_uid": SANDBOX_OTHER_UID,
        "record_id": SANDBOX_OTHER_REPLAY_ID if fan else SANDBOX_REPLAY_ID,
        "live_key": SANDBOX_OTHER_LIVE_KEY if fan else SANDBOX_LIVE_KEY,
    }


def prepare(case: Any, *, steer: bool) -> bool:
    """Fill csrf from the sandbox's bili_jct (as the web page does) and, when `steer`, point room
    and user ids at the seeded account so that success paths are reached, not only not-found ones.
    Only positive cases are touched: a negative case must reach the server as generated.

    Returns False for a "positive" case that breaks the description's `x-one-of-required` (which
    schemathesis does not read): its rejection proves nothing about the data the schema allows.
    """
    meta = case.meta
    if meta is not None and meta.generation.mode.is_negative:
        return True
    op = description()[case.operation.definition.raw["operationId"]]
    for values in (case.body, case.query):
        if not isinstance(values, dict):
            continue
        for name in ("csrf", "csrf_token"):
            if name in values:
                values[name] = SANDBOX_BILI_JCT
        if steer:
            for name, value in _seeded(op).items():
                if name in values:
                    param = op.parameter(name)
                    values[name] = str(value) if param and param.schema.get("type") == "string" else value
    if op.one_of_required:
        body = case.body if isinstance(case.body, dict) else {}
        sent = {k for k, v in {**body, **(case.query or {})}.items() if v not in (None, "")}
        return bool(sent & set(op.one_of_required))
    return True
