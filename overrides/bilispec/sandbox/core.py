"""What every sandbox operation shares: parsing, auth, parameter checks and the envelope.

A handler receives a `Call` whose parameters are already typed and checked against the
description, and returns `data` (or a `Reply` for the older endpoints' envelope). It raises `Fail`
for an error answer. The API answers everything with HTTP 200 and a `code`; so does the sandbox.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from ..core.description import Operation
from ..core.errors import RequestValidationError
from ..core.params import CSRF_NAMES, ParamChecker

if TYPE_CHECKING:
    from .world import Account, World

# Messages as the API words them.
NOT_LOGGED_IN = (-101, "账号未登录")
CSRF_FAILED = (-111, "csrf 校验失败")
BAD_REQUEST = (-400, "请求错误")
# Required members whose absence the API answers with its own code instead of -400.
MISSING_ANSWERS: dict[tuple[str, str], tuple[int, str]] = {
    ("stop_live", "platform"): (60034, "系统维护仅支持直播姬关播")
}


ABSENT: Any = object()  # `data` left out of an error answer, as most endpoints do


class Fail(Exception):
    """An error answer: `code` (never 0), `message`, and optionally `data` as the API sends it."""

    def __init__(self, code: int, message: str, data: Any = ABSENT) -> None:
        super().__init__(f"{code} {message}")
        self.code = code
        self.message = message
        self.data = data


@dataclass
class Reply:
    """A success answer with a non-default envelope (the `/room/v1/` endpoints add `msg`)."""

    data: Any
    message: str = "0"
    msg: str | None = None
    ttl: int | None = 1


@dataclass
class Call:
    op: Operation
    params: dict[str, Any]
    account: Account | None  # None for the app-mode history report (access_key)
    world: World
    base_url: str  # where this sandbox is reached, for URLs it hands out

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


class Checker:
    """Types and required members from the description; -400 naming the field otherwise.

    The one-of and span rules are left to the handlers, which answer them with the operation's
    documented codes.
    """

    def __init__(self, op: Operation) -> None:
        self.op = op
        self._checker = ParamChecker(dataclasses.replace(op, one_of_required=(), span_limit=None))

    def check(self, params: dict[str, Any]) -> dict[str, Any]:
        for (operation_id, name), answer in MISSING_ANSWERS.items():
            if operation_id == self.op.operation_id and name not in params:
                raise Fail(*answer)
        plain = {k: v for k, v in params.items() if k not in CSRF_NAMES}
        try:
            self._checker.check(plain)
        except RequestValidationError as exc:
            raise Fail(BAD_REQUEST[0], f"{BAD_REQUEST[1]}: {exc.field}") from None
        return params
