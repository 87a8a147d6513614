"""docs/api.md is what scripts/api_surface.py writes from the package: a stale copy fails here."""

from __future__ import annotations

import difflib
from typing import Any

import pytest

from bilispec import errors
from bilispec.client import namespaces as resources
from bilispec.client.namespaces import _base
from bilispec.client.namespaces.votes import _VoteOps
from bilispec.core.description import description
from scripts import api_surface
from tests.conftest import ROOT, report_figure

API_MD = ROOT / "docs" / "api.md"


def test_api_md_is_up_to_date() -> None:
    expected = api_surface.render()
    committed = API_MD.read_text(encoding="utf-8") if API_MD.exists() else ""
    if committed != expected:
        diff = "".join(
            difflib.unified_diff(
                committed.splitlines(keepends=True), expected.splitlines(keepends=True), "docs/api.md", "api_surface"
            )
        )
        pytest.fail(f"docs/api.md is stale: run `make api-docs` and commit it.\n{diff[:4000]}")
    report_figure(f"docs/api.md: {expected.count(chr(10))} lines, up to date with the package")


def test_render_is_deterministic() -> None:
    assert api_surface.render() == api_surface.render()


def test_every_namespace_method_and_error_class_is_listed() -> None:
    text = api_surface.render()
    methods = [m for names in resources.operation_methods().values() for m in names]
    # The 38 operations of the seed pages; the 2 added in 0.2.0 get their methods with the client
    # workflows (tests/client/test_resources.py, AWAITING_METHODS).
    assert set(resources.operation_methods()) == set(description().operations)
    for method in methods:
        namespace, name = method.split(".")
        section = text.split(f"### `client.{namespace}`", 1)[1].split("\n### ", 1)[0]
        assert f"| `{name}` |" in section and f"- `{name}(" in section, method
    for name, cls in vars(errors).items():
        if isinstance(cls, type) and issubclass(cls, errors.BiliError):
            assert f"| `{name}` |" in text, name
    assert "| `create` | `create_vote` | `CreatedVote` |" in text
    assert "| `iter_all` | `get_silent_user_list`, every page | `Iterator[SilentUser]` |" in text
    assert "| `panel` | `get_vote_panel` | `VotePanel \\| None` |" in text
    assert "| `RiskControlError` | ApiError | -352, -412 |" in text


def test_a_new_method_changes_the_surface(monkeypatch: pytest.MonkeyPatch) -> None:
    before = api_surface.render()

    def close_early(self: Any, room_id: int, *, reason: str | None = None) -> dict[str, Any]:
        """End the vote before its time (not a real operation)."""
        return dict(room_id=room_id)

    monkeypatch.setattr(
        _VoteOps,
        "close_early",
        _base._op("terminate_vote", _base._nothing)(close_early),
        raising=False,
    )
    after = api_surface.render()
    assert after != before
    assert "- `close_early(room_id: int, *, reason: str | None = None) -> None`" in after


def test_a_method_whose_return_type_cannot_be_read_is_named() -> None:
    with pytest.raises(api_surface.SurfaceError, match=r"votes\.odd: cannot tell what its parser returns"):
        api_surface.data_type(lambda operation_id, value: value, "votes.odd")
