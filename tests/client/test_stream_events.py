"""Typed events (client/events.py) from real commands: names for DANMU_MSG's `info`, the decoded
vote of DM_INTERACTION 101, RawEvent for an unknown cmd, findings instead of exceptions."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from bilispec import events
from bilispec.core.stream_messages import StreamDescription, command_name

CORPUS = Path(__file__).resolve().parents[1] / "stream_messages"
CASES = sorted(CORPUS.glob("*/*.json"))


def _case(cmd: str, contains: str = "") -> dict[str, Any]:
    for path in sorted((CORPUS / cmd).glob("*.json")):
        text = path.read_text(encoding="utf-8")
        if contains in text:
            return dict(json.loads(text)["command"])
    raise LookupError(f"no {cmd} case holding {contains!r}")


def test_every_described_command_has_its_class() -> None:
    assert set(events.EVENT_CLASSES) == StreamDescription.load().commands()


@pytest.mark.parametrize("path", CASES, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_real_messages_parse_to_their_class(path: Path) -> None:
    command = json.loads(path.read_text(encoding="utf-8"))["command"]
    event = events.parse(command)
    assert type(event) is not events.RawEvent and event.name == command_name(command)
    assert event.valid and event.findings == () and event.raw is command


def test_danmaku_info_has_names() -> None:
    # bilibili-API-collect's DANMU_MSG example: tim1997 (6088969) wearing the 果咩吖 medal, level 29.
    event = events.parse(_case("DANMU_MSG", "tim1997"))
    assert isinstance(event, events.DanmakuMessage)
    assert (event.text, event.uid, event.uname) == ("白花300块[热]", 6088969, "tim1997")
    assert event.medal == events.Medal(29, "果咩吖", "果宝Official", 31180317, 2951253, 1, True)
    assert (event.mode, event.font_size, event.colour, event.timestamp) == (1, 25, 9920249, 1723979200649)
    assert event.emoticon is None and event.guard_level == 0 and event.user_level == 39


def test_danmaku_without_medal() -> None:
    command = _case("DANMU_MSG", "tim1997")
    for none in ([], None):
        info = [*command["info"][:3], none, *command["info"][4:]]
        event = events.parse({**command, "info": info})
        assert isinstance(event, events.DanmakuMessage) and event.medal is None and event.valid


def test_vote_interaction_carries_the_decoded_vote() -> None:
    event = events.parse(_case("DM_INTERACTION", '"type": 101'))
    assert isinstance(event, events.VoteInteraction)
    assert event.state == 2 and event.vote_id == 98014370742272  # the audit failed
    assert event.state_name == "AUDIT_FAILED"  # named by the OpenAPI description's VoteStatus
    assert [o.desc for o in event.options] == ["赞成", "弃权"] and event.audit_reason
    assert event.vote is not None and event.vote.vote_id == event.vote_id


def test_other_interactions_decode_their_data() -> None:
    event = events.parse(_case("DM_INTERACTION", '"type": 104'))
    assert type(event) is events.Interaction and event.type == 104 and event.details["gift_id"] == 33988


def test_unknown_cmd_is_a_raw_event() -> None:
    event = events.parse({"cmd": "BRAND_NEW_THING", "data": {"x": 1}})
    assert type(event) is events.RawEvent and event.raw["data"] == {"x": 1}
    assert [f.kind for f in event.findings] == ["command"] and event.valid


def test_schema_break_arrives_with_findings() -> None:
    command = _case("ROOM_BLOCK_MSG")
    broken = {**command, "data": {**command["data"], "uid": ["not", "a", "uid"]}}
    event = events.parse(broken)
    assert isinstance(event, events.RoomBlock) and not event.valid
    assert [f.pointer for f in event.findings] == ["/data/uid"]
    assert events.parse({"cmd": "DANMU_MSG", "info": "nonsense"}).text == ""  # no exception either


def test_room_state_events() -> None:
    assert events.parse(_case("PREPARING", '"1017"')).room_id == 1017  # roomid sent as a string
    live = events.parse(_case("LIVE"))
    assert isinstance(live, events.Live) and live.live_key == "234304209915761953"
    change = events.parse(_case("ROOM_CHANGE", "CS"))
    assert isinstance(change, events.RoomChange) and change.title == "开始白给CS" and change.area_id == 371
    assert change.change is not None and change.change.live_key == "320830629635915849"


def test_audience_events() -> None:
    word = events.parse(_case("INTERACT_WORD"))
    assert isinstance(word, events.InteractWord) and word.uid and word.uname and word.msg_type in (1, 2, 3)
    assert word.trigger_time > 2**53  # nanoseconds, exact
    gift = events.parse(_case("SEND_GIFT", "jiudays"))
    assert isinstance(gift, events.Gift) and gift.gift_name and gift.num >= 1 and gift.coin_type in ("gold", "silver")
    chat = events.parse(_case("SUPER_CHAT_MESSAGE", "jiudays"))
    assert isinstance(chat, events.SuperChat) and chat.message and chat.price > 0
    v2 = events.parse({"cmd": "SEND_GIFT_V2", "data": {"data": {"pb": "CAE="}}})
    assert isinstance(v2, events.GiftV2) and v2.pb == "CAE=" and v2.valid
