"""The live message stream: `client.stream(room_id)`, events in, heartbeats out, reconnects.

    async with client.stream(room_id) as events:      # AsyncBiliClient
        async for event in events:
            ...
    with client.stream(room_id) as events:            # BiliClient: the same, a plain iterator
        for event in events:
            ...

The WebSocket is httpx-ws's, opened through the client's own httpx client: the upgrade request
goes through the same transport chain as every call (the bilispec transport hands requests that
are not operations straight to the inner transport, without cookies), so proxies, limits, event
hooks and the test kit's in-process transport apply to the stream as to the API.

Getting in: the room's token and hosts from getDanmuInfo (client.message_stream.danmu_info, WBI
signed with a buvid3, through `call()`), then the auth packet (core/frames.auth_body) with the token,
the buvid and the logged-in uid. An auth reply other than `{"code": 0}` raises StreamAuthError.
Heartbeats go every 30 s (`StreamPolicy`; its `clock` is injectable); a heartbeat reply updates
`popularity`. A dropped connection is reopened with exponential backoff on the next host, with a
fresh token; `max_reconnects` failures in a row raise StreamClosedError.

Each command becomes an event (client/events.py): a class per described command, a RawEvent for
an unknown cmd (never dropped), and a command that breaks its schema still arrives, with its
`findings`. Token, buvid and cookies are never logged, never in a repr or an exception.

Both drivers share `_Link` (no I/O); they differ in `await`, as the transports do.
"""

from __future__ import annotations

import contextlib
import logging
import queue
import random
import time
from collections import deque
from collections.abc import AsyncIterator, Callable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Unpack

import httpx
from httpx_ws import HTTPXWSException, aconnect_ws, connect_ws

from ..core import frames
from ..core.errors import APIConnectionError, BiliError
from . import events as stream_events
from .events import Event, VoteInteraction
from .namespaces.votes import VoteOptions

if TYPE_CHECKING:
    from bilispec_generated.models import DanmuInfo

    from ._client import AsyncBiliClient, BiliClient
    from .wbi import Device

log = logging.getLogger("bilispec")

SUB_PATH = "/sub"
# Vote states on the stream (DM_INTERACTION type 101) after which a vote changes no more.
VOTE_FINAL_STATES = frozenset({2, 5, 6})  # AUDIT_FAILED, END, STOP
MIN_WAIT = 0.05  # seconds a receive waits at least, whatever the (injected) clock says


@dataclass(frozen=True)
class StreamPolicy:
    """How a stream keeps its connection: heartbeats, reconnects and their backoff."""

    heartbeat_interval: float = 30.0
    initial_backoff: float = 1.0  # seconds before the first reconnect, doubled each time
    max_backoff: float = 30.0
    jitter: float = 0.5
    max_reconnects: int | None = 10  # failed attempts in a row before StreamClosedError; None: forever
    auth_timeout: float = 10.0  # seconds for the auth reply
    clock: Callable[[], float] = time.monotonic  # when heartbeats are due (tests give their own)

    def backoff(self, attempt: int) -> float:
        return min(self.initial_backoff * 2.0 ** (attempt - 1), self.max_backoff) + random.uniform(0, self.jitter)


class StreamAuthError(BiliError):
    """The stream refused the auth packet (its auth reply's `code`, or no reply at all)."""

    def __init__(self, message: str, *, code: int | None) -> None:
        self.code = code
        super().__init__(message, operation="message_stream")


class StreamClosedError(APIConnectionError):
    """The stream's connection was lost and could not be opened again within `max_reconnects`."""


