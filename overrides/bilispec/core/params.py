"""Check a call's parameters against the description before anything is sent.

Every documented constraint (types, required members, lengths, ranges, enums, patterns, one-of
and span rules) is checked by a validator compiled from the operation's own parameter schemas, and
an error names the operation and the field.
"""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass
from typing import Any

import jsonschema_rs

from .description import Operation
from .errors import RequestValidationError
from .rules import cross_member_finding
from .scrub import SECRET_NAMES

# At most 20 digits: nothing the API takes is wider than int64, and Python refuses to convert very
# long digit strings; longer text stays text, so the schema check reports it.
_INTEGER = re.compile(r"^-?[0-9]{1,20}$")
_NUMBER = re.compile(r"^-?\d+(\.\d+)?([eE][-+]?\d+)?$")

# Filled by the client from the bili_jct cookie; callers do not pass them.
CSRF_NAMES = ("csrf", "csrf_token")


@dataclass(frozen=True)
class PreparedParams:
    query: dict[str, Any]
    form: dict[str, Any] | None
    json: dict[str, Any] | None


def _plain(value: Any) -> Any:
    """Generated enums and other Enum members travel as their values."""
    return value.value if isinstance(value, enum.Enum) else value


class ParamChecker:
    """A compiled validator for one operation's parameters."""

    def __init__(self, op: Operation) -> None:
        self.op = op
        self.by_name = {p.name: p for p in op.parameters}
        schema = {
            "type": "object",
            "properties": {p.name: _with_format_range(p.schema) for p in op.parameters},
            "required": [p.name for p in op.parameters if p.required and p.name not in CSRF_NAMES],
        }
        self._validator = jsonschema_rs.validator_for(schema)

    def _coerce(self, name: str, value: Any) -> Any:
        value = _plain(value)
        schema = self.by_name[name].schema
        # Ids the pages type as str (silent users) are accepted as ints too.
        if schema.get("type") == "string" and isinstance(value, int) and not isinstance(value, bool):
            return str(value)
        return value

    def check(self, params: dict[str, Any], filled: frozenset[str] = frozenset()) -> dict[str, Any]:
        """The checked values; `filled` names members the client adds itself (csrf from bili_jct)."""
        op = self.op.operation_id
        unknown = sorted(set(params) - set(self.by_name))
        if unknown:
            raise RequestValidationError(
                f"unknown parameter {unknown[0]!r}; known: {', '.join(sorted(self.by_name))}",
                operation=op,
                field=unknown[0],
            )
        values = {k: self._coerce(k, v) for k, v in params.items() if v is not None}
        try:
            found = list(self._validator.iter_errors(values))
        except ValueError as exc:  # jsonschema-rs takes JSON-like values only, not bytes, datetime, set...
            field = next((k for k, v in values.items() if not _json_like(v)), "?")
            raise RequestValidationError(f"parameter {field!r}: {exc}", operation=op, field=field) from None
        for error in found:
            path = list(error.instance_path)
            field = str(path[0]) if path else _missing_field(str(error.message))
            message = str(error.message)
            if field.lower() in SECRET_NAMES:  # the message quotes the value: not for a secret
                rule = list(error.schema_path)[-1] if list(error.schema_path) else "?"
                message = f"breaks {rule!r} (the value is a secret and not shown)"
            raise RequestValidationError(f"parameter {field!r}: {message}", operation=op, field=field)
        if not (self.op.one_of_required or self.op.span_limit):  # most operations state no such rule
            return values
        present = {n for n, v in values.items() if v not in (None, "")} | filled
        broken = cross_member_finding(self.op, values, present)
        if broken is not None:
            raise RequestValidationError(
                f"{broken.message} ({broken.rule})", operation=op, field=broken.pointer.rsplit("/", 1)[-1]
            )
        return values

    def split(self, values: dict[str, Any]) -> PreparedParams:
        """Put each value where the description says it travels."""
        query: dict[str, Any] = {}
        body: dict[str, Any] = {}
        for name, value in values.items():
            if self.by_name[name].location == "query":
                query[name] = as_text(value)
            elif self.op.media_type == "application/json":
                body[name] = value
            else:
                body[name] = as_text(value)
        if self.op.media_type == "application/json":
            return PreparedParams(query, None, body)
        return PreparedParams(query, body if self.op.media_type else None, None)


_FORMAT_RANGES = {"int32": (-(2**31), 2**31 - 1), "int64": (-(2**63), 2**63 - 1)}


def _with_format_range(schema: dict[str, Any]) -> dict[str, Any]:
    """jsonschema does not enforce int32/int64; the server does, so the range becomes explicit."""
    bounds = _FORMAT_RANGES.get(schema.get("format", "")) if schema.get("type") == "integer" else None
    if bounds is None:
        return schema
    low, high = bounds
    return {
        **schema,
        "minimum": max(schema.get("minimum", low), low),
        "maximum": min(schema.get("maximum", high), high),
    }


def as_text(value: Any) -> str:
    """Query and form values as the web page sends them (numbers as digits, no true/false)."""
    if isinstance(value, bool):
        return "1" if value else "0"
    return str(value)


def _json_like(value: Any) -> bool:
    if isinstance(value, dict):
        return all(isinstance(k, str) and _json_like(v) for k, v in value.items())
    if isinstance(value, list | tuple):
        return all(_json_like(v) for v in value)
    return value is None or isinstance(value, str | int | float)


def _missing_field(message: str) -> str:
    # jsonschema-rs: '"room_id" is a required property'
    return message.split('"')[1] if message.count('"') >= 2 else "?"


def coerce(value: Any, schema: dict[str, Any]) -> Any:
    """A query or form value as the server reads it: text of digits is a number for an integer member."""
    if not isinstance(value, str):
        return value
    types = schema.get("type")
    types = types if isinstance(types, list) else [types]
    if "integer" in types and _INTEGER.match(value):
        return int(value)
    if "number" in types and _NUMBER.match(value):
        return float(value) if any(c in value for c in ".eE") else int(value)
    if "boolean" in types and value in ("true", "false"):
        return value == "true"
    return value


def coerce_params(op: Operation, raw: dict[str, Any]) -> dict[str, Any]:
    """Query and form values as text, typed as the description says (client, command and sandbox).

    Unknown members are dropped (the API ignores them); text that is not a number stays text, so
    the schema check reports it.
    """
    return {name: coerce(value, p.schema) for name, value in raw.items() if (p := op.parameter(name))}
