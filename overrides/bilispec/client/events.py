"""The message stream's commands as typed events: `parse(command)` -> one class per described `cmd`.

Every event keeps the command as it came (`raw`) and what the description says about it
(`findings`, from core/stream_messages.py: [] when valid). Members are read from `raw` when asked
for, so an event a bot ignores costs only its check. A command that breaks its schema still
arrives, as its class, with the findings saying what is wrong; a member it lacks or holds with
the wrong type then reads as the type's empty value (0, "", None). An undescribed `cmd` arrives as
a RawEvent: never dropped.

DANMU_MSG's positional `info` array gets names here (text, uid, name, medal, timestamp, ...), and
DM_INTERACTION type 101 (a live vote) carries its decoded vote (`data.data` is JSON in a string).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from bilispec_generated.models import DmInteractionVote, RoomChangeCommandData

from ..core.stream_messages import StreamDescription, command_name
from ._event_base import Event, RawEvent, _at, _int, _ints, _str
from .audience_events import (
    ComboSend,
    EntryEffect,
    FansUpdate,
    Gift,
    GiftV2,
    GuardBuy,
    InteractWord,
    InteractWordV2,
    LikeClick,
    LikeCount,
    LogInNotice,
    Notice,
    OnlineRank,
    OnlineRankCount,
    OnlineRankTop3,
    SuperChat,
    SuperChatDelete,
    UserToast,
    WatchedChange,
)

__all__ = [
    "EVENT_CLASSES",
    "ComboSend",
    "CutOff",
    "DanmakuMessage",
    "EntryEffect",
    "Event",
    "FansUpdate",
    "Gift",
    "GiftV2",
    "GuardBuy",
    "InteractWord",
    "InteractWordV2",
    "Interaction",
    "LikeClick",
    "LikeCount",
    "Live",
    "LogInNotice",
    "Medal",
    "Notice",
    "OnlineRank",
    "OnlineRankCount",
    "OnlineRankTop3",
    "Preparing",
    "RawEvent",
    "RecallDanmaku",
    "RoomAdminEntrance",
    "RoomAdminRevoke",
    "RoomAdmins",
    "RoomBlock",
    "RoomChange",
    "RoomSilentOff",
    "RoomSilentOn",
    "StopLiveRoomList",
    "StreamWarning",
    "SuperChat",
    "SuperChatDelete",
    "UserToast",
    "VoteInteraction",
    "VoteOption",
    "WatchedChange",
    "parse",
]

_INTERACTION_DATA = ("data", "data")


@dataclass(frozen=True)
class Medal:
    """The fan medal a chat sender wears (DANMU_MSG `info[3]`)."""

    level: int
    name: str
    streamer: str  # the medal's streamer name
    room_id: int
    colour: int
    guard_level: int
    lit: bool


class DanmakuMessage(Event):
    """DANMU_MSG: a chat message, `info` given names."""

    __slots__ = ()
    name = "DANMU_MSG"

    @property
    def info(self) -> list[Any]:
        info = self.raw.get("info")
        return info if isinstance(info, list) else []

    @property
    def text(self) -> str:
        return _str(_at(self.info, 1))

    @property
    def uid(self) -> int:
        """The sender's uid; 0 when the listener is logged out (LOG_IN_NOTICE)."""
        return _int(_at(self.info, 2, 0))

    @property
    def uname(self) -> str:
        """The sender's name (masked, `***`, for a logged-out listener)."""
        return _str(_at(self.info, 2, 1))

    @property
    def is_admin(self) -> bool:
        return _int(_at(self.info, 2, 2)) == 1

    @property
    def medal(self) -> Medal | None:
        """The fan medal, None when the sender wears none (`[]`, or null)."""
        medal = _at(self.info, 3)
        if not isinstance(medal, list) or not medal:
            return None
        return Medal(
            level=_int(_at(medal, 0)),
            name=_str(_at(medal, 1)),
            streamer=_str(_at(medal, 2)),
            room_id=_int(_at(medal, 3)),
            colour=_int(_at(medal, 4)),
            guard_level=_int(_at(medal, 10)),
            lit=_int(_at(medal, 11)) == 1,
        )

    @property
    def mode(self) -> int:
        """1 scrolling, 4 bottom, 5 top."""
        return _int(_at(self.info, 0, 1))

    @property
    def font_size(self) -> int:
        return _int(_at(self.info, 0, 2))

    @property
    def colour(self) -> int:
        """Decimal RGB."""
        return _int(_at(self.info, 0, 3))

    @property
    def timestamp(self) -> int:
        """Send time, Unix milliseconds (seconds in captures before 2019)."""
        return _int(_at(self.info, 0, 4))

    @property
    def emoticon(self) -> dict[str, Any] | None:
        """The sticker this message is (`info[0][13]`), None for text (`"{}"`)."""
        value = _at(self.info, 0, 13)
        return value if isinstance(value, dict) and value else None

    @property
    def user_level(self) -> int:
        return _int(_at(self.info, 4, 0))

    @property
    def guard_level(self) -> int:
        """0 none, 1 总督, 2 提督, 3 舰长."""
        return _int(_at(self.info, 7))