def stream_urls(info: DanmuInfo, base_url: str | None) -> list[str]:
    """The WebSocket URLs of getDanmuInfo's hosts, in its order: `wss://<host>:<wss_port>/sub` on the
    API, `ws://<host>:<ws_port>/sub` on a plain-http base_url (a local sandbox). Written with the
    http(s) scheme httpx sends the upgrade request with."""
    plain = base_url is not None and base_url.startswith("http://")
    urls: list[str] = []
    for host in info.host_list:
        port = host.ws_port if plain else host.wss_port
        port = port if isinstance(port, int) else (80 if plain else 443)
        urls.append(f"{'http' if plain else 'https'}://{host.host}:{port}{SUB_PATH}")
    return urls


class _Link:
    """One room's connection state, without I/O: packets to send, events from what arrives."""

    def __init__(self, room_id: int, device: Device, policy: StreamPolicy) -> None:
        self.room_id = room_id
        self.device = device
        self.policy = policy
        self.popularity: int | None = None
        self.next_beat = 0.0
        self.urls: list[str] = []
        self.host_index = 0
        self.failures = 0

    def __repr__(self) -> str:
        return f"_Link(room_id={self.room_id}, popularity={self.popularity})"

    def auth_packet(self, token: str) -> bytes:
        """The first packet; it holds the token and the buvid: never logged."""
        return frames.auth_body(self.room_id, token, uid=self.device.uid, buvid=self.device.buvid3 or "")

    def authenticated(self, data: bytes) -> list[Event]:
        """The events of the first message, which must open with an auth reply of code 0."""
        try:
            packets = frames.decode(data)
        except frames.FrameError as exc:
            raise StreamAuthError(f"room {self.room_id}: the auth reply is not a packet ({exc})", code=None) from None
        if not packets or packets[0].operation != frames.Operation.AUTH_REPLY:
            raise StreamAuthError(f"room {self.room_id}: the first packet is not an auth reply", code=None)
        try:
            reply = packets[0].json()
        except frames.FrameError:
            reply = None
        code = reply.get("code") if isinstance(reply, dict) else None
        if code != 0:
            raise StreamAuthError(f"room {self.room_id}: the stream refused the auth packet (code {code})", code=code)
        self.next_beat = self.policy.clock()  # the first heartbeat goes right away, as browsers send it
        return self._events(packets[1:])

    def received(self, data: bytes) -> list[Event]:
        try:
            packets = frames.decode(data)
        except frames.FrameError as exc:  # one bad message is skipped, the stream goes on
            log.warning("message stream room %d: skipped a message that is not a packet: %s", self.room_id, exc)
            return []
        return self._events(packets)

    def _events(self, packets: list[frames.Packet]) -> list[Event]:
        found: list[Event] = []
        for packet in packets:
            if packet.operation == frames.Operation.HEARTBEAT_REPLY:
                with contextlib.suppress(frames.FrameError):
                    self.popularity = packet.popularity()
            elif packet.operation == frames.Operation.COMMAND:
                try:
                    command = packet.json()
                except frames.FrameError as exc:
                    log.warning("message stream room %d: skipped a command that is not JSON: %s", self.room_id, exc)
                    continue
                if isinstance(command, dict):
                    found.append(stream_events.parse(command))
        return found

    def beat_wait(self) -> float:
        """Seconds until the next heartbeat is due (0: now)."""
        return max(0.0, self.next_beat - self.policy.clock())

    def beat_sent(self) -> None:
        self.next_beat = self.policy.clock() + self.policy.heartbeat_interval

    def next_url(self) -> str:
        url = self.urls[self.host_index % len(self.urls)]
        self.host_index += 1
        return url

    def failed(self) -> float:
        """A connection attempt failed or was lost: the seconds to wait before the next one."""
        self.failures += 1
        limit = self.policy.max_reconnects
        if limit is not None and self.failures > limit:
            raise StreamClosedError(
                f"room {self.room_id}: the message stream could not be reopened after {limit} attempts",
                operation="message_stream",
            )
        return self.policy.backoff(self.failures)


_LOST = (HTTPXWSException, httpx.HTTPError, OSError, frames.FrameError)
_WS_OPTIONS: dict[str, Any] = {"keepalive_ping_interval_seconds": None}  # the stream has heartbeats of its own


