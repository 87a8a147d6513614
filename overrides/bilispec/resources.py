"""Resource namespaces (client.replays, client.votes, ...): filled in by the resources work."""

from __future__ import annotations

from typing import Any


def attach_sync(client: Any) -> None:
    """Attach the sync namespaces to a BiliClient."""


def attach_async(client: Any) -> None:
    """Attach the async namespaces to an AsyncBiliClient."""
