"""The bundled OpenAPI description, read once and indexed by operationId.

Everything that needs to know an operation (the client's routing and csrf filling, the response
validator, the tests, the `bilispec validate` command) asks this module, so the description is the
single source of truth at run time as well.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

# In a checkout the bundle sits in generated/; an installed package carries a copy.
_REPO_BUNDLE = Path(__file__).resolve().parents[2] / "generated" / "openapi.yaml"

HTTP_METHODS = ("get", "post", "put", "patch", "delete")


@dataclass(frozen=True)
class Parameter:
    name: str
    location: str  # query, form, json (body members are parameters too, for the caller)
    required: bool
    schema: dict[str, Any]


@dataclass(frozen=True)
class Operation:
    operation_id: str
    method: str  # upper case
    path: str
    host: str  # scheme://host of the path-level server
    tag: str
    summary: str
    media_type: str | None  # request body media type, None for no body
    parameters: tuple[Parameter, ...]
    body_schema: dict[str, Any] | None
    response_schema: dict[str, Any]
    error_codes: dict[int, str]
    needs_csrf: bool
    one_of_required: tuple[str, ...] = ()
    span_limit: dict[str, Any] | None = None
    raw: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)

    @property
    def url(self) -> str:
        return self.host + self.path

    @property
    def csrf_location(self) -> str | None:
        """Where this operation carries `csrf`: 'query', 'form', 'json', or None."""
        for p in self.parameters:
            if p.name == "csrf":
                return p.location
        return None

    def parameter(self, name: str) -> Parameter | None:
        return next((p for p in self.parameters if p.name == name), None)


def load_document(path: str | Path | None = None) -> dict[str, Any]:
    """The bundled description as a dict: from `path`, the checkout, or the installed package."""
    if path is not None:
        text = Path(path).read_text(encoding="utf-8")
    elif _REPO_BUNDLE.exists():
        text = _REPO_BUNDLE.read_text(encoding="utf-8")
    else:  # installed: the bundle ships inside the generated package
        text = resources.files("bilispec_generated").joinpath("openapi.yaml").read_text(encoding="utf-8")
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    return dict(yaml.load(text, Loader=loader))


def resolve(document: dict[str, Any], node: Any) -> Any:
    """Follow local `$ref`s until a concrete node."""
    while isinstance(node, dict) and "$ref" in node:
        target: Any = document
        for part in node["$ref"].lstrip("#/").split("/"):
            target = target[part.replace("~1", "/").replace("~0", "~")]
        node = target
    return node


def _operation(document: dict[str, Any], path: str, method: str, item: dict[str, Any]) -> Operation:
    op = item[method]
    servers = op.get("servers") or item.get("servers") or document.get("servers") or [{"url": ""}]
    parameters: list[Parameter] = []
    for raw in [*item.get("parameters", []), *op.get("parameters", [])]:
        p = resolve(document, raw)
        parameters.append(Parameter(p["name"], p["in"], bool(p.get("required")), p.get("schema", {})))
    media_type: str | None = None
    body_schema: dict[str, Any] | None = None
    if "requestBody" in op:
        content = resolve(document, op["requestBody"])["content"]
        media_type = next(iter(content))
        body_schema = resolve(document, content[media_type]["schema"])
        location = "json" if media_type == "application/json" else "form"
        required = set(body_schema.get("required", []))
        for name, schema in body_schema.get("properties", {}).items():
            parameters.append(Parameter(name, location, name in required, schema))
    response = resolve(document, op["responses"]["200"])
    response_schema = response["content"]["application/json"]["schema"]
    security = op.get("security", document.get("security", []))
    return Operation(
        operation_id=op["operationId"],
        method=method.upper(),
        path=path,
        host=servers[0]["url"].rstrip("/"),
        tag=op.get("tags", [""])[0],
        summary=op.get("summary", ""),
        media_type=media_type,
        parameters=tuple(parameters),
        body_schema=body_schema,
        response_schema=response_schema,
        error_codes={int(code): text for code, text in op.get("x-error-codes", {}).items()},
        needs_csrf=any("bili_jct" in requirement for requirement in security),
        one_of_required=tuple((body_schema or {}).get("x-one-of-required", ())),
        # On the body schema for body members; on the operation for query members, which have none.
        span_limit=(body_schema or {}).get("x-span-limit") or op.get("x-span-limit"),
        raw=op,
    )


@dataclass(frozen=True)
class Description:
    document: dict[str, Any]
    operations: dict[str, Operation]
    routes: dict[tuple[str, str], Operation] = field(default_factory=dict)  # (METHOD, path) -> operation

    @property
    def common_error_codes(self) -> dict[int, str]:
        """Site-wide codes any operation may answer (the root's `x-common-error-codes`)."""
        return {int(code): text for code, text in self.document.get("x-common-error-codes", {}).items()}

    def __getitem__(self, operation_id: str) -> Operation:
        try:
            return self.operations[operation_id]
        except KeyError:
            raise LookupError(f"no operation {operation_id!r} in the description") from None

    def find(self, method: str, url_path: str) -> Operation | None:
        """The operation for a method and a URL path (no host), or None."""
        return self.routes.get((method.upper(), url_path))


def build(document: dict[str, Any]) -> Description:
    operations: dict[str, Operation] = {}
    for path, item in document.get("paths", {}).items():
        for method in HTTP_METHODS:
            if method in item:
                op = _operation(document, path, method, item)
                operations[op.operation_id] = op
    routes = {(op.method, op.path): op for op in operations.values()}
    return Description(document, operations, routes)


@cache
def description() -> Description:
    """The description this package was built from (cached)."""
    return build(load_document())
