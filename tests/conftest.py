"""Shared fixtures: the bundled description, its validator, and the recordings."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from bilispec.description import Description, build, load_document
from bilispec.validation import ResponseValidator

ROOT = Path(__file__).resolve().parent.parent
BUNDLE = ROOT / "generated" / "openapi.yaml"
RECORDINGS = ROOT / "tests" / "recordings"


# Figures the tests measure (mutants rejected, bodies fuzzed, ...), printed at the end of the run.
FIGURES: list[str] = []


def report_figure(line: str) -> None:
    FIGURES.append(line)


def pytest_terminal_summary(terminalreporter: Any) -> None:
    if FIGURES:
        terminalreporter.section("bilispec figures")
        for line in FIGURES:
            terminalreporter.write_line(line)


def recording_files() -> list[Path]:
    return sorted(RECORDINGS.glob("*/*.json"))


def load_recording(path: Path) -> dict[str, Any]:
    return dict(json.loads(path.read_text(encoding="utf-8")))


def recording_id(path: Path) -> str:
    return f"{path.parent.name}/{path.stem}"


@pytest.fixture(scope="session")
def document() -> dict[str, Any]:
    return load_document(BUNDLE)


@pytest.fixture(scope="session")
def desc(document: dict[str, Any]) -> Description:
    return build(document)


@pytest.fixture(scope="session")
def validator(desc: Description) -> ResponseValidator:
    return ResponseValidator(desc)
