"""Login cookies and the csrf rule: writes send `csrf` (and `csrf_token`) equal to the bili_jct cookie."""

from __future__ import annotations

import os
from dataclasses import dataclass, field

from .._constants import ENV_BILI_JCT, ENV_SESSDATA
from ..core.errors import CredentialsError
from ..core.scrub import hold


def _check(name: str, value: str | None) -> None:
    """A cookie value is visible ASCII without `;`: anything else would fail deep in httpx (a bare
    UnicodeEncodeError whose `.object` is the whole Cookie header) or split the header."""
    if value is None:
        return
    for char in value:
        if not (" " < char < "\x7f") or char == ";":
            where = "a non-ASCII character" if ord(char) > 0x7E else f"the character U+{ord(char):04X}"
            raise CredentialsError(f"{name} holds {where}, which a Cookie header cannot carry", field=name)


@dataclass(frozen=True)
class Credentials:
    """SESSDATA and bili_jct of a logged-in account. Never shown in a repr, a log or an error."""

    sessdata: str | None = field(default=None, repr=False)
    bili_jct: str | None = field(default=None, repr=False)

    def __post_init__(self) -> None:
        _check("sessdata", self.sessdata)
        _check("bili_jct", self.bili_jct)
        hold(self.sessdata, self.bili_jct)  # scrubbed by value too: a server may echo them unnamed

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
