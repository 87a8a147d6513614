"""Read captured traffic into uniform exchanges: recordings (tests/recordings layout), directories of
them, and HAR files exported from a browser.

Captures come from anywhere, so nothing here trusts its input: a file that cannot be read becomes an
InputProblem with a plain message (gzip'd, base64'd, truncated or malformed files included), and a
body that is not JSON keeps a short preview so that a report can say what it was (an HTTP 412 risk
control page, say).
"""

from __future__ import annotations

import binascii
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any, Literal
from urllib.parse import parse_qsl, urlsplit

from ..core.jsonread import NumberTooLargeError, read_json, read_json_fast
from ..core.scrub import SECRET_NAMES, scrub_text
from ..core.validation import MAX_DEPTH, deeper_than

# The byte layers, public here too (tools/leaks.py reads files with unwrap and maybe_base64).
from .layers import DEFAULT_MAX_DECOMPRESSED as DEFAULT_MAX_DECOMPRESSED
from .layers import _strip_bom
from .layers import inflate as inflate
from .layers import inflate_stream as inflate_stream
from .layers import maybe_base64 as maybe_base64
from .layers import to_text as to_text
from .layers import unwrap as unwrap
from .stream_capture import StreamMessage, har_entry_messages, is_stream_entry
from .values import RAW_VALUES

# Suffixes a directory walk picks up; a path named on the command line is read whatever its name.
CAPTURE_SUFFIXES = (".json", ".har", ".jsonl", ".ndjson", ".json.gz", ".har.gz", ".jsonl.gz", ".ndjson.gz")

# The most entries (HAR entries, recordings, lines) read from one file (`--max-entries`): a 620 KB
# .har.gz can hold ten million tiny entries; past this the file stops with a message.
DEFAULT_MAX_ENTRIES = 2_000_000
# The most seconds spent reading one file (`--max-seconds`), checked before each entry.
DEFAULT_MAX_SECONDS = 900.0


@dataclass(frozen=True)
class Options:
    """How captures are read: the decompression cap, and the operation of raw response bodies
    (named with --operation, or the name of the folder a body file sits in)."""

    max_decompressed: int = DEFAULT_MAX_DECOMPRESSED
    operation: str | None = None
    operation_ids: frozenset[str] = frozenset()
    max_entries: int = DEFAULT_MAX_ENTRIES
    max_seconds: float = DEFAULT_MAX_SECONDS
    lean: bool = True  # HAR runs read lean as they are cut (one process); --jobs: the workers do


DEFAULTS = Options()


class _NoBody:  # a body that could not be parsed as JSON
    def __repr__(self) -> str:
        return "NO_BODY"

    def __reduce__(self) -> str:  # pickled by name (to --jobs workers): the one NO_BODY stays one
        return "NO_BODY"


NO_BODY: Any = _NoBody()


@dataclass
class Request:
    method: str
    url: str
    query: dict[str, Any] = field(default_factory=dict)  # text values, as sent
    form: dict[str, Any] | None = None
    json: Any = None  # the parsed JSON body, for JSON-bodied requests
    content_type: str | None = None  # media type only, no parameters, lower case
    body_problem: str | None = None  # a body was sent but could not be read
    cookies: dict[str, str] = field(default_factory=dict)  # names and values, for the csrf check only
    secrets: list[str] = field(default_factory=list)  # values of secret headers (Authorization), to scrub


class Response:
    """A response; a body captured as bytes is parsed on first use (HAR files hold many bodies no
    operation needs: scripts, images, pages of other hosts)."""

    def __init__(
        self,
        status: int,
        content_type: str | None,
        body: Any = NO_BODY,
        problem: str | None = None,
        *,
        raw: bytes | None = None,
        captured: bool = True,
        limit: int = DEFAULT_MAX_DECOMPRESSED,
        location: str | None = None,
    ) -> None:
        self.status = status
        self.content_type = content_type  # media type only, lower case
        self._captured = captured
        self.location = location  # a redirect's Location header
        self._body, self._problem, self._raw, self._limit = body, problem, raw, limit

    def _parse(self) -> None:
        if self._raw is not None:
            self._body, self._problem = parse_json_body(self._raw, self.content_type, self._limit)
            self._raw = None
            if self._problem is not None and self._problem.startswith("empty body"):
                self._captured = False

    @property
    def captured(self) -> bool:
        """False when the capture holds no body (absent or empty): nothing to judge."""
        self._parse()
        return self._captured

    @property
    def body(self) -> Any:
        """The parsed JSON body, or NO_BODY."""
        self._parse()
        return self._body

    @property
    def problem(self) -> str | None:
        """Why body is NO_BODY: "not JSON (text/html: '<title>')", "not captured", ..."""
        self._parse()
        return self._problem


