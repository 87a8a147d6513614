"""Every namespace method sends the right operation with the right parameters, and returns typed data.

The transport answers each request with the seed recording of the operation it reached (found by
method and path, so a method that calls the wrong operation gets the wrong answer and fails), and
keeps what was sent: the host, path, query, form body and JSON body.
"""

from __future__ import annotations

import asyncio
import inspect
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any
from urllib.parse import parse_qsl

import httpx
import pytest
from bilispec_generated import models

from bilispec import NO_RETRY, AsyncBiliClient, BiliClient, RequestValidationError, ResponseValidationError
from bilispec.client.namespaces import NAMESPACES, operation_methods
from bilispec.client.namespaces._base import _model
from bilispec.client.namespaces.chat import ChatSent
from bilispec.core.description import description

from ..conftest import load_recording, recording_files

BILI_JCT = "jct-for-resource-tests"
SESSDATA = "sessdata-for-resource-tests"


@dataclass
class Sent:
    operation_id: str
    host: str
    query: dict[str, str]
    form: dict[str, str]
    json: Any
    headers: httpx.Headers

    def params(self) -> dict[str, Any]:
        """What the call sent, by name, without the csrf members the client fills in."""
        merged = {**self.query, **self.form, **(self.json or {})}
        return {k: v for k, v in merged.items() if k not in ("csrf", "csrf_token")}


def _success_bodies() -> dict[str, dict[str, Any]]:
    bodies: dict[str, dict[str, Any]] = {}
    for path in recording_files():
        rec = load_recording(path)
        if rec["response"]["body"].get("code") == 0:
            bodies.setdefault(rec["operation_id"], rec["response"]["body"])
    return bodies


SUCCESS = _success_bodies()


@dataclass
class Server:
    """A MockTransport handler: records requests, answers with recordings or overrides."""

    sent: list[Sent] = field(default_factory=list)
    overrides: dict[str, Any] = field(default_factory=dict)

    def __call__(self, request: httpx.Request) -> httpx.Response:
        op = description().find(request.method, request.url.path)
        assert op is not None, f"no operation at {request.method} {request.url.path}"
        content_type = request.headers.get("Content-Type", "")
        body = request.content.decode()
        self.sent.append(
            Sent(
                operation_id=op.operation_id,
                host=request.url.host,
                query=dict(request.url.params),
                form=dict(parse_qsl(body, keep_blank_values=True)) if "form-urlencoded" in content_type else {},
                json=json.loads(body) if "json" in content_type else None,
                headers=request.headers,
            )
        )
        answer = self.overrides.get(op.operation_id, SUCCESS[op.operation_id])
        return httpx.Response(200, json=answer)


def sync_client(server: Server) -> BiliClient:
    transport = httpx.MockTransport(server)
    return BiliClient(
        sessdata=SESSDATA, bili_jct=BILI_JCT, retry=NO_RETRY, http_client=httpx.Client(transport=transport)
    )


def async_client(server: Server) -> AsyncBiliClient:
    transport = httpx.MockTransport(server)
    return AsyncBiliClient(
        sessdata=SESSDATA, bili_jct=BILI_JCT, retry=NO_RETRY, http_client=httpx.AsyncClient(transport=transport)
    )


@pytest.fixture(autouse=True)
def _no_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("BILISPEC_BASE_URL", "BILI_SESSDATA", "BILI_JCT"):
        monkeypatch.delenv(name, raising=False)


@dataclass(frozen=True)
class Case:
    method: str  # namespace.method
    args: tuple[Any, ...]
    kwargs: dict[str, Any]
    operation_id: str
    sent: dict[str, Any]  # query and form values as text, JSON values as typed
    result: type | None  # None: the method returns None

    @property
    def id(self) -> str:
        return f"{self.method}->{self.operation_id}"


def case(method: str, *args: Any, op: str, sent: dict[str, Any], result: type | None, **kwargs: Any) -> Case:
    return Case(method, args, kwargs, op, sent, result)


KEY = "609431465787395891"
COVER = "https://i0.hdslb.com/bfs/live/59fc254c1f51a962dbf69ae85e4920f2f6fb8dcd.png"

