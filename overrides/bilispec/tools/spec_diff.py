"""Compare two OpenAPI documents and say which changes break client users.

    python -m bilispec.tools.spec_diff OLD NEW [--format text|json] [--allow-breaking]

Both files are bundled descriptions (YAML or JSON); internal `#/components/...` references are
resolved. Two AsyncAPI documents (the message stream, generated/asyncapi.yaml) are compared by
message: a message removed, a payload member removed, retyped or made optional breaks.
Operations are matched by operationId (by method and path when they have none). What
counts as breaking is judged from a client's side:

- requests: an operation removed, moved (host, path or method), a member removed or made
  required, a required member added, an enum narrowed, a type changed, a constraint tightened;
- responses (the success branch of the envelope): a member removed or retyped, made optional,
  or made nullable (a typed client reads it as always present, of one type);
- error codes added or removed are listed, never breaking.

Exit status: 0 when nothing breaks (or with --allow-breaking), 1 when something does, 2 when a
file cannot be read.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator, Mapping
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

import yaml

METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
MAX_DEPTH = 24  # response members deeper than this are not compared (and cycles stop here)


@dataclass(frozen=True)
class Change:
    kind: str
    operation: str
    location: str
    breaking: bool
    message: str


@dataclass(frozen=True)
class Member:
    """One request parameter or body member, or one response member."""

    required: bool
    types: frozenset[str]
    nullable: bool
    schema: Mapping[str, Any]


@dataclass(frozen=True)
class OperationView:
    operation_id: str
    method: str
    path: str
    host: str
    request: dict[str, Member]
    response: dict[str, Member]
    error_codes: frozenset[str]
    error_data: frozenset[str]
    where: str = ""  # the pointer, where it is not a path item's (an AsyncAPI message)

    @property
    def pointer(self) -> str:
        return self.where or f"/paths/{self.path.replace('~', '~0').replace('/', '~1')}/{self.method}"


class Resolver:
    """Follows internal references (`#/...`) of one document."""

    def __init__(self, document: Mapping[str, Any]) -> None:
        self.document = document

    def resolve(self, node: Any) -> Any:
        seen: set[str] = set()
        while isinstance(node, Mapping) and isinstance(node.get("$ref"), str):
            ref = node["$ref"]
            if not ref.startswith("#/") or ref in seen:
                return {}
            seen.add(ref)
            target: Any = self.document
            for part in ref[2:].split("/"):
                part = part.replace("~1", "/").replace("~0", "~")
                if not isinstance(target, Mapping) or part not in target:
                    return {}
                target = target[part]
            node = target
        return node

    def ref_name(self, node: Any) -> str:
        if isinstance(node, Mapping) and isinstance(node.get("$ref"), str):
            return str(node["$ref"]).rsplit("/", 1)[-1]
        return ""


def _types(schema: Mapping[str, Any], resolver: Resolver) -> tuple[frozenset[str], bool]:
    """The JSON types a schema allows, without null, and whether it allows null."""
    found: set[str] = set()
    nullable = False
    declared = schema.get("type")
    if isinstance(declared, str):
        found.add(declared)
    elif isinstance(declared, list):
        found.update(str(t) for t in declared)
    if schema.get("nullable") is True:
        nullable = True
    if "const" in schema and schema["const"] is None:
        nullable = True
    for key in ("oneOf", "anyOf"):
        for branch in schema.get(key, ()) or ():
            sub_types, sub_null = _types(resolver.resolve(branch), resolver)
            found.update(sub_types)
            nullable = nullable or sub_null
    for branch in schema.get("allOf", ()) or ():
        sub_types, sub_null = _types(resolver.resolve(branch), resolver)
        found.update(sub_types)
        nullable = nullable or sub_null
    if "null" in found:
        found.discard("null")
        nullable = True
    if not found and isinstance(schema.get("properties"), Mapping):
        found.add("object")
    if "integer" in found and "number" in found:
        found.discard("integer")
    return frozenset(found), nullable


def _merged_object(schema: Any, resolver: Resolver, depth: int = 0) -> tuple[dict[str, Any], set[str]]:
    """Properties and required names of an object schema, through allOf and nullable oneOf/anyOf."""
    schema = resolver.resolve(schema)
    properties: dict[str, Any] = {}
    required: set[str] = set()
    if not isinstance(schema, Mapping) or depth > MAX_DEPTH:
        return properties, required
    for name, sub in (schema.get("properties") or {}).items():
        properties[str(name)] = sub
    required.update(str(n) for n in schema.get("required", ()) or ())
    for branch in schema.get("allOf", ()) or ():
        props, req = _merged_object(branch, resolver, depth + 1)
        properties.update(props)
        required |= req
    for key in ("oneOf", "anyOf"):
        branches = [resolver.resolve(b) for b in schema.get(key, ()) or ()]
        objects = [b for b in branches if not (isinstance(b, Mapping) and b.get("type") == "null")]
        for branch in objects:
            props, _ = _merged_object(branch, resolver, depth + 1)
            for name, sub in props.items():
                properties.setdefault(name, sub)
    return properties, required


def _member(schema: Any, required: bool, resolver: Resolver) -> Member:
    resolved = resolver.resolve(schema)
    if not isinstance(resolved, Mapping):
        resolved = {}
    types, nullable = _types(resolved, resolver)
    return Member(required, types, nullable, resolved)


def _walk_response(schema: Any, resolver: Resolver, prefix: str, depth: int, out: dict[str, Member]) -> None:
    if depth > MAX_DEPTH:
        return
    resolved = resolver.resolve(schema)
    if not isinstance(resolved, Mapping):
        return
    properties, required = _merged_object(resolved, resolver)
    for name, sub in properties.items():
        location = f"{prefix}/{name}"
        member = _member(sub, name in required, resolver)
        out[location] = member
        _walk_response(sub, resolver, location, depth + 1, out)
        for items in _array_items(member.schema, resolver):
            _walk_response(items, resolver, f"{location}/[]", depth + 1, out)


def _array_items(schema: Mapping[str, Any], resolver: Resolver) -> Iterator[Any]:
    if "items" in schema and isinstance(schema["items"], Mapping):
        yield schema["items"]
    for key in ("oneOf", "anyOf", "allOf"):
        for branch in schema.get(key, ()) or ():
            resolved = resolver.resolve(branch)
            if isinstance(resolved, Mapping) and isinstance(resolved.get("items"), Mapping):
                yield resolved["items"]


def _is_error_branch(branch: Any, resolver: Resolver) -> bool:
    """The envelope's error branch: named ErrorEnvelope, or a `code` that must not be 0."""
    if resolver.ref_name(branch) == "ErrorEnvelope":
        return True
    properties, _ = _merged_object(branch, resolver)
    code = resolver.resolve(properties.get("code", {}))
    return isinstance(code, Mapping) and "not" in code


