"""The generated operation functions go through bilispec's one request path.

For every operation, `bilispec_generated.api.<tag>.<operation>.sync(client=client.generated, ...)`
(and `asyncio`) is called against the sandbox: it sends what `client.call` sends (cookies, never a
bearer header; csrf filled from bili_jct; the operation's host), and gets back what `client.call`
gets: the same `data`, and the same typed BiliError for an error code or a bad parameter. The sandbox
answers in-process (these tests are about the request path, not the socket; test_public_seams and
the e2e tests go over loopback).
"""

from __future__ import annotations

import asyncio
import enum
import importlib
import inspect
import typing
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from bilispec_generated import AuthenticatedClient, Client
from bilispec_generated.types import UNSET

from bilispec import AsyncBiliClient, BiliClient
from bilispec.core.description import Operation, description
from bilispec.errors import BiliError, NotLoggedInError, RequestValidationError
from bilispec.sandbox import SANDBOX_BILI_JCT, SANDBOX_SESSDATA, ManualClock, create_app, running
from bilispec.sandbox.inprocess import AsyncSandboxTransport, SandboxTransport
from bilispec.testing.kit import IN_PROCESS_URL, RETRY_WITHOUT_WAITING

from ..client_support import all_operation_ids, sandbox_params
from ..conftest import report_figure

OPERATIONS = all_operation_ids()
# Run del_room_block_user after the mute list has given an id; everything else in name order.
ORDER = [o for o in OPERATIONS if o != "del_room_block_user"] + ["del_room_block_user"]


