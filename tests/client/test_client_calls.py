"""Every operation through the client with each of its recordings, sync and async, offline.

Each outgoing request is checked twice: by openapi-core against the bundled description (method,
server, path, parameters, body media type and schema, security), and by this file against
bilispec.core.description (csrf equal to bili_jct, csrf_token where documented, both cookies sent,
nothing undocumented sent). The result must be the generated model of the operation's `data`.
"""

from __future__ import annotations

import asyncio
import json
from pathlib import Path
from typing import Any

import httpx
import pytest
from openapi_core import Config, OpenAPI
from openapi_core.datatypes import RequestParameters
from werkzeug.datastructures import Headers, ImmutableMultiDict

from bilispec import errors
from bilispec.client.retries import NO_RETRY
from bilispec.core.description import Operation, description, load_document

from ..client_support import (
    BILI_JCT,
    SESSDATA,
    Recorder,
    all_operation_ids,
    assert_typed_data,
    async_client,
    call_params,
    json_response,
    recordings_by_operation,
    sent_cookies,
    sent_members,
    success_body,
    sync_client,
    valid_params,
)
from ..conftest import BUNDLE, load_recording, recording_files, recording_id

FILES = recording_files()


# ---------------------------------------------------------------------------------------------
# openapi-core has no httpx integration; this adapter implements its openapi_core.protocols.Request.
# openapi-core 0.23.1 handles everything this description uses: path-level `servers` (it matches
# the request's host against them: a request to the wrong host is ServerNotFound), form and JSON
# bodies, the query-string csrf of the JSON-bodied operations, and cookie security schemes. What it
# cannot know is that `csrf` must *equal* the bili_jct cookie, and that `csrf_token` carries the same
# value: those are checked with bilispec.core.description in `description_problems` below.


class HttpxOpenAPIRequest:
    """An httpx.Request seen through openapi-core's Request protocol."""

    def __init__(self, request: httpx.Request) -> None:
        self._request = request
        self.parameters = RequestParameters(
            query=ImmutableMultiDict(list(request.url.params.multi_items())),
            header=Headers(list(request.headers.items())),
            cookie=ImmutableMultiDict(sent_cookies(request)),
        )

    @property
    def host_url(self) -> str:
        return f"{self._request.url.scheme}://{self._request.url.netloc.decode('ascii')}"

    @property
    def path(self) -> str:
        return self._request.url.path

    @property
    def method(self) -> str:
        return self._request.method.lower()

    @property
    def body(self) -> bytes | None:
        return self._request.content or None

    @property
    def content_type(self) -> str:
        return self._request.headers.get("Content-Type", "").lower()


@pytest.fixture(scope="module")
def openapi() -> OpenAPI:
    """openapi-core over the bundle. Its check of the description itself (openapi-spec-validator, about
    1 s) is not run again here: test_description's test_openapi_validator_accepts_the_bundle runs the
    same validator on the same bundle."""
    return OpenAPI.from_dict(load_document(BUNDLE), config=Config(spec_validator_cls=None))


def openapi_core_problems(openapi: OpenAPI, request: httpx.Request, params: dict[str, Any]) -> list[str]:
    """openapi-core's verdict on a request, and whether it reads back the values the caller passed."""
    result = openapi.unmarshal_request(HttpxOpenAPIRequest(request))
    if result.errors:
        return [f"openapi-core: {e!r} {e.__cause__!r}" for e in result.errors]
    problems = []
    read_back = {**result.parameters.query, **(result.body or {})}
    for name, value in params.items():
        if read_back.get(name) != value:
            problems.append(f"openapi-core: {name} reads back as {read_back.get(name)!r}, was {value!r}")
    return problems


def description_problems(op: Operation, request: httpx.Request, app_login: bool = False) -> list[str]:
    """The request against bilispec.core.description: routing, media type, members, csrf and cookies."""
    problems = []
    url = request.url
    if request.method != op.method:
        problems.append(f"description: method {request.method}, expected {op.method}")
    if f"{url.scheme}://{url.host}" != op.host:
        problems.append(f"description: host {url.scheme}://{url.host}, expected {op.host}")
    if url.path != op.path:
        problems.append(f"description: path {url.path}, expected {op.path}")
    media_type = request.headers.get("Content-Type", "").split(";")[0] or None
    if media_type != op.media_type:
        problems.append(f"description: media type {media_type}, expected {op.media_type}")
    sent = sent_members(request)
    documented = {(p.location, p.name) for p in op.parameters}
    for location, members in sent.items():
        for name in members:
            if (location, name) not in documented:
                problems.append(f"description: undocumented {location} member {name!r} sent")
    for p in op.parameters:
        if p.required and p.name not in sent[p.location] and not (app_login and p.name == "csrf"):
            problems.append(f"description: required {p.location} member {p.name!r} missing")
    for name in ("csrf", "csrf_token"):
        param = op.parameter(name)
        if param is not None and not app_login and sent[param.location].get(name) != BILI_JCT:
            problems.append(f"description: {param.location} {name} is {sent[param.location].get(name)!r}, not bili_jct")
    if app_login and any(name in sent[loc] for loc in sent for name in ("csrf", "csrf_token")):
        problems.append("description: app login (access_key) sends no csrf")
    if sent_cookies(request) != {"SESSDATA": SESSDATA, "bili_jct": BILI_JCT}:
        problems.append(f"description: cookies sent: {sorted(sent_cookies(request))}")
    return problems


