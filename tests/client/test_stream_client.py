"""client.stream(room_id) against the in-process sandbox: getting in, events, heartbeats, reconnects,
auth failure, votes followed to their result, and no secret anywhere."""

from __future__ import annotations

import asyncio
import itertools
import logging
import threading
import time
from typing import Any

import pytest

from bilispec.client.events import Event, RawEvent
from bilispec.client.stream import StreamAuthError, StreamClosedError, StreamPolicy
from bilispec.core.errors import RiskControlError
from bilispec.sandbox import SANDBOX_ROOM_ID
from bilispec.sandbox.votes.backend import REVIEW_SECONDS
from bilispec.testing import InProcessSandbox

VIEWER = 42_000_001


def operations(sandbox: InProcessSandbox) -> list[str]:
    return [entry.operation for entry in sandbox.requests]


def wait_until(condition: Any, seconds: float = 5.0) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.01)


# -- getting in ------------------------------------------------------------------------------------


def test_danmu_info_needs_a_signature_and_a_buvid(bili_sandbox: InProcessSandbox) -> None:
    http = bili_sandbox.http()
    unsigned = http.get("/xlive/web-room/v1/index/getDanmuInfo", params={"id": SANDBOX_ROOM_ID}).json()
    assert unsigned == {"code": -352, "message": "-352", "ttl": 1}  # no data, as the real one
    with bili_sandbox.client(sessdata="", bili_jct="") as anonymous:
        info = anonymous.message_stream.danmu_info(SANDBOX_ROOM_ID)
        assert info.token and info.host_list
        device = anonymous._engine.device
        assert device.uid == 0 and device.buvid3  # nav answered -101 with the keys; finger/spi the buvid
    assert operations(bili_sandbox)[-3:] == ["get_nav", "get_buvid", "get_danmu_info"]


def test_signed_request_without_buvid_is_refused(bili_client: Any, bili_sandbox: InProcessSandbox) -> None:
    bili_client.message_stream.refresh_keys()  # keys, but no buvid3 cookie
    with pytest.raises(RiskControlError) as caught:
        bili_client.call("get_danmu_info", id=SANDBOX_ROOM_ID)
    assert caught.value.code == -352


def test_keys_are_kept_and_fetched_again_after_352(bili_client: Any, bili_sandbox: InProcessSandbox) -> None:
    bili_client.message_stream.danmu_info(SANDBOX_ROOM_ID)
    bili_client.message_stream.danmu_info(SANDBOX_ROOM_ID)
    assert operations(bili_sandbox).count("get_nav") == 1  # cached per client
    # Every attempt of the next call answers -352: the flow fetches the keys again and tries once more.
    bili_sandbox.faults.add("get_danmu_info", code=-352, times=bili_client.retry.max_attempts)
    assert bili_client.message_stream.danmu_info(SANDBOX_ROOM_ID).token
    assert operations(bili_sandbox).count("get_nav") == 2
    assert bili_client._engine.device.uid == bili_sandbox.world.accounts[0].uid  # logged in: nav's mid


# -- events ----------------------------------------------------------------------------------------


def test_sync_stream_yields_what_viewers_do(bili_client: Any, bili_sandbox: InProcessSandbox) -> None:
    with bili_client.stream(SANDBOX_ROOM_ID) as events:
        assert bili_sandbox.stream.listening() == 1
        bili_sandbox.stream.say(VIEWER, "第一条弹幕")
        bili_sandbox.stream.gift(VIEWER, "小花花", 3)
        bili_sandbox.stream.entry(VIEWER)
        got = list(itertools.islice(events, 3))
    assert [e.cmd for e in got] == ["DANMU_MSG", "SEND_GIFT", "INTERACT_WORD"]
    assert got[0].raw["info"][1] == "第一条弹幕" and got[0].raw["info"][2][0] == VIEWER
    assert got[1].raw["data"]["num"] == 3
    assert got[2].raw["data"]["trigger_time"] > 2**53  # nanoseconds, read exactly
    wait_until(lambda: bili_sandbox.stream.listening() == 0)


def test_async_stream_yields_what_viewers_do(async_bili_client: Any, bili_sandbox: InProcessSandbox) -> None:
    async def main() -> list[str]:
        texts = []
        async with async_bili_client.stream(SANDBOX_ROOM_ID) as events:
            bili_sandbox.stream.say(VIEWER, "hello")
            bili_sandbox.stream.say(VIEWER + 1, "world")
            async for event in events:
                texts.append(event.raw["info"][1])
                if len(texts) == 2:
                    break
        return texts

    assert asyncio.run(main()) == ["hello", "world"]


