"""The sandbox's message stream on the wire: the /sub WebSocket with the real framing, auth against
the token getDanmuInfo handed out, heartbeat replies, brotli batches, and what the world emits for
which action, every command checked against the AsyncAPI description."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from httpx_ws import connect_ws

from bilispec.core import frames
from bilispec.core.stream_messages import StreamDescription
from bilispec.sandbox import SANDBOX_ROOM_ID, SANDBOX_UID
from bilispec.sandbox.stream.state import StreamCommandError
from bilispec.testing import InProcessSandbox

WS_URL = InProcessSandbox.base_url + "/sub"
NO_PINGS: dict[str, Any] = {"keepalive_ping_interval_seconds": None}


def token_for(client: Any, room_id: int = SANDBOX_ROOM_ID) -> str:
    info = client.message_stream.danmu_info(room_id)
    return str(info.token)


def commands_of(data: bytes) -> list[dict[str, Any]]:
    return [p.json() for p in frames.decode(data) if p.operation == frames.Operation.COMMAND]


@pytest.fixture
def ws(bili_sandbox: InProcessSandbox, bili_client: Any) -> Iterator[Any]:
    """A raw, authenticated WebSocket to the sandbox's /sub."""
    token = token_for(bili_client)
    with connect_ws(WS_URL, bili_sandbox.http(), **NO_PINGS) as socket:
        socket.send_bytes(frames.auth_body(SANDBOX_ROOM_ID, token, buvid="sandbox-buvid"))
        reply = frames.decode(socket.receive_bytes(timeout=5))
        assert [(p.operation, p.json()) for p in reply] == [(frames.Operation.AUTH_REPLY, {"code": 0})]
        yield socket


def next_commands(ws: Any) -> list[dict[str, Any]]:
    return commands_of(ws.receive_bytes(timeout=5))


def test_commands_come_as_brotli_batches(ws: Any, bili_sandbox: InProcessSandbox) -> None:
    stream = bili_sandbox.stream
    stream.say(1, "one")
    stream.say(2, "two")
    stream.gift(3, "辣条", 5)
    message = ws.receive_bytes(timeout=5)
    outer = frames.HEADER.unpack_from(message)
    assert outer[2] == frames.Protocol.BROTLI and outer[3] == frames.Operation.COMMAND
    commands = commands_of(message)
    assert [c["cmd"] for c in commands] == ["DANMU_MSG", "DANMU_MSG", "SEND_GIFT"]  # one batch of three
    assert [c["info"][1] for c in commands[:2]] == ["one", "two"]


def test_heartbeat_reply_carries_the_popularity(ws: Any, bili_sandbox: InProcessSandbox) -> None:
    bili_sandbox.stream.popularity = 98765
    ws.send_bytes(frames.heartbeat())
    (reply,) = frames.decode(ws.receive_bytes(timeout=5))
    assert reply.operation == frames.Operation.HEARTBEAT_REPLY and reply.popularity() == 98765
    assert bili_sandbox.stream.heartbeats == 1


@pytest.mark.parametrize("case", ["unknown token", "other room", "not an auth packet", "garbage"])
def test_auth_is_checked_against_the_token_handed_out(
    bili_sandbox: InProcessSandbox, bili_client: Any, case: str
) -> None:
    token = token_for(bili_client)
    first = {
        "unknown token": frames.auth_body(SANDBOX_ROOM_ID, "0" * 96),
        "other room": frames.auth_body(SANDBOX_ROOM_ID + 1, token),
        "not an auth packet": frames.heartbeat(),
        "garbage": b"\x00\x01",
    }[case]
    with connect_ws(WS_URL, bili_sandbox.http(), **NO_PINGS) as socket:
        socket.send_bytes(first)
        (reply,) = frames.decode(socket.receive_bytes(timeout=5))
    assert reply.operation == frames.Operation.AUTH_REPLY and reply.json() == {"code": -101}
    assert bili_sandbox.stream.listening() == 0


def test_vote_audit_running_result_follow_the_clock(ws: Any, bili_sandbox: InProcessSandbox, bili_client: Any) -> None:
    vote = bili_client.votes.create(SANDBOX_ROOM_ID, question="q?", option_a="a", option_b="b", duration=1)
    states = []
    for advance in (0, 2, 60):
        bili_sandbox.clock.advance(advance)
        (command,) = next_commands(ws)
        assert command["cmd"] == "DM_INTERACTION" and command["data"]["type"] == 101
        assert command["data"]["id"] == vote.interaction_id
        states.append(command["data"]["status"])
    assert states == [1, 4, 5]


def test_a_jump_of_the_clock_still_sends_every_state(ws: Any, bili_sandbox: InProcessSandbox, bili_client: Any) -> None:
    bili_sandbox.clock.advance(1)
    bili_client.votes.create(SANDBOX_ROOM_ID, question="q?", option_a="a", option_b="b", duration=1)
    bili_sandbox.clock.advance(3600)  # before the sandbox looked: created, reviewed and ended at once
    seen: list[int] = []
    while len(seen) < 3:
        seen += [c["data"]["status"] for c in next_commands(ws)]
    assert seen == [1, 4, 5]


