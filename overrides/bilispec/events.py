"""The message stream's typed events: `from bilispec.events import parse, DanmakuMessage, ...`.

See client/events.py: one class per described command, RawEvent for an undescribed one.
"""

from __future__ import annotations

from .client.events import *  # noqa: F403
from .client.events import __all__ as __all__
