"""HAR entries read straight into the few members `bilispec validate` uses, in C.

A browser's HAR entry is about four times the size of its response body (headers, timings, cache,
initiator), and building it as dicts and lists only to read a dozen members of it was most of the
cost of an entry. msgspec decodes an entry into the structs below, skipping every member they do
not name without building it. The structs take only the well-formed case (each member of the type
HAR 1.2 gives it, headers and cookies with text names and values); anything else (a member of
another type, a WebSocket's messages, a URL that cannot be split) is not read here, and the entry
goes the general way (`capture.har_items` on the entry as dicts), which knows every odd form. Both
ways make the same exchange (tests/command/test_validate_streaming.py compares them on mutated
entries).
"""

from __future__ import annotations

import base64
import binascii
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any
from urllib.parse import unquote, urlsplit

import msgspec

from ..core.scrub import SECRET_NAMES
from ..core.validation import MAX_DEPTH, deeper_than
from .capture import NO_BODY, Batch, Exchange, Request, Response, media_type, parse_json_body


class _Header(msgspec.Struct, gc=False):
    name: str
    value: str


class _Post(msgspec.Struct, gc=False):  # members named as HAR 1.2 names them
    mimeType: str | None = None
    text: str | None = None
    params: list[_Header] | None = None


class RawRequest(msgspec.Struct, gc=False):
    url: str
    method: str | None = None
    # As their text: a page sends the same headers and cookies with request after request, and
    # what they say is read once per text (_sent_with).
    headers: msgspec.Raw = msgspec.Raw(b"[]")
    cookies: msgspec.Raw = msgspec.Raw(b"[]")
    postData: _Post | None = None


class _Content(msgspec.Struct, gc=False):
    mimeType: str | None = None
    text: str | None = None
    encoding: str | None = None


class _Response(msgspec.Struct, gc=False):
    status: int
    content: _Content | None = None
    headers: list[_Header] = []
    redirectURL: str | None = None


class _Entry(msgspec.Struct, gc=False):
    request: RawRequest
    response: _Response | None = None
    messages: Any = msgspec.field(default=None, name="_webSocketMessages")


_DECODER = msgspec.json.Decoder(_Entry)


# The lean reading of a batch of entries (Auditor.judge_all): the response's status and content,
# and the request as its text, which says everything the request's verdict depends on, so a verdict
# is kept by that text (a page sends the same requests again and again).


class _LeanResponse(msgspec.Struct, gc=False):
    status: int
    content: _Content | None = None


class LeanEntry(msgspec.Struct, gc=False):
    request: msgspec.Raw
    response: _LeanResponse | None = None
    messages: Any = msgspec.field(default=None, name="_webSocketMessages")


class LeanLine(LeanEntry, gc=False):
    """A line of JSON lines: a HAR entry, unless it is a command of the message stream (`cmd`) or a
    recording (a response without `content`): documents.line_items tells them apart."""

    cmd: Any = None


# A run of entries read in one decode (here, and by the reader, tools/har_stream.py, as it cuts them).
LEAN_ENTRIES = msgspec.json.Decoder(list[LeanEntry])
_LEAN_ONE = msgspec.json.Decoder(LeanEntry)
_LEAN_LINE = msgspec.json.Decoder(LeanLine)
_REQUEST = msgspec.json.Decoder(RawRequest)


def lean_entries(batch: Batch) -> Sequence[LeanEntry | None]:
    """The lean reading of each entry of a batch, all in one decode (or the reader's, when it made
    it); None for an entry it cannot read (the general way reads it)."""
    if batch.lines:
        return _lean_lines(batch)
    if batch.lean is not None:
        return batch.lean
    return _whole_or_each(batch, lambda: LEAN_ENTRIES.decode(b"[" + batch.span + b"]"), _LEAN_ONE)