@dataclass(frozen=True)
class VoteOption:
    idx: int
    desc: str
    cnt: int
    percent: float


class Interaction(Event):
    """DM_INTERACTION: an interaction card (102 repeated chat, 103 follows, 104 gifts, 105 shares,
    106 likes); `details` is `data.data` decoded. Type 101 arrives as VoteInteraction."""

    __slots__ = ()
    name = "DM_INTERACTION"

    @property
    def type(self) -> int:
        return _int(self.data.get("type"))

    @property
    def status(self) -> int:
        return _int(self.data.get("status"))

    @property
    def details(self) -> dict[str, Any]:
        """`data.data` decoded from its JSON string ({} when it is not JSON)."""
        value = StreamDescription.load().decoded(self.raw, _INTERACTION_DATA)
        return value if isinstance(value, dict) else {}


class VoteInteraction(Interaction):
    """DM_INTERACTION type 101: a live vote's state, question, options and tallies."""

    __slots__ = ()

    @property
    def vote_id(self) -> int:
        return _int(self.details.get("vote_id")) or _int(self.data.get("id"))

    @property
    def state(self) -> int:
        """The vote state (VoteStatus): 1 waiting for audit, 2 audit failed, 4 running, 5 ended, 6 stopped."""
        return self.status

    @property
    def state_name(self) -> str:
        """The state's name as VoteStatus lists it (`WAITING_AUDIT`, `DURING`, `END`, ...); "" if unknown."""
        names = StreamDescription.load().schema("VoteStatus").get("x-status-values", {})
        return str(names.get(str(self.state), "")).split(",")[0]

    @property
    def question(self) -> str:
        return _str(self.details.get("question"))

    @property
    def options(self) -> list[VoteOption]:
        options = self.details.get("options")
        return [
            VoteOption(_int(o.get("idx")), _str(o.get("desc")), _int(o.get("cnt")), float(o.get("percent") or 0))
            for o in (options if isinstance(options, list) else [])
            if isinstance(o, dict)
        ]

    @property
    def audit_reason(self) -> str:
        return _str(self.details.get("audit_reason"))

    @property
    def vote(self) -> DmInteractionVote | None:
        """The decoded vote as the generated model (None when `data.data` does not fit it)."""
        try:
            return DmInteractionVote.from_dict(self.details)
        except (KeyError, TypeError, ValueError):
            return None


class RoomBlock(Event):
    """ROOM_BLOCK_MSG: a viewer was muted."""

    __slots__ = ()
    name = "ROOM_BLOCK_MSG"

    @property
    def uid(self) -> int:
        return _int(self.data.get("uid")) or _int(self.raw.get("uid"))

    @property
    def uname(self) -> str:
        return _str(self.data.get("uname")) or _str(self.raw.get("uname"))

    @property
    def operator(self) -> int:
        """1 an admin, 2 the streamer."""
        return _int(self.data.get("operator"))


class _RoomState(Event):
    __slots__ = ()

    @property
    def room_id(self) -> int:
        """The room (sent as an integer or as a string)."""
        return _int(self.raw.get("roomid"))


class Live(_RoomState):
    """LIVE: the room went live."""

    __slots__ = ()
    name = "LIVE"

    @property
    def live_key(self) -> str:
        return _str(self.raw.get("live_key"))

    @property
    def live_time(self) -> int:
        return _int(self.raw.get("live_time"))


class Preparing(_RoomState):
    """PREPARING: the room stopped streaming."""

    __slots__ = ()
    name = "PREPARING"

    @property
    def rebroadcast(self) -> bool:
        """The room shows replays now (`round` 1)."""
        return _int(self.raw.get("round")) == 1


