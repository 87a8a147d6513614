"""Check a captured request against its operation: method, host, media type and every member.

The client checks the arguments of a call before sending (params.ParamChecker); this module checks
what was actually sent, where query and form values arrive as text. Each value is read the way the
server reads it (digits as an integer, per the member's schema) and then checked against the
member's own schema, so one request can report several problems at once. Members the description
does not know are drift, not violations: the web pages add signing and tracking members freely.
"""

from __future__ import annotations

import dataclasses
import json
import re
from dataclasses import dataclass
from typing import Any
from urllib.parse import SplitResult, urlsplit

import jsonschema_rs

from ..core.description import Operation, Parameter
from ..core.findings import Finding, parameter_file, path_file, request_problem, schema_file
from ..core.params import CSRF_NAMES, coerce
from ..core.rules import cross_member_finding
from ..core.scrub import SCRUBBED, SECRET_NAMES, scrub
from .capture import Request

# Recordings keep the pages' placeholders ("xxxxxx") and scrubbed secrets: present, value unknown.
_PLACEHOLDER = re.compile(r"^(x+|X+|" + SCRUBBED + r")$")


_PLANS, _MEMBERS = 64, 64  # plans kept per operation, of at most _MEMBERS members: a page sends the same sets
# Typed values kept per operation, of texts up to _SHORT characters (ids, flags and tokens repeat;
# timestamps do not). With the plans, 60 operations hold at most about 10 MB whatever a capture
# sends (a capture of unique member names and values measured it).
_TYPED, _SHORT = 256, 256
_UNSEEN, _UNKNOWN = object(), object()  # not typed yet; a placeholder, present but value unknown


@dataclass(frozen=True)
class _Plan:
    """What a request's member names and places decide, the same for every request that sends
    them: members in the wrong place and required members missing (the problems, in that order),
    the undocumented members, and the documented ones whose values are to be checked."""

    problems: tuple[Finding, ...]
    undocumented: tuple[str, ...]
    documented: tuple[tuple[tuple[str, str], Parameter], ...]


def _short(value: Any, limit: int = 80) -> str:
    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= limit else text[: limit - 3] + "..."


