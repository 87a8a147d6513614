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

from importlib import import_module
from typing import TYPE_CHECKING, Any

from . import errors as errors  # bilispec.errors: every exception class
from ._constants import VERSION
from .core.errors import *  # noqa: F403 (every exception class, as core.errors.__all__ lists them)
from .core.errors import __all__ as _error_names
from .core.errors import deprecated

if TYPE_CHECKING:  # what type checkers see; at run time each comes on first use (__getattr__)
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

# The client's names, imported when first asked for: the client and its generated models take most
# of a second to import, which `bilispec validate` (and its pre-commit hook), the sandbox and the
# pytest plugin's collection would otherwise pay without using them.
_LAZY = {
    "AsyncBiliClient": "client._client",
    "BiliClient": "client._client",
    "Credentials": "client.auth",
    "ChatFiltered": "client.namespaces.chat",
    "ChatOutcome": "client.namespaces.chat",
    "ChatSent": "client.namespaces.chat",
    "anchor_vote_url": "client.pages",
    "quick_publish_mobile_url": "client.pages",
    "quick_publish_url": "client.pages",
    "quick_publish_url_for": "client.pages",
    "replay_cut_url": "client.pages",
    "web_cut_url": "client.pages",
    "NO_RETRY": "client.retries",
    "RetryPolicy": "client.retries",
}

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


def __getattr__(name: str) -> Any:
    """A client name on first use (kept in the module after); the deprecated exception names of 0.1
    (TimeoutError, HTTPStatusError, TransportError)."""
    where = _LAZY.get(name)
    if where is not None:
        value = getattr(import_module(f".{where}", __name__), name)
        globals()[name] = value
        return value
    return deprecated(name, __name__)


def __dir__() -> list[str]:
    return sorted({*globals(), *_LAZY})
