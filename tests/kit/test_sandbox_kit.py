"""The test kit for bot authors: the pytest plugin's fixtures (loaded through the `pytest11` entry
point, no conftest), faults on demand, the request log, the in-process transports, and the same
control over HTTP on a served sandbox."""

from __future__ import annotations

import socket
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import anyio
import httpx
import pytest

from bilispec import AsyncBiliClient, BiliClient, RetryPolicy
from bilispec.errors import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    NonJSONResponseError,
    RiskControlError,
)
from bilispec.sandbox import (
    EPOCH,
    SANDBOX_BILI_JCT,
    SANDBOX_OTHER_ROOM_ID,
    SANDBOX_ROOM_ID,
    SANDBOX_SESSDATA,
    ManualClock,
    create_app,
    running,
)
from bilispec.sandbox.inprocess import SandboxTransport
from bilispec.testing import InProcessSandbox

from ..conftest import report_figure


def _vote(client: BiliClient) -> int:
    made = client.votes.create(SANDBOX_ROOM_ID, question="下一首?", option_a="A", option_b="B", duration=1)
    return int(made.interaction_id)


# -- the fixtures ---------------------------------------------------------------------------------


def test_the_plugin_is_loaded_by_its_entry_point(pytestconfig: pytest.Config) -> None:
    plugin = pytestconfig.pluginmanager.get_plugin("bilispec")
    assert plugin is not None and plugin.__name__ == "bilispec.testing"


def test_bili_client_is_the_test_account_on_a_fresh_sandbox(
    bili_sandbox: InProcessSandbox, bili_client: BiliClient
) -> None:
    assert isinstance(bili_sandbox.clock, ManualClock) and bili_sandbox.clock.now() == EPOCH
    assert bili_sandbox.base_url in repr(bili_client)
    interaction_id = _vote(bili_client)  # a write: the test account is logged in and its csrf accepted
    assert bili_sandbox.world.votes.votes[-1].interaction_id == interaction_id
    assert bili_sandbox.requests.operations() == ["create_vote"]


def test_each_test_gets_its_own_world() -> None:
    with InProcessSandbox() as first, InProcessSandbox() as second, first.client() as client:
        _vote(client)
        assert len(first.world.votes.votes) == len(second.world.votes.votes) + 1


def test_the_clock_moves_the_state(bili_sandbox: InProcessSandbox, bili_client: BiliClient) -> None:
    _vote(bili_client)
    assert bili_client.votes.panel(SANDBOX_ROOM_ID).vote_info.status == 1  # waiting for review
    bili_sandbox.clock.advance(10)  # type: ignore[attr-defined]
    assert bili_client.votes.panel(SANDBOX_ROOM_ID).vote_info.status == 4  # running
    assert [round(e.time - EPOCH) for e in bili_sandbox.requests] == [0, 0, 10]


def test_reset_gives_a_fresh_world(bili_sandbox: InProcessSandbox, bili_client: BiliClient) -> None:
    _vote(bili_client)
    bili_sandbox.faults.add("get_vote_history", code=-412)
    bili_sandbox.reset()
    assert len(bili_sandbox.world.votes.votes) == 3 and not bili_sandbox.faults.pending()
    assert len(bili_sandbox.requests) == 0


def test_async_bili_client(bili_sandbox: InProcessSandbox, async_bili_client: AsyncBiliClient) -> None:
    async def main() -> list[Any]:
        return [await async_bili_client.votes.history(SANDBOX_ROOM_ID) for _ in range(3)]

    assert len(anyio.run(main)[0].history) == 3
    bili_sandbox.faults.add("get_vote_history", reset=True, times=4)  # more than the retries
    with pytest.raises(APIConnectionError):
        anyio.run(async_bili_client.votes.history, SANDBOX_ROOM_ID)


def test_nothing_goes_over_a_socket(monkeypatch: pytest.MonkeyPatch, bili_client: BiliClient) -> None:
    def refuse(*args: Any, **kwargs: Any) -> None:
        raise AssertionError("a socket was opened")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    assert bili_client.votes.panel(SANDBOX_ROOM_ID) is not None


