"""Validate response bodies against the description, with the envelope's `code` choosing the branch.

Every 200 response is `oneOf: [<Operation>Response, ErrorEnvelope]`. Validating the `oneOf` as a
whole only says "matches neither"; validating the branch that `code` selects says which member is
wrong and why. Validators are compiled once per operation (jsonschema-rs).

`accepts_described_success` is the client's fast path: one jsonschema-rs pass that answers "a valid
success envelope, every member of it described, nested no deeper than the client allows" for the
common case, so a good response is walked once and its models need not look for unknown members.
`accepts_success` answers the same without the "described": a body with new members takes it.
Anything else goes through `validate` for the details.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import jsonschema_rs

from .description import Description, Operation, description
from .findings import Finding, path_file, schema_file_at
from .jsonread import read_json_fast
from .scrub import scrub
from .shapes import Shapes
from .typed import (
    NOT_PINNED,
    Listed,
    Translator,
    Untranslatable,
    built,
    error_decoder,
    pins_code_zero,
    success_decoder,
)

_DIALECT = "https://json-schema.org/draft/2020-12/schema"
# The description's components, registered once under this URI and shared by every validator: a
# validator whose root carried its own copy of them cost 1.5 MB and 4 ms to compile, 180 of them
# (three per operation) 265 MB.
_COMPONENTS = "urn:bilispec:description"
# No documented body nests more than a few levels. Deeper ones are refused before validation: the
# validator (jsonschema-rs stops at 255 levels) and scrubbing would fail on them.
MAX_DEPTH = 64
# shared_validator's validators by id of their description (usually one: the bundled description).
_SHARED_DESCRIPTIONS = 8
_SHARED: dict[int, tuple[Description, ResponseValidator]] = {}


def deeper_than(value: Any, limit: int = MAX_DEPTH) -> bool:
    """Whether a parsed body nests objects and arrays more than `limit` levels (iteratively, no recursion)."""
    stack: list[tuple[Any, int]] = [(value, 1)]
    while stack:
        node, depth = stack.pop()
        children = node.values() if isinstance(node, dict) else node if isinstance(node, list) else ()
        for child in children:
            if isinstance(child, dict | list):
                if depth + 1 > limit:
                    return True
                stack.append((child, depth + 1))
    return False


def _depth_limits(max_depth: int) -> dict[str, Any]:
    """`depthN` accepts a value whose objects and arrays nest at most N levels (a scalar is level 0)."""
    limits: dict[str, Any] = {"depth0": {"type": ["string", "number", "boolean", "null"]}}
    for n in range(1, max_depth + 1):
        inner = {"$ref": f"#/$defs/depth{n - 1}"}
        limits[f"depth{n}"] = {"items": inner, "additionalProperties": inner}
    return limits


def rebased(schema: Any, base: str = _COMPONENTS) -> Any:
    """`schema` with each local `$ref` (`#/components/...`) made to point into the registered
    components; jsonschema-rs reports the same schema paths either way."""
    if isinstance(schema, dict):
        return {
            key: base + value
            if key == "$ref" and isinstance(value, str) and value.startswith("#/components/")
            else rebased(value, base)
            for key, value in schema.items()
        }
    if isinstance(schema, list):
        return [rebased(item, base) for item in schema]
    return schema


def components_registry(components: dict[str, Any], base: str = _COMPONENTS) -> Any:
    """A jsonschema-rs registry holding the description's components once, for `rebased` schemas."""
    return jsonschema_rs.Registry([(base, {"$schema": _DIALECT, "components": components})])


def shared_validator(desc: Description) -> ResponseValidator:
    """The one ResponseValidator of `desc`, shared by every client made with it: what it compiles
    depends on the description only, and compiling an operation's validators takes milliseconds, which
    each new client would otherwise pay again on its first call of each operation."""
    entry = _SHARED.get(id(desc))
    if entry is None:
        if len(_SHARED) >= _SHARED_DESCRIPTIONS:
            _SHARED.clear()  # a bound, not a policy: a program uses one description, or a few
        # The description is kept with its validator, so no other description can take its id.
        entry = _SHARED.setdefault(id(desc), (desc, ResponseValidator(desc)))
    return entry[1]


def _pointer(path: Any) -> str:
    return "".join("/" + str(p).replace("~", "~0").replace("/", "~1") for p in path)


