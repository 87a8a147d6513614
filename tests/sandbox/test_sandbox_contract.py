"""Schemathesis proves the sandbox against the description, in-process (no socket), with the
envelope-aware hooks and checks of tests/schemathesis_envelope.py, the same ones the schemathesis
CLI loads through schemathesis.toml.

Stateless: every operation, positive and negative cases. Stateful: the OpenAPI links in the
description (create_vote -> get_vote_panel -> terminate_vote, add_silent_user ->
get_silent_user_list -> del_room_block_user, get_draft_list -> delete_slice_draft,
anchor_video_download -> get_anchor_video_uid_record), one state machine per chain.
"""

from __future__ import annotations

import os
import subprocess
from collections import Counter
from collections.abc import Iterator
from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.config import SchemathesisConfig
from schemathesis.core.failures import FailureGroup
from schemathesis.generation.modes import GenerationMode

from bilispec.core.description import description
from bilispec.sandbox import (
    SANDBOX_BILI_JCT,
    SANDBOX_ROOM_ID,
    SANDBOX_SESSDATA,
    ManualClock,
    World,
    create_app,
    running,
)

from .. import schemathesis_envelope as envelope
from ..client_support import all_operation_ids
from ..conftest import BUNDLE, ROOT, report_figure

EXAMPLES = 8  # per operation and phase; keeps the run to seconds
STATEFUL_EXAMPLES = 25
RUNS: Counter[str] = Counter()
SUCCEEDED: Counter[str] = Counter()


class Sandbox:
    """The app under test; stateful scenarios swap in a fresh world."""

    def __init__(self) -> None:
        self.app = create_app(World(ManualClock()))

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        await self.app(scope, receive, send)


SANDBOX = Sandbox()
CONFIG = SchemathesisConfig.from_path(ROOT / "schemathesis.toml")  # auth, hooks, checks: as the CLI uses them
schema = schemathesis.openapi.from_path(BUNDLE, config=CONFIG)
schema.app = SANDBOX


@schema.parametrize()
# The account the cases are sent as. Also gives each operation's test its own node id (schemathesis
# alone names them all alike), which pytest-xdist needs to schedule them.
@pytest.mark.parametrize("account", ["anchor"])
@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck), derandomize=True)
def test_sandbox_conforms(case: Any, account: str) -> None:
    response = case.call()
    case.validate_response(response)
    RUNS["stateless"] += 1


# Stateful runs send positive data only: a sequence is there to reach states through links, and the
# stateless run above already sends every kind of negative data to every operation. One machine per
# chain of links, so that the example budget is spent on the chain, not spread over every operation.
CHAINS = {
    "vote": ("create_vote", "get_vote_panel", "terminate_vote"),
    "silent_user": ("add_silent_user", "get_silent_user_list", "del_room_block_user"),
    "draft": ("anchor_get_draft_list", "anchor_delete_slice_draft", "fan_get_draft_list", "fan_delete_slice_draft"),
    "download": ("anchor_video_download", "get_anchor_video_uid_record"),
}
# Reached with success only with ids an earlier answer gave: proof that the links are followed.
LINK_TARGETS = ("terminate_vote", "del_room_block_user", "anchor_delete_slice_draft", "get_anchor_video_uid_record")


def _machine(operations: tuple[str, ...]) -> Any:
    chain = schemathesis.openapi.from_path(BUNDLE, config=CONFIG).include(operation_id=list(operations))
    chain.app = SANDBOX
    chain.config.generation.update(modes=[GenerationMode.POSITIVE])

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
def _report_cases() -> Iterator[None]:
    yield
    report_figure(
        f"schemathesis against the sandbox: {RUNS['stateless']} generated cases over "
        f"{len(description().operations)} operations, "
        f"{RUNS['stateful steps']} stateful steps; successes through links: "
        + ", ".join(f"{op} {SUCCEEDED[op]}" for op in LINK_TARGETS)
    )


def test_the_cli_run_the_maintainers_use_passes() -> None:
    """`schemathesis run generated/openapi.yaml --url <sandbox>` from the repository root, with the
    configuration it discovers (schemathesis.toml), on a small budget: the fuzzing and stateful
    phases (the coverage phase runs in-process above)."""
    with running() as url:
        result = subprocess.run(
            [
                str(ROOT / ".venv" / "bin" / "schemathesis"),
                "run",
                str(BUNDLE),
                "--url",
                url,
                "--max-examples",
                "3",
                "--phases",
                "fuzzing,stateful",
            ],
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=300,
            env={**os.environ, "NO_COLOR": "1"},
        )
    summary = result.stdout[result.stdout.rfind("SUMMARY") :]
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-2000:]
    cases = summary.split("Test cases:")[1].strip().splitlines()[0]  # "N generated, N passed"
    assert f"Tested: {len(all_operation_ids())}" in summary and "passed" in cases and "failed" not in cases, summary
    report_figure(f"schemathesis CLI against a served sandbox (fuzzing, stateful; 3 examples): {cases}")


class _Broken:
    """The sandbox with one fault: a wrongly typed member, or no auth check."""

    def __init__(self, fault: str) -> None:
        self.fault = fault
        self.app = create_app(World(ManualClock()), strict=False)

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if self.fault == "auth" and scope["type"] == "http":
            headers = [(k, v) for k, v in scope["headers"] if k != b"cookie"]
            cookie = f"SESSDATA={SANDBOX_SESSDATA}; bili_jct={SANDBOX_BILI_JCT}".encode()
            scope = {**scope, "headers": [*headers, (b"cookie", cookie)]}  # everyone is logged in
        if self.fault != "type":
            await self.app(scope, receive, send)
            return

        async def retype(message: dict[str, Any]) -> None:
            if message["type"] == "http.response.body" and message.get("body"):
                message = {**message, "body": message["body"].replace(b'"templates":[', b'"templates":"x","t":[')}
            elif message["type"] == "http.response.start":
                message = {**message, "headers": [h for h in message["headers"] if h[0] != b"content-length"]}
            await send(message)

        await self.app(scope, receive, retype)


@pytest.mark.parametrize(("fault", "expected"), [("type", "Response violates schema"), ("auth", "without a session")])
def test_the_checks_catch_a_broken_sandbox(fault: str, expected: str) -> None:
    """The same hooks and checks fail a sandbox that breaks the description or ignores auth."""
    SANDBOX.app = _Broken(fault)  # type: ignore[assignment]
    try:
        cookies = {"SESSDATA": SANDBOX_SESSDATA, "bili_jct": SANDBOX_BILI_JCT}
        case = schema.find_operation_by_id("get_vote_panel").Case(query={"room_id": SANDBOX_ROOM_ID}, cookies=cookies)
        response = case.call()
        with pytest.raises(FailureGroup) as failures:
            case.validate_response(response)
    finally:
        SANDBOX.app = create_app(World(ManualClock()))
    assert expected in str(failures.value)
