"""The 0.3.0 sweep: what public clients send and were seen to receive, checked against the description.

Every request and body here was found in a public client, capture or issue (named in the comment
above it, with the commit or issue); `x-sources` on the operation records the same source. Each is
checked both ways: the real shape passes, a wrongly typed variant does not. Stream keys and tokens
in the sources are replaced by placeholders.
"""

from __future__ import annotations

import copy
from typing import Any

import httpx
import jsonschema
import pytest

from bilispec.core.description import Description
from bilispec.core.validation import ResponseValidator
from bilispec.sandbox import running
from bilispec.tools.capture import Request
from bilispec.tools.request_check import RequestChecker

FORM = "application/x-www-form-urlencoded"
CSRF = "x" * 32
KEY = "?streamname=live_1_2&key=<stream key>&schedule=rtmp&pflag=2"


def valid(validator: ResponseValidator, operation_id: str, body: Any) -> bool:
    return not validator.validate(operation_id, body)


def problems(
    desc: Description, operation_id: str, *, query: dict[str, Any] | None = None, form: dict[str, Any] | None = None
) -> list[str]:
    """The rules a request breaks, undocumented members included (as `bilispec validate` checks it)."""
    op = desc[operation_id]
    request = Request(
        method=op.method,
        url=op.host + op.path,
        query={k: str(v) for k, v in (query or {}).items()},
        form=None if form is None else {k: str(v) for k, v in form.items()},
        content_type=FORM if form is not None else None,
    )
    found, undocumented = RequestChecker(op).check(request)
    return [f"{p.pointer}: {p.rule}" for p in found] + [f"undocumented {u}" for u in undocumented]


def error_data_valid(document: dict[str, Any], operation_id: str, code: int, data: Any) -> bool:
    op = next(
        o
        for item in document["paths"].values()
        for m, o in item.items()
        if m != "servers" and o["operationId"] == operation_id
    )
    ref = {**document.get("x-common-error-data", {}), **op.get("x-error-data", {})}[str(code)]
    return jsonschema.Draft202012Validator({"components": document["components"], **ref}).is_valid(data)


# ---------------------------------------------------------------------------------------------
# start_live

# qgyd2021/banniu-help toolbox/bilibili/live/live_manager.py @8c13d41: a startLive answer of 2025-09
# (sub_time 1757133948), quoted in the method's docstring. 0.2.0 refused it (collaboration_live_extra).
START_LIVE_2025 = {
    "code": 0,
    "data": {
        "change": 1,
        "status": "LIVE",
        "try_time": "0000-00-00 00:00:00",
        "room_type": 0,
        "live_key": "630309426298156613",
        "sub_session_key": "630309426298156613sub_time:1757133948",
        "rtmp": {
            "type": 1,
            "addr": "rtmp://txy2.live-push.bilivideo.com/live-bvc/",
            "code": KEY,
            "new_link": "",
            "provider": "txy2",
        },
        "protocols": [
            {
                "protocol": "rtmp",
                "addr": "rtmp://txy2.live-push.bilivideo.com/live-bvc/",
                "code": KEY,
                "new_link": "",
                "provider": "txy",
            }
        ],
        "notice": {"type": 1, "status": 0, "title": "", "msg": "", "button_text": "", "button_url": ""},
        "qr": "",
        "need_face_auth": False,
        "service_source": "live-streaming",
        "rtmp_backup": None,
        "up_stream_extra": {"isp": "小运营商"},
        "collaboration_live_extra": None,
    },
    "message": "",
    "msg": "",
}


def test_start_live_2025_answer_with_null_collaboration_extra(validator: ResponseValidator) -> None:
    assert valid(validator, "start_live", START_LIVE_2025)
    for member, wrong in [("collaboration_live_extra", "x"), ("rtmp_backup", {"addr": 1}), ("live_key", 1)]:
        body = copy.deepcopy(START_LIVE_2025)
        body["data"][member] = wrong
        assert not valid(validator, "start_live", body), member


