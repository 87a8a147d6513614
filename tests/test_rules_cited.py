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

from collections import Counter
from typing import Any

import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.config import SchemathesisConfig
from schemathesis.generation.modes import GenerationMode

from bilispec.core.rules import ONE_OF, SPAN
from bilispec.sandbox import ManualClock, World, create_app

from . import schemathesis_envelope as envelope
from .conftest import BUNDLE, ROOT, report_figure

EXAMPLES = 4
CITED: Counter[str] = Counter()

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
    CITED[broken.rule] += 1


def test_the_rules_were_exercised() -> None:
    """Runs after the cases above in the same process (pytest-xdist --dist loadfile keeps a file in one
    worker): both rules were broken by some positive case and cited by the sandbox."""
    assert CITED[ONE_OF] > 0 and CITED[SPAN] > 0, CITED
    report_figure(f"rules: sandbox refusals of schema-valid requests, each citing its stated rule: {dict(CITED)}")
