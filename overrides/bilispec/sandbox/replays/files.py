"""Deterministic content: the numbers behind seeded curves, and the bytes of the files the sandbox
serves at /sandbox/files/ (merged replays, key frames, ASS danmaku subtitles)."""

from __future__ import annotations

import hashlib
from typing import Any

from ..clock import beijing
from .records import Replay

MP4_HEAD = b"\x00\x00\x00\x18ftypisom\x00\x00\x02\x00isomiso2"


def mix(*values: object) -> int:
    """A fixed integer hash, so seeded curves look irregular yet never change."""
    digest = hashlib.blake2b(",".join(map(str, values)).encode(), digest_size=8).digest()
    return int.from_bytes(digest, "big")


def pseudo_bytes(label: str, size: int) -> bytes:
    """`size` deterministic bytes that do not repeat, so a misplaced range shows."""
    blocks = (hashlib.sha256(f"{label}:{i}".encode()).digest() for i in range(size // 32 + 1))
    return b"".join(blocks)[:size]


def replay_video(replay: Replay) -> bytes:
    size = 256 * 1024 + (replay.replay_id % 97) * 1024
    return MP4_HEAD + pseudo_bytes(replay.filename, size - len(MP4_HEAD))


def key_frame(name: str) -> bytes:
    return b"\xff\xd8\xff\xe0" + pseudo_bytes(name, 2048) + b"\xff\xd9"


def danmaku_ass(replay: Replay, highlights: list[dict[str, Any]]) -> bytes:
    lines = ["[Script Info]", f"Title: {replay.title}", "ScriptType: v4.00+", "", "[Events]"]
    lines.append("Format: Layer, Start, End, Style, Name, MarginL, MarginR, MarginV, Effect, Text")
    for h in highlights:
        offset = h["start_time"] - replay.start_time
        start = f"{offset // 3600}:{offset // 60 % 60:02d}:{offset % 60:02d}.00"
        lines.append(f"Dialogue: 0,{start},{start},Default,,0,0,0,,{h['title']}")
    return ("\n".join(lines) + "\n").encode()


def stamp(ts: int) -> str:
    """A key frame's time in its file name: YYYYMMDDHHMMSS in UTC+8."""
    return beijing(ts, "%Y%m%d%H%M%S")