def _success_schema(operation: Mapping[str, Any], resolver: Resolver) -> list[Any]:
    responses = operation.get("responses") or {}
    response = resolver.resolve(responses.get("200") or responses.get(200) or {})
    content = (response.get("content") or {}) if isinstance(response, Mapping) else {}
    media: Any = content.get("application/json") or next(iter(content.values()), {})
    schema = resolver.resolve((media or {}).get("schema", {}))
    if not isinstance(schema, Mapping):
        return []
    branches = schema.get("oneOf") or schema.get("anyOf")
    if not branches:
        return [schema]
    return [b for b in branches if not _is_error_branch(b, resolver)]


def _host(*candidates: Any) -> str:
    for servers in candidates:
        if isinstance(servers, list) and servers and isinstance(servers[0], Mapping):
            return str(servers[0].get("url", "")).rstrip("/")
    return ""


def operations(document: Mapping[str, Any]) -> dict[str, OperationView]:
    """Every operation of a document, by operationId (or "METHOD path")."""
    resolver = Resolver(document)
    found: dict[str, OperationView] = {}
    for path, item in (document.get("paths") or {}).items():
        item = resolver.resolve(item)
        if not isinstance(item, Mapping):
            continue
        for method in METHODS:
            operation = item.get(method)
            if not isinstance(operation, Mapping):
                continue
            operation_id = str(operation.get("operationId") or f"{method.upper()} {path}")
            request: dict[str, Member] = {}
            for parameter in [*(item.get("parameters") or ()), *(operation.get("parameters") or ())]:
                parameter = resolver.resolve(parameter)
                if isinstance(parameter, Mapping) and "name" in parameter:
                    member = _member(parameter.get("schema", {}), bool(parameter.get("required")), resolver)
                    request[f"parameters/{parameter.get('in', 'query')}/{parameter['name']}"] = member
            body = resolver.resolve(operation.get("requestBody") or {})
            for media in ((body.get("content") or {}) if isinstance(body, Mapping) else {}).values():
                properties, required = _merged_object((media or {}).get("schema", {}), resolver)
                for name, sub in properties.items():
                    request.setdefault(f"requestBody/{name}", _member(sub, name in required, resolver))
            response: dict[str, Member] = {}
            for branch in _success_schema(operation, resolver):
                _walk_response(branch, resolver, "responses/200", 0, response)
            found[operation_id] = OperationView(
                operation_id=operation_id,
                method=method,
                path=str(path),
                host=_host(operation.get("servers"), item.get("servers"), document.get("servers")),
                request=request,
                response=response,
                error_codes=frozenset(str(c) for c in (operation.get("x-error-codes") or {})),
                error_data=frozenset(str(c) for c in (operation.get("x-error-data") or {})),
            )
    return found


