"""The description's rules across request members, in one place: `x-one-of-required` (at least one
of the members is sent) and `x-span-limit` (the end member comes after the start member, and at most
`max_seconds` after it when the rule names a bound).

The client (params.ParamChecker, before sending), the command (tools/request_check.py, on captured
requests) and the sandbox (sandbox/plumbing.py, answering with the operation's documented code)
all ask `cross_member_finding`, so a rule reads, refuses and reports alike everywhere.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from typing import Any

from .description import Operation
from .findings import Finding, request_problem

ONE_OF = "x-one-of-required"
SPAN = "x-span-limit"


def _where(op: Operation, name: str) -> str:
    param = op.parameter(name)
    return f"/{param.location if param is not None else 'query'}/{name}"


def cross_member_finding(op: Operation, values: Mapping[str, Any], present: Collection[str]) -> Finding | None:
    """The first of the operation's cross-member rules that the request breaks, or None.

    `values` are the request's typed values; `present` names the members sent with a non-empty
    value (and those the client fills itself, csrf from the bili_jct cookie)."""
    if op.one_of_required and not set(present) & set(op.one_of_required):
        names = " or ".join(repr(n) for n in op.one_of_required)
        where = _where(op, op.one_of_required[0])
        return request_problem(where, ONE_OF, names, "none of them", f"one of {names} is required")
    span = op.span_limit
    if span:
        start, end = values.get(span["start"]), values.get(span["end"])
        if isinstance(start, int) and isinstance(end, int):
            length, most = end - start, span.get("max_seconds")
            if length <= 0 or (most is not None and length > most):
                bound = f"(0, {most}]" if most is not None else "(0, ...)"
                message = f"{span['end']} - {span['start']} is {length} s; it must be in {bound}"
                return request_problem(_where(op, span["end"]), SPAN, bound, f"{length} s", message)
    return None