CASES = [
    # replays
    case(
        "replays.list",
        page=2,
        page_size=10,
        op="anchor_get_replay_list",
        sent={"page": "2", "page_size": "10"},
        result=models.ReplayList,
    ),
    case("replays.list", op="anchor_get_replay_list", sent={}, result=models.ReplayList),
    case(
        "replays.list_for_anchor",
        1,
        time_range=1,
        page=1,
        page_size=2,
        op="get_other_slice_list",
        sent={"live_uid": "1", "time_range": "1", "page": "1", "page_size": "2"},
        result=models.ReplayList,
    ),
    case(
        "replays.info",
        10707664,
        op="get_anchor_video_uid_records_subsect",
        sent={"record_id": "10707664"},
        result=models.ReplayRecordSectionList,
    ),
    case(
        "replays.records",
        [10727160, 10597910],
        op="get_anchor_video_uid_record",
        sent={"records": "10727160,10597910"},
        result=models.ReplayRecordList,
    ),
    case(
        "replays.records",
        10597910,
        op="get_anchor_video_uid_record",
        sent={"records": "10597910"},
        result=models.ReplayRecordList,
    ),
    case(
        "replays.request_download",
        record_id=10597910,
        op="anchor_video_download",
        sent={"record_id": "10597910"},
        result=models.ReplayDownload,
    ),
    case(
        "replays.request_download",
        live_key="607942821532667699",
        op="anchor_video_download",
        sent={"live_key": "607942821532667699"},
        result=models.ReplayDownload,
    ),
    # slices
    case(
        "slices.list_published",
        page=1,
        page_size=3,
        op="anchor_get_video_slice_list",
        sent={"page": "1", "page_size": "3"},
        result=models.VideoSliceList,
    ),
    case(
        "slices.list_published_for_anchor",
        1,
        page=1,
        page_size=20,
        web_location="444.194",
        op="get_published_list",
        sent={"live_uid": "1", "page": "1", "page_size": "20", "web_location": "444.194"},
        result=models.PublishedSliceList,
    ),
    case(
        "slices.stream",
        "637117671085969203",
        1756479520,
        1756488870,
        op="get_slice_stream",
        sent={"live_key": "637117671085969203", "start_time": "1756479520", "end_time": "1756488870"},
        result=models.SliceStreamList,
    ),
    case(
        "slices.stream_for_anchor",
        1,
        "646125196758224691",
        1759507126,
        1759513440,
        op="get_user_slice_stream",
        sent={
            "live_uid": "1",
            "live_key": "646125196758224691",
            "start_time": "1759507126",
            "end_time": "1759513440",
        },
        result=models.SliceStreamList,
    ),
    case(
        "slices.publish",
        KEY,
        1747658704,
        1747659004,
        title="精彩片段",
        cover=COVER,
        highlight=0,
        with_subtitle=False,
        with_danmaku=True,
        with_reserve=True,
        speed="1.5x",
        op="anchor_publish_video_slice",
        sent={
            "live_key": KEY,
            "start_ts": "1747658704",
            "end_ts": "1747659004",
            "av_title": "精彩片段",
            "av_cover": COVER,
            "av_highlight": "0",
            "with_subtitle": "0",
            "with_danmaku": "1",
            "with_reserve": "1",
            "av_speed": "1.5x",
        },
        result=models.PublishedVideoSlice,
    ),
    case(
        "slices.publish_for_anchor",
        1,
        KEY,
        1747658704,
        1747659004,
        title="t",
        cover=COVER,
        op="user_publish_other_video_slice",
        sent={
            "live_uid": "1",
            "live_key": KEY,
            "start_ts": "1747658704",
            "end_ts": "1747659004",
            "av_title": "t",
            "av_cover": COVER,
        },
        result=models.PublishedVideoSlice,
    ),
    # drafts
    case(
        "drafts.list",
        page=1,
        page_size=12,
        op="anchor_get_draft_list",
        sent={"page": "1", "page_size": "12"},
        result=models.DraftList,
    ),
    case(
        "drafts.list_for_anchor",
        1,
        page=1,
        page_size=20,
        op="fan_get_draft_list",
        sent={"live_uid": "1", "page": "1", "page_size": "20"},
        result=models.DraftList,
    ),
    case(
        "drafts.delete",
        988275,
        op="anchor_delete_slice_draft",
        sent={"draft_id": "988275"},
        result=models.DeleteSliceDraftResult,
    ),
    case(
        "drafts.delete_for_anchor",
        1148889,
        op="fan_delete_slice_draft",
        sent={"draft_id": 1148889},  # a JSON body: typed
        result=models.DeleteSliceDraftResult,
    ),
    # highlights
    case(
        "highlights.session_data",
        "607113721045847859",
        "2025-10-02 20:58:21",
        datetime(2025, 10, 2, 17, 21, 6, tzinfo=UTC),  # aware: converted to UTC+8
        op="get_live_session_data",
        sent={"live_key": "607113721045847859", "start_tm": "2025-10-02 20:58:21", "end_tm": "2025-10-03 01:21:06"},
        result=models.LiveSessionData,
    ),
    case(
        "highlights.session_data_for_anchor",
        1,
        "645810156612095795",
        datetime(2025, 10, 2, 20, 58, 21),  # naive: taken as UTC+8
        "2025-10-03 01:21:06",
        op="get_user_live_session_data",
        sent={
            "live_uid": "1",
            "live_key": "645810156612095795",
            "start_tm": "2025-10-02 20:58:21",
            "end_tm": "2025-10-03 01:21:06",
        },
        result=models.LiveSessionData,
    ),
    case(
        "highlights.list",
        "625727121464233779",
        manual_type=2,
        op="anchor_get_manual_highlight_list",
        sent={"live_key": "625727121464233779", "manual_type": "2"},
        result=models.ManualHighlights,
    ),
    case(
        "highlights.list_for_anchor",
        1,
        "645810156612095795",
        manual_type=1,
        op="fan_get_manual_highlight_list",
        sent={"live_uid": "1", "live_key": "645810156612095795", "manual_type": "1"},
        result=models.ManualHighlights,
    ),
    case(
        "highlights.save",
        KEY,
        1747658930,
        1747658960,
        op="anchor_save_manual_highlight",
        sent={"live_key": KEY, "start_ts": "1747658930", "end_ts": "1747658960"},
        result=models.ManualHighlightSaveResult,
    ),
    case(
        "highlights.save_for_anchor",
        1,
        KEY,
        1747658930,
        1747658960,
        op="fan_save_manual_highlight",
        sent={"live_uid": "1", "live_key": KEY, "start_ts": "1747658930", "end_ts": "1747658960"},
        result=models.ManualHighlightSaveResult,
    ),
    case(
        "highlights.key_frames",
        KEY,
        [1747658930, 1747658960],
        op="anchor_get_video_key_frame",
        sent={"live_key": KEY, "time_list": "1747658930,1747658960"},
        result=models.KeyFrameList,
    ),
    case(
        "highlights.key_frames_for_anchor",
        1,
        "645810156612095795",
        (1759410340, 1759418126),
        op="fan_get_video_key_frame",
        sent={"live_uid": 1, "live_key": "645810156612095795", "time_list": "1759410340,1759418126"},
        result=models.KeyFrameList,
    ),
    # room
    case("room.create", op="create_room", sent={"platform": "web"}, result=models.CreatedRoom),
    case(
        "room.update",
        10352053,
        title="新标题",
        area_id=86,
        op="update_room",
        sent={"room_id": "10352053", "title": "新标题", "area_id": "86"},
        result=models.RoomUpdate,
    ),
    case(
        "room.start_live",
        10352053,
        area_id=86,
        platform="pc_link",
        version="7.19.0.9432",
        build=9432,
        op="start_live",
        sent={"room_id": "10352053", "area_v2": "86", "platform": "pc_link", "version": "7.19.0.9432", "build": "9432"},
        result=models.LiveStart,
    ),
    case(
        "room.stop_live",
        10352053,
        platform="pc_link",
        op="stop_live",
        sent={"room_id": "10352053", "platform": "pc_link"},
        result=models.LiveStop,
    ),
    case(
        "room.live_version",
        op="get_home_page_live_version",
        sent={"system_version": "2"},
        result=models.LiveVersion,
    ),
    case(
        "room.update_pre_live_info",
        title="t",
        cover_vertical="https://i0.hdslb.com/v.png",
        live_direction_type=1,
        op="update_pre_live_info",
        sent={
            "platform": "web",
            "mobi_app": "web",
            "build": "1",
            "title": "t",
            "coverVertical": "https://i0.hdslb.com/v.png",
            "liveDirectionType": "1",
        },
        result=models.PreLiveUpdate,
    ),
    case(
        "room.update_news",
        10352053,
        306903238,
        "今晚八点",
        op="update_room_news",
        sent={"room_id": "10352053", "uid": "306903238", "content": "今晚八点"},
        result=None,
    ),
    # votes
    case("votes.panel", 1, op="get_vote_panel", sent={"room_id": "1"}, result=models.VotePanel),
    case("votes.history", 1, op="get_vote_history", sent={"room_id": "1"}, result=models.VoteHistory),
    case(
        "votes.create",
        1,
        question="吃什么",
        option_a="面",
        option_b="饭",
        duration=1,
        op="create_vote",
        sent={"room_id": "1", "question": "吃什么", "option_a": "面", "option_b": "饭", "duration": "1"},
        result=models.CreatedVote,
    ),
    case(
        "votes.terminate",
        1,
        120008099262976,
        op="terminate_vote",
        sent={"room_id": "1", "interaction_id": "120008099262976"},
        result=None,
    ),
    # silent users
    case(
        "silent_users.add",
        10352053,
        306903238,
        "permanent",
        msg="spam",
        op="add_silent_user",
        sent={
            "room_id": "10352053",
            "tuid": "306903238",
            "hour": "-1",
            "type": "1",
            "msg": "spam",
            "mobile_app": "web",
        },
        result=None,
    ),
    case(
        "silent_users.add",
        10352053,
        306903238,
        "session",
        op="add_silent_user",
        sent={"room_id": "10352053", "tuid": "306903238", "hour": "0", "type": "2", "mobile_app": "web"},
        result=None,
    ),
    case(
        "silent_users.add",
        10352053,
        306903238,
        3,
        op="add_silent_user",
        sent={"room_id": "10352053", "tuid": "306903238", "hour": "3", "type": "1", "mobile_app": "web"},
        result=None,
    ),
    case(
        "silent_users.list",
        10352053,
        2,
        op="get_silent_user_list",
        sent={"room_id": "10352053", "ps": "2"},
        result=models.SilentUserPage,
    ),
    case(
        "silent_users.remove",
        10352053,
        13493921,
        op="del_room_block_user",
        sent={"roomid": "10352053", "id": "13493921"},
        result=None,
    ),
    case(
        "silent_users.remove",
        10352053,
        uid=306903238,
        op="del_silent_user",
        sent={"room_id": "10352053", "tuid": "306903238"},
        result=None,
    ),
    # watch reports
    case(
        "watch_reports.progress",
        114514,
        1919810,
        progress=30,
        platform="android",
        op="report_history_progress",
        sent={"aid": "114514", "cid": "1919810", "progress": "30", "platform": "android"},
        result=None,
    ),
    case(
        "watch_reports.heartbeat",
        bvid="BV1xx411c7mD",
        cid=1919810,
        played_time=10,
        type=3,
        play_type=0,
        op="report_web_heartbeat",
        sent={"bvid": "BV1xx411c7mD", "cid": "1919810", "played_time": "10", "type": "3", "play_type": "0"},
        result=None,
    ),
    # bot operations (0.3.0); room number 76 resolves to 14073662 (room_init's recording)
    case("room.resolve", 76, op="room_init", sent={"id": "76"}, result=int),
    case("room.info", 1, op="get_room_info", sent={"room_id": "1"}, result=models.RoomInfo),
    case(
        "room.mute_all",
        76,
        op="set_room_silent",
        sent={"room_id": "14073662", "type": "member", "level": "1", "minute": "0"},
        result=None,
    ),
    case("room.mute_state", 76, op="get_room_silent", sent={"room_id": "14073662"}, result=models.RoomSilent),
    case(
        "room.news",
        76,
        uid=50333369,
        op="get_room_news",
        sent={"room_id": "14073662", "uid": "50333369"},
        result=models.RoomNews,
    ),
    case(
        "room.push_address",
        op="fetch_web_up_stream_addr",
        sent={"platform": "pc", "backup_stream": "0"},
        result=models.UpStreamAddr,
    ),
    case("areas.tree", op="get_area_list", sent={}, result=list),
    case(
        "chat.send",
        76,
        "你好",
        rnd=1744956003,
        op="send_chat_message",
        sent={
            "roomid": "14073662",
            "msg": "你好",
            "rnd": "1744956003",
            "fontsize": "25",
            "color": "16777215",
            "mode": "1",
        },
        result=ChatSent,
    ),
    case(
        "keywords.add",
        76,
        "广告",
        op="add_shield_keyword",
        sent={"room_id": "14073662", "keyword": "广告"},
        result=None,
    ),
    case(
        "keywords.remove",
        76,
        "广告",
        op="del_shield_keyword",
        sent={"room_id": "14073662", "keyword": "广告"},
        result=None,
    ),
    case("keywords.list", 76, op="get_shield_keyword_list", sent={"room_id": "14073662"}, result=list),
    case(
        "admins.appoint",
        306903238,
        op="appoint_room_admin",
        sent={"admin": "306903238", "admin_level": "1"},
        result=None,
    ),
    case("admins.dismiss", 306903238, op="dismiss_room_admin", sent={"uid": "306903238"}, result=None),
    case("admins.list", op="get_room_admins_by_anchor", sent={"page": "1"}, result=list),
    case(
        "blacklist.add",
        1000001,
        1000002,
        op="add_black",
        sent={"tuid": "1000002", "anchor_id": "1000001", "spmid": "444.8.0.0", "visit_id": ""},
        result=None,
    ),
    case(
        "blacklist.remove",
        1000001,
        1000002,
        op="del_black",
        sent={"tuid": "1000002", "anchor_id": "1000001", "spmid": "444.8.0.0", "visit_id": ""},
        result=None,
    ),
    case(
        "blacklist.list",
        1000001,
        op="get_black_list",
        sent={"anchor_id": "1000001", "pn": "1", "ps": "10"},
        result=models.BlackListPage,
    ),
    # message stream
    case("message_stream.refresh_buvid", op="get_buvid", sent={}, result=None),
]


