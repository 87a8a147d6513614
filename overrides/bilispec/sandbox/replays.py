"""Sandbox handlers for the replay operations (being written)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from .core import Area

if TYPE_CHECKING:
    from .world import World

area = Area("replay")


@dataclass
class ReplayState:
    @classmethod
    def seed(cls, world: World) -> ReplayState:
        return cls()

    def file(self, name: str) -> bytes | None:
        """The bytes of a replay file the download URLs point at, or None."""
        return None
