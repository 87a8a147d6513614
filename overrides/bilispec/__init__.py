"""bilispec: a typed client for Bilibili's live-room APIs, generated from a tested OpenAPI description.

>>> from bilispec import BiliClient
>>> with BiliClient(sessdata="...", bili_jct="...") as client:
...     for replay in client.replays.iter_all():
...         print(replay.replay_id, replay.live_key)

The package has four layers, imported only downwards: `core` (description, checks, validation,
scrubbing, errors), `client` (the SDK), `sandbox` (the local fake API) and `tools` (the `bilispec`
command). What users import is re-exported here; `bilispec.errors` holds every exception class.
"""

from __future__ import annotations

from . import errors as errors  # bilispec.errors: every exception class
from ._constants import VERSION
from .client._client import AsyncBiliClient, BiliClient
from .client.auth import Credentials
from .client.pages import (
    anchor_vote_url,
    quick_publish_mobile_url,
    quick_publish_url,
    quick_publish_url_for,
    replay_cut_url,
    web_cut_url,
)
from .client.retries import NO_RETRY, RetryPolicy
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
    deprecated,
)

__version__ = VERSION

__all__ = [
    "NO_RETRY",
    "APIConnectionError",
    "APIStatusError",
    "APITimeoutError",
    "AccessDeniedError",
    "ApiError",
    "AsyncBiliClient",
    "BadRequestError",
    "BiliClient",
    "BiliError",
    "Credentials",
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
    "RetryPolicy",
    "RiskControlError",
    "VerificationRequiredError",
    "__version__",
    "anchor_vote_url",
    "quick_publish_mobile_url",
    "quick_publish_url",
    "quick_publish_url_for",
    "replay_cut_url",
    "web_cut_url",
]


def __getattr__(name: str) -> type[BiliError]:
    """The deprecated exception names of 0.1 (TimeoutError, HTTPStatusError, TransportError)."""
    return deprecated(name, __name__)