def method_of(client: BiliClient | AsyncBiliClient, dotted: str) -> Callable[..., Any]:
    namespace, name = dotted.split(".")
    method: Callable[..., Any] = getattr(getattr(client, namespace), name)
    return method


def check(server: Server, c: Case, result: Any) -> None:
    if len(server.sent) == 2 and server.sent[0].operation_id == "room_init" != c.operation_id:
        server.sent.pop(0)  # a bot method resolving the room number first (room.resolve, cached per client)
    assert len(server.sent) == 1, "one call, one request"
    sent = server.sent[0]
    assert sent.operation_id == c.operation_id
    assert sent.host == httpx.URL(description()[c.operation_id].host).host
    assert sent.params() == c.sent
    op = description()[c.operation_id]
    for name in ("csrf", "csrf_token"):
        if op.parameter(name) is not None:
            assert {**sent.query, **sent.form}.get(name) == BILI_JCT
    assert f"SESSDATA={SESSDATA}" in sent.headers["Cookie"]
    if c.result is None:
        assert result is None
    else:
        assert isinstance(result, c.result)


@pytest.mark.parametrize("c", CASES, ids=lambda c: c.id)
def test_sync_method(c: Case) -> None:
    server = Server()
    with sync_client(server) as client:
        result = method_of(client, c.method)(*c.args, **c.kwargs)
    check(server, c, result)


