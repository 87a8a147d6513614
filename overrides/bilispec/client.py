"""One client for both hosts: routing, cookies and csrf, validation, typed errors, retries, logging.

Every operation goes through `call()` (or `acall()`): the named resource methods are thin wrappers,
so hosts, auth, errors and retries have one code path. A call:

1. checks the parameters against the description (nothing is sent when one is wrong);
2. fills `csrf`/`csrf_token` from bili_jct where the operation carries them;
3. sends to the operation's host (or to `base_url`, e.g. the local sandbox);
4. validates the JSON body against the description, `code` choosing success or error branch;
5. raises the error class for a non-zero `code`, or returns `data` as the generated model.
"""

from __future__ import annotations

import gc
import json
import logging
import os
import time
from email.utils import parsedate_to_datetime
from functools import cache
from typing import TYPE_CHECKING, Any

import httpx
import msgspec
import tenacity

from . import errors
from .auth import Credentials
from .description import Description, Operation, description
from .params import CSRF_NAMES, ParamChecker
from .retries import RetryPolicy, tenacity_kwargs
from .scrub import scrub_text
from .validation import MAX_DEPTH, ResponseValidator, Violation, deeper_than

if TYPE_CHECKING:
    from . import resources as r

log = logging.getLogger("bilispec")

ENV_BASE_URL = "BILISPEC_BASE_URL"
DEFAULT_TIMEOUT = httpx.Timeout(10.0, connect=5.0)
USER_AGENT = "bilispec/0.1 (+https://pypi.org/project/bilispec)"


class _ScrubHttpxLogs(logging.Filter):
    """httpx logs every request URL at INFO; JSON-bodied writes carry csrf in the query string."""

    def filter(self, record: logging.LogRecord) -> bool:
        record.msg = scrub_text(record.getMessage())
        record.args = ()
        return True


logging.getLogger("httpx").addFilter(_ScrubHttpxLogs())


def _retry_after(response: httpx.Response) -> float | None:
    value = response.headers.get("Retry-After")
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        try:
            return max(0.0, parsedate_to_datetime(value).timestamp() - time.time())
        except (TypeError, ValueError):
            return None


