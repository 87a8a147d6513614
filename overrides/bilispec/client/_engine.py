"""Everything about a call except the I/O: checks, csrf, routing, reading the answer.

The sync and async transports (transport.py) drive it; it never sends anything itself, in the
manner of h11, so one engine serves both and there is nothing here to write twice.
"""

from __future__ import annotations

import gc
import logging
import os
import time
from email.utils import parsedate_to_datetime
from functools import cache
from typing import Any
from urllib.parse import parse_qsl

import httpx
from bilispec_generated import models
from bilispec_generated.types import DESCRIBED_ONLY

from .._constants import DEFAULT_API_ORIGIN, ENV_BASE_URL, USER_AGENT
from ..core import errors
from ..core.description import Description, Operation, description
from ..core.findings import Finding
from ..core.jsonread import NumberTooLargeError, read_json
from ..core.params import CSRF_NAMES, ParamChecker, as_text, coerce_params
from ..core.scrub import Secret, install_log_filters, scrub_text
from ..core.validation import MAX_DEPTH, deeper_than, shared_validator
from .auth import Credentials
from .signing import AppKey, sign
from .wbi import Device
from .wbi import sign as wbi_sign

log = logging.getLogger("bilispec")


install_log_filters()


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


# Headers a request read back from the wire does not keep: the body, host and login are rebuilt.
_REBUILT_HEADERS = frozenset({"host", "content-length", "content-type", "transfer-encoding", "cookie", "authorization"})


class SecretRequest(httpx.Request):
    """An httpx.Request whose repr is scrubbed: its URL carries csrf for the operations that send it
    in the query string, and a traceback with frame locals (an error tracker's) prints reprs."""

    def __repr__(self) -> str:
        return scrub_text(super().__repr__())


DRIFT_RECHECK = 32  # answers of an operation with new members between two checks that they are still new


