"""What the live API does beyond the seed pages, as the description (0.2.0) has it.

Responses have the shapes the public sources show (each test names its source); requests are what
current clients send. Each fact is checked both ways: the real-world shape validates against
generated/openapi.yaml, and a wrongly typed variant does not. The last tests are requests the
stricter 0.2.0 rules refuse (impossible times, negative timestamps, a heartbeat without a video).
"""

from __future__ import annotations

import copy
from typing import Any

import httpx
import jsonschema
import pytest

from bilispec.core.description import Description
from bilispec.core.validation import ResponseValidator
from bilispec.sandbox import SANDBOX_BILI_JCT, SANDBOX_ROOM_ID, SANDBOX_SESSDATA, running
from bilispec.tools.capture import Request
from bilispec.tools.request_check import RequestChecker

LIVE = "https://api.live.bilibili.com"
MAIN = "https://api.bilibili.com"
FORM = "application/x-www-form-urlencoded"


def valid(validator: ResponseValidator, operation_id: str, body: Any) -> bool:
    return not validator.validate(operation_id, body)


def success(data: Any, **envelope: Any) -> dict[str, Any]:
    return {"code": 0, "message": "0", "ttl": 1, "data": data, **envelope}


def error_data_validator(document: dict[str, Any], operation_id: str, code: int) -> jsonschema.Draft202012Validator:
    """The schema `x-error-data` (or the root's `x-common-error-data`) names for this code's `data`."""
    op = next(
        o
        for item in document["paths"].values()
        for m, o in item.items()
        if m != "servers" and o["operationId"] == operation_id
    )
    ref = {**document.get("x-common-error-data", {}), **op.get("x-error-data", {})}[str(code)]
    assert set(ref) == {"$ref"} and ref["$ref"].startswith("#/components/schemas/"), ref
    return jsonschema.Draft202012Validator({"components": document["components"], **ref})


def problems(
    desc: Description, operation_id: str, *, query: dict[str, Any] | None = None, form: dict[str, Any] | None = None
) -> list[str]:
    """The rules a request breaks (RequestChecker, as `bilispec validate` runs it); undocumented members count."""
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


# ---------------------------------------------------------------------------------------------
# Room management


# Radekyspec/StartLive src/core/workers/live/start_live.py @91300a7 and withsalt/BilibiliLiveTools
# BilibiliLiveApiService.cs @1ce4d52: what the streaming clients send.
START_LIVE_FORM: dict[str, Any] = {
    "room_id": 10352053,
    "area_v2": 235,
    "platform": "pc_link",
    "version": "7.19.0.9432",
    "build": 9432,
    "appkey": "aae92bc66f3edfab",
    "ts": 1760000000,
    "sign": "0123456789abcdef0123456789abcdef",
    "access_key": "",
    "type": 2,
    "backup_stream": 0,
    "csrf": "x" * 32,
    "csrf_token": "x" * 32,
}


def test_start_live_as_streaming_clients_send_it(desc: Description) -> None:
    assert problems(desc, "start_live", form=START_LIVE_FORM) == []
    for name, wrong in [
        ("build", "9432a"),
        ("ts", -1),
        ("backup_stream", 2),
        ("type", "two"),
        ("platform", "web_link"),
    ]:
        assert problems(desc, "start_live", form={**START_LIVE_FORM, name: wrong}), name


def test_start_live_codes(desc: Description) -> None:
    codes = desc["start_live"].error_codes
    assert {-400, 60024, 60034, 60043} <= set(codes)
    assert "直播姬开播" in codes[60034] and "身份验证" in codes[60043]


def test_start_live_60024_face_verification_data(validator: ResponseValidator, document: dict[str, Any]) -> None:
    """SocialSisterYi/bilibili-API-collect issue #1060: the QR URL, need_face_auth, protocols null."""
    body = {
        "code": 60024,
        "msg": "目标分区需要人脸认证",
        "message": "目标分区需要人脸认证",
        "data": {
            "qr": "https://www.bilibili.com/blackboard/live/face-auth-middle.html?source_event=400&mid=1",
            "need_face_auth": True,
            "protocols": None,
        },
    }
    assert valid(validator, "start_live", body)
    data = error_data_validator(document, "start_live", 60024)
    assert data.is_valid(body["data"])
    for name, wrong in [("qr", 1), ("need_face_auth", "true"), ("protocols", {})]:
        assert not data.is_valid({**body["data"], name: wrong}), name


