"""What the client keeps for WBI signing and getDanmuInfo: the day's mixin key and a buvid3.

The algorithm is core/wbi.py (SocialSisterYi/bilibili-API-collect docs/misc/sign/wbi.md). The keys
rotate daily, so bilispec ships none: the client fetches them from nav (which answers without a
login), keeps them per client (`Device`), and fetches them again after a -352. The engine signs
every operation that has a `w_rid` parameter once the client holds keys, and sends the buvid3
cookie once it has one (namespaces/message_stream.py fetches both).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..core.wbi import key_of, mixin_key, sign, signed_query

__all__ = ["Device", "key_of", "mixin_key", "sign", "signed_query"]


@dataclass
class Device:
    """What a browser keeps between requests and this client keeps for it: the WBI mixin key of the
    day and a buvid3 device id. Neither is shown by a repr; the buvid goes out only as a cookie to
    the API's hosts and in the message stream's auth packet."""

    mixin: str | None = field(default=None, repr=False)
    buvid3: str | None = field(default=None, repr=False)
    uid: int = 0  # the logged-in user's uid as nav tells it (0: not logged in), for the stream's auth

    def __repr__(self) -> str:
        keys = "set" if self.mixin else "unset"
        buvid = "set" if self.buvid3 else "unset"
        return f"Device(wbi_keys={keys}, buvid3={buvid}, uid={self.uid})"

    def set_keys(self, img_url: str, sub_url: str) -> None:
        self.mixin = mixin_key(key_of(img_url), key_of(sub_url))

    def forget_keys(self) -> None:
        self.mixin = None

    def cookies(self) -> list[str]:
        return [f"buvid3={self.buvid3}"] if self.buvid3 else []