def request_problems(openapi: OpenAPI, op: Operation, request: httpx.Request, params: dict[str, Any]) -> list[str]:
    app_login = "access_key" in params
    return openapi_core_problems(openapi, request, params) + description_problems(op, request, app_login)


def _answer(rec: dict[str, Any]) -> httpx.Response:
    response = rec["response"]
    return httpx.Response(
        response["status"],
        headers={"Content-Type": response["content_type"]},
        content=json.dumps(response["body"], ensure_ascii=False).encode(),
    )


def _expect(op: Operation, rec: dict[str, Any], outcome: Any) -> None:
    """A success recording returns its typed data; an error recording raises its ApiError."""
    body = rec["response"]["body"]
    if body["code"] == 0:
        assert not isinstance(outcome, BaseException), f"{op.operation_id}: {outcome!r}"
        assert_typed_data(op.operation_id, outcome, body.get("data"))
    else:
        assert isinstance(outcome, errors.ApiError), f"{op.operation_id}: {outcome!r}"
        assert outcome.code == body["code"]
        assert outcome.meaning == op.error_codes[body["code"]]
        assert outcome.message == body["message"]


def test_every_operation_has_a_recording() -> None:
    assert sorted(recordings_by_operation()) == all_operation_ids()


@pytest.mark.parametrize("path", FILES, ids=recording_id)
def test_sync_call(path: Path, openapi: OpenAPI) -> None:
    rec = load_recording(path)
    op = description()[rec["operation_id"]]
    params = call_params(op, rec["request"])
    recorder = Recorder(_answer(rec))
    with sync_client(recorder, retry=NO_RETRY) as client:
        try:
            outcome: Any = client.call(op.operation_id, **params)
        except errors.BiliError as exc:
            outcome = exc
    assert recorder.count == 1
    assert request_problems(openapi, op, recorder.requests[0], params) == []
    _expect(op, rec, outcome)


@pytest.mark.parametrize("path", FILES, ids=recording_id)
def test_async_call(path: Path, openapi: OpenAPI) -> None:
    rec = load_recording(path)
    op = description()[rec["operation_id"]]
    params = call_params(op, rec["request"])
    recorder = Recorder(_answer(rec))

    async def run() -> Any:
        async with async_client(recorder, retry=NO_RETRY) as client:
            try:
                return await client.call(op.operation_id, **params)
            except errors.BiliError as exc:
                return exc

    outcome = asyncio.run(run())
    assert recorder.count == 1
    assert request_problems(openapi, op, recorder.requests[0], params) == []
    _expect(op, rec, outcome)


def test_report_history_progress_cookie_mode(openapi: OpenAPI) -> None:
    """Without access_key the history report is a cookie-mode write: csrf goes in the form."""
    op = description()["report_history_progress"]
    params = {k: v for k, v in valid_params(op.operation_id).items() if k != "access_key"}
    recorder = Recorder(json_response(success_body(op.operation_id)))
    with sync_client(recorder) as client:
        assert client.call(op.operation_id, **params) is None
    assert request_problems(openapi, op, recorder.requests[0], params) == []
    assert sent_members(recorder.requests[0])["form"]["csrf"] == BILI_JCT


@pytest.mark.parametrize(
    ("operation_id", "data", "expected"),
    [
        ("update_room", [], list),  # a partly failed update answers data: []
        ("get_vote_panel", None, type(None)),  # not your room: data null
        ("terminate_vote", None, type(None)),
        ("del_room_block_user", [], list),
    ],
)
def test_documented_data_shapes(operation_id: str, data: Any, expected: type) -> None:
    body = {**success_body(operation_id), "data": data}
    with sync_client(Recorder(json_response(body))) as client:
        result = client.call(operation_id, **valid_params(operation_id))
    assert isinstance(result, expected)
    assert_typed_data(operation_id, result, data)


