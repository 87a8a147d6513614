"""Every recording validates against its operation, response and request alike."""

from __future__ import annotations

from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import httpx
import pytest
import schemathesis

from bilispec.description import Description
from bilispec.validation import ResponseValidator

from .conftest import BUNDLE, load_recording, recording_files, recording_id

FILES = recording_files()


@pytest.mark.parametrize("path", FILES, ids=recording_id)
def test_response_matches_description(path: Path, validator: ResponseValidator) -> None:
    rec = load_recording(path)
    violations = validator.validate(rec["operation_id"], rec["response"]["body"])
    assert not violations, f"{path.relative_to(path.parents[2])}:\n" + "\n".join(f"  {v}" for v in violations)


@pytest.fixture(scope="module")
def st_schema() -> Any:
    return schemathesis.openapi.from_path(str(BUNDLE))


@pytest.mark.parametrize("path", FILES, ids=recording_id)
def test_schemathesis_agrees(path: Path, st_schema: Any) -> None:
    """schemathesis reads the same bundle and must reach the same verdict."""
    rec = load_recording(path)
    operation = st_schema.find_operation_by_id(rec["operation_id"])
    response = httpx.Response(200, json=rec["response"]["body"], request=httpx.Request("GET", "http://x"))
    response.elapsed = __import__("datetime").timedelta(milliseconds=1)
    operation.validate_response(response)


def _coerce(value: str, schema: dict[str, Any]) -> Any:
    """Form and query values travel as text; read them the way the server does."""
    if schema.get("type") == "integer":
        try:
            return int(value)
        except ValueError:
            return value
    return value


@pytest.mark.parametrize("path", FILES, ids=recording_id)
def test_request_matches_description(path: Path, desc: Description) -> None:
    rec = load_recording(path)
    op = desc[rec["operation_id"]]
    request = rec["request"]
    url = urlsplit(request["url"])
    assert request["method"] == op.method
    assert f"{url.scheme}://{url.netloc}" == op.host
    assert url.path == op.path
    assert request.get("content_type") == op.media_type

    sent: dict[tuple[str, str], Any] = {("query", k): v for k, v in request["query"].items()}
    sent.update({("form", k): v for k, v in request.get("form", {}).items()})
    sent.update({("json", k): v for k, v in (request.get("json") or {}).items()})
    documented = {(p.location, p.name): p for p in op.parameters}
    unknown = sorted(f"{loc}:{name}" for loc, name in sent if (loc, name) not in documented)
    assert not unknown, f"{path.name}: the page's request sends members the description does not have: {unknown}"
    is_app_login = "access_key" in request.get("form", {})
    missing = sorted(
        f"{p.location}:{p.name}"
        for p in op.parameters
        if p.required and (p.location, p.name) not in sent and not (is_app_login and p.name == "csrf")
    )
    assert not missing, f"{path.name}: required members missing from the page's request: {missing}"
    # The history report page's cookie-mode curl sends csrf with SESSDATA only (spec/NOTES.md).
    if op.needs_csrf and not is_app_login and op.operation_id != "report_history_progress":
        assert {"SESSDATA", "bili_jct"} <= set(request["cookies"]), "a csrf-checked request sends both cookies"
