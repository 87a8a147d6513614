"""`make bench BENCH=stream`: the message stream's decode cost (issue 19).

A brotli batch of 100 DANMU_MSG (the real ones of tests/stream_messages/DANMU_MSG, cycled) is
decoded (core/frames.py: brotli, the 16-byte headers, each body read as JSON), each command checked
against the AsyncAPI description and turned into its typed event (`bilispec.events.parse`). The
baseline is json.loads of the 100 decompressed command bodies. xfgryujk/blivedm's decoder is no
peer here: see NO_PEER.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from bilispec.core import frames
from bilispec.events import DanmakuMessage, parse

CORPUS = Path(__file__).resolve().parent.parent / "tests" / "stream_messages" / "DANMU_MSG"
BATCH = 100
NO_PEER = "blivedm 0.1.1, its only PyPI release, pins brotli==1.0.9 against bilispec's brotli>=1.2"


def danmaku_batch() -> tuple[bytes, list[bytes]]:
    """(the brotli command packet, the 100 decompressed command bodies)."""
    real = [json.loads(p.read_text(encoding="utf-8"))["command"] for p in sorted(CORPUS.glob("*.json"))]
    packets = [frames.encode_command(real[i % len(real)]) for i in range(BATCH)]
    return frames.encode_batch(packets), [p[frames.HEADER_SIZE :] for p in packets]


def subject(batch: bytes) -> list[Any]:
    """Decode, validate, type: what the client's stream does with one WebSocket message."""
    return [parse(packet.json()) for packet in frames.decode(batch)]


def check(batch: bytes) -> None:
    events = subject(batch)
    assert len(events) == BATCH and all(isinstance(e, DanmakuMessage) and e.valid for e in events)
    assert all(e.text for e in events), "typed members read"