@dataclass
class Exchange:
    """One request and its response, from a recording or a HAR entry."""

    file: str
    entry: int | None  # index in a HAR's entries or a JSON array of recordings; None for a single recording
    operation_id: str | None  # named by a recording; HAR entries are matched by URL
    request: Request | None
    response: Response | None
    note: str | None = None  # why the response is missing

    @property
    def source(self) -> str:
        return self.file if self.entry is None else f"{self.file}#{self.entry}"


@dataclass(frozen=True)
class InputProblem:
    """A file, or part of one, that could not be read."""

    file: str
    message: str
    entry: int | None = None

    @property
    def source(self) -> str:
        return self.file if self.entry is None else f"{self.file}#{self.entry}"


@dataclass(frozen=True)
class Pending:
    """A HAR entry, a recording or a JSON line as text, read where it is judged (in a --jobs worker):
    `items()`."""

    file: str
    entry: int
    text: str
    # "har": a HAR entry; "value": a value of an array of recordings; "line": a line of JSON lines,
    # read as read_lines reads it
    kind: Literal["har", "value", "line"]
    options: Options

    def items(self) -> Iterator[Exchange | InputProblem | StreamMessage]:
        # Imported here: those modules build on this one.
        if self.kind == "line":
            from .documents import read_line  # noqa: PLC0415

            yield from read_line(self.file, self.entry, self.text, self.options)
            return
        if self.kind == "har":
            from .har_entries import exchange  # noqa: PLC0415

            found = exchange(self.file, self.entry, self.text, self.options.max_decompressed)
            if found is not None:  # the common, well-formed entry, read in C
                yield found
                return
        try:
            value = read_json(self.text)
        except (ValueError, RecursionError):
            yield InputProblem(self.file, "entry is not JSON that can be read", self.entry)
            return
        if self.kind == "har":
            yield from har_items(self.file, self.entry, value, self.options)
        else:
            from .documents import line_items  # noqa: PLC0415

            yield from line_items(self.file, self.entry, value, self.options)


@dataclass(frozen=True)
class Batch:
    """`count` consecutive HAR entries from `entry` on, as UTF-8 JSON values separated by `,` and white
    space in `span`; `lean`, their lean reading when the reader made it (tools/har_stream.py). The
    auditor judges a batch in one step (Auditor.judge_all); `pending()` gives one entry the general way.
    `lines`: the span is `count` lines of JSON lines, each beginning with `{` (tools/line_stream.py),
    HAR entries unless they say otherwise (har_entries.lean_entries); the general way reads each as
    read_lines does."""

    file: str
    entry: int
    span: bytes | memoryview  # a view: of a range's buffer, read by a --jobs worker (har_ranges.py)
    count: int
    options: Options
    lean: list[Any] | None = field(default=None, compare=False, repr=False)
    lines: bool = False

    @cached_property
    def texts(self) -> list[bytes]:
        """Each entry's bytes (read only when an entry goes the general way, or at --max-entries)."""
        if self.lines:
            return bytes(self.span).split(b"\n")
        return [bytes(raw) for raw in RAW_VALUES.decode(b"[" + self.span + b"]")]

    def pending(self, offset: int) -> Pending:
        text = self.texts[offset].decode("utf-8", "replace")
        return Pending(self.file, self.entry + offset, text, "line" if self.lines else "har", self.options)

    def head(self, count: int) -> Batch:  # the first `count` entries
        span = (b"\n" if self.lines else b",").join(self.texts[:count])
        return Batch(self.file, self.entry, span, count, self.options, lines=self.lines)

    def __len__(self) -> int:
        return self.count


# StreamMessage: a command of a recorded message stream (tools/stream_capture.py).
Item = Exchange | InputProblem | Pending | Batch | StreamMessage


def media_type(value: Any) -> str | None:
    """`application/json; charset=utf-8` -> `application/json`; None for nothing."""
    if not isinstance(value, str) or not value.strip():
        return None
    return value.split(";", 1)[0].strip().lower() or None


# ---------------------------------------------------------------------------------------------
# Bytes and text: gzip, base64, encodings.

_TITLE = re.compile(r"<title[^>]*>(.*?)</title>", re.IGNORECASE | re.DOTALL)


def preview(text: str, content_type: str | None) -> str:
    """A short, scrubbed description of a non-JSON body: its HTML title, or its first characters."""
    title = _TITLE.search(text)
    shown = scrub_text(
        " ".join((title.group(1) if title else text[:2000]).split())
    )  # scrubbed before quoting hides `csrf=`
    shown = shown[:80] + ("..." if len(shown) > 80 else "")
    kind = content_type or "no content type"
    return f"{kind}: {shown!r}" if shown else f"{kind}, empty"


