"""Login cookies and the csrf rule: writes send `csrf` (and `csrf_token`) equal to the bili_jct cookie."""

from __future__ import annotations

import os
from dataclasses import dataclass, field

from .._constants import ENV_BILI_JCT, ENV_SESSDATA


@dataclass(frozen=True)
class Credentials:
    """SESSDATA and bili_jct of a logged-in account. Never shown in a repr, a log or an error."""

    sessdata: str | None = field(default=None, repr=False)
    bili_jct: str | None = field(default=None, repr=False)

    @classmethod
    def from_env(cls) -> Credentials:
        return cls(os.environ.get(ENV_SESSDATA) or None, os.environ.get(ENV_BILI_JCT) or None)

    def __repr__(self) -> str:
        sessdata, bili_jct = ("set" if v else "unset" for v in (self.sessdata, self.bili_jct))
        return f"Credentials(sessdata={sessdata}, bili_jct={bili_jct})"

    def cookie_header(self) -> str | None:
        pairs = [f"SESSDATA={self.sessdata}"] if self.sessdata else []
        pairs += [f"bili_jct={self.bili_jct}"] if self.bili_jct else []
        return "; ".join(pairs) or None