def _is_vote(event: Event, vote_id: int) -> tuple[bool, int | None]:
    """Whether `event` is the vote's DM_INTERACTION 101, and its state."""
    if not isinstance(event, VoteInteraction) or event.vote_id != vote_id:
        return False, None
    return True, event.state


class AsyncLiveStream:
    """The async stream of one room: `async with client.stream(room_id) as events`. Iterate it in the
    task that opened it (httpx-ws keeps the connection in a task group of that task)."""

    def __init__(self, client: AsyncBiliClient, room_id: int, policy: StreamPolicy) -> None:
        self._client = client
        self._room_id = room_id
        self.policy = policy
        self._link: _Link | None = None
        self._ws: Any = None
        self._stack: contextlib.AsyncExitStack | None = None
        self._pending: deque[Event] = deque()

    def __repr__(self) -> str:
        return f"AsyncLiveStream(room_id={self._room_id}, connected={self._ws is not None})"

    @property
    def room_id(self) -> int:
        """The real room id (a short one given is resolved first)."""
        return self._link.room_id if self._link else self._room_id

    @property
    def popularity(self) -> int | None:
        """The figure of the last heartbeat reply (None before the first)."""
        return self._link.popularity if self._link else None

    async def __aenter__(self) -> AsyncLiveStream:
        room_id = await _aresolve(self._client, self._room_id)
        self._link = _Link(room_id, self._client._engine.device, self.policy)
        await self._open()
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self._close()

    async def _open(self) -> None:
        """getDanmuInfo (a fresh token), then connect and authenticate on the next host."""
        link = self._link
        assert link is not None
        info = await self._client.message_stream.danmu_info(link.room_id)
        link.urls = stream_urls(info, self._client._engine.base_url)
        if not link.urls:
            raise StreamClosedError(f"room {link.room_id}: getDanmuInfo named no host", operation="message_stream")
        url = link.next_url()
        stack = contextlib.AsyncExitStack()
        try:
            ws = await stack.enter_async_context(aconnect_ws(url, self._client._http, **_WS_OPTIONS))
            await ws.send_bytes(link.auth_packet(info.token))
            try:
                first = await ws.receive_bytes(timeout=self.policy.auth_timeout)
            except TimeoutError:
                raise StreamAuthError(f"room {link.room_id}: no auth reply", code=None) from None
            self._pending.extend(link.authenticated(first))
        except BaseException:
            with contextlib.suppress(Exception):
                await stack.aclose()
            raise
        self._stack, self._ws = stack, ws
        link.failures = 0
        log.info("message stream room %d: connected to %s", link.room_id, httpx.URL(url).host)

    async def _close(self) -> None:
        stack, self._stack, self._ws = self._stack, None, None
        if stack is not None:
            with contextlib.suppress(Exception):
                await stack.aclose()

    async def _reconnect(self) -> None:
        link = self._link
        assert link is not None
        await self._close()
        while True:
            await self._client._sleep(link.failed())
            try:
                await self._open()
                return
            except (*_LOST, StreamAuthError, APIConnectionError) as exc:
                if isinstance(exc, StreamClosedError):
                    raise
                log.warning("message stream room %d: reconnect failed (%s)", link.room_id, type(exc).__name__)

    def __aiter__(self) -> AsyncLiveStream:
        return self

    async def __anext__(self) -> Event:
        while not self._pending:
            await self._pump()
        return self._pending.popleft()

    async def _pump(self) -> None:
        link = self._link
        if link is None:
            raise RuntimeError("iterate the stream inside `async with client.stream(room_id) as events`")
        if self._ws is None:
            await self._reconnect()
            return
        try:
            if link.beat_wait() <= 0:
                await self._ws.send_bytes(frames.heartbeat())
                link.beat_sent()
            data = await self._ws.receive_bytes(timeout=max(link.beat_wait(), MIN_WAIT))
        except TimeoutError:
            return
        except _LOST as exc:
            log.info("message stream room %d: connection lost (%s)", link.room_id, type(exc).__name__)
            await self._reconnect()
            return
        self._pending.extend(link.received(data))

    async def follow_vote(self, vote_id: int) -> AsyncIterator[Event]:
        """The vote's DM_INTERACTION 101 events (its audit, then running, then its result), ending
        after a final state (2 refused, 5 ended, 6 stopped). Other events meanwhile are kept for
        the stream's own iteration."""
        skipped: list[Event] = []
        try:
            async for event in self:
                is_vote, state = _is_vote(event, vote_id)
                if not is_vote:
                    skipped.append(event)
                    continue
                yield event
                if state in VOTE_FINAL_STATES:
                    return
        finally:
            self._pending.extendleft(reversed(skipped))


