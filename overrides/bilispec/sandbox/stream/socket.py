"""The message stream's WebSocket, `/sub`, with the real framing (core/frames.py).

The first packet must be the auth packet (operation 7) whose `key` is a token getDanmuInfo handed
out for its `roomid`: the answer is the auth reply (operation 8) `{"code": 0}`, or `{"code": -101}`
and the connection closed. Then the room's commands arrive as brotli batches (protocol 3) of every
command that came up since the last one, each heartbeat (operation 2) is answered with a heartbeat
reply carrying the popularity figure, and every POLL seconds the world is looked at for what
changed (state.tick).
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Callable
from typing import Any

from starlette.websockets import WebSocket, WebSocketDisconnect

from ...core import frames
from ..world import World
from .state import CLOSE, HEARTBEAT, StreamCommandError, StreamState, Subscriber, log, stream_state

SUB_PATH = "/sub"
AUTH_TIMEOUT = 10.0  # seconds for the first packet, as the real server closes a silent connection
POLL = 0.05  # seconds between looks at the world (votes follow its clock)
AUTH_FAILED = -101
BATCH_WINDOW = 0.02  # seconds: commands that come up this close together leave as one batch
_GONE = "gone"  # the client went away


async def _auth(websocket: WebSocket, state: StreamState) -> int | None:
    """The room an auth packet opens, or None (then the refusal is sent here; the caller sends the
    welcome once the connection listens to the room)."""
    try:
        message = await asyncio.wait_for(websocket.receive(), AUTH_TIMEOUT)
        packets = frames.decode(message.get("bytes") or b"")
        body = packets[0].json() if packets and packets[0].operation == frames.Operation.AUTH else None
    except (TimeoutError, frames.FrameError, WebSocketDisconnect, RuntimeError):
        body = None
    room_id = body.get("roomid") if isinstance(body, dict) else None
    if isinstance(room_id, str) and room_id.isdigit():
        room_id = int(room_id)
    if not isinstance(room_id, int) or not state.accept(room_id, body.get("key") if body else None):
        with contextlib.suppress(Exception):
            await websocket.send_bytes(frames.auth_reply(AUTH_FAILED))
        return None
    return room_id


async def _read(websocket: WebSocket, state: StreamState, subscriber: Subscriber) -> None:
    """What the client sends after auth: heartbeats, answered by the writer; anything else is ignored."""
    try:
        while True:
            message = await websocket.receive()
            if message["type"] == "websocket.disconnect":
                break
            try:
                packets = frames.decode(message.get("bytes") or b"")
            except frames.FrameError:
                continue
            for packet in packets:
                if packet.operation == frames.Operation.HEARTBEAT:
                    with state.lock:
                        state.heartbeats += 1
                    subscriber.put(HEARTBEAT)
    except (WebSocketDisconnect, RuntimeError):
        pass
    subscriber.put(_GONE)


async def _batch(subscriber: Subscriber) -> list[Any]:
    """What came up within POLL seconds: the first item, and all that follow it within BATCH_WINDOW
    (the real server, too, sends what piled up in a moment as one batch)."""
    items: list[Any] = []
    with contextlib.suppress(TimeoutError):
        items.append(await asyncio.wait_for(subscriber.queue.get(), POLL))
    if items and items[0] != HEARTBEAT:
        await asyncio.sleep(BATCH_WINDOW)
    while not subscriber.queue.empty():
        items.append(subscriber.queue.get_nowait())
    return items


async def _serve(websocket: WebSocket, state: StreamState, subscriber: Subscriber) -> None:
    while True:
        try:
            state.tick()
        except StreamCommandError as exc:  # recorded in state.refused; the connection goes on
            log.error("%s", exc)
        items = await _batch(subscriber)
        commands = [item for item in items if isinstance(item, dict)]
        if commands:
            packets = [frames.encode_command(command) for command in commands]
            await websocket.send_bytes(frames.encode_batch(packets))
        for item in items:
            if item == HEARTBEAT:
                await websocket.send_bytes(frames.heartbeat_reply(state.popularity))
        if _GONE in items:
            return
        if CLOSE in items:
            await websocket.close(code=1011)
            return


def stream_endpoint(world: Callable[[], World]) -> Callable[[WebSocket], Any]:
    """The `/sub` endpoint of a sandbox whose current world `world()` returns."""

    async def endpoint(websocket: WebSocket) -> None:
        await websocket.accept()
        state = stream_state(world())
        room_id = await _auth(websocket, state)
        if room_id is None:
            with contextlib.suppress(Exception):
                await websocket.close(code=1008)
            return
        # Listening before the auth reply leaves: a client may act on the room as soon as it has the
        # reply (a viewer speaks), and what happens from then on must reach it, as on the real stream.
        subscriber = state.subscribe(room_id)
        reader: asyncio.Future[None] | None = None
        try:
            await websocket.send_bytes(frames.auth_reply(0))
            reader = asyncio.ensure_future(_read(websocket, state, subscriber))
            await _serve(websocket, state, subscriber)
        except (WebSocketDisconnect, RuntimeError, OSError):
            pass  # the client went away mid-send
        finally:
            state.unsubscribe(subscriber)
            if reader is not None:
                reader.cancel()
                with contextlib.suppress(asyncio.CancelledError, Exception):
                    await reader

    return endpoint
