"""App signing for the streaming app's requests (go live, the version pair).

The live streaming clients sign these requests as Bilibili's apps do: `appkey` and `ts` are added,
every parameter is sorted by name and url-encoded, and `sign` is the md5 of that query string
followed by the app secret (Radekyspec/StartLive src/core/sign/app_sign.py; Rsplwe/bili-live-hime
`appSign`). The key pair is the streaming app's; bilispec ships none: it takes one from the user
(`BiliClient(app_key=..., app_secret=...)` or BILI_APP_KEY / BILI_APP_SECRET), and the secret never
appears in a repr, a log or a request (only its md5 with the parameters does).
"""

from __future__ import annotations

import hashlib
import os
import time
from dataclasses import dataclass, field
from urllib.parse import urlencode

from .._constants import ENV_APP_KEY, ENV_APP_SECRET


@dataclass(frozen=True)
class AppKey:
    """An app key and its secret, to sign with."""

    key: str
    secret: str = field(repr=False)

    @classmethod
    def from_env(cls) -> AppKey | None:
        key, secret = os.environ.get(ENV_APP_KEY), os.environ.get(ENV_APP_SECRET)
        return cls(key, secret) if key and secret else None

    def __repr__(self) -> str:
        return f"AppKey(key={self.key!r}, secret=SCRUBBED)"


def signed_query(params: dict[str, str], app: AppKey) -> str:
    """What is hashed: the parameters and `appkey`, sorted by name, url-encoded (`sign` left out)."""
    members = {k: v for k, v in params.items() if k != "sign"}
    members["appkey"] = app.key
    return urlencode(sorted(members.items()))


def sign(params: dict[str, str], app: AppKey, *, ts: int | None = None) -> dict[str, str]:
    """The parameters with `appkey`, `ts` (now, unless given) and `sign` added; a `sign` or `appkey`
    already there is replaced."""
    signed = {k: v for k, v in params.items() if k not in ("sign", "appkey")}
    signed["ts"] = str(int(time.time()) if ts is None else ts)
    signed["appkey"] = app.key
    query = signed_query(signed, app)
    signed["sign"] = hashlib.md5((query + app.secret).encode(), usedforsecurity=False).hexdigest()
    return signed