class Recorder(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """The inner transport: keeps each request exactly as it leaves bilispec's transport, then hands
    it to the sandbox in-process."""

    def __init__(self, app: Any) -> None:
        self.sent: list[httpx.Request] = []
        self.sync = SandboxTransport(app)
        self.async_ = AsyncSandboxTransport(app)

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        request.read()
        self.sent.append(request)
        return self.sync.handle_request(request)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        await request.aread()
        self.sent.append(request)
        return await self.async_.handle_async_request(request)


# Both paths retry alike (the decisions are the client's), without the waits: the stream's operations
# answer -352 until a client holds WBI keys and a buvid3, and a real backoff cost 40 s a run.
NO_WAITS = RETRY_WITHOUT_WAITING


@pytest.fixture(scope="module")
def app() -> Any:
    # A held clock: a vote's time left must not move between the two calls compared.
    return create_app(clock=ManualClock())


@pytest.fixture(scope="module")
def base_url(app: Any) -> Iterator[str]:
    with running(app) as url:
        yield url


def function_module(op: Operation) -> Any:
    return importlib.import_module(f"bilispec_generated.api.{op.tag}.{op.operation_id}")


def generated_kwargs(op: Operation, params: dict[str, Any]) -> dict[str, Any]:
    """The generated function's arguments for the same parameters: query members by their Python
    names, body members in the operation's body model (csrf left empty: the transport fills it)."""
    module = function_module(op)
    signature = inspect.signature(module.sync)
    hints = typing.get_type_hints(module.sync)
    kwargs: dict[str, Any] = {}
    body: dict[str, Any] = {}
    for p in op.parameters:
        if p.location == "query":
            if p.name in ("csrf", "csrf_token") and p.required:
                kwargs[p.name] = ""
            elif p.name in params:
                python_name = p.name if p.name in signature.parameters else f"{p.name}_"
                kwargs[python_name] = as_annotated(hints[python_name], params[p.name])
        elif p.name in params:
            body[p.name] = params[p.name]
        elif p.name in ("csrf", "csrf_token") and p.required:
            body[p.name] = ""
    if "body" in signature.parameters:
        model = signature.parameters["body"].annotation
        model_cls = getattr(module, model) if isinstance(model, str) else model
        kwargs["body"] = model_cls.from_dict(body)
    return kwargs


def as_annotated(hint: Any, value: Any) -> Any:
    """A value as the function's annotation wants it: the generated enum for an enum member."""
    for candidate in (hint, *typing.get_args(hint)):
        if isinstance(candidate, type) and issubclass(candidate, enum.Enum):
            return candidate(value)
    return value


def comparable(value: Any) -> Any:
    return value.to_dict() if hasattr(value, "to_dict") else value


def data_of(parsed: Any) -> Any:
    data = getattr(parsed, "data", None)
    return None if data is UNSET else data


def outcome_sync(fn: Any) -> tuple[Any, Any]:
    """("data", the data as a dict) or (the BiliError class, its code)."""
    try:
        return "data", comparable(fn())
    except BiliError as exc:
        return type(exc), getattr(exc, "code", None)


def test_the_generated_client_is_the_cookie_client() -> None:
    assert AuthenticatedClient is Client  # no bearer-token client exists to be picked by mistake
    with BiliClient(sessdata="s", bili_jct="j") as client:
        assert client.generated is client.generated


def test_every_generated_function_matches_call_sync(app: Any) -> None:
    """Two sandboxes' worth of state would differ, so each operation is called twice on one
    sandbox: first through call(), then through the generated function; reads must agree."""
    recorder = Recorder(app)
    http = httpx.Client(transport=recorder)
    client = BiliClient(
        base_url=IN_PROCESS_URL, sessdata=SANDBOX_SESSDATA, bili_jct=SANDBOX_BILI_JCT, http_client=http, retry=NO_WAITS
    )
    mute_id: int | None = None
    checked = 0
    with client:
        for operation_id in ORDER:
            op = description()[operation_id]
            params = sandbox_params(operation_id, mute_id)
            fn = function_module(op)
            kwargs = generated_kwargs(op, params)
            before = len(recorder.sent)
            via_call = outcome_sync(lambda: client.call(operation_id, **params))  # noqa: B023
            via_generated = outcome_sync(lambda: data_of(fn.sync(client=client.generated, **kwargs)))  # noqa: B023
            first, second = recorder.sent[before], recorder.sent[-1]
            # The same request went out both ways: host, path, cookies, csrf, body.
            assert second.url.host == first.url.host, operation_id
            assert second.url.path == op.path, operation_id
            assert "authorization" not in second.headers, operation_id
            assert second.headers["cookie"] == first.headers["cookie"], operation_id
            assert f"bili_jct={SANDBOX_BILI_JCT}" in second.headers["cookie"], operation_id
            if op.csrf_location and "access_key" not in params:  # the app mode of the history report has none
                assert SANDBOX_BILI_JCT.encode() in second.content + second.url.query, operation_id
            if op.method == "GET":
                assert via_generated == via_call, operation_id
            else:  # a write's second go may meet the state the first left (a vote running, a draft gone)
                assert via_generated[0] == "data" or issubclass(via_generated[0], BiliError), operation_id
            if operation_id == "get_silent_user_list" and via_call[0] == "data":
                mute_id = via_call[1]["data"][0]["id"]
            checked += 1
    assert checked == len(OPERATIONS)
    report_figure(f"generated functions: {checked} operations called with sync() through BiliClient.generated")


def test_every_generated_function_matches_call_async(app: Any) -> None:
    async def run() -> int:
        recorder = Recorder(app)
        http = httpx.AsyncClient(transport=recorder)
        client = AsyncBiliClient(
            base_url=IN_PROCESS_URL,
            sessdata=SANDBOX_SESSDATA,
            bili_jct=SANDBOX_BILI_JCT,
            http_client=http,
            retry=NO_WAITS,
        )
        checked = 0
        async with client:
            for operation_id in ORDER:
                op = description()[operation_id]
                params = sandbox_params(operation_id)
                fn = function_module(op)
                try:
                    parsed = await fn.asyncio(client=client.generated, **generated_kwargs(op, params))
                    outcome: tuple[Any, Any] = ("data", comparable(data_of(parsed)))
                except BiliError as exc:
                    outcome = (type(exc), getattr(exc, "code", None))
                sent = recorder.sent[-1]
                assert "authorization" not in sent.headers, operation_id
                assert f"SESSDATA={SANDBOX_SESSDATA}" in sent.headers["cookie"], operation_id
                if op.method == "GET":
                    try:
                        expected: tuple[Any, Any] = ("data", comparable(await client.call(operation_id, **params)))
                    except BiliError as exc:
                        expected = (type(exc), getattr(exc, "code", None))
                    assert outcome == expected, operation_id
                checked += 1
        return checked

    checked = asyncio.run(run())
    assert checked == len(OPERATIONS)
    report_figure(f"generated functions: {checked} operations called with asyncio() through AsyncBiliClient.generated")


def test_errors_and_checks_are_the_same_typed_errors(base_url: str) -> None:
    from bilispec_generated.api.vote import create_vote, get_vote_panel
    from bilispec_generated.models import CreateVoteBody

    stranger = BiliClient(base_url=base_url, sessdata="not-a-login", bili_jct=SANDBOX_BILI_JCT)
    with stranger, pytest.raises(NotLoggedInError):
        get_vote_panel.sync(client=stranger.generated, room_id=1)
    with BiliClient(base_url=base_url, sessdata=SANDBOX_SESSDATA, bili_jct=SANDBOX_BILI_JCT) as client:
        body = CreateVoteBody(room_id=1, question="q", option_a="a", option_b="b", duration=50, csrf="", csrf_token="")
        with pytest.raises(RequestValidationError, match="duration"):
            create_vote.sync(client=client.generated, body=body)
        # The other flavour's functions refuse rather than send without cookies.
        with pytest.raises(BiliError, match="AsyncBiliClient"):
            asyncio.run(get_vote_panel.asyncio(client=client.generated, room_id=1))


def test_a_foreign_host_gets_no_cookie() -> None:
    """A request on an operation's path but to another host passes through untouched, out through
    the caller's httpx client."""
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={"code": 0})

    http = httpx.Client(transport=httpx.MockTransport(handler))
    with BiliClient(sessdata="s", bili_jct="j", http_client=http) as client:
        answer = client.generated.get_httpx_client().get(
            "https://example.test/xlive/app-room/v1/dm/interaction/votePanel?room_id=1"
        )
    assert answer.json() == {"code": 0}
    assert len(seen) == 1 and "cookie" not in seen[0].headers
