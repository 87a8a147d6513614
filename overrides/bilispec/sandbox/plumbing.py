"""The sandbox's request plumbing: the `Call` a handler receives, the `Area` it is registered in,
and the parameter checks it relies on (the description's rules, read as the client reads them).

A handler receives a `Call` whose parameters are already typed and checked against the
description, and returns `data` (or a `Reply` for the older endpoints' envelope). It raises `Fail`
for an error answer.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from ..core.description import Operation
from ..core.errors import RequestValidationError
from ..core.params import CSRF_NAMES, ParamChecker
from ..core.rules import SPAN, cross_member_finding
from .accounts import Account
from .answers import BAD_REQUEST, CSRF_FAILED, NOT_LOGGED_IN, Fail, bad_request
from .world import World


@dataclass
class Call:
    op: Operation
    params: dict[str, Any]
    account: Account | None  # None for the app-mode history report (access_key)
    world: World
    base_url: str  # where this sandbox is reached, for URLs it hands out
    cookies: dict[str, str] = field(default_factory=dict)  # the request's cookies (buvid3 for getDanmuInfo)

    @property
    def uid(self) -> int:
        if self.account is None:
            raise Fail(*NOT_LOGGED_IN)
        return self.account.uid

    def get(self, name: str, default: Any = None) -> Any:
        return self.params.get(name, default)


Handler = Callable[[Call], Any]


@dataclass
class Area:
    """The handlers of one area of the API (replay, room, vote, silent_user, report)."""

    name: str
    handlers: dict[str, Handler] = field(default_factory=dict)

    def handler(self, operation_id: str) -> Callable[[Handler], Handler]:
        def register(fn: Handler) -> Handler:
            self.handlers[operation_id] = fn
            return fn

        return register

    def rule_answer(
        self, operation_id: str, answer: tuple[int, str], *, too_long: tuple[int, str] | None = None
    ) -> None:
        """The code `operation_id` answers a broken cross-member rule with (`too_long`: a span
        over its bound), instead of -400."""
        RULE_ANSWERS[operation_id] = answer
        if too_long is not None:
            TOO_LONG_ANSWERS[operation_id] = too_long


# Required members whose absence the API answers with its own code instead of -400.
MISSING_ANSWERS: dict[tuple[str, str], tuple[int, str]] = {
    ("stop_live", "platform"): (60034, "系统维护仅支持直播姬关播"),
}

# The documented code an operation answers a broken cross-member rule with (-400 when not listed),
# and a span over its bound where the pages give that a code of its own: filled by the areas
# (Area.rule_answer), read by the Checker.
RULE_ANSWERS: dict[str, tuple[int, str]] = {}
TOO_LONG_ANSWERS: dict[str, tuple[int, str]] = {}


class Checker:
    """Types and required members from the description (-400 naming the field), then its rules
    across members (core/rules.py, the client's and the command's too), answered with the
    operation's documented code and a message naming the rule."""

    def __init__(self, op: Operation) -> None:
        self.op = op
        self._checker = ParamChecker(dataclasses.replace(op, one_of_required=(), span_limit=None))

    def refused_csrf(self, raw: dict[str, Any]) -> Fail:
        """-111 for a wrong or missing csrf; naming the rule when one states csrf may be left out for
        another member (report_history_progress: csrf or access_key) and neither was sent."""
        present = {k for k, v in raw.items() if v not in (None, "")}
        broken = cross_member_finding(self.op, {}, present) if self.op.one_of_required else None
        if broken is not None and "csrf" in self.op.one_of_required:
            return Fail(CSRF_FAILED[0], f"{CSRF_FAILED[1]}: {broken.message} ({broken.rule})")
        return Fail(*CSRF_FAILED)

    def check(self, params: dict[str, Any]) -> dict[str, Any]:
        op_id = self.op.operation_id
        for (operation_id, name), answer in MISSING_ANSWERS.items():
            if operation_id == op_id and name not in params:
                raise Fail(*answer)
        plain = {k: v for k, v in params.items() if k not in CSRF_NAMES}
        try:
            self._checker.check(plain)
        except RequestValidationError as exc:
            raise bad_request(exc.field or "parameters") from None
        present = {k for k, v in params.items() if v not in (None, "")}
        broken = cross_member_finding(self.op, params, present)
        if broken is not None:
            too_long = broken.rule == SPAN and not broken.found.startswith(("-", "0 "))
            code, message = (TOO_LONG_ANSWERS if too_long else RULE_ANSWERS).get(op_id, BAD_REQUEST)
            raise Fail(code, f"{message}: {broken.message} ({broken.rule})")
        return params