def _whole_or_each(batch: Batch, whole: Callable[[], Sequence[Any]], one: msgspec.json.Decoder[Any]) -> Sequence[Any]:
    """The batch's entries read by `whole` in one decode; where that fails, or reads another number
    of them, each alone by `one` (None for one it cannot read)."""
    try:
        found = whole()
        if len(found) == len(batch):
            return found
    except (msgspec.DecodeError, ValueError, RecursionError):
        pass
    each: list[Any] = []
    for text in batch.texts:
        try:
            each.append(one.decode(text))
        except (msgspec.DecodeError, ValueError, RecursionError):
            each.append(None)
    return each


class _Log(msgspec.Struct, gc=False):
    entries: list[msgspec.Raw]


class _Har(msgspec.Struct, gc=False):
    log: _Log


_HAR = msgspec.json.Decoder(_Har)


def har_entry_texts(data: bytes) -> list[msgspec.Raw] | None:
    """The text of each entry of a whole HAR file (UTF-8, no byte order mark), read in one decode;
    None for anything else, or a HAR of another form (documents.read_bytes reads every form)."""
    try:
        return _HAR.decode(data).log.entries
    except (msgspec.DecodeError, ValueError, RecursionError):
        return None


def _lean_lines(batch: Batch) -> list[LeanEntry | None]:
    """The lean reading of each line of a batch of JSON lines that documents.line_items reads as a HAR
    entry: a response with `content`, no command (a request that is not an object, the lean lane
    does not read). None for any other line (the general way reads it as a line)."""
    # Another number than the lines: two values on a line (decode_lines takes them both)
    found: Sequence[LeanLine | None] = _whole_or_each(batch, lambda: _LEAN_LINE.decode_lines(batch.span), _LEAN_LINE)
    return [
        line
        if line is not None
        and line.response is not None
        and line.response.content is not None
        and not isinstance(line.cmd, str)
        else None
        for line in found
    ]


def lean_request(text: bytes, limit: int) -> Request | None:
    """The request of a lean entry's request text, as `exchange` reads it; None when the general way
    must read it."""
    raw = raw_request(text)
    return None if raw is None else read_request(raw, limit)


def raw_request(text: bytes) -> RawRequest | None:
    """A lean entry's request text decoded, or None (the general way reads it)."""
    try:
        return _REQUEST.decode(text)
    except (msgspec.DecodeError, ValueError, RecursionError):
        return None


def read_request(raw: RawRequest, limit: int) -> Request | None:
    """The request `exchange` reads of a decoded request text, or None (the general way reads it)."""
    try:
        return _request(raw, limit)
    except (msgspec.DecodeError, ValueError, RecursionError):
        return None


_KEPT = 2048  # the longest URL or form body whose members are kept (4,096 of each at most)


def _query(url: str) -> tuple[tuple[str, str], ...]:
    """The query of a URL as sent (ValueError for a URL urlsplit cannot read)."""
    return _kept_query(url) if len(url) <= _KEPT else split_members(urlsplit(url).query)


def _pairs(text: str) -> tuple[tuple[str, str], ...]:
    """The members of a form body, as sent."""
    return _kept_pairs(text) if len(text) <= _KEPT else split_members(text)


def split_members(text: str) -> tuple[tuple[str, str], ...]:
    """parse_qsl(text, keep_blank_values=True), its steps without its checks of arguments: the pieces
    between `&`, each split at its first `=` (none: the empty value), `+` read as a space and then
    unquoted; without `%` or `+` the pieces as they are (a fifth of parse_qsl's time)."""
    pieces = (piece.partition("=") for piece in text.split("&") if piece)
    if "%" in text or "+" in text:
        return tuple((unquote(name.replace("+", " ")), unquote(value.replace("+", " "))) for name, _, value in pieces)
    return tuple((name, value) for name, _, value in pieces)


# Pages poll the same URLs and a session sends the same forms again: each is split once.
@lru_cache(maxsize=4096)
def _kept_query(url: str) -> tuple[tuple[str, str], ...]:
    return split_members(urlsplit(url).query)


@lru_cache(maxsize=4096)
def _kept_pairs(text: str) -> tuple[tuple[str, str], ...]:
    return split_members(text)