# Yuelioi/bpi-rs src/live/manage.rs @36cb110, test start_live_response_accepts_null_rtmp.
def test_start_live_null_rtmp_and_empty_backup(validator: ResponseValidator) -> None:
    body = {
        "code": 0,
        "message": "0",
        "data": {
            "change": 1,
            "status": "LIVE",
            "rtmp": None,
            "live_key": "live-key",
            "sub_session_key": "sub-session",
            "need_face_auth": False,
            "room_type": 0,
            "protocols": [],
            "notice": {},
            "qr": "",
            "service_source": "",
            "rtmp_backup": [],
            "up_stream_extra": {},
        },
    }
    assert valid(validator, "start_live", body)
    for member, wrong in [("rtmp", "x"), ("rtmp_backup", [{"addr": "a", "code": "b"}]), ("up_stream_extra", [])]:
        mutant = copy.deepcopy(body)
        mutant["data"][member] = wrong
        assert not valid(validator, "start_live", mutant), member


# chenxi-Eumenides/bilibili_live_tool issue #5 (2025-07-18): a whole 60024 answer.
START_LIVE_60024 = {
    "code": 60024,
    "data": {
        "change": 0,
        "status": "",
        "try_time": "0000-00-00 00:00:00",
        "room_type": 0,
        "live_key": "",
        "sub_session_key": "",
        "rtmp": {"type": 0, "addr": "", "code": "", "new_link": "", "provider": ""},
        "protocols": None,
        "notice": {"type": 1, "status": 0, "title": "", "msg": "", "button_text": "", "button_url": ""},
        "qr": "https://www.bilibili.com/blackboard/live/face-auth-middle.html?source_event=400&mid=1",
        "need_face_auth": True,
        "service_source": "live-streaming",
        "rtmp_backup": None,
        "up_stream_extra": None,
    },
    "message": "目标分区需要人脸认证\uff0c请升级最新 客户端再次尝试",
    "msg": "目标分区需要人脸认证\uff0c请升级最新客户端再次尝试",
}


def test_start_live_60024_whole_answer(validator: ResponseValidator, document: dict[str, Any]) -> None:
    assert valid(validator, "start_live", START_LIVE_60024)
    assert error_data_valid(document, "start_live", 60024, START_LIVE_60024["data"])
    assert not error_data_valid(document, "start_live", 60024, {**START_LIVE_60024["data"], "qr": 1})


def test_start_live_codes_seen_in_the_wild(desc: Description) -> None:
    # KimmyXYC/BiliLive-Auto-Streaming issue #12 (2023-08-31): 开播失败, 错误码: 60003.
    assert 60003 in desc["start_live"].error_codes


# What each streaming client sends to startLive (the app-signing members included).
START_LIVE_REQUESTS = {
    # withsalt/BilibiliLiveTools src/Bilibili.AspNetCore.Apis/Services/BilibiliLiveApiService.cs @1ce4d52
    "withsalt": {
        "room_id": 1,
        "platform": "pc_link",
        "area_v2": 235,
        "backup_stream": 0,
        "csrf_token": CSRF,
        "csrf": CSRF,
        "ts": 1760000000,
        "type": 2,
        "version": "7.19.0.9432",
        "build": 9432,
        "sign": "0" * 32,
    },
    # Nemo2011/bilibili-api bilibili_api/live.py @87110fe2 (sign: true adds appkey and sign)
    "nemo": {"area_v2": 235, "room_id": 1, "platform": "pc_link", "csrf": CSRF, "csrf_token": CSRF, "appkey": "k"},
    # ChaceQC/bilibili_live_stream_code backend/bilibili_api.py @51572bc
    "chaceqc": {
        "room_id": 1,
        "platform": "pc_link",
        "area_v2": 235,
        "backup_stream": "0",
        "csrf_token": CSRF,
        "csrf": CSRF,
        "build": 10694,
        "version": "7.61.0.10694",
        "ts": 1760000000,
        "appkey": "k",
        "sign": "0" * 32,
    },
    # Rsplwe/bili-live-hime src/api/live.ts @47b01af: ts in milliseconds (Date.now())
    "hime": {
        "room_id": 1,
        "platform": "pc_link",
        "backup_stream": "0",
        "csrf": CSRF,
        "csrf_token": CSRF,
        "area_v2": 235,
        "version": "7.61.0.10694",
        "build": 10694,
        "ts": 1760000000000,
    },
}


