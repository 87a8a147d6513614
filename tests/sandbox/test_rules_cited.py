"""Every refusal the sandbox makes for a request the schemas accept cites a rule the description
states, and the one implementation of those rules (core/rules.py) agrees with the sandbox.

schemathesis sends only positive data (valid by every parameter's schema) to every operation of the
in-process sandbox. For each answer:
- a case that breaks one of the description's cross-member rules (`x-one-of-required`,
  `x-span-limit`, read by core/rules.py as the client and `bilispec validate` read them) is refused,
  and the refusal's message names that rule;
- a case that breaks none is never answered -400 (a bad request) and no answer names a rule.
"""

from __future__ import annotations

from typing import Any

import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.config import SchemathesisConfig
from schemathesis.generation.modes import GenerationMode

from bilispec.core.rules import ONE_OF, SPAN
from bilispec.sandbox import ManualClock, World, create_app

from .. import schemathesis_envelope as envelope
from ..conftest import BUNDLE, ROOT

EXAMPLES = 4

schema = schemathesis.openapi.from_path(BUNDLE, config=SchemathesisConfig.from_path(ROOT / "schemathesis.toml"))
schema.config.generation.update(modes=[GenerationMode.POSITIVE])
schema.app = create_app(World(ManualClock()))


def _answer(response: Any) -> tuple[int | None, str]:
    body = response.json()
    return body.get("code"), str(body.get("message", ""))


@schema.parametrize()
@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck), derandomize=True)
def test_a_refusal_of_a_schema_valid_request_cites_a_stated_rule(case: Any) -> None:
    op = envelope.operation_of(case)
    code, message = _answer(case.call())
    broken = envelope.broken_rule(case)
    if broken is None:
        # -400 as "bad request" (stop_live's -400 means "no permission": the description says which)
        bad_request = code is not None and envelope.derived_status(code, op.error_codes.get(code, "")) == 400
        assert not bad_request, f"{op.operation_id}: a bad request, for a request every stated rule accepts: {message}"
        assert f"({ONE_OF})" not in message and f"({SPAN})" not in message, message
        return
    stated = {ONE_OF: bool(op.one_of_required), SPAN: bool(op.span_limit)}
    assert stated[broken.rule], f"{op.operation_id}: {broken.rule} is not stated for it"
    assert code not in (0, None), f"{op.operation_id}: accepted a request breaking {broken.rule}"
    if code == -101:
        return  # refused for who is calling (an app-mode access_key that is nobody's), before any rule
    assert f"({broken.rule})" in message, f"{op.operation_id}: refused without citing {broken.rule}: {message}"


def test_both_rules_are_refused_citing_them() -> None:
    """The two rules, broken on purpose: the sandbox refuses each with the operation's code, naming it."""
    import httpx

    from bilispec.sandbox import SANDBOX_BILI_JCT, SANDBOX_LIVE_KEY, SANDBOX_SESSDATA
    from bilispec.sandbox.inprocess import SandboxTransport

    cookies = {"SESSDATA": SANDBOX_SESSDATA, "bili_jct": SANDBOX_BILI_JCT}
    desc = envelope.description()
    app = create_app(World(ManualClock()))
    with httpx.Client(transport=SandboxTransport(app), base_url="http://sandbox.test", cookies=cookies) as http:
        beat = desc["report_web_heartbeat"]
        body = http.post(beat.path, data={"cid": 1, "csrf": SANDBOX_BILI_JCT}).json()
        assert body["code"] == -400 and f"({ONE_OF})" in body["message"], body
        stream = desc["get_slice_stream"]
        query = {"live_key": SANDBOX_LIVE_KEY, "start_time": 200, "end_time": 100}
        body = http.get(stream.path, params=query).json()
        assert body["code"] == 100 and f"({SPAN})" in body["message"], body
