"""The control path, answered only by the sandbox (the API has no `/_sandbox/`): reset the world,
script faults, read the request log. For bots in any language, over HTTP:

    POST   /_sandbox/reset      a fresh seeded world; faults and the request log cleared
    POST   /_sandbox/faults     script a fault: {"operation": "get_vote_panel", "code": -352, "times": 2}
    GET    /_sandbox/faults     the faults still waiting
    DELETE /_sandbox/faults     drop them
    GET    /_sandbox/requests   the request log, secrets scrubbed
    DELETE /_sandbox/requests   empty it

A fault the description does not allow answers HTTP 400 with {"error": "..."} naming why.
"""

from __future__ import annotations

import json
from typing import Any, Protocol

from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from .answers import Fail
from .body import read_body
from .faults import Faults
from .request_log import RequestLog

CONTROL_PATH = "/_sandbox"
FAULT_FIELDS = frozenset({"operation", "code", "message", "data", "http_status", "reset", "timeout", "delay", "times"})


class Controlled(Protocol):
    faults: Faults
    requests: RequestLog

    def reset(self) -> None: ...


def _refused(text: str) -> Response:
    return JSONResponse({"error": text}, status_code=400)


def control_routes(sandbox: Controlled) -> list[Route]:
    async def reset(request: Request) -> Response:
        sandbox.reset()
        return JSONResponse({"reset": True})

    async def faults(request: Request) -> Response:
        if request.method == "DELETE":
            sandbox.faults.clear()
        elif request.method == "POST":
            try:
                spec: Any = json.loads(await read_body(request) or b"null")
            except (Fail, ValueError, RecursionError) as exc:
                return _refused(f"the body must be a JSON object of at most 1 MiB: {exc}")
            if not isinstance(spec, dict) or not isinstance(spec.get("operation"), str):
                return _refused('the body must be a JSON object with "operation"')
            unknown = sorted(set(spec) - FAULT_FIELDS)
            if unknown:
                return _refused(f"unknown fields {unknown}; known: {sorted(FAULT_FIELDS)}")
            operation = spec.pop("operation")
            try:
                fault = sandbox.faults.add(operation, **spec)
            except (TypeError, ValueError) as exc:
                return _refused(str(exc))
            return JSONResponse(fault.to_json(), status_code=201)
        return JSONResponse({"faults": [f.to_json() for f in sandbox.faults.pending()]})

    async def requests(request: Request) -> Response:
        if request.method == "DELETE":
            sandbox.requests.clear()
        return JSONResponse({"requests": [entry.to_json() for entry in sandbox.requests]})

    return [
        Route(f"{CONTROL_PATH}/reset", reset, methods=["POST"]),
        Route(f"{CONTROL_PATH}/faults", faults, methods=["GET", "POST", "DELETE"]),
        Route(f"{CONTROL_PATH}/requests", requests, methods=["GET", "DELETE"]),
    ]
