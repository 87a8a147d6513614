"""bilispec: a typed client for Bilibili's live-room APIs, generated from a tested OpenAPI description.

>>> from bilispec import BiliClient
>>> with BiliClient(sessdata="...", bili_jct="...") as client:
...     for replay in client.replays.iter_all():
...         print(replay.replay_id, replay.live_key)

`bilispec.TimeoutError` is the library's own class (a TransportError); a star import shadows the
builtin of that name.
"""

from __future__ import annotations

from .auth import Credentials
from .client import AsyncBiliClient, BiliClient
from .errors import (
    ApiError,
    BadRequestError,
    BiliError,
    CsrfError,
    DownloadSizeError,
    HTTPStatusError,
    NonJSONResponseError,
    NotLoggedInError,
    PermissionDeniedError,
    RateLimitedError,
    ReplayDeadlineError,
    ReplayFailedError,
    RequestValidationError,
    ResponseValidationError,
    RiskControlError,
    TimeoutError,
    TransportError,
)
from .pages import (
    anchor_vote_url,
    quick_publish_mobile_url,
    quick_publish_url,
    quick_publish_url_for,
    replay_cut_url,
    web_cut_url,
)
from .retries import NO_RETRY, RetryPolicy

__version__ = "0.1.0"

__all__ = [
    "NO_RETRY",
    "ApiError",
    "AsyncBiliClient",
    "BadRequestError",
    "BiliClient",
    "BiliError",
    "Credentials",
    "CsrfError",
    "DownloadSizeError",
    "HTTPStatusError",
    "NonJSONResponseError",
    "NotLoggedInError",
    "PermissionDeniedError",
    "RateLimitedError",
    "ReplayDeadlineError",
    "ReplayFailedError",
    "RequestValidationError",
    "ResponseValidationError",
    "RetryPolicy",
    "RiskControlError",
    "TimeoutError",
    "TransportError",
    "__version__",
    "anchor_vote_url",
    "quick_publish_mobile_url",
    "quick_publish_url",
    "quick_publish_url_for",
    "replay_cut_url",
    "web_cut_url",
]