def exchange(name: str, index: int, text: str, limit: int) -> Exchange | None:
    """The exchange of one HAR entry's text, or None when the general way must read it."""
    try:
        entry = _DECODER.decode(text)
    except (msgspec.DecodeError, ValueError, RecursionError):
        return None
    raw = entry.response
    if entry.messages is not None or (raw is not None and raw.status <= 0):
        return None
    try:
        request = _request(entry.request, limit)
    except ValueError:
        return None
    if raw is None:
        return Exchange(name, index, None, request, None, note="no response in the HAR entry")
    content = raw.content
    content_type = media_type(content.mimeType if content else None) or _header(raw.headers, "content-type")
    location = raw.redirectURL or _header_value(raw.headers, "location")
    data = _body_bytes(content)
    if data is None:
        missing = "the HAR holds no body for this response (exported without content?)"
        response = Response(raw.status, content_type, NO_BODY, missing, captured=False, location=location)
        return Exchange(name, index, None, request, response)
    response = Response(raw.status, content_type, raw=data, limit=limit, location=location)
    return Exchange(name, index, None, request, response)


_HEADERS = msgspec.json.Decoder(list[_Header])


@dataclass(frozen=True)
class _Sent:
    """What a request's headers and cookies say: its cookies (the HAR's list first, then the Cookie
    header's), the values of its secret headers, and the media type of its Content-Type header."""

    cookies: tuple[tuple[str, str], ...]
    secrets: tuple[str, ...]
    content_type: str | None


@lru_cache(maxsize=1024)
def _sent_with(headers: bytes, cookies: bytes) -> _Sent:
    """The _Sent of a request's headers and cookies, as their texts (a ValueError when they are not
    lists of names and values)."""
    found = {c.name: c.value for c in _HEADERS.decode(cookies)}
    secrets: list[str] = []
    read = _HEADERS.decode(headers)
    for header in read:
        lowered = header.name.lower()
        if lowered == "cookie":
            for pair in header.value.split(";"):
                key, _, value = pair.strip().partition("=")
                found.setdefault(key, value)
        if lowered in SECRET_NAMES:
            secrets += [header.value, header.value.rpartition(" ")[2]]
    return _Sent(tuple(found.items()), tuple(secrets), _header(read, "content-type"))


def _request(raw: RawRequest, limit: int) -> Request:
    request = Request(method=(raw.method or "GET").upper(), url=raw.url, query=dict(_query(raw.url)))
    sent = _sent_with(bytes(raw.headers), bytes(raw.cookies))
    request.cookies, request.secrets = dict(sent.cookies), list(sent.secrets)
    post = raw.postData
    if post is None:
        return request
    request.content_type = media_type(post.mimeType) or sent.content_type
    text, params = post.text, post.params
    if request.content_type == "application/json":
        body, problem = parse_json_body((text or "").encode("utf-8", "surrogatepass"), request.content_type, limit)
        if body is not NO_BODY and deeper_than(body, MAX_DEPTH):
            body, problem = NO_BODY, f"JSON body nested deeper than {MAX_DEPTH} levels"
        request.json, request.body_problem = (None, problem) if body is NO_BODY else (body, None)
    elif text is not None and (request.content_type or "").endswith("x-www-form-urlencoded"):
        request.form = dict(_pairs(text))
    elif params:
        request.form = {p.name: p.value for p in params}
    elif text:
        request.body_problem = f"a {request.content_type or 'untyped'} body this tool does not read"
    return request


def _header(headers: list[_Header], name: str) -> str | None:
    for header in headers:
        if header.name.lower() == name:
            return media_type(header.value)
    return None


def _header_value(headers: list[_Header], name: str) -> str | None:
    for header in headers:
        if header.name.lower() == name:
            return header.value
    return None


def _body_bytes(content: _Content | None) -> bytes | None:
    if content is None or content.text is None:
        return None
    text = content.text
    if (content.encoding or "").lower() == "base64":
        try:
            return base64.b64decode(text + "=" * (-len(text) % 4))
        except (binascii.Error, ValueError):
            return text.encode("utf-8", "surrogatepass")
    return text.encode("utf-8", "surrogatepass")
