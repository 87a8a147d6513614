"""bilispec.tools.spec_diff: each classification on small hand-written descriptions, the command's
exit codes and formats, and the real diff from the description as main had it (0.1.0) to this one."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from bilispec.tools import spec_diff
from bilispec.tools.spec_diff import Change, diff_documents, main

from ..conftest import ROOT

# The description on main when 0.2.0 was started (0.1.0, 38 operations).
BASE_REVISION = "f7181946dfed40a2dece0433d272c8e1ee8369ff"
# The description as released in 0.2.0 (main before the 0.3.0 work).
V020_REVISION = "64b6d14addb13b76b60be0f2683b48c4e25730dc"


def base() -> dict[str, Any]:
    """Two operations in the house style: envelope oneOf, component refs, servers per path."""
    return {
        "openapi": "3.1.0",
        "info": {"title": "t", "version": "1"},
        "paths": {
            "/room/get": {
                "servers": [{"url": "https://api.live.bilibili.com"}],
                "get": {
                    "operationId": "get_room",
                    "parameters": [
                        {"name": "room_id", "in": "query", "required": True, "schema": {"type": "integer"}},
                        {
                            "name": "mode",
                            "in": "query",
                            "required": False,
                            "schema": {"type": "integer", "enum": [1, 2]},
                        },
                    ],
                    "x-error-codes": {"1": "Error (错误)"},
                    "responses": {
                        "200": {
                            "description": "x",
                            "content": {
                                "application/json": {
                                    "schema": {
                                        "oneOf": [
                                            {"$ref": "#/components/schemas/GetRoomResponse"},
                                            {"$ref": "#/components/schemas/ErrorEnvelope"},
                                        ]
                                    }
                                }
                            },
                        }
                    },
                },
            },
            "/room/stop": {
                "servers": [{"url": "https://api.live.bilibili.com"}],
                "post": {
                    "operationId": "stop",
                    "requestBody": {
                        "content": {
                            "application/x-www-form-urlencoded": {
                                "schema": {
                                    "type": "object",
                                    "required": ["room_id"],
                                    "properties": {
                                        "room_id": {"type": "integer"},
                                        "platform": {"type": "string", "enum": ["pc", "pc_link"]},
                                    },
                                }
                            }
                        }
                    },
                    "responses": {"200": {"description": "x"}},
                },
            },
        },
        "components": {
            "schemas": {
                "ErrorEnvelope": {
                    "type": "object",
                    "required": ["code"],
                    "properties": {"code": {"type": "integer", "not": {"const": 0}}, "data": {}},
                },
                "GetRoomResponse": {
                    "allOf": [
                        {"type": "object", "properties": {"code": {"const": 0}}},
                        {
                            "type": "object",
                            "required": ["data"],
                            "properties": {"data": {"$ref": "#/components/schemas/Room"}},
                        },
                    ]
                },
                "Room": {
                    "type": "object",
                    "required": ["id"],
                    "properties": {
                        "id": {"type": "integer"},
                        "title": {"type": "string"},
                        "tags": {"type": "array", "items": {"$ref": "#/components/schemas/Tag"}},
                    },
                },
                "Tag": {"type": "object", "properties": {"name": {"type": "string"}}},
            }
        },
    }


def kinds(changes: list[Change]) -> list[tuple[str, str, bool]]:
    return [(c.kind, c.operation, c.breaking) for c in changes]


def changed(edit: Any) -> list[Change]:
    new = base()
    edit(new)
    return diff_documents(base(), new)


GET = ("paths", "/room/get", "get")
STOP_BODY = ("paths", "/room/stop", "post", "requestBody", "content", "application/x-www-form-urlencoded", "schema")


def at(doc: dict[str, Any], *keys: str) -> Any:
    node: Any = doc
    for key in keys:
        node = node[key]
    return node


def test_no_changes() -> None:
    assert diff_documents(base(), base()) == []


def test_operation_removed_and_added() -> None:
    def edit(doc: dict[str, Any]) -> None:
        item = doc["paths"].pop("/room/stop")
        item["post"]["operationId"] = "stop_v2"
        doc["paths"]["/room/stop2"] = item

    assert kinds(changed(edit)) == [("operation-removed", "stop", True), ("operation-added", "stop_v2", False)]


@pytest.mark.parametrize(
    ("edit", "expected"),
    [
        (lambda d: d["paths"]["/room/get"]["servers"].__setitem__(0, {"url": "https://api.bilibili.com"}), "host"),
        (lambda d: d["paths"].__setitem__("/room/get2", d["paths"].pop("/room/get")), "path"),
        (lambda d: at(d, "paths", "/room/get").__setitem__("post", at(d, "paths", "/room/get").pop("get")), "method"),
    ],
    ids=["host", "path", "method"],
)
def test_host_path_or_method_moved_is_breaking(edit: Any, expected: str) -> None:
    changes = changed(edit)
    assert kinds(changes) == [("operation-moved", "get_room", True)], expected


def test_parameter_added_required_or_optional() -> None:
    def edit(doc: dict[str, Any]) -> None:
        params = at(doc, *GET, "parameters")
        params.append({"name": "uid", "in": "query", "required": True, "schema": {"type": "integer"}})
        params.append({"name": "web_location", "in": "query", "schema": {"type": "string"}})
        at(doc, *STOP_BODY, "properties")["version"] = {"type": "string"}

    assert kinds(changed(edit)) == [
        ("request-member-added-required", "get_room", True),
        ("request-member-added", "get_room", False),
        ("request-member-added", "stop", False),
    ]


def test_member_removed_is_breaking() -> None:
    def edit(doc: dict[str, Any]) -> None:
        at(doc, *GET, "parameters").pop(1)
        del at(doc, *STOP_BODY, "properties")["platform"]

    changes = changed(edit)
    assert kinds(changes) == [("request-member-removed", "get_room", True), ("request-member-removed", "stop", True)]
    assert changes[0].location == "/paths/~1room~1get/get/parameters/query/mode"


def test_optional_to_required_and_back() -> None:
    def edit(doc: dict[str, Any]) -> None:
        at(doc, *STOP_BODY)["required"] = ["platform"]

    assert kinds(changed(edit)) == [
        ("request-member-required", "stop", True),
        ("request-member-optional", "stop", False),
    ]


def test_request_enum_narrowed_and_widened() -> None:
    def narrow(doc: dict[str, Any]) -> None:
        at(doc, *STOP_BODY, "properties", "platform")["enum"] = ["pc_link"]

    def widen(doc: dict[str, Any]) -> None:
        at(doc, *STOP_BODY, "properties", "platform")["enum"] = ["pc", "pc_link", "android_link"]

    def drop(doc: dict[str, Any]) -> None:
        del at(doc, *GET, "parameters")[1]["schema"]["enum"]

    narrowed = changed(narrow)
    assert kinds(narrowed) == [("request-enum-narrowed", "stop", True)] and '"pc"' in narrowed[0].message
    assert kinds(changed(widen)) == [("request-enum-widened", "stop", False)]
    assert kinds(changed(drop)) == [("request-enum-widened", "get_room", False)]


def test_request_type_changed_is_breaking() -> None:
    def edit(doc: dict[str, Any]) -> None:
        at(doc, *GET, "parameters")[0]["schema"] = {"type": "string"}

    assert kinds(changed(edit)) == [("request-type-changed", "get_room", True)]


def test_request_constraints() -> None:
    def tighten(doc: dict[str, Any]) -> None:
        at(doc, *GET, "parameters")[0]["schema"]["minimum"] = 0

    def relax(doc: dict[str, Any]) -> None:
        at(doc, *GET, "parameters")[0]["schema"]["minimum"] = 0

    assert kinds(changed(tighten)) == [("request-constraint-tightened", "get_room", True)]
    assert kinds(diff_documents(_edited(relax), base())) == [("request-constraint-relaxed", "get_room", False)]


def _edited(edit: Any) -> dict[str, Any]:
    doc = base()
    edit(doc)
    return doc


ROOM = ("components", "schemas", "Room")


def test_response_member_removed_or_retyped_is_breaking() -> None:
    def remove(doc: dict[str, Any]) -> None:
        del at(doc, *ROOM, "properties")["title"]

    def retype(doc: dict[str, Any]) -> None:
        at(doc, *ROOM, "properties")["id"] = {"type": "string"}

    removed = changed(remove)
    assert kinds(removed) == [("response-member-removed", "get_room", True)]
    assert removed[0].location.endswith("/responses/200/data/title")
    assert kinds(changed(retype)) == [("response-type-changed", "get_room", True)]


def test_response_member_required_and_optional() -> None:
    def to_required(doc: dict[str, Any]) -> None:
        at(doc, *ROOM)["required"] = ["id", "title"]

    def to_optional(doc: dict[str, Any]) -> None:
        at(doc, *ROOM)["required"] = []

    assert kinds(changed(to_required)) == [("response-member-required", "get_room", False)]
    assert kinds(changed(to_optional)) == [("response-member-optional", "get_room", True)]


def test_response_member_added_and_nested_in_arrays() -> None:
    def edit(doc: dict[str, Any]) -> None:
        at(doc, "components", "schemas", "Tag", "properties")["color"] = {"type": "string"}

    added = changed(edit)
    assert kinds(added) == [("response-member-added", "get_room", False)]
    assert added[0].location.endswith("/responses/200/data/tags/[]/color")


@pytest.mark.parametrize(
    "nullable",
    [
        {"type": ["array", "null"], "items": {"$ref": "#/components/schemas/Tag"}},
        {"oneOf": [{"type": "array", "items": {"$ref": "#/components/schemas/Tag"}}, {"type": "null"}]},
    ],
    ids=["type-list", "oneOf-null"],
)
def test_nullable_added_to_a_response_member_is_breaking(nullable: dict[str, Any]) -> None:
    def edit(doc: dict[str, Any]) -> None:
        at(doc, *ROOM, "properties")["tags"] = nullable

    assert kinds(changed(edit)) == [("response-member-nullable", "get_room", True)]
    assert kinds(diff_documents(_edited(edit), base())) == [("response-member-not-nullable", "get_room", False)]


def test_error_codes_added_and_removed_are_listed_not_breaking() -> None:
    def edit(doc: dict[str, Any]) -> None:
        at(doc, *GET)["x-error-codes"] = {"60034": "Maintenance (系统维护)"}

    assert kinds(changed(edit)) == [("error-code-added", "get_room", False), ("error-code-removed", "get_room", False)]


def test_error_branch_is_not_a_response_member() -> None:
    def edit(doc: dict[str, Any]) -> None:
        at(doc, "components", "schemas", "ErrorEnvelope", "properties")["msg"] = {"type": "string"}

    assert changed(edit) == []


# ---------------------------------------------------------------------------------------------
# The command


def write(tmp_path: Path, name: str, doc: dict[str, Any]) -> str:
    path = tmp_path / name
    path.write_text(yaml.safe_dump(doc) if name.endswith(".yaml") else json.dumps(doc))
    return str(path)


def test_exit_codes_and_formats(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    old = write(tmp_path, "old.yaml", base())
    new = write(
        tmp_path, "new.json", _edited(lambda d: at(d, *STOP_BODY).__setitem__("required", ["room_id", "platform"]))
    )
    assert main([old, old]) == 0
    assert "no changes" in capsys.readouterr().out
    assert main([old, new]) == 1
    out = capsys.readouterr().out
    assert "BREAKING  stop  request-member-required" in out and "1 changes, 1 breaking" in out
    assert main([old, new, "--allow-breaking"]) == 0
    capsys.readouterr()
    assert main([old, new, "--format", "json"]) == 1
    report = json.loads(capsys.readouterr().out)
    assert report["summary"] == {"changes": 1, "breaking": 1}
    assert report["changes"][0] == {
        "kind": "request-member-required",
        "operation": "stop",
        "location": "/paths/~1room~1stop/post/requestBody/platform",
        "breaking": True,
        "message": "requestBody/platform optional -> required",
    }


@pytest.mark.parametrize(
    "content", [None, "a: [unclosed", "- just\n- a list\n"], ids=["missing", "not-yaml", "not-a-mapping"]
)
def test_unreadable_file_is_exit_2_with_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: str | None
) -> None:
    bad = tmp_path / "bad.yaml"
    if content is not None:
        bad.write_text(content)
    good = write(tmp_path, "good.yaml", base())
    assert main([good, str(bad)]) == 2
    printed = capsys.readouterr()
    assert printed.out == ""
    assert printed.err.count("\n") == 1 and printed.err.startswith(f"spec_diff: cannot read {bad}: ")
    assert "Traceback" not in printed.err


def test_runs_as_a_module(tmp_path: Path) -> None:
    old = write(tmp_path, "old.yaml", base())
    done = subprocess.run(
        [sys.executable, "-m", "bilispec.tools.spec_diff", old, str(tmp_path / "nope.yaml")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 2 and done.stderr.startswith("spec_diff: cannot read") and "Traceback" not in done.stderr


def test_tools_package_init_is_empty() -> None:
    assert (Path(spec_diff.__file__).parent / "__init__.py").stat().st_size == 0


# ---------------------------------------------------------------------------------------------
# The real diff: 0.1.0 (main when 0.2.0 started) -> this description

EXPECTED_BREAKING = {
    ("stop_live", "request-member-required", "requestBody/platform"),
    ("get_silent_user_list", "response-member-nullable", "responses/200/data/data"),
    ("report_web_heartbeat", "request-constraint-tightened", "requestBody/played_time"),
    ("report_web_heartbeat", "request-constraint-tightened", "requestBody/start_ts"),
    *(
        (op, "request-constraint-tightened", f"parameters/query/{name}")
        for op in ("get_live_session_data", "get_user_live_session_data")
        for name in ("start_tm", "end_tm")
    ),
    *(
        (op, "request-constraint-tightened", f"parameters/query/{name}")
        for op in ("get_slice_stream", "get_user_slice_stream")
        for name in ("start_time", "end_time")
    ),
    *(
        (op, "request-constraint-tightened", f"requestBody/{name}")
        for op in (
            "anchor_save_manual_highlight",
            "fan_save_manual_highlight",
            "anchor_publish_video_slice",
            "user_publish_other_video_slice",
        )
        for name in ("start_ts", "end_ts")
    ),
}


def _bundle_at(revision: str, tmp: Path) -> Path:
    redocly = ROOT / "node_modules" / ".bin" / "redocly"
    if shutil.which("git") is None or not redocly.exists():
        pytest.skip("needs git and node_modules (make setup)")
    have = subprocess.run(["git", "cat-file", "-e", revision], cwd=ROOT, capture_output=True, check=False)
    if have.returncode != 0:
        pytest.skip(f"revision {revision[:7]} is not in this clone")
    archive = subprocess.run(
        ["git", "archive", "--format=tar", revision, "spec", "redocly.yaml"],
        cwd=ROOT,
        capture_output=True,
        check=True,
    )
    subprocess.run(["tar", "-x", "-C", str(tmp)], input=archive.stdout, check=True)
    subprocess.run(
        [str(redocly), "bundle", "spec/openapi.yaml", "-o", "bundle.yaml"], cwd=tmp, capture_output=True, check=True
    )
    return tmp / "bundle.yaml"


@pytest.fixture(scope="module")
def old_bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _bundle_at(BASE_REVISION, tmp_path_factory.mktemp("old-spec"))


@pytest.fixture(scope="module")
def v020_bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The description as released in 0.2.0: the diff below is a fixed history, not the working tree."""
    return _bundle_at(V020_REVISION, tmp_path_factory.mktemp("v020-spec"))


def test_real_diff_from_0_1_0(old_bundle: Path, v020_bundle: Path) -> None:
    old = spec_diff.load(str(old_bundle))
    new = spec_diff.load(str(v020_bundle))
    assert (old["info"]["version"], new["info"]["version"]) == ("0.1.0", "0.2.0")
    changes = diff_documents(old, new)
    breaking = {(c.operation, c.kind, c.location.split("/", 4)[-1]) for c in changes if c.breaking}
    assert breaking == EXPECTED_BREAKING
    added = {c.operation for c in changes if c.kind == "operation-added"}
    assert {"del_silent_user", "get_home_page_live_version"} <= added
    assert not [c for c in changes if c.kind in ("operation-removed", "operation-moved", "request-member-removed")]
    codes = {(c.operation, c.location.rsplit("/", 1)[-1]) for c in changes if c.kind == "error-code-added"}
    assert {("start_live", "60043"), ("stop_live", "60034"), ("add_silent_user", "100004")} <= codes
    # The same result through the command: exit 1 on these breaking changes, 0 when allowed.
    assert main([str(old_bundle), str(v020_bundle), "--format", "json"]) == 1
    assert main([str(old_bundle), str(v020_bundle), "--allow-breaking"]) == 0
