"""The sandbox never answers 500: malformed input gets -400 (HTTP 416 for a Range it cannot serve),
and a body above MAX_BODY_BYTES is refused before it is read whole. One test per defect; each
answered HTTP 500 (or read the whole body) before the limits were added.
"""

from __future__ import annotations

from collections.abc import Iterator

import anyio
import httpx
import pytest
from starlette.requests import Request

from bilispec.core.description import description
from bilispec.sandbox import MAX_BODY_BYTES, SANDBOX_BILI_JCT, SANDBOX_REPLAY_ID, SANDBOX_SESSDATA
from bilispec.sandbox.body import read_body
from bilispec.testing import InProcessSandbox

COOKIES = {"SESSDATA": SANDBOX_SESSDATA, "bili_jct": SANDBOX_BILI_JCT}
JSON_OP = description()["fan_delete_slice_draft"].path  # one of the operations with a JSON body
ADD_SILENT_USER = description()["add_silent_user"].path
VOTE_PANEL = description()["get_vote_panel"].path
HUGE = "9" * 4400  # past Python's 4,300-digit int conversion limit


@pytest.fixture
def http(bili_sandbox: InProcessSandbox) -> Iterator[httpx.Client]:
    yield bili_sandbox.http(cookies=COOKIES)


def _code(response: httpx.Response) -> int:
    assert response.status_code == 200, response.text[:300]
    return int(response.json()["code"])


def test_json_nested_2000_deep_is_a_bad_request(http: httpx.Client) -> None:
    body = '{"draft_id": ' + "[" * 2000 + "]" * 2000 + "}"
    response = http.post(
        JSON_OP, params={"csrf": SANDBOX_BILI_JCT}, content=body, headers={"content-type": "application/json"}
    )
    assert _code(response) == -400


def test_json_nested_past_the_depth_limit_but_not_the_recursion_limit(http: httpx.Client) -> None:
    body = '{"draft_id": 1, "x": ' + "[" * 200 + "]" * 200 + "}"
    response = http.post(
        JSON_OP, params={"csrf": SANDBOX_BILI_JCT}, content=body, headers={"content-type": "application/json"}
    )
    assert _code(response) == -400 and "deeper" in response.json()["message"]


def test_a_4400_digit_id_in_a_json_body(http: httpx.Client) -> None:
    body = '{"draft_id": ' + HUGE + ', "live_uid": 10000002}'
    response = http.post(
        JSON_OP, params={"csrf": SANDBOX_BILI_JCT}, content=body, headers={"content-type": "application/json"}
    )
    assert _code(response) == -400


@pytest.mark.parametrize("field", ["room_id", "tuid"])
def test_a_4400_digit_id_in_a_form(http: httpx.Client, field: str) -> None:
    form = {"room_id": "20000001", "tuid": "5", "hour": "1", "csrf": SANDBOX_BILI_JCT, "csrf_token": SANDBOX_BILI_JCT}
    form[field] = HUGE
    assert _code(http.post(ADD_SILENT_USER, data=form)) == -400


def test_a_4400_digit_id_in_a_query(http: httpx.Client) -> None:
    assert _code(http.get(VOTE_PANEL, params={"room_id": HUGE})) == -400


def test_a_4400_digit_range_is_416(bili_sandbox: InProcessSandbox, http: httpx.Client) -> None:
    replay = bili_sandbox.world.replays.replays[SANDBOX_REPLAY_ID]
    with bili_sandbox.client() as client:
        client.replays.download(SANDBOX_REPLAY_ID, poll_interval=0.001)
    path = "/sandbox/files/" + replay.filename
    for header in (f"bytes={HUGE}-", f"bytes=0-{HUGE}", f"bytes=-{HUGE}"):
        response = http.get(path, headers={"range": header})
        assert response.status_code == 416 and response.headers["content-range"].startswith("bytes */")
    assert http.get(path, headers={"range": "bytes=0-9"}).status_code == 206  # an ordinary one still works


def test_a_declared_200_mb_body_is_refused_unread(bili_sandbox: InProcessSandbox, http: httpx.Client) -> None:
    sent = 0

    def body() -> Iterator[bytes]:
        nonlocal sent
        for _ in range(200):
            sent += 1
            yield b"a" * (1024 * 1024)

    headers = {"content-type": "application/x-www-form-urlencoded", "content-length": str(200 * 1024 * 1024)}
    response = http.post(ADD_SILENT_USER, content=body(), headers=headers)
    assert _code(response) == -400 and "body over" in response.json()["message"]
    assert bili_sandbox.requests[-1].code == -400


def test_an_undeclared_large_body_stops_being_read_at_the_cap(http: httpx.Client) -> None:
    """Over a socket a chunked body has no Content-Length: the sandbox counts while it streams."""
    chunks_read = 0

    async def receive() -> dict[str, object]:
        nonlocal chunks_read
        chunks_read += 1
        return {"type": "http.request", "body": b"a" * 65536, "more_body": True}

    request = Request({"type": "http", "method": "POST", "headers": [], "path": "/", "query_string": b""}, receive)
    with pytest.raises(Exception, match="body over") as refused:
        anyio.run(read_body, request)
    assert getattr(refused.value, "code", None) == -400
    assert chunks_read == MAX_BODY_BYTES // 65536 + 1  # stopped just past the cap, never the whole stream
