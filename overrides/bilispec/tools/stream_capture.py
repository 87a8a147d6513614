"""Recorded message streams for `bilispec validate`: a HAR entry's WebSocket frames, or JSON lines.

Two inputs carry the live message stream:

- a Chrome HAR whose WebSocket entry holds `_webSocketMessages`: `{type: send|receive, time,
  opcode (1 text, 2 binary), data}`, binary data in base64. Each received frame is decoded with
  core/frames.py (zlib and brotli batches expanded) and every command in it is judged; sent frames
  (auth, heartbeats) are skipped: the auth body holds the token (`key`) and buvid, which are
  never read into a result or printed;
- JSON lines (or a single document) of decoded commands: a JSON object with a string `cmd` read by
  capture's one line reader (`documents.line_items`), whatever else the file holds beside it, becomes a
  StreamMessage here (`line_message`).

Each command becomes a StreamMessage; `judge` checks it against the AsyncAPI description
(core/stream_messages.py): invalid (breaks its message's schema), drift (an undescribed cmd or
member) or valid. A frame or line that cannot be read is a StreamMessage with a `problem`.
"""

from __future__ import annotations

import base64
import binascii
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

from ..core import frames
from ..core.findings import Finding
from ..core.jsonread import read_json
from ..core.scrub import scrub_text
from ..core.stream_messages import StreamDescription, command_name

# A message stream is one long-lived entry: bound what one entry may hold, as capture bounds bodies.
MAX_MESSAGES_PER_ENTRY = 1_000_000
STREAM_METHOD = "WS"  # the "method" a stream message is listed with


@dataclass
class StreamMessage:
    """One command from a recorded stream, or why a frame or line could not be read."""

    file: str
    entry: int | None  # the HAR entry's index; None for a JSON-lines file
    position: str  # "frame 12" (of the entry's messages, from 0) or "line 3" (from 1)
    url: str | None = None  # the WebSocket's URL, no query (the query may carry a token)
    command: dict[str, Any] | None = None
    problem: str | None = None

    @property
    def source(self) -> str:
        where = self.file if self.entry is None else f"{self.file}#{self.entry}"
        return f"{where} {self.position}"


@dataclass
class Verdict:
    outcome: str  # invalid, drift, valid
    cmd: str
    violations: list[Finding] = field(default_factory=list)
    drift: list[Finding] = field(default_factory=list)


def is_stream_entry(entry: Any) -> bool:
    """A HAR entry that recorded a WebSocket's messages."""
    return isinstance(entry, dict) and isinstance(entry.get("_webSocketMessages"), list)


def _url(entry: dict[str, Any]) -> str | None:
    request = entry.get("request")
    url = request.get("url") if isinstance(request, dict) else None
    if not isinstance(url, str):
        return None
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    return scrub_text(f"{parts.scheme}://{parts.netloc}{parts.path}")


def har_entry_messages(name: str, index: int, entry: dict[str, Any]) -> Iterator[StreamMessage]:
    """Every command the server sent in one HAR WebSocket entry, in order."""
    url = _url(entry)
    messages = entry["_webSocketMessages"]
    for number, message in enumerate(messages[:MAX_MESSAGES_PER_ENTRY]):
        position = f"frame {number}"
        if not isinstance(message, dict):
            yield StreamMessage(name, index, position, url, problem="WebSocket message is not an object")
            continue
        if message.get("type") == "send":
            continue  # auth (the token, the buvid) and heartbeats: never decoded here
        if message.get("type") != "receive":
            yield StreamMessage(name, index, position, url, problem=f"unknown message type {message.get('type')!r}")
            continue
        yield from _frame(name, index, position, url, message)
    if len(messages) > MAX_MESSAGES_PER_ENTRY:
        problem = f"more than {MAX_MESSAGES_PER_ENTRY} WebSocket messages: the rest are not read"
        yield StreamMessage(name, index, f"frame {MAX_MESSAGES_PER_ENTRY}", url, problem=problem)


def _frame(name: str, index: int, position: str, url: str | None, message: dict[str, Any]) -> Iterator[StreamMessage]:
    data = message.get("data")
    if not isinstance(data, str):
        yield StreamMessage(name, index, position, url, problem="WebSocket message without string data")
        return
    opcode = message.get("opcode")
    if opcode == 1:  # a text frame: a command as JSON text
        yield from _commands_of_text(name, index, position, url, data)
        return
    if opcode != 2:
        yield StreamMessage(name, index, position, url, problem=f"unknown WebSocket opcode {opcode!r}")
        return
    try:
        raw = base64.b64decode(data, validate=True)
        packets = frames.decode(raw)
    except (binascii.Error, ValueError) as exc:  # FrameError is a ValueError
        yield StreamMessage(name, index, position, url, problem=f"binary frame cannot be decoded: {exc}")
        return
    commands = sum(packet.operation == frames.Operation.COMMAND for packet in packets)
    for number, packet in enumerate(packets):
        if commands > 1:  # a batch: say which of its commands
            position = f"{position.split(' command ')[0]} command {number}"
        if packet.operation == frames.Operation.COMMAND:
            try:
                command = packet.json()
            except frames.FrameError as exc:
                yield StreamMessage(name, index, position, url, problem=str(exc))
                continue
            yield _message(name, index, position, url, command)
        elif packet.operation == frames.Operation.AUTH_REPLY:
            yield from _auth_reply(name, index, position, url, packet)


def _auth_reply(
    name: str, index: int, position: str, url: str | None, packet: frames.Packet
) -> Iterator[StreamMessage]:
    try:
        reply = packet.json()
    except frames.FrameError as exc:
        yield StreamMessage(name, index, position, url, problem=str(exc))
        return
    code = reply.get("code") if isinstance(reply, dict) else None
    if code != 0:
        yield StreamMessage(name, index, position, url, problem=f"auth refused: the auth reply's code is {code!r}")


def _commands_of_text(
    name: str, index: int | None, position: str, url: str | None, text: str
) -> Iterator[StreamMessage]:
    try:
        value = read_json(text)
    except (ValueError, RecursionError) as exc:
        yield StreamMessage(name, index, position, url, problem=f"not JSON: {str(exc)[:120]}")
        return
    yield _message(name, index, position, url, value)


def _message(name: str, index: int | None, position: str, url: str | None, value: Any) -> StreamMessage:
    if not isinstance(value, dict):
        return StreamMessage(
            name, index, position, url, problem=f"a command is a JSON object, not {type(value).__name__}"
        )
    return StreamMessage(name, index, position, url, command=value)


def line_message(name: str, index: int, value: Any) -> StreamMessage:
    """One decoded command read from a line (or a value) of a larger capture."""
    return _message(name, index, f"line {index + 1}", None, value)


def judge_stream(message: StreamMessage, description: StreamDescription | None = None) -> Verdict:
    """A command against its message in the AsyncAPI description."""
    assert message.command is not None, "judge a command, not a problem"
    desc = description or StreamDescription.load()
    findings = desc.check(message.command)
    violations = [f for f in findings if f.kind == "violation"]
    drifted = [f for f in findings if f.kind != "violation"]
    outcome = "invalid" if violations else "drift" if drifted else "valid"
    return Verdict(outcome, command_name(message.command) or "?", violations, drifted)