def test_start_live_60043_identity_voucher(validator: ResponseValidator, document: dict[str, Any]) -> None:
    """ChaceQC/bilibili_live_stream_code issue #50; Radekyspec/StartLive commit 0e14cf5."""
    body = {"code": 60043, "message": "本次开播需要身份验证", "data": {"risk_extra": {"v_voucher": "voucher_abc"}}}
    assert valid(validator, "start_live", body)
    data = error_data_validator(document, "start_live", 60043)
    assert data.is_valid(body["data"])
    assert not data.is_valid({"risk_extra": {"v_voucher": 42}})
    assert not data.is_valid({"risk_extra": "voucher_abc"})


def test_risk_control_352_voucher(validator: ResponseValidator, document: dict[str, Any]) -> None:
    body = {"code": -352, "message": "-352", "data": {"v_voucher": "voucher_def"}}
    assert valid(validator, "get_vote_panel", body)  # any operation: a site-wide code
    data = error_data_validator(document, "get_vote_panel", -352)
    assert data.is_valid(body["data"]) and not data.is_valid({"v_voucher": ["x"]})


START_LIVE_DATA: dict[str, Any] = {
    "change": 1,
    "status": "LIVE",
    "room_type": 0,
    "rtmp": {
        "type": 1,
        "addr": "rtmp://live-push.bilivideo.com/live-bvc/",
        "code": "?streamname=live_1_2&key=k",
        "new_link": "",
        "provider": "live",
    },
    "protocols": [
        {
            "protocol": "rtmp",
            "addr": "rtmp://live-push.bilivideo.com/live-bvc/",
            "code": "?k=1",
            "new_link": "",
            "provider": "txy",
        },
        {
            "protocol": "rtmp",
            "addr": "rtmp://txy2.live-push.bilivideo.com/live-bvc/",
            "code": "?k=2",
            "new_link": "",
            "provider": "txy",
        },
        {
            "protocol": "srt",
            "addr": "srt://live-push.bilivideo.com:1937",
            "code": "?streamid=#!::h=live-push.bilivideo.com,r=live-bvc/?k=3",
            "new_link": "",
            "provider": "txy",
        },
    ],
    "try_time": "0000-00-00 00:00:00",
    "live_key": "608336837537435443",
    "sub_session_key": "608336837537435443sub_time:1760000000",
    "notice": {"type": 1, "status": 0, "title": "", "msg": "", "button_text": "", "button_url": ""},
    "qr": "",
    "need_face_auth": False,
    "service_source": "live-streaming",
    "rtmp_backup": None,
    "up_stream_extra": {"isp": "电信"},
    "collaboration_live_extra": {},
}


def test_start_live_srt_and_several_rtmp_entries(validator: ResponseValidator) -> None:
    """Radekyspec/StartLive start_live.py; ChaceQC live_service.py; bili-live-hime live-stream-settings.tsx."""
    body = success(START_LIVE_DATA, msg="")
    assert valid(validator, "start_live", body)
    wrong = copy.deepcopy(body)
    wrong["data"]["protocols"][2]["addr"] = None
    assert not valid(validator, "start_live", wrong)
    wrong = copy.deepcopy(body)
    wrong["data"]["collaboration_live_extra"] = "x"
    assert not valid(validator, "start_live", wrong)


def test_stop_live_needs_platform(desc: Description) -> None:
    """SocialSisterYi/bilibili-API-collect 2ecfe2a and issue #1319; withsalt sends platform=pc."""
    form = {"room_id": 10352053, "csrf": "x" * 32}
    assert problems(desc, "stop_live", form=form) == ["/form/platform: required"]
    assert problems(desc, "stop_live", form={**form, "platform": "pc"}) == []
    assert problems(desc, "stop_live", form={**form, "platform": "web_link"}) != []
    assert "直播姬关播" in desc["stop_live"].error_codes[60034]


def test_update_room_long_title_is_code_1(validator: ResponseValidator, desc: Description) -> None:
    """SocialSisterYi/bilibili-API-collect issue #1277."""
    body = {"code": 1, "msg": "标题不能超过20个字", "message": "标题不能超过20个字", "data": []}
    assert valid(validator, "update_room", body)
    assert "标题不能超过20个字" in desc["update_room"].error_codes[1]


