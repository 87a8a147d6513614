"""The sandbox as a Starlette app: one route per described operation, on its literal path.

No path is used by both hosts, so both hosts' operations share one port. Each request goes
through the same steps as on the API: who is calling (SESSDATA), csrf, parameter checks, then the
operation's handler. A fault scripted for the operation (faults.py) answers instead, and every call
goes into the request log (request_log.py). With `strict` (the default) every answer is validated
against the description before it leaves; an answer that breaks it is a sandbox bug and becomes an
HTTP 500 naming it (the only 500 the sandbox sends: no input, however malformed, reaches one).
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Any

import anyio
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, PlainTextResponse, Response
from starlette.routing import BaseRoute, Route, WebSocketRoute
from starlette.types import Receive, Scope, Send

from ..core.description import Description, Operation, description
from ..core.params import coerce_params as coerce
from ..core.validation import ResponseValidator, shared_validator
from .accounts import SANDBOX_ACCESS_KEY
from .admins.responses import area as admin_area
from .answers import NOT_LOGGED_IN, Fail, envelope, error_body
from .blacklist.responses import area as blacklist_area
from .body import read_params
from .cdn import FILES_PATH, serve_file
from .chat.responses import area as chat_area
from .clock import Clock, ManualClock, RealClock
from .control import control_routes
from .faults import CODE, DELAY, HTTP, RESET, RISK_CONTROL_PAGE, Fault, Faults
from .keywords.responses import area as keyword_area
from .live_areas.responses import area as live_area
from .plumbing import Area, Call, Checker, Handler
from .replays.responses import area as replay_area
from .request_log import LoggedRequest, RequestLog
from .room_lookup.responses import area as room_lookup_area
from .room_mute.responses import area as room_mute_area
from .rooms.responses import area as room_area
from .silent_users.responses import area as silent_user_area
from .stream.access import area as stream_area
from .stream.socket import SUB_PATH, stream_endpoint
from .votes.responses import area as vote_area
from .watch_reports.responses import area as report_area
from .world import World

AREAS: tuple[Area, ...] = (
    replay_area,
    room_area,
    report_area,
    vote_area,
    silent_user_area,
    room_lookup_area,
    live_area,
    chat_area,
    keyword_area,
    admin_area,
    room_mute_area,
    blacklist_area,
    stream_area,
)
# In-process transports put a dict under this key of the ASGI scope's extensions; a reset or timeout
# fault is written there for the transport to raise (there is no socket to close).
FAULT_EXTENSION = "bilispec.sandbox.fault"
HANG_SECONDS = 300  # a served timeout fault holds the answer this long, or until the client leaves


def handlers() -> dict[str, Handler]:
    table: dict[str, Handler] = {}
    for area in AREAS:
        table.update(area.handlers)
    return table


# Compiled once per description and shared by every sandbox, so a fresh sandbox per test is cheap.
_COMPILED: dict[int, tuple[Description, ResponseValidator, dict[str, Checker]]] = {}


def _compiled(desc: Description) -> tuple[ResponseValidator, dict[str, Checker]]:
    if id(desc) not in _COMPILED:
        checkers = {op_id: Checker(op) for op_id, op in desc.operations.items()}
        _COMPILED[id(desc)] = (desc, shared_validator(desc), checkers)  # the clients' of desc too
    return _COMPILED[id(desc)][1:]


class DroppedConnection(Response):
    """Starts an answer and never finishes it: the server closes the connection, as a reset does."""

    def __init__(self) -> None:
        super().__init__(status_code=200)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        headers = [(b"content-type", b"application/json"), (b"content-length", b"64")]
        await send({"type": "http.response.start", "status": 200, "headers": headers})


class NoAnswer(DroppedConnection):
    """Holds the answer until the client gives up (its timeout) or HANG_SECONDS pass, then drops it."""

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        with anyio.move_on_after(HANG_SECONDS):
            while (await receive())["type"] != "http.disconnect":
                continue
        await super().__call__(scope, receive, send)


def fresh_world_like(world: World) -> Callable[[], World]:
    """A factory of fresh worlds whose clock is of the same kind (a manual clock starts at EPOCH again)."""
    manual = isinstance(world.clock, ManualClock)
    return lambda: World(ManualClock() if manual else RealClock())


class Sandbox:
    def __init__(
        self, world: World, desc: Description, strict: bool, make_world: Callable[[], World] | None = None
    ) -> None:
        self.world = world
        self.desc = desc
        self.strict = strict
        self.validator, self.checkers = _compiled(desc)
        self.handlers = handlers()
        self.faults = Faults(desc, self.validator)
        self.requests = RequestLog()
        self._make_world = make_world or fresh_world_like(world)

    def reset(self) -> None:
        """A fresh seeded world; faults and the request log cleared."""
        self.world = self._make_world()
        self.faults.clear()
        self.requests.clear()

    def routes(self) -> list[BaseRoute]:
        ops = [op for op in self.desc.operations.values() if op.operation_id in self.handlers]
        routes: list[BaseRoute] = [Route(op.path, self._endpoint(op), methods=[op.method]) for op in ops]
        routes.append(Route(FILES_PATH + "{name}", self.file, methods=["GET", "HEAD"]))
        routes.append(WebSocketRoute(SUB_PATH, stream_endpoint(lambda: self.world)))
        return routes + list(control_routes(self))

    def _endpoint(self, op: Operation) -> Any:
        async def endpoint(request: Request) -> Response:
            raw: dict[str, Any] = dict(request.query_params)
            fault: Fault | None = None
            try:
                raw = await read_params(request, op)
                fault = self.faults.take(op.operation_id)
                if fault is not None and fault.kind == DELAY:
                    await asyncio.sleep(fault.delay)
                elif fault is not None:
                    return self._play(fault, request, raw)
                body = envelope(await self.answer(op, request, raw))
            except Fail as fail:
                body = error_body(fail)
            self._log(op, raw, body["code"], fault)
            if self.strict:
                violations = self.validator.validate(op.operation_id, body)
                if violations:  # the sandbox broke the description: say so loudly
                    text = "\n".join(str(v) for v in violations)
                    return PlainTextResponse(f"sandbox answer breaks {op.operation_id}:\n{text}", status_code=500)
            return JSONResponse(body)

        endpoint.__name__ = op.operation_id
        return endpoint

    def _log(self, op: Operation, raw: dict[str, Any], code: int | None, fault: Fault | None) -> None:
        self.requests.add(op.operation_id, raw, self.world.now(), code, fault.label if fault else None)

    def _play(self, fault: Fault, request: Request, raw: dict[str, Any]) -> Response:
        op = self.desc[fault.operation]
        if fault.kind == CODE:
            self._log(op, raw, fault.code, fault)
            return JSONResponse(fault.body())
        self._log(op, raw, None, fault)
        if fault.kind == HTTP:
            if fault.http_status == 412:
                return HTMLResponse(RISK_CONTROL_PAGE, status_code=412)
            status = fault.http_status or 503
            return PlainTextResponse(f"{status} (a fault scripted in the sandbox)", status_code=status)
        marker = request.scope.get("extensions", {}).get(FAULT_EXTENSION)
        if isinstance(marker, dict):  # in-process: the transport raises it
            marker["kind"] = fault.kind
            return Response(status_code=204)
        return DroppedConnection() if fault.kind == RESET else NoAnswer()

    async def answer(self, op: Operation, request: Request, raw: dict[str, Any]) -> Any:
        account = self.world.account_by_sessdata(request.cookies.get("SESSDATA"))
        app_login = "access_key" in raw and op.parameter("access_key") is not None
        if app_login:
            if raw["access_key"] != SANDBOX_ACCESS_KEY:
                raise Fail(*NOT_LOGGED_IN)
            account = self.world.accounts[0]
        elif account is None:
            if not _anonymous(op):
                raise Fail(*NOT_LOGGED_IN)
        elif op.needs_csrf:
            csrf = raw.get("csrf") or raw.get("csrf_token")
            if csrf != account.bili_jct or request.cookies.get("bili_jct") != account.bili_jct:
                raise self.checkers[op.operation_id].refused_csrf(raw)
        params = self.checkers[op.operation_id].check(coerce(op, raw))
        call = Call(op, params, account, self.world, str(request.base_url).rstrip("/"), dict(request.cookies))
        return self.handlers[op.operation_id](call)

    async def file(self, request: Request) -> Response:
        return await serve_file(self.world, request)


def _anonymous(op: Operation) -> bool:
    """The description lets this operation be called without any login (`security: []`, or `{}` among
    its requirements), and no app-mode `access_key` stands for the empty requirement."""
    security = op.raw.get("security")
    return security is not None and (security == [] or {} in security) and op.parameter("access_key") is None


def create_app(
    world: World | None = None,
    *,
    clock: Clock | None = None,
    strict: bool = True,
    desc: Description | None = None,
    log_requests: Callable[[LoggedRequest], None] | None = None,
) -> Starlette:
    """A fresh sandbox. `world` (or a `clock` for a fresh world) lets tests hold and move its state;
    `log_requests` is called with each entry of the request log as it is written."""
    if world is None:
        world = World(clock) if clock is not None else World()
    sandbox = Sandbox(world, desc or description(), strict)
    sandbox.requests.echo = log_requests
    app = Starlette(routes=sandbox.routes())
    app.state.sandbox = sandbox
    return app
