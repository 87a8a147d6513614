"""Every exception the client raises derives from BiliError; nothing else escapes a call.

API errors (an envelope whose `code` is not 0) are chosen by code. Failures below the envelope
(transport, timeout, a non-JSON body, a body the description does not allow) have their own
classes. Messages name the operation and never carry a secret: bodies are scrubbed first.
"""

from __future__ import annotations

import warnings
from typing import Any

from .scrub import scrub, scrub_text


def printable(text: str) -> str:
    """Text any stream can print: a lone surrogate (from a server's `\\ud800`) becomes `\\ud800`."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return text.encode("utf-8", "backslashreplace").decode("utf-8")
    return text


class BiliError(Exception):
    """Base of every error raised by bilispec; its message is scrubbed and printable.

    Secrets are removed by name and by value; a lone surrogate a server sent is escaped."""

    def __init__(self, message: str, *, operation: str | None = None) -> None:
        self.operation = operation
        super().__init__(printable(scrub_text(f"{operation}: {message}" if operation else message)))


class CredentialsError(BiliError, ValueError):
    """A credential a Cookie header cannot carry (non-ASCII, a control character, `;`); `field` names it.

    The value is never shown."""

    def __init__(self, message: str, *, field: str) -> None:
        self.field = field
        super().__init__(message)


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
        self.message = printable(scrub_text(message))  # a server message may echo a cookie back
        self.meaning = meaning
        self.body = scrub(body)
        text = f"code {code}: {self.message}" + (f" ({meaning})" if meaning else "")
        super().__init__(text, operation=operation)


class NotLoggedInError(ApiError):
    """Log in again: -101 (SESSDATA missing or expired), and 3 / 65530 where the operation documents them."""


class CsrfError(ApiError):
    """-111: `csrf` does not match the bili_jct cookie."""


class BadRequestError(ApiError):
    """-400: the server rejected the parameters."""


class AccessDeniedError(ApiError):
    """-403: the account may not see or do this (访问权限不足)."""


class NotFoundError(ApiError):
    """-404: nothing there (啥都木有), such as an unknown or deleted id."""


class RiskControlError(ApiError):
    """Risk control: code -352 or -412, or HTTP 412 whatever the body; wait and retry, or solve the captcha.

    `v_voucher` is the captcha voucher a -352 answer carries (`data.v_voucher`), for a captcha flow;
    None when there is none. `status` is the HTTP status (200 for an envelope, 412 for the block
    page); an HTTP 412 is reported as code -412. `retry_after` is the server's Retry-After, if any.
    """

    def __init__(
        self,
        *,
        code: int,
        message: str,
        operation: str,
        meaning: str | None,
        body: Any,
        status: int = 200,
        retry_after: float | None = None,
    ) -> None:
        data = body.get("data") if isinstance(body, dict) else None
        voucher = data.get("v_voucher") if isinstance(data, dict) else None
        self.v_voucher: str | None = voucher if isinstance(voucher, str) and voucher else None
        self.status = status
        self.retry_after = retry_after
        super().__init__(code=code, message=message, operation=operation, meaning=meaning, body=body)


FACE_AUTH_URL = "https://www.bilibili.com/blackboard/live/face-auth-middle.html?source_event=400&mid={uid}"


class VerificationRequiredError(ApiError):
    """Going live needs the account holder to verify their identity first (60024, 60043).

    60024 carries the face-verification page in `data.qr`; 60043 carries a voucher in
    `data.risk_extra.v_voucher`, and the streaming clients send the user to the live face-auth
    page (`face_auth_url(uid)`). `verification_url` is the page to open when the answer names one.
    Open it on a phone logged in to the same account, then go live again.
    """

    def __init__(self, *, code: int, message: str, operation: str, meaning: str | None, body: Any) -> None:
        data = body.get("data") if isinstance(body, dict) else None
        data = data if isinstance(data, dict) else {}
        qr, extra = data.get("qr"), data.get("risk_extra")
        voucher = extra.get("v_voucher") if isinstance(extra, dict) else None
        self.verification_url: str | None = qr if isinstance(qr, str) and qr else None
        self.v_voucher: str | None = voucher if isinstance(voucher, str) and voucher else None
        super().__init__(code=code, message=message, operation=operation, meaning=meaning, body=body)

    @staticmethod
    def face_auth_url(uid: int) -> str:
        """The live face-auth page for an account (what the streaming clients open on 60043)."""
        return FACE_AUTH_URL.format(uid=int(uid))


class PermissionDeniedError(ApiError):
    """301 (no clip permission) and -404 on create_vote (not your room): the account may not do this."""


class RateLimitedError(ApiError):
    """The server says the operation is too frequent (-1 on room updates, 4001 on slice publishing,
    10031 on chat messages)."""


# Codes with a class of their own wherever they come from; every other code raises ApiError with the
# meaning the description gives it (the operation's `x-error-codes`, else the root's
# `x-common-error-codes`).
CODE_CLASSES: dict[int, type[ApiError]] = {
    -101: NotLoggedInError,
    -111: CsrfError,
    -400: BadRequestError,
    -403: AccessDeniedError,
    -404: NotFoundError,
    -352: RiskControlError,
    -412: RiskControlError,
    301: PermissionDeniedError,
}

# Codes that mean "log in again" only where an operation documents them (3 and 65530 are plain
# numbers that other operations may use for something else).
DOCUMENTED_CODE_CLASSES: dict[int, type[ApiError]] = {
    3: NotLoggedInError,
    65530: NotLoggedInError,
}

# Operation-specific codes whose documented meaning picks a class.
OPERATION_CODE_CLASSES: dict[tuple[str, int], type[ApiError]] = {
    ("create_vote", -404): PermissionDeniedError,
    ("update_room", -1): RateLimitedError,
    ("anchor_publish_video_slice", 4001): RateLimitedError,
    ("start_live", 60024): VerificationRequiredError,
    ("start_live", 60043): VerificationRequiredError,
    ("send_chat_message", 10031): RateLimitedError,
    ("add_shield_keyword", 100007): PermissionDeniedError,
    ("del_shield_keyword", 100007): PermissionDeniedError,
    ("get_shield_keyword_list", 100007): PermissionDeniedError,
}


def error_class(operation: str, code: int, documented: bool) -> type[ApiError]:
    """The class an error envelope raises; `documented`: the operation's `x-error-codes` list `code`."""
    found = OPERATION_CODE_CLASSES.get((operation, code)) or CODE_CLASSES.get(code)
    if found is None and documented:
        found = DOCUMENTED_CODE_CLASSES.get(code)
    return found or ApiError


def api_error(
    *, code: int, message: str, operation: str, meaning: str | None, body: Any, documented: bool = False
) -> ApiError:
    """The exception for an error envelope of an operation."""
    cls = error_class(operation, code, documented)
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


class DownloadExistsError(BiliError):
    """The download's file exists and `if_exists="error"` was asked for: nothing was replaced."""

    def __init__(self, message: str, *, path: str) -> None:
        self.path = path
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


__all__ = [
    "APIConnectionError",
    "APIStatusError",
    "APITimeoutError",
    "AccessDeniedError",
    "ApiError",
    "BadRequestError",
    "BiliError",
    "CredentialsError",
    "CsrfError",
    "DownloadExistsError",
    "DownloadSizeError",
    "NonJSONResponseError",
    "NotFoundError",
    "NotLoggedInError",
    "PermissionDeniedError",
    "RateLimitedError",
    "ReplayDeadlineError",
    "ReplayFailedError",
    "RequestValidationError",
    "ResponseValidationError",
    "RiskControlError",
    "VerificationRequiredError",
    "api_error",
]