def test_the_sync_transport_under_a_plain_httpx_client() -> None:
    app = create_app()
    cookies = {"SESSDATA": SANDBOX_SESSDATA}
    with httpx.Client(transport=SandboxTransport(app), base_url="http://sandbox.test", cookies=cookies) as http:
        panel = http.get("/xlive/app-room/v1/dm/interaction/votePanel", params={"room_id": SANDBOX_ROOM_ID})
        missing = http.get("/no/such/path")
    assert panel.status_code == 200 and panel.json()["code"] == 0 and panel.json()["data"]["templates"]
    assert missing.status_code == 404


def test_the_sync_transport_from_inside_an_event_loop(bili_client: BiliClient) -> None:
    async def main() -> Any:
        return bili_client.votes.panel(SANDBOX_ROOM_ID)  # a sync bot called from async code

    assert anyio.run(main) is not None


# -- faults ---------------------------------------------------------------------------------------


def test_a_code_with_its_data_then_the_normal_answer(bili_sandbox: InProcessSandbox, bili_client: BiliClient) -> None:
    bili_sandbox.faults.add("create_vote", code=-352)  # POST: never retried
    with pytest.raises(RiskControlError) as risk:
        _vote(bili_client)
    assert risk.value.code == -352
    _vote(bili_client)  # times=1: the next call is answered normally
    assert [e.outcome for e in bili_sandbox.requests] == ["code -352 (scripted)", "code 0"]


def test_a_code_twice_on_a_get_is_retried_through(bili_sandbox: InProcessSandbox, bili_client: BiliClient) -> None:
    bili_sandbox.faults.add("get_vote_panel", code=-352, times=2)
    assert bili_client.votes.panel(SANDBOX_ROOM_ID) is not None
    assert [e.code for e in bili_sandbox.requests.of("get_vote_panel")] == [-352, -352, 0]


def test_the_352_body_carries_the_voucher(bili_sandbox: InProcessSandbox) -> None:
    bili_sandbox.faults.add("get_vote_panel", code=-352)
    body = (
        bili_sandbox.http()
        .get("/xlive/app-room/v1/dm/interaction/votePanel", params={"room_id": SANDBOX_ROOM_ID})
        .json()
    )
    assert body["code"] == -352 and body["data"]["v_voucher"].startswith("voucher_")


@pytest.mark.parametrize(("status", "error"), [(412, RiskControlError), (503, NonJSONResponseError)])
def test_http_errors(bili_sandbox: InProcessSandbox, status: int, error: type[Exception]) -> None:
    bili_sandbox.faults.add("get_vote_history", http_status=status, times=None)
    with bili_sandbox.client() as client, pytest.raises((error, APIStatusError)) as failed:
        client.votes.history(SANDBOX_ROOM_ID)
    assert getattr(failed.value, "status", None) == status
    assert len(bili_sandbox.requests) == 4  # the default policy tried four times
    raw = bili_sandbox.http().get("/xlive/app-room/v1/dm/interaction/voteHistory", params={"room_id": 1})
    assert raw.status_code == status
    assert ("<html" in raw.text) == (status == 412)


def test_reset_and_timeout_raise_what_a_socket_would(bili_sandbox: InProcessSandbox) -> None:
    bili_sandbox.faults.add("create_vote", reset=True)
    bili_sandbox.faults.add("terminate_vote", timeout=True)
    with bili_sandbox.client() as client:
        with pytest.raises(APIConnectionError) as reset:
            _vote(client)
        assert not isinstance(reset.value, APITimeoutError)
        with pytest.raises(APITimeoutError):
            client.votes.terminate(SANDBOX_ROOM_ID, 1)
    assert [e.outcome for e in bili_sandbox.requests] == ["reset (scripted)", "timeout (scripted)"]


def test_a_delay(bili_sandbox: InProcessSandbox, bili_client: BiliClient) -> None:
    bili_sandbox.faults.add("get_vote_panel", delay=0.2)
    started = time.perf_counter()
    assert bili_client.votes.panel(SANDBOX_ROOM_ID) is not None
    assert time.perf_counter() - started >= 0.2
    assert bili_sandbox.requests[-1].outcome == "code 0 (delay 0.2)"


