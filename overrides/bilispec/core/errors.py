"""Every exception the client raises derives from BiliError; nothing else escapes a call.

API errors (an envelope whose `code` is not 0) are chosen by code. Failures below the envelope
(transport, timeout, a non-JSON body, a body the description does not allow) have their own
classes. Messages name the operation and never carry a secret: bodies are scrubbed first.
"""

from __future__ import annotations

import warnings
from typing import Any

from .scrub import scrub, scrub_text


class BiliError(Exception):
    """Base of every error raised by bilispec."""

    def __init__(self, message: str, *, operation: str | None = None) -> None:
        self.operation = operation
        super().__init__(scrub_text(f"{operation}: {message}" if operation else message))


class RequestValidationError(BiliError, ValueError):
    """A parameter breaks the description (missing, unknown, wrong type, out of range); nothing was sent."""

    def __init__(self, message: str, *, operation: str | None = None, field: str | None = None) -> None:
        self.field = field
        super().__init__(message, operation=operation)


class APIConnectionError(BiliError):
    """The request did not complete: connection refused or reset, DNS, protocol error."""


class APITimeoutError(APIConnectionError):
    """The request timed out."""


class APIStatusError(BiliError):
    """An HTTP status other than 200 (the API answers every request with 200 and an envelope)."""

    def __init__(self, message: str, *, operation: str | None = None, status: int, retry_after: float | None = None):
        self.status = status
        self.retry_after = retry_after
        super().__init__(message, operation=operation)


class NonJSONResponseError(BiliError):
    """The body is not JSON, such as the HTML page that comes with HTTP 412 (risk control)."""

    def __init__(
        self,
        message: str,
        *,
        operation: str | None = None,
        status: int,
        content_type: str,
        retry_after: float | None = None,
    ):
        self.status = status
        self.content_type = content_type
        self.retry_after = retry_after  # a 503 or 412 page may carry Retry-After too
        super().__init__(message, operation=operation)


class ResponseValidationError(BiliError):
    """The body does not match the description (a wrongly typed or missing member)."""

    def __init__(self, message: str, *, operation: str | None = None, violations: list[Any], body: Any = None):
        self.violations = violations
        self.body = scrub(body)
        super().__init__(message, operation=operation)


class ApiError(BiliError):
    """The server answered with an error envelope (`code` != 0)."""

    def __init__(self, *, code: int, message: str, operation: str, meaning: str | None, body: Any) -> None:
        self.code = code
        self.message = scrub_text(message)  # a server message may echo a cookie back
        self.meaning = meaning
        self.body = scrub(body)
        text = f"code {code}: {self.message}" + (f" ({meaning})" if meaning else "")
        super().__init__(text, operation=operation)


class NotLoggedInError(ApiError):
    """-101: SESSDATA is missing or expired."""


class CsrfError(ApiError):
    """-111: `csrf` does not match the bili_jct cookie."""


class BadRequestError(ApiError):
    """-400: the server rejected the parameters."""


class RiskControlError(ApiError):
    """-352 or -412: risk control; wait and try again later, or solve the captcha in a browser."""


class PermissionDeniedError(ApiError):
    """301 (no clip permission) and -404 on votes (not your room): the account may not do this."""


class RateLimitedError(ApiError):
    """The server says the operation is too frequent (-1 on room updates, 4001 on slice publishing)."""


# Codes with a class of their own; every other code raises ApiError with the description's meaning.
CODE_CLASSES: dict[int, type[ApiError]] = {
    -101: NotLoggedInError,
    -111: CsrfError,
    -400: BadRequestError,
    -352: RiskControlError,
    -412: RiskControlError,
    301: PermissionDeniedError,
}

# Operation-specific codes whose documented meaning picks a class.
OPERATION_CODE_CLASSES: dict[tuple[str, int], type[ApiError]] = {
    ("create_vote", -404): PermissionDeniedError,
    ("update_room", -1): RateLimitedError,
    ("anchor_publish_video_slice", 4001): RateLimitedError,
}


def api_error(*, code: int, message: str, operation: str, meaning: str | None, body: Any) -> ApiError:
    """The exception for an error envelope of an operation."""
    cls = OPERATION_CODE_CLASSES.get((operation, code)) or CODE_CLASSES.get(code, ApiError)
    return cls(code=code, message=message, operation=operation, meaning=meaning, body=body)


class ReplayFailedError(BiliError):
    """The whole-replay merge failed (status -30); `toast` is the server's reason, when it gave one."""

    def __init__(self, message: str, *, record_id: int, status: int | None, toast: str | None) -> None:
        self.record_id = record_id
        self.status = status
        self.toast = scrub_text(toast) if toast is not None else None
        super().__init__(message, operation="anchor_video_download")


class ReplayDeadlineError(BiliError):
    """The whole replay was not ready before the deadline; `last_status` is the last merge status seen."""

    def __init__(self, message: str, *, record_id: int, deadline: float, last_status: int | None) -> None:
        self.record_id = record_id
        self.deadline = deadline
        self.last_status = last_status
        super().__init__(message, operation="anchor_video_download")


class DownloadSizeError(BiliError):
    """A downloaded file's size differs from what Content-Length / Content-Range announced."""

    def __init__(self, message: str, *, expected: int, received: int) -> None:
        self.expected = expected
        self.received = received
        super().__init__(message)


# Names of 0.1 that shadowed the builtin TimeoutError and httpx's HTTPStatusError/TransportError.
# They still resolve, with a DeprecationWarning, until 0.3.
DEPRECATED_NAMES = {
    "TimeoutError": "APITimeoutError",
    "HTTPStatusError": "APIStatusError",
    "TransportError": "APIConnectionError",
}


def deprecated(name: str, module: str) -> type[BiliError]:
    """The class an old name stands for, with a warning; AttributeError for any other name."""
    new = DEPRECATED_NAMES.get(name)
    if new is None:
        raise AttributeError(f"module {module!r} has no attribute {name!r}")
    warnings.warn(f"{module}.{name} is deprecated; use {new}", DeprecationWarning, stacklevel=3)
    cls: type[BiliError] = globals()[new]
    return cls
