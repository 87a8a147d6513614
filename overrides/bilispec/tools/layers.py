"""Bytes as captures store them: gzip (every member), zlib, base64, byte order marks; each layer
bounded, so a bomb costs the cap and no more."""

from __future__ import annotations

import base64
import binascii
import re
import zlib
from collections.abc import Iterator

# The most one gzip, zlib or base64 layer may decode to (`--max-decompressed`). 256 MiB holds a long
# browser session's HAR with every body in it; a 2 KB bomb that would inflate to gigabytes stops
# here with a message instead of taking the machine's memory.
DEFAULT_MAX_DECOMPRESSED = 256 * 1024 * 1024

_BASE64 = re.compile(rb"^[A-Za-z0-9+/=\s_-]+$")


def inflate(data: bytes, wbits: int, limit: int) -> bytes:
    """Decompress at most `limit` bytes (every gzip member); ValueError past it or on damage."""
    return b"".join(inflate_stream(iter((data,)), wbits, limit))


def inflate_stream(chunks: Iterator[bytes], wbits: int, limit: int) -> Iterator[bytes]:
    """Decompressed pieces of a stream of compressed chunks, every gzip member in turn, at most
    `limit` bytes in all; ValueError past it or on damage. Output comes 1 MiB at a time, so a bomb
    costs the cap and no more; input goes in slices of at most 64 KiB, so the copy zlib makes of
    what follows each member stays small and a file of many tiny members reads in linear time."""
    inflater = zlib.decompressobj(wbits)
    size, started, carry = 0, False, b""
    for chunk in chunks:
        view = memoryview(carry + chunk if carry else chunk)
        carry = b""
        while len(view):
            piece, view = view[:_FEED], view[_FEED:]
            pending: bytes | memoryview = piece
            while True:
                if inflater.eof:  # the next gzip member, or padding after the last one
                    if not pending:
                        break
                    if len(pending) < 2 and not view:
                        carry = bytes(pending)  # a member's first byte: the next chunk has the rest
                        break
                    if len(pending) < 2:
                        pending = bytes(pending) + bytes(view[:1])
                        view = view[1:]
                    if not (wbits > 16 and bytes(pending[:2]) == b"\x1f\x8b"):
                        return
                    inflater = zlib.decompressobj(wbits)
                room = min(_PIECE, limit - size + 1)
                out = inflater.decompress(pending, room)
                started = True
                size += len(out)
                if size > limit:
                    raise ValueError(f"decompresses to more than {limit / (1024 * 1024):g} MiB (--max-decompressed)")
                if out:
                    yield out
                pending = inflater.unused_data if inflater.eof else inflater.unconsumed_tail
                if not pending and len(out) < room:
                    break
    if started and not inflater.eof:
        raise ValueError("truncated")


_FEED = 64 * 1024
_PIECE = 1024 * 1024


def unwrap(data: bytes, limit: int = DEFAULT_MAX_DECOMPRESSED) -> bytes:
    """Undo gzip and zlib wrapping (captures and bodies may be stored compressed), each layer at most
    `limit` bytes. Raises ValueError."""
    for _ in range(3):  # a gzip'd file of gzip'd bytes is odd but harmless
        if data[:2] == b"\x1f\x8b":
            try:
                data = inflate(data, 16 + zlib.MAX_WBITS, limit)
            except zlib.error as exc:
                raise ValueError(f"gzip data is damaged or truncated ({exc})") from None
            except ValueError as exc:
                raise ValueError(f"gzip data that {exc}" if "MiB" in str(exc) else f"gzip data that is {exc}") from None
        elif data[:1] == b"\x78" and data[1:2] in (b"\x01", b"\x5e", b"\x9c", b"\xda"):
            try:
                data = inflate(data, zlib.MAX_WBITS, limit)
            except zlib.error:
                return data  # not zlib after all: text that happens to start with "x"
            except ValueError as exc:
                if "MiB" in str(exc):
                    raise ValueError(f"zlib data that {exc}") from None
                return data
        else:
            return data
    return data


def maybe_base64(data: bytes) -> bytes | None:
    """The decoded bytes when `data` is base64 of JSON or of gzip'd bytes, else None."""
    stripped = data.strip()
    if len(stripped) < 8 or not _BASE64.match(stripped):
        return None
    try:
        decoded = base64.b64decode(stripped + b"=" * (-len(stripped) % 4), altchars=b"-_" if b"-" in stripped else None)
    except (binascii.Error, ValueError):
        return None
    if decoded[:2] == b"\x1f\x8b" or decoded.lstrip()[:1] in (b"{", b"["):
        return decoded
    return None


def _strip_bom(data: bytes) -> bytes:
    return data[3:] if data[:3] == b"\xef\xbb\xbf" else data


def to_text(data: bytes) -> str:
    """UTF-8 (with or without BOM), UTF-16 with a BOM; undecodable bytes become U+FFFD."""
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        return data.decode("utf-16", errors="replace")
    return data.decode("utf-8-sig", errors="replace")
