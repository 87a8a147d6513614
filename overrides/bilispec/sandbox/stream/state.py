"""The message stream of one sandbox world: tokens handed out, connections listening, and what the
rooms say.

Every command leaves through `StreamState.emit`, which checks it against the AsyncAPI description
first: a command that breaks its schema is a sandbox bug, raised (the test kit) or logged and
dropped (a served sandbox). What the world does is watched, not hooked: each connection's loop calls
`tick()`, which compares the votes, mutes and rooms with what it saw last and emits what the real
room would (a vote's audit and states following the sandbox clock, ROOM_BLOCK_MSG for a mute,
LIVE / PREPARING for start and stop, ROOM_CHANGE for a new title or area, ROOM_SILENT_ON / OFF for
the room-wide mute, DANMU_MSG for a chat message sent through msg/send that was shown). Viewers are
scripted with `say`, `gift` and `entry`; what a viewer says is held to the room's rules as msg/send
is: not shown while the room-wide mute is on, nor when it holds a blocked keyword.

Connections and scripts may run on different threads (the sync in-process client runs the app on
a loop of its own): each subscriber is fed on its own loop.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import logging
import threading
import weakref
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from ...core.findings import Finding
from ...core.stream_messages import StreamDescription
from ..accounts import SANDBOX_ROOM_ID
from ..room_mute.backend import RoomMute
from ..votes.backend import AUDIT_FAILED, DURING, END, WAITING_AUDIT
from ..world import World
from . import emit

log = logging.getLogger("bilispec.sandbox")

HEARTBEAT = "heartbeat"  # a subscriber's queue item: answer a heartbeat
CLOSE = "close"  # a subscriber's queue item: drop the connection (a test's way to force a reconnect)
# The order a vote's states come in; a state the watcher skipped (the clock moved far) is sent too.
_VOTE_PATHS = {
    END: (WAITING_AUDIT, DURING, END),
    DURING: (WAITING_AUDIT, DURING),
    AUDIT_FAILED: (WAITING_AUDIT, AUDIT_FAILED),
}


class StreamCommandError(AssertionError):
    """The sandbox was about to send a command that breaks its schema in the AsyncAPI description."""


def check_command(command: dict[str, Any]) -> list[Finding]:
    """Findings of one command against the AsyncAPI description (spec/stream/asyncapi.yaml)."""
    return StreamDescription.load().check(command)


@dataclass(eq=False)
class Subscriber:
    """One authenticated connection, listening to one room."""

    room_id: int
    loop: asyncio.AbstractEventLoop
    queue: asyncio.Queue[Any] = field(default_factory=asyncio.Queue)
    thread: int = field(default_factory=threading.get_ident)

    def put(self, item: Any) -> None:
        if threading.get_ident() == self.thread:
            self.queue.put_nowait(item)
            return
        with contextlib.suppress(RuntimeError):  # its loop is closed: the connection is gone
            self.loop.call_soon_threadsafe(self.queue.put_nowait, item)


@dataclass
class Viewer:
    uid: int
    uname: str


class StreamState:
    """The stream side of one world."""

    def __init__(self, world: World) -> None:
        self._world = weakref.ref(world)
        self.lock = threading.RLock()
        self.tokens: dict[str, int] = {}  # token -> the real room id it was handed out for
        self.tokens_used: list[str] = []  # by accepted auth packets, in order (tests read how many)
        self.subscribers: list[Subscriber] = []
        self.popularity = 1
        self.heartbeats = 0
        self.sent: list[dict[str, Any]] = []  # every command emitted, in order
        self.refused: list[tuple[dict[str, Any], list[Finding]]] = []  # commands that broke their schema
        self.raise_on_invalid = False  # the test kit raises; a served sandbox logs and drops
        self.refuse_auth = False  # a test's way to see its bot handle a refused auth packet
        self.checker: Callable[[dict[str, Any]], list[Finding]] = check_command
        self._votes: dict[int, int] = {}
        self._mutes: set[int] = set()
        self._rooms: dict[int, tuple[bool, str, int]] = {}
        self._room_mutes: dict[int, RoomMute | None] = {}  # room id -> the room-wide mute last seen
        self._chat_seen = 0  # messages of world.chat already looked at
        self._issued = 0
        self._baseline(world)

    @property
    def world(self) -> World:
        world = self._world()
        assert world is not None
        return world

    # -- tokens ----------------------------------------------------------------------------------

    def issue_token(self, room_id: int) -> str:
        with self.lock:
            self._issued += 1
            seed = f"sandbox-token:{room_id}:{self._issued}".encode()
            token = hashlib.sha256(seed).hexdigest() + hashlib.md5(seed, usedforsecurity=False).hexdigest()
            self.tokens[token] = room_id
            return token

    def accept(self, room_id: Any, token: Any) -> bool:
        """Whether an auth packet's `roomid` and `key` match a token this world handed out."""
        with self.lock:
            if self.refuse_auth or not isinstance(token, str) or self.tokens.get(token) != room_id:
                return False
            self.tokens_used.append(token)
            return True

    # -- connections -----------------------------------------------------------------------------

    def subscribe(self, room_id: int) -> Subscriber:
        subscriber = Subscriber(room_id, asyncio.get_running_loop())
        with self.lock:
            self.subscribers.append(subscriber)
        return subscriber

    def unsubscribe(self, subscriber: Subscriber) -> None:
        with self.lock:
            if subscriber in self.subscribers:
                self.subscribers.remove(subscriber)

    def listening(self, room_id: int = SANDBOX_ROOM_ID) -> int:
        with self.lock:
            return sum(1 for s in self.subscribers if s.room_id == room_id)

    def drop(self, *, expire_tokens: bool = True) -> None:
        """Close every connection, as a server restart would; with `expire_tokens` the tokens handed out
        so far stop working, so a client must fetch a fresh one to get back in."""
        with self.lock:
            if expire_tokens:
                self.tokens.clear()
            for subscriber in list(self.subscribers):
                subscriber.put(CLOSE)

    # -- emitting --------------------------------------------------------------------------------

    def emit(self, room_id: int, command: dict[str, Any]) -> None:
        """The one way out: checked against the description, then sent to the room's connections."""
        refused = [f for f in self.checker(command) if f.rule != "drift"]
        if refused:
            text = "; ".join(str(f) for f in refused[:5])
            self.refused.append((command, refused))
            if self.raise_on_invalid:
                raise StreamCommandError(f"sandbox command {command.get('cmd')!r} breaks its schema: {text}")
            log.warning("sandbox dropped command %r, it breaks its schema: %s", command.get("cmd"), text)
            return
        with self.lock:
            self.sent.append(command)
            for subscriber in self.subscribers:
                if subscriber.room_id == room_id:
                    subscriber.put(command)

    def _viewer(self, uid: int, uname: str | None) -> Viewer:
        account = self.world.account_by_uid(uid)
        return Viewer(uid, uname or (account.uname if account else f"观众{uid}"))

    def say(self, uid: int, text: str, *, uname: str | None = None, room_id: int = SANDBOX_ROOM_ID) -> bool:
        """A viewer sends a danmaku (DANMU_MSG). False when the room did not show it: the room-wide
        mute is on (the anchor and admins still speak), or the text holds a blocked keyword."""
        viewer, world = self._viewer(uid, uname), self.world
        anchor = world.account_by_room(room_id)
        moderator = (anchor is not None and anchor.uid == uid) or world.admins.is_admin(room_id, uid)
        if world.room_mutes.current(room_id, world.now()) is not None and not moderator:
            return False
        if world.keywords.blocks(room_id, text):
            return False
        self.emit(room_id, emit.danmaku(world.clock, viewer.uid, viewer.uname, text))
        return True

    def gift(
        self,
        uid: int,
        name: str = "小花花",
        num: int = 1,
        *,
        gift_id: int = 31036,
        price: int = 100,
        uname: str | None = None,
        room_id: int = SANDBOX_ROOM_ID,
    ) -> None:
        """A viewer sends `num` gifts (SEND_GIFT)."""
        viewer = self._viewer(uid, uname)
        anchor = self.world.account_by_room(room_id)
        to = (anchor.uid, anchor.uname) if anchor else (0, "")
        self.emit(room_id, emit.gift(self.world.clock, viewer.uid, viewer.uname, to, name, gift_id, num, price))

    def entry(self, uid: int, *, uname: str | None = None, room_id: int = SANDBOX_ROOM_ID) -> None:
        """A viewer enters the room (INTERACT_WORD, msg_type 1)."""
        viewer = self._viewer(uid, uname)
        self.emit(room_id, emit.entry(self.world.clock, viewer.uid, viewer.uname, room_id))

    # -- what the world did ----------------------------------------------------------------------

    def _baseline(self, world: World) -> None:
        now = world.now()
        self._votes = {v.interaction_id: v.status(now) for v in world.votes.votes}
        self._mutes = {m.id for m in world.silent_users.mutes}
        self._rooms = {r.room_id: (r.live, r.title, r.area_id) for r in world.rooms.rooms.values()}
        self._room_mutes = {room_id: world.room_mutes.current(room_id, now) for room_id in world.rooms.rooms}
        self._chat_seen = len(world.chat.messages)

    def tick(self) -> None:
        """Emit what changed in the world since the last tick (or since this state was made)."""
        world = self.world
        with self.lock:
            now = world.now()
            for vote in world.votes.votes:
                status, last = vote.status(now), self._votes.get(vote.interaction_id)
                if status == last:
                    continue
                self._votes[vote.interaction_id] = status
                path = _VOTE_PATHS.get(status, (status,))
                for step in path[path.index(last) + 1 :] if last in path else path:
                    self.emit(vote.room_id, emit.vote(vote, step, world.clock))
            for mute in world.silent_users.mutes:
                if mute.id not in self._mutes:
                    self._mutes.add(mute.id)
                    anchor = world.account_by_room(mute.room_id)
                    self.emit(mute.room_id, emit.room_block(mute, anchor.uid if anchor else 0))
            for room in world.rooms.rooms.values():
                seen = (room.live, room.title, room.area_id)
                last_room = self._rooms.get(room.room_id)
                self._rooms[room.room_id] = seen
                if last_room is None or last_room == seen:
                    continue
                if room.live != last_room[0]:
                    self.emit(room.room_id, emit.live(room) if room.live else emit.preparing(room, world.clock))
                if seen[1:] != last_room[1:]:
                    self.emit(room.room_id, emit.room_change(room))
            for room_id in world.rooms.rooms:
                room_mute = world.room_mutes.current(room_id, now)
                if room_mute is not self._room_mutes.get(room_id):
                    self._room_mutes[room_id] = room_mute
                    self.emit(room_id, emit.room_silent(room_mute))
            for message in world.chat.messages[self._chat_seen :]:  # msg/send: what the room showed
                if message.shown:
                    self.emit(message.room_id, emit.danmaku(world.clock, message.uid, message.uname, message.text))
            self._chat_seen = len(world.chat.messages)


_STATES: weakref.WeakKeyDictionary[World, StreamState] = weakref.WeakKeyDictionary()
_STATES_LOCK = threading.Lock()


def stream_state(world: World) -> StreamState:
    """The stream state of a world, made on first use (its baseline: the world as it is then)."""
    with _STATES_LOCK:
        state = _STATES.get(world)
        if state is None:
            state = _STATES[world] = StreamState(world)
        return state
