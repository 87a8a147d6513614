"""Read JSON exactly as `json.loads` reads it, three times as fast where it can, and within bounds.

msgspec reads JSON about three times as fast as the json module. What it refuses (lone surrogates,
numbers past its range, UTF-16/32, a byte order mark, deep nesting) json reads or rejects, so a body
always reads as json.loads reads it, with two choices of ours (docs/usage.md, "Errors and retries"):

- NaN, Infinity and -Infinity are not JSON (RFC 8259 has no such values; json.loads takes them
  for Python's sake): a body holding one is refused as not JSON.
- A number no reader agrees on is refused as too large (NumberTooLargeError, a ValueError): an
  integer of more than MAX_INT_DIGITS digits (Python's own limit for turning text into an int, so
  the cost of reading it stays linear), or a float past the range of a double (1e999).

The client's engine and `bilispec validate` both read bodies here.
"""

from __future__ import annotations

import json
import math
from typing import Any

import msgspec

_DECODER = msgspec.json.Decoder()
MAX_INT_DIGITS = 4300


class NumberTooLargeError(ValueError):
    """The body is JSON but holds a number too large to read (see the module's docstring)."""


def _constant(name: str) -> Any:
    raise ValueError(f"{name} is not JSON (RFC 8259 has no NaN or Infinity)")


def _int(text: str) -> int:
    digits = len(text) - text.startswith("-")
    if digits > MAX_INT_DIGITS:
        raise NumberTooLargeError(f"an integer of {digits} digits is too large (at most {MAX_INT_DIGITS})")
    return int(text)


def _float(text: str) -> float:
    value = float(text)
    if math.isinf(value):
        raise NumberTooLargeError(f"the number {text[:20]}{'...' if len(text) > 20 else ''} is too large for a double")
    return value


# msgspec alone, read_json's first step: what it reads, read_json reads the same; it raises on the
# rest (msgspec.DecodeError, a ValueError), which read_json then gives to json. For a caller with
# another way to go when the fast step fails (tools/capture.py: compressed or base64'd bodies).
read_json_fast = _DECODER.decode


def read_json(content: bytes | str) -> Any:
    """The parsed body; ValueError when it is not JSON, NumberTooLargeError for a number too large."""
    try:
        return read_json_fast(content)
    except (msgspec.DecodeError, ValueError, RecursionError):
        return json.loads(content, parse_constant=_constant, parse_int=_int, parse_float=_float)
