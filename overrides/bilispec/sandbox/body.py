"""Request bodies, read with a cap: the sandbox never holds more than MAX_BODY_BYTES of one.

A body above the cap is refused with -400 before it is read whole: by its Content-Length when it
declares one, else as soon as the streamed bytes pass the cap. No operation takes more than a few
KiB; 1 MiB leaves room for any honest request.

Query and form values are text, typed later as the description says (core.params.coerce). A JSON
body's members come typed already, so each must have the JSON type its parameter's schema gives
(a number where a string goes, `true` where an integer goes, an object where text goes): the
API answers anything else with -400, and so does the sandbox, naming the member, before any
handler sees it.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import parse_qsl

import anyio
from starlette.requests import Request

from ..core.description import Operation
from ..core.jsonread import read_json
from ..core.params import as_text
from ..core.validation import MAX_DEPTH, deeper_than
from .answers import bad_request

MAX_BODY_BYTES = 1024 * 1024  # 1 MiB
# A body must have arrived within this many seconds of its headers: a client that stops half-way
# gets -400 and the connection is not held (the served sandbox bounds headers: server.py).
BODY_TIMEOUT = 10.0


async def read_body(request: Request) -> bytes:
    declared = request.headers.get("content-length", "").strip()
    if declared and (not declared.isdigit() or len(declared) > 12 or int(declared) > MAX_BODY_BYTES):
        raise bad_request(f"body over {MAX_BODY_BYTES} bytes or a bad Content-Length")
    chunks: list[bytes] = []
    size = 0
    try:
        with anyio.fail_after(BODY_TIMEOUT):
            async for chunk in request.stream():
                size += len(chunk)
                if size > MAX_BODY_BYTES:
                    raise bad_request(f"body over {MAX_BODY_BYTES} bytes")
                chunks.append(chunk)
    except TimeoutError:
        raise bad_request(f"body not received within {BODY_TIMEOUT:g} s") from None
    return b"".join(chunks)


_JSON_TYPES: dict[str, tuple[type, ...]] = {
    "string": (str,),
    "integer": (int,),
    "number": (int, float),
    "boolean": (bool,),
    "array": (list,),
    "object": (dict,),
    "null": (type(None),),
}


def _types(schema: dict[str, Any]) -> list[str]:
    """The JSON types a parameter's schema allows (its `type`, or its anyOf/oneOf branches')."""
    declared = schema.get("type")
    if declared:
        return declared if isinstance(declared, list) else [declared]
    branches = schema.get("anyOf") or schema.get("oneOf") or []
    return [t for branch in branches if isinstance(branch, dict) for t in _types(branch)]


def _json_member(op: Operation, name: str, value: Any) -> Any:
    """A JSON member as the checks and handlers read it: -400 naming it when its JSON type is not one
    its schema allows; a number where the schema also allows text becomes the text a form carries
    (`records`: "1" or 1). Unknown members are left to the parameter checks."""
    param = op.parameter(name)
    types = _types(param.schema) if param is not None and value is not None else []
    if not types:
        return value
    if isinstance(value, float) and value.is_integer() and "integer" in types and "number" not in types:
        value = int(value)  # JSON Schema: 1.0 is an integer
    allowed = tuple(t for type_ in types for t in _JSON_TYPES.get(type_, ()))
    if not isinstance(value, allowed) or (isinstance(value, bool) and "boolean" not in types):
        raise bad_request(f"{name}: a JSON {type(value).__name__} where the description has {'/'.join(types)}")
    if "string" in types and isinstance(value, int | float) and not isinstance(value, bool):
        return as_text(value)
    return value


async def read_params(request: Request, op: Operation) -> dict[str, Any]:
    """Query, form and JSON members in one dict, as text or JSON values."""
    params: dict[str, Any] = dict(request.query_params)
    if op.method != "POST":
        return params
    content_type = request.headers.get("content-type", "")
    if "application/json" in content_type:
        try:
            body = read_json(await read_body(request) or b"null")
        except (ValueError, RecursionError):  # not JSON (NaN included), numbers too large, nesting too deep
            raise bad_request("body is not JSON the sandbox can read") from None
        if not isinstance(body, dict):
            raise bad_request("body is not a JSON object")
        if deeper_than(body, MAX_DEPTH):
            raise bad_request(f"body nests deeper than {MAX_DEPTH} levels")
        params.update({name: _json_member(op, name, value) for name, value in body.items()})
    elif "application/x-www-form-urlencoded" in content_type:
        text = (await read_body(request)).decode("utf-8", errors="replace")
        params.update(parse_qsl(text, keep_blank_values=True))
    return params
