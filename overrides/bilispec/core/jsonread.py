"""Read JSON exactly as `json.loads` reads it, three times as fast where it can.

msgspec reads JSON about three times as fast as the json module. What it refuses (lone surrogates,
NaN, numbers past float range, UTF-16/32, a byte order mark, deep nesting) json reads or rejects,
so a body always reads as json.loads reads it. The client's engine and `bilispec validate` both
read bodies here.
"""

from __future__ import annotations

import json
from typing import Any

import msgspec

_DECODER = msgspec.json.Decoder()


def read_json(content: bytes | str) -> Any:
    try:
        return _DECODER.decode(content)
    except (msgspec.DecodeError, ValueError, RecursionError):
        return json.loads(content)
