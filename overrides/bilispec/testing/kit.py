"""A fresh sandbox in-process for one test: its world, a manual clock, faults, the request log, and
clients wired to it with no socket. The pytest plugin (bilispec.testing) hands one to each test as
`bili_sandbox`; anything else may use it directly:

    with InProcessSandbox() as sandbox, sandbox.client() as client:
        sandbox.faults.add("get_vote_panel", code=-352)
        ...
"""

from __future__ import annotations

from contextlib import AbstractContextManager
from typing import Any

import anyio
import httpx
from starlette.applications import Starlette

from ..client._client import AsyncBiliClient, BiliClient
from ..client.retries import RetryPolicy
from ..core.description import Description
from ..sandbox.accounts import SANDBOX_BILI_JCT, SANDBOX_ROOM_ID, SANDBOX_SESSDATA
from ..sandbox.app import Sandbox, create_app
from ..sandbox.chat.backend import ChatMessage
from ..sandbox.clock import Clock, ManualClock
from ..sandbox.faults import Faults
from ..sandbox.inprocess import AsyncSandboxTransport, SandboxTransport
from ..sandbox.request_log import RequestLog
from ..sandbox.stream.state import StreamState, stream_state
from ..sandbox.world import World

# The host in-process clients are given; nothing resolves it, nothing is sent over a network.
IN_PROCESS_URL = "http://sandbox.bilispec.invalid"
# The test clients retry as the default client does, without waiting between attempts: no backoff,
# no pause after risk control, and (below) no sleep for a Retry-After either.
RETRY_WITHOUT_WAITING = RetryPolicy(initial_delay=0.0, max_delay=0.0, jitter=0.0, risk_control_pause=0.0)


def _no_wait(seconds: float) -> None:
    """The test clients' sleep: the decisions (retry, give up) stay the client's; the waits go."""


async def _no_async_wait(seconds: float) -> None:
    """The async test clients' sleep."""


class InProcessSandbox(AbstractContextManager["InProcessSandbox"]):
    """One sandbox, answered in-process. `world`, `clock`, `faults` and `requests` are live views:
    after `reset()` they are the fresh world's."""

    base_url = IN_PROCESS_URL

    def __init__(self, world: World | None = None, *, desc: Description | None = None) -> None:
        self.app: Starlette = create_app(world if world is not None else World(ManualClock()), desc=desc)
        self._clients: list[httpx.Client] = []
        self._async_clients: list[httpx.AsyncClient] = []
        self.sandbox: Sandbox = self.app.state.sandbox
        # reset() clears these two in place; only the world is replaced.
        self.faults: Faults = self.sandbox.faults
        self.requests: RequestLog = self.sandbox.requests

    @property
    def world(self) -> World:
        return self.sandbox.world

    @property
    def clock(self) -> Clock:
        """The world's clock: a ManualClock unless a world with another was given (`clock.advance(s)`)."""
        return self.world.clock

    @property
    def stream(self) -> StreamState:
        """The message stream of the world: `say(uid, text)`, `gift(uid, ...)`, `entry(uid)` script
        viewers; `drop()` closes every connection; `sent`, `tokens_used`, `heartbeats` tell what
        happened. A command that breaks its schema in the AsyncAPI description raises here."""
        state = stream_state(self.world)
        state.raise_on_invalid = True
        return state

    def reset(self) -> None:
        self.sandbox.reset()

    # What a moderation bot's test asserts on: the room as its viewers and its anchor see it.

    def chat_messages(self, room_id: int = SANDBOX_ROOM_ID, *, shown_only: bool = True) -> list[ChatMessage]:
        """The room's chat, oldest first: what viewers saw, or (`shown_only=False`) also what a blocked
        keyword filtered (`.shown` False)."""
        messages = [m for m in self.world.chat.messages if m.room_id == room_id]
        return [m for m in messages if m.shown] if shown_only else messages

    def blocked_keywords(self, room_id: int = SANDBOX_ROOM_ID) -> list[str]:
        """The room's blocked keywords, in the order they were added."""
        return [k.keyword for k in self.world.keywords.of(room_id)]

    def room_admins(self, room_id: int = SANDBOX_ROOM_ID) -> list[int]:
        """The uids of the room's admins, in the order they were appointed."""
        return [a.uid for a in self.world.admins.of(room_id)]

    def room_muted(self, room_id: int = SANDBOX_ROOM_ID) -> bool:
        """Whether the room-wide mute is on now."""
        return self.world.room_mutes.current(room_id, self.world.now()) is not None

    def http(self, **kwargs: Any) -> httpx.Client:
        """A plain httpx.Client on the sandbox (no cookies unless given), for raw requests."""
        client = httpx.Client(transport=SandboxTransport(self.app), base_url=self.base_url, **kwargs)
        self._clients.append(client)
        return client

    def _login(self, sessdata: str, bili_jct: str, kwargs: dict[str, Any]) -> dict[str, Any]:
        return {
            "sessdata": sessdata,
            "bili_jct": bili_jct,
            "base_url": self.base_url,
            "retry": RETRY_WITHOUT_WAITING,
            **kwargs,
        }

    def client(self, sessdata: str = SANDBOX_SESSDATA, bili_jct: str = SANDBOX_BILI_JCT, **kwargs: Any) -> BiliClient:
        """A BiliClient on the sandbox, logged in as the test account unless told otherwise."""
        client = BiliClient(http_client=self.http(), **self._login(sessdata, bili_jct, kwargs))
        setattr(client, "_sleep", _no_wait)  # noqa: B010 (an instance override of the client's sleep)
        return client

    def async_client(
        self, sessdata: str = SANDBOX_SESSDATA, bili_jct: str = SANDBOX_BILI_JCT, **kwargs: Any
    ) -> AsyncBiliClient:
        """The same as an AsyncBiliClient."""
        http = httpx.AsyncClient(transport=AsyncSandboxTransport(self.app), base_url=self.base_url)
        self._async_clients.append(http)
        client = AsyncBiliClient(http_client=http, **self._login(sessdata, bili_jct, kwargs))
        setattr(client, "_sleep", _no_async_wait)  # noqa: B010
        return client

    def close(self) -> None:
        for client in self._clients:
            client.close()
        for async_client in self._async_clients:  # no socket and no loop held: any loop may close them
            anyio.run(async_client.aclose)
        self._clients.clear()
        self._async_clients.clear()

    def __exit__(self, *exc: object) -> None:
        self.close()
