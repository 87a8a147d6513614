"""Every finding of `bilispec validate`, invalid as well as drift, names the spec file to edit."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest

from bilispec.tools.cli import main
from tests.conftest import RECORDINGS, ROOT


def _recording(operation_id: str) -> dict[str, Any]:
    path = sorted((RECORDINGS / operation_id).glob("*.json"))[0]
    return json.loads(path.read_text(encoding="utf-8"))


def _write(folder: Path, name: str, rec: dict[str, Any]) -> None:
    target = folder / rec["operation_id"]
    target.mkdir(parents=True, exist_ok=True)
    (target / f"{name}.json").write_text(json.dumps(rec, ensure_ascii=False), encoding="utf-8")


def _report(folder: Path, capsys: pytest.CaptureFixture[str]) -> dict[str, Any]:
    capsys.readouterr()
    main(["validate", str(folder), "--format", "json"])
    return dict(json.loads(capsys.readouterr().out))


def test_each_finding_names_the_file_that_says_it(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # A response member of a component schema: that component's file.
    rec = _recording("stop_live")
    rec["response"]["body"]["data"]["status"] = 1
    _write(tmp_path, "member", rec)
    # A shared query parameter (components/parameters): its file.
    rec = _recording("anchor_get_replay_list")
    rec["request"]["query"]["page"] = "0"
    _write(tmp_path, "parameter", rec)
    # A form member written in the path item, and an error code the operation does not list (drift).
    rec = _recording("stop_live")
    rec["request"]["form"]["platform"] = "web_link"
    rec["response"]["body"] = {"code": 99999, "message": "new", "msg": "new"}
    _write(tmp_path, "form", rec)
    # A member the description does not know (drift) in a component.
    rec = _recording("stop_live")
    rec["response"]["body"]["data"]["brand_new"] = 1
    _write(tmp_path, "drift", rec)

    report = _report(tmp_path, capsys)
    files = {
        (r["operation_id"], f["pointer"]): f["spec_file"]
        for r in report["results"]
        for f in [*r["violations"], *r["drift"]]
    }
    assert files[("stop_live", "/data/status")] == "spec/components/schemas/LiveStop.yaml"
    assert files[("anchor_get_replay_list", "/query/page")] == "spec/components/parameters/page.yaml"
    assert files[("stop_live", "/form/platform")] == "spec/paths/room/stop_live.yaml"
    assert files[("stop_live", "/code")] == "spec/paths/room/stop_live.yaml"
    assert files[("stop_live", "/data/brand_new")] == "spec/components/schemas/LiveStop.yaml"


def test_every_finding_over_mutated_recordings_names_an_existing_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Each recording with its first response member retyped and its first request member emptied:
    whatever the findings are, each names a file that exists."""
    count = 0
    for path in sorted(RECORDINGS.glob("*/*.json")):
        rec = json.loads(path.read_text(encoding="utf-8"))
        mutant = copy.deepcopy(rec)
        data = mutant["response"]["body"].get("data")
        if isinstance(data, dict) and data:
            key = next(iter(data))
            data[key] = [] if not isinstance(data[key], list) else "x"
        else:
            mutant["response"]["body"]["code"] = "0"
        request = mutant["request"]
        members = request.get("form") or request.get("query") or {}
        if members:
            members[next(iter(members))] = "one two"
        _write(tmp_path, f"{path.stem}-{count}", mutant)
        count += 1
    report = _report(tmp_path, capsys)
    findings = [f for r in report["results"] for f in [*r["violations"], *r["drift"]]]
    assert len(findings) >= count
    missing = [(f["pointer"], f["rule"]) for f in findings if not f["spec_file"]]
    assert not missing, missing[:10]
    assert all((ROOT / f["spec_file"]).is_file() for f in findings), {f["spec_file"] for f in findings}
