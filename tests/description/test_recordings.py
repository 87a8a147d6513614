"""Every recording validates against its operation, response and request alike."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import httpx
import pytest
import schemathesis

from bilispec.core.description import Description
from bilispec.core.validation import ResponseValidator
from bilispec.tools.capture import Exchange, recording_exchange
from bilispec.tools.request_check import RequestChecker

from ..conftest import load_recording, recording_files, recording_id

FILES = recording_files()


@pytest.mark.parametrize("path", FILES, ids=recording_id)
def test_response_matches_description(path: Path, validator: ResponseValidator) -> None:
    rec = load_recording(path)
    violations = validator.validate(rec["operation_id"], rec["response"]["body"])
    assert not violations, f"{path.relative_to(path.parents[2])}:\n" + "\n".join(f"  {v}" for v in violations)


@pytest.fixture(scope="module")
def st_schema(document: dict[str, Any]) -> Any:
    """schemathesis's schema of the bundle, from the session's parsed copy (a copy of it: the schema
    is schemathesis's to change) rather than parsing the file again."""
    return schemathesis.openapi.from_dict(copy.deepcopy(document))


@pytest.mark.parametrize("path", FILES, ids=recording_id)
def test_schemathesis_agrees(path: Path, st_schema: Any) -> None:
    """schemathesis reads the same bundle and must reach the same verdict."""
    rec = load_recording(path)
    operation = st_schema.find_operation_by_id(rec["operation_id"])
    response = httpx.Response(200, json=rec["response"]["body"], request=httpx.Request("GET", "http://x"))
    response.elapsed = __import__("datetime").timedelta(milliseconds=1)
    operation.validate_response(response)


@pytest.mark.parametrize("path", FILES, ids=recording_id)
def test_request_matches_description(path: Path, desc: Description) -> None:
    """The checks `bilispec validate` runs on captured requests: method, host, media type, every member."""
    exchange = recording_exchange(str(path), None, load_recording(path))
    assert isinstance(exchange, Exchange) and exchange.request is not None and exchange.operation_id is not None
    op = desc[exchange.operation_id]
    problems, undocumented = RequestChecker(op).check(exchange.request)
    assert not problems, f"{path.name}: " + "; ".join(f"{p.pointer}: {p.message}" for p in problems)
    assert not undocumented, f"{path.name}: the page's request sends members the description does not have"
    request = load_recording(path)["request"]
    url = urlsplit(request["url"])
    assert (f"{url.scheme}://{url.netloc}", url.path) == (op.host, op.path)
    assert request.get("content_type") == op.media_type
    is_app_login = "access_key" in request.get("form", {})
    # The history report page's cookie-mode curl sends csrf with SESSDATA only (spec/NOTES.md).
    if op.needs_csrf and not is_app_login and op.operation_id != "report_history_progress":
        assert {"SESSDATA", "bili_jct"} <= set(request["cookies"]), "a csrf-checked request sends both cookies"