def parse_json_body(
    raw: bytes, content_type: str | None, limit: int = DEFAULT_MAX_DECOMPRESSED
) -> tuple[Any, str | None]:
    """(parsed body, None), or (NO_BODY, why not)."""
    if raw[:1] in (b"{", b"["):  # plain JSON, the common case: what the steps below would read
        try:
            return read_json_fast(raw), None
        except (ValueError, RecursionError):  # msgspec.DecodeError is a ValueError
            pass
    try:
        raw = unwrap(raw, limit)
    except ValueError as exc:
        return NO_BODY, f"body is compressed and {exc}"
    decoded = maybe_base64(raw) if _strip_bom(raw).lstrip()[:1] not in (b"{", b"[") else None
    if decoded is not None:
        try:
            raw = unwrap(decoded, limit)
        except ValueError as exc:
            return NO_BODY, f"body is base64 of compressed data that is {exc}"
    text = to_text(raw)
    if not text.strip():
        return NO_BODY, f"empty body ({content_type or 'no content type'})"
    try:
        return read_json(text), None
    except NumberTooLargeError as exc:
        return NO_BODY, f"JSON, but {exc}"
    except (ValueError, RecursionError):  # RecursionError: nested past the parser's limit
        return NO_BODY, f"not JSON ({preview(text, content_type)})"


# ---------------------------------------------------------------------------------------------
# Recordings: {"operation_id", "request": {method, url, query, form|json, content_type, cookies},
#              "response": {status, content_type, body}}


def _text_map(value: Any) -> dict[str, Any]:
    if not isinstance(value, dict):
        return {}
    return {str(k): v if isinstance(v, str) else json.dumps(v) for k, v in value.items()}


def recording_exchange(name: str, index: int | None, rec: dict[str, Any]) -> Exchange | InputProblem:
    operation_id = rec.get("operation_id")
    if operation_id is not None and not isinstance(operation_id, str):
        return InputProblem(name, "operation_id is not a string", index)
    raw_response = rec.get("response")
    if not isinstance(raw_response, dict):
        return InputProblem(name, "recording without a response object", index)
    request = None
    raw_request = rec.get("request")
    if isinstance(raw_request, dict):
        form = raw_request.get("form")
        request = Request(
            method=str(raw_request.get("method") or "GET").upper(),
            url=str(raw_request.get("url") or ""),
            query=_text_map(raw_request.get("query")),
            form=_text_map(form) if isinstance(form, dict) else None,
            json=raw_request.get("json"),
            content_type=media_type(raw_request.get("content_type")),
            cookies=_text_map(raw_request.get("cookies")),
        )
    status = raw_response.get("status", 200)
    if not isinstance(status, int) or isinstance(status, bool):
        return InputProblem(name, f"response status is not a number: {status!r}", index)
    content_type = media_type(raw_response.get("content_type"))
    problem: str | None
    if "body" not in raw_response:
        body, problem = NO_BODY, "the recording holds no body"
        return Exchange(
            name, index, operation_id, request, Response(status, content_type, body, problem, captured=False)
        )
    elif isinstance(raw_response["body"], str):  # a body kept as text: JSON, base64, or an HTML page
        body, problem = parse_json_body(raw_response["body"].encode("utf-8", "surrogatepass"), content_type)
    else:
        body, problem = raw_response["body"], None
    return Exchange(name, index, operation_id, request, Response(status, content_type, body, problem))


# ---------------------------------------------------------------------------------------------
# HAR 1.2: log.entries[].request {method, url, postData {mimeType, text, params}},
#          .response {status, content {mimeType, text, encoding}}


def _har_body_bytes(content: dict[str, Any]) -> bytes | None:
    text = content.get("text")
    if not isinstance(text, str):
        return None
    if str(content.get("encoding", "")).lower() == "base64":
        data = base64_body(text)
        if data is not None:
            return data
    return text.encode("utf-8", "surrogatepass")  # marked base64 but is not: read it as text


def base64_body(text: str) -> bytes | None:
    """A body a HAR marks as base64, decoded; None where it is not base64 (it is read as text)."""
    try:  # base64.b64decode, without its copy of the text to bytes (a2b_base64 reads ASCII text)
        return binascii.a2b_base64(text + "=" * (-len(text) % 4))
    except (binascii.Error, ValueError):
        return None


