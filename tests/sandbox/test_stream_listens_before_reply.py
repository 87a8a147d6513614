"""The sandbox's stream listens to the room before its auth reply leaves: a bot that makes the room
act as soon as `client.stream()` returns (examples/stream_bot.py does) sees what follows. Before,
the reply went first and the subscription after it, and a message sent in between was lost: the
bot waited for it forever (`make demo` hung now and then)."""

from __future__ import annotations

import threading
import time
from typing import Any

import pytest

from bilispec import BiliClient
from bilispec.client.events import DanmakuMessage, Event
from bilispec.sandbox import SANDBOX_BILI_JCT, SANDBOX_ROOM_ID, SANDBOX_SESSDATA, create_app, running
from bilispec.sandbox.stream.state import StreamState, stream_state


def test_a_message_right_after_the_auth_reply_reaches_the_stream(monkeypatch: pytest.MonkeyPatch) -> None:
    subscribe = StreamState.subscribe

    def slow(self: StreamState, room_id: int) -> Any:
        time.sleep(0.3)  # widens the window between the auth and the subscription, whichever comes first
        return subscribe(self, room_id)

    monkeypatch.setattr(StreamState, "subscribe", slow)
    app = create_app()
    viewers = stream_state(app.state.sandbox.world)
    with (
        running(app) as base_url,
        BiliClient(base_url=base_url, sessdata=SANDBOX_SESSDATA, bili_jct=SANDBOX_BILI_JCT) as client,
        client.stream(SANDBOX_ROOM_ID) as events,
    ):
        viewers.say(42_000_002, "晚上好", uname="路人甲")  # at once: the auth reply has just come
        seen: list[Event] = []

        def read() -> None:
            for event in events:
                seen.append(event)
                if isinstance(event, DanmakuMessage):
                    return

        reader = threading.Thread(target=read, daemon=True)
        reader.start()
        reader.join(5)
        danmaku = [e for e in seen if isinstance(e, DanmakuMessage)]
        assert [d.text for d in danmaku] == ["晚上好"], seen