@pytest.mark.parametrize("client", sorted(START_LIVE_REQUESTS))
def test_start_live_requests(desc: Description, client: str) -> None:
    assert problems(desc, "start_live", form=START_LIVE_REQUESTS[client]) == []


# ---------------------------------------------------------------------------------------------
# stop_live: every client sends csrf_token; the signing clients send the app members too.

STOP_LIVE_REQUESTS = {
    # withsalt/BilibiliLiveTools BilibiliLiveApiService.cs @1ce4d52
    "withsalt": {"room_id": 1, "platform": "pc", "csrf_token": CSRF, "csrf": CSRF},
    # Nemo2011/bilibili-api bilibili_api/live.py @87110fe2; data/api/live.json info.stop is signed
    "nemo": {"room_id": 1, "platform": "pc_link", "csrf": CSRF, "csrf_token": CSRF, "appkey": "k", "sign": "0" * 32},
    # Radekyspec/StartLive src/core/workers/live/stop_live.py @91300a7 (livehime_sign + csrf)
    "startlive": {
        "access_key": "",
        "appkey": "k",
        "build": 10694,
        "csrf": CSRF,
        "csrf_token": CSRF,
        "platform": "pc_link",
        "room_id": 1,
        "sign": "0" * 32,
        "ts": 1760000000,
        "version": "7.61.0.10694",
    },
    # qgyd2021/banniu-help toolbox/bilibili/live/live_manager.py @8c13d41
    "banniu": {"room_id": 1, "platform": "pc_link", "csrf_token": CSRF, "csrf": CSRF},
    # pskdje/bili-tol-gs blm/class-based/blt.py @dc0d463 (csrf only)
    "pskdje": {"room_id": 1, "platform": "pc_link", "csrf": CSRF},
}


@pytest.mark.parametrize("client", sorted(STOP_LIVE_REQUESTS))
def test_stop_live_requests(desc: Description, client: str) -> None:
    assert problems(desc, "stop_live", form=STOP_LIVE_REQUESTS[client]) == []


def test_stop_live_signing_members_are_typed(desc: Description) -> None:
    form = STOP_LIVE_REQUESTS["startlive"]
    for name, wrong in [("ts", -1), ("build", "9432a"), ("platform", "web_link")]:
        assert problems(desc, "stop_live", form={**form, name: wrong}), name


# ---------------------------------------------------------------------------------------------
# get_home_page_live_version: answered without login.

# Yuelioi/bpi-rs tests/contracts/live/public-core/version/responses/success.json @36cb110, recorded
# for the "anonymous" profile as well (no cookie); the download URL is the contract's placeholder.
LIVE_VERSION_BODY = {
    "code": 0,
    "message": "0",
    "ttl": 1,
    "data": {
        "curr_version": "7.61.0.10694",
        "build": 10694,
        "instruction": "",
        "file_size": "0",
        "file_md5": "",
        "content": "",
        "download_url": "https://example.invalid/livehime.exe",
        "hdiffpatch_switch": 0,
    },
}


def test_live_version_recorded_answer(validator: ResponseValidator) -> None:
    assert valid(validator, "get_home_page_live_version", LIVE_VERSION_BODY)
    for member, wrong in [("file_size", 0), ("hdiffpatch_switch", "0"), ("build", "10694")]:
        body = copy.deepcopy(LIVE_VERSION_BODY)
        body["data"][member] = wrong
        assert not valid(validator, "get_home_page_live_version", body), member


def test_live_version_needs_no_login_and_is_retried(desc: Description) -> None:
    op = desc["get_home_page_live_version"]
    assert {} in op.raw["security"]
    assert op.raw["x-bilispec-retry"] == "idempotent"
    # withsalt/BilibiliLiveTools (GetWithoutPermissionAsync, no cookies); CuteReimu/bilibili live.go
    # @f9f2a81; bpi-rs contract query.
    for query in [{"system_version": 2, "ts": 1760000000, "sign": "0" * 32}, {"system_version": 2}]:
        assert problems(desc, "get_home_page_live_version", query=query) == []


def test_sandbox_answers_live_version_without_cookies() -> None:
    with running() as base_url:
        answer = httpx.get(
            base_url + "/xlive/app-blink/v1/liveVersionInfo/getHomePageLiveVersion", params={"system_version": 2}
        ).json()
        assert answer["code"] == 0 and answer["data"]["build"] > 0
        # an operation that needs a login still refuses
        refused = httpx.get(base_url + "/xlive/app-room/v1/dm/interaction/votePanel", params={"room_id": 1}).json()
        assert refused["code"] == -101


