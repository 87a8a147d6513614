"""Request bodies, read with a cap: the sandbox never holds more than MAX_BODY_BYTES of one.

A body above the cap is refused with -400 before it is read whole: by its Content-Length when it
declares one, else as soon as the streamed bytes pass the cap. No operation takes more than a few
KiB; 1 MiB leaves room for any honest request.
"""

from __future__ import annotations

import json
from typing import Any
from urllib.parse import parse_qsl

from starlette.requests import Request

from ..core.description import Operation
from ..core.validation import MAX_DEPTH, deeper_than
from .answers import bad_request

MAX_BODY_BYTES = 1024 * 1024  # 1 MiB


async def read_body(request: Request) -> bytes:
    declared = request.headers.get("content-length", "").strip()
    if declared and (not declared.isdigit() or len(declared) > 12 or int(declared) > MAX_BODY_BYTES):
        raise bad_request(f"body over {MAX_BODY_BYTES} bytes or a bad Content-Length")
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > MAX_BODY_BYTES:
            raise bad_request(f"body over {MAX_BODY_BYTES} bytes")
        chunks.append(chunk)
    return b"".join(chunks)


async def read_params(request: Request, op: Operation) -> dict[str, Any]:
    """Query, form and JSON members in one dict, as text or JSON values."""
    params: dict[str, Any] = dict(request.query_params)
    if op.method != "POST":
        return params
    content_type = request.headers.get("content-type", "")
    if "application/json" in content_type:
        try:
            body = json.loads(await read_body(request) or b"null")
        except (ValueError, RecursionError):  # not JSON, numbers past 4,300 digits, nesting past the recursion limit
            raise bad_request("body is not JSON the sandbox can read") from None
        if not isinstance(body, dict):
            raise bad_request("body is not a JSON object")
        if deeper_than(body, MAX_DEPTH):
            raise bad_request(f"body nests deeper than {MAX_DEPTH} levels")
        params.update(body)
    elif "application/x-www-form-urlencoded" in content_type:
        text = (await read_body(request)).decode("utf-8", errors="replace")
        params.update(parse_qsl(text, keep_blank_values=True))
    return params
