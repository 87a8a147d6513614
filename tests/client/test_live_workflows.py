"""The client's workflows for what the live API does beyond the pages (description 0.2.0).

Muting by duration (hour and type), unmuting by uid or record id, going live with the streaming
app's version pair fetched first, stopping with `platform`, identity verification as a typed error,
and the muted-user list paged under either reading of its paging. Scripted servers (MockTransport)
pin what is sent; the sandbox runs the flows end to end.
"""

from __future__ import annotations

import asyncio
import math
from collections.abc import Callable, Iterator
from typing import Any
from urllib.parse import parse_qsl

import httpx
import pytest

from bilispec import AsyncBiliClient, BiliClient
from bilispec.errors import VerificationRequiredError
from bilispec.sandbox import (
    SANDBOX_BILI_JCT,
    SANDBOX_ROOM_ID,
    SANDBOX_SESSDATA,
    ManualClock,
    World,
    create_app,
)

from ..client_support import BILI_JCT, SESSDATA, Recorder, json_response, success_body
from ..conftest import report_figure

ROOM = 10352053


def form(request: httpx.Request) -> dict[str, str]:
    return dict(parse_qsl(request.content.decode(), keep_blank_values=True))


def client_for(recorder: Recorder) -> BiliClient:
    return BiliClient(
        sessdata=SESSDATA, bili_jct=BILI_JCT, http_client=httpx.Client(transport=httpx.MockTransport(recorder))
    )


# -- going live --------------------------------------------------------------------------------


def test_going_live_asks_for_the_version_pair_first() -> None:
    version = {"code": 0, "message": "0", "ttl": 1, "data": {"curr_version": "7.19.0.9432", "build": 9432}}
    recorder = Recorder(json_response(version), json_response(success_body("start_live")))
    with client_for(recorder) as client:
        client.room.start_live(ROOM, area_id=86)
    asked, started = recorder.requests
    assert asked.url.path.endswith("/getHomePageLiveVersion") and asked.url.params["system_version"] == "2"
    sent = form(started)
    assert (sent["version"], sent["build"], sent["platform"]) == ("7.19.0.9432", "9432", "pc_link")


def test_a_given_version_pair_is_sent_as_it_is() -> None:
    recorder = Recorder(json_response(success_body("start_live")))
    with client_for(recorder) as client:
        client.room.start_live(ROOM, area_id=86, platform="android_link", version="7.0.0", build=7000)
    (started,) = recorder.requests
    assert (form(started)["version"], form(started)["build"], form(started)["platform"]) == (
        "7.0.0",
        "7000",
        "android_link",
    )


def test_stopping_always_sends_a_platform() -> None:
    recorder = Recorder(json_response(success_body("stop_live")))
    with client_for(recorder) as client:
        client.room.stop_live(ROOM)
    assert form(recorder.requests[0])["platform"] == "pc_link"


@pytest.mark.parametrize(
    ("answer", "url", "voucher"),
    [
        (
            {
                "code": 60024,
                "message": "目标分区需要人脸认证",
                "data": {"qr": "https://example.test/face?x=1", "need_face_auth": True, "protocols": None},
            },
            "https://example.test/face?x=1",
            None,
        ),
        (
            {"code": 60043, "message": "本次开播需要身份验证", "data": {"risk_extra": {"v_voucher": "voucher-123"}}},
            None,
            "voucher-123",
        ),
    ],
)
def test_identity_verification_is_a_typed_error_with_the_way_forward(
    answer: dict[str, Any], url: str | None, voucher: str | None
) -> None:
    recorder = Recorder(json_response(answer))
    with client_for(recorder) as client, pytest.raises(VerificationRequiredError) as raised:
        client.room.start_live(ROOM, area_id=86, version="7.19.0.9432", build=9432)
    error = raised.value
    assert error.code == answer["code"] and error.verification_url == url and error.v_voucher == voucher
    assert error.face_auth_url(42).endswith("source_event=400&mid=42")
    assert error.meaning  # the description's meaning of the code