class LiveStream:
    """The sync stream of one room: `with client.stream(room_id) as events: for event in events`."""

    def __init__(self, client: BiliClient, room_id: int, policy: StreamPolicy) -> None:
        self._client = client
        self._room_id = room_id
        self.policy = policy
        self._link: _Link | None = None
        self._ws: Any = None
        self._stack: contextlib.ExitStack | None = None
        self._pending: deque[Event] = deque()

    def __repr__(self) -> str:
        return f"LiveStream(room_id={self._room_id}, connected={self._ws is not None})"

    @property
    def room_id(self) -> int:
        return self._link.room_id if self._link else self._room_id

    @property
    def popularity(self) -> int | None:
        return self._link.popularity if self._link else None

    def __enter__(self) -> LiveStream:
        room_id = _resolve(self._client, self._room_id)
        self._link = _Link(room_id, self._client._engine.device, self.policy)
        self._open()
        return self

    def __exit__(self, *exc: object) -> None:
        self._close()

    def _open(self) -> None:
        link = self._link
        assert link is not None
        info = self._client.message_stream.danmu_info(link.room_id)
        link.urls = stream_urls(info, self._client._engine.base_url)
        if not link.urls:
            raise StreamClosedError(f"room {link.room_id}: getDanmuInfo named no host", operation="message_stream")
        url = link.next_url()
        stack = contextlib.ExitStack()
        try:
            ws = stack.enter_context(connect_ws(url, self._client._http, **_WS_OPTIONS))
            ws.send_bytes(link.auth_packet(info.token))
            try:
                first = ws.receive_bytes(timeout=self.policy.auth_timeout)
            except queue.Empty:
                raise StreamAuthError(f"room {link.room_id}: no auth reply", code=None) from None
            self._pending.extend(link.authenticated(first))
        except BaseException:
            with contextlib.suppress(Exception):
                stack.close()
            raise
        self._stack, self._ws = stack, ws
        link.failures = 0
        log.info("message stream room %d: connected to %s", link.room_id, httpx.URL(url).host)

    def _close(self) -> None:
        stack, self._stack, self._ws = self._stack, None, None
        if stack is not None:
            with contextlib.suppress(Exception):
                stack.close()

    def _reconnect(self) -> None:
        link = self._link
        assert link is not None
        self._close()
        while True:
            self._client._sleep(link.failed())
            try:
                self._open()
                return
            except (*_LOST, StreamAuthError, APIConnectionError) as exc:
                if isinstance(exc, StreamClosedError):
                    raise
                log.warning("message stream room %d: reconnect failed (%s)", link.room_id, type(exc).__name__)

    def __iter__(self) -> LiveStream:
        return self

    def __next__(self) -> Event:
        while not self._pending:
            self._pump()
        return self._pending.popleft()

    def _pump(self) -> None:
        link = self._link
        if link is None:
            raise RuntimeError("iterate the stream inside `with client.stream(room_id) as events`")
        if self._ws is None:
            self._reconnect()
            return
        try:
            if link.beat_wait() <= 0:
                self._ws.send_bytes(frames.heartbeat())
                link.beat_sent()
            data = self._ws.receive_bytes(timeout=max(link.beat_wait(), MIN_WAIT))
        except queue.Empty:
            return
        except _LOST as exc:
            log.info("message stream room %d: connection lost (%s)", link.room_id, type(exc).__name__)
            self._reconnect()
            return
        self._pending.extend(link.received(data))

    def follow_vote(self, vote_id: int) -> Iterator[Event]:
        """The sync twin of AsyncLiveStream.follow_vote."""
        skipped: list[Event] = []
        try:
            for event in self:
                is_vote, state = _is_vote(event, vote_id)
                if not is_vote:
                    skipped.append(event)
                    continue
                yield event
                if state in VOTE_FINAL_STATES:
                    return
        finally:
            self._pending.extendleft(reversed(skipped))