def test_unknown_command_arrives_raw(bili_client: Any, bili_sandbox: InProcessSandbox) -> None:
    new = {"cmd": "SOMETHING_NEW_2027", "data": {"anything": [1, 2]}}
    with bili_client.stream(SANDBOX_ROOM_ID) as events:
        bili_sandbox.stream.emit(SANDBOX_ROOM_ID, new)
        event = next(events)
    assert isinstance(event, RawEvent) and event.cmd == "SOMETHING_NEW_2027" and event.raw == new


def test_schema_breaking_command_arrives_with_findings(bili_client: Any, bili_sandbox: InProcessSandbox) -> None:
    state = bili_sandbox.stream
    with bili_client.stream(SANDBOX_ROOM_ID) as events:
        state.say(VIEWER, "fine")
        broken = dict(state.sent[-1])
        broken["info"] = [*broken["info"]]
        broken["info"][1] = 12345  # the text as a number: breaks DANMU_MSG's schema
        state.checker = lambda command: []  # let the sandbox send what it would refuse
        state.emit(SANDBOX_ROOM_ID, broken)
        state.say(VIEWER, "still going")
        got = list(itertools.islice(events, 3))
    assert [e.raw["info"][1] for e in got] == ["fine", 12345, "still going"]
    assert not got[0].findings and got[1].findings and not got[2].findings


# -- heartbeats, reconnects, auth ------------------------------------------------------------------


def test_heartbeats_follow_the_injected_clock(bili_client: Any, bili_sandbox: InProcessSandbox) -> None:
    ticks = itertools.count(0, 31)  # every reading of the clock is 31 s later: a heartbeat is due each time
    policy = StreamPolicy(clock=lambda: float(next(ticks)))
    bili_sandbox.stream.popularity = 4321
    with bili_client.stream(SANDBOX_ROOM_ID, policy=policy) as events:
        for n in range(3):
            bili_sandbox.stream.say(VIEWER, f"m{n}")
            next(events)
        wait_until(lambda: bili_sandbox.stream.heartbeats >= 3)
        bili_sandbox.stream.say(VIEWER, "after the replies")
        next(events)
        assert events.popularity == 4321


def test_no_heartbeat_before_it_is_due(bili_client: Any, bili_sandbox: InProcessSandbox) -> None:
    now = [1000.0]
    with bili_client.stream(SANDBOX_ROOM_ID, policy=StreamPolicy(clock=lambda: now[0])) as events:
        bili_sandbox.stream.say(VIEWER, "a")
        next(events)  # the first heartbeat goes at once
        bili_sandbox.stream.say(VIEWER, "b")
        next(events)
        wait_until(lambda: bili_sandbox.stream.heartbeats == 1)
        now[0] += 29.0
        bili_sandbox.stream.say(VIEWER, "c")
        next(events)
        assert bili_sandbox.stream.heartbeats == 1
        now[0] += 2.0
        bili_sandbox.stream.say(VIEWER, "d")
        next(events)
        wait_until(lambda: bili_sandbox.stream.heartbeats == 2)


def test_reconnects_with_a_fresh_token(bili_client: Any, bili_sandbox: InProcessSandbox) -> None:
    state = bili_sandbox.stream
    with bili_client.stream(SANDBOX_ROOM_ID) as events:
        state.say(VIEWER, "before")
        assert next(events).raw["info"][1] == "before"
        state.drop()  # every connection closed, every token handed out expired
        got: list[Event] = []
        reader = threading.Thread(target=lambda: got.append(next(events)))
        reader.start()
        wait_until(lambda: len(state.tokens_used) == 2 and state.listening() == 1)
        state.say(VIEWER, "after")
        reader.join(timeout=5)
    assert got and got[0].raw["info"][1] == "after"
    assert len(set(state.tokens_used)) == 2
    assert operations(bili_sandbox).count("get_danmu_info") == 2


def test_reconnects_give_up_after_max_reconnects(bili_sandbox: InProcessSandbox) -> None:
    policy = StreamPolicy(max_reconnects=2)
    with bili_sandbox.client() as client, client.stream(SANDBOX_ROOM_ID, policy=policy) as events:
        bili_sandbox.stream.refuse_auth = True
        bili_sandbox.stream.drop()
        with pytest.raises(StreamClosedError, match="after 2 attempts"):
            next(events)


def test_refused_auth_is_a_typed_error_without_the_token(
    bili_client: Any, bili_sandbox: InProcessSandbox, caplog: pytest.LogCaptureFixture
) -> None:
    bili_sandbox.stream.refuse_auth = True
    with caplog.at_level(logging.DEBUG), pytest.raises(StreamAuthError) as caught:
        bili_client.stream(SANDBOX_ROOM_ID).__enter__()
    assert caught.value.code == -101
    token = next(iter(bili_sandbox.stream.tokens))
    shown = str(caught.value) + repr(caught.value) + caplog.text
    assert token not in shown