def test_home_page_live_version(validator: ResponseValidator, desc: Description) -> None:
    """SocialSisterYi/bilibili-API-collect a245b81; bili-live-hime getLiveVersion; bpi-py version()."""
    body = success({"curr_version": "7.19.0.9432", "build": 9432})
    assert valid(validator, "get_home_page_live_version", body)
    assert not valid(validator, "get_home_page_live_version", success({"curr_version": "7.19.0.9432", "build": "9432"}))
    assert not valid(validator, "get_home_page_live_version", success({"build": 9432}))
    query = {"system_version": 2, "appkey": "aae92bc66f3edfab", "ts": 1760000000, "sign": "0" * 32}
    assert problems(desc, "get_home_page_live_version", query=query) == []
    assert problems(desc, "get_home_page_live_version", query={**query, "system_version": 3})
    assert problems(desc, "get_home_page_live_version", query={}) == ["/query/system_version: required"]


# ---------------------------------------------------------------------------------------------
# Muted users

MUTE = {"room_id": "10352053", "tuid": "306903238", "mobile_app": "web", "csrf": "x" * 32, "csrf_token": "x" * 32}


def test_add_silent_user_hour_and_type(desc: Description) -> None:
    """Nemo2011/bilibili-api PR #846 and #1009; Yuelioi/bpi-rs silent_user_manage.rs."""
    for hour, kind in [(-1, "1"), (0, "2"), (24, "1")]:
        assert problems(desc, "add_silent_user", form={**MUTE, "hour": hour, "type": kind}) == [], (hour, kind)
    assert problems(desc, "add_silent_user", form={**MUTE, "hour": 1, "type": "3"})
    assert problems(desc, "add_silent_user", form={**MUTE, "hour": -2, "type": "1"})
    assert "房管" in desc["add_silent_user"].error_codes[100004]


SILENT_USER = {
    "tuid": 306903238,
    "tname": "viewer",
    "uid": 10352053,
    "name": "anchor",
    "ctime": "2026-03-20 12:00:00",
    "id": 4870001,
    "is_anchor": 1,
    "face": "https://i0.hdslb.com/bfs/face/x.jpg",
    "admin_level": 0,
    "msg": "刷屏",
    "is_mystery": False,
    "block_end_time": "2026-03-21 12:00:00",
    "type": 1,
}


def test_silent_user_list_items(validator: ResponseValidator) -> None:
    """Yuelioi/bpi-rs 51a758d; Yuelioi/bpi-py src/bpi/live/models.py."""
    body = success(
        {"data": [SILENT_USER, {**SILENT_USER, "type": 0, "block_end_time": ""}], "total": 2, "total_page": 1}
    )
    assert valid(validator, "get_silent_user_list", body)
    for name, wrong in [("msg", 1), ("is_mystery", 0), ("block_end_time", 0), ("type", "1")]:
        broken = copy.deepcopy(body)
        broken["data"]["data"][0][name] = wrong
        assert not valid(validator, "get_silent_user_list", broken), name


def test_silent_user_list_paging_and_null(validator: ResponseValidator, desc: Description) -> None:
    """Both paging readings (Nemo2011/bili-live-hime: ps page; bpi-rs/bpi-py: pn page, ps size)."""
    assert valid(validator, "get_silent_user_list", success({"data": None, "total": 0, "total_page": 1}))
    assert valid(
        validator, "get_silent_user_list", success({"data": [SILENT_USER], "total": 1})
    )  # one page: no total_page
    assert valid(
        validator,
        "get_silent_user_list",
        success({"data": [SILENT_USER], "total": 11, "total_page": 2, "pn": 2, "ps": 10}),
    )
    assert not valid(validator, "get_silent_user_list", success({"data": [], "total": 0, "pn": "2"}))
    assert not valid(validator, "get_silent_user_list", success({"data": {}, "total": 0}))
    form = {"room_id": "10352053", "csrf": "x" * 32, "csrf_token": "x" * 32}
    assert problems(desc, "get_silent_user_list", form={**form, "ps": "1"}) == []
    assert problems(desc, "get_silent_user_list", form={**form, "pn": "2", "ps": "10"}) == []
    assert problems(desc, "get_silent_user_list", form={**form, "pn": "0", "ps": "10"})
    assert problems(desc, "get_silent_user_list", form={**form, "ps1": "1"})  # the table's typo is not a member


def test_silent_user_list_100004_with_data(validator: ResponseValidator, desc: Description) -> None:
    """Yuelioi/bpi-rs tests/contracts/live/moderation-private-read/silent-users/."""
    body = {"code": 100004, "message": "不是管理员", "ttl": 1, "data": {"data": [], "total": 0, "total_page": 0}}
    assert valid(validator, "get_silent_user_list", body)
    assert 100004 in desc["get_silent_user_list"].error_codes


