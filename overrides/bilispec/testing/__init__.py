"""The pytest plugin for bot authors, registered with the `pytest11` entry point: after
`pip install 'bilispec[sandbox]'` every test can ask for these fixtures, no conftest needed.

- `bili_sandbox`: a fresh in-process sandbox per test (bilispec.testing.InProcessSandbox):
  `.world`, `.clock` (a ManualClock), `.faults.add(...)`, `.requests` (the request log), `.reset()`,
  `.client()` / `.async_client()` / `.http()` for more clients, and what a moderation bot checks:
  `.chat_messages()`, `.blocked_keywords()`, `.room_admins()`, `.room_muted()` (the anchor's room
  unless another id is given; its short id is SANDBOX_SHORT_ID).
- `bili_client`: a BiliClient on that sandbox, logged in as its test account, no socket.
- `async_bili_client`: the same as an AsyncBiliClient.

Without the sandbox extra the fixtures fail with a message saying what to install.

The test kit stands above both the client and the sandbox (it wires one to the other), beside the
`bilispec` command in the import contract.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from ..client._client import AsyncBiliClient, BiliClient
    from .kit import InProcessSandbox


# The kit (and with it the client, the sandbox and the generated models, most of a second) is
# imported when a test first asks for a fixture: pytest loads this plugin in every process, its
# xdist controller and the runs that use no fixture of it included.
def __getattr__(name: str) -> object:
    if name == "InProcessSandbox":
        from .kit import InProcessSandbox  # noqa: PLC0415

        return InProcessSandbox
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def _kit() -> type[InProcessSandbox]:
    try:
        from .kit import InProcessSandbox  # noqa: PLC0415
    except ImportError as exc:  # installed without the sandbox extra: the fixtures explain
        pytest.fail(f"bili_sandbox needs the sandbox extra: pip install 'bilispec[sandbox]' ({exc})")
    return InProcessSandbox


@pytest.fixture
def bili_sandbox() -> Iterator[InProcessSandbox]:
    """A fresh sandbox for this test: seeded world, manual clock, no faults, an empty request log."""
    with _kit()() as sandbox:
        yield sandbox


@pytest.fixture
def bili_client(bili_sandbox: InProcessSandbox) -> Iterator[BiliClient]:
    """A BiliClient wired to `bili_sandbox` in-process, logged in as SANDBOX_SESSDATA / SANDBOX_BILI_JCT."""
    with bili_sandbox.client() as client:
        yield client


@pytest.fixture
def async_bili_client(bili_sandbox: InProcessSandbox) -> Iterator[AsyncBiliClient]:
    """An AsyncBiliClient wired to `bili_sandbox` in-process (use it in an async test)."""
    yield bili_sandbox.async_client()  # its httpx client is closed with bili_sandbox


__all__ = ["InProcessSandbox", "async_bili_client", "bili_client", "bili_sandbox"]
