"""What an operation answers besides plain `data`: an error (`Fail`), an unusual envelope (`Reply`),
or no `data` at all (`ABSENT`). A leaf module: backends and responses both raise `Fail`.

The API answers everything with HTTP 200 and a `code`; so does the sandbox.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

# Messages as the API words them.
NOT_LOGGED_IN = (-101, "账号未登录")
CSRF_FAILED = (-111, "csrf 校验失败")
BAD_REQUEST = (-400, "请求错误")


class _Absent:
    def __repr__(self) -> str:  # stable, for docs/api.md
        return "ABSENT"


ABSENT: Any = _Absent()  # `data` left out of an answer, as most error answers and the watch reports do


class Fail(Exception):
    """An error answer: `code` (never 0), `message`, and optionally `data` as the API sends it."""

    def __init__(self, code: int, message: str, data: Any = ABSENT) -> None:
        super().__init__(f"{code} {message}")
        self.code = code
        self.message = message
        self.data = data


def bad_request(detail: str) -> Fail:
    """-400 naming what was wrong."""
    return Fail(BAD_REQUEST[0], f"{BAD_REQUEST[1]}: {detail}")


@dataclass
class Reply:
    """A success answer with a non-default envelope (the `/room/v1/` endpoints add `msg`)."""

    data: Any
    message: str = "0"
    msg: str | None = None
    ttl: int | None = 1


def envelope(result: Any) -> dict[str, Any]:
    """The body of a success answer."""
    if result is ABSENT:  # the watch reports answer a bare envelope
        return {"code": 0, "message": "0", "ttl": 1}
    if isinstance(result, Reply):
        body: dict[str, Any] = {"code": 0, "message": result.message}
        if result.msg is not None:
            body["msg"] = result.msg
        if result.ttl is not None:
            body["ttl"] = result.ttl
        body["data"] = result.data
        return body
    return {"code": 0, "message": "0", "ttl": 1, "data": result}


def error_body(fail: Fail) -> dict[str, Any]:
    """The body of an error answer."""
    body: dict[str, Any] = {"code": fail.code, "message": fail.message, "ttl": 1}
    if fail.data is not ABSENT:
        body["data"] = fail.data
    return body
