"""bilispec: a typed client for Bilibili's live-room APIs, generated from a tested OpenAPI description."""

from __future__ import annotations

__version__ = "0.1.0"