def test_mute_sends_room_block_msg(ws: Any, bili_client: Any) -> None:
    bili_client.silent_users.add(SANDBOX_ROOM_ID, 500_123, 1, msg="spam")
    (command,) = next_commands(ws)
    assert command["cmd"] == "ROOM_BLOCK_MSG"
    assert command["uid"] == "500123" and command["data"]["uid"] == 500_123  # a string, and an integer


def test_start_update_stop_send_live_room_change_preparing(ws: Any, bili_client: Any) -> None:
    bili_client.room.start_live(SANDBOX_ROOM_ID, area_id=371)
    (live,) = next_commands(ws)
    bili_client.room.update(SANDBOX_ROOM_ID, title="新标题")
    (change,) = next_commands(ws)
    bili_client.room.stop_live(SANDBOX_ROOM_ID)
    (preparing,) = next_commands(ws)
    assert (live["cmd"], live["roomid"]) == ("LIVE", SANDBOX_ROOM_ID)
    assert (change["cmd"], change["data"]["title"]) == ("ROOM_CHANGE", "新标题")
    assert (preparing["cmd"], preparing["roomid"]) == ("PREPARING", str(SANDBOX_ROOM_ID))


def test_room_wide_mute_and_blocked_keywords_hold_for_viewers(
    ws: Any, bili_sandbox: InProcessSandbox, bili_client: Any
) -> None:
    stream = bili_sandbox.stream
    bili_client.room.mute_all(SANDBOX_ROOM_ID, minutes=10)
    (on,) = next_commands(ws)
    assert on["cmd"] == "ROOM_SILENT_ON" and on["data"]["type"] == "member" and on["data"]["second"] > 0
    assert stream.say(500_001, "还能说话吗") is False  # a viewer is silenced
    assert stream.say(SANDBOX_UID, "主播在")
    (anchor_says,) = next_commands(ws)  # the anchor still speaks; the viewer's line never came
    assert anchor_says["info"][1] == "主播在"
    bili_client.room.unmute_all(SANDBOX_ROOM_ID)
    (off,) = next_commands(ws)
    assert off == {"cmd": "ROOM_SILENT_OFF", "data": {"type": "", "level": 0, "second": 0}}
    bili_client.keywords.add(SANDBOX_ROOM_ID, "广告")
    assert stream.say(500_001, "看广告啦") is False
    assert stream.say(500_001, "你好")
    (hello,) = next_commands(ws)
    assert hello["info"][1] == "你好" and stream.refused == []


def test_a_message_the_bot_sends_reaches_the_stream_unless_filtered(ws: Any, bili_client: Any) -> None:
    bili_client.keywords.add(SANDBOX_ROOM_ID, "广告")
    filtered = bili_client.chat.send(SANDBOX_ROOM_ID, "广告位招租")
    sent = bili_client.chat.send(SANDBOX_ROOM_ID, "欢迎来到直播间")
    assert (filtered.sent, sent.sent) == (False, True)
    (shown,) = next_commands(ws)  # only the message the room showed
    assert (shown["cmd"], shown["info"][1], shown["info"][2][0]) == ("DANMU_MSG", "欢迎来到直播间", 10_000_001)


def test_every_command_sent_is_valid(ws: Any, bili_sandbox: InProcessSandbox, bili_client: Any) -> None:
    stream = bili_sandbox.stream
    stream.say(7, "弹幕")
    stream.gift(7)
    stream.entry(7)
    bili_client.votes.create(SANDBOX_ROOM_ID, question="q?", option_a="a", option_b="b", duration=1)
    bili_client.silent_users.add(SANDBOX_ROOM_ID, 7, "session")
    bili_client.room.start_live(SANDBOX_ROOM_ID, area_id=371)
    received: list[dict[str, Any]] = []
    while len(received) < 6:
        received += next_commands(ws)
    description = StreamDescription.load()
    for command in received:
        breaks = [f for f in description.check(command) if f.rule != "drift"]
        assert not breaks, (command["cmd"], [str(f) for f in breaks])
    assert stream.refused == []


def test_a_command_that_breaks_its_schema_is_refused(bili_sandbox: InProcessSandbox) -> None:
    broken = {"cmd": "ROOM_BLOCK_MSG", "data": {"uid": "not a number", "uname": 3}, "uid": 1, "uname": "x"}
    with pytest.raises(StreamCommandError, match="ROOM_BLOCK_MSG"):
        bili_sandbox.stream.emit(SANDBOX_ROOM_ID, broken)
    assert bili_sandbox.stream.refused and bili_sandbox.stream.sent == []


def test_a_served_sandbox_drops_it_and_logs(bili_sandbox: InProcessSandbox, caplog: Any) -> None:
    stream = bili_sandbox.stream
    stream.raise_on_invalid = False
    stream.emit(SANDBOX_ROOM_ID, {"cmd": "ROOM_BLOCK_MSG", "data": {"uid": "x"}, "uid": 1, "uname": 2})
    assert stream.sent == [] and "dropped command 'ROOM_BLOCK_MSG'" in caplog.text
