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
from .client.namespaces.chat import ChatFiltered, ChatOutcome, ChatSent
from .client.pages import (
    anchor_vote_url,
    quick_publish_mobile_url,
    quick_publish_url,
    quick_publish_url_for,
    replay_cut_url,
    web_cut_url,
)
from .client.retries import NO_RETRY, RetryPolicy
from .core.errors import *  # noqa: F403 (every exception class, as core.errors.__all__ lists them)
from .core.errors import BiliError, deprecated
from .core.errors import __all__ as _error_names

__version__ = VERSION

__all__ = [
    "NO_RETRY",
    "AsyncBiliClient",
    "BiliClient",
    "ChatFiltered",
    "ChatOutcome",
    "ChatSent",
    "Credentials",
    "RetryPolicy",
    "__version__",
    "anchor_vote_url",
    "quick_publish_mobile_url",
    "quick_publish_url",
    "quick_publish_url_for",
    "replay_cut_url",
    "web_cut_url",
]
__all__ += [name for name in _error_names if name != "api_error"]  # the exception classes


def __getattr__(name: str) -> type[BiliError]:
    """The deprecated exception names of 0.1 (TimeoutError, HTTPStatusError, TransportError)."""
    return deprecated(name, __name__)
