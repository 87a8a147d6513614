"""Schemathesis follows the OpenAPI links of the description through the sandbox, in-process, with
the envelope-aware hooks and checks of tests/schemathesis_envelope.py: one state machine per chain
(create_vote -> get_vote_panel -> terminate_vote, add_silent_user -> get_silent_user_list ->
del_room_block_user, get_draft_list -> delete_slice_draft, anchor_video_download ->
get_anchor_video_uid_record). And the schemathesis CLI run the maintainers use, against a served
sandbox. The stateless cases of every operation are test_sandbox_contract's.
"""

from __future__ import annotations

import functools
from collections import Counter
from collections.abc import Iterator
from typing import Any

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, settings
from schemathesis.cli import schemathesis as schemathesis_cli
from schemathesis.generation.modes import GenerationMode

from bilispec.core.description import description
from bilispec.sandbox import ManualClock, World, create_app, running

from .. import schemathesis_envelope as envelope
from ..conftest import BUNDLE, ROOT, report_figure
from .schemathesis_app import SwappableSandbox, load_schema

STATEFUL_EXAMPLES = 15
RUNS: Counter[str] = Counter()
SUCCEEDED: Counter[str] = Counter()
SANDBOX = SwappableSandbox()  # each scenario swaps in a fresh world


# Stateful runs send positive data only: a sequence is there to reach states through links, and the
# stateless run (test_sandbox_contract) sends every kind of negative data to every operation. One machine per
# chain of links, so that the example budget is spent on the chain, not spread over every operation.
CHAINS = {
    "vote": ("create_vote", "get_vote_panel", "terminate_vote"),
    "silent_user": ("add_silent_user", "get_silent_user_list", "del_room_block_user"),
    "draft": ("anchor_get_draft_list", "anchor_delete_slice_draft", "fan_get_draft_list", "fan_delete_slice_draft"),
    "download": ("anchor_video_download", "get_anchor_video_uid_record"),
}
# Reached with success only with ids an earlier answer gave: proof that the links are followed.
LINK_TARGETS = ("terminate_vote", "del_room_block_user", "anchor_delete_slice_draft", "get_anchor_video_uid_record")


@functools.cache
def _schema() -> Any:
    """The description read once for every chain (a chain is a filtered view of it)."""
    schema = load_schema()
    schema.app = SANDBOX
    schema.config.generation.update(modes=[GenerationMode.POSITIVE])
    return schema


def _machine(operations: tuple[str, ...]) -> Any:
    chain = _schema().include(operation_id=list(operations))

    class SandboxStateMachine(chain.as_state_machine()):  # type: ignore[misc]
        def setup(self) -> None:
            SANDBOX.app = create_app(World(ManualClock()))

        def validate_response(self, response: Any, case: Any, additional_checks: Any = None, **kwargs: Any) -> None:
            RUNS["stateful steps"] += 1
            if envelope.envelope_code(response) == 0:
                SUCCEEDED[case.operation.definition.raw["operationId"]] += 1
            case.validate_response(response, transport_kwargs=kwargs or None, recorder=self.recorder)

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
def _report_steps() -> Iterator[None]:
    yield
    report_figure(
        f"schemathesis links through the sandbox: {RUNS['stateful steps']} stateful steps; successes through links: "
        + ", ".join(f"{op} {SUCCEEDED[op]}" for op in LINK_TARGETS)
    )


def test_the_cli_run_the_maintainers_use_passes(monkeypatch: pytest.MonkeyPatch) -> None:
    """`schemathesis run generated/openapi.yaml --url <sandbox>` from the repository root, with the
    configuration it discovers (schemathesis.toml), on a small budget: the fuzzing and stateful
    phases (the coverage phase runs in-process above). The console script's own function, called in
    this process (click's runner): the same command without a second interpreter importing it all."""
    monkeypatch.chdir(ROOT)
    with running() as url:
        result = CliRunner().invoke(
            schemathesis_cli,
            ["run", str(BUNDLE), "--url", url, "--max-examples", "3", "--phases", "fuzzing,stateful"],
            env={"NO_COLOR": "1"},
            catch_exceptions=False,
        )
    summary = result.output[result.output.rfind("SUMMARY") :]
    assert result.exit_code == 0, result.output[-3000:]
    cases = summary.split("Test cases:")[1].strip().splitlines()[0]  # "N generated, N passed"
    assert f"Tested: {len(description().operations)}" in summary and "passed" in cases and "failed" not in cases, (
        summary
    )
    report_figure(f"schemathesis CLI against a served sandbox (fuzzing, stateful; 3 examples): {cases}")
