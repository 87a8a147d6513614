"""The message stream's commands checked against the bundled AsyncAPI description.

spec/stream/asyncapi.yaml names one message per `cmd` (`DANMU_MSG`, `DM_INTERACTION`, ...) whose
payload is the JSON Schema of the decoded command; `make generate` bundles it into one file that
ships inside the installed package. `StreamDescription.check(command)` answers in Findings
(core/findings.py), as the HTTP side does:

- kind "violation" (rule: the failing schema keyword): the command breaks its message's schema;
- kind "command" (rule "drift"): a `cmd` the description does not know, never an error;
- kind "member" (rule "drift"): a member the schema does not name, in a command that is valid.

A valid command costs one pass of a validator compiled once per message (jsonschema-rs) that also
refuses undescribed members; only a command that fails it is walked again for the details.
JSON held inside a string (`DM_INTERACTION`'s `data.data`) is decoded and checked against the
schema that `x-decoded-by-type` picks by the sibling `type`.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import jsonschema_rs

from .description import packaged_file
from .findings import Finding, drift
from .jsonread import read_json
from .scrub import scrub

_REPO_BUNDLE = Path(__file__).resolve().parents[2] / "generated" / "asyncapi.yaml"
_DIALECT = "https://json-schema.org/draft/2020-12/schema"
DESCRIPTION_FILE = "spec/stream/asyncapi.yaml"
COMMANDS_OPERATION = "receiveCommands"  # the operation whose messages are the room's commands
PART = "message"  # a Finding's part: what it is about (a message of the stream)


def command_name(command: dict[str, Any]) -> str:
    """The message a command belongs to: its `cmd` up to the first `:` ("DANMU_MSG:4:0:2:2:2:0" ->
    "DANMU_MSG"); "" when `cmd` is missing or not a string."""
    cmd = command.get("cmd") if isinstance(command, dict) else None
    if not isinstance(cmd, str):
        return ""
    head, _, _ = cmd.partition(":")
    return head


def schema_file(component: str) -> str:
    """The spec file of a stream payload schema (the bundle names each after its file)."""
    return f"spec/components/schemas/stream/{component}.yaml"


def _pointer(path: Any) -> str:
    return "".join("/" + str(p).replace("~", "~0").replace("/", "~1") for p in path)


def _short(value: Any, limit: int = 80) -> str:
    text = json.dumps(value, ensure_ascii=False, default=str)
    return text if len(text) <= limit else text[: limit - 3] + "..."


def _closed(node: Any) -> Any:
    """A copy of a schema in which every object that names its members refuses any other."""
    if isinstance(node, dict):
        out = {key: _closed(value) for key, value in node.items() if not key.startswith("x-")}
        if "properties" in node and "additionalProperties" not in node and "patternProperties" not in node:
            out["additionalProperties"] = False
        return out
    if isinstance(node, list):
        return [_closed(item) for item in node]
    return node


@dataclass(frozen=True)
class Embedded:
    """A place holding JSON inside a string: `path` to it, `by` the sibling member whose value picks
    the schema, `schemas` that value (as a string) -> component name."""

    path: tuple[str, ...]
    by: str
    schemas: dict[str, str]


class _Checker:
    """The compiled validators of one schema: open (the schema as written) and closed."""

    def __init__(self, root: dict[str, Any], closed_components: dict[str, Any], component: str) -> None:
        self.component = component
        self.spec_file = schema_file(component)
        self.root = root
        ref = {"$ref": f"#/components/schemas/{component}"}
        self.open = jsonschema_rs.validator_for({"$schema": _DIALECT, **ref, "components": root["components"]})
        self.closed = jsonschema_rs.validator_for(
            {"$schema": _DIALECT, **ref, "components": {"schemas": closed_components}}
        )
        self.schema = root["components"]["schemas"][component]

    def findings(self, value: Any, prefix: str = "") -> list[Finding]:
        """[] when valid and fully described; else the violations, or (when valid) the drift."""
        try:
            if self.closed.is_valid(value):
                return []
            errors = list(self.open.iter_errors(value))
        except ValueError as exc:  # unreadable for jsonschema-rs (a lone surrogate in a key)
            return [Finding(prefix, "readable", "text jsonschema-rs can read", type(exc).__name__, "unreadable", PART)]
        if errors:
            return [self._violation(e, prefix) for e in errors]
        return self._drift(self.schema, value, prefix)

    def _violation(self, error: Any, prefix: str) -> Finding:
        path = list(error.schema_path)
        rule = str(path[-1]) if path else ""
        found = scrub(error.instance)
        return Finding(
            pointer=prefix + _pointer(error.instance_path),
            rule=rule,
            expected=self._expected(path),
            found=_short(found),
            message=str(error.message) if found == error.instance else f"{_short(found)} breaks {rule!r}",
            part=PART,
            spec_file=self.spec_file,
        )

    def _expected(self, path: list[Any]) -> str:
        node: Any = {**self.schema, "components": self.root["components"]}
        try:
            for part in path:
                node = node[part]
        except (KeyError, IndexError, TypeError):
            return "?"
        return _short(node)

    def _resolve(self, node: Any) -> Any:
        while isinstance(node, dict) and "$ref" in node:
            node = self.root["components"]["schemas"][node["$ref"].rsplit("/", 1)[-1]]
        return node

    def _drift(self, schema: Any, value: Any, pointer: str) -> list[Finding]:
        """Members the schema does not name, where it names them (a valid value: no type checks)."""
        schema = self._resolve(schema)
        if not isinstance(schema, dict):
            return []
        found: list[Finding] = []
        for part in schema.get("allOf", []):
            found += self._drift(part, value, pointer)
        if "then" in schema:  # the positions of a positional array sit under an always-true `if`
            found += self._drift(schema["then"], value, pointer)
        if isinstance(value, dict) and "properties" in schema:
            props = schema["properties"]
            open_ = "additionalProperties" in schema or "patternProperties" in schema
            for key, member in value.items():
                where = pointer + _pointer([key])
                if key in props:
                    found += self._drift(props[key], member, where)
                elif not open_:
                    message = f"member {key!r} is not in {self.component}"
                    found.append(drift("member", where, _short(scrub(member), 40), message, self.spec_file, PART))
        elif isinstance(value, list):
            prefix_items = schema.get("prefixItems", [])
            for index, item in enumerate(value):
                sub = prefix_items[index] if index < len(prefix_items) else schema.get("items")
                if sub is not None:
                    found += self._drift(sub, item, pointer + f"/{index}")
        return found


class StreamDescription:
    """The bundled AsyncAPI description of the message stream, its commands compiled on first use."""

    def __init__(self, document: dict[str, Any]) -> None:
        self.document = document
        components = document.get("components", {})
        self._schemas: dict[str, Any] = components.get("schemas", {})
        self._closed = _closed(self._schemas)
        self._root = {"components": {"schemas": self._schemas}}
        self.messages: dict[str, dict[str, Any]] = {}  # cmd -> message
        for ref in document["operations"][COMMANDS_OPERATION]["messages"]:
            message = self._follow(ref)
            self.messages[message["name"]] = message
        self._checkers: dict[str, _Checker] = {}
        self._embedded: dict[str, tuple[Embedded, ...]] = {}
        self._compiled: dict[str, tuple[_Checker, tuple[Embedded, ...]]] = {}  # cmd -> what checks it
        self._commands = frozenset(self.messages)

    @classmethod
    def load(cls) -> StreamDescription:
        """The description the package ships (cached)."""
        return _load()

    def commands(self) -> frozenset[str]:
        """The described `cmd` names."""
        return self._commands

    def payload_component(self, cmd: str) -> str:
        """The name of the schema component of a described command's payload."""
        ref = self.messages[cmd]["payload"]["$ref"]
        return str(ref.rsplit("/", 1)[-1])

    def schema(self, component: str) -> dict[str, Any]:
        """A payload schema component of the bundle, by name."""
        return dict(self._schemas[component])

    def check(self, command: dict[str, Any]) -> list[Finding]:
        """[] when the command is valid and fully described; its violations or drift otherwise."""
        if not isinstance(command, dict):
            return [Finding("", "type", '"object"', _short(scrub(command)), "a command is a JSON object", PART)]
        name = command_name(command)
        if not name:
            found = _short(scrub(command.get("cmd")))
            return [Finding("/cmd", "required", "a string", found, "a command names itself in `cmd`", PART)]
        compiled = self._compiled.get(name)
        if compiled is None:
            if name not in self._commands:
                return [drift("command", "/cmd", name, f"command {name} is not described", DESCRIPTION_FILE, PART)]
            compiled = self._compiled[name] = (self._checker(self.payload_component(name)), self._embedded_places(name))
        checker, places = compiled
        try:
            if not places and checker.closed.is_valid(command):  # the common case: one pass
                return []
        except ValueError:  # unreadable for jsonschema-rs: findings() says so
            pass
        findings = checker.findings(command)
        for place in places:
            findings += self._check_embedded(place, command)
        return findings

    def decoded(self, command: dict[str, Any], path: tuple[str, ...]) -> Any:
        """The JSON inside the string at `path` of a command, decoded (None when it is not JSON);
        a value that is not a string is returned as it is."""
        value: Any = command
        for part in path:
            value = value.get(part) if isinstance(value, dict) else None
        if isinstance(value, str):
            try:
                return read_json(value)
            except (ValueError, RecursionError):
                return None
        return value

    # -- internals --

    def _follow(self, node: dict[str, Any]) -> dict[str, Any]:
        while "$ref" in node:
            target: Any = self.document
            for part in node["$ref"].lstrip("#/").split("/"):
                target = target[part.replace("~1", "/").replace("~0", "~")]
            node = target
        return node

    def _checker(self, component: str) -> _Checker:
        checker = self._checkers.get(component)
        if checker is None:
            checker = self._checkers[component] = _Checker(self._root, self._closed, component)
        return checker

    def _embedded_places(self, cmd: str) -> tuple[Embedded, ...]:
        places = self._embedded.get(cmd)
        if places is None:
            found: list[Embedded] = []
            self._find_embedded(self._schemas[self.payload_component(cmd)], (), found, set())
            places = self._embedded[cmd] = tuple(found)
        return places

    def _find_embedded(self, schema: Any, path: tuple[str, ...], out: list[Embedded], seen: set[str]) -> None:
        while isinstance(schema, dict) and "$ref" in schema:
            name = schema["$ref"].rsplit("/", 1)[-1]
            if name in seen:
                return
            seen = seen | {name}
            schema = self._schemas[name]
        if not isinstance(schema, dict):
            return
        decoded = schema.get("x-decoded-by-type")
        if isinstance(decoded, dict):
            names = {str(k): str(v["$ref"]).rsplit("/", 1)[-1] for k, v in decoded.items()}
            out.append(Embedded(path, "type", names))
        for key, member in schema.get("properties", {}).items():
            self._find_embedded(member, (*path, key), out, seen)

    def _check_embedded(self, place: Embedded, command: dict[str, Any]) -> list[Finding]:
        parent: Any = command
        for part in place.path[:-1]:
            parent = parent.get(part) if isinstance(parent, dict) else None
        if not isinstance(parent, dict) or place.path[-1] not in parent:
            return []
        pointer = _pointer(place.path)
        value = self.decoded(command, place.path)
        if value is None:
            raw = parent[place.path[-1]]
            return [Finding(pointer, "contentMediaType", "JSON in a string", _short(scrub(raw)), "not JSON", PART)]
        component = place.schemas.get(str(parent.get(place.by)))
        if component is None:  # a value the description does not know: nothing to check it against
            return []
        return self._checker(component).findings(value, pointer)


@cache
def _load() -> StreamDescription:
    return StreamDescription(load_document())


def load_document(path: str | Path | None = None) -> dict[str, Any]:
    """The bundled AsyncAPI document: from `path`, the checkout, or the installed package."""
    if path is not None:
        text = Path(path).read_text(encoding="utf-8")
    elif _REPO_BUNDLE.exists():
        text = _REPO_BUNDLE.read_text(encoding="utf-8")
    else:  # installed: the bundle ships inside the generated package
        text = packaged_file("asyncapi.yaml").read_text(encoding="utf-8")
    import yaml  # noqa: PLC0415 (read when a stream is judged: `bilispec validate` starts without it)

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    return dict(yaml.load(text, Loader=loader))
