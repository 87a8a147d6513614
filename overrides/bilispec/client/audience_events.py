"""Typed events of the audience's commands: entries, gifts, guards, Super Chats, ranks, likes.

Part of client/events.py (which maps each cmd to its class and parses); see there.
"""

from __future__ import annotations

from typing import Any

from ._event_base import Event, _at, _int, _ints, _str

__all__ = [
    "ComboSend",
    "EntryEffect",
    "FansUpdate",
    "Gift",
    "GiftV2",
    "GuardBuy",
    "InteractWord",
    "InteractWordV2",
    "LikeClick",
    "LikeCount",
    "LogInNotice",
    "Notice",
    "OnlineRank",
    "OnlineRankCount",
    "OnlineRankTop3",
    "SuperChat",
    "SuperChatDelete",
    "UserToast",
    "WatchedChange",
]


class InteractWord(Event):
    """INTERACT_WORD: a viewer entered (1), followed (2) or shared (3)."""

    __slots__ = ()
    name = "INTERACT_WORD"

    @property
    def msg_type(self) -> int:
        return _int(self.data.get("msg_type"))

    @property
    def uid(self) -> int:
        return _int(self.data.get("uid"))

    @property
    def uname(self) -> str:
        return _str(self.data.get("uname"))

    @property
    def trigger_time(self) -> int:
        """Nanoseconds (above 2^53, read exactly)."""
        return _int(self.data.get("trigger_time"))


class InteractWordV2(Event):
    """INTERACT_WORD_V2: INTERACT_WORD as protobuf; `pb` is its base64 text (not decoded here)."""

    __slots__ = ()
    name = "INTERACT_WORD_V2"

    @property
    def pb(self) -> str:
        return _str(self.data.get("pb"))


class Gift(Event):
    """SEND_GIFT: a gift was sent."""

    __slots__ = ()
    name = "SEND_GIFT"

    @property
    def uid(self) -> int:
        return _int(self.data.get("uid"))

    @property
    def uname(self) -> str:
        return _str(self.data.get("uname"))

    @property
    def gift_id(self) -> int:
        return _int(self.data.get("giftId"))

    @property
    def gift_name(self) -> str:
        return _str(self.data.get("giftName"))

    @property
    def num(self) -> int:
        return _int(self.data.get("num"))

    @property
    def coin_type(self) -> str:
        """`gold` (paid) or `silver` (free)."""
        return _str(self.data.get("coin_type"))

    @property
    def total_coin(self) -> int:
        return _int(self.data.get("total_coin"))


class GiftV2(Event):
    """SEND_GIFT_V2: a gift as protobuf; `pb` is its base64 text (at `data.pb` or `data.data.pb`)."""

    __slots__ = ()
    name = "SEND_GIFT_V2"

    @property
    def pb(self) -> str:
        return _str(self.data.get("pb")) or _str(_at(self.data, "data", "pb"))


class GuardBuy(Event):
    """GUARD_BUY: a viewer bought a guard membership (1 总督, 2 提督, 3 舰长)."""

    __slots__ = ()
    name = "GUARD_BUY"

    @property
    def uid(self) -> int:
        return _int(self.data.get("uid"))

    @property
    def uname(self) -> str:
        return _str(self.data.get("username"))

    @property
    def guard_level(self) -> int:
        return _int(self.data.get("guard_level"))

    @property
    def num(self) -> int:
        return _int(self.data.get("num"))

    @property
    def price(self) -> int:
        return _int(self.data.get("price"))


class SuperChat(Event):
    """SUPER_CHAT_MESSAGE: a paid, pinned message."""

    __slots__ = ()
    name = "SUPER_CHAT_MESSAGE"

    @property
    def id(self) -> int:
        return _int(self.data.get("id"))

    @property
    def uid(self) -> int:
        return _int(self.data.get("uid"))

    @property
    def uname(self) -> str:
        return _str(_at(self.data, "user_info", "uname"))

    @property
    def message(self) -> str:
        return _str(self.data.get("message"))

    @property
    def price(self) -> int:
        """Yuan."""
        return _int(self.data.get("price"))


class SuperChatDelete(Event):
    """SUPER_CHAT_MESSAGE_DELETE: Super Chats removed."""

    __slots__ = ()
    name = "SUPER_CHAT_MESSAGE_DELETE"

    @property
    def ids(self) -> list[int]:
        return _ints(self.data.get("ids"))


