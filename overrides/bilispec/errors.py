"""Every exception class bilispec raises, under the public name `bilispec.errors`.

They are defined in `bilispec.core.errors`, the layer everything else builds on; its `__all__` is
the list.
"""

from __future__ import annotations

from .core.errors import *  # noqa: F403
from .core.errors import BiliError, __all__, deprecated  # noqa: F401


def __getattr__(name: str) -> type[BiliError]:
    """The deprecated names of 0.1 (TimeoutError, HTTPStatusError, TransportError)."""
    return deprecated(name, __name__)