class RequestChecker:
    """Compiled checks for one operation's requests."""

    def __init__(self, op: Operation) -> None:
        self.op = op
        self._documented = {(p.location, p.name): p for p in op.parameters}
        self._locations = {p.name: p.location for p in op.parameters}
        schema = {"type": "object", "properties": {p.name: p.schema for p in op.parameters}}
        self._values = jsonschema_rs.validator_for(schema)
        self._files = _member_files(op)
        self._host = urlsplit(op.host).hostname
        self._required = [p for p in op.parameters if p.required]
        self._has_rules = bool(op.one_of_required or op.span_limit)  # cross_member_finding has work
        self._plans: dict[tuple[tuple[str, str], ...], _Plan] = {}
        self._typed: dict[tuple[tuple[str, str], str], Any] = {}  # (member, text) -> its value, or _UNKNOWN

    def check(
        self,
        request: Request,
        *,
        check_host: bool = True,
        url: SplitResult | None = None,
        hostname: str | None = None,
    ) -> tuple[list[Finding], list[str]]:
        """(problems, undocumented members as "location:name"). `check_host` is off for a request sent
        to a sandbox or another stand-in origin; `url` (the request's URL split) and `hostname` are
        given by a caller that has them."""
        op = self.op
        problems: list[Finding] = []
        if request.method != op.method:
            problems.append(request_problem("/method", "method", op.method, request.method, "wrong HTTP method"))
        if check_host:
            url = url or urlsplit(request.url)
            hostname = url.hostname if hostname is None else hostname
            if hostname and hostname != self._host:
                problems.append(
                    request_problem("/url", "host", op.host, f"{url.scheme}://{hostname}", "sent to the other host")
                )
        has_body = request.form is not None or request.json is not None or request.body_problem is not None
        if has_body and request.content_type != op.media_type:
            expected = op.media_type or "no body"
            problems.append(
                request_problem(
                    "/content-type", "mediaType", expected, request.content_type or "none", "wrong request media type"
                )
            )
        if request.body_problem:
            problems.append(request_problem("/body", "readable", op.media_type or "no body", "?", request.body_problem))

        sent: dict[tuple[str, str], Any] = {("query", k): v for k, v in request.query.items()}
        sent.update({("form", k): v for k, v in (request.form or {}).items()})
        if isinstance(request.json, dict):
            sent.update({("json", str(k)): v for k, v in request.json.items()})
        elif request.json is not None:
            problems.append(
                request_problem("/json", "type", '"object"', _short(scrub(request.json)), "JSON body is not an object")
            )

        found, undocumented = self._members(sent, rules=not problems)
        problems += found
        return [self._with_file(p) for p in problems], list(undocumented)

    def members_clean(self, sent: dict[tuple[str, str], Any]) -> bool:
        """Whether the members sent, as `check` reads them ((location, name) -> value), hold no
        problem: a request whose method, host and media type are known to be right needs no more."""
        return not self._members(sent, rules=True)[0]

    def _members(self, sent: dict[tuple[str, str], Any], rules: bool) -> tuple[list[Finding], tuple[str, ...]]:
        """(the members' problems, the undocumented ones): places, names, each value, and the rules
        across members when `rules` (the request has no other problem) and no member has one."""
        keys = tuple(sent)
        plan = self._plans.get(keys)
        if plan is None:
            plan = self._plan(keys)
            if len(keys) <= _MEMBERS:  # kept: a page's requests, not a capture's oddities
                if len(self._plans) >= _PLANS:
                    self._plans.clear()
                self._plans[keys] = plan
        values: dict[str, Any] = {}
        for key, param in plan.documented:
            value = sent[key]
            if not isinstance(value, str) or len(value) > _SHORT:
                if not (isinstance(value, str) and _PLACEHOLDER.match(value)):
                    values[param.name] = coerce(value, param.schema)
                continue
            typed = self._typed.get((key, value), _UNSEEN)
            if typed is _UNSEEN:  # text read as the server reads it, once per member and value
                if len(self._typed) >= _TYPED:
                    self._typed.clear()
                typed = _UNKNOWN if _PLACEHOLDER.match(value) else coerce(value, param.schema)
                self._typed[(key, value)] = typed
            if typed is not _UNKNOWN:
                values[param.name] = typed
        problems = list(plan.problems)
        problems += self._value_problems(values) if values else []
        if rules and not problems and self._has_rules:
            present = {name for (_, name), value in sent.items() if value not in (None, "")}
            broken = cross_member_finding(self.op, values, present)
            problems += [broken] if broken is not None else []
        return problems, plan.undocumented

    def _plan(self, keys: tuple[tuple[str, str], ...]) -> _Plan:
        """What the members' places and names decide, whatever their values."""
        sent = set(keys)
        problems: list[Finding] = []
        undocumented: list[str] = []
        misplaced: set[str] = set()
        documented: list[tuple[tuple[str, str], Parameter]] = []
        for location, name in keys:
            param = self._documented.get((location, name))
            home = self._locations.get(name)
            if param is None and home is not None and (home, name) not in sent:
                misplaced.add(name)  # only here, not where the description has it
                message = f"{name!r} belongs in the {home}"
                problems.append(request_problem(f"/{location}/{name}", "location", home, location, message))
            elif param is None:
                undocumented.append(f"{location}:{name}")  # unknown, or a second copy of a documented member
            else:
                documented.append(((location, name), param))
        app_login = ("form", "access_key") in sent  # the history report's app mode needs no csrf
        for param in self._required:
            if (param.location, param.name) in sent or param.name in misplaced:
                continue
            if app_login and param.name in CSRF_NAMES:
                continue
            where = f"/{param.location}/{param.name}"
            problems.append(request_problem(where, "required", "present", "missing", f"{param.name!r} is missing"))
        found = tuple(self._with_file(p) for p in problems)
        return _Plan(found, tuple(sorted(undocumented)), tuple(documented))

    def _with_file(self, problem: Finding) -> Finding:
        """The spec file to edit for a problem: the member's own file (a shared parameter, a body
        schema component), else the operation's path item."""
        if problem.spec_file:
            return problem
        parts = problem.pointer.split("/")
        member = self._files.get((parts[1], parts[2])) if len(parts) > 2 else None
        return dataclasses.replace(problem, spec_file=member or path_file(self.op.tag, self.op.operation_id))

    def _value_problems(self, values: dict[str, Any]) -> list[Finding]:
        problems = []
        try:
            if self._values.is_valid(values):  # the common case: no error to list
                return []
            errors = list(self._values.iter_errors(values))
        except ValueError as exc:  # text jsonschema-rs cannot take (a lone surrogate)
            return [request_problem("", "readable", "text", "?", f"unreadable request values: {type(exc).__name__}")]
        for error in errors:
            path = list(error.instance_path)
            name = str(path[0]) if path else ""
            where = f"/{self._locations.get(name, 'query')}/{name}" + "".join(f"/{p}" for p in path[1:])
            schema_path = list(error.schema_path)
            rule = str(schema_path[-1]) if schema_path else "?"
            secret = name.lower() in SECRET_NAMES
            scrubbed = scrub(error.instance)
            found = "(a secret, not shown)" if secret else _short(scrubbed)
            expected = self._expected(name, rule)
            # jsonschema-rs's message quotes the value: only when it holds no secret
            message = str(error.message) if not secret and scrubbed == error.instance else f"{found} breaks {rule!r}"
            problems.append(request_problem(where, rule, expected, found, message))
        return problems

    def _expected(self, name: str, rule: str) -> str:
        param = self.op.parameter(name)
        if param is None or rule not in param.schema:
            return rule
        return _short(param.schema[rule])