def _enum(schema: Mapping[str, Any]) -> set[str] | None:
    values = schema.get("enum")
    if isinstance(values, list):
        return {json.dumps(v, sort_keys=True) for v in values}
    if "const" in schema:
        return {json.dumps(schema["const"], sort_keys=True)}
    return None


def _constraint_changes(old: Mapping[str, Any], new: Mapping[str, Any]) -> list[tuple[bool, str]]:
    """(breaking, text) for each request constraint that changed; tighter ones break."""
    out: list[tuple[bool, str]] = []
    for key, tighter_when_higher in (
        ("minimum", True),
        ("exclusiveMinimum", True),
        ("minLength", True),
        ("minItems", True),
        ("maximum", False),
        ("exclusiveMaximum", False),
        ("maxLength", False),
        ("maxItems", False),
    ):
        before, after = old.get(key), new.get(key)
        if before == after or isinstance(before, bool) or isinstance(after, bool):
            continue
        if after is None:
            out.append((False, f"{key} {before} removed"))
        elif before is None:
            out.append((True, f"{key} {after} added"))
        elif isinstance(before, int | float) and isinstance(after, int | float):
            tighter = after > before if tighter_when_higher else after < before
            out.append((tighter, f"{key} {before} -> {after}"))
    if old.get("pattern") != new.get("pattern"):
        if new.get("pattern") is None:
            out.append((False, "pattern removed"))
        else:
            out.append((True, f"pattern {old.get('pattern')!r} -> {new.get('pattern')!r}"))
    return out


def _values(values: set[str]) -> str:
    return ", ".join(sorted(values))


def _type_text(member: Member) -> str:
    text = "|".join(sorted(member.types)) or "any"
    return f"{text}|null" if member.nullable else text


