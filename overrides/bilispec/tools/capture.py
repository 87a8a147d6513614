"""Read captured traffic into uniform exchanges: recordings (tests/recordings layout), directories of
them, and HAR files exported from a browser.

Captures come from anywhere, so nothing here trusts its input: a file that cannot be read becomes an
InputProblem with a plain message (gzip'd, base64'd, truncated or malformed files included), and a
body that is not JSON keeps a short preview so that a report can say what it was (an HTTP 412 risk
control page, say).
"""

from __future__ import annotations

import base64
import binascii
import gzip
import json
import re
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlsplit

from ..core.scrub import scrub_text

# Suffixes a directory walk picks up; a path named on the command line is read whatever its name.
CAPTURE_SUFFIXES = (".json", ".har", ".json.gz", ".har.gz")

# A body that could not be parsed as JSON.
NO_BODY: Any = type("NoBody", (), {"__repr__": lambda self: "NO_BODY"})()


@dataclass
class Request:
    method: str
    url: str
    query: dict[str, Any] = field(default_factory=dict)  # text values, as sent
    form: dict[str, Any] | None = None
    json: Any = None  # the parsed JSON body, for JSON-bodied requests
    content_type: str | None = None  # media type only, no parameters, lower case
    body_problem: str | None = None  # a body was sent but could not be read


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
    ) -> None:
        self.status = status
        self.content_type = content_type  # media type only, lower case
        self._body, self._problem, self._raw = body, problem, raw

    def _parse(self) -> None:
        if self._raw is not None:
            self._body, self._problem = parse_json_body(self._raw, self.content_type)
            self._raw = None

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


Item = Exchange | InputProblem


def media_type(value: Any) -> str | None:
    """`application/json; charset=utf-8` -> `application/json`; None for nothing."""
    if not isinstance(value, str) or not value.strip():
        return None
    return value.split(";", 1)[0].strip().lower() or None


# ---------------------------------------------------------------------------------------------
# Bytes and text: gzip, base64, encodings.

_BASE64 = re.compile(rb"^[A-Za-z0-9+/=\s_-]+$")
_TITLE = re.compile(r"<title[^>]*>(.*?)</title>", re.IGNORECASE | re.DOTALL)


def unwrap(data: bytes) -> bytes:
    """Undo gzip and zlib wrapping (captures and bodies may be stored compressed). Raises ValueError."""
    for _ in range(3):  # a gzip'd file of gzip'd bytes is odd but harmless
        if data[:2] == b"\x1f\x8b":
            try:
                data = gzip.decompress(data)
            except (OSError, EOFError, zlib.error) as exc:
                raise ValueError(f"gzip data is damaged or truncated ({exc})") from None
        elif data[:1] == b"\x78" and data[1:2] in (b"\x01", b"\x5e", b"\x9c", b"\xda"):
            try:
                data = zlib.decompress(data)
            except zlib.error:
                return data  # not zlib after all: text that happens to start with "x"
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


def to_text(data: bytes) -> str:
    """UTF-8 (with or without BOM), UTF-16 with a BOM; undecodable bytes become U+FFFD."""
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        return data.decode("utf-16", errors="replace")
    return data.decode("utf-8-sig", errors="replace")


def preview(text: str, content_type: str | None) -> str:
    """A short, scrubbed description of a non-JSON body: its HTML title, or its first characters."""
    title = _TITLE.search(text)
    shown = scrub_text(
        " ".join((title.group(1) if title else text[:2000]).split())
    )  # scrubbed before quoting hides `csrf=`
    shown = shown[:80] + ("..." if len(shown) > 80 else "")
    kind = content_type or "no content type"
    return f"{kind}: {shown!r}" if shown else f"{kind}, empty"


def parse_json_body(raw: bytes, content_type: str | None) -> tuple[Any, str | None]:
    """(parsed body, None), or (NO_BODY, why not)."""
    try:
        raw = unwrap(raw)
    except ValueError as exc:
        return NO_BODY, f"body is compressed and {exc}"
    decoded = maybe_base64(raw) if raw.lstrip()[:1] not in (b"{", b"[") else None
    if decoded is not None:
        try:
            raw = unwrap(decoded)
        except ValueError as exc:
            return NO_BODY, f"body is base64 of compressed data that is {exc}"
    text = to_text(raw)
    if not text.strip():
        return NO_BODY, f"empty body ({content_type or 'no content type'})"
    try:
        return json.loads(text), None
    except (ValueError, RecursionError):  # RecursionError: nested past the parser's limit
        return NO_BODY, f"not JSON ({preview(text, content_type)})"


# ---------------------------------------------------------------------------------------------
# Files and directories.


def expand(paths: Iterable[str | Path]) -> Iterator[Path | InputProblem]:
    """Files named, and capture files under directories named, in a stable order."""
    for name in paths:
        path = Path(name)
        if path.is_dir():
            found = sorted(p for p in path.rglob("*") if p.is_file() and p.name.lower().endswith(CAPTURE_SUFFIXES))
            if not found:
                yield InputProblem(str(path), "directory holds no .json or .har files")
            yield from found
        elif path.exists():
            yield path
        else:
            yield InputProblem(str(path), "no such file or directory")


def read_paths(paths: Iterable[str | Path]) -> Iterator[Item]:
    for path in expand(paths):
        if isinstance(path, InputProblem):
            yield path
        else:
            yield from read_file(path)