def test_del_silent_user(validator: ResponseValidator, desc: Description) -> None:
    """Nemo2011/bilibili-api 406f31d0 (PR #859); bpi-rs; bili-live-hime src/api/live.ts."""
    form = {"room_id": "10352053", "tuid": "306903238", "csrf": "x" * 32, "csrf_token": "x" * 32, "visit_id": ""}
    assert problems(desc, "del_silent_user", form=form) == []
    assert problems(desc, "del_silent_user", form={**form, "tuid": "abc"})
    assert problems(desc, "del_silent_user", form={k: v for k, v in form.items() if k != "tuid"})
    assert valid(validator, "del_silent_user", {"code": 0, "message": "0", "ttl": 1})
    assert not valid(validator, "del_silent_user", {"code": 0, "message": 0})


def test_sandbox_unmutes_by_uid_and_refuses_stop_without_platform() -> None:
    cookies = {"SESSDATA": SANDBOX_SESSDATA, "bili_jct": SANDBOX_BILI_JCT}
    csrf = {"csrf": SANDBOX_BILI_JCT, "csrf_token": SANDBOX_BILI_JCT}
    room = str(SANDBOX_ROOM_ID)
    with running() as base_url, httpx.Client(base_url=base_url, cookies=cookies) as http:

        def post(path: str, **form: Any) -> dict[str, Any]:
            answer: dict[str, Any] = http.post(path, data={**form, **csrf}).json()
            return answer

        mute = {"room_id": room, "tuid": "4242", "mobile_app": "web", "msg": "刷屏"}
        assert post("/xlive/web-ucenter/v1/banned/AddSilentUser", **mute, hour="0", type="2")["code"] == 0
        listed = post("/xlive/web-ucenter/v1/banned/GetSilentUserList", room_id=room, ps="1")["data"]["data"]
        mine = next(u for u in listed if u["tuid"] == 4242)
        assert (mine["type"], mine["msg"], mine["block_end_time"], mine["is_mystery"]) == (2, "刷屏", "", False)
        assert post("/xlive/web-ucenter/v1/banned/DelSilentUser", room_id=room, tuid="4242")["code"] == 0
        listed = post("/xlive/web-ucenter/v1/banned/GetSilentUserList", room_id=room, ps="1")["data"]["data"] or []
        assert all(u["tuid"] != 4242 for u in listed)
        assert post("/room/v1/Room/stopLive", room_id=room)["code"] == 60034
        assert post("/room/v1/Room/stopLive", room_id=room, platform="pc_link")["code"] == 0


# ---------------------------------------------------------------------------------------------
# Watch reports and replays

HEARTBEAT: dict[str, Any] = {
    "aid": 170001,
    "cid": 279786,
    "mid": 10352053,
    "played_time": -1,
    "real_played_time": 300,
    "realtime": 300,
    "start_ts": 1760000000,
    "type": 3,
    "sub_type": 0,
    "dt": 2,
    "play_type": 4,
    "refer_url": "https://www.bilibili.com/",
    "quality": 80,
    "video_duration": 300,
    "last_play_progress_time": 299,
    "max_play_progress_time": 300,
    "outer": 0,
    "spmid": "333.788.0.0",
    "from_spmid": "333.1007.tianma.1-1-1.click",
    "session": "0123456789abcdef",
    "extra": '{"player_version":"4.8.43"}',
    "csrf": "x" * 32,
}


def test_heartbeat_as_the_web_player_sends_it(desc: Description) -> None:
    """SocialSisterYi/bilibili-API-collect 2465990 (PR #1064) and 60a0c5d (PR #1066)."""
    query = {"web_location": "1315873", "w_rid": "0" * 32, "wts": 1760000000}
    assert problems(desc, "report_web_heartbeat", query=query, form=HEARTBEAT) == []
    for name, wrong in [("play_type", 5), ("sub_type", 6), ("played_time", -2), ("quality", "hd"), ("outer", "zero")]:
        assert problems(desc, "report_web_heartbeat", form={**HEARTBEAT, name: wrong}), name


def test_history_report_minus_400(validator: ResponseValidator, desc: Description) -> None:
    """SocialSisterYi/bilibili-API-collect issue #721."""
    assert valid(validator, "report_history_progress", {"code": -400, "message": "请求错误", "ttl": 1})
    assert -400 in desc["report_history_progress"].error_codes