@pytest.mark.parametrize("c", CASES, ids=lambda c: c.id)
def test_async_method(c: Case) -> None:
    server = Server()

    async def run() -> Any:
        async with async_client(server) as client:
            method = method_of(client, c.method)
            assert inspect.iscoroutinefunction(method)
            return await method(*c.args, **c.kwargs)

    check(server, c, asyncio.run(run()))


# Operations reached by no named method (every one is, since 0.2.0).
AWAITING_METHODS: set[str] = set()


def test_cases_name_operations_of_the_description() -> None:
    """The table names real operations (an operation added later needs no row here: its method is
    typed by tests/client/test_typing.py and reached by test_every_operation_has_a_method)."""
    assert {c.operation_id for c in CASES} <= set(description().operations)


def test_every_operation_has_a_method() -> None:
    reached = operation_methods()
    assert set(reached) <= set(description().operations)
    assert set(description().operations) - set(reached) <= AWAITING_METHODS
    for c in CASES:  # the table agrees with the methods' own declarations
        assert c.method in reached[c.operation_id]


def test_async_namespaces_mirror_sync_ones() -> None:
    sync, async_ = BiliClient(), AsyncBiliClient()
    for name, (sync_cls, async_cls) in NAMESPACES.items():
        assert isinstance(getattr(sync, name), sync_cls)
        assert isinstance(getattr(async_, name), async_cls)
        public = {m for m in dir(sync_cls) if not m.startswith("_")}
        assert public == {m for m in dir(async_cls) if not m.startswith("_")}, name
        for m in public:
            s, a = getattr(getattr(sync, name), m), getattr(getattr(async_, name), m)
            assert list(inspect.signature(s).parameters) == list(inspect.signature(a).parameters), f"{name}.{m}"
            assert s.__doc__ and a.__doc__, f"{name}.{m} has no docstring"