class Engine:
    """Everything about a call except the I/O, shared by the sync and async clients."""

    def __init__(
        self,
        credentials: Credentials | None,
        base_url: str | None,
        desc: Description | None,
        app: AppKey | None = None,
    ) -> None:
        self.credentials = credentials or Credentials.from_env()
        self.app = app or AppKey.from_env()  # signs the operations that carry `sign`, when given
        self.device = Device()  # WBI keys and buvid3, filled by the client when an operation needs them
        self.base_url = (base_url or os.environ.get(ENV_BASE_URL) or "").rstrip("/") or None
        install_log_filters()  # and loggers httpcore made since import: it makes its children lazily
        self.description = desc or description()
        self.validator = shared_validator(self.description)  # compiled once per description
        self._common_codes = self.description.common_error_codes
        self._checkers: dict[str, ParamChecker] = {}
        base = httpx.URL(self.base_url) if self.base_url else None
        self._prefix = base.path.rstrip("/") if base is not None else ""
        self._origins = (
            {f"{base.scheme}://{base.netloc.decode('ascii')}"}
            if base is not None
            else {op.host for op in self.description.operations.values()} | {DEFAULT_API_ORIGIN}
        )
        self._hosts: dict[str, str] = {}  # for log lines
        # Operations whose last answer held a member the description does not name, and how many
        # answers since: see interpret.
        self._drifting: dict[str, int] = {}

    def match(self, request: httpx.Request) -> Operation | None:
        """The operation a request is for, found by method and path.

        A request for no operation (a replay file on a CDN, say) is none of the engine's business.
        """
        path = request.url.path
        if self._prefix and path.startswith(self._prefix):
            path = path[len(self._prefix) :]
        op = self.description.find(request.method, path)
        if op is None or not self.ours(request.url):
            return None
        return op

    def ours(self, url: httpx.URL) -> bool:
        """Only the API's hosts (or base_url's) get cookies: a path alone proves nothing. A URL with
        no host at all is a path the generated functions give relative to their Client."""
        if not url.host:
            return True
        origin = f"{url.scheme}://{url.netloc.decode('ascii')}"
        return origin in self._origins

    def prepare(self, op: Operation, request: httpx.Request) -> httpx.Request:
        """The request as it is sent: checked, csrf filled, cookies set, to the operation's host.

        Requests built by BiliClient.call are checked from their arguments (outgoing); those built
        elsewhere (the generated operation functions) are read back from the wire here and checked
        the same way, so both kinds go out alike.
        """
        query = dict(parse_qsl(request.url.query.decode("ascii"), keep_blank_values=True))
        body: dict[str, Any] = {}
        if op.media_type == "application/json":
            if request.content:
                try:
                    loaded = read_json(request.content)
                except (ValueError, RecursionError):
                    raise errors.RequestValidationError(
                        "the request body is not JSON", operation=op.operation_id
                    ) from None
                body = loaded if isinstance(loaded, dict) else {}
        elif op.media_type:
            body = dict(parse_qsl(request.content.decode("utf-8", "replace"), keep_blank_values=True))
        raw = {**query, **body}
        # Whatever the caller put in csrf/csrf_token is replaced by bili_jct, as call() does.
        params = {k: v for k, v in coerce_params(op, raw).items() if k not in CSRF_NAMES}
        unknown = sorted(set(raw) - {p.name for p in op.parameters})
        if unknown:
            raise errors.RequestValidationError(
                f"unknown parameter {unknown[0]!r}", operation=op.operation_id, field=unknown[0]
            )
        # The caller's headers stay (an httpx client's defaults) but those that describe the old body,
        # its host or a login: the request goes out with the operation's own.
        kept = [(k, v) for k, v in request.headers.multi_items() if k.lower() not in _REBUILT_HEADERS]
        return self.outgoing(op, params, httpx.Headers(kept), request.extensions)

    def outgoing(
        self, op: Operation, params: dict[str, Any], headers: httpx.Headers, extensions: dict[str, Any]
    ) -> SecretRequest:
        """The request for a call: checked parameters, csrf, cookie, host; `headers` (the httpx
        client's) under the operation's own."""
        kwargs = self.build(op, params)
        own: dict[str, str] = kwargs["headers"]
        replaced = {name.lower() for name in own}
        # A list, not Headers(...).update(...): the Request makes its own Headers from it, once.
        merged = [(k, v) for k, v in headers.multi_items() if k.lower() not in replaced]
        merged.extend(own.items())
        return SecretRequest(
            kwargs["method"],
            kwargs["url"],
            params=kwargs.get("params"),
            data=kwargs.get("data"),
            json=kwargs.get("json"),
            headers=merged,
            extensions=extensions,
        )

    def with_login(self, request: httpx.Request) -> httpx.Request:
        """A request to the API's own origin (a redirect httpx built) with the login cookie again."""
        headers = [(k, v) for k, v in request.headers.multi_items() if k.lower() != "cookie"]
        cookie = self.credentials.cookie_header()
        if cookie:
            headers.append(("Cookie", Secret(cookie)))
        # A redirect httpx built carries the first request's body as a stream: read() makes it bytes.
        return SecretRequest(request.method, request.url, headers=headers, content=request.read())

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
        if self.app is not None and op.parameter("sign") is not None:
            # Signed last: the signature covers every member sent, csrf included.
            values = {**values, **sign({k: as_text(v) for k, v in values.items()}, self.app)}
        if self.device.mixin and op.parameter("w_rid") is not None:  # WBI-signed, once keys are held
            values = {**values, **wbi_sign({k: as_text(v) for k, v in values.items()}, self.device.mixin)}
        prepared = checker.split(values)
        for part in (prepared.query, prepared.form, prepared.json):
            for name in CSRF_NAMES:
                if isinstance(part, dict) and isinstance(part.get(name), str):
                    part[name] = Secret(part[name])  # never shown by a traceback's frame locals
        headers = {"Accept": "application/json", "User-Agent": USER_AGENT}
        cookie = "; ".join(filter(None, [self.credentials.cookie_header(), *self.device.cookies()]))
        if cookie:
            headers["Cookie"] = Secret(cookie)
        kwargs: dict[str, Any] = {"method": op.method, "url": self.url(op), "headers": headers}
        if prepared.query:
            kwargs["params"] = prepared.query
        if prepared.form is not None:
            kwargs["data"] = prepared.form
        if prepared.json is not None:
            kwargs["json"] = prepared.json
        return kwargs

    def interpret(self, op: Operation, response: httpx.Response, content: bytes) -> Any:
        """The typed `data` of a response whose body, read whole and decoded, is `content`; or the
        library's exception for it."""
        name = op.operation_id
        content_type = response.headers.get("Content-Type", "")
        try:
            body = read_json(content)
        except NumberTooLargeError as exc:  # JSON, but a number past what any reader agrees on
            raise errors.ResponseValidationError(
                f"the body is JSON, but {exc}", operation=name, violations=[]
            ) from None
        except (ValueError, RecursionError):  # RecursionError: nested past the parser's limit
            if response.status_code == 412:
                raise self._blocked(
                    op, response, None, f"with a non-JSON body ({content_type or 'no content type'})"
                ) from None
            raise errors.NonJSONResponseError(
                f"HTTP {response.status_code} with a non-JSON body ({content_type or 'no content type'})",
                operation=name,
                status=response.status_code,
                content_type=content_type,
                retry_after=_retry_after(response),
            ) from None
        if response.status_code == 412:  # the body is kept for the voucher unless it nests too deep to copy
            raise self._blocked(op, response, None if deeper_than(body, MAX_DEPTH) else body, "")
        if response.status_code != 200:
            raise errors.APIStatusError(
                f"HTTP {response.status_code}",
                operation=name,
                status=response.status_code,
                retry_after=_retry_after(response),
            )
        # The common case in one jsonschema-rs pass: a valid success, every member described, nested
        # no deeper than MAX_DEPTH; then the same without "every member described" (a new member).
        # Once an operation's answer holds a new member (the server added one: the next ones most
        # likely do too), its answers take the second pass alone, and one in DRIFT_RECHECK both, to
        # see whether they are described again: one walk of a body instead of two.
        since = self._drifting.get(name)
        described_first = since is None or since >= DRIFT_RECHECK
        if described_first and self.validator.accepts_described_success(name, body):
            self._drifting.pop(name, None)
            return self._parse_success(op, body, described=True)
        if self.validator.accepts_success(name, body, MAX_DEPTH):
            self._drifting[name] = 0 if since is None or described_first else since + 1
            return self._parse_success(op, body)
        if deeper_than(body, MAX_DEPTH):  # refused before anything recursive (validator, scrub) sees it
            raise errors.ResponseValidationError(
                f"the body nests deeper than {MAX_DEPTH} levels",
                operation=name,
                violations=[Finding("", "depth", f"at most {MAX_DEPTH} levels", "deeper", "nested too deeply")],
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
            documented = code in op.error_codes
            meaning = op.error_codes.get(code) or self._common_codes.get(code)
            raise errors.api_error(
                code=code, message=message, operation=name, meaning=meaning, body=body, documented=documented
            )
        return self._parse_success(op, body)

    def _blocked(self, op: Operation, response: httpx.Response, body: Any, detail: str) -> errors.RiskControlError:
        """HTTP 412 is risk control whatever the body (an HTML page, usually): reported as code -412."""
        message = f"HTTP 412 {detail}".rstrip() + ": blocked by risk control"
        return errors.RiskControlError(
            code=-412,
            message=message,
            operation=op.operation_id,
            meaning=self._common_codes.get(-412),
            body=body,
            status=412,
            retry_after=_retry_after(response),
        )

    def _parse_success(self, op: Operation, body: dict[str, Any], described: bool = False) -> Any:
        """`data` as the generated model; the body has been validated, so from_dict reads it as it is.
        `described`: it holds no member the description does not name, so the models need not look."""
        model = _success_model(op)
        if model is None:  # the description gives this success no `data` (the watch reports)
            return None
        # The models form a tree without cycles: a collection mid-build would scan thousands of new
        # objects and free none of them. The collector is paused for the build and runs after it.
        collecting = gc.isenabled()
        gc.disable()
        token = DESCRIBED_ONLY.set(described)
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
            DESCRIBED_ONLY.reset(token)
            if collecting:
                gc.enable()
        return data

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


def _success_model(op: Operation) -> Any:
    """The generated class of the operation's success envelope, or None when it has no `data` model."""
    branch = op.response_schema.get("oneOf", [{}])[0]
    return _model_named(branch.get("$ref", "").rsplit("/", 1)[-1])


@cache
def _model_named(name: str) -> Any:
    if not name:
        return None
    cls = getattr(models, name, None)
    return cls if cls is not None and "data" in getattr(cls, "__annotations__", {}) else None


def transport_error(op: Operation, exc: httpx.HTTPError) -> errors.BiliError:
    if isinstance(exc, httpx.TimeoutException):
        return errors.APITimeoutError(f"timed out ({type(exc).__name__})", operation=op.operation_id)
    return errors.APIConnectionError(f"{type(exc).__name__}: {exc}", operation=op.operation_id)
