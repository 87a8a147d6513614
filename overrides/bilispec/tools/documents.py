"""A capture file's content read whole: a HAR, a recording or a JSON array of them, JSON lines, or
(with an operation) a raw response body, every odd form understood (gzip'd, base64'd, UTF-16,
truncated). tools/inputs.py hands a file here when it is small or of another form than the ones it
reads in batches, and the lean lane hands back each entry it does not read (capture.Pending).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from typing import Any

from ..core.jsonread import read_json
from .capture import (
    DEFAULTS,
    Exchange,
    InputProblem,
    Item,
    Options,
    Response,
    har_items,
    maybe_base64,
    recording_exchange,
    to_text,
    unwrap,
)
from .layers import _strip_bom
from .stream_capture import StreamMessage, line_message


def read_bytes(name: str, data: bytes, options: Options = DEFAULTS) -> Iterator[Item]:
    """Exchanges of one capture file's content: a recording, a JSON array of recordings, a HAR, or
    (with an operation) a raw response body."""
    limit = options.max_decompressed
    try:
        data = _strip_bom(unwrap(data, limit))
    except ValueError as exc:
        yield InputProblem(name, f"file is {exc}")
        return
    if not data.strip():
        yield InputProblem(name, "empty file")
        return
    text = to_text(data)  # byte order marks (UTF-8, UTF-16) are read here
    if text.lstrip()[:1] not in ("{", "["):
        decoded = maybe_base64(data)
        if decoded is None:
            yield InputProblem(name, "not a JSON or HAR file (it does not start with '{' or '[')")
            return
        try:
            text = to_text(_strip_bom(unwrap(decoded, limit)))
        except ValueError as exc:
            yield InputProblem(name, f"file is base64 of compressed data that {exc}")
            return
    try:
        document = json.loads(text)
    except RecursionError:
        yield InputProblem(name, "JSON nested too deeply to read")
        return
    except ValueError as exc:
        if '"entries"' in text[:100_000]:
            yield from _salvage_har(name, text, exc, options)
        elif isinstance(exc, json.JSONDecodeError) and exc.msg == "Extra data" and text.lstrip()[:1] == "{":
            yield from read_lines(name, text.splitlines(), options)
        else:
            yield InputProblem(name, f"malformed JSON: {_json_error(exc)}")
        return
    yield from read_document(name, document, options)


def read_document(name: str, document: Any, options: Options = DEFAULTS) -> Iterator[Item]:
    if isinstance(document, dict) and isinstance(document.get("log"), dict):
        entries = document["log"].get("entries")
        if not isinstance(entries, list):
            yield InputProblem(name, "HAR file without a log.entries list")
            return
        for index, entry in enumerate(entries):
            yield from har_items(name, index, entry, options)
    elif isinstance(document, dict) and isinstance(document.get("cmd"), str):
        yield line_message(name, 0, document)  # one decoded command of the message stream
    elif isinstance(document, dict) and "code" in document and "log" not in document:
        if options.operation is None:
            yield InputProblem(
                name,
                "a raw response body: name its operation with --operation, or put it in a folder named after it",
            )
        else:
            yield Exchange(name, None, options.operation, None, Response(200, "application/json", document))
    elif isinstance(document, dict) and ("response" in document or "operation_id" in document):
        yield recording_exchange(name, None, document)
    elif isinstance(document, list):
        if not document:
            yield InputProblem(name, "empty JSON array: no recordings in it")
        for index, item in enumerate(document):
            if isinstance(item, dict) and ("response" in item or "operation_id" in item):
                yield recording_exchange(name, index, item)
            else:
                yield InputProblem(name, "array item is not a recording (no 'response' member)", index)
    else:
        keys = ", ".join(sorted(document)[:6]) if isinstance(document, dict) else type(document).__name__
        yield InputProblem(
            name, f"neither a recording (operation_id, request, response) nor a HAR file (log.entries); found {keys}"
        )


def read_lines(name: str, lines: Iterable[str], options: Options = DEFAULTS) -> Iterator[Item]:
    """JSON lines: one recording or one HAR entry per line (blank lines skipped), numbered from 0."""
    for index, line in enumerate(lines):
        yield from read_line(name, index, line, options)


def read_line(name: str, index: int, line: str, options: Options) -> Iterator[Exchange | InputProblem | StreamMessage]:
    """Line `index` of JSON lines: nothing when blank."""
    if not line.strip():
        return
    try:
        item = read_json(line)
    except (ValueError, RecursionError) as exc:
        why = "nested too deeply" if isinstance(exc, RecursionError) else _json_error(exc)
        yield InputProblem(name, f"line {index + 1} is not JSON: {why}", index)
        return
    yield from line_items(name, index, item, options)


def line_items(name: str, index: int, item: Any, options: Options) -> Iterator[Exchange | InputProblem | StreamMessage]:
    """One value of a JSON-lines file or of an array: a recording, a HAR entry or a decoded command."""
    if isinstance(item, dict) and isinstance(item.get("cmd"), str):
        yield line_message(name, index, item)
    elif isinstance(item, dict) and ("operation_id" in item or isinstance(item.get("response"), dict)):
        if isinstance(item.get("request"), dict) and "content" in (item.get("response") or {}):
            yield from har_items(name, index, item, options)  # a HAR entry has response.content
        else:
            yield recording_exchange(name, index, item)
    elif isinstance(item, dict) and isinstance(item.get("request"), dict):
        yield from har_items(name, index, item, options)
    else:
        yield InputProblem(name, "item is neither a recording (no 'response' member) nor a HAR entry", index)


def _json_error(exc: ValueError) -> str:
    if isinstance(exc, json.JSONDecodeError):
        return f"{exc.msg} at line {exc.lineno} column {exc.colno}"
    return str(exc)


def _salvage_har(name: str, text: str, error: ValueError, options: Options) -> Iterator[Item]:
    """A HAR cut short (a browser closed mid-export, a copy that ran out of space): read the entries
    that are complete and say where it stops."""
    start = re.search(r'"entries"\s*:\s*\[', text)
    if start is None:
        yield InputProblem(name, f"malformed JSON: {_json_error(error)}")
        return
    decoder = json.JSONDecoder()
    position, index = start.end(), 0
    while True:
        while position < len(text) and text[position] in " \t\r\n,":
            position += 1
        if position >= len(text) or text[position] == "]":
            break
        try:
            entry, position = decoder.raw_decode(text, position)
        except (ValueError, RecursionError):
            break
        yield from har_items(name, index, entry, options)
        index += 1
    yield InputProblem(
        name, f"malformed or truncated HAR ({_json_error(error)}); read the {index} complete entries before it"
    )