# -- muting ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("duration", "hour", "kind"), [(1, "1", "1"), (72, "72", "1"), ("session", "0", "2"), ("permanent", "-1", "1")]
)
def test_a_mute_sends_hour_and_type(duration: Any, hour: str, kind: str) -> None:
    recorder = Recorder(json_response({"code": 0, "message": "0", "ttl": 1, "data": {}}))
    with client_for(recorder) as client:
        client.silent_users.add(ROOM, 42, duration)
    sent = form(recorder.requests[0])
    assert (sent["hour"], sent["type"]) == (hour, kind)


def test_unmuting_by_uid_or_by_record() -> None:
    recorder = Recorder(json_response({"code": 0, "message": "", "msg": "", "data": []}))
    with client_for(recorder) as client:
        client.silent_users.remove(ROOM, uid=42)
        client.silent_users.remove(ROOM, 13493921)
        with pytest.raises(Exception, match="record_id"):
            client.silent_users.remove(ROOM, 1, uid=2)
    by_uid, by_record = recorder.requests
    assert by_uid.url.path.endswith("/DelSilentUser") and form(by_uid)["tuid"] == "42"
    assert by_record.url.path.endswith("/del_room_block_user") and form(by_record)["id"] == "13493921"


# -- the muted-user list under both readings of its paging -------------------------------------


class MuteList:
    """A list server of `count` records reading the paging one way: "ps" (ps is the page number,
    10 to a page) or "pn" (pn the page, ps its size; the answer carries pn and ps)."""

    def __init__(self, count: int, reading: str) -> None:
        self.count, self.reading = count, reading
        self.asked: list[tuple[str | None, str | None]] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        sent = form(request)
        self.asked.append((sent.get("pn"), sent.get("ps")))
        if self.reading == "pn":
            page, size = int(sent["pn"]), int(sent["ps"])
        else:
            page, size = int(sent["ps"]), 10
        records = [
            {
                "id": 1000 + n,
                "tuid": 500 + n,
                "tname": f"u{n}",
                "uid": 1,
                "name": "anchor",
                "ctime": "2026-01-01 00:00:00",
                "is_anchor": 1,
                "face": "",
                "admin_level": 0,
                "msg": "",
                "is_mystery": False,
                "block_end_time": "",
                "type": 0,
            }
            for n in range(self.count)
        ]
        data: dict[str, Any] = {"data": records[(page - 1) * size : page * size], "total": self.count}
        if math.ceil(self.count / size) > 1:
            data["total_page"] = math.ceil(self.count / size)
        if self.reading == "pn":
            data.update(pn=page, ps=size)
        return json_response({"code": 0, "message": "0", "ttl": 1, "data": data})


@pytest.mark.parametrize("reading", ["ps", "pn"])
@pytest.mark.parametrize("count", [0, 1, 10, 23])
def test_every_mute_once_whichever_paging_the_server_reads(reading: str, count: int) -> None:
    server = MuteList(count, reading)
    with BiliClient(
        sessdata=SESSDATA, bili_jct=BILI_JCT, http_client=httpx.Client(transport=httpx.MockTransport(server))
    ) as client:
        ids = [record.id for record in client.silent_users.iter_all(ROOM)]
    assert ids == [1000 + n for n in range(count)]
    pages = max(1, math.ceil(count / 10))
    expected = (
        [("1", "1"), *[(str(p), str(p)) for p in range(2, pages + 1)]]
        if reading == "ps"
        else [
            ("1", "1"),
            *[(str(p), "10") for p in range(1, pages + 1)],
        ]
    )
    if reading == "pn" and count == 0:
        expected = [("1", "1"), ("1", "10")]
    assert server.asked == expected
    report_figure(f"silent users: {count} mutes read by {reading!r} paging in {len(server.asked)} requests")


def test_the_async_walk_is_the_same_walk() -> None:
    server = MuteList(23, "pn")
    http = httpx.AsyncClient(transport=httpx.MockTransport(lambda r: server(r)))

    async def walk() -> list[int]:
        async with AsyncBiliClient(sessdata=SESSDATA, bili_jct=BILI_JCT, http_client=http) as client:
            return [record.id async for record in client.silent_users.iter_all(ROOM)]

    assert asyncio.run(walk()) == [1000 + n for n in range(23)]