ROOM_INIT = "room_init"  # resolves a short room id to the real one, where the description has it


def _real_id(room_id: int, found: Any) -> int:
    real = getattr(found, "room_id", None)
    return real if isinstance(real, int) and real > 0 else room_id


def _resolve(client: BiliClient, room_id: int) -> int:
    """The real room id: room_init's answer when the description has it, else the id as given (a
    failed lookup keeps the id given: getDanmuInfo then says whether the room exists)."""
    if ROOM_INIT not in client._engine.description.operations:
        return room_id
    try:
        return _real_id(room_id, client.call(ROOM_INIT, id=room_id))
    except BiliError as exc:
        log.info("message stream room %d: room_init failed (%s), using the id as given", room_id, type(exc).__name__)
        return room_id


async def _aresolve(client: AsyncBiliClient, room_id: int) -> int:
    if ROOM_INIT not in client._engine.description.operations:
        return room_id
    try:
        return _real_id(room_id, await client.call(ROOM_INIT, id=room_id))
    except BiliError as exc:
        log.info("message stream room %d: room_init failed (%s), using the id as given", room_id, type(exc).__name__)
        return room_id


class SyncStreaming:
    """What BiliClient adds for the message stream."""

    def stream(self, room_id: int, *, policy: StreamPolicy | None = None) -> LiveStream:
        """The room's live message stream (直播间信息流): `with client.stream(room_id) as events:
        for event in events: ...`. See bilispec.client.stream for what arrives and how it reconnects."""
        return LiveStream(self, room_id, policy or StreamPolicy())  # type: ignore[arg-type]

    def create_and_follow_vote(
        self, room_id: int, *, policy: StreamPolicy | None = None, **vote: Unpack[VoteOptions]
    ) -> Iterator[Event]:
        """Open the room's stream, create a vote (votes.create's arguments), and yield its
        DM_INTERACTION 101 events until its result: waiting for audit, running, ended (or refused,
        or stopped)."""
        with self.stream(room_id, policy=policy) as events:
            created = self.votes.create(room_id, **vote)  # type: ignore[attr-defined]
            yield from events.follow_vote(created.interaction_id)


class AsyncStreaming:
    """What AsyncBiliClient adds for the message stream."""

    def stream(self, room_id: int, *, policy: StreamPolicy | None = None) -> AsyncLiveStream:
        """The room's live message stream: `async with client.stream(room_id) as events:
        async for event in events: ...`."""
        return AsyncLiveStream(self, room_id, policy or StreamPolicy())  # type: ignore[arg-type]

    async def create_and_follow_vote(
        self, room_id: int, *, policy: StreamPolicy | None = None, **vote: Unpack[VoteOptions]
    ) -> AsyncIterator[Event]:
        """The async twin of BiliClient.create_and_follow_vote."""
        async with self.stream(room_id, policy=policy) as events:
            created = await self.votes.create(room_id, **vote)  # type: ignore[attr-defined]
            async for event in events.follow_vote(created.interaction_id):
                yield event