# ---------------------------------------------------------------------------------------------
# update_room, update_pre_live_info, update_room_news


# qgyd2021/banniu-help toolbox/bilibili/live/live_manager.py @8c13d41 (set_live_title docstring).
def test_update_room_answer_under_review(validator: ResponseValidator) -> None:
    body = {
        "code": 0,
        "msg": "ok",
        "message": "ok",
        "data": {
            "sub_session_key": "",
            "audit_info": {
                "audit_title_reason": "进入审核",
                "update_title": "",
                "audit_title_status": 0,
                "audit_title": "设置直播标题",
            },
        },
    }
    assert valid(validator, "update_room", body)
    body["data"]["audit_info"]["audit_title_status"] = "0"
    assert not valid(validator, "update_room", body)


UPDATE_ROOM_REQUESTS = {
    # withsalt/BilibiliLiveTools BilibiliLiveApiService.cs @1ce4d52
    "withsalt": {"room_id": 1, "area_id": 235, "title": "t", "csrf_token": CSRF, "csrf": CSRF},
    # ChaceQC/bilibili_live_stream_code backend/bilibili_api.py @51572bc; banniu-help @8c13d41
    "chaceqc": {"room_id": 1, "platform": "pc_link", "title": "t", "csrf_token": CSRF, "csrf": CSRF},
    # Rsplwe/bili-live-hime src/api/live.ts @47b01af
    "hime": {"room_id": 1, "csrf": CSRF, "csrf_token": CSRF, "area_id": "235", "platform": "pc_link"},
    # Yuelioi/bpi-rs src/live/manage.rs @36cb110
    "bpi-rs": {"room_id": 1, "csrf": CSRF, "csrf_token": CSRF, "title": "t", "add_tag": "a", "del_tag": "b"},
}


@pytest.mark.parametrize("client", sorted(UPDATE_ROOM_REQUESTS))
def test_update_room_requests(desc: Description, client: str) -> None:
    assert problems(desc, "update_room", form=UPDATE_ROOM_REQUESTS[client]) == []


def test_update_pre_live_info_room_id(desc: Description) -> None:
    # Radekyspec/StartLive src/core/workers/title/title_update.py @91300a7 sends room_id in the form;
    # bpi-rs src/live/manage.rs @36cb110 and pskdje blt.py send platform/mobi_app/build in it.
    form = {"platform": "web", "mobi_app": "web", "build": 1, "title": "t", "csrf": CSRF, "csrf_token": CSRF}
    assert problems(desc, "update_pre_live_info", form=form) == []
    assert problems(desc, "update_pre_live_info", form={**form, "room_id": 1}) == []
    assert problems(desc, "update_pre_live_info", form={**form, "room_id": "one"})


def test_update_room_news_requests(desc: Description) -> None:
    # withsalt @1ce4d52, ChaceQC @51572bc, bpi-rs @36cb110: room_id, uid, content, csrf_token, csrf.
    form = {"room_id": 1, "uid": 2, "content": "c", "csrf_token": CSRF, "csrf": CSRF}
    assert problems(desc, "update_room_news", form=form) == []


# ---------------------------------------------------------------------------------------------
# Muted users

DEL_SILENT_USER_REQUESTS = {
    # Rsplwe/bili-live-hime src/api/live.ts @47b01af (as Bilibili's live-centre page sends it)
    "hime": {"room_id": "1", "tuid": "2", "mobi_app": "web", "csrf_token": CSRF, "csrf": CSRF, "visit_id": ""},
    # Yuelioi/bpi-rs src/live/silent_user_manage.rs @36cb110
    "bpi-rs": {"room_id": "1", "tuid": "2", "csrf_token": CSRF, "csrf": CSRF},
    # Nemo2011/bilibili-api bilibili_api/live.py @87110fe2 (csrf and csrf_token added to the form)
    "nemo": {"room_id": "1", "tuid": "2", "visit_id": "", "csrf": CSRF, "csrf_token": CSRF},
}