@pytest.mark.parametrize(
    ("kwargs", "says"),
    [
        ({"code": 60024}, "does not document code 60024"),  # start_live's code, not the vote panel's
        ({"code": 0}, "does not document code 0"),
        ({"code": -352, "message": 352}, "breaks the description"),
        ({"http_status": 404}, "412 or 5xx"),
        ({"code": -352, "reset": True}, "exactly one"),
        ({"delay": -1}, "0 to 60"),
        ({"code": -352, "times": 0}, "positive integer"),
    ],
)
def test_a_fault_the_api_could_not_give_is_refused_at_once(
    bili_sandbox: InProcessSandbox, kwargs: dict[str, Any], says: str
) -> None:
    with pytest.raises(ValueError, match=says):
        bili_sandbox.faults.add("get_vote_panel", **kwargs)
    with pytest.raises(ValueError, match="no operation"):
        bili_sandbox.faults.add("get_vote_pannel", code=-352)
    assert not bili_sandbox.faults.pending()


def test_an_operation_specific_code_with_its_data(bili_sandbox: InProcessSandbox, bili_client: BiliClient) -> None:
    bili_sandbox.faults.add("create_vote", code=-404)
    with pytest.raises(Exception, match="-404"):
        _vote(bili_client)


# -- the request log ------------------------------------------------------------------------------


def test_the_log_keeps_parameters_with_secrets_scrubbed(
    bili_sandbox: InProcessSandbox, bili_client: BiliClient
) -> None:
    _vote(bili_client)
    bili_client.votes.panel(SANDBOX_OTHER_ROOM_ID)
    created, panel = bili_sandbox.requests
    assert created.operation == "create_vote" and created.params["question"] == "下一首?"
    assert created.params["csrf"] == "SCRUBBED" and SANDBOX_BILI_JCT not in str(list(bili_sandbox.requests))
    assert panel.params == {"room_id": str(SANDBOX_OTHER_ROOM_ID)} and panel.code == 0
    assert created.to_json()["time"] == EPOCH


# -- the served sandbox: the control path over HTTP -------------------------------------------------


def test_the_control_path_of_a_served_sandbox() -> None:
    app = create_app()
    cookies = {"SESSDATA": SANDBOX_SESSDATA, "bili_jct": SANDBOX_BILI_JCT}
    panel = "/xlive/app-room/v1/dm/interaction/votePanel"
    with running(app) as url, httpx.Client(base_url=url, cookies=cookies, timeout=5) as http:
        added = http.post("/_sandbox/faults", json={"operation": "get_vote_panel", "code": -352, "times": 2})
        assert added.status_code == 201 and added.json()["times"] == 2
        assert http.get("/_sandbox/faults").json()["faults"][0]["code"] == -352
        codes = [http.get(panel, params={"room_id": SANDBOX_ROOM_ID}).json()["code"] for _ in range(3)]
        assert codes == [-352, -352, 0]
        logged = http.get("/_sandbox/requests").json()["requests"]
        assert [e["code"] for e in logged] == [-352, -352, 0] and logged[0]["fault"] == "code -352"
        refused = http.post("/_sandbox/faults", json={"operation": "get_vote_panel", "code": 12345})
        assert refused.status_code == 400 and "does not document code 12345" in refused.json()["error"]
        assert http.post("/_sandbox/faults", content=b"{").status_code == 400
        assert http.post("/_sandbox/faults", json={"operation": "x", "bogus": 1}).status_code == 400
        # A reset closes the connection; a timeout holds the answer past the client's patience.
        http.post("/_sandbox/faults", json={"operation": "get_vote_panel", "reset": True})
        with pytest.raises(httpx.TransportError):
            http.get(panel, params={"room_id": SANDBOX_ROOM_ID})
        http.post("/_sandbox/faults", json={"operation": "get_vote_panel", "timeout": True})
        with pytest.raises(httpx.ReadTimeout):
            http.get(panel, params={"room_id": SANDBOX_ROOM_ID}, timeout=0.3)
        http.post("/_sandbox/reset")
        assert http.get("/_sandbox/requests").json()["requests"] == []
        assert http.get(panel, params={"room_id": SANDBOX_ROOM_ID}).json()["code"] == 0


