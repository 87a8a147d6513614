"""Every exception class bilispec raises, under the public name `bilispec.errors`.

They are defined in `bilispec.core.errors`, the layer everything else builds on.
"""

from __future__ import annotations

from .core.errors import (
    AccessDeniedError,
    APIConnectionError,
    ApiError,
    APIStatusError,
    APITimeoutError,
    BadRequestError,
    BiliError,
    CsrfError,
    DownloadSizeError,
    NonJSONResponseError,
    NotFoundError,
    NotLoggedInError,
    PermissionDeniedError,
    RateLimitedError,
    ReplayDeadlineError,
    ReplayFailedError,
    RequestValidationError,
    ResponseValidationError,
    RiskControlError,
    VerificationRequiredError,
    api_error,
    deprecated,
)

__all__ = [
    "APIConnectionError",
    "APIStatusError",
    "APITimeoutError",
    "AccessDeniedError",
    "ApiError",
    "BadRequestError",
    "BiliError",
    "CsrfError",
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


def __getattr__(name: str) -> type[BiliError]:
    """The deprecated names of 0.1 (TimeoutError, HTTPStatusError, TransportError)."""
    return deprecated(name, __name__)