@pytest.mark.parametrize("client", sorted(DEL_SILENT_USER_REQUESTS))
def test_del_silent_user_requests(desc: Description, client: str) -> None:
    assert problems(desc, "del_silent_user", form=DEL_SILENT_USER_REQUESTS[client]) == []


def test_del_silent_user_is_never_retried(desc: Description) -> None:
    assert desc["del_silent_user"].raw["x-bilispec-retry"] == "never"


# Nemo2011/bilibili-api issue #571 (2023-11-19): del_room_block_user answered 65530, data "bad token".
def test_del_room_block_user_65530(validator: ResponseValidator, desc: Description) -> None:
    body = {"code": 65530, "msg": "invalid request", "message": "invalid request", "data": "bad token"}
    assert valid(validator, "del_room_block_user", body)
    assert 65530 in desc["del_room_block_user"].error_codes


def test_del_room_block_user_requests(desc: Description) -> None:
    # Clients of the old unmute (found by its URL): roomid, id, csrf_token, csrf, visit_id "".
    form = {"roomid": "1", "id": 2, "csrf_token": CSRF, "csrf": CSRF, "visit_id": ""}
    assert problems(desc, "del_room_block_user", form=form) == []


def test_add_silent_user_requests(desc: Description) -> None:
    # Yuelioi/bpi-rs src/live/silent_user_manage.rs @36cb110 (msg, type) and Nemo2011/bilibili-api
    # bilibili_api/live.py @87110fe2 (visit_id); bili-live-hime @47b01af sends no type.
    bpi = {"room_id": "1", "tuid": "2", "msg": "", "mobile_app": "web", "type": "1", "hour": -1}
    nemo = {"room_id": "1", "tuid": "2", "mobile_app": "web", "type": "2", "hour": 0, "visit_id": ""}
    hime = {"room_id": "1", "tuid": "2", "mobile_app": "web", "hour": "3", "visit_id": ""}
    for form in (bpi, nemo, hime):
        assert problems(desc, "add_silent_user", form={**form, "csrf": CSRF, "csrf_token": CSRF}) == []


def test_get_silent_user_list_requests(desc: Description) -> None:
    # bili-live-hime @47b01af (ps the page) and bpi-rs @36cb110 (pn the page, ps the size).
    for form in ({"room_id": "1", "ps": "1", "visit_id": ""}, {"room_id": "1", "pn": 1, "ps": "10"}):
        assert problems(desc, "get_silent_user_list", form={**form, "csrf": CSRF, "csrf_token": CSRF}) == []


# ---------------------------------------------------------------------------------------------
# report_web_heartbeat: what the web player sends (andywang425/BLTH copies it).

# andywang425/BLTH src/library/bili-api/index.ts @ebf878e (videoHeartbeat)
BLTH_QUERY = {
    "w_start_ts": 1760000000,
    "w_mid": 2,
    "w_aid": 3,
    "w_dt": 2,
    "w_realtime": 61,
    "w_played_time": 62,
    "w_real_played_time": 62,
    "w_video_duration": 180,
    "w_last_play_progress_time": 62,
    "web_location": 1315873,
    "w_rid": "0" * 32,
    "wts": 1760000000,
}
BLTH_FORM = {
    "start_ts": 1760000000,
    "mid": 2,
    "aid": 3,
    "cid": 30000000000,
    "type": 3,
    "sub_type": 0,
    "dt": 2,
    "play_type": 1,
    "realtime": 61,
    "played_time": 62,
    "real_played_time": 62,
    "refer_url": "https://t.bilibili.com/?tab=video",
    "quality": 64,
    "is_auto_qn": 0,
    "video_duration": 180,
    "last_play_progress_time": 62,
    "max_play_progress_time": 62,
    "outer": 0,
    "statistics": '{"appId":100,"platform":5,"abtest":"","version":""}',
    "mobi_app": "web",
    "device": "web",
    "platform": "web",
    "cur_language_vt": "{}",
    "perfer_type": "{}",
    "play_mode": 1,
    "spmid": "333.788.0.0",
    "from_spmid": "333.1365.list.card_archive.click",
    "session": "0" * 32,
    "track_id": "",
    "extra": '{"player_version":"4.9.76"}',
    "csrf": CSRF,
}