class _Engine:
    """Everything about a call except the I/O, shared by the sync and async clients."""

    def __init__(
        self,
        credentials: Credentials | None,
        base_url: str | None,
        desc: Description | None,
    ) -> None:
        self.credentials = credentials or Credentials.from_env()
        self.base_url = (base_url or os.environ.get(ENV_BASE_URL) or "").rstrip("/") or None
        self.description = desc or description()
        self.validator = ResponseValidator(self.description)
        self._checkers: dict[str, ParamChecker] = {}
        self._hosts: dict[str, str] = {}  # for log lines

    def operation(self, operation_id: str) -> Operation:
        try:
            return self.description[operation_id]
        except LookupError:
            raise errors.RequestValidationError(f"unknown operation {operation_id!r}") from None

    def url(self, op: Operation) -> str:
        return (self.base_url or op.host) + op.path

    def build(self, op: Operation, params: dict[str, Any]) -> dict[str, Any]:
        """httpx request arguments for a call, after every check."""
        checker = self._checkers.get(op.operation_id)
        if checker is None:
            checker = self._checkers[op.operation_id] = ParamChecker(op)
        supplied = [n for n in CSRF_NAMES if params.get(n) is not None]
        if supplied:
            raise errors.RequestValidationError(
                f"{supplied[0]!r} is filled from the bili_jct cookie; do not pass it",
                operation=op.operation_id,
                field=supplied[0],
            )
        filled = frozenset(CSRF_NAMES) if self.credentials.bili_jct else frozenset()
        values = checker.check(params, filled)
        app_login = "access_key" in values  # the history report's app mode needs no csrf
        if op.csrf_location and not app_login:
            csrf = self.credentials.bili_jct
            csrf_required = bool(op.parameter("csrf") and op.parameter("csrf").required)  # type: ignore[union-attr]
            if not csrf and (csrf_required or op.needs_csrf):
                raise errors.RequestValidationError(
                    "this operation needs the bili_jct cookie (csrf); pass bili_jct= or set BILI_JCT",
                    operation=op.operation_id,
                    field="csrf",
                )
            if csrf:
                for name in CSRF_NAMES:
                    if op.parameter(name) is not None:
                        values[name] = csrf
        prepared = checker.split(values)
        headers = {"Accept": "application/json", "User-Agent": USER_AGENT}
        cookie = self.credentials.cookie_header()
        if cookie:
            headers["Cookie"] = cookie
        kwargs: dict[str, Any] = {"method": op.method, "url": self.url(op), "headers": headers}
        if prepared.query:
            kwargs["params"] = prepared.query
        if prepared.form is not None:
            kwargs["data"] = prepared.form
        if prepared.json is not None:
            kwargs["json"] = prepared.json
        return kwargs

    def interpret(self, op: Operation, response: httpx.Response) -> Any:
        """The typed `data` of a response, or the library's exception for it."""
        name = op.operation_id
        content_type = response.headers.get("Content-Type", "")
        try:
            body = _read_json(response.content)
        except (ValueError, RecursionError):  # RecursionError: nested past the parser's limit
            raise errors.NonJSONResponseError(
                f"HTTP {response.status_code} with a non-JSON body ({content_type or 'no content type'})",
                operation=name,
                status=response.status_code,
                content_type=content_type,
                retry_after=_retry_after(response),
            ) from None
        if response.status_code != 200:
            raise errors.HTTPStatusError(
                f"HTTP {response.status_code}",
                operation=name,
                status=response.status_code,
                retry_after=_retry_after(response),
            )
        # The common case in one jsonschema-rs pass: a valid success, nested no deeper than MAX_DEPTH.
        if self.validator.accepts_success(name, body, MAX_DEPTH):
            return self._parse_success(op, body)
        if deeper_than(body, MAX_DEPTH):  # refused before anything recursive (validator, scrub) sees it
            raise errors.ResponseValidationError(
                f"the body nests deeper than {MAX_DEPTH} levels",
                operation=name,
                violations=[Violation("", "depth", f"at most {MAX_DEPTH} levels", "deeper", "nested too deeply")],
            )
        violations = self.validator.validate(name, body)
        if violations:
            raise errors.ResponseValidationError(
                "the response does not match the description: " + "; ".join(str(v) for v in violations[:5]),
                operation=name,
                violations=violations,
                body=body,
            )
        code = body["code"]
        if code != 0:
            message = body.get("message") or body.get("msg") or ""
            raise errors.api_error(
                code=code, message=message, operation=name, meaning=op.error_codes.get(code), body=body
            )
        return self._parse_success(op, body)

    def _parse_success(self, op: Operation, body: dict[str, Any]) -> Any:
        """`data` as the generated model; the body has been validated, so from_dict reads it as it is."""
        model = _success_model(op)
        if model is None:  # the description gives this success no `data` (the watch reports)
            return None
        from bilispec_generated.types import Unset

        # The models form a tree without cycles: a collection mid-build would scan thousands of new
        # objects and free none of them. The collector is paused for the build and runs after it.
        collecting = gc.isenabled()
        gc.disable()
        try:
            data = model.from_dict(body).data
        except (KeyError, TypeError, ValueError, AttributeError) as exc:  # validated already; belt and braces
            raise errors.ResponseValidationError(
                f"the response could not be read into {model.__name__}: {type(exc).__name__}",
                operation=op.operation_id,
                violations=[],
                body=body,
            ) from None
        finally:
            if collecting:
                gc.enable()
        return None if isinstance(data, Unset) else data  # an optional `data` left out: None, not UNSET

    def log_attempt(
        self, op: Operation, started: float, response: httpx.Response | None, error: Exception | None, attempt: int
    ) -> None:
        if not log.isEnabledFor(logging.INFO):  # the common case: nobody listens, build nothing
            return
        elapsed = (time.perf_counter() - started) * 1000
        host = self._hosts.get(op.operation_id)
        if host is None:
            host = self._hosts[op.operation_id] = httpx.URL(self.url(op)).host
        # The code as interpret() already read it: no second parse of the body for the log line.
        body = getattr(error, "body", None)
        code: Any = 0 if error is None else body.get("code") if isinstance(body, dict) else None
        status = response.status_code if response is not None else None
        outcome = type(error).__name__ if error else "ok"
        log.info(
            "%s %s %s status=%s code=%s elapsed_ms=%.1f attempt=%d %s",
            op.operation_id,
            op.method,
            host,
            status,
            code,
            elapsed,
            attempt,
            outcome,
        )