def test_empty_replay_list(validator: ResponseValidator) -> None:
    """Yuelioi/bpi-rs tests/contracts/live/account-private-read/replay-list/."""
    body = success({"replay_info": None, "pagination": {"page": 1, "page_size": 30}})
    assert valid(validator, "anchor_get_replay_list", body)
    assert not valid(validator, "anchor_get_replay_list", success({"replay_info": {}, "pagination": {"page": 1}}))
    assert not valid(validator, "anchor_get_replay_list", success({"replay_info": None, "pagination": {"total": "0"}}))


def test_anchor_highlight_list_takes_live_uid(desc: Description) -> None:
    """One table on the seed page serves both URLs: the anchor side takes the optional live_uid too."""
    query = {"live_key": "608336837537435443", "manual_type": 2}
    assert problems(desc, "anchor_get_manual_highlight_list", query=query) == []
    assert problems(desc, "anchor_get_manual_highlight_list", query={**query, "live_uid": 10352053}) == []
    assert problems(desc, "anchor_get_manual_highlight_list", query={**query, "live_uid": "me"})


# ---------------------------------------------------------------------------------------------
# What the stricter rules of 0.2.0 refuse


@pytest.mark.parametrize("operation_id", ["get_live_session_data", "get_user_live_session_data"])
@pytest.mark.parametrize(
    ("start_tm", "ok"),
    [
        ("0000-01-01 00:00:00", True),  # the page's own example
        ("2025-07-19 23:59:59", True),
        ("0000-00-00 00:00:00", False),
        ("2025-13-01 00:00:00", False),
        ("2025-01-32 00:00:00", False),
        ("2025-01-01 24:00:00", False),
        ("2025-01-01 00:60:00", False),
        ("2025-01-01T00:00:00", False),
    ],
)
def test_time_strings(desc: Description, operation_id: str, start_tm: str, ok: bool) -> None:
    query: dict[str, Any] = {"live_key": "608336837537435443", "start_tm": start_tm, "end_tm": "1970-01-01 00:00:00"}
    if operation_id == "get_user_live_session_data":
        query["live_uid"] = 10352053
    assert (problems(desc, operation_id, query=query) == []) is ok


@pytest.mark.parametrize(
    ("operation_id", "names", "extra"),
    [
        ("get_slice_stream", ("start_time", "end_time"), {"live_key": "608336837537435443"}),
        ("get_user_slice_stream", ("start_time", "end_time"), {"live_key": "608336837537435443", "live_uid": 1}),
        ("anchor_save_manual_highlight", ("start_ts", "end_ts"), {"live_key": "1", "csrf": "x"}),
        ("fan_save_manual_highlight", ("start_ts", "end_ts"), {"live_key": "1", "live_uid": 1, "csrf": "x"}),
    ],
)
def test_negative_timestamps_are_refused(
    desc: Description, operation_id: str, names: tuple[str, str], extra: dict[str, Any]
) -> None:
    op = desc[operation_id]
    values = {names[0]: 1760000000, names[1]: 1760000060}

    def check(**override: int) -> list[str]:
        members = {**extra, **values, **override}
        if op.media_type == FORM:
            return problems(desc, operation_id, form=members)
        return problems(desc, operation_id, query=members)

    assert check() == []
    assert check(**{names[0]: -1}) == [f"/{op.parameter(names[0]).location}/{names[0]}: minimum"]  # type: ignore[union-attr]
    assert check(**{names[1]: -60}) != []


def test_heartbeat_without_aid_or_bvid_is_refused(desc: Description, document: dict[str, Any]) -> None:
    form = {k: v for k, v in HEARTBEAT.items() if k not in ("aid", "bvid")}
    assert problems(desc, "report_web_heartbeat", form=form) == ["/form/aid: x-one-of-required"]
    assert problems(desc, "report_web_heartbeat", form={**form, "bvid": "BV1xx411c7mD"}) == []
    # The same rule in standard JSON Schema (if/then), for validators that do not read x- extensions.
    body = document["paths"]["/x/click-interface/web/heartbeat"]["post"]["requestBody"]["content"][FORM]["schema"]
    check = jsonschema.Draft202012Validator(body)
    assert not check.is_valid(form)
    assert check.is_valid({**form, "aid": 170001}) and check.is_valid({**form, "bvid": "BV1xx411c7mD"})
    assert check.is_valid({**form, "aid": 170001, "bvid": "BV1xx411c7mD"})
    assert body["x-one-of-required"] == ["aid", "bvid"]  # the client reads this one