def read_file(path: Path) -> Iterator[Item]:
    name = str(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        yield InputProblem(name, f"cannot read: {exc.strerror or exc}")
        return
    yield from read_bytes(name, data)


def read_bytes(name: str, data: bytes) -> Iterator[Item]:
    """Exchanges of one capture file's content: a recording, a JSON array of recordings, or a HAR."""
    try:
        data = unwrap(data)
    except ValueError as exc:
        yield InputProblem(name, f"file is {exc}")
        return
    if not data.strip():
        yield InputProblem(name, "empty file")
        return
    if data.lstrip()[:1] not in (b"{", b"["):
        decoded = maybe_base64(data)
        if decoded is None:
            yield InputProblem(name, "not a JSON or HAR file (it does not start with '{' or '[')")
            return
        try:
            data = unwrap(decoded)
        except ValueError as exc:
            yield InputProblem(name, f"file is base64 of compressed data that is {exc}")
            return
    text = to_text(data)
    try:
        document = json.loads(text)
    except RecursionError:
        yield InputProblem(name, "JSON nested too deeply to read")
        return
    except ValueError as exc:
        if '"entries"' in text[:100_000]:
            yield from _salvage_har(name, text, exc)
        else:
            yield InputProblem(name, f"malformed JSON: {_json_error(exc)}")
        return
    yield from read_document(name, document)


def read_document(name: str, document: Any) -> Iterator[Item]:
    if isinstance(document, dict) and isinstance(document.get("log"), dict):
        entries = document["log"].get("entries")
        if not isinstance(entries, list):
            yield InputProblem(name, "HAR file without a log.entries list")
            return
        for index, entry in enumerate(entries):
            yield har_exchange(name, index, entry)
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


def _json_error(exc: ValueError) -> str:
    if isinstance(exc, json.JSONDecodeError):
        return f"{exc.msg} at line {exc.lineno} column {exc.colno}"
    return str(exc)


def _salvage_har(name: str, text: str, error: ValueError) -> Iterator[Item]:
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
        yield har_exchange(name, index, entry)
        index += 1
    yield InputProblem(
        name, f"malformed or truncated HAR ({_json_error(error)}); read the {index} complete entries before it"
    )


# ---------------------------------------------------------------------------------------------
# Recordings: {"operation_id", "request": {method, url, query, form|json, content_type, cookies},
#              "response": {status, content_type, body}}


def _text_map(value: Any) -> dict[str, Any]:
    if not isinstance(value, dict):
        return {}
    return {str(k): v if isinstance(v, str) else json.dumps(v) for k, v in value.items()}


def recording_exchange(name: str, index: int | None, rec: dict[str, Any]) -> Item:
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
        )
    status = raw_response.get("status", 200)
    if not isinstance(status, int) or isinstance(status, bool):
        return InputProblem(name, f"response status is not a number: {status!r}", index)
    content_type = media_type(raw_response.get("content_type"))
    problem: str | None
    if "body" not in raw_response:
        body, problem = NO_BODY, "the recording holds no body"
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
        try:
            return base64.b64decode(text + "=" * (-len(text) % 4))
        except (binascii.Error, ValueError):
            return text.encode("utf-8", "surrogatepass")  # marked base64 but is not: read it as text
    return text.encode("utf-8", "surrogatepass")


def har_request(raw: Any) -> Request | None:
    if not isinstance(raw, dict) or not isinstance(raw.get("url"), str):
        return None
    url = raw["url"]
    query = dict(parse_qsl(urlsplit(url).query, keep_blank_values=True))
    request = Request(method=str(raw.get("method") or "GET").upper(), url=url, query=query)
    post = raw.get("postData")
    if not isinstance(post, dict):
        return request
    request.content_type = media_type(post.get("mimeType")) or _header(raw, "content-type")
    text = post.get("text")
    params = post.get("params")
    if request.content_type == "application/json":
        body, problem = parse_json_body(str(text or "").encode("utf-8", "surrogatepass"), request.content_type)
        request.json, request.body_problem = (None, problem) if body is NO_BODY else (body, None)
    elif isinstance(text, str) and (request.content_type or "").endswith("x-www-form-urlencoded"):
        request.form = dict(parse_qsl(text, keep_blank_values=True))
    elif isinstance(params, list) and params:
        request.form = {str(p.get("name")): str(p.get("value", "")) for p in params if isinstance(p, dict)}
    elif isinstance(text, str) and text:
        request.body_problem = f"a {request.content_type or 'untyped'} body this tool does not read"
    return request


def _header(message: dict[str, Any], name: str) -> str | None:
    for header in message.get("headers") or []:
        if isinstance(header, dict) and str(header.get("name", "")).lower() == name:
            return media_type(header.get("value"))
    return None


def har_exchange(name: str, index: int, entry: Any) -> Item:
    if not isinstance(entry, dict):
        return InputProblem(name, "HAR entry is not an object", index)
    request = har_request(entry.get("request"))
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
    data = _har_body_bytes(content)
    if data is None:
        missing = "the HAR holds no body for this response (exported without content?)"
        return Exchange(name, index, None, request, Response(status, content_type, NO_BODY, missing))
    return Exchange(name, index, None, request, Response(status, content_type, raw=data))