# msgspec reads JSON about three times as fast as the json module. What it refuses (lone surrogates,
# NaN, numbers past float range, UTF-16/32, a byte order mark, deep nesting) json reads or rejects,
# so a body always reads as json.loads reads it.
_JSON_DECODER = msgspec.json.Decoder()


def _read_json(content: bytes) -> Any:
    try:
        return _JSON_DECODER.decode(content)
    except (msgspec.DecodeError, ValueError, RecursionError):
        return json.loads(content)


def _success_model(op: Operation) -> Any:
    """The generated class of the operation's success envelope, or None when it has no `data` model."""
    branch = op.response_schema.get("oneOf", [{}])[0]
    return _model_named(branch.get("$ref", "").rsplit("/", 1)[-1])


@cache
def _model_named(name: str) -> Any:
    if not name:
        return None
    from bilispec_generated import models

    cls = getattr(models, name, None)
    return cls if cls is not None and "data" in getattr(cls, "__annotations__", {}) else None


def _transport_error(op: Operation, exc: httpx.HTTPError) -> errors.BiliError:
    if isinstance(exc, httpx.TimeoutException):
        return errors.TimeoutError(f"timed out ({type(exc).__name__})", operation=op.operation_id)
    return errors.TransportError(f"{type(exc).__name__}: {exc}", operation=op.operation_id)