def _diff_request(old: OperationView, new: OperationView) -> Iterator[Change]:
    op, base = new.operation_id, new.pointer
    for name in sorted(old.request.keys() - new.request.keys()):
        yield Change("request-member-removed", op, f"{base}/{name}", True, f"request member {name} removed")
    for name in sorted(new.request.keys() - old.request.keys()):
        member = new.request[name]
        if member.required:
            yield Change("request-member-added-required", op, f"{base}/{name}", True, f"required {name} added")
        else:
            yield Change("request-member-added", op, f"{base}/{name}", False, f"optional {name} added")
    for name in sorted(old.request.keys() & new.request.keys()):
        before, after, where = old.request[name], new.request[name], f"{base}/{name}"
        if not before.required and after.required:
            yield Change("request-member-required", op, where, True, f"{name} optional -> required")
        elif before.required and not after.required:
            yield Change("request-member-optional", op, where, False, f"{name} required -> optional")
        if before.types != after.types and before.types and after.types:
            text = f"{name} type {_type_text(before)} -> {_type_text(after)}"
            yield Change("request-type-changed", op, where, True, text)
        old_enum, new_enum = _enum(before.schema), _enum(after.schema)
        if new_enum is not None and old_enum is None:
            yield Change("request-enum-narrowed", op, where, True, f"{name} now accepts only {_values(new_enum)}")
        elif new_enum is not None and old_enum is not None and old_enum - new_enum:
            text = f"{name} no longer accepts {_values(old_enum - new_enum)}"
            yield Change("request-enum-narrowed", op, where, True, text)
        if old_enum is not None and new_enum is None:
            yield Change("request-enum-widened", op, where, False, f"{name} no longer limited to an enum")
        elif old_enum is not None and new_enum is not None and new_enum - old_enum:
            yield Change("request-enum-widened", op, where, False, f"{name} now accepts {_values(new_enum - old_enum)}")
        for breaking, text in _constraint_changes(before.schema, after.schema):
            kind = "request-constraint-tightened" if breaking else "request-constraint-relaxed"
            yield Change(kind, op, where, breaking, f"{name}: {text}")


def _diff_response(old: OperationView, new: OperationView) -> Iterator[Change]:
    op, base = new.operation_id, new.pointer
    removed = sorted(old.response.keys() - new.response.keys())
    for name in removed:
        parent = name.rsplit("/", 1)[0]
        if parent in removed:  # reported with its parent
            continue
        yield Change("response-member-removed", op, f"{base}/{name}", True, f"response member {name} removed")
    for name in sorted(new.response.keys() - old.response.keys()):
        if name.rsplit("/", 1)[0] in new.response.keys() - old.response.keys():
            continue
        yield Change("response-member-added", op, f"{base}/{name}", False, f"response member {name} added")
    for name in sorted(old.response.keys() & new.response.keys()):
        before, after, where = old.response[name], new.response[name], f"{base}/{name}"
        if before.types != after.types and before.types and after.types:
            text = f"{name} type {_type_text(before)} -> {_type_text(after)}"
            yield Change("response-type-changed", op, where, True, text)
        if after.nullable and not before.nullable:
            yield Change("response-member-nullable", op, where, True, f"{name} may now be null")
        elif before.nullable and not after.nullable:
            yield Change("response-member-not-nullable", op, where, False, f"{name} is no longer null")
        if before.required and not after.required:
            yield Change("response-member-optional", op, where, True, f"{name} required -> optional")
        elif after.required and not before.required:
            yield Change("response-member-required", op, where, False, f"{name} optional -> required")


def messages(document: Mapping[str, Any]) -> dict[str, OperationView]:
    """An AsyncAPI document's messages (the message stream's commands) as views whose response is
    the payload: a message removed, or a payload member removed, retyped or made optional, breaks
    a client that reads it, as an operation's response member does."""
    resolver = Resolver(document)
    views: dict[str, OperationView] = {}
    for key, message in ((document.get("components") or {}).get("messages") or {}).items():
        message = resolver.resolve(message)
        name = str(message.get("name") or key) if isinstance(message, Mapping) else str(key)
        payload: dict[str, Member] = {}
        if isinstance(message, Mapping):
            _walk_response(message.get("payload", {}), resolver, "", 0, payload)
        where = f"/components/messages/{str(key).replace('~', '~0').replace('/', '~1')}"
        views[name] = OperationView(name, "receive", name, "", {}, payload, frozenset(), frozenset(), where)
    return views