class RoomChange(Event):
    """ROOM_CHANGE: the room's title or area changed."""

    __slots__ = ()
    name = "ROOM_CHANGE"

    @property
    def title(self) -> str:
        return _str(self.data.get("title"))

    @property
    def area_id(self) -> int:
        return _int(self.data.get("area_id"))

    @property
    def parent_area_id(self) -> int:
        return _int(self.data.get("parent_area_id"))

    @property
    def change(self) -> RoomChangeCommandData | None:
        """`data` as the generated model (None when it does not fit it)."""
        try:
            return RoomChangeCommandData.from_dict(self.data)
        except (KeyError, TypeError, ValueError):
            return None


class RoomSilentOn(Event):
    """ROOM_SILENT_ON: room-wide mute switched on."""

    __slots__ = ()
    name = "ROOM_SILENT_ON"

    @property
    def type(self) -> str:
        """Who may still talk: `level` (user level), `medal` (medal level) or `member`."""
        return _str(self.data.get("type"))

    @property
    def level(self) -> int:
        return _int(self.data.get("level"))

    @property
    def until(self) -> int:
        """Unix seconds the mute ends, -1 until switched off."""
        return _int(self.data.get("second"))


class RoomSilentOff(Event):
    """ROOM_SILENT_OFF: room-wide mute switched off."""

    __slots__ = ()
    name = "ROOM_SILENT_OFF"


class RoomAdmins(Event):
    """ROOM_ADMINS: the room's admins changed."""

    __slots__ = ()
    name = "ROOM_ADMINS"

    @property
    def uids(self) -> list[int]:
        return _ints(self.raw.get("uids"))


class _UserNotice(Event):
    __slots__ = ()

    @property
    def uid(self) -> int:
        return _int(self.raw.get("uid"))

    @property
    def msg(self) -> str:
        return _str(self.raw.get("msg"))


class RoomAdminEntrance(_UserNotice):
    """room_admin_entrance: a user was made room admin."""

    __slots__ = ()
    name = "room_admin_entrance"


class RoomAdminRevoke(_UserNotice):
    """ROOM_ADMIN_REVOKE: a room admin was removed."""

    __slots__ = ()
    name = "ROOM_ADMIN_REVOKE"


class RecallDanmaku(Event):
    """RECALL_DANMU_MSG: a chat message was withdrawn."""

    __slots__ = ()
    name = "RECALL_DANMU_MSG"

    @property
    def target_id(self) -> int:
        """The withdrawn message's id."""
        return _int(self.data.get("target_id"))


class CutOff(_UserNotice):
    """CUT_OFF: the site cut the stream; `msg` says why."""

    __slots__ = ()
    name = "CUT_OFF"


class StreamWarning(_UserNotice):
    """WARNING: the site warned the streamer; `msg` is the text."""

    __slots__ = ()
    name = "WARNING"


class StopLiveRoomList(Event):
    """STOP_LIVE_ROOM_LIST: rooms (site-wide) that stopped streaming lately."""

    __slots__ = ()
    name = "STOP_LIVE_ROOM_LIST"

    @property
    def room_ids(self) -> list[int]:
        return _ints(self.data.get("room_id_list"))


EVENT_CLASSES: dict[str, type[Event]] = {
    cls.name: cls
    for cls in (
        DanmakuMessage,
        Interaction,
        RoomBlock,
        RoomSilentOn,
        RoomSilentOff,
        RoomAdmins,
        RoomAdminEntrance,
        RoomAdminRevoke,
        RecallDanmaku,
        CutOff,
        StreamWarning,
        Live,
        Preparing,
        RoomChange,
        StopLiveRoomList,
        InteractWord,
        InteractWordV2,
        Gift,
        GiftV2,
        GuardBuy,
        SuperChat,
        SuperChatDelete,
        WatchedChange,
        OnlineRankCount,
        OnlineRank,
        LikeCount,
        LogInNotice,
        ComboSend,
        EntryEffect,
        FansUpdate,
        LikeClick,
        Notice,
        OnlineRankTop3,
        UserToast,
    )
}


def parse(command: dict[str, Any]) -> Event:
    """The typed event of a decoded command, checked against the description. Never raises for a
    command that breaks its schema or names an unknown cmd: see `findings`."""
    if not isinstance(command, dict):
        command = {"cmd": "", "value": command}
    findings = tuple(StreamDescription.load().check(command))
    name = command_name(command)
    cls = EVENT_CLASSES.get(name, RawEvent)
    if cls is Interaction and _int(_at(command, "data", "type")) == 101:
        cls = VoteInteraction
    return cls(command, findings)