@pytest.mark.parametrize(
    "operation_id", ["update_room_news", "terminate_vote", "add_silent_user", "del_room_block_user"]
)
def test_absent_optional_data_is_none(operation_id: str) -> None:
    """`data` is optional on these successes; without it the call returns None, not the generator's UNSET."""
    body = success_body(operation_id)
    del body["data"]
    with sync_client(Recorder(json_response(body))) as client:
        assert client.call(operation_id, **valid_params(operation_id)) is None


# ---------------------------------------------------------------------------------------------
# The checks above must be able to fail: each broken request is flagged by the checker that owns it.


def _good_request(operation_id: str) -> tuple[Operation, httpx.Request, dict[str, Any]]:
    op = description()[operation_id]
    params = valid_params(operation_id)
    recorder = Recorder(json_response(success_body(operation_id)))
    with sync_client(recorder) as client:
        client.call(operation_id, **params)
    return op, recorder.requests[0], params


def _rebuild(request: httpx.Request, *, headers: dict[str, str] | None = None, **changes: Any) -> httpx.Request:
    """A copy of a sent request with some parts replaced (headers are set, not appended)."""
    new_headers = httpx.Headers(request.headers)
    for name, value in (headers or {}).items():
        new_headers[name] = value
    fields: dict[str, Any] = {"method": request.method, "url": request.url, "content": request.content}
    fields.update(changes)
    new_headers["Content-Length"] = str(len(fields["content"]))
    return httpx.Request(headers=new_headers, **fields)


@pytest.mark.parametrize(
    ("operation_id", "mutate", "fragments"),
    [
        (
            "get_vote_panel",
            lambda r: _rebuild(r, url=r.url.copy_with(host="api.bilibili.com")),
            ("ServerNotFound", None),
        ),
        (
            "report_web_heartbeat",
            lambda r: _rebuild(r, url=r.url.copy_with(host="api.live.bilibili.com")),
            ("ServerNotFound", "host"),
        ),
        ("get_vote_panel", lambda r: _rebuild(r, url=r.url.copy_with(path="/x/votePanel")), ("PathNotFound", "path")),
        (
            "get_vote_panel",
            lambda r: _rebuild(r, url=r.url.copy_with(query=b"")),
            ("MissingRequiredParameter", "room_id"),
        ),
        (
            "get_vote_panel",
            lambda r: _rebuild(r, url=r.url.copy_with(query=b"room_id=abc")),
            ("ParameterValidationError", None),
        ),
        ("start_live", lambda r: _rebuild(r, headers={"Cookie": ""}), ("SecurityValidationError", "cookies")),
        (
            "start_live",
            lambda r: _rebuild(r, content=r.content.replace(BILI_JCT.encode(), b"other")),
            (None, "csrf"),
        ),
        (
            "create_room",
            lambda r: _rebuild(r, content=r.content.replace(b"csrf_token=" + BILI_JCT.encode(), b"csrf_token=x")),
            (None, "csrf_token"),
        ),
        (
            "fan_delete_slice_draft",
            lambda r: _rebuild(r, url=r.url.copy_with(query=b"csrf=other")),
            (None, "csrf"),
        ),
        (
            "fan_delete_slice_draft",
            lambda r: _rebuild(r, url=r.url.copy_with(query=b"")),
            ("MissingRequiredParameter", "csrf"),
        ),
        (
            "fan_delete_slice_draft",
            lambda r: _rebuild(
                r,
                headers={"Content-Type": "application/x-www-form-urlencoded"},
                content=b"draft_id=1148889",
            ),
            ("MediaTypeNotFound", "media type"),
        ),
        ("stop_live", lambda r: _rebuild(r, content=r.content + b"&extra=1"), (None, "extra")),
        (
            "stop_live",
            lambda r: _rebuild(r, content=r.content.replace(b"room_id=", b"room=")),
            ("InvalidRequestBody", "room"),
        ),
    ],
)
def test_request_checks_can_fail(
    operation_id: str, mutate: Any, fragments: tuple[str | None, str | None], openapi: OpenAPI
) -> None:
    """`fragments`: what openapi-core and the description check must each say (None: not theirs to see)."""
    op, request, params = _good_request(operation_id)
    assert request_problems(openapi, op, request, params) == []
    broken = mutate(request)
    core_fragment, desc_fragment = fragments
    core = openapi_core_problems(openapi, broken, {})
    desc = description_problems(op, broken)
    if core_fragment is not None:
        assert any(core_fragment in p for p in core), core
    else:  # openapi-core cannot know that csrf must equal the cookie, nor that undocumented members are wrong
        assert core == [], core
    if desc_fragment is not None:
        assert any(desc_fragment in p for p in desc), desc
