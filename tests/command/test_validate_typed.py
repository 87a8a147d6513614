"""`bilispec validate`'s lean lane judges a good body with one typed decode of its text: on every
recording it takes, the body is never checked by jsonschema-rs (core/typed.py, accepts_known_text)."""

from __future__ import annotations

from typing import Any

import pytest

from bilispec.core.description import description
from bilispec.core.validation import ResponseValidator
from bilispec.tools.audit import Auditor
from bilispec.tools.results import Result

from .test_validate_fast import base_entries, batch_of


def test_the_lean_lane_takes_the_typed_decode_on_every_recording(monkeypatch: pytest.MonkeyPatch) -> None:
    checks: list[str] = []
    for name in ("accepts_known_success", "accepts_known_error"):
        real = getattr(ResponseValidator, name)

        def counted(self: ResponseValidator, *arguments: Any, _real: Any = real, _name: str = name) -> bool:
            checks.append(_name)
            return bool(_real(self, *arguments))

        monkeypatch.setattr(ResponseValidator, name, counted)
    auditor = Auditor(description())
    real_lean = auditor._lean
    typed = checked = 0

    def counted_lean(*arguments: Any) -> Result | None:
        nonlocal typed, checked
        before = len(checks)
        found = real_lean(*arguments)
        if found is not None:
            typed += len(checks) == before
            checked += len(checks) > before
        return found

    auditor._lean = counted_lean  # type: ignore[method-assign,assignment]
    entries = base_entries()
    results = list(auditor.judge_all([batch_of(entries)]))
    assert len(results) == len(entries)
    print(f"lean lane: {typed + checked} of {len(entries)} recorded entries, {typed} by the typed decode alone")
    assert checked == 0 and typed > len(entries) / 2, (typed, checked)
