"""The bundled OpenAPI description, read once and indexed by operationId.

Everything that needs to know an operation (the client's routing and csrf filling, the response
validator, the tests, the `bilispec validate` command) asks this module, so the description is the
single source of truth at run time as well.
"""

from __future__ import annotations

import importlib.util
import json
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

# In a checkout the bundle sits in generated/; an installed package carries a copy, and the same
# as JSON (scripts/bundle_json.py), which loads in a hundredth of the time.
_REPO_BUNDLE = Path(__file__).resolve().parents[3] / "generated" / "openapi.yaml"  # overrides/bilispec/core/
_REPO_JSON = _REPO_BUNDLE.parent / "bilispec_generated" / "openapi.json"

HTTP_METHODS = ("get", "post", "put", "patch", "delete")

# Bounds on a description given by the user (`bilispec validate --description`, `bilispec diff`),
# checked before anything walks it. The bundle is ~0.2 MiB and a few thousand nodes; the
# bounds leave room for a description many times larger, and refuse a YAML alias bomb (a few KiB
# that expands to billions of nodes once anything walks it) after at most MAX_NODES steps.
MAX_DESCRIPTION_BYTES = 32 * 1024 * 1024
MAX_NODES = 1_000_000  # counted as expanded: a node reached through N aliases counts N times
MAX_NESTING = 200
MAX_REF_HOPS = 64  # a $ref to a $ref to ... (a loop is caught at once; a chain this long is a mistake)


class DescriptionError(ValueError):
    """A description that cannot be read within the bounds, or whose `$ref`s lead nowhere or loop."""


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


def read_text(path: str | Path) -> str:
    """A description file's text, at most MAX_DESCRIPTION_BYTES (a FIFO or /dev/zero ends there)."""
    with Path(path).open("rb") as file:
        data = file.read(MAX_DESCRIPTION_BYTES + 1)
    if len(data) > MAX_DESCRIPTION_BYTES:
        raise DescriptionError(f"larger than {MAX_DESCRIPTION_BYTES // (1024 * 1024)} MiB")
    return data.decode("utf-8")


def parse_yaml(text: str) -> Any:
    """YAML (or JSON) text as data, refused when it expands past MAX_NODES or nests past MAX_NESTING."""
    import yaml  # noqa: PLC0415 (the bundle is read from JSON: a command reading no YAML starts without it)

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    document = yaml.load(text, Loader=loader)
    check_size(document)
    return document


def check_size(document: Any) -> None:
    """DescriptionError when walking `document` would visit more than MAX_NODES nodes (aliases
    expanded, as any walk expands them) or go deeper than MAX_NESTING."""
    stack: list[tuple[Any, int]] = [(document, 0)]
    visited = 0
    while stack:
        node, depth = stack.pop()
        visited += 1
        if visited > MAX_NODES:
            raise DescriptionError(f"expands to more than {MAX_NODES:,} nodes (YAML aliases?)")
        if depth > MAX_NESTING:
            raise DescriptionError(f"nests deeper than {MAX_NESTING} levels")
        if isinstance(node, dict):
            stack.extend((v, depth + 1) for v in node.values())
        elif isinstance(node, list):
            stack.extend((v, depth + 1) for v in node)


def packaged_file(name: str = "openapi.yaml") -> Any:
    """A file the generated package carries (openapi.yaml, its JSON twin, asyncapi.yaml), found
    without importing the package: its __init__ imports httpx and the generated client, a tenth of
    a second `bilispec validate` does not need."""
    spec = importlib.util.find_spec("bilispec_generated")
    folders = spec.submodule_search_locations if spec is not None else None
    if folders:
        bundled = Path(next(iter(folders))) / name
        if bundled.is_file():
            return bundled
    from importlib import resources  # noqa: PLC0415 (it imports tempfile: 14 ms most runs never need)

    return resources.files("bilispec_generated").joinpath(name)  # a zipped install, say


def load_document(path: str | Path | None = None) -> dict[str, Any]:
    """The bundled description as a dict: from `path`, the checkout, or the installed package."""
    if path is not None:
        document = parse_yaml(read_text(path))
    elif _REPO_BUNDLE.exists():
        document = _bundle(_REPO_JSON, _REPO_BUNDLE)
    else:  # installed: the bundle ships inside the generated package
        document = _bundle(packaged_file("openapi.json"), packaged_file())
    if not isinstance(document, dict):
        raise DescriptionError(f"the top level is a {type(document).__name__}, not a mapping")
    return document


def _bundle(twin: Any, bundle: Any) -> Any:
    """The bundle read from its JSON twin when there is one (the same document), else from its YAML."""
    if twin.is_file():
        return json.loads(twin.read_text(encoding="utf-8"))
    return parse_yaml(bundle.read_text(encoding="utf-8"))


def resolve(document: dict[str, Any], node: Any) -> Any:
    """Follow local `$ref`s until a concrete node; DescriptionError for a loop or a missing target."""
    seen: list[str] = []
    while isinstance(node, dict) and "$ref" in node:
        ref = node["$ref"]
        if not isinstance(ref, str) or not ref.startswith("#"):
            raise DescriptionError(f"$ref {ref!r} is not local to the file (is it bundled?)")
        if ref in seen or len(seen) >= MAX_REF_HOPS:
            raise DescriptionError(f"$ref loop: {' -> '.join([*seen, ref])[:300]}")
        seen.append(ref)
        target: Any = document
        for part in ref.lstrip("#/").split("/") if ref not in ("#", "#/") else []:
            key = part.replace("~1", "/").replace("~0", "~")
            if isinstance(target, list) and key.isdigit() and int(key) < len(target):
                target = target[int(key)]
            elif isinstance(target, dict) and key in target:
                target = target[key]
            else:
                raise DescriptionError(f"$ref {ref!r} points at nothing")
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