def test_a_served_sandbox_with_the_client(monkeypatch: pytest.MonkeyPatch) -> None:
    app = create_app()
    with running(app) as url:
        httpx.post(f"{url}/_sandbox/faults", json={"operation": "get_vote_history", "code": -412})
        # Retried at once: no backoff, and no client-wide pause after the risk-control answer (5 s by
        # default; the pause itself is the client's business, tested in tests/client).
        at_once = RetryPolicy(initial_delay=0, max_delay=0, jitter=0, risk_control_pause=0)
        with BiliClient(base_url=url, sessdata=SANDBOX_SESSDATA, bili_jct=SANDBOX_BILI_JCT, retry=at_once) as client:
            assert client.votes.history(SANDBOX_ROOM_ID).history
        assert [e.code for e in app.state.sandbox.requests] == [-412, 0]


# -- a figure -------------------------------------------------------------------------------------


def test_median_time_of_a_test_with_a_fresh_sandbox() -> None:
    """What the fixtures cost a bot author's test: a fresh in-process sandbox and client, one call."""
    times = []
    for _ in range(100):
        started = time.perf_counter()
        with InProcessSandbox() as sandbox, sandbox.client() as client:
            client.votes.panel(SANDBOX_ROOM_ID)
        times.append(time.perf_counter() - started)
    median = statistics.median(times)
    report_figure(
        f"a test with a fresh in-process sandbox (fixtures + one call): median {median * 1000:.1f} ms over 100"
    )
    assert median < 0.5


def test_the_sandbox_command_prints_its_url_cookies_and_a_line_per_call() -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    command = [str(Path(sys.executable).parent / "bilispec"), "sandbox", "--port", str(port), "--log-requests"]
    server = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        banner = [server.stdout.readline() for _ in range(4)]  # type: ignore[union-attr]
        url = f"http://127.0.0.1:{port}"
        assert url in banner[0] and SANDBOX_SESSDATA in "".join(banner) and "/_sandbox/reset" in banner[3]
        deadline = time.monotonic() + 10
        while True:
            try:
                httpx.get(f"{url}/_sandbox/requests", timeout=1)
                break
            except httpx.TransportError:
                assert time.monotonic() < deadline, "the served sandbox did not start"
                time.sleep(0.05)
        with BiliClient(base_url=url, sessdata=SANDBOX_SESSDATA, bili_jct=SANDBOX_BILI_JCT) as client:
            _vote(client)
        line = server.stdout.readline()  # type: ignore[union-attr]
        assert "create_vote" in line and "csrf=SCRUBBED" in line and line.rstrip().endswith("-> code 0")
        assert SANDBOX_BILI_JCT not in line
    finally:
        server.terminate()
        server.wait(timeout=10)
    assert "Traceback" not in server.stderr.read()  # type: ignore[union-attr]


def test_risk_control_costs_the_test_no_time(bili_sandbox: InProcessSandbox, bili_client: BiliClient) -> None:
    """The kit's clients make the default client's decisions (four tries, a client-wide pause after
    risk control) without the waits: a bot's test of HTTP 412 or -352 runs in milliseconds."""
    bili_sandbox.faults.add("get_vote_history", http_status=412, times=None)
    started = time.monotonic()
    with pytest.raises(RiskControlError):
        bili_client.votes.history(SANDBOX_ROOM_ID)
    bili_sandbox.faults.clear()
    bili_sandbox.faults.add("get_vote_panel", code=-352)
    assert bili_client.votes.panel(SANDBOX_ROOM_ID) is not None  # retried through, after the pause
    assert time.monotonic() - started < 1.0
    assert len(bili_sandbox.requests.of("get_vote_history")) == 4
    assert [r.code for r in bili_sandbox.requests.of("get_vote_panel")] == [-352, 0]
