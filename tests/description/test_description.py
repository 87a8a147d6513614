"""The bundle describes the 38 operations of the seed pages, as the pages document them, and the 2
operations beyond them (x-beyond-source) that current clients use."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path
from typing import Any

from openapi_spec_validator import validate as validate_spec

from bilispec.core import description
from bilispec.core.description import Description

from ..conftest import RECORDINGS

LIVE = "https://api.live.bilibili.com"
MAIN = "https://api.bilibili.com"

# (method, host, path, request media type) for every operation, from the pages themselves.
EXPECTED: dict[str, tuple[str, str, str, str | None]] = {
    "anchor_get_replay_list": ("GET", LIVE, "/xlive/app-blink/v1/anchorVideo/AnchorGetReplayList", None),
    "get_other_slice_list": ("GET", LIVE, "/xlive/web-room/v1/videoService/GetOtherSliceList", None),
    "anchor_get_video_slice_list": ("GET", LIVE, "/xlive/app-blink/v1/anchorVideo/AnchorGetVideoSliceList", None),
    "get_published_list": ("GET", LIVE, "/xlive/web-room/v1/videoService/GetPublishedList", None),
    "anchor_get_draft_list": ("GET", LIVE, "/xlive/app-blink/v1/anchorVideo/GetDraftList", None),
    "fan_get_draft_list": ("GET", LIVE, "/xlive/web-room/v1/videoService/GetDraftList", None),
    "anchor_delete_slice_draft": ("POST", LIVE, "/xlive/app-blink/v1/anchorVideo/DeleteSliceDraft", "form"),
    "fan_delete_slice_draft": ("POST", LIVE, "/xlive/web-room/v1/videoService/DeleteSliceDraft", "json"),
    "anchor_video_download": ("POST", LIVE, "/xlive/app-blink/v1/anchorVideo/AnchorVideoDownload", "form"),
    "get_anchor_video_uid_records_subsect": (
        "GET",
        LIVE,
        "/xlive/app-blink/v1/anchorVideo/GetAnchorVideoUidRecordsSubsect",
        None,
    ),
    "get_anchor_video_uid_record": ("POST", LIVE, "/xlive/app-blink/v1/anchorVideo/GetAnchorVideoUidRecord", "form"),
    "get_slice_stream": ("GET", LIVE, "/xlive/app-blink/v1/anchorVideo/GetSliceStream", None),
    "get_user_slice_stream": ("GET", LIVE, "/xlive/web-room/v1/videoService/GetUserSliceStream", None),
    "get_live_session_data": ("GET", LIVE, "/xlive/app-blink/v1/anchorVideo/GetLiveSessionData", None),
    "get_user_live_session_data": ("GET", LIVE, "/xlive/web-room/v1/videoService/GetUserLiveSessionData", None),
    "anchor_get_manual_highlight_list": (
        "GET",
        LIVE,
        "/xlive/app-blink/v1/anchorVideo/UserGetManualHighlightList",
        None,
    ),
    "fan_get_manual_highlight_list": ("GET", LIVE, "/xlive/web-room/v1/videoService/UserGetManualHighlightList", None),
    "anchor_get_video_key_frame": ("POST", LIVE, "/xlive/app-blink/v1/anchorVideo/GetAnchorVideoKeyFrame", "json"),
    "fan_get_video_key_frame": ("POST", LIVE, "/xlive/web-room/v1/videoService/GetAnchorVideoKeyFrame", "json"),
    "anchor_save_manual_highlight": ("POST", LIVE, "/xlive/app-blink/v1/anchorVideo/UserManualSaveHighlight", "form"),
    "fan_save_manual_highlight": ("POST", LIVE, "/xlive/web-room/v1/videoService/UserManualSaveHighlight", "form"),
    "anchor_publish_video_slice": ("POST", LIVE, "/xlive/app-blink/v1/anchorVideo/AnchorPublishVideoSlice", "form"),
    "user_publish_other_video_slice": (
        "POST",
        LIVE,
        "/xlive/web-room/v1/videoService/UserPublishOtherVideoSlice",
        "form",
    ),
    "create_room": ("POST", LIVE, "/xlive/app-blink/v1/preLive/CreateRoom", "form"),
    "update_room": ("POST", LIVE, "/room/v1/Room/update", "form"),
    "start_live": ("POST", LIVE, "/room/v1/Room/startLive", "form"),
    "stop_live": ("POST", LIVE, "/room/v1/Room/stopLive", "form"),
    "update_pre_live_info": ("POST", LIVE, "/xlive/app-blink/v1/preLive/UpdatePreLiveInfo", "form"),
    "update_room_news": ("POST", LIVE, "/xlive/app-blink/v1/index/updateRoomNews", "form"),
    "report_history_progress": ("POST", MAIN, "/x/v2/history/report", "form"),
    "report_web_heartbeat": ("POST", MAIN, "/x/click-interface/web/heartbeat", "form"),
    "get_vote_panel": ("GET", LIVE, "/xlive/app-room/v1/dm/interaction/votePanel", None),
    "get_vote_history": ("GET", LIVE, "/xlive/app-room/v1/dm/interaction/voteHistory", None),
    "create_vote": ("POST", LIVE, "/xlive/app-room/v1/dm/interaction/createVote", "form"),
    "terminate_vote": ("POST", LIVE, "/xlive/app-room/v1/dm/interaction/terminateVote", "form"),
    "add_silent_user": ("POST", LIVE, "/xlive/web-ucenter/v1/banned/AddSilentUser", "form"),
    "get_silent_user_list": ("POST", LIVE, "/xlive/web-ucenter/v1/banned/GetSilentUserList", "form"),
    "del_room_block_user": ("POST", LIVE, "/banned_service/v1/Silent/del_room_block_user", "form"),
    # Beyond the seed pages (x-beyond-source on the operation).
    "del_silent_user": ("POST", LIVE, "/xlive/web-ucenter/v1/banned/DelSilentUser", "form"),
    "get_home_page_live_version": ("GET", LIVE, "/xlive/app-blink/v1/liveVersionInfo/getHomePageLiveVersion", None),
    # Getting into the message stream (tag stream).
    "get_danmu_info": ("GET", LIVE, "/xlive/web-room/v1/index/getDanmuInfo", None),
    "get_nav": ("GET", MAIN, "/x/web-interface/nav", None),
    "get_buvid": ("GET", MAIN, "/x/frontend/finger/spi", None),
}
# The bot operations (0.3.0): beyond the seed pages, from public clients and recorded answers.
BOT_OPERATIONS: dict[str, tuple[str, str, str, str | None]] = {
    "room_init": ("GET", LIVE, "/room/v1/Room/room_init", None),
    "get_room_info": ("GET", LIVE, "/room/v1/Room/get_info", None),
    "get_room_news": ("GET", LIVE, "/xlive/app-blink/v1/index/getRoomNews", None),
    "fetch_web_up_stream_addr": ("POST", LIVE, "/xlive/app-blink/v1/live/FetchWebUpStreamAddr", "form"),
    "get_area_list": ("GET", LIVE, "/room/v1/Area/getList", None),
    "send_chat_message": ("POST", LIVE, "/msg/send", "form"),
    "add_shield_keyword": ("POST", LIVE, "/xlive/app-ucenter/v1/banned/AddShieldKeyword", "form"),
    "del_shield_keyword": ("POST", LIVE, "/xlive/app-ucenter/v1/banned/DelShieldKeyword", "form"),
    "get_shield_keyword_list": ("POST", LIVE, "/xlive/app-ucenter/v1/banned/GetShieldKeywordList", "form"),
    "appoint_room_admin": ("POST", LIVE, "/xlive/web-ucenter/v1/roomAdmin/appoint", "form"),
    "dismiss_room_admin": ("POST", LIVE, "/xlive/app-ucenter/v1/roomAdmin/dismiss", "form"),
    "get_room_admins_by_anchor": ("GET", LIVE, "/xlive/app-ucenter/v1/roomAdmin/get_by_anchor", None),
    "set_room_silent": ("POST", LIVE, "/xlive/web-room/v1/banned/RoomSilent", "form"),
    "get_room_silent": ("GET", LIVE, "/xlive/web-room/v1/banned/GetRoomSilent", None),
    "add_black": ("POST", LIVE, "/xlive/app-ucenter/v2/xbanned/banned/AddBlack", "form"),
    "del_black": ("POST", LIVE, "/xlive/app-ucenter/v2/xbanned/banned/DelBlack", "form"),
    "get_black_list": ("GET", LIVE, "/xlive/app-ucenter/v2/xbanned/banned/GetBlackList", None),
}
EXPECTED.update(BOT_OPERATIONS)
MEDIA = {"form": "application/x-www-form-urlencoded", "json": "application/json", None: None}
CJK = re.compile(r"[\u4e00-\u9fff]")


def test_openapi_validator_accepts_the_bundle(document: dict[str, Any]) -> None:
    validate_spec(document)
    assert document["openapi"] == "3.1.0"


def test_the_seed_pages_operations_with_method_host_path_and_media_type(desc: Description) -> None:
    """Every operation of the seed pages keeps its method, host, path and media type (operations
    added later are checked by the rest of this file like any other, without being listed here)."""
    actual = {op_id: (op.method, op.host, op.path, op.media_type) for op_id, op in desc.operations.items()}
    assert {k: actual.get(k) for k in EXPECTED} == {k: (m, h, p, MEDIA[t]) for k, (m, h, p, t) in EXPECTED.items()}


def test_every_path_has_its_own_server(document: dict[str, Any]) -> None:
    for path, item in document["paths"].items():
        assert [s["url"] for s in item["servers"]] in ([LIVE], [MAIN]), path


def test_operation_ids_are_unique_python_names(document: dict[str, Any]) -> None:
    ids = [op["operationId"] for item in document["paths"].values() for m, op in item.items() if m != "servers"]
    assert not [i for i, n in Counter(ids).items() if n > 1]
    assert all(re.fullmatch(r"[a-z][a-z0-9_]*", i) and i.isidentifier() for i in ids)


def test_tags_summaries_and_error_codes(desc: Description) -> None:
    for op_id, op in desc.operations.items():
        assert op.tag in {tag["name"] for tag in desc.document.get("tags", [])}, op_id
        assert op.summary and CJK.search(op.summary), f"{op_id}: summary keeps the Chinese title"
        if "Source: seed" not in op.raw.get("description", ""):  # no seed page: the public sources instead
            assert "Sources: " in op.raw.get("description", "") and op.raw.get("x-beyond-source"), op_id
        # The silent-user pages document no error code (their map is present; add_silent_user and
        # get_silent_user_list have 100004 from later sources); no source gives one for the version.
        assert "x-error-codes" in op.raw, f"{op_id}: documented error codes in x-error-codes"
        # Most bot operations, and two stream ones, have no published error code besides the site-wide ones.
        no_codes_known = op_id in ("get_home_page_live_version", "get_buvid") or op_id in BOT_OPERATIONS
        assert op.error_codes or op.tag == "silent_user" or no_codes_known, op_id


def test_json_bodied_writes_carry_csrf_in_the_query(desc: Description) -> None:
    for op_id, op in desc.operations.items():
        if op.media_type == "application/json":
            assert op.csrf_location == "query", op_id
            assert op.parameter("csrf") and op.parameter("csrf").required  # type: ignore[union-attr]
        elif op.needs_csrf:  # a GET that checks csrf (get_black_list) carries it in the query
            assert op.csrf_location == ("query" if op.method == "GET" else "form"), op_id


# Public reads that need no login (`security: []`), as their sources call them.
PUBLIC = {"room_init", "get_room_info", "get_area_list"}


def test_every_write_declares_both_cookies(desc: Description) -> None:
    for op_id, op in desc.operations.items():
        security = op.raw["security"]
        if op_id in PUBLIC:
            assert security == [] and op.method == "GET", op_id
            continue
        assert {"SESSDATA"} <= set(security[0]), op_id
        if op.method == "POST" and op_id != "report_web_heartbeat":
            assert "bili_jct" in security[0], op_id


def _walk(node: Any, path: str = "") -> Any:
    if isinstance(node, dict):
        yield path, node
        for k, v in node.items():
            yield from _walk(v, f"{path}/{k}")
    elif isinstance(node, list):
        for i, v in enumerate(node):
            yield from _walk(v, f"{path}/{i}")


def test_no_int32_arrays_have_items_no_closed_response_objects(document: dict[str, Any]) -> None:
    for path, node in _walk(document):
        assert node.get("format") != "int32", path
        types = node.get("type")
        if types == "array" or (isinstance(types, list) and "array" in types):
            assert "items" in node, f"{path}: arrays always have items"
        assert node.get("additionalProperties") is not False, f"{path}: unknown members must stay allowed"


def test_response_schemas_have_no_enum(document: dict[str, Any]) -> None:
    for path, node in _walk(document["components"]["schemas"]):
        assert "enum" not in node, f"components/schemas{path}: a new server value must not break parsing"


def test_every_operation_has_a_recording(desc: Description) -> None:
    recorded = {p.name for p in RECORDINGS.iterdir() if any(p.glob("*.json"))}
    assert set(desc.operations) <= recorded, sorted(set(desc.operations) - recorded)
    assert recorded <= set(desc.operations), sorted(recorded - set(desc.operations))


def test_documented_constraints(desc: Description) -> None:
    def schema(op_id: str, name: str) -> dict[str, Any]:
        p = desc[op_id].parameter(name)
        assert p is not None, f"{op_id}.{name}"
        return p.schema

    assert schema("update_room", "title")["maxLength"] == 40
    assert schema("update_room", "add_tag")["maxLength"] == 10
    assert schema("update_room_news", "content")["maxLength"] == 60
    duration = schema("create_vote", "duration")
    assert (duration["exclusiveMinimum"], duration["exclusiveMaximum"]) == (0, 10)
    assert schema("anchor_publish_video_slice", "av_speed")["enum"] == [
        "0.5x",
        "0.75x",
        "1.0x",
        "1.25x",
        "1.5x",
        "2.0x",
    ]
    assert schema("get_other_slice_list", "time_range")["enum"] == [1, 2, 3]
    for op_id in ("anchor_get_manual_highlight_list", "fan_get_manual_highlight_list"):
        assert schema(op_id, "manual_type")["enum"] == [1, 2]
    page_max = {
        "anchor_get_replay_list": 30,
        "get_other_slice_list": 30,
        "anchor_get_video_slice_list": 20,
        "get_published_list": 20,
        "anchor_get_draft_list": 30,
        "fan_get_draft_list": 30,
    }
    for op_id, maximum in page_max.items():
        assert schema(op_id, "page_size")["maximum"] == maximum, op_id
    assert desc["anchor_video_download"].one_of_required == ("record_id", "live_key")
    assert desc["report_web_heartbeat"].one_of_required == ("aid", "bvid")
    assert desc["anchor_publish_video_slice"].span_limit == {"start": "start_ts", "end": "end_ts", "max_seconds": 7200}


def test_upstream_additions_are_marked(desc: Description) -> None:
    """Members not on the seed pages carry x-beyond-source naming their public source."""
    added = {
        ("add_silent_user", "hour"),
        ("start_live", "version"),
        ("start_live", "build"),
        ("start_live", "appkey"),
        ("start_live", "sign"),
        ("stop_live", "platform"),
    }
    for op_id, name in added:
        p = desc[op_id].parameter(name)
        assert p is not None and "x-beyond-source" in p.schema, f"{op_id}.{name}"
    hour = desc["add_silent_user"].parameter("hour")
    assert hour is not None and hour.schema["minimum"] == -1
    platform = desc["start_live"].parameter("platform")
    assert platform is not None and set(platform.schema["enum"]) == {"pc", "pc_link", "android_link"}
    assert "x-beyond-source" in platform.schema
    assert desc["get_silent_user_list"].parameter("ps") is not None
    assert desc["get_silent_user_list"].parameter("ps1") is None


def test_the_packaged_json_twin_is_the_bundle() -> None:
    """`bilispec` reads the bundle from its JSON twin (scripts/bundle_json.py): the same document
    as the YAML, read as the command reads a description file."""
    root = Path(__file__).resolve().parents[2] / "generated"
    yaml_read = description.parse_yaml((root / "openapi.yaml").read_text(encoding="utf-8"))
    assert description.load_document() == yaml_read
    twin = root / "bilispec_generated" / "openapi.json"
    assert description._bundle(twin, root / "openapi.yaml") == yaml_read
    assert description._bundle(root / "absent.json", root / "openapi.yaml") == yaml_read