def _short(value: Any, limit: int = 80) -> str:
    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= limit else text[: limit - 3] + "..."


class ResponseValidator:
    """Compiled, envelope-aware validators for every operation of a description."""

    def __init__(self, desc: Description | None = None) -> None:
        self._desc = desc or description()
        self._components = self._desc.document.get("components", {})
        self._compiled: dict[str, tuple[Any, Any, Any]] = {}
        self._success_checks: dict[tuple[str, str, int], Any] = {}
        self._shapes = Shapes(self._desc)
        self._registry = components_registry(self._components)
        # accepts_known_text's typed decoders (success, error) by operation and listed codes.
        self._typed: dict[tuple[str, frozenset[int]], tuple[Any, Any]] = {}
        self._known_text: dict[
            tuple[str, frozenset[int], bool], Callable[[str | bytes], bool]
        ] = {}  # known_text_check's
        # Error decoders shared by operations, by their known error schema's text (or why there is none).
        self._errors: dict[str, Any] = {}
        self._listed: frozenset[int] | None = None  # every error code the description lists
        self.typed_reasons: dict[str, list[str]] = {}  # why an operation has no typed decoder

    def _validator(self, schema: dict[str, Any]) -> Any:
        return jsonschema_rs.validator_for({"$schema": _DIALECT, **rebased(schema)}, registry=self._registry)

    def _validators(self, operation_id: str) -> tuple[Any, Any, Any]:
        """(whole oneOf, success branch, error branch) for an operation, compiled on first use."""
        if operation_id not in self._compiled:
            schema = self._desc[operation_id].response_schema
            branches = schema.get("oneOf", [schema, schema])
            self._compiled[operation_id] = (
                self._validator(schema),
                self._validator(branches[0]),
                self._validator(branches[1]),
            )
        return self._compiled[operation_id]

    def is_valid(self, operation_id: str, body: Any) -> bool:
        return bool(self._validators(operation_id)[0].is_valid(body))

    def accepts_success(self, operation_id: str, body: Any, max_depth: int) -> bool:
        """Whether `body` is a valid success envelope of the operation that nests objects and arrays
        at most `max_depth` levels, in one pass. False says nothing more: ask `validate` why."""

        def extra(op: Operation) -> Any:
            # The success schema and the depth guard in one walk (`allOf: [guard, schema]` walked a
            # body twice): members not named are held to the guard where they stand.
            return self._shapes.merged(self._shapes.root(op, True), statuses=False, max_depth=max_depth, extra=True)

        return self._success_check(("open", operation_id, max_depth), operation_id, max_depth, extra, body)

    def accepts_described_success(self, operation_id: str, body: Any) -> bool:
        """Whether `body` is a valid success envelope of the operation in which every object holds only
        members the description names, and which nests at most MAX_DEPTH levels, in one pass. False
        says nothing more: ask `accepts_success`, then `validate`."""

        def closed(op: Operation) -> Any:
            # The described members are bounded by the description; only its free places need the
            # depth guard. Merged: the success schema and the closed one in one walk of the body.
            return self._shapes.merged(self._shapes.root(op, True), statuses=False, max_depth=MAX_DEPTH)

        return self._success_check(("described", operation_id, MAX_DEPTH), operation_id, MAX_DEPTH, closed, body)

    def accepts_known_success(self, operation_id: str, body: Any) -> bool:
        """`accepts_described_success`, and every value at a schema with `x-status-values` listed
        there: a body that passes is valid and holds nothing the description does not know, so
        there is no drift to look for (tools/drift.py). False says nothing more."""

        def known(op: Operation) -> Any:
            return self._known_schema(op, True)

        return self._success_check(("known", operation_id, MAX_DEPTH), operation_id, MAX_DEPTH, known, body)

    def _known_schema(self, op: Operation, success: bool) -> Any:
        """The success (or error) branch merged with its closed schema, status values included."""
        return self._shapes.merged(self._shapes.root(op, success), statuses=True, max_depth=MAX_DEPTH)

    def accepts_known_error(self, operation_id: str, body: Any) -> bool:
        """The error envelope's `accepts_known_success`: a body that passes is valid (the whole
        `oneOf` too), nests at most MAX_DEPTH levels and holds no member or status value the
        description does not know; whether its `code` is listed is the caller's to ask. False says
        nothing more (`bilispec validate`'s lean lane, tools/audit.py)."""

        def known(op: Operation) -> Any:  # the error branch, merged with its closed schema
            return self._known_schema(op, False)

        key = ("known-error", operation_id, MAX_DEPTH)
        return self._success_check(key, operation_id, MAX_DEPTH, known, body) and self.is_valid(operation_id, body)

    def accepts_known_text(self, operation_id: str, text: str, codes: frozenset[int]) -> bool:
        """`accepts_known_success` when the body's code is 0, `accepts_known_error` when it is one of
        `codes`, on the body's text: first one typed decode of it (core/typed.py: what it takes, the
        jsonschema-rs check takes), else `read_json_fast` and the check as they are. False says
        nothing more; a ValueError says the text is not JSON msgspec reads."""
        check = self._known_text.get((operation_id, codes, True))
        return (check or self.known_text_check(operation_id, codes))(text)

    def known_text_check(
        self, operation_id: str, codes: frozenset[int], read: bool = True
    ) -> Callable[[str | bytes], bool]:
        """`accepts_known_text` for one operation and its codes, as a function of the text: a caller
        that judges many bodies of one operation (`bilispec validate`) keeps it. Without `read`, only
        the typed decodes: False where they do not take the text (a caller that judges such a body in
        full next, as `bilispec validate` does, would otherwise read and check it twice)."""
        kept = self._known_text.get((operation_id, codes, read))
        if kept is not None:
            return kept
        decoders = self._typed.get((operation_id, codes)) or self._typed_decoders(operation_id, codes)
        success_first = [d for d in decoders if d is not None]
        error_first = success_first[::-1]
        # A body that begins with code 0 is no error (the error decoder takes listed codes, never 0).
        success_only = [decoders[0]] if decoders[0] is not None else []

        def check(text: str | bytes) -> bool:  # bytes: UTF-8 (a HAR's base64 body)
            # A body that begins with a code other than 0 is most likely an error: its decoder first.
            if text[:8] != '{"code":':
                tried = success_first
            elif text[8:9] != "0":
                tried = error_first
            else:
                tried = success_only if text[9:10] in (",", "}") else success_first
            for decoder in tried:
                try:
                    decoder.decode(text)
                    return True
                except (ValueError, RecursionError):  # refused (or not read): the next, then the full check
                    pass
            return read and self._known_text_read(operation_id, text, codes)

        self._known_text[(operation_id, codes, read)] = check
        return check

    def _known_text_read(self, operation_id: str, text: str | bytes, codes: frozenset[int]) -> bool:
        """accepts_known_text where no typed decode took the text: read, then checked as it is."""
        body = read_json_fast(text)
        code = body.get("code") if type(body) is dict else None
        if type(code) is not int:
            return False
        if code == 0:
            return self.accepts_known_success(operation_id, body)
        return code in codes and self.accepts_known_error(operation_id, body)

    def _typed_decoders(self, operation_id: str, codes: frozenset[int]) -> tuple[Any, Any]:
        op = self._desc[operation_id]
        if "oneOf" not in op.response_schema:  # as _success_check: no branch to pick
            decoders: tuple[Any, Any] = (None, None)
            self.typed_reasons[operation_id] = ["no success and error branches"]
        else:
            translator = Translator(self._desc.document)
            success, error, reasons = built(
                lambda: success_decoder(translator, self._known_schema(op, True)),
                lambda: self._error_decoder(translator, op, codes),
            )
            decoders = (success, error)
            self.typed_reasons[operation_id] = reasons
        self._typed[(operation_id, codes)] = decoders
        return decoders

    def _error_decoder(self, translator: Translator, op: Operation, codes: frozenset[int]) -> Any:
        """typed.error_decoder, built once for every operation whose error branch is the same schema
        (the description's envelope, a `$ref`, bar a few) for every code the description lists, and
        given each operation with its own codes (typed.Listed): 60 translations of the same envelope
        were a tenth of the start of `bilispec validate`."""
        response = op.response_schema
        if not pins_code_zero(translator, response):
            raise Untranslatable(NOT_PINNED)
        if self._listed is None:
            listed = [c for o in self._desc.operations.values() for c in o.error_codes]
            self._listed = frozenset(listed) | frozenset(self._desc.common_error_codes)
        if not codes <= self._listed:
            return error_decoder(translator, response, self._known_schema(op, False), codes)
        key = json.dumps(response["oneOf"][-1], sort_keys=True)  # its known schema follows from it
        shared = self._errors.get(key)
        if shared is None:
            try:
                shared = error_decoder(translator, response, self._known_schema(op, False), self._listed)
            except (Untranslatable, TypeError) as exc:
                shared = exc
            self._errors[key] = shared
        if isinstance(shared, Exception):
            raise shared
        if Listed.shareable(shared):
            return Listed(shared, codes)
        return error_decoder(translator, response, self._known_schema(op, False), codes)

    def _success_check(
        self, key: tuple[str, str, int], operation_id: str, max_depth: int, extra: Any, body: Any
    ) -> bool:
        """One compiled pass of `extra(op)`, a schema that holds the success branch itself
        (Shapes.merged: the branch with every member it does not name refused); or the error
        branch, for `accepts_known_error`."""
        check = self._success_checks.get(key)
        if check is None:
            op = self._desc[operation_id]
            if "oneOf" not in op.response_schema:  # no success branch to pick: always the full check
                return False
            root = {
                "$schema": _DIALECT,
                "allOf": rebased([extra(op)]),
                "$defs": _depth_limits(max_depth),
            }
            check = self._success_checks[key] = jsonschema_rs.validator_for(root, registry=self._registry)
        try:
            return bool(check.is_valid(body))
        except ValueError:  # unreadable for jsonschema-rs (e.g. a lone surrogate in a key)
            return False

    def validate(self, operation_id: str, body: Any) -> list[Finding]:
        """Every violation of the operation's 200 response schema; empty when the body is valid."""
        try:
            return self._violations(operation_id, body)
        except ValueError as exc:  # jsonschema-rs cannot read it, e.g. a lone surrogate ("\ud800") in a key
            found = type(exc).__name__
            op = self._desc[operation_id]
            where = path_file(op.tag, op.operation_id)
            return [Finding("", "readable", "text jsonschema-rs can read", found, "unreadable body", spec_file=where)]

    def _violations(self, operation_id: str, body: Any) -> list[Finding]:
        whole, success, error = self._validators(operation_id)
        if whole.is_valid(body):
            return []
        code = body.get("code") if isinstance(body, dict) else None
        if isinstance(code, int) and not isinstance(code, bool):
            validator, branch = (success, 0) if code == 0 else (error, 1)
        else:
            validator, branch = whole, None
        schema = self._desc[operation_id].response_schema
        branch_schema = schema["oneOf"][branch] if branch is not None and "oneOf" in schema else schema
        expected = "exactly one of the success and error envelopes"
        op = self._desc[operation_id]
        where = path_file(op.tag, op.operation_id)  # the envelope's oneOf is in the path item
        return [self._violation(e, branch_schema, where) for e in validator.iter_errors(body)] or [
            Finding("", "oneOf", expected, _short(scrub(body)), "ambiguous body", spec_file=where)
        ]

    def _violation(self, error: Any, schema: dict[str, Any], op_file: str) -> Finding:
        path = list(error.schema_path)
        rule = str(path[-1]) if path else ""
        expected = self._keyword_value(schema, path)
        raw = error.instance
        instance = scrub(raw)  # violations end up in errors and logs: no stream key, csrf or cookie
        message = str(error.message)
        if instance != raw:  # jsonschema-rs's message quotes the instance, secrets and all
            message = f"{_short(instance)} breaks {rule!r}"
        return Finding(
            pointer=_pointer(error.instance_path),
            rule=rule,
            expected=expected,
            found=_short(instance),
            message=message,
            spec_file=schema_file_at(path, op_file),  # the schema that says it, else the path item
        )

    def _keyword_value(self, schema: dict[str, Any], path: list[Any]) -> str:
        """What the schema says at the failing keyword. jsonschema-rs gives the keyword's location
        with $refs already followed, relative to the root we compiled: the branch plus components."""
        node: Any = {**schema, "components": self._components}
        try:
            for part in path:
                node = node[part]
        except (KeyError, IndexError, TypeError):
            return "?"
        if path and path[-1] == "not":
            return "not " + _short(node)
        return _short(node)