def diff_documents(old: dict[str, Any], new: dict[str, Any]) -> list[Change]:
    """Every change from `old` to `new`, breaking or not, for client users (two OpenAPI documents,
    or two AsyncAPI documents of the message stream: their messages compared as operations)."""
    views = messages if "asyncapi" in old and "asyncapi" in new else operations
    before, after = views(old), views(new)
    changes: list[Change] = []
    for op in sorted(before.keys() - after.keys()):
        view = before[op]
        text = f"operation {view.method.upper()} {view.path} removed"
        changes.append(Change("operation-removed", op, view.pointer, True, text))
    for op in sorted(after.keys() - before.keys()):
        view = after[op]
        text = f"operation {view.method.upper()} {view.path} added"
        changes.append(Change("operation-added", op, view.pointer, False, text))
    for op in sorted(before.keys() & after.keys()):
        old_view, new_view = before[op], after[op]
        if (old_view.host, old_view.path, old_view.method) != (new_view.host, new_view.path, new_view.method):
            text = (
                f"{old_view.method.upper()} {old_view.host}{old_view.path} -> "
                f"{new_view.method.upper()} {new_view.host}{new_view.path}"
            )
            changes.append(Change("operation-moved", op, new_view.pointer, True, text))
        changes.extend(_diff_request(old_view, new_view))
        changes.extend(_diff_response(old_view, new_view))
        for code in sorted(new_view.error_codes - old_view.error_codes, key=_code_key):
            where = f"{new_view.pointer}/x-error-codes/{code}"
            changes.append(Change("error-code-added", op, where, False, f"error code {code} documented"))
        for code in sorted(old_view.error_codes - new_view.error_codes, key=_code_key):
            where = f"{new_view.pointer}/x-error-codes/{code}"
            changes.append(Change("error-code-removed", op, where, False, f"error code {code} no longer documented"))
        for code in sorted(new_view.error_data - old_view.error_data, key=_code_key):
            where = f"{new_view.pointer}/x-error-data/{code}"
            changes.append(Change("error-data-added", op, where, False, f"data of error {code} typed"))
    if views is messages:  # the same judgements, in the stream's words
        changes = [_as_message(c) for c in changes]
    return changes


def _as_message(change: Change) -> Change:
    kind = change.kind.replace("operation-", "message-").replace("response-", "payload-")
    text = change.message.replace("operation RECEIVE ", "message ").replace("response member", "payload member")
    return Change(kind, change.operation, change.location.replace("//", "/"), change.breaking, text)


def _code_key(code: str) -> tuple[int, str]:
    try:
        return (int(code), code)
    except ValueError:
        return (0, code)


def load(path: str) -> dict[str, Any]:
    """A YAML or JSON document; OSError or ValueError when it cannot be read as a mapping."""
    text = Path(path).read_text(encoding="utf-8")
    try:
        document = yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    except yaml.YAMLError as exc:
        raise ValueError(f"not YAML or JSON ({str(exc).splitlines()[0]})") from None
    if not isinstance(document, dict):
        raise ValueError("not an OpenAPI document (no mapping at the top)")
    return document


def render_text(changes: list[Change]) -> str:
    if not changes:
        return "no changes"
    lines = [
        f"{'BREAKING' if c.breaking else 'ok      '}  {c.operation}  {c.kind}: {c.message}  [{c.location}]"
        for c in changes
    ]
    breaking = sum(c.breaking for c in changes)
    lines.append(f"{len(changes)} changes, {breaking} breaking")
    return "\n".join(lines)


def main(argv: list[str] | None = None, prog: str = "python -m bilispec.tools.spec_diff") -> int:
    parser = argparse.ArgumentParser(prog=prog, description="Classify the changes between two OpenAPI documents.")
    parser.add_argument("old", metavar="OLD", help="the earlier bundled description (YAML or JSON)")
    parser.add_argument("new", metavar="NEW", help="the later bundled description (YAML or JSON)")
    parser.add_argument("--format", choices=("text", "json"), default="text")
    parser.add_argument("--allow-breaking", action="store_true", help="exit 0 even when a change breaks clients")
    args = parser.parse_args(argv)
    documents = []
    for path in (args.old, args.new):
        try:
            documents.append(load(path))
        except (OSError, ValueError, UnicodeDecodeError) as exc:
            reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
            print(f"spec_diff: cannot read {path}: {reason}", file=sys.stderr)
            return 2
    changes = diff_documents(documents[0], documents[1])
    if args.format == "json":
        summary = {"changes": len(changes), "breaking": sum(c.breaking for c in changes)}
        print(json.dumps({"summary": summary, "changes": [asdict(c) for c in changes]}, ensure_ascii=False, indent=2))
    else:
        print(render_text(changes))
    return 1 if any(c.breaking for c in changes) and not args.allow_breaking else 0


if __name__ == "__main__":
    sys.exit(main())
