"""schemathesis for an API that answers HTTP 200 and puts the outcome in `code`.

Loaded by the pytest contract tests (tests/sandbox/test_sandbox_contract.py, test_sandbox_stateful.py)
and by the schemathesis CLI through `schemathesis.toml` (`hooks = ...`), so that `schemathesis run
generated/openapi.yaml --url http://127.0.0.1:8765` against `make sandbox` judges the sandbox the
same way.

- `after_call` moves the status derived from `code` (0 -> 200, -400 -> 400, -101 -> 401, -111 ->
  403, ...) into the response's status and keeps the real one in a header, so the negative-data
  check and friends keep their heuristics.
- The checks that must see the real status (the description declares only 200: status code,
  content type, body schema) are registered again reading it from that header; schemathesis.toml
  turns the built-in ones off, and the pytest tests exclude them.
- The auth check is registered again reading `code` (its built-in probes bypass `after_call`), and
  the positive-data check again skipping cases that break the description's `x-one-of-required`
  or `x-span-limit`, which schemathesis does not read.
- `refusals_cite_a_stated_rule`: every refusal of a positive case names a rule the description
  states (`x-one-of-required`, `x-span-limit`), and no positive case that keeps them is a bad request.
- `before_call` fills csrf from bili_jct (as the web page does) and points half of the positive
  cases' room and user ids at the seeded account, so success paths are reached, not only
  not-found ones. Negative cases go out as generated. The cookies themselves come from
  schemathesis.toml's `[auth.openapi.*]`, the sandbox's public test account.
"""

from __future__ import annotations

import copy
import json
import zlib
from typing import Any

import schemathesis
from schemathesis.core.transport import Response
from schemathesis.specs.openapi import checks as st_checks

from bilispec.core.description import Operation, description
from bilispec.core.findings import Finding
from bilispec.core.params import coerce_params
from bilispec.core.rules import cross_member_finding
from bilispec.sandbox import (
    SANDBOX_BILI_JCT,
    SANDBOX_LIVE_KEY,
    SANDBOX_OTHER_LIVE_KEY,
    SANDBOX_OTHER_REPLAY_ID,
    SANDBOX_OTHER_UID,
    SANDBOX_REPLAY_ID,
    SANDBOX_ROOM_ID,
    SANDBOX_UID,
)

REAL_STATUS = "x-bilispec-http-status"
# The built-in checks these hooks stand in for.
REPLACED = [
    st_checks.status_code_conformance,
    st_checks.content_type_conformance,
    st_checks.response_schema_conformance,
    st_checks.positive_data_acceptance,
    st_checks.ignored_auth,
]


def derived_status(code: int, meaning: str = "") -> int:
    """The HTTP status an API with honest statuses would send for an envelope `code`, read from the
    meaning the operation documents for it where that says more than the code (stop_live's -400 is
    "no permission", not a bad request)."""
    if code == 0:
        return 200
    text = meaning.lower()
    if "permission" in text:
        return 403
    if "not exist" in text or "not found" in text:
        return 404
    return {-400: 400, -101: 401, -111: 403, -403: 403, -404: 404}.get(code, 409)  # other codes: refused by state


def operation_of(case: Any) -> Operation:
    return description()[case.operation.definition.raw["operationId"]]


def envelope_code(response: Response) -> int | None:
    try:
        code = json.loads(response.content).get("code")
    except (ValueError, AttributeError):
        return None
    return code if isinstance(code, int) and not isinstance(code, bool) else None


@schemathesis.hook
def after_call(context: Any, case: Any, response: Response) -> None:
    code = envelope_code(response)
    if response.status_code == 200 and code is not None and REAL_STATUS not in response.headers:
        response.headers[REAL_STATUS] = ["200"]
        response.status_code = derived_status(code, operation_of(case).error_codes.get(code, ""))


def real(response: Response) -> Response:
    """The response with the status the server really sent."""
    sent = response.headers.get(REAL_STATUS)
    if not sent:
        return response
    restored = copy.copy(response)
    restored.status_code = int(sent[0])
    return restored


@schemathesis.check
def status_code_on_the_wire(ctx: Any, response: Response, case: Any) -> bool | None:
    return st_checks.status_code_conformance(ctx, real(response), case)


@schemathesis.check
def content_type_on_the_wire(ctx: Any, response: Response, case: Any) -> bool | None:
    return st_checks.content_type_conformance(ctx, real(response), case)


@schemathesis.check
def response_schema_on_the_wire(ctx: Any, response: Response, case: Any) -> bool | None:
    return st_checks.response_schema_conformance(ctx, real(response), case)


@schemathesis.check
def positive_data_acceptance_by_code(ctx: Any, response: Response, case: Any) -> bool | None:
    if broken_rule(case) is not None:
        return None  # "positive" for schemathesis, refused by the description's rules: proves nothing
    return st_checks.positive_data_acceptance(ctx, response, case)


class RuleNotCited(AssertionError):
    pass


