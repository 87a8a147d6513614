"""msgspec types that accept a body only where a JSON Schema does: a typed decode of the body's text.

`bilispec validate`'s lean lane asks, per response, whether the "known" schema of an operation
(Shapes.merged: the branch with every member and status value it does not know refused, the places
it leaves free guarded in depth) accepts the body. Decoding the text with msgspec into Structs built
from that schema answers in one pass in C, without Python objects for jsonschema-rs to convert.

The translation is sound or absent: a type built here decodes a text only if the schema accepts
what `read_json_fast` reads from it. Where it cannot say exactly that, or something stricter, it
raises Untranslatable and the caller keeps the jsonschema-rs path. Stricter is fine, the caller
falls back on a refusal: msgspec refuses 1.0 for an integer (JSON Schema takes it), duplicate
members whose first value is wrong, integers outside int64, a listed value Literal cannot hold
(true, 2.5), and a free value nested deeper than FREE_LEVELS.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache, reduce
from typing import Annotated, Any, Literal, NewType, get_origin

import msgspec

from .shapes import json_type

# The integers every reader agrees on: msgspec bounds an int by int64 at most, and reads larger
# ones untyped only up to a point; jsonschema-rs compares these exactly.
_INT_MIN, _INT_MAX = -(2**63), 2**63 - 1
# Words that say nothing jsonschema-rs checks (it asserts no format or content keyword by default).
_NOTES = frozenset(
    {
        "title", "description", "examples", "example", "default", "deprecated", "$comment", "readOnly",
        "writeOnly", "format", "contentEncoding", "contentMediaType", "contentSchema", "$schema",
    }
)  # fmt: skip
_CHECKED = frozenset(
    {
        "type", "const", "enum", "properties", "required", "additionalProperties", "items", "minItems",
        "maxItems", "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf", "minLength",
        "maxLength", "pattern", "anyOf", "oneOf", "not", "allOf", "$ref",
    }
)  # fmt: skip
_KINDS = ("null", "boolean", "integer", "number", "string", "array", "object")
_GUARD = "#/$defs/depth"
# Past this many levels of the translation a schema is taken for recursive and not translated.
_LEVELS = 40
# A pattern in the subset that ECMA-262, Rust's regex and Python's re read alike: ASCII literals,
# classes of ASCII ranges, groups, alternation, quantifiers, anchors (`$` rewritten to `\Z`).
_PATTERN = re.compile(
    r"(?:[A-Za-z0-9_:\-,=/ ]|\\[.\-/()\[\]{}+*?|^$]"  # a literal, or an escaped punctuation mark
    r"|\[(?:[A-Za-z0-9_\-]|\\[.\-\]])+\]"  # a class of ASCII letters, digits and ranges
    r"|[()|^$+*?]|\{\d+(?:,\d*)?\})*"  # groups, alternation, anchors, quantifiers
)


class Untranslatable(Exception):
    """A schema place that no msgspec type expresses exactly or more strictly; the message says why."""


class Never:
    """A place no value satisfies (the schema `false`): a member left out, an empty array."""


_INT = Annotated[int, msgspec.Meta(ge=_INT_MIN, le=_INT_MAX)]
# A number: an integer's text is read as an int (bounded as above), any other as a float.
_NUMBER = _INT | float
_SCALARS: dict[str, Any] = {"null": None, "boolean": bool, "integer": _NUMBER, "string": str}


# A free place's value nests at most this many levels in a typed decode (fewer than its guard may
# allow: deeper ones fall back). msgspec and typing expand the type at each use, so its cost doubles
# with each level: at 3, the decoders of every operation compile in about the time jsonschema-rs
# takes for the known checks they replace (140 ms), and every recorded free value fits.
FREE_LEVELS = 3


@cache
def any_json(depth: int, kinds: frozenset[str] | None = None) -> Any:
    """Any JSON value of `kinds` (None: all) whose objects and arrays nest at most `depth` levels,
    as a msgspec type (validation._depth_limits' depthN): the free places, typed in C too."""
    inner = any_json(depth - 1) if depth > 0 else Never
    made = {
        **_SCALARS,
        "integer": _INT if kinds is not None and "number" not in kinds else _NUMBER,  # 1.0: stricter
        "array": list[inner],  # type: ignore[valid-type]
        "object": dict[str, inner],  # type: ignore[valid-type]
    }
    allowed = [kind for kind in made if (kinds is None or kind in kinds)]
    options = [made[kind] for kind in allowed if inner is not Never or kind in _SCALARS]
    if not options:
        return Never
    # A NewType: typing walks a Struct's annotations when msgspec compiles it, and stops at a
    # NewType, where it would walk the whole tree of a union nested `depth` levels at each use.
    return NewType(f"AnyJson{depth}", reduce(lambda a, b: a | b, options))


@dataclass
class _Place:
    """Every constraint the schemas at one place put on its value, gathered before it is typed."""

    kinds: set[str] = field(default_factory=lambda: set(_KINDS))
    values: list[Any] | None = None  # enum/const: the only values allowed (of every kind)
    listed: dict[str, list[Any]] = field(default_factory=dict)  # a kind's values limited (status values)
    excluded: list[Any] = field(default_factory=list)  # `not: {const}` / `not: {enum}`
    numbers: dict[str, list[Any]] = field(default_factory=dict)  # bounds and multipleOf
    strings: dict[str, list[Any]] = field(default_factory=dict)  # lengths and patterns
    items: list[Any] = field(default_factory=list)
    has_items: bool = False
    array_bounds: dict[str, list[int]] = field(default_factory=dict)
    objects: list[dict[str, Any]] = field(default_factory=list)  # the parts with object keywords
    guards: list[int] = field(default_factory=list)  # depth guards (#/$defs/depthN) of free places
    choices: list[list[Any]] = field(default_factory=list)  # oneOf branches not yet chosen
    never: bool = False


def _equal(a: Any, b: Any) -> bool:
    """JSON equality, stricter where it must be: 1 and True differ, 1 and 1.0 do not."""
    return (json_type(a) == json_type(b) and a == b) or (_is_number(a) and _is_number(b) and a == b)


def _is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


class Translator:
    """Builds msgspec types from the JSON Schemas of one document (its `#/components/...` `$ref`s)."""

    def __init__(self, document: dict[str, Any]) -> None:
        self.document = document
        self._names = 0

    def type_of(self, schema: Any) -> Any:
        """The msgspec type of a root schema."""
        kind = self._type([schema], level=0)
        if kind is Never:
            raise Untranslatable("the root accepts nothing")
        return kind

    def _resolve(self, ref: Any) -> Any:
        if not isinstance(ref, str) or not ref.startswith("#/components/"):
            raise Untranslatable(f"a $ref msgspec cannot follow: {ref!r}")
        node: Any = self.document
        for part in ref[2:].split("/"):
            key = part.replace("~1", "/").replace("~0", "~")
            if not (isinstance(node, dict) and key in node):
                raise Untranslatable(f"a $ref to nowhere: {ref}")
            node = node[key]
        return node

    def _gather(self, place: _Place, schema: Any, chosen: dict[int, int], hops: int = 0) -> None:
        """Add one schema's constraints to `place`, following $ref and opening allOf; of a oneOf,
        the branch `chosen` names (by the id of its list), else the oneOf is left in `choices`."""
        if hops > _LEVELS:
            raise Untranslatable("a $ref or allOf chain too long")
        if schema is True:
            return
        if schema is False:
            place.never = True
            return
        if not isinstance(schema, dict):
            raise Untranslatable("a schema that is not an object")
        for key in schema:
            if key not in _CHECKED and key not in _NOTES and not key.startswith("x-"):
                raise Untranslatable(f"the keyword {key!r}")
        ref = schema.get("$ref")
        if isinstance(ref, str) and ref.startswith(_GUARD):
            if any(k in _CHECKED for k in schema if k != "$ref"):
                raise Untranslatable("a depth guard with siblings")
            place.guards.append(int(ref[len(_GUARD) :]))
            return
        if ref is not None:  # 2020-12: a $ref and its siblings all apply
            self._gather(place, self._resolve(ref), chosen, hops + 1)
        for sub in schema.get("allOf", []):
            self._gather(place, sub, chosen, hops + 1)
        branches = schema.get("oneOf")
        if branches is not None:
            if not isinstance(branches, list) or not branches:
                raise Untranslatable("a oneOf that is not a list")
            if id(branches) in chosen:
                self._gather(place, branches[chosen[id(branches)]], chosen, hops + 1)
            else:
                place.choices.append(branches)
        self._keywords(place, schema)

    def _keywords(self, place: _Place, schema: dict[str, Any]) -> None:
        if "type" in schema:
            kinds = schema["type"] if isinstance(schema["type"], list) else [schema["type"]]
            allowed = set(kinds) | ({"integer"} if "number" in kinds else set())
            place.kinds &= allowed
        for key in ("const", "enum"):
            if key in schema:
                values = [schema[key]] if key == "const" else list(schema[key])
                old = place.values
                place.values = values if old is None else [v for v in old if any(_equal(v, w) for w in values)]
        if "anyOf" in schema:
            self._status_values(place, schema["anyOf"])
        if "not" in schema:
            rule = schema["not"]
            if not (isinstance(rule, dict) and set(rule) in ({"const"}, {"enum"})):
                raise Untranslatable("a `not` other than of const or enum")
            place.excluded += [rule["const"]] if "const" in rule else list(rule["enum"])
        for key in ("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf"):
            if key in schema:
                place.numbers.setdefault(key, []).append(schema[key])
        for key in ("minLength", "maxLength", "pattern"):
            if key in schema:
                place.strings.setdefault(key, []).append(schema[key])
        if "items" in schema:
            place.has_items = True
            place.items.append(schema["items"])
        for key in ("minItems", "maxItems"):
            if key in schema:
                place.array_bounds.setdefault(key, []).append(schema[key])
        if "properties" in schema or "additionalProperties" in schema or "required" in schema:
            place.objects.append(schema)

    def _status_values(self, place: _Place, branches: Any) -> None:
        """The one anyOf the known schema writes: `[{not: {type: [...]}}, {enum: [...]}]`, values of
        the kinds named must be listed (Shapes._closed with statuses)."""
        first: Any
        second: Any
        first, second = branches if isinstance(branches, list) and len(branches) == 2 else (None, None)
        ok = isinstance(first, dict) and set(first) == {"not"} and isinstance(first["not"], dict)
        ok = ok and set(first["not"]) == {"type"} and isinstance(second, dict) and set(second) == {"enum"}
        if not ok:
            raise Untranslatable("an anyOf other than the status values'")
        named = first["not"]["type"]
        for kind in named if isinstance(named, list) else [named]:
            values = [v for v in second["enum"] if json_type(v) == kind or (kind == "number" and _is_number(v))]
            old = place.listed.get(kind)
            place.listed[kind] = values if old is None else [v for v in old if any(_equal(v, w) for w in values)]

    def _type(self, schemas: list[Any], level: int, chosen: dict[int, int] | None = None) -> Any:
        """The msgspec type of a place where all of `schemas` apply (Never when nothing does)."""
        if level > _LEVELS:
            raise Untranslatable("nested too deep: a recursive schema")
        chosen = chosen or {}
        place = _Place()
        for schema in schemas:
            self._gather(place, schema, chosen)
        if place.never:
            return Never
        if place.choices:
            return self._one_of(schemas, level, chosen, place.choices[0])
        if place.values is not None or place.listed or place.excluded:
            return self._literal(place)
        if place.guards:
            return self._free(place)
        # One option per kind; a kind that cannot be typed is left out (stricter), unless all are.
        makers: dict[str, Callable[[], Any]] = {
            "null": lambda: None,
            "boolean": lambda: bool,
            "integer": lambda: self._number(place),
            "string": lambda: self._string(place),
            "array": lambda: self._array(place, level),
            "object": lambda: self._object(place, level),
        }
        options: list[Any] = []
        reasons: list[str] = []
        for kind, make in makers.items():
            if kind in place.kinds:
                try:
                    options.append(make())
                except Untranslatable as exc:
                    reasons.append(str(exc))
        return _union(options, reasons)

    def _one_of(self, schemas: list[Any], level: int, chosen: dict[int, int], branches: list[Any]) -> Any:
        """A oneOf whose branches take values of different kinds (an object or null, say): exactly
        one holds where any does, so the place is the union of each branch with the rest."""
        seen: set[str] = set()
        for branch in branches:
            alone = _Place()
            self._gather(alone, branch, chosen)
            if alone.kinds & seen:
                raise Untranslatable("a oneOf whose branches may take values of one kind")
            seen |= alone.kinds
        options: list[Any] = []
        reasons: list[str] = []
        for index in range(len(branches)):
            try:
                options.append(self._type(schemas, level, {**chosen, id(branches): index}))
            except Untranslatable as exc:  # that branch's values fall back (stricter)
                reasons.append(str(exc))
        return _union(options, reasons)

    def _free(self, place: _Place) -> Any:
        """A place under a depth guard: any value of the kinds allowed, nested no deeper."""
        if place.objects or place.has_items or place.numbers or place.strings:
            raise Untranslatable("a guarded place with constraints of its own")
        kinds = None if place.kinds == set(_KINDS) else frozenset(place.kinds)
        return any_json(min(*place.guards, FREE_LEVELS), kinds)

    def _literal(self, place: _Place) -> Any:
        """A place with listed values: Literal of its strings and integers, and None."""
        if place.numbers or place.strings or place.objects or place.has_items or place.guards:
            raise Untranslatable("listed values beside other constraints")
        values = place.values
        if values is None:  # only the kinds' lists (a kind allowed but not listed is left out: stricter)
            values = [v for kind in sorted(place.listed) for v in place.listed[kind]]
            values += [None] if "null" in place.kinds else []
        kept: list[Any] = []
        for value in values:
            kind = json_type(value)
            if kind not in place.kinds and not (kind == "integer" and "number" in place.kinds):
                continue
            if kind in place.listed and not any(_equal(value, w) for w in place.listed[kind]):
                continue
            if any(_equal(value, w) for w in place.excluded):
                continue
            if kind not in ("null", "integer", "string") or (kind == "integer" and not _INT_MIN <= value <= _INT_MAX):
                continue  # Literal holds strings, integers and None: the others are left out (stricter)
            if not any(_equal(value, k) for k in kept):
                kept.append(value)
        if not kept:
            return Never
        literals = [v for v in kept if v is not None]
        out: Any = Literal[tuple(literals)] if literals else None
        return out | None if literals and None in kept else out

    def _number(self, place: _Place) -> Any:
        """int within 64 bits and the schema's bounds; float when any number is allowed."""
        numbers = place.numbers
        if "number" in place.kinds:
            if numbers:
                raise Untranslatable("bounds on a number (msgspec compares floats, JSON Schema exactly)")
            return _NUMBER
        low, high = _INT_MIN, _INT_MAX
        for bound in numbers.get("minimum", []):
            low = max(low, math.ceil(_bound(bound)))
        for bound in numbers.get("exclusiveMinimum", []):
            low = max(low, math.floor(_bound(bound)) + 1)
        for bound in numbers.get("maximum", []):
            high = min(high, math.floor(_bound(bound)))
        for bound in numbers.get("exclusiveMaximum", []):
            high = min(high, math.ceil(_bound(bound)) - 1)
        if low > high:
            return Never
        meta: dict[str, Any] = {"ge": low, "le": high}
        multiples = numbers.get("multipleOf", [])
        if multiples:
            if not all(isinstance(m, int) and not isinstance(m, bool) and m > 0 for m in multiples):
                raise Untranslatable("a multipleOf that is not a positive integer")
            meta["multiple_of"] = reduce(math.lcm, multiples)
        return Annotated[int, msgspec.Meta(**meta)]

    def _string(self, place: _Place) -> Any:
        strings = place.strings
        meta: dict[str, Any] = {}
        if strings.get("minLength"):
            meta["min_length"] = max(int(n) for n in strings["minLength"])
        if strings.get("maxLength"):
            meta["max_length"] = min(int(n) for n in strings["maxLength"])
        patterns = set(strings.get("pattern", []))
        if len(patterns) > 1:
            raise Untranslatable("two patterns at one place")
        if patterns:
            meta["pattern"] = python_pattern(patterns.pop())
        return Annotated[str, msgspec.Meta(**meta)] if meta else str

    def _array(self, place: _Place, level: int) -> Any:
        if not place.has_items:
            raise Untranslatable("an array whose items are not described")
        bounds = place.array_bounds
        low = max(bounds.get("minItems", [0]))
        high = min(bounds["maxItems"]) if bounds.get("maxItems") else None
        item = self._type(place.items, level + 1)
        if item is Never:  # only the empty array
            item, high = int, 0
        if high is not None and low > high:
            return Never
        meta: dict[str, Any] = {"min_length": low} if low else {}
        if high is not None:
            meta["max_length"] = high
        return Annotated[list[item], msgspec.Meta(**meta)] if meta else list[item]  # type: ignore[valid-type]

    def _object(self, place: _Place, level: int) -> Any:
        """A closed Struct: every member some part names, with all the schemas that apply to it."""
        parts = place.objects
        if not any(part.get("additionalProperties") is False for part in parts):
            return self._map(parts, level)
        names: list[str] = []
        for part in parts:
            names += [n for n in part.get("properties", {}) if n not in names]
        required = {n for part in parts for n in part.get("required", [])}
        fields: list[Any] = []
        for index, name in enumerate(names):
            schemas = []
            for part in parts:
                if name in part.get("properties", {}):
                    schemas.append(part["properties"][name])
                elif "additionalProperties" in part:
                    schemas.append(part["additionalProperties"])
            kind = self._type(schemas, level + 1)
            if kind is Never:
                if name in required:
                    return Never
                continue  # left out: forbid_unknown_fields refuses it
            default = msgspec.field(name=name) if name in required else msgspec.field(default=msgspec.UNSET, name=name)
            fields.append((f"m{index}", kind, default))
        if required - set(names):
            return Never
        self._names += 1
        return msgspec.defstruct(f"Place{self._names}", fields, kw_only=True, forbid_unknown_fields=True)

    def _map(self, parts: list[dict[str, Any]], level: int) -> Any:
        """An object whose members all take the additionalProperties of every part: a dict."""
        if not parts or any("properties" in part or "required" in part for part in parts):
            raise Untranslatable("an object open to members of any name")
        value = self._type([part["additionalProperties"] for part in parts], level + 1)
        if value is Never:  # only the empty object
            return Annotated[dict[str, int], msgspec.Meta(max_length=0)]
        return dict[str, value]  # type: ignore[valid-type]


def _union(options: list[Any], reasons: list[str]) -> Any:
    """The union of the options that accept anything; Never when none does and none failed."""
    options = [o for o in options if o is not Never]
    if not options:
        if reasons:
            raise Untranslatable("; ".join(reasons))
        return Never
    patterned = [o for o in options if _has_pattern(o)]
    if patterned and len(options) > 1:
        # msgspec 0.22.0 frees a pattern it still holds when the decoder of a union holding a
        # patterned string and an array or a map is collected (a crash in the garbage collector,
        # tests/client/test_typed_accept.py): such a place takes its patterned string alone (stricter).
        options = patterned[:1]
    return reduce(lambda a, b: a | b, options) if len(options) > 1 else options[0]


def _has_pattern(option: Any) -> bool:
    return get_origin(option) is Annotated and any(getattr(m, "pattern", None) for m in option.__metadata__)


def _bound(value: Any) -> float | int:
    if not _is_number(value):
        raise Untranslatable(f"a bound that is not a number: {value!r}")
    return int(value) if isinstance(value, float) and value.is_integer() else value


def python_pattern(pattern: Any) -> str:
    """An ECMA-262 pattern from the subset all three engines read alike, for Python's re.search."""
    if not isinstance(pattern, str) or not _PATTERN.fullmatch(pattern) or "(?" in pattern:
        raise Untranslatable(f"a pattern outside the subset read alike: {pattern!r}")
    # `$` in Python also matches before a final newline; ECMA's only at the end. Outside classes.
    translated = re.sub(r"(?<!\\)\$", r"\\Z", pattern)
    try:
        re.compile(translated)
    except re.error as exc:
        raise Untranslatable(f"a pattern Python does not read: {pattern!r}") from exc
    return translated


NOT_PINNED = "its success branch does not pin `code` to 0 (the whole oneOf could hold twice)"


def known_decoders(
    document: dict[str, Any], response: Any, success: Any, error: Any, codes: frozenset[int]
) -> tuple[Any, Any, list[str]]:
    """Typed decoders for an operation's known success and known error schemas (Shapes.merged with
    statuses), or None for either, with the reasons. The success decoder takes code 0 only, the
    error decoder only the `codes` other than 0; the error decoder exists only when the response is
    `oneOf: [success, error]` and the success branch requires `code: 0`, so a body it takes is valid
    for the error branch alone: the whole oneOf holds."""
    translator = Translator(document)
    return built(
        lambda: success_decoder(translator, success), lambda: error_decoder(translator, response, error, codes)
    )


def built(success: Callable[[], Any], error: Callable[[], Any]) -> tuple[Any, Any, list[str]]:
    """The decoders the two builders make, None for one that raises Untranslatable or TypeError (a
    union msgspec does not take), with the reasons."""
    reasons: list[str] = []
    decoders: list[Any] = []
    for name, build in (("success", success), ("error", error)):
        try:
            decoders.append(build())
        except (Untranslatable, TypeError) as exc:
            decoders.append(None)
            reasons.append(f"{name}: {exc}")
    return decoders[0], decoders[1], reasons


def success_decoder(translator: Translator, success: Any) -> Any:
    """known_decoders' success decoder (Untranslatable or TypeError when there is none)."""
    pinned = {"required": ["code"], "properties": {"code": {"const": 0}}}
    return msgspec.json.Decoder(translator.type_of({"allOf": [success, pinned]}))


def error_decoder(translator: Translator, response: Any, error: Any, codes: frozenset[int]) -> Any:
    """known_decoders' error decoder (Untranslatable or TypeError when there is none)."""
    if not pins_code_zero(translator, response):
        raise Untranslatable(NOT_PINNED)
    listed = sorted(c for c in codes if type(c) is int and c != 0)
    pinned = {"required": ["code"], "properties": {"code": {"enum": listed}}}
    return msgspec.json.Decoder(translator.type_of({"allOf": [error, pinned]}))


class Listed:
    """An error decoder shared by the operations whose known error schemas are the same, built for
    every code any of them lists, and one operation's `codes`: `decode` refuses a body whose code
    that operation does not list, as the operation's own decoder would (a ValueError)."""

    def __init__(self, decoder: Any, codes: frozenset[int]) -> None:
        self._decoder, self._codes = decoder, codes
        kind = decoder.type
        self._member = next(f.name for f in msgspec.structs.fields(kind) if f.encode_name == "code")

    @staticmethod
    def shareable(decoder: Any) -> bool:
        """Whether a decoder reads a Struct with a member named `code` (what `decode` looks at)."""
        kind = getattr(decoder, "type", None)
        return (
            isinstance(kind, type)
            and issubclass(kind, msgspec.Struct)
            and any(f.encode_name == "code" for f in msgspec.structs.fields(kind))
        )

    def decode(self, text: str | bytes) -> Any:
        found = self._decoder.decode(text)
        if getattr(found, self._member) not in self._codes:
            raise ValueError("an error code the operation does not list")
        return found


def pins_code_zero(translator: Translator, response: Any) -> bool:
    """`response` is `oneOf: [success, error]` (nothing else that constrains) and every body its
    success branch accepts is an object whose `code` is 0."""
    if not isinstance(response, dict):
        return False
    if any(k != "oneOf" and k not in _NOTES and not k.startswith("x-") for k in response):
        return False
    branches = response.get("oneOf")
    if not (isinstance(branches, list) and len(branches) == 2):
        return False
    place = _Place()
    translator._gather(place, branches[0], {})
    if place.never or place.kinds != {"object"} or not any("code" in p.get("required", []) for p in place.objects):
        return False
    code = _Place()
    for part in place.objects:
        if "code" in part.get("properties", {}):
            translator._gather(code, part["properties"]["code"], {})
    return code.values is not None and all(_equal(v, 0) for v in code.values) and bool(code.values)