# -- end to end against the sandbox ------------------------------------------------------------


@pytest.fixture()
def world() -> World:
    return World(ManualClock())


@pytest.fixture()
def client(world: World, serve: Callable[[Any], str]) -> Iterator[BiliClient]:
    with BiliClient(base_url=serve(create_app(world)), sessdata=SANDBOX_SESSDATA, bili_jct=SANDBOX_BILI_JCT) as c:
        yield c


def muted_uids(client: BiliClient) -> set[int]:
    return {record.tuid for record in client.silent_users.iter_all(SANDBOX_ROOM_ID)}


def test_a_session_mute_lapses_when_the_stream_ends(client: BiliClient) -> None:
    client.room.start_live(SANDBOX_ROOM_ID, area_id=371)
    client.silent_users.add(SANDBOX_ROOM_ID, 4242, "session")
    client.silent_users.add(SANDBOX_ROOM_ID, 4343, "permanent")
    assert {4242, 4343} <= muted_uids(client)
    client.room.stop_live(SANDBOX_ROOM_ID)
    after = muted_uids(client)
    assert 4242 not in after and 4343 in after


def test_unmute_by_uid_against_the_sandbox(client: BiliClient) -> None:
    client.silent_users.add(SANDBOX_ROOM_ID, 4242, 2)
    record = next(r for r in client.silent_users.iter_all(SANDBOX_ROOM_ID) if r.tuid == 4242)
    assert record.type_ == 1 and record.block_end_time  # timed: it says when it ends
    client.silent_users.remove(SANDBOX_ROOM_ID, uid=4242)
    assert 4242 not in muted_uids(client)


def test_going_live_end_to_end_fetches_the_pair(client: BiliClient) -> None:
    live = client.room.start_live(SANDBOX_ROOM_ID, area_id=371)
    assert live.rtmp is not None and live.rtmp.addr
    assert client.room.stop_live(SANDBOX_ROOM_ID).change == 1


@pytest.mark.parametrize("code", [60024, 60043])
def test_the_sandbox_can_require_identity_verification(client: BiliClient, world: World, code: int) -> None:
    world.rooms.verification = code
    with pytest.raises(VerificationRequiredError) as raised:
        client.room.start_live(SANDBOX_ROOM_ID, area_id=371)
    assert raised.value.code == code
    assert (raised.value.verification_url is not None) == (code == 60024)
    assert (raised.value.v_voucher is not None) == (code == 60043)
    world.rooms.verification = None  # verified: going live works again
    assert client.room.start_live(SANDBOX_ROOM_ID, area_id=371).status == "LIVE"


@pytest.mark.parametrize("paging", ["both", "ps"])
def test_the_walk_against_either_sandbox_paging(client: BiliClient, world: World, paging: str) -> None:
    world.silent_users.paging = paging
    for uid in range(600_000, 600_015):
        client.silent_users.add(SANDBOX_ROOM_ID, uid, "permanent")
    records = list(client.silent_users.iter_all(SANDBOX_ROOM_ID))
    assert len(records) == len({r.id for r in records}) == 12 + 15


def test_a_stranger_gets_the_documented_100004(world: World, serve: Callable[[Any], str]) -> None:
    from bilispec.errors import ApiError
    from bilispec.sandbox import SANDBOX_OTHER_BILI_JCT, SANDBOX_OTHER_SESSDATA

    url = serve(create_app(world))
    stranger = BiliClient(base_url=url, sessdata=SANDBOX_OTHER_SESSDATA, bili_jct=SANDBOX_OTHER_BILI_JCT)
    with stranger:
        for attempt in (
            lambda: stranger.silent_users.list(SANDBOX_ROOM_ID),
            lambda: stranger.silent_users.add(SANDBOX_ROOM_ID, 42, 1),
        ):
            with pytest.raises(ApiError) as refused:
                attempt()
            assert refused.value.code == 100004 and refused.value.meaning