@schemathesis.check
def refusals_cite_a_stated_rule(ctx: Any, response: Response, case: Any) -> bool | None:
    """A request valid by every parameter's schema is refused for a rule the description states, and
    the refusal names it: one that breaks `x-one-of-required` or `x-span-limit` (core/rules.py, as the
    client and `bilispec validate` read them) is refused citing it; one that breaks neither is never
    a bad request (-400 meaning "bad request", not stop_live's "no permission")."""
    if is_negative(case):
        return None
    code = envelope_code(response)
    try:
        message = str(json.loads(response.content).get("message", ""))
    except (ValueError, AttributeError):
        return None
    op = operation_of(case)
    broken = broken_rule(case)
    cited = [rule for rule in ("x-one-of-required", "x-span-limit") if f"({rule})" in message]
    if broken is None:
        bad_request = code is not None and derived_status(code, op.error_codes.get(code, "")) == 400
        if bad_request or cited:
            raise RuleNotCited(f"{op.operation_id}: refused a request every stated rule accepts: {code} {message}")
        return True
    if code in (0, None):
        raise RuleNotCited(f"{op.operation_id}: accepted a request breaking {broken.rule}")
    if code != -101 and broken.rule not in cited:  # -101: who is calling, judged before any rule
        raise RuleNotCited(f"{op.operation_id}: refused without citing {broken.rule}: {code} {message}")
    return True


class AuthNotEnforced(AssertionError):
    pass


ANONYMOUS: set[int] = set()  # cases the auth check sends without the cookies


@schemathesis.check
def auth_enforced_by_code(ctx: Any, response: Response, case: Any) -> bool | None:
    """A success for an operation that needs SESSDATA must turn into -101 without the cookies."""
    op = operation_of(case)
    if envelope_code(response) != 0 or not op.raw.get("security") or {} in op.raw["security"]:
        return None
    data: dict[str, Any] = {"query": copy.deepcopy(case.query), "headers": dict(case.headers or {})}
    if case.media_type is not None:
        data.update(body=copy.deepcopy(case.body), media_type=case.media_type)
    anonymous = case.operation.Case(**data)
    ANONYMOUS.add(id(anonymous))
    try:
        code = envelope_code(anonymous.call())
    finally:
        ANONYMOUS.discard(id(anonymous))
    if code not in (-101, -111):
        raise AuthNotEnforced(f"{op.operation_id} answered code {code} without a session (expected -101)")
    return True


def broken_rule(case: Any) -> Finding | None:
    """The description's cross-member rule a case breaks (core/rules.py, as client and sandbox read it)."""
    op = operation_of(case)
    if not op.one_of_required and not op.span_limit:
        return None
    body = case.body if isinstance(case.body, dict) else {}
    sent = {**body, **(case.query or {})}
    values = coerce_params(op, sent)
    return cross_member_finding(op, values, {k for k, v in sent.items() if v not in (None, "")})


def seeded(op: Operation) -> dict[str, Any]:
    """Seeded ids for an operation: the anchor's own, or, for the fan side (which names the
    streamer by `live_uid`), the other streamer's."""
    fan = op.parameter("live_uid") is not None
    return {
        "room_id": SANDBOX_ROOM_ID,
        "roomid": SANDBOX_ROOM_ID,
        "uid": SANDBOX_UID,
        "live_uid": SANDBOX_OTHER_UID,
        "record_id": SANDBOX_OTHER_REPLAY_ID if fan else SANDBOX_REPLAY_ID,
        "live_key": SANDBOX_OTHER_LIVE_KEY if fan else SANDBOX_LIVE_KEY,
    }


def is_negative(case: Any) -> bool:
    return case.meta is not None and case.meta.generation.mode.is_negative


@schemathesis.hook
def before_call(context: Any, case: Any, kwargs: dict[str, Any]) -> None:
    if id(case) in ANONYMOUS:  # the auth check's probe: no session at all
        case.cookies = {}
    if is_negative(case):
        return
    op = operation_of(case)
    # Decided by the case's own data, so that a replayed case is steered alike (hypothesis needs that).
    body = case.body if isinstance(case.body, dict | list | str | int | float) else None
    steer = zlib.crc32(json.dumps([case.query, body], sort_keys=True, default=str).encode()) % 2 == 0
    for values in (case.body, case.query):
        if not isinstance(values, dict):
            continue
        for name in ("csrf", "csrf_token"):
            if name in values:
                values[name] = SANDBOX_BILI_JCT
        if steer:
            for name, value in seeded(op).items():
                param = op.parameter(name)
                if name in values and param is not None:
                    values[name] = str(value) if param.schema.get("type") == "string" else value
            # The first page of a list (by `pn`, or by `ps` when it is the page number): a link
            # from it has an item to follow.
            page = "pn" if "pn" in values else "ps" if op.operation_id == "get_silent_user_list" else None
            if page is not None and page in values and (param := op.parameter(page)) is not None:
                values[page] = "1" if param.schema.get("type") == "string" else 1