def har_request(raw: Any, limit: int = DEFAULT_MAX_DECOMPRESSED) -> Request | None:
    """The request of a HAR entry; ValueError for a URL that cannot be read."""
    if not isinstance(raw, dict) or not isinstance(raw.get("url"), str):
        return None
    url = raw["url"]
    query = dict(parse_qsl(urlsplit(url).query, keep_blank_values=True))
    request = Request(method=str(raw.get("method") or "GET").upper(), url=url, query=query, cookies=_cookies(raw))
    request.secrets = _secret_headers(raw)
    post = raw.get("postData")
    if not isinstance(post, dict):
        return request
    request.content_type = media_type(post.get("mimeType")) or _header(raw, "content-type")
    text = post.get("text")
    params = post.get("params")
    if request.content_type == "application/json":
        body, problem = parse_json_body(str(text or "").encode("utf-8", "surrogatepass"), request.content_type, limit)
        if body is not NO_BODY and deeper_than(body, MAX_DEPTH):
            body, problem = NO_BODY, f"JSON body nested deeper than {MAX_DEPTH} levels"
        request.json, request.body_problem = (None, problem) if body is NO_BODY else (body, None)
    elif isinstance(text, str) and (request.content_type or "").endswith("x-www-form-urlencoded"):
        request.form = dict(parse_qsl(text, keep_blank_values=True))
    elif isinstance(params, list) and params:
        request.form = {str(p.get("name")): str(p.get("value", "")) for p in params if isinstance(p, dict)}
    elif isinstance(text, str) and text:
        request.body_problem = f"a {request.content_type or 'untyped'} body this tool does not read"
    return request


def _headers(message: dict[str, Any]) -> list[Any]:
    headers = message.get("headers")
    return headers if isinstance(headers, list) else []


def _cookies(message: dict[str, Any]) -> dict[str, str]:
    """Cookies of a HAR request: its `cookies` array, else its Cookie header."""
    found = message.get("cookies")
    cookies = (
        {str(c.get("name")): str(c.get("value", "")) for c in found if isinstance(c, dict)}
        if isinstance(found, list)
        else {}
    )
    for header in _headers(message):
        if isinstance(header, dict) and str(header.get("name", "")).lower() == "cookie":
            for pair in str(header.get("value", "")).split(";"):
                key, _, value = pair.strip().partition("=")
                cookies.setdefault(key, value)
    return cookies


def _secret_headers(message: dict[str, Any]) -> list[str]:
    """Values of headers named as secrets (Authorization: the whole value and its credentials)."""
    found = []
    for header in _headers(message):
        if isinstance(header, dict) and str(header.get("name", "")).lower() in SECRET_NAMES:
            value = str(header.get("value", ""))
            found += [value, value.rpartition(" ")[2]]
    return found


def _header_value(message: dict[str, Any], name: str) -> str | None:
    for header in _headers(message):
        if isinstance(header, dict) and str(header.get("name", "")).lower() == name:
            value = header.get("value")
            return value if isinstance(value, str) else None
    return None


def _header(message: dict[str, Any], name: str) -> str | None:
    for header in _headers(message):
        if isinstance(header, dict) and str(header.get("name", "")).lower() == name:
            return media_type(header.get("value"))
    return None


def har_items(
    name: str, index: int, entry: Any, options: Options = DEFAULTS
) -> Iterator[Exchange | InputProblem | StreamMessage]:
    """Everything one HAR entry (a dict as the file holds it) gives: its exchange, or the commands of
    a WebSocket's frames (`_webSocketMessages`, tools/stream_capture.py). Every reader hands over its
    entries here."""
    if is_stream_entry(entry):
        yield from har_entry_messages(name, index, entry)
    else:
        yield har_exchange(name, index, entry, options.max_decompressed)


def har_exchange(name: str, index: int, entry: Any, limit: int = DEFAULT_MAX_DECOMPRESSED) -> Exchange | InputProblem:
    if not isinstance(entry, dict):
        return InputProblem(name, "HAR entry is not an object", index)
    try:
        request = har_request(entry.get("request"), limit)
    except ValueError as exc:  # urlsplit: "Invalid IPv6 URL", a port out of range
        return InputProblem(name, f"HAR entry with an unreadable request URL ({exc})", index)
    if request is None:
        return InputProblem(name, "HAR entry without a request URL", index)
    raw = entry.get("response")
    if not isinstance(raw, dict):
        return Exchange(name, index, None, request, None, note="no response in the HAR entry")
    status = raw.get("status")
    if not isinstance(status, int) or isinstance(status, bool) or status <= 0:
        error = raw.get("_error") or entry.get("_error") or "the request failed or was blocked"
        return Exchange(name, index, None, request, None, note=f"no response recorded (status {status!r}: {error})")
    content: dict[str, Any] = raw["content"] if isinstance(raw.get("content"), dict) else {}
    content_type = media_type(content.get("mimeType")) or _header(raw, "content-type")
    location = raw.get("redirectURL") if isinstance(raw.get("redirectURL"), str) else None
    location = location or _header_value(raw, "location")
    data = _har_body_bytes(content)
    if data is None:
        missing = "the HAR holds no body for this response (exported without content?)"
        response = Response(status, content_type, NO_BODY, missing, captured=False, location=location)
        return Exchange(name, index, None, request, response)
    return Exchange(
        name, index, None, request, Response(status, content_type, raw=data, limit=limit, location=location)
    )