def test_async_refused_auth(async_bili_client: Any, bili_sandbox: InProcessSandbox) -> None:
    async def main() -> None:
        async with async_bili_client.stream(SANDBOX_ROOM_ID):
            pass

    bili_sandbox.stream.refuse_auth = True
    with pytest.raises(StreamAuthError):
        asyncio.run(main())


def test_no_secret_in_logs_reprs_or_errors(bili_client: Any, bili_sandbox: InProcessSandbox, caplog: Any) -> None:
    with caplog.at_level(logging.DEBUG):
        with bili_client.stream(SANDBOX_ROOM_ID) as events:
            bili_sandbox.stream.say(VIEWER, "hi")
            next(events)
            shown = [repr(events), str(events), repr(bili_client), repr(bili_client._engine.device)]
        bili_sandbox.stream.refuse_auth = True
        with pytest.raises(StreamAuthError) as caught:
            bili_client.stream(SANDBOX_ROOM_ID).__enter__()
    device = bili_client._engine.device
    secrets = [*bili_sandbox.stream.tokens, device.buvid3, device.mixin, bili_client._engine.credentials.sessdata]
    text = "\n".join([*shown, caplog.text, str(caught.value), repr(caught.value)])
    assert all(secret and secret not in text for secret in secrets)
    assert "message stream room" in caplog.text  # it did log, without them


# -- votes -----------------------------------------------------------------------------------------


def vote_states(events: list[Event]) -> list[int]:
    return [e.raw["data"]["status"] for e in events]


def test_vote_followed_to_its_result(bili_client: Any, bili_sandbox: InProcessSandbox) -> None:
    follow = bili_client.create_and_follow_vote(
        SANDBOX_ROOM_ID, question="今天唱几首", option_a="三首", option_b="五首", duration=1
    )
    seen = [next(follow)]  # waiting for audit
    bili_sandbox.clock.advance(REVIEW_SECONDS)
    seen.append(next(follow))  # running
    bili_sandbox.clock.advance(60)
    seen.append(next(follow))  # ended
    with pytest.raises(StopIteration):
        next(follow)
    assert vote_states(seen) == [1, 4, 5]
    assert {e.raw["data"]["type"] for e in seen} == {101}


def test_vote_refused_by_the_audit(bili_client: Any, bili_sandbox: InProcessSandbox) -> None:
    with bili_client.stream(SANDBOX_ROOM_ID) as events:
        vote = bili_client.votes.create(
            SANDBOX_ROOM_ID, question="forbidden words", option_a="a", option_b="b", duration=1
        )
        bili_sandbox.clock.advance(REVIEW_SECONDS)
        seen = list(events.follow_vote(vote.interaction_id))
    assert vote_states(seen) == [1, 2]
    assert "审核" in seen[-1].raw["data"]["data"]  # the audit reason, in the JSON string


def test_async_vote_stopped(async_bili_client: Any, bili_sandbox: InProcessSandbox) -> None:
    async def main() -> list[Event]:
        seen: list[Event] = []
        follow = async_bili_client.create_and_follow_vote(
            SANDBOX_ROOM_ID, question="继续吗", option_a="是", option_b="否", duration=2
        )
        seen.append(await anext(follow))
        bili_sandbox.clock.advance(REVIEW_SECONDS)
        seen.append(await anext(follow))
        await async_bili_client.votes.terminate(SANDBOX_ROOM_ID, seen[0].raw["data"]["id"])
        seen.extend([event async for event in follow])
        return seen

    assert vote_states(asyncio.run(main())) == [1, 4, 6]


def test_follow_vote_keeps_other_events(bili_client: Any, bili_sandbox: InProcessSandbox) -> None:
    with bili_client.stream(SANDBOX_ROOM_ID) as events:
        vote = bili_client.votes.create(SANDBOX_ROOM_ID, question="q", option_a="a", option_b="b", duration=1)
        bili_sandbox.stream.say(VIEWER, "during the vote")
        bili_sandbox.clock.advance(REVIEW_SECONDS + 60)
        states = vote_states(list(events.follow_vote(vote.interaction_id)))
        bili_sandbox.stream.say(VIEWER, "later")
        rest = [next(events).raw["info"][1], next(events).raw["info"][1]]
    assert states == [1, 4, 5]
    assert rest == ["during the vote", "later"]


def test_the_stream_runs_under_asyncio_wait_for(bili_sandbox: InProcessSandbox) -> None:
    async def main() -> list[str]:
        client = bili_sandbox.async_client()
        async with client.stream(SANDBOX_ROOM_ID) as events:
            bili_sandbox.stream.say(VIEWER, "x")
            event = await asyncio.wait_for(anext(events), 5)
            return [event.cmd]

    assert asyncio.run(main()) == ["DANMU_MSG"]
