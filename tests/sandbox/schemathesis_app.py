"""What the schemathesis tests of the sandbox share (test_sandbox_contract, test_sandbox_stateful):
the description as schemathesis reads it, with the configuration the CLI reads, and the sandbox as an
ASGI app whose inner app a test may swap."""

from __future__ import annotations

from typing import Any

import schemathesis
from schemathesis.config import SchemathesisConfig

from bilispec.core.description import load_document
from bilispec.sandbox import ManualClock, World, create_app

from ..conftest import BUNDLE, ROOT

CONFIG = SchemathesisConfig.from_path(ROOT / "schemathesis.toml")  # auth, hooks, checks: as the CLI uses them


def load_schema() -> Any:
    """The bundle read with libyaml (bilispec's reader): schemathesis' own reader takes 0.6 s a read."""
    return schemathesis.openapi.from_dict(load_document(BUNDLE), config=CONFIG)


class SwappableSandbox:
    """The app under test: `.app` starts as a fresh sandbox; a test swaps in another (a fresh world
    for each stateful scenario, a broken sandbox for the checks' own test)."""

    def __init__(self) -> None:
        self.app = create_app(World(ManualClock()))

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        await self.app(scope, receive, send)
