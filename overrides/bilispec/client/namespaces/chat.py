"""Chat (发送弹幕): send a message to a live room, and learn whether anybody saw it.

msg/send answers code 0 for a message the room's blocked keywords ("k") or the platform's filter
("f") dropped; only `message` "" is a sent message (spec/NOTES.md, "Bot operations"). `send` returns
`ChatSent` or `ChatFiltered`, never raising for a filtered message. Sending too fast (10031) raises
RateLimitedError and is never retried (the operation is `x-bilispec-retry: never`). Room numbers
may be short: they are resolved through room_init (cached per client).
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Any, ClassVar, Literal

from bilispec_generated.models import SentChatMessage

from ...core.errors import RequestValidationError
from ...core.jsonread import read_json
from ..transport import Answer
from ._base import AsyncNamespace, SyncNamespace

OPERATION = "send_chat_message"
DEFAULT_MAX_LENGTH = 20  # what an ordinary account may send; higher user levels may send more
WHITE = 16_777_215
FILTERS = {"k": "room_keywords", "f": "platform"}
FilteredBy = Literal["room_keywords", "platform", "unknown"]


@dataclass(frozen=True)
class ChatSent:
    """The message went out."""

    message: SentChatMessage | None
    sent = True


@dataclass(frozen=True)
class ChatFiltered:
    """Code 0, but nobody saw it: `by` "room_keywords" ("k"), "platform" ("f") or "unknown" (another value)."""

    by: FilteredBy
    server_message: str
    message: SentChatMessage | None
    sent = False


ChatOutcome = ChatSent | ChatFiltered


def chat_params(
    text: str, max_length: int, color: int, font_size: int, mode: int, reply_uid: int | None, rnd: int | None
) -> dict[str, Any]:
    """The form of msg/send, after the checks the server would make later (or not at all)."""
    if not isinstance(text, str) or not text.strip():
        raise RequestValidationError("the message is empty", operation=OPERATION, field="msg")
    if len(text) > max_length:
        raise RequestValidationError(
            f"the message is {len(text)} characters, more than {max_length} (the server answers 1003212); "
            "pass max_length= if your account may send longer ones",
            operation=OPERATION,
            field="msg",
        )
    sent_at = int(time.time()) if rnd is None else rnd
    return dict(msg=text, rnd=sent_at, fontsize=font_size, color=color, mode=mode, reply_mid=reply_uid)


def outcome(server_message: str, data: SentChatMessage | None) -> ChatOutcome:
    if server_message == "":
        return ChatSent(data)
    by: FilteredBy = FILTERS.get(server_message, "unknown")  # type: ignore[assignment]
    return ChatFiltered(by, server_message, data)


def _outcome(answer: Answer) -> ChatOutcome:
    """The verdict is the envelope's `message` (a string on a success: the answer was validated)."""
    body = read_json(answer.content)
    data = answer.data if isinstance(answer.data, SentChatMessage) else None
    return outcome(str(body.get("message", "")), data)


# method -> the operations it calls, for operation_methods() (these are plain methods).
OPERATIONS: dict[str, tuple[str, ...]] = {"send": ("room_init", "send_chat_message")}


class Chat(SyncNamespace):
    """Chat of BiliClient."""

    _OPERATIONS: ClassVar[dict[str, tuple[str, ...]]] = OPERATIONS

    def send(
        self,
        room_id: int,
        text: str,
        *,
        max_length: int = DEFAULT_MAX_LENGTH,
        color: int = WHITE,
        font_size: int = 25,
        mode: int = 1,
        reply_uid: int | None = None,
        rnd: int | None = None,
    ) -> ChatOutcome:
        """Send `text` to the room's chat (发送直播弹幕): ChatSent, or ChatFiltered when code 0 still
        means nobody saw it. Checks the length first (`max_length`, 20 by default). `rnd` is the Unix
        time sent with it (now by default)."""
        params = chat_params(text, max_length, color, font_size, mode, reply_uid, rnd)
        params["roomid"] = self._client.room.resolve(room_id)
        # call() hands back `data` only; the verdict is the envelope's `message`: the whole answer.
        return _outcome(self._client.call_answer(OPERATION, **params))


class AsyncChat(AsyncNamespace):
    """Chat of AsyncBiliClient."""

    _OPERATIONS: ClassVar[dict[str, tuple[str, ...]]] = OPERATIONS

    async def send(
        self,
        room_id: int,
        text: str,
        *,
        max_length: int = DEFAULT_MAX_LENGTH,
        color: int = WHITE,
        font_size: int = 25,
        mode: int = 1,
        reply_uid: int | None = None,
        rnd: int | None = None,
    ) -> ChatOutcome:
        """Send `text` to the room's chat; see BiliClient.chat.send."""
        params = chat_params(text, max_length, color, font_size, mode, reply_uid, rnd)
        params["roomid"] = await self._client.room.resolve(room_id)
        return _outcome(await self._client.call_answer(OPERATION, **params))
