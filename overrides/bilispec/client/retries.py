"""When a call is tried again: operations the description declares idempotent, on failures that say
"later may work".

Each operation declares `x-bilispec-retry` in the description: `idempotent` (every read, including
the POSTs that only read: the muted-user list, both key-frame lists, the replay link request) or
`never` (writes: publishing a slice, creating a vote or muting a user twice would do it twice). The
method is not consulted. The loop itself is tenacity's.
"""

from __future__ import annotations

import logging
import random
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import tenacity

from ..core.description import Operation
from ..core.errors import APIConnectionError, APIStatusError, NonJSONResponseError, RiskControlError

RETRY_EXTENSION = "x-bilispec-retry"
log = logging.getLogger("bilispec")


def idempotent(op: Operation) -> bool:
    """Whether the description says `op` may be sent again (`x-bilispec-retry: idempotent`)."""
    return op.raw.get(RETRY_EXTENSION) == "idempotent"


@dataclass(frozen=True)
class RetryPolicy:
    max_attempts: int = 4  # the first try included; 1 disables retries
    initial_delay: float = 0.5  # seconds before the first retry, doubled on each retry
    max_delay: float = 8.0
    jitter: float = 0.5  # up to this many seconds added at random, so clients spread out
    max_retry_after: float = 30.0  # a longer Retry-After is not waited for: the error is raised
    # After risk control (-352/-412, HTTP 412) every call of the client waits this long (or the
    # answer's Retry-After), not only the retried one: hammering on is what keeps the block on.
    risk_control_pause: float = 5.0

    def delay(self, attempt: int, error: BaseException | None) -> float:
        retry_after: float | None = getattr(error, "retry_after", None)
        if retry_after is not None:
            return min(float(retry_after), self.max_retry_after)
        backoff: float = min(self.initial_delay * 2.0 ** (attempt - 1), self.max_delay)
        return backoff + random.uniform(0, self.jitter)

    def may_retry(self, op: Operation, error: BaseException) -> bool:
        """Whether a first failure of `op` is worth a second attempt under this policy."""
        return self.max_attempts > 1 and idempotent(op) and is_retryable(error)


NO_RETRY = RetryPolicy(max_attempts=1)


def is_retryable(error: BaseException) -> bool:
    """Transport failures, timeouts, 5xx, HTTP 412 and 429, and risk-control codes -352/-412."""
    if isinstance(error, APIConnectionError | RiskControlError):
        return True
    if isinstance(error, APIStatusError | NonJSONResponseError):
        return error.status >= 500 or error.status in (412, 429)
    return False


def is_risk_control(error: BaseException) -> bool:
    """-352/-412, or the HTTP 412 page: the server wants this client to slow down."""
    if isinstance(error, RiskControlError):
        return True
    return isinstance(error, APIStatusError | NonJSONResponseError) and error.status == 412


class _RetryAfterTooLong(tenacity.stop.stop_base):
    """Stop when the server asks for a longer wait than the policy allows: raise instead."""

    def __init__(self, policy: RetryPolicy) -> None:
        self.policy = policy

    def __call__(self, retry_state: tenacity.RetryCallState) -> bool:
        error = retry_state.outcome.exception() if retry_state.outcome else None
        retry_after = getattr(error, "retry_after", None)
        return retry_after is not None and retry_after > self.policy.max_retry_after


class _PastDeadline(tenacity.stop.stop_base):
    """Stop when the next wait would end after the call's deadline: a retry could not finish."""

    def __init__(self, policy: RetryPolicy, deadline: float, clock: Callable[[], float]) -> None:
        self.policy, self.deadline, self.clock = policy, deadline, clock

    def __call__(self, retry_state: tenacity.RetryCallState) -> bool:
        error = retry_state.outcome.exception() if retry_state.outcome else None
        wait = self.policy.delay(retry_state.attempt_number, error) if error is not None else 0.0
        return self.clock() + wait >= self.deadline


def tenacity_kwargs(
    policy: RetryPolicy, op: Operation, deadline: float = float("inf"), clock: Callable[[], float] = time.monotonic
) -> dict[str, Any]:
    """Arguments for tenacity.Retrying / AsyncRetrying for one call of `op`, ending by `deadline`."""
    attempts = policy.max_attempts if idempotent(op) else 1
    return {
        "stop": tenacity.stop_after_attempt(attempts)
        | _RetryAfterTooLong(policy)
        | _PastDeadline(policy, deadline, clock),
        "wait": lambda state: policy.delay(state.attempt_number, state.outcome.exception() if state.outcome else None),
        "retry": tenacity.retry_if_exception(is_retryable),
        "before_sleep": lambda state: _log_retry(op, state),
        "reraise": True,
    }


def _log_retry(op: Operation, state: tenacity.RetryCallState) -> None:
    """One line for each retry: which call, after what, how long it waits."""
    error = state.outcome.exception() if state.outcome else None
    wait = state.next_action.sleep if state.next_action else 0.0
    log.warning(
        "%s: attempt %d failed (%s); retrying in %.1f s",
        op.operation_id,
        state.attempt_number,
        error if error is not None else "no answer",
        wait,
    )
