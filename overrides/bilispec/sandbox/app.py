"""The sandbox as a Starlette app: one route per described operation, on its literal path.

No path is used by both hosts, so both hosts' operations share one port. Each request goes
through the same steps as on the API: who is calling (SESSDATA), csrf, parameter checks, then the
operation's handler. With `strict` (the default) every answer is validated against the description
before it leaves; an answer that breaks it is a sandbox bug and becomes an HTTP 500 naming it.
"""

from __future__ import annotations

import json
import re
from typing import Any
from urllib.parse import parse_qsl

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, PlainTextResponse, Response
from starlette.routing import Route

from ..core.description import Description, Operation, description
from ..core.params import coerce_params as coerce
from ..core.validation import ResponseValidator
from . import replays, rooms, silent_users, votes, watch_reports
from .core import ABSENT, BAD_REQUEST, CSRF_FAILED, NOT_LOGGED_IN, Area, Call, Checker, Fail, Reply
from .world import SANDBOX_ACCESS_KEY, Clock, World

AREAS: tuple[Area, ...] = (replays.area, rooms.area, watch_reports.area, votes.area, silent_users.area)
FILES_PATH = "/sandbox/files/"


def handlers() -> dict[str, Any]:
    table: dict[str, Any] = {}
    for area in AREAS:
        table.update(area.handlers)
    return table


def _envelope(result: Any) -> dict[str, Any]:
    if result is ABSENT:  # the watch reports answer a bare envelope
        return {"code": 0, "message": "0", "ttl": 1}
    if isinstance(result, Reply):
        body: dict[str, Any] = {"code": 0, "message": result.message}
        if result.msg is not None:
            body["msg"] = result.msg
        if result.ttl is not None:
            body["ttl"] = result.ttl
        body["data"] = result.data
        return body
    return {"code": 0, "message": "0", "ttl": 1, "data": result}


def _error(fail: Fail) -> dict[str, Any]:
    body: dict[str, Any] = {"code": fail.code, "message": fail.message, "ttl": 1}
    if fail.data is not ABSENT:
        body["data"] = fail.data
    return body


async def _params(request: Request, op: Operation) -> dict[str, Any]:
    """Query, form and JSON members in one dict, as text or JSON values."""
    params: dict[str, Any] = dict(request.query_params)
    if op.method == "POST":
        content_type = request.headers.get("content-type", "")
        if "application/json" in content_type:
            try:
                body = json.loads(await request.body() or b"null")
            except ValueError:
                raise Fail(BAD_REQUEST[0], f"{BAD_REQUEST[1]}: body is not JSON") from None
            if not isinstance(body, dict):
                raise Fail(BAD_REQUEST[0], f"{BAD_REQUEST[1]}: body is not a JSON object")
            params.update(body)
        elif "application/x-www-form-urlencoded" in content_type:
            text = (await request.body()).decode("utf-8", errors="replace")
            params.update(parse_qsl(text, keep_blank_values=True))
    return params


class Sandbox:
    def __init__(self, world: World, desc: Description, strict: bool) -> None:
        self.world = world
        self.desc = desc
        self.strict = strict
        self.validator = ResponseValidator(desc)
        self.handlers = handlers()
        self.checkers = {op_id: Checker(op) for op_id, op in desc.operations.items()}

    def routes(self) -> list[Route]:
        ops = [op for op in self.desc.operations.values() if op.operation_id in self.handlers]
        routes = [Route(op.path, self._endpoint(op), methods=[op.method]) for op in ops]
        routes.append(Route(FILES_PATH + "{name}", self.file, methods=["GET", "HEAD"]))
        return routes

    def _endpoint(self, op: Operation) -> Any:
        async def endpoint(request: Request) -> Response:
            try:
                body = _envelope(await self.answer(op, request))
            except Fail as fail:
                body = _error(fail)
            if self.strict:
                violations = self.validator.validate(op.operation_id, body)
                if violations:  # the sandbox broke the description: say so loudly
                    text = "\n".join(str(v) for v in violations)
                    return PlainTextResponse(f"sandbox answer breaks {op.operation_id}:\n{text}", status_code=500)
            return JSONResponse(body)

        endpoint.__name__ = op.operation_id
        return endpoint

    async def answer(self, op: Operation, request: Request) -> Any:
        raw = await _params(request, op)
        account = self.world.account_by_sessdata(request.cookies.get("SESSDATA"))
        app_login = "access_key" in raw and op.parameter("access_key") is not None
        if app_login:
            if raw["access_key"] != SANDBOX_ACCESS_KEY:
                raise Fail(*NOT_LOGGED_IN)
            account = self.world.accounts[0]
        elif account is None:
            raise Fail(*NOT_LOGGED_IN)
        elif op.needs_csrf:
            csrf = raw.get("csrf") or raw.get("csrf_token")
            if csrf != account.bili_jct or request.cookies.get("bili_jct") != account.bili_jct:
                raise Fail(*CSRF_FAILED)
        params = self.checkers[op.operation_id].check(coerce(op, raw))
        call = Call(op, params, account, self.world, str(request.base_url).rstrip("/"))
        return self.handlers[op.operation_id](call)

    async def file(self, request: Request) -> Response:
        """Replay files the download URLs point at, with HTTP Range as a CDN serves them."""
        content = self.world.replays.file(request.path_params["name"])
        if content is None:
            return PlainTextResponse("not found", status_code=404)
        headers = {"Accept-Ranges": "bytes", "Content-Type": "video/mp4"}
        size = len(content)
        header = request.headers.get("range")
        if header is None:
            return Response(content if request.method == "GET" else b"", headers=headers)
        match = re.fullmatch(r"bytes=(\d*)-(\d*)", header.strip())
        if not match or match.groups() == ("", ""):
            return Response(status_code=416, headers={**headers, "Content-Range": f"bytes */{size}"})
        first, last = match.groups()
        if first == "":  # a suffix: the last N bytes
            start, end = max(0, size - int(last)), size - 1
        else:
            start, end = int(first), min(int(last), size - 1) if last else size - 1
        if start >= size or start > end:
            return Response(status_code=416, headers={**headers, "Content-Range": f"bytes */{size}"})
        headers["Content-Range"] = f"bytes {start}-{end}/{size}"
        part = content[start : end + 1] if request.method == "GET" else b""
        return Response(part, status_code=206, headers=headers)


def create_app(
    world: World | None = None, *, clock: Clock | None = None, strict: bool = True, desc: Description | None = None
) -> Starlette:
    """A fresh sandbox. `world` (or a `clock` for a fresh world) lets tests hold and move its state."""
    if world is None:
        world = World(clock) if clock is not None else World()
    sandbox = Sandbox(world, desc or description(), strict)
    app = Starlette(routes=sandbox.routes())
    app.state.sandbox = sandbox
    return app
