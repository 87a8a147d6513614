"""Judge captured exchanges against the description: which operation, valid or not, and the drift.

An exchange is matched to its operation by the recording's operationId or, for HAR entries, by method
and URL path. Its response is validated by ResponseValidator (compiled once per operation), its
request by RequestChecker, and its body walked for drift. Violations and drift stay apart: a
violation is a body or request the description forbids; drift is something it does not know.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from functools import lru_cache
from typing import Any, Literal, TypeVar
from urllib.parse import SplitResult, urlsplit

from ..core.description import Description, Operation
from ..core.findings import Finding, drift, path_file, request_problem
from ..core.scrub import SECRET_NAMES, holding, scrub_text
from ..core.validation import MAX_DEPTH, deeper_than, shared_validator
from .capture import NO_BODY, Batch, Exchange, InputProblem, Item, Pending, Request, Response, base64_body, media_type
from .drift import DriftFinder
from .har_entries import LeanEntry, lean_entries, raw_request, read_request
from .pinpoint import BranchPinpointer
from .request_check import RequestChecker, csrf_differing
from .request_shapes import RequestShapes, shaped
from .results import DRIFT, INVALID, SKIPPED, UNCHECKED, VALID, Audit, Plain, Result
from .stream_capture import StreamMessage, judge_stream

LOOPBACK = frozenset({"127.0.0.1", "localhost", "::1", "[::1]"})

_ROOT = "spec/openapi.yaml"  # where a new path is listed
_MATCHED = 4096  # URLs whose operation is kept
# Requests (by their text, of at most _VERDICT_BYTES bytes) whose verdict is kept, their texts
# _VERDICTS_HELD bytes at most (about 30,000 of a browser's requests of 1 KB): a bot going round
# thousands of rooms sends each request again only after thousands of others.
_VERDICTS_HELD, _VERDICT_BYTES = 32 * 1024 * 1024, 16 * 1024
# Answers not plain (drift, a violation, another status or media type) whose result is kept, by their
# request's verdict and their text: a page polls, and the answer it gets changes now and then.
_BODIES_HELD, _BODY_CHARS = 16 * 1024 * 1024, 64 * 1024
_MEDIA = 256  # content types whose media type is kept
_UNSEEN: Any = object()
_BRACES = ("{", b"{")  # a JSON object begins so, as text or as bytes (a base64 body)
K = TypeVar("K")
V = TypeVar("V")
# A request's verdict: (operation, method, URL as shown, the operation's check of a body's text:
# ResponseValidator.known_text_check, the request's held values, its drift: members the description
# does not know, its problems) once its operation is known, else False (the general way judges it).
_Verdict = (
    tuple[
        str,
        str | None,
        str | None,
        Callable[[str | bytes], bool],
        tuple[str, ...],
        tuple[Finding, ...],
        tuple[Finding, ...],
    ]
    | Literal[False]
)


class Bounded(dict[K, V]):
    """A dict of what the lean lane keeps, its keys at most `most` long (bytes or characters) in all
    and `each` each: past `most` it starts again (a capture's recurring texts are soon kept again)."""

    def __init__(self, most: int, each: int) -> None:
        super().__init__()
        self._most, self._each, self._held = most, each, 0

    def put(self, key: K, value: V, size: int) -> None:
        if size > self._each:
            return
        if self._held + size > self._most:
            self.clear()
        self[key] = value
        self._held += size

    def clear(self) -> None:
        super().clear()
        self._held = 0


def held_values(request: Request | None) -> list[str]:
    """Values of an entry's request to scrub wherever they appear in its report: its secret cookies
    (SESSDATA, bili_jct, buvid3, ...), any cookie long enough to be a token, and secret headers."""
    if request is None:
        return []
    cookies = [v for k, v in request.cookies.items() if k.lower() in SECRET_NAMES or len(v) >= 16]
    return [*cookies, *request.secrets]


@lru_cache(maxsize=4096)
def _place(scheme: str, netloc: str, path: str) -> tuple[str, str]:
    """(host name, the URL as reports show it: no query, scrubbed) of a request; captures call the
    same few URLs over and over, so each is worked out once."""
    hostname = urlsplit(f"//{netloc}").hostname or "" if netloc else ""
    return hostname, scrub_text(f"{scheme}://{netloc}{path}" if netloc else path)


class Auditor:
    """Everything compiled once for a description: validators, request checkers, drift shapes."""

    def __init__(self, desc: Description, extra_origins: Iterable[str] = ()) -> None:
        self.desc = desc
        # Shared with every auditor and client of the description: what it compiles depends on the
        # description only (a second run in one process, as the tests make, compiles nothing again).
        self.validator = shared_validator(desc)
        self.drift = DriftFinder(desc)
        self.pinpointer = BranchPinpointer(desc)
        self._checkers: dict[str, RequestChecker] = {}
        self._compiled: set[tuple[str, bool]] = set()  # (operation, with its response)
        self.compile_seconds = 0.0
        self._by_path: dict[str, list[Operation]] = {}
        # (method, netloc, path, host name) -> (operation, check the host): a capture calls the same URLs
        self._matched: dict[tuple[str, str, str, str], tuple[Operation, bool]] = {}
        for op in desc.operations.values():
            self._by_path.setdefault(op.path, []).append(op)
        self._hosts = {op.operation_id: urlsplit(op.host).hostname or "" for op in desc.operations.values()}
        self.api_hosts = frozenset(self._hosts.values())
        # ValueError for an origin that is not a URL (`http://[::1`): the command says so.
        self.origins = tuple(extra_origins)
        self.stand_ins = frozenset(urlsplit(o if "//" in o else f"//{o}").netloc.lower() for o in self.origins)
        # The lean lane's memory (_lean): a request's text -> its verdict (_Verdict), or its Result when
        # no operation answers it; a content's mimeType -> its media type.
        self._verdicts: Bounded[bytes, _Verdict | Result] = Bounded(_VERDICTS_HELD, _VERDICT_BYTES)
        self._verdicts_limit = 0
        self._media: dict[str | None, str | None] = {}  # a content's mimeType -> its media type
        self._codes: dict[str, frozenset[int]] = {}
        self._shapes = RequestShapes()  # a new request text of a shape judged before: its values only
        # (verdict, status, media type, text) -> what is said of the answer
        self._bodies: Bounded[tuple[Any, ...], tuple[Any, ...]] = Bounded(_BODIES_HELD, _BODY_CHARS)

    def checker(self, op: Operation) -> RequestChecker:
        if op.operation_id not in self._checkers:
            self._checkers[op.operation_id] = RequestChecker(op)
        return self._checkers[op.operation_id]

    def _compile(self, op: Operation, response: bool) -> None:
        """Compile what judging an operation's exchange needs on first sight, timed apart from the
        checking: its request's checks, and its response's validators when there is a response (a
        request judged alone, for its verdict, needs none: the lean lane rarely does)."""
        if (op.operation_id, response) in self._compiled:
            return
        started = time.perf_counter()
        if response:
            self.validator.is_valid(op.operation_id, None)
        self.checker(op)
        self._compiled.add((op.operation_id, response))
        self.compile_seconds += time.perf_counter() - started

    def run(self, items: Iterable[Item]) -> Audit:
        audit = Audit()
        started, compiled = time.perf_counter(), self.compile_seconds
        for item in self.judge_all(items):
            audit.tally.add(item)
            if isinstance(item, InputProblem):
                audit.problems.append(item)
            else:
                audit.results.append(item)
        audit.tally.seconds = time.perf_counter() - started
        audit.tally.compile_seconds = self.compile_seconds - compiled
        return audit

    def judge_all(self, items: Iterable[Item]) -> Iterator[Result | InputProblem]:
        """A result for each exchange, in order; input problems pass through."""
        for item in self.judge_runs(items):
            if isinstance(item, Plain):
                yield from item.results()
            else:
                yield item

    def judge_runs(self, items: Iterable[Item]) -> Iterator[Result | InputProblem | Plain]:
        """As judge_all, with the plain results of a batch's lean lane given together (Plain)."""
        for item in items:
            if isinstance(item, Batch):  # entries as text, the common case of all of them at once
                yield from self._judge_batch(item)
            elif isinstance(item, Pending):  # an entry as text: read here (in a --jobs worker)
                for read in item.items():
                    yield read if isinstance(read, InputProblem) else self.judge_safely(read)
            else:
                yield item if isinstance(item, InputProblem) else self.judge_safely(item)

    def _judge_batch(self, batch: Batch) -> Iterator[Result | InputProblem | Plain]:
        """Each entry of a batch on the lean lane, or, when that lane sees anything at all, the
        general way: both give the same result (tests/command/test_validate_fast.py)."""
        limit, file, first = batch.options.max_decompressed, batch.file, batch.entry
        if limit != self._verdicts_limit:  # a request's verdict depends on the bound of its body too
            self._verdicts.clear()
            self._shapes.clear()
            self._bodies.clear()
            self._verdicts_limit = limit
        plain: list[tuple[int, str, str | None, str | None]] = []
        lean = self._lean
        for offset, entry in enumerate(lean_entries(batch)):
            try:
                judged = None if entry is None else lean(entry, file, first + offset, limit)
            except Exception:  # whatever it is, the general way says it
                judged = None
            if type(judged) is tuple:
                plain.append((first + offset, judged[0], judged[1], judged[2]))
                continue
            if plain:
                yield Plain(file, plain)
                plain = []
            if isinstance(judged, Result):  # judged in the lean lane, not plain (drift, a note, another host)
                yield judged
                continue
            yield from self.judge_runs((batch.pending(offset),))
        if plain:
            yield Plain(file, plain)

    def _lean(self, entry: LeanEntry, file: str, index: int, limit: int) -> _Verdict | Result | None:
        """The common case in a few steps: status 200, a JSON body a typed decode takes whole (a valid
        success, or error envelope with a listed code; every member and status value known: no
        drift), and a request whose checks found nothing when its text was first seen: its verdict,
        whose first three (operation, method, URL) make the entry's plain result (results.Plain). A
        request with problems or drift, or a body the decode does not take (drift, a violation): the
        entry's Result, its response judged as `judge` judges one (`_response_judged`). A request no
        operation answers (another host, a preflight, an unknown URL): its Result, which no response
        changes but for the status. None for anything else: the general way judges it."""
        response = entry.response
        if response is None or response.status <= 0 or entry.messages is not None:
            return None
        key = bytes(entry.request)
        verdict = self._verdicts.get(key)
        if verdict is None:
            verdict = self._request_verdict(key, file, index, limit)
        if isinstance(verdict, Result):
            # The kept Result is a template: each entry's gets lists of its own
            found, drift, source = list(verdict.findings), list(verdict.drift), f"{file}#{index}"
            return replace(
                verdict, source=source, file=file, entry=index, status=response.status, findings=found, drift=drift
            )
        # A redirect's target is in the headers the lean reading skips: the general way reads them.
        if verdict is False or 300 <= response.status < 400:
            return None
        content = response.content
        if content is None or content.text is None:
            return None
        text: str | bytes = content.text
        # Base64 (HAR exports of Firefox, Charles, mitmproxy) is read as its bytes; any other mark is
        # no encoding the general way knows: it reads the text as text.
        if content.encoding is not None and content.encoding.lower() == "base64":
            decoded = base64_body(content.text)
            text = text if decoded is None else decoded
        kind = self._media.get(content.mimeType, _UNSEEN)
        if kind is _UNSEEN:
            kind = media_type(content.mimeType)
            if len(self._media) < _MEDIA:
                self._media[content.mimeType] = kind
        if kind is None:  # the general way reads the response's Content-Type header instead
            return None
        status = response.status
        if status != 200 or kind != "application/json" or text[:1] not in _BRACES:  # JSON as text/plain, HTML...
            return self._response_judged(verdict, status, text, kind, file, index, limit)
        # A typed decode of the text, else the response judged as `judge` judges it
        if verdict[3](text):
            if not (verdict[5] or verdict[6]):
                return verdict
            # The response adds nothing (a typed decode took it: valid, nothing unknown): the request's part
            found, drift = list(verdict[6]), list(verdict[5])
            outcome = INVALID if found else DRIFT
            return Result(f"{file}#{index}", file, index, *verdict[:3], 200, outcome, found, drift, validated=True)
        return self._response_judged(verdict, 200, text, kind, file, index, limit, refused=True)

    def _response_judged(
        self,
        verdict: _Verdict,
        status: int,
        text: str | bytes,
        kind: str,
        file: str,
        index: int,
        limit: int,
        refused: bool = False,
    ) -> Result:
        """The Result `judge` gives an entry whose request's operation is known (`verdict`: its
        problems and drift come first) and whose response (not a redirect) has `status` and `text` of
        media type `kind`: its response judged the same way, the request not again; the request's held
        values scrubbed from what is said, as judge_safely does. tests/command/test_validate_fast.py
        compares it with the general way. `refused`: the typed decodes did not take the text (see
        _judge_response)."""
        assert verdict is not False
        operation_id, method, url, _, held, drift, problems = verdict
        key = (verdict, status, kind, text)
        said = self._bodies.get(key)
        if said is not None:  # this request's answer judged before (a page polls): said again
            outcome, findings, drifted, note, validated = said
            source = f"{file}#{index}"
            found, drifted = [*findings], [*drifted]
            return Result(source, file, index, *verdict[:3], status, outcome, found, drifted, note, validated)
        op = self.desc.operations[operation_id]
        self._compile(op, True)
        raw = text if isinstance(text, bytes) else text.encode("utf-8", "surrogatepass")
        response = Response(status, kind, raw=raw, limit=limit)
        exchange = Exchange(file, index, None, None, response)
        result = Result(
            exchange.source, file, index, operation_id, method, url, status, findings=list(problems), drift=list(drift)
        )
        with holding(held):
            self._response_outcome(op, exchange, result, refused)
        r = result
        self._bodies.put(key, (r.outcome, tuple(r.findings), tuple(r.drift), r.note, r.validated), len(text))
        return result

    def _known_codes(self, operation_id: str) -> frozenset[int]:
        """The error codes that are no drift for an operation: its x-error-codes, and the common ones."""
        codes = self._codes.get(operation_id)
        if codes is None:
            op_codes = self.desc.operations[operation_id].error_codes
            codes = self._codes[operation_id] = frozenset(op_codes) | frozenset(self.desc.common_error_codes)
        return codes

    def _request_verdict(self, key: bytes, file: str, index: int, limit: int) -> _Verdict | Result:
        """The verdict of a request's checks on its own (they never look at the response), kept; for a
        request no operation answers, its Result (`judge` looks no further). A request of a shape
        judged before is judged by its values alone (tools/request_shapes.py)."""
        verdict: _Verdict | Result = False
        raw = raw_request(key)
        shape = None if raw is None else shaped(raw)
        known = None if shape is None else self._shapes.verdict(shape)
        if known is not None:
            verdict = known
        elif raw is not None and (request := read_request(raw, limit)) is not None:
            verdict = self._request_judged(request, file, index)
            if shape is not None and request.json is None and request.body_problem is None:
                if isinstance(verdict, Result):  # no operation answers it, whatever its values
                    self._shapes.learn(shape, verdict, None, None)
                elif verdict is not False and not verdict[6]:  # clean: its values alone decide the next
                    self._shapes.learn(shape, verdict, self._checkers[verdict[0]], request.cookies.get("bili_jct"))
        self._verdicts.put(key, verdict, len(key))  # an upload's request is judged again the next time
        return verdict

    def _request_judged(self, request: Request, file: str, index: int) -> _Verdict | Result:
        """A request's verdict, judged in full as `judge` judges it."""
        held = held_values(request)
        judged = self._judge_holding(Exchange(file, index, None, request, None), held)
        if isinstance(judged, Result) and judged.operation_id is None and not judged.findings:
            return judged
        if isinstance(judged, Result) and judged.operation_id is not None and judged.note is None:
            # Typed decodes only: a body they do not take is judged in full next (_response_judged).
            codes = self._known_codes(judged.operation_id)
            check = self.validator.known_text_check(judged.operation_id, codes, read=False)
            said = tuple(judged.drift), tuple(judged.findings)
            return (judged.operation_id, judged.method, judged.url, check, tuple(held), *said)
        return False

    def judge_safely(self, item: Exchange | StreamMessage) -> Result | InputProblem:
        if isinstance(item, StreamMessage):
            return stream_result(item)
        return self._judge_holding(item, held_values(item.request))

    def _judge_holding(self, item: Exchange, held: list[str]) -> Result | InputProblem:
        """`judge`, the entry's own credentials (`held`) scrubbed by value from whatever is said."""
        if not held:
            return self._judge_guarded(item)
        with holding(held):
            return self._judge_guarded(item)

    def _judge_guarded(self, item: Exchange) -> Result | InputProblem:
        try:
            return self.judge(item)
        except (ValueError, TypeError, KeyError, AttributeError, RecursionError, UnicodeError) as exc:
            # Whatever a capture holds, it becomes a message about that entry, never a traceback.
            message = f"entry cannot be judged: {type(exc).__name__}: {scrub_text(str(exc))[:200]}"
            return InputProblem(item.file, message, item.entry)

    def _stand_in(self, netloc: str, hostname: str) -> bool:
        """A sandbox or mock answering in the API's place: loopback, or an origin given with --origin."""
        return hostname in LOOPBACK or netloc.lower() in self.stand_ins

    def _match(
        self, exchange: Exchange, result: Result, url: SplitResult | None, hostname: str
    ) -> tuple[Operation | None, bool]:
        """(operation, whether to check the request's host)."""
        request = exchange.request
        stand_in = url is not None and self._stand_in(url.netloc, hostname)
        if exchange.operation_id is not None:
            op = self.desc.operations.get(exchange.operation_id)
            if op is None:
                result.outcome, result.note = UNCHECKED, f"unknown operation {exchange.operation_id!r}"
            return op, not stand_in
        if request is None or url is None:
            result.outcome, result.note = UNCHECKED, "neither an operation_id nor a request URL to match"
            return None, False
        key = (request.method, url.netloc, url.path, hostname)
        matched = self._matched.get(key)
        if matched is not None:
            return matched
        on_api = hostname in self.api_hosts or stand_in
        candidates = self._by_path.get(url.path.rstrip("/") or "/", []) if on_api else []
        if request.method == "OPTIONS" and candidates:
            result.outcome, result.note = SKIPPED, "CORS preflight"
            return None, False
        if not candidates:
            if hostname in self.api_hosts:
                result.outcome = DRIFT
                result.drift.append(
                    drift("url", "", f"{request.method} {url.path}", "URL matches no operation", _ROOT, "exchange")
                )
            else:
                result.outcome, result.note = SKIPPED, "not an API host"
            return None, False
        on_host = [op for op in candidates if stand_in or self._hosts[op.operation_id] == hostname]
        same_method = [op for op in on_host or candidates if op.method == request.method]
        if len(self._matched) >= _MATCHED:
            self._matched.clear()
        matched = self._matched[key] = ((same_method or on_host or candidates)[0], not stand_in)
        return matched

    def judge(self, exchange: Exchange) -> Result:
        request, response = exchange.request, exchange.response
        url, parts, hostname = None, None, ""
        if request is not None:
            parts = urlsplit(request.url)
            hostname, url = _place(parts.scheme, parts.netloc, parts.path)
        result = Result(
            source=exchange.source,
            file=exchange.file,
            entry=exchange.entry,
            operation_id=exchange.operation_id,
            method=request.method if request else None,
            url=url,
            status=response.status if response else None,
            note=exchange.note,
        )
        op, check_host = self._match(exchange, result, parts, hostname)
        if op is None:
            return result
        result.operation_id = op.operation_id
        self._compile(op, response is not None)
        if request is not None:
            problems, undocumented = self.checker(op).check(
                request, check_host=check_host, url=parts, hostname=hostname
            )
            result.findings += problems
            result.drift += [
                drift(
                    "request-member",
                    f"/{m.replace(':', '/', 1)}",
                    m,
                    "request member the description does not know",
                    path_file(op.tag, op.operation_id),
                    "request",
                )
                for m in undocumented
            ]
        if request is not None:
            self._check_csrf(request, result, path_file(op.tag, op.operation_id))
        if response is None:
            result.outcome = UNCHECKED if not result.findings else INVALID
            return result
        return self._response_outcome(op, exchange, result)

    def _response_outcome(self, op: Operation, exchange: Exchange, result: Result, refused: bool = False) -> Result:
        """`result` (the request's part said) with the response's part and the outcome."""
        if self._unjudged(exchange, result):
            result.outcome = INVALID if result.findings else UNCHECKED
            return result
        self._judge_response(op, exchange, result, refused)
        result.outcome = INVALID if result.findings else DRIFT if result.drift else VALID
        return result

    def _check_csrf(self, request: Request, result: Result, spec_file: str) -> None:
        """A csrf that is not the bili_jct cookie sent with it: the API answers that with -111.
        Neither value is shown; placeholders and scrubbed values are not compared."""
        cookie = request.cookies.get("bili_jct")
        if not cookie:
            return
        sent = {**request.query, **(request.form or {}), **(request.json if isinstance(request.json, dict) else {})}
        for name in csrf_differing(cookie, sent):
            where = "form" if request.form and name in request.form else "json" if request.json else "query"
            result.findings.append(
                request_problem(
                    f"/{where}/{name}",
                    "csrf",
                    "the bili_jct cookie's value",
                    "a different value (not shown)",
                    f"{name} differs from the bili_jct cookie: the API answers -111",
                    spec_file,
                )
            )

    def _unjudged(self, exchange: Exchange, result: Result) -> bool:
        """Redirects and bodies the capture does not hold are not judged: nothing to say about them.

        A redirect (3xx with a Location) is not the operation's answer: the entry it leads to is,
        and is judged in its turn; so a 302 is neither a violation nor drift."""
        response = exchange.response
        assert response is not None
        if response.status in (301, 302, 303, 307, 308):
            target = urlsplit(response.location or "")
            where = target.hostname or (response.location and "the same host") or "no Location"
            result.note = (
                f"HTTP {response.status} redirect to {scrub_text(str(where))}: the entry it leads to is judged"
            )
            return True
        if not response.captured:
            result.note = response.problem or "no body captured"
            return True
        return False

    def _judge_response(self, op: Operation, exchange: Exchange, result: Result, refused: bool = False) -> None:
        """The response's findings and drift. `refused`: the typed decodes of the known schema did
        not take the body (the lean lane): its check of the parsed body is not made again, as it
        would most likely refuse it too, and where it would not, the walk finds no drift either."""
        response = exchange.response
        assert response is not None
        if response.status != 200:
            what = f"HTTP {response.status}" + (f" ({response.problem})" if response.body is NO_BODY else "")
            text = f"{what}; the description has 200 only"
            spec = path_file(op.tag, op.operation_id)
            result.drift.append(drift("http-status", "", str(response.status), text, spec, "exchange"))
            return
        spec = path_file(op.tag, op.operation_id)
        if response.body is NO_BODY:
            result.findings.append(
                Finding("", "json", "a JSON envelope", response.problem or "no body", "no JSON body", spec_file=spec)
            )
            return
        if response.content_type == "text/plain":  # the API serves some JSON answers as text/plain
            result.note = "JSON served as text/plain (the API does that); judged as JSON"
        elif response.content_type not in (None, "application/json"):
            result.findings.append(
                Finding(
                    "", "mediaType", "application/json", response.content_type, "wrong content type", spec_file=spec
                )
            )
        body = response.body
        success = type(body) is dict and type(body.get("code")) is int and body["code"] == 0
        # The common case: a valid success holding only what the description knows, one pass.
        if success and not refused and self.validator.accepts_known_success(op.operation_id, body):
            result.validated = True
            return
        # A valid success nested no deeper than MAX_DEPTH (with drift, or an error), in one pass.
        if not self.validator.accepts_success(op.operation_id, response.body, MAX_DEPTH):
            if deeper_than(response.body, MAX_DEPTH):
                result.findings.append(
                    Finding("", "depth", f"at most {MAX_DEPTH} levels", "deeper", "nested too deeply", spec_file=spec)
                )
                return
            violations = self.validator.validate(op.operation_id, response.body)
            for v in self.pinpointer.pinpoint(op, response.body, violations):
                result.findings.append(v)
        result.validated = True
        # A success the known check refused (above) most likely holds drift: the finder walks it without
        # its own closed check first (the walk alone says what the drift is, whichever way).
        result.drift += self.drift.find(op, response.body, walk=success)


def stream_result(message: StreamMessage) -> Result | InputProblem:
    """A recorded stream's command as a result (its cmd where an operation goes), or its problem."""
    if message.command is None:
        return InputProblem(message.file, f"{message.position}: {message.problem}", message.entry)
    verdict = judge_stream(message)
    result = Result(message.source, message.file, message.entry, verdict.cmd, "WS", message.url, None)
    result.outcome, result.findings, result.drift = verdict.outcome, verdict.violations, verdict.drift
    return result