def test_heartbeat_as_blth_sends_it(desc: Description) -> None:
    assert problems(desc, "report_web_heartbeat", query=BLTH_QUERY, form=BLTH_FORM) == []
    for name, wrong in [("w_aid", "three"), ("w_start_ts", -1)]:
        assert problems(desc, "report_web_heartbeat", query={**BLTH_QUERY, name: wrong}, form=BLTH_FORM), name
    for name, wrong in [("is_auto_qn", "no"), ("play_mode", "one")]:
        assert problems(desc, "report_web_heartbeat", query=BLTH_QUERY, form={**BLTH_FORM, name: wrong}), name


def test_heartbeat_bac_final_query_spelling(desc: Description) -> None:
    # SocialSisterYi/bilibili-API-collect cfc5fdd docs/video/report.md spells it w_playedtime.
    assert problems(desc, "report_web_heartbeat", query={"w_playedtime": 60}, form={"aid": 2}) == []


def test_heartbeat_daily_task_clients(desc: Description) -> None:
    # The daily-task scripts found by the URL send aid (and bvid), played_time and csrf only; an iOS
    # client sends bvid, mid, type 3, dt 2, play_type 2 and csrf with the SESSDATA cookie alone.
    for form in (
        {"aid": 2, "played_time": 0, "csrf": CSRF},
        {"aid": 2, "bvid": "BV1xx411c7mD", "csrf": CSRF, "played_time": 300},
        {"bvid": "BV1xx411c7mD", "mid": 1, "type": 3, "dt": 2, "play_type": 2, "csrf": CSRF},
    ):
        assert problems(desc, "report_web_heartbeat", form=form) == []


# ---------------------------------------------------------------------------------------------
# Nullability by evidence: members taken from a client's struct and never seen in a real answer
# accept null (spec/NOTES.md lists them); members seen in real answers keep their type.


def test_struct_members_accept_null(validator: ResponseValidator, document: dict[str, Any]) -> None:
    item = {"id": 1, "tuid": 2, "uid": 3, "msg": None, "is_mystery": None, "block_end_time": None, "type": None}
    page = {"data": [item], "total": 1, "pn": None, "ps": None}
    assert valid(validator, "get_silent_user_list", {"code": 0, "message": "0", "ttl": 1, "data": page})
    page["data"] = [{**item, "is_mystery": "no"}]
    assert not valid(validator, "get_silent_user_list", {"code": 0, "message": "0", "ttl": 1, "data": page})
    assert error_data_valid(document, "start_live", 60043, {"risk_extra": None})
    assert error_data_valid(document, "start_live", 60043, {"risk_extra": {"v_voucher": None}})
    assert not error_data_valid(document, "start_live", 60043, {"risk_extra": {"v_voucher": 1}})
    assert error_data_valid(document, "get_vote_panel", -352, {"v_voucher": None})


def test_members_seen_in_real_answers_stay_typed(validator: ResponseValidator) -> None:
    body = copy.deepcopy(LIVE_VERSION_BODY)
    body["data"]["instruction"] = None
    assert not valid(validator, "get_home_page_live_version", body)


# ---------------------------------------------------------------------------------------------
# Replays: Withlian/LuboDown app/bilibili.py and docs/replay-api-notes.md @dd2bb3e.


def test_replay_requests_of_a_downloader(desc: Description) -> None:
    # anchor_id is sent (and ignored by the server, the notes say); it is declared now.
    assert problems(desc, "anchor_get_replay_list", query={"anchor_id": 349, "page": 1, "page_size": 30}) == []
    assert problems(desc, "anchor_get_replay_list", query={"anchor_id": "three"})
    query = {"live_uid": 349, "time_range": 3, "page": 1, "page_size": 30}
    assert problems(desc, "get_other_slice_list", query=query) == []
    query = {"live_key": "625727121464233779", "start_time": 1752940000, "end_time": 1752946748, "live_uid": 349}
    assert problems(desc, "get_user_slice_stream", query=query) == []


def test_replay_codes_the_downloader_met(desc: Description) -> None:
    # 301 without clip permission, 202 for another anchor's session, 210 for another room's replay.
    assert 301 in desc["get_other_slice_list"].error_codes
    assert 202 in desc["get_slice_stream"].error_codes
    assert 210 in desc["anchor_video_download"].error_codes
