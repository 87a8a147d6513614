"""A moderation bot's tests, as a bot author writes them: the plugin's fixtures only (bili_sandbox,
bili_client), no conftest. The bot blocks a spam word, answers in chat, appoints a trusted viewer as
room admin, and that admin can then mute a spammer. Room numbers are the short one users type."""

from __future__ import annotations

import pytest

from bilispec import BiliClient
from bilispec.client.namespaces.chat import ChatFiltered, ChatSent
from bilispec.core.errors import AccessDeniedError, ApiError, RateLimitedError, RequestValidationError
from bilispec.sandbox import (
    SANDBOX_ROOM_ID,
    SANDBOX_SHORT_ID,
    SANDBOX_VIEWER_BILI_JCT,
    SANDBOX_VIEWER_SESSDATA,
    SANDBOX_VIEWER_UID,
)
from bilispec.testing import InProcessSandbox


class ModerationBot:
    """The bot under test: what it does when a spammer shows up."""

    def __init__(self, client: BiliClient, room: int) -> None:
        self.client, self.room = client, room

    def on_spam(self, word: str) -> None:
        self.client.keywords.add(self.room, word)
        self.client.chat.send(self.room, "已处理刷屏, 请文明发言")  # not quoting the word: it is blocked now

    def trust(self, uid: int) -> None:
        self.client.admins.appoint(uid)


def test_the_bot_blocks_a_word_replies_and_appoints_an_admin(
    bili_sandbox: InProcessSandbox, bili_client: BiliClient
) -> None:
    bot = ModerationBot(bili_client, SANDBOX_SHORT_ID)
    bot.on_spam("加群")
    bot.trust(SANDBOX_VIEWER_UID)

    assert bili_client.room.resolve(SANDBOX_SHORT_ID) == SANDBOX_ROOM_ID
    assert bili_sandbox.blocked_keywords() == ["加群"]
    assert [k.keyword for k in bili_client.keywords.list(SANDBOX_SHORT_ID)] == ["加群"]
    assert [m.text for m in bili_sandbox.chat_messages()] == ["已处理刷屏, 请文明发言"]
    assert bili_sandbox.room_admins() == [SANDBOX_VIEWER_UID]
    assert [a.uid for a in bili_client.admins.list()] == [SANDBOX_VIEWER_UID]
    # The room_init answer is kept: the short id was resolved once for all those calls.
    assert sum(1 for entry in bili_sandbox.requests if entry.operation == "room_init") == 1


def test_a_blocked_word_filters_chat_with_code_0(bili_sandbox: InProcessSandbox, bili_client: BiliClient) -> None:
    bili_client.keywords.add(SANDBOX_SHORT_ID, "加群")
    filtered = bili_client.chat.send(SANDBOX_SHORT_ID, "快来加群领福利")
    sent = bili_client.chat.send(SANDBOX_SHORT_ID, "大家好")
    assert isinstance(filtered, ChatFiltered) and filtered.by == "room_keywords" and not filtered.sent
    assert isinstance(sent, ChatSent) and sent.sent
    assert [m.text for m in bili_sandbox.chat_messages()] == ["大家好"]
    assert [m.shown for m in bili_sandbox.chat_messages(shown_only=False)] == [False, True]
    bili_client.keywords.remove(SANDBOX_SHORT_ID, "加群")
    assert isinstance(bili_client.chat.send(SANDBOX_SHORT_ID, "快来加群领福利"), ChatSent)


def test_an_appointed_admin_can_mute_and_a_dismissed_one_cannot(
    bili_sandbox: InProcessSandbox, bili_client: BiliClient
) -> None:
    with bili_sandbox.client(SANDBOX_VIEWER_SESSDATA, SANDBOX_VIEWER_BILI_JCT) as viewer:
        with pytest.raises(ApiError) as refused:  # not an admin yet
            viewer.silent_users.add(SANDBOX_ROOM_ID, 500_001, 1)
        assert refused.value.code == 100004
        bili_client.admins.appoint(SANDBOX_VIEWER_UID)
        viewer.silent_users.add(SANDBOX_ROOM_ID, 500_001, 1, msg="刷屏")
        viewer.keywords.add(SANDBOX_SHORT_ID, "广告")  # admins manage keywords too
        bili_client.admins.dismiss(SANDBOX_VIEWER_UID)
        with pytest.raises(ApiError, match="100004"):
            viewer.silent_users.add(SANDBOX_ROOM_ID, 500_002, 1)
    assert bili_sandbox.blocked_keywords() == ["广告"]
    assert any(u.tuid == 500_001 for u in bili_client.silent_users.iter_all(SANDBOX_ROOM_ID))


def test_the_room_wide_mute_silences_viewers_not_the_anchor(
    bili_sandbox: InProcessSandbox, bili_client: BiliClient
) -> None:
    bili_client.room.mute_all(SANDBOX_SHORT_ID)
    assert bili_sandbox.room_muted() and bili_client.room.mute_state(SANDBOX_SHORT_ID).type_ == "member"
    assert bili_client.room.info(SANDBOX_SHORT_ID).room_silent_type == "member"
    with bili_sandbox.client(SANDBOX_VIEWER_SESSDATA, SANDBOX_VIEWER_BILI_JCT) as viewer:
        with pytest.raises(AccessDeniedError):
            viewer.chat.send(SANDBOX_SHORT_ID, "我也想说话")
        assert isinstance(bili_client.chat.send(SANDBOX_SHORT_ID, "安静一下"), ChatSent)
        bili_client.room.unmute_all(SANDBOX_SHORT_ID)
        assert isinstance(viewer.chat.send(SANDBOX_SHORT_ID, "终于可以说话了"), ChatSent)
    assert not bili_sandbox.room_muted()


def test_sending_too_fast_is_a_typed_error_sent_once(bili_sandbox: InProcessSandbox, bili_client: BiliClient) -> None:
    for n in range(3):
        bili_client.chat.send(SANDBOX_SHORT_ID, f"第{n}条")
    with pytest.raises(RateLimitedError) as info:
        bili_client.chat.send(SANDBOX_SHORT_ID, "太快了")
    assert info.value.code == 10031
    sends = [e for e in bili_sandbox.requests if e.operation == "send_chat_message"]
    assert len(sends) == 4  # never retried
    bili_sandbox.clock.advance(10)  # type: ignore[attr-defined]
    assert isinstance(bili_client.chat.send(SANDBOX_SHORT_ID, "好了"), ChatSent)


def test_a_message_too_long_is_refused_before_sending(bili_sandbox: InProcessSandbox, bili_client: BiliClient) -> None:
    with pytest.raises(RequestValidationError, match="more than 20"):
        bili_client.chat.send(SANDBOX_SHORT_ID, "长" * 21)
    assert not [e for e in bili_sandbox.requests if e.operation == "send_chat_message"]


def test_start_live_by_area_name(bili_sandbox: InProcessSandbox, bili_client: BiliClient) -> None:
    assert bili_client.areas.find("单机游戏").name == "其他单机"  # a parent's name: its catch-all sub-area
    live = bili_client.room.start_live(SANDBOX_ROOM_ID, area="主机游戏")
    assert live.status == "LIVE"
    assert bili_client.room.info(SANDBOX_SHORT_ID).area_name == "主机游戏"
    with pytest.raises(RequestValidationError, match="no live area"):
        bili_client.areas.find("不存在的分区")