class BiliClient:
    """Synchronous client for every operation of the description.

    >>> with BiliClient(sessdata="...", bili_jct="...") as client:
    ...     panel = client.call("get_vote_panel", room_id=123)
    """

    # Set by resources.attach_sync; declared here for type checkers.
    replays: r.Replays
    slices: r.Slices
    drafts: r.Drafts
    highlights: r.Highlights
    room: r.Room
    votes: r.Votes
    silent_users: r.SilentUsers
    watch_reports: r.WatchReports

    def __init__(
        self,
        *,
        sessdata: str | None = None,
        bili_jct: str | None = None,
        base_url: str | None = None,
        timeout: httpx.Timeout | float | None = DEFAULT_TIMEOUT,
        retry: RetryPolicy | None = None,
        http_client: httpx.Client | None = None,
        description: Description | None = None,
    ) -> None:
        creds = Credentials(sessdata, bili_jct) if (sessdata or bili_jct) else None
        self._engine = _Engine(creds, base_url, description)
        self.retry = retry or RetryPolicy()
        self._owns_http = http_client is None
        self._http = http_client or httpx.Client(timeout=timeout)
        from .resources import attach_sync

        attach_sync(self)

    def __repr__(self) -> str:
        return f"BiliClient(base_url={self._engine.base_url!r}, credentials={self._engine.credentials!r})"

    def call(self, operation_id: str, **params: Any) -> Any:
        """Call an operation by its operationId with its documented parameters; returns typed `data`."""
        op = self._engine.operation(operation_id)
        request = self._engine.build(op, params)
        attempt = 0

        def once() -> Any:
            nonlocal attempt
            attempt += 1
            started = time.perf_counter()
            response: httpx.Response | None = None
            try:
                response = self._http.request(**request)
                result = self._engine.interpret(op, response)
            except httpx.HTTPError as exc:
                error = _transport_error(op, exc)
                self._engine.log_attempt(op, started, None, error, attempt)
                raise error from None
            except errors.BiliError as exc:
                self._engine.log_attempt(op, started, response, exc, attempt)
                raise
            self._engine.log_attempt(op, started, response, None, attempt)
            return result

        # Most calls succeed at once: tenacity (~20 µs a call) only steps in after a failure, which
        # it is handed as its own first attempt, so retries and waits are exactly as without this.
        try:
            return once()
        except errors.BiliError as exc:
            first: errors.BiliError | None = exc

        def replay_then_once() -> Any:
            nonlocal first
            if first is not None:
                error, first = first, None
                raise error
            return once()

        retrying = tenacity.Retrying(**tenacity_kwargs(self.retry, op.method), sleep=self._sleep)
        return retrying(replay_then_once)

    def _sleep(self, seconds: float) -> None:
        time.sleep(seconds)

    def close(self) -> None:
        if self._owns_http:
            self._http.close()

    def __enter__(self) -> BiliClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class AsyncBiliClient:
    """Asynchronous twin of BiliClient, on one httpx.AsyncClient connection pool."""

    # Set by resources.attach_async; declared here for type checkers.
    replays: r.AsyncReplays
    slices: r.AsyncSlices
    drafts: r.AsyncDrafts
    highlights: r.AsyncHighlights
    room: r.AsyncRoom
    votes: r.AsyncVotes
    silent_users: r.AsyncSilentUsers
    watch_reports: r.AsyncWatchReports

    def __init__(
        self,
        *,
        sessdata: str | None = None,
        bili_jct: str | None = None,
        base_url: str | None = None,
        timeout: httpx.Timeout | float | None = DEFAULT_TIMEOUT,
        retry: RetryPolicy | None = None,
        http_client: httpx.AsyncClient | None = None,
        description: Description | None = None,
    ) -> None:
        creds = Credentials(sessdata, bili_jct) if (sessdata or bili_jct) else None
        self._engine = _Engine(creds, base_url, description)
        self.retry = retry or RetryPolicy()
        self._owns_http = http_client is None
        self._http = http_client or httpx.AsyncClient(timeout=timeout)
        from .resources import attach_async

        attach_async(self)

    def __repr__(self) -> str:
        return f"AsyncBiliClient(base_url={self._engine.base_url!r}, credentials={self._engine.credentials!r})"

    async def call(self, operation_id: str, **params: Any) -> Any:
        """Call an operation by its operationId with its documented parameters; returns typed `data`."""
        op = self._engine.operation(operation_id)
        request = self._engine.build(op, params)
        attempt = 0

        async def once() -> Any:
            nonlocal attempt
            attempt += 1
            started = time.perf_counter()
            response: httpx.Response | None = None
            try:
                response = await self._http.request(**request)
                result = self._engine.interpret(op, response)
            except httpx.HTTPError as exc:
                error = _transport_error(op, exc)
                self._engine.log_attempt(op, started, None, error, attempt)
                raise error from None
            except errors.BiliError as exc:
                self._engine.log_attempt(op, started, response, exc, attempt)
                raise
            self._engine.log_attempt(op, started, response, None, attempt)
            return result

        try:  # tenacity only after a failure, as in BiliClient.call
            return await once()
        except errors.BiliError as exc:
            first: errors.BiliError | None = exc

        async def replay_then_once() -> Any:
            nonlocal first
            if first is not None:
                error, first = first, None
                raise error
            return await once()

        retrying = tenacity.AsyncRetrying(**tenacity_kwargs(self.retry, op.method), sleep=self._sleep)
        return await retrying(replay_then_once)

    async def _sleep(self, seconds: float) -> None:
        import asyncio

        await asyncio.sleep(seconds)

    async def aclose(self) -> None:
        if self._owns_http:
            await self._http.aclose()

    async def __aenter__(self) -> AsyncBiliClient:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()
