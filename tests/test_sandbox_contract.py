"""Schemathesis proves the sandbox against the description, in-process (no socket).

Stateless: every operation, positive and negative cases, each positive case also sent once more
with its room and user ids pointed at the seeded account. Stateful: the OpenAPI links in the
description (create_vote -> get_vote_panel -> terminate_vote, add_silent_user ->
get_silent_user_list -> del_room_block_user, get_draft_list -> delete_slice_draft,
anchor_video_download -> get_anchor_video_uid_record) drive sequences against one world.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.core.parameters import ParameterLocation
from schemathesis.generation.modes import GenerationMode
from schemathesis.specs.openapi.checks import positive_data_acceptance

from bilispec.sandbox import ManualClock, World, create_app

from .conftest import BUNDLE, report_figure
from .sandbox_support import ADDITIONAL, COOKIES, EXCLUDED, REAL_STATUS, DerivedStatus, prepare

EXAMPLES = 8  # per operation and phase; keeps the run to seconds
STATEFUL_EXAMPLES = 25
RUNS: dict[str, int] = {"stateless": 0, "steered": 0, "stateful steps": 0}
SUCCEEDED: Counter[str] = Counter()


SANDBOX = DerivedStatus(create_app(World(ManualClock())))
schema = schemathesis.openapi.from_path(BUNDLE)
schema.app = SANDBOX


@schema.parametrize()
# The account the cases are sent as. Also gives each operation's test its own node id (schemathesis
# alone names them all alike), which pytest-xdist needs to schedule them.
@pytest.mark.parametrize("account", ["anchor"])
@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck), derandomize=True)
def test_sandbox_conforms(case: Any, account: str) -> None:
    _send(case, prepare(case, steer=False))
    RUNS["stateless"] += 1
    if case.meta is None or not case.meta.generation.mode.is_negative:
        _send(case, prepare(case, steer=True))
        RUNS["steered"] += 1


def call_kwargs(case: Any) -> dict[str, Any]:
    """The sandbox account's cookies, except for a case whose negation is a missing or broken cookie."""
    cookie_negated = case.meta is not None and case.meta.is_negative_at(ParameterLocation.COOKIE)
    return {} if cookie_negated else {"cookies": COOKIES}


def _send(case: Any, positive: bool) -> None:
    response = case.call(**call_kwargs(case))
    excluded = EXCLUDED if positive else [*EXCLUDED, positive_data_acceptance]
    case.validate_response(response, excluded_checks=excluded, additional_checks=ADDITIONAL)


# Stateful runs send positive data only: a sequence is there to reach states through links, and the
# stateless run above already sends every kind of negative data to every operation. One machine per
# chain of links, so that the example budget is spent on the chain, not spread over 38 operations.
CHAINS = {
    "vote": ("create_vote", "get_vote_panel", "terminate_vote"),
    "silent_user": ("add_silent_user", "get_silent_user_list", "del_room_block_user"),
    "draft": ("anchor_get_draft_list", "anchor_delete_slice_draft", "fan_get_draft_list", "fan_delete_slice_draft"),
    "download": ("anchor_video_download", "get_anchor_video_uid_record"),
}
# Reached with success only with ids an earlier answer gave: proof that the links are followed.
LINK_TARGETS = ("terminate_vote", "del_room_block_user", "anchor_delete_slice_draft", "get_anchor_video_uid_record")


def _machine(operations: tuple[str, ...]) -> Any:
    chain = schemathesis.openapi.from_path(BUNDLE).include(operation_id=list(operations))
    chain.app = SANDBOX
    chain.config.generation.update(modes=[GenerationMode.POSITIVE])

    class SandboxStateMachine(chain.as_state_machine()):  # type: ignore[misc]
        """Each scenario starts from a fresh seeded world and follows the description's links."""

        def setup(self) -> None:
            SANDBOX.app = create_app(World(ManualClock()))

        def before_call(self, case: Any) -> None:
            self.positive = prepare(case, steer=True)

        def get_call_kwargs(self, case: Any) -> dict[str, Any]:
            return call_kwargs(case)

        def validate_response(self, response: Any, case: Any, additional_checks: Any = None, **kwargs: Any) -> None:
            RUNS["stateful steps"] += 1
            if response.headers.get(REAL_STATUS) and response.status_code == 200:
                SUCCEEDED[case.operation.definition.raw["operationId"]] += 1
            excluded = EXCLUDED if self.positive else [*EXCLUDED, positive_data_acceptance]
            case.validate_response(
                response,
                excluded_checks=excluded,
                additional_checks=ADDITIONAL,
                transport_kwargs=kwargs or None,
                recorder=self.recorder,
            )

    return SandboxStateMachine


@pytest.mark.parametrize("chain", sorted(CHAINS))
def test_stateful_links(chain: str) -> None:
    _machine(CHAINS[chain]).run(
        settings=settings(
            max_examples=STATEFUL_EXAMPLES,
            stateful_step_count=6,
            deadline=None,
            suppress_health_check=list(HealthCheck),
            derandomize=True,
        )
    )
    targets = [op for op in LINK_TARGETS if op in CHAINS[chain]]
    unreached = [op for op in targets if not SUCCEEDED[op]]
    assert not unreached, f"no successful call reached through links: {unreached}"


@pytest.fixture(scope="module", autouse=True)
def _report_cases() -> Iterator[None]:
    yield
    report_figure(
        f"schemathesis against the sandbox: {RUNS['stateless']} generated cases ({RUNS['steered']} more "
        f"steered to the seeded account), {RUNS['stateful steps']} stateful steps; "
        "successes through links: " + ", ".join(f"{op} {SUCCEEDED[op]}" for op in LINK_TARGETS)
    )
