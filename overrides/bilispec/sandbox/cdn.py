"""The files the sandbox's download URLs point at, served with HTTP Range as a CDN serves them.

A Range the sandbox cannot satisfy or read (a malformed one, one past the end, numbers longer than
any file size) answers HTTP 416 with `Content-Range: bytes */<size>`.
"""

from __future__ import annotations

import re

from starlette.requests import Request
from starlette.responses import PlainTextResponse, Response

from .world import World

FILES_PATH = "/sandbox/files/"
MAX_RANGE_DIGITS = 18  # no file is larger than 10^18 bytes; longer numbers are not a satisfiable range
_NUMBER = rf"(\d{{0,{MAX_RANGE_DIGITS}}})"
_RANGE = re.compile(rf"bytes={_NUMBER}-{_NUMBER}")


def byte_range(header: str, size: int) -> tuple[int, int] | None:
    """The first and last byte a `Range: bytes=...` header asks for, or None when it cannot be served."""
    match = _RANGE.fullmatch(header.strip())
    if not match or match.groups() == ("", ""):
        return None
    first, last = match.groups()
    if first == "":  # a suffix: the last N bytes
        start, end = max(0, size - int(last)), size - 1
    else:
        start, end = int(first), min(int(last), size - 1) if last else size - 1
    if start >= size or start > end:
        return None
    return start, end


async def serve_file(world: World, request: Request) -> Response:
    content = world.replays.file(request.path_params["name"])
    if content is None:
        return PlainTextResponse("not found", status_code=404)
    headers = {"Accept-Ranges": "bytes", "Content-Type": "video/mp4"}
    size = len(content)
    header = request.headers.get("range")
    if header is None:
        return Response(content if request.method == "GET" else b"", headers=headers)
    span = byte_range(header, size)
    if span is None:
        return Response(status_code=416, headers={**headers, "Content-Range": f"bytes */{size}"})
    start, end = span
    headers["Content-Range"] = f"bytes {start}-{end}/{size}"
    part = content[start : end + 1] if request.method == "GET" else b""
    return Response(part, status_code=206, headers=headers)