def csrf_differing(cookie: str | None, sent: dict[str, Any]) -> list[str]:
    """The csrf members sent (csrf, csrf_token; `sent`: name -> value) that are not the bili_jct
    cookie's value `cookie`: the API answers them -111. A placeholder of the pages ("xxxxxx") or a
    value scrubbed on recording is present but unknown: compared with nothing."""
    if not cookie or _unknown(cookie):
        return []
    return [
        name
        for name in CSRF_NAMES
        if isinstance(value := sent.get(name), str) and value and not _unknown(value) and value != cookie
    ]


def _unknown(value: str) -> bool:
    return value == SCRUBBED or set(value) <= {"x", "X"}


def _member_files(op: Operation) -> dict[tuple[str, str], str]:
    """(location, name) -> spec file, for members written outside the path item: shared parameters
    (components/parameters) and a body schema that is a component."""
    files: dict[tuple[str, str], str] = {}
    raw = op.raw.get("parameters") or []
    # Operation.parameters lists the path item's parameters, then the operation's, then body members.
    listed = [p for p in op.parameters if p.location not in ("form", "json")]
    for param, written in zip(listed[len(listed) - len(raw) :], raw, strict=False):
        ref = written.get("$ref", "") if isinstance(written, dict) else ""
        if ref.startswith("#/components/parameters/"):
            files[(param.location, param.name)] = parameter_file(ref.rsplit("/", 1)[-1])
    body = op.raw.get("requestBody")
    for media in (body.get("content") or {}).values() if isinstance(body, dict) else ():
        ref = (media.get("schema") or {}).get("$ref", "") if isinstance(media, dict) else ""
        if ref.startswith("#/components/schemas/") and op.body_schema:
            location = "json" if op.media_type == "application/json" else "form"
            for name in op.body_schema.get("properties", {}):
                files[(location, name)] = schema_file(ref.rsplit("/", 1)[-1])
    return files
