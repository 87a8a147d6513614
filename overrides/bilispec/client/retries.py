"""When a call is tried again: GET operations only, on failures that say "later may work".

POST operations publish slices, create votes and mute users; sending one twice could do it twice,
so they are never retried. The loop itself is tenacity's.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from typing import Any

import tenacity

from ..core.description import Operation
from ..core.errors import APIConnectionError, APIStatusError, NonJSONResponseError, RiskControlError


@dataclass(frozen=True)
class RetryPolicy:
    max_attempts: int = 4  # the first try included; 1 disables retries
    initial_delay: float = 0.5  # seconds before the first retry, doubled on each retry
    max_delay: float = 8.0
    jitter: float = 0.5  # up to this many seconds added at random, so clients spread out
    max_retry_after: float = 30.0  # a longer Retry-After is not waited for: the error is raised

    def delay(self, attempt: int, error: BaseException | None) -> float:
        retry_after: float | None = getattr(error, "retry_after", None)
        if retry_after is not None:
            return min(float(retry_after), self.max_retry_after)
        backoff: float = min(self.initial_delay * 2.0 ** (attempt - 1), self.max_delay)
        return backoff + random.uniform(0, self.jitter)

    def may_retry(self, op: Operation, error: BaseException) -> bool:
        """Whether a first failure of `op` is worth a second attempt under this policy."""
        return self.max_attempts > 1 and op.method == "GET" and is_retryable(error)


NO_RETRY = RetryPolicy(max_attempts=1)


def is_retryable(error: BaseException) -> bool:
    """Transport failures, timeouts, 5xx, HTTP 412 and risk-control codes -352/-412."""
    if isinstance(error, APIConnectionError | RiskControlError):
        return True
    if isinstance(error, APIStatusError | NonJSONResponseError):
        return error.status >= 500 or error.status == 412
    return False


class _RetryAfterTooLong(tenacity.stop.stop_base):
    """Stop when the server asks for a longer wait than the policy allows: raise instead."""

    def __init__(self, policy: RetryPolicy) -> None:
        self.policy = policy

    def __call__(self, retry_state: tenacity.RetryCallState) -> bool:
        error = retry_state.outcome.exception() if retry_state.outcome else None
        retry_after = getattr(error, "retry_after", None)
        return retry_after is not None and retry_after > self.policy.max_retry_after


def tenacity_kwargs(policy: RetryPolicy, method: str) -> dict[str, Any]:
    """Arguments for tenacity.Retrying / AsyncRetrying for one call."""
    attempts = policy.max_attempts if method == "GET" else 1
    return {
        "stop": tenacity.stop_after_attempt(attempts) | _RetryAfterTooLong(policy),
        "wait": lambda state: policy.delay(state.attempt_number, state.outcome.exception() if state.outcome else None),
        "retry": tenacity.retry_if_exception(is_retryable),
        "reraise": True,
    }