class WatchedChange(Event):
    """WATCHED_CHANGE: how many have watched this session."""

    __slots__ = ()
    name = "WATCHED_CHANGE"

    @property
    def num(self) -> int:
        return _int(self.data.get("num"))


class OnlineRankCount(Event):
    """ONLINE_RANK_COUNT: viewers on the high-energy list."""

    __slots__ = ()
    name = "ONLINE_RANK_COUNT"

    @property
    def count(self) -> int:
        return _int(self.data.get("count"))


class OnlineRank(Event):
    """ONLINE_RANK_V2: the high-energy list's top entries (`entries`, as sent)."""

    __slots__ = ()
    name = "ONLINE_RANK_V2"

    @property
    def entries(self) -> list[dict[str, Any]]:
        entries = self.data.get("list")
        return [e for e in entries if isinstance(e, dict)] if isinstance(entries, list) else []


class LikeCount(Event):
    """LIKE_INFO_V3_UPDATE: the room's like count."""

    __slots__ = ()
    name = "LIKE_INFO_V3_UPDATE"

    @property
    def click_count(self) -> int:
        return _int(self.data.get("click_count"))


class LogInNotice(Event):
    """LOG_IN_NOTICE: the listener is logged out; names are masked and uids 0 until it logs in."""

    __slots__ = ()
    name = "LOG_IN_NOTICE"

    @property
    def notice(self) -> str:
        return _str(self.data.get("notice_msg"))


class FansUpdate(Event):
    """ROOM_REAL_TIME_MESSAGE_UPDATE: the streamer's follower and fan-club counts."""

    __slots__ = ()
    name = "ROOM_REAL_TIME_MESSAGE_UPDATE"

    @property
    def fans(self) -> int:
        return _int(self.data.get("fans"))

    @property
    def fans_club(self) -> int:
        return _int(self.data.get("fans_club"))


class EntryEffect(Event):
    """ENTRY_EFFECT: a viewer's entry effect (guards, high-level users)."""

    __slots__ = ()
    name = "ENTRY_EFFECT"

    @property
    def uid(self) -> int:
        return _int(self.data.get("uid"))

    @property
    def copy_writing(self) -> str:
        """The text shown, the name marked with `<%...%>`."""
        return _str(self.data.get("copy_writing"))


class ComboSend(Event):
    """COMBO_SEND: a gift combo."""

    __slots__ = ()
    name = "COMBO_SEND"

    @property
    def uid(self) -> int:
        return _int(self.data.get("uid"))

    @property
    def uname(self) -> str:
        return _str(self.data.get("uname"))

    @property
    def gift_name(self) -> str:
        return _str(self.data.get("gift_name"))

    @property
    def combo_num(self) -> int:
        return _int(self.data.get("combo_num"))


class Notice(Event):
    """NOTICE_MSG: a site-wide or room notice banner."""

    __slots__ = ()
    name = "NOTICE_MSG"

    @property
    def msg_type(self) -> int:
        return _int(self.raw.get("msg_type"))

    @property
    def text(self) -> str:
        return _str(self.raw.get("msg_common"))


class UserToast(Event):
    """USER_TOAST_MSG: a guard purchase celebration."""

    __slots__ = ()
    name = "USER_TOAST_MSG"

    @property
    def uid(self) -> int:
        return _int(self.data.get("uid"))

    @property
    def guard_level(self) -> int:
        return _int(self.data.get("guard_level"))

    @property
    def toast_msg(self) -> str:
        return _str(self.data.get("toast_msg"))


class LikeClick(Event):
    """LIKE_INFO_V3_CLICK: a viewer liked the room."""

    __slots__ = ()
    name = "LIKE_INFO_V3_CLICK"

    @property
    def uid(self) -> int:
        return _int(self.data.get("uid"))

    @property
    def uname(self) -> str:
        return _str(self.data.get("uname"))


class OnlineRankTop3(Event):
    """ONLINE_RANK_TOP3: a viewer reached the high-energy list's top three (`entries`, as sent)."""

    __slots__ = ()
    name = "ONLINE_RANK_TOP3"

    @property
    def entries(self) -> list[dict[str, Any]]:
        entries = self.data.get("list")
        return [e for e in entries if isinstance(e, dict)] if isinstance(entries, list) else []
