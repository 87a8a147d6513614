"""Schemathesis proves the sandbox against the description, in-process (no socket), with the
envelope-aware hooks and checks of tests/schemathesis_envelope.py, the same ones the schemathesis
CLI loads through schemathesis.toml.

Stateless: every operation, positive and negative cases. The OpenAPI links (stateful) and the CLI
run are test_sandbox_stateful's: a module of its own, so that the two halves can run side by side.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from typing import Any

import pytest
from hypothesis import HealthCheck, settings
from schemathesis.core.failures import FailureGroup
from schemathesis.python.asgi import ASGIClient

from bilispec.core.description import description
from bilispec.sandbox import (
    SANDBOX_BILI_JCT,
    SANDBOX_ROOM_ID,
    SANDBOX_SESSDATA,
    ManualClock,
    World,
    create_app,
)

from ..conftest import report_figure
from .schemathesis_app import SwappableSandbox, in_process_client, load_schema

EXAMPLES = 8  # per operation and phase; keeps the run to seconds
RUNS: Counter[str] = Counter()


SANDBOX = SwappableSandbox()  # the broken-sandbox checks swap in a broken one
schema = load_schema()
schema.app = SANDBOX


@pytest.fixture(scope="module")
def client() -> Iterator[ASGIClient]:
    """One in-process client for every case (schemathesis makes a new one per call unless given one)."""
    with in_process_client(SANDBOX) as session:
        yield session


@schema.parametrize()
# The account the cases are sent as. Also gives each operation's test its own node id (schemathesis
# alone names them all alike), which pytest-xdist needs to schedule them.
@pytest.mark.parametrize("account", ["anchor"])
@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck), derandomize=True)
def test_sandbox_conforms(case: Any, account: str, client: ASGIClient) -> None:
    try:
        response = case.call(session=client)
    finally:
        client.cookies.clear()  # each case starts without cookies, as on a client of its own
    case.validate_response(response)
    RUNS["stateless"] += 1


@pytest.fixture(scope="module", autouse=True)
def _report_cases() -> Iterator[None]:
    yield
    report_figure(
        f"schemathesis against the sandbox: {RUNS['stateless']} generated cases over "
        f"{len(description().operations)} operations (the links: test_sandbox_stateful)"
    )


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
