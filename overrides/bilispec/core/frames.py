"""The live message stream's framing: bytes in, packets out, and back. No I/O (h11 style).

Every packet is a 16-byte big-endian header (total length u32, header length u16, protocol
version u16, operation u32, sequence u32) followed by its body. Version 2 (zlib) and 3 (brotli)
bodies hold a batch of whole packets, themselves version 0 (a JSON command) or 1. The client, the
sandbox and `bilispec validate` all read and write frames here, so the three agree on the wire.

Sources: SocialSisterYi/bilibili-API-collect docs/live/message_stream.md; xfgryujk/blivedm
blivedm/clients/ws_base.py.
"""

from __future__ import annotations

import json
import struct
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from enum import IntEnum
from typing import Any

import brotli

from .errors import BiliError
from .jsonread import read_json

HEADER = struct.Struct(">IHHII")
HEADER_SIZE = HEADER.size  # 16

# A frame, or the batch a compressed body expands to, may hold at most this many bytes: the largest
# batches seen carry a few hundred commands of under 2 KiB each, so 16 MiB is generous and still
# bounds a decompression bomb.
MAX_FRAME_BYTES = 16 * 1024 * 1024


class Operation(IntEnum):
    HEARTBEAT = 2  # client -> server, every 30 s
    HEARTBEAT_REPLY = 3  # server -> client: u32 popularity, sometimes followed by an echo
    COMMAND = 5  # server -> client: a JSON command (or a compressed batch of packets)
    AUTH = 7  # client -> server, the first packet
    AUTH_REPLY = 8  # server -> client: {"code": 0}


class Protocol(IntEnum):
    JSON = 0  # plain JSON body
    INT = 1  # heartbeat and auth bodies
    ZLIB = 2  # zlib of a batch of whole packets
    BROTLI = 3  # brotli of a batch of whole packets


class FrameError(BiliError, ValueError):
    """Bytes that are not a well-formed packet of the message stream (truncated, bad lengths, a
    compressed body that does not decompress or expands past the bound)."""


@dataclass(frozen=True, slots=True)
class Packet:
    operation: int
    body: bytes
    version: int = Protocol.JSON
    sequence: int = 1

    def json(self) -> Any:
        """The body read as JSON, integers exact (nanosecond timestamps pass 2^53)."""
        try:
            return read_json(self.body)
        except (ValueError, RecursionError) as exc:
            raise FrameError(f"operation {self.operation} body is not JSON: {exc}") from None

    def popularity(self) -> int:
        """A heartbeat reply's figure: the body's first four bytes (an echo may follow them)."""
        if len(self.body) < 4:
            raise FrameError(f"heartbeat reply body has {len(self.body)} bytes, expected at least 4")
        return int.from_bytes(self.body[:4], "big")


def encode(
    operation: int, body: bytes | str | dict[str, Any] = b"", *, version: int = Protocol.INT, sequence: int = 1
) -> bytes:
    """One packet. A dict body is written as compact JSON (ensure_ascii off, as the server writes)."""
    if isinstance(body, dict):
        body = json.dumps(body, ensure_ascii=False, separators=(",", ":"))
    if isinstance(body, str):
        body = body.encode()
    return HEADER.pack(HEADER_SIZE + len(body), HEADER_SIZE, version, operation, sequence) + body


def encode_command(command: dict[str, Any]) -> bytes:
    """One plain (version 0) command packet."""
    return encode(Operation.COMMAND, command, version=Protocol.JSON, sequence=0)


def encode_batch(packets: list[bytes], *, version: int = Protocol.BROTLI) -> bytes:
    """Whole packets compressed into one command packet, as the server batches them."""
    joined = b"".join(packets)
    if version == Protocol.BROTLI:
        body = brotli.compress(joined)
    elif version == Protocol.ZLIB:
        body = zlib.compress(joined)
    else:
        raise ValueError(f"a batch is compressed with version 2 or 3, not {version}")
    return encode(Operation.COMMAND, body, version=version, sequence=0)


def decode(data: bytes, *, limit: int = MAX_FRAME_BYTES) -> list[Packet]:
    """Every packet in `data` (one WebSocket message), batches expanded in order."""
    return list(iter_packets(data, limit=limit))


def iter_packets(data: bytes, *, limit: int = MAX_FRAME_BYTES, _nested: bool = False) -> Iterator[Packet]:
    if len(data) > limit:
        raise FrameError(f"frame of {len(data)} bytes exceeds the {limit}-byte bound")
    offset = 0
    while offset < len(data):
        if len(data) - offset < HEADER_SIZE:
            raise FrameError(f"truncated header at byte {offset}: {len(data) - offset} of {HEADER_SIZE} bytes")
        total, header_size, version, operation, sequence = HEADER.unpack_from(data, offset)
        if header_size < HEADER_SIZE or total < header_size:
            raise FrameError(f"bad lengths at byte {offset}: packet {total}, header {header_size}")
        if offset + total > len(data):
            raise FrameError(f"truncated packet at byte {offset}: declares {total} bytes, {len(data) - offset} left")
        body = data[offset + header_size : offset + total]
        offset += total
        if version in (Protocol.ZLIB, Protocol.BROTLI) and operation == Operation.COMMAND:
            if _nested:
                raise FrameError("a compressed batch inside a compressed batch")
            yield from iter_packets(_decompress(version, body, limit), limit=limit, _nested=True)
        else:
            yield Packet(operation, bytes(body), version, sequence)


def _decompress(version: int, body: bytes, limit: int) -> bytes:
    try:
        if version == Protocol.ZLIB:
            inflater = zlib.decompressobj()
            out = inflater.decompress(body, limit + 1)
            if len(out) <= limit and not inflater.eof:
                raise FrameError("version 2 batch is truncated")
        else:
            decompressor = brotli.Decompressor()
            out = decompressor.process(body, output_buffer_limit=limit + 1)
            if len(out) <= limit and not decompressor.is_finished():
                raise FrameError("version 3 batch is truncated")
    except (zlib.error, brotli.error) as exc:
        raise FrameError(f"version {version} body does not decompress: {exc}") from None
    if len(out) > limit:
        raise FrameError(f"version {version} batch expands past the {limit}-byte bound")
    return out


def auth_body(room_id: int, token: str, *, uid: int = 0, buvid: str = "", protover: int = Protocol.BROTLI) -> bytes:
    """The first packet's body. `token` and `buvid` are secrets: never log the result."""
    body = {"uid": uid, "roomid": room_id, "protover": protover, "platform": "web", "type": 2, "key": token}
    if buvid:
        body["buvid"] = buvid
    return encode(Operation.AUTH, body)


def heartbeat() -> bytes:
    return encode(Operation.HEARTBEAT, b"[object Object]")


def heartbeat_reply(popularity: int) -> bytes:
    return encode(Operation.HEARTBEAT_REPLY, popularity.to_bytes(4, "big"))


def auth_reply(code: int = 0) -> bytes:
    return encode(Operation.AUTH_REPLY, {"code": code})
