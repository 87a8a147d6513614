"""What every benchmark shares: a result with its baseline and target, and the timing loops."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any


@dataclass
class Result:
    name: str
    value: float | None  # None: not measured in this run (see note)
    unit: str
    baseline: dict[str, Any] | None  # {"name": ..., "value": ...}: what the ratio divides by
    ratio: float | None  # value / baseline value
    target: str | None = None  # e.g. "<= 2": the target for the ratio
    met: bool | None = None
    note: str = ""
    measured: str = ""  # ISO date and time of the run that measured it
    benchmark: str = ""  # which of BENCHMARKS measured it

    def judge(self) -> Result:
        if self.target and self.ratio is not None:
            op, bound = self.target.split()
            self.met = self.ratio <= float(bound) if op == "<=" else self.ratio >= float(bound)
        return self


def compared(
    name: str, value: float, unit: str, baseline_name: str, baseline: float, target: str | None = None, note: str = ""
) -> Result:
    base = {"name": baseline_name, "value": baseline}
    return Result(name, value, unit, base, value / baseline, target, note=note).judge()


# ---------------------------------------------------------------------------------------------
# Timing


def alternating(fns: dict[str, Callable[[], object]], rounds: int, number: int) -> dict[str, float]:
    """Median seconds per call of each function over `rounds` rounds of `number` calls, the functions
    taking turns round by round. The garbage collector stays on: collections are part of the cost."""
    samples: dict[str, list[float]] = {name: [] for name in fns}
    for fn in fns.values():
        fn()
    for _ in range(rounds):
        for name, fn in fns.items():
            start = time.perf_counter()
            for _ in range(number):
                fn()
            samples[name].append((time.perf_counter() - start) / number)
    return {name: statistics.median(values) for name, values in samples.items()}


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def latencies(fns: dict[str, Callable[[], object]], calls: int, block: int = 50) -> dict[str, list[float]]:
    """Seconds of each single call, the functions taking turns every `block` calls."""
    samples: dict[str, list[float]] = {name: [] for name in fns}
    for fn in fns.values():
        for _ in range(block):
            fn()
    for _ in range(calls // block):
        for name, fn in fns.items():
            for _ in range(block):
                start = time.perf_counter()
                fn()
                samples[name].append(time.perf_counter() - start)
    return samples


def latency_results(prefix: str, samples: dict[str, list[float]], subject: str, baseline: str) -> list[Result]:
    results = []
    for q, label in ((0.5, "p50"), (0.99, "p99")):
        value, base = percentile(samples[subject], q), percentile(samples[baseline], q)
        target = "<= 1.2" if label == "p50" else None
        results.append(compared(f"{prefix} {label}", value * 1e6, "µs", f"{baseline} {label}", base * 1e6, target))
    return results
