"""Record the read-only operations into the tests/recordings layout, secrets scrubbed before writing.

Each GET operation is called through BiliClient (so parameters are checked and GETs retried as in
any call); an httpx event hook keeps the raw request and response. What gets written:

    {"operation_id", "case", "source": "bilispec record (...)",
     "request": {"method", "url" (the described URL), "query", "cookies" (names only)},
     "response": {"status", "content_type", "body" (scrubbed)}}

Scrubbing happens in memory (scrub.scrub: cookies, csrf, access keys, stream keys, URL signatures),
then the text about to be written is checked again, for the credentials themselves and for every
leak pattern; a file that fails the check is not written at all.
"""

from __future__ import annotations

import json
import os
import re
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from http.cookies import CookieError, SimpleCookie
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import quote, unquote, urlsplit

from ..client.retries import RetryPolicy
from ..core.description import Description, Operation
from ..core.errors import BiliError
from ..core.params import CSRF_NAMES
from ..core.scrub import SCRUBBED, scrub
from ..core.validation import ResponseValidator
from .capture import media_type
from .leaks import scan_text

if TYPE_CHECKING:
    import httpx

CASE_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]*$")
LOOPBACK = ("127.0.0.1", "localhost", "::1")
# A sandbox on a free port names that port in its URLs; recordings name the default one instead.
SANDBOX_ORIGIN = "http://127.0.0.1:8765"
# Members of one answer that later operations take as parameters (the first replay's live_key...).
_DISCOVERABLE = ("live_key", "room_id", "start_time", "end_time", "record_id", "live_uid")


@dataclass(frozen=True)
class Recorded:
    operation_id: str
    outcome: str  # written, skipped, failed
    detail: str
    path: Path | None = None


def read_only_operations(desc: Description) -> list[Operation]:
    """GET operations, those needing no parameter first (their answers name ids the others need)."""
    ops = [op for op in desc.operations.values() if op.method == "GET"]
    return sorted(ops, key=lambda op: (any(p.required for p in op.parameters), op.operation_id))


def parameter_names(desc: Description) -> list[str]:
    return sorted({p.name for op in read_only_operations(desc) for p in op.parameters})


def _typed(value: Any, schema: dict[str, Any]) -> Any:
    if schema.get("type") == "integer" and isinstance(value, str) and re.fullmatch(r"-?\d+", value):
        return int(value)
    if schema.get("type") == "string" and isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    return value


def _cookie_names(header: str | None) -> list[str]:
    if not header:
        return []
    try:
        cookie = SimpleCookie(header)
    except CookieError:
        return sorted({part.split("=", 1)[0].strip() for part in header.split(";") if "=" in part})
    return sorted(cookie)


def to_recording(op: Operation, case: str, source: str, request: httpx.Request, response: httpx.Response) -> Any:
    """The recording of one exchange (scrubbed), or a str saying why it cannot be one."""
    content_type = response.headers.get("Content-Type")
    try:
        body = json.loads(response.content)
    except (ValueError, RecursionError):
        return f"HTTP {response.status_code} with a non-JSON body ({media_type(content_type) or 'no content type'})"
    return {
        "operation_id": op.operation_id,
        "case": case,
        "source": source,
        "request": {
            "method": request.method,
            "url": op.url,  # the described URL: a sandbox's port is not worth recording
            "query": scrub(dict(request.url.params)),
            "cookies": {name: SCRUBBED for name in _cookie_names(request.headers.get("Cookie"))},
        },
        "response": {"status": response.status_code, "content_type": media_type(content_type), "body": scrub(body)},
    }


def leaked(text: str, secrets: Iterable[str]) -> list[str]:
    """What in `text` is a secret: a credential in any spelling, or a leak pattern."""
    found = []
    for secret in secrets:
        if len(secret) < 6:
            continue
        spellings = {secret, unquote(secret), quote(secret, safe=""), json.dumps(secret)[1:-1]}
        if any(s in text for s in spellings):
            found.append("a credential")
    return found + [leak.kind for leak in scan_text(text)]