def test_bound_methods_look_like_methods() -> None:
    client = BiliClient()
    add = client.silent_users.add
    assert add.__name__ == "add"
    assert add.__qualname__ == "SilentUsers.add"
    assert "hour" in (add.__doc__ or "")
    parameters = inspect.signature(add).parameters
    assert list(parameters) == ["room_id", "uid", "duration", "msg", "visit_id"]
    assert parameters["duration"].default is inspect.Parameter.empty


def test_mute_needs_a_duration() -> None:
    server = Server()
    with sync_client(server) as client:
        with pytest.raises(TypeError, match="duration"):
            client.silent_users.add(10352053, 306903238)  # type: ignore[call-arg]
        for wrong in (0, -1, -2, True, "forever", 1.5):
            with pytest.raises(RequestValidationError, match="duration"):
                client.silent_users.add(10352053, 306903238, wrong)  # type: ignore[arg-type]
    assert server.sent == []


def test_download_request_needs_an_id_or_a_key() -> None:
    server = Server()
    with sync_client(server) as client, pytest.raises(RequestValidationError, match="record_id"):
        client.replays.request_download()
    assert server.sent == []


def test_parameter_rules_apply_before_sending() -> None:
    server = Server()
    with sync_client(server) as client:
        with pytest.raises(RequestValidationError, match="page_size"):
            client.replays.list(page_size=31)
        with pytest.raises(RequestValidationError, match="end_ts"):  # at most two hours
            client.slices.publish(KEY, 0, 7201, title="t", cover=COVER)
        with pytest.raises(RequestValidationError, match="av_cover"):
            client.slices.publish(KEY, 0, 60, title="t", cover="https://example.com/c.png")
        with pytest.raises(RequestValidationError, match="time_list"):
            client.highlights.key_frames(KEY, [])
    assert server.sent == []


def test_update_room_partial_failure_is_none() -> None:
    server = Server(overrides={"update_room": {"code": 0, "message": "", "msg": "", "data": []}})
    with sync_client(server) as client:
        assert client.room.update(1, title="t") is None


def test_vote_panel_of_another_room_is_none() -> None:
    server = Server(overrides={"get_vote_panel": {"code": 0, "message": "0", "ttl": 1, "data": None}})
    with sync_client(server) as client:
        assert client.votes.panel(1) is None


def test_results_carry_the_recorded_values() -> None:
    server = Server()
    with sync_client(server) as client:
        download = client.replays.request_download(record_id=10597910)
        page = client.silent_users.list(10352053)
    assert isinstance(download.record, models.ReplayRecord)
    assert download.record.status == 30
    assert download.download_url_list and download.download_url_list[0].startswith("https://upos-")
    assert [u.id for u in page.data or []] == [13493921, 8018136]


def test_unexpected_data_type_is_a_validation_error() -> None:
    with pytest.raises(ResponseValidationError, match="expected VotePanel"):
        _model(models.VotePanel)("get_vote_panel", {"vote_info": {}})
