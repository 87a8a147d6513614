"""The stream framing (core/frames.py): round trips, zlib and brotli batches, bounds, truncation."""

import zlib

import brotli
import pytest

from bilispec.core import frames as F


def test_roundtrip():
    cmds = [{"cmd": "DANMU_MSG", "info": [[0], "hi", [1, "a"]]}, {"cmd": "LIVE", "roomid": 1, "t": 1700000000123456789}]
    b = F.encode_batch([F.encode_command(c) for c in cmds])
    ps = F.decode(b)
    assert [p.json() for p in ps] == cmds and all(p.operation == 5 for p in ps)
    z = F.encode_batch([F.encode_command(c) for c in cmds], version=2)
    assert [p.json() for p in F.decode(z)] == cmds
    assert F.decode(F.heartbeat_reply(123) + F.auth_reply())[0].popularity() == 123


def test_bomb():
    body = brotli.compress(b"\0" * (F.MAX_FRAME_BYTES + 10))
    with pytest.raises(F.FrameError):
        F.decode(F.encode(5, body, version=3))
    with pytest.raises(F.FrameError):
        F.decode(F.encode(5, zlib.compress(b"\0" * (F.MAX_FRAME_BYTES + 10)), version=2))


def test_trunc():
    b = F.encode_command({"cmd": "X"})
    for n in (3, 16, len(b) - 1):
        with pytest.raises(F.FrameError):
            F.decode(b[:n])
    with pytest.raises(F.FrameError):
        F.decode(F.encode(5, brotli.compress(b)[:-3], version=3))