class Recorder:
    def __init__(
        self,
        desc: Description,
        out: Path,
        *,
        base_url: str | None,
        sessdata: str | None,
        bili_jct: str | None,
        case: str = "recorded",
        delay: float = 0.0,
        retry: RetryPolicy | None = None,
        log: Callable[[str], None] = print,
    ) -> None:
        if not CASE_NAME.match(case):
            raise ValueError(f"case name {case!r}: use letters, digits, '.', '_' and '-'")
        self.desc = desc
        self.out = out
        self.base_url = base_url
        self.case = case
        self.delay = delay
        self.log = log
        self._secrets = [s for s in (sessdata, bili_jct) if s]
        self._exchanges: list[tuple[httpx.Request, httpx.Response]] = []
        hooks = {"response": [self._keep]}
        # httpx (and the client below) only when recording: `bilispec validate` imports this module
        # for its parser, and httpx's command-line extras take a tenth of a second to import.
        import httpx  # noqa: PLC0415

        self._http = httpx.Client(timeout=httpx.Timeout(10.0, connect=5.0), event_hooks=hooks)
        # The client (and its generated models, most of a second to import) only when recording:
        # the other subcommands of `bilispec` import this module too.
        from ..client._client import BiliClient  # noqa: PLC0415

        self._client = BiliClient(
            sessdata=sessdata,
            bili_jct=bili_jct,
            base_url=base_url,
            http_client=self._http,
            description=desc,
            retry=retry,
        )
        self._validator = ResponseValidator(desc)
        host = urlsplit(base_url).hostname if base_url else None
        self.sandbox = host in LOOPBACK
        self.source = f"bilispec record ({'sandbox' if self.sandbox else host or 'api'})"

    def _keep(self, response: httpx.Response) -> None:
        response.read()
        self._exchanges.append((response.request, response))

    def close(self) -> None:
        self._client.close()
        self._http.close()

    def __enter__(self) -> Recorder:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def run(self, ids: dict[str, Any], operation_ids: Iterable[str] | None = None) -> list[Recorded]:
        wanted = set(operation_ids) if operation_ids else None
        known = dict(ids)  # ids from arguments win over ids discovered in answers
        results: list[Recorded] = []
        for index, op in enumerate(read_only_operations(self.desc)):
            if wanted is not None and op.operation_id not in wanted:
                continue
            if index and self.delay and results and results[-1].outcome != "skipped":
                time.sleep(self.delay)  # the real API: one call at a time, slowly
            result = self.record(op, known)
            results.append(result)
            self.log(f"{result.outcome:8} {op.operation_id:40} {result.detail}")
        return results

    def record(self, op: Operation, known: dict[str, Any]) -> Recorded:
        params = {p.name: _typed(known[p.name], p.schema) for p in op.parameters if p.name in known}
        # csrf members are the client's to fill from bili_jct (get_black_list carries them in its query).
        missing = [p.name for p in op.parameters if p.required and p.name not in params and p.name not in CSRF_NAMES]
        if missing:
            options = ", ".join("--" + name.replace("_", "-") for name in missing)
            return Recorded(op.operation_id, "skipped", f"needs {options}")
        self._exchanges.clear()
        error: BiliError | None = None
        try:
            if op.parameter("w_rid") is not None:  # WBI-signed with a buvid3 cookie, as a browser sends it
                self._client.message_stream.prepare()
            self._client.call(op.operation_id, **params)
        except BiliError as exc:  # an error envelope or an invalid body is still worth recording
            error = exc
        if not self._exchanges:
            return Recorded(op.operation_id, "failed", str(error) if error else "no response")
        request, response = self._exchanges[-1]
        recording = to_recording(op, self.case, self.source, request, response)
        if isinstance(recording, str):
            return Recorded(op.operation_id, "failed", recording)
        text = json.dumps(recording, ensure_ascii=False, indent=2) + "\n"
        if self.sandbox and self.base_url:  # volatile: the port the sandbox happened to get
            origin = self.base_url.rstrip("/")
            text = text.replace(origin, SANDBOX_ORIGIN).replace(quote(origin, safe=""), quote(SANDBOX_ORIGIN, safe=""))
        leaks = leaked(text, self._secrets)
        if leaks:
            return Recorded(op.operation_id, "failed", f"not written: {leaks[0]} survived scrubbing")
        path = self._write(op, text)
        body = json.loads(text)["response"]["body"]
        self._discover(body, known)
        return Recorded(op.operation_id, "written", self._verdict(op, body), path)

    def _write(self, op: Operation, text: str) -> Path:
        folder = self.out / op.operation_id
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / f"{self.case}.json"
        partial = path.with_suffix(".json.partial")
        partial.write_text(text, encoding="utf-8")
        os.replace(partial, path)  # never a half-written recording
        return path

    def _verdict(self, op: Operation, body: Any) -> str:
        code = body.get("code") if isinstance(body, dict) else None
        violations = self._validator.validate(op.operation_id, body)
        state = "valid" if not violations else f"{len(violations)} violation(s), first {violations[0]}"
        return f"code {code}, {state}"

    def _discover(self, body: Any, known: dict[str, Any]) -> None:
        """Fill ids no argument gave from the first place an answer holds them."""
        stack = [body]
        while stack:
            node = stack.pop(0)
            if isinstance(node, dict):
                for name, value in node.items():
                    if name in _DISCOVERABLE and name not in known and isinstance(value, int | str) and value != "":
                        known[name] = value
                    elif isinstance(value, dict | list):
                        stack.append(value)
            elif isinstance(node, list):
                stack += node[:1]
