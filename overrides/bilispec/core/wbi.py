"""WBI signing (`w_rid`, `wts`): the algorithm, with no I/O and no keys.

The algorithm is public and stable in shape (SocialSisterYi/bilibili-API-collect
docs/misc/sign/wbi.md): the day's two keys are the file names of nav's `wbi_img.img_url` and
`sub_url`; a fixed 64-entry permutation of `img_key + sub_key`, cut to 32 characters, is the mixin
key; `w_rid` is the md5 of the parameters with `wts` added, sorted by name, with the characters
`!'()*` dropped from values, percent-encoded as encodeURIComponent does (`%20`, upper-case hex),
followed by the mixin key.

The keys rotate daily, so bilispec ships none: the client (client/wbi.py) fetches them from nav
and signs with them; the sandbox checks signatures with its own. Both read the algorithm here.
"""

from __future__ import annotations

import hashlib
import time
from urllib.parse import quote

# The permutation of the 64 key characters (MIXIN_KEY_ENC_TAB in the page above).
MIXIN_KEY_ENC_TAB = (
    46, 47, 18, 2, 53, 8, 23, 32, 15, 50, 10, 31, 58, 3, 45, 35, 27, 43, 5, 49,
    33, 9, 42, 19, 29, 28, 14, 39, 12, 38, 41, 13, 37, 48, 7, 16, 24, 55, 40,
    61, 26, 17, 0, 1, 60, 51, 30, 4, 22, 25, 54, 21, 56, 59, 6, 63, 57, 62, 11,
    36, 20, 34, 44, 52,
)  # fmt: skip
_DROPPED = str.maketrans("", "", "!'()*")
# encodeURIComponent leaves these unescaped; urllib's quote must be told (it escapes `!'()*`,
# which are dropped from values anyway, and `~`, which it leaves).
_UNRESERVED = "-_.!~*'()"


def key_of(url: str) -> str:
    """`img_key` or `sub_key`: the file name of a `wbi_img` URL, without its extension."""
    name = url.rsplit("/", 1)[-1]
    return name.split(".", 1)[0]


def mixin_key(img_key: str, sub_key: str) -> str:
    raw = img_key + sub_key
    if len(raw) < len(MIXIN_KEY_ENC_TAB):
        raise ValueError(f"WBI keys must be 64 characters together, got {len(raw)}")
    return "".join(raw[i] for i in MIXIN_KEY_ENC_TAB)[:32]


def signed_query(params: dict[str, str]) -> str:
    """The parameters sorted by name, `!'()*` dropped from values, percent-encoded."""
    pairs = sorted((k, str(v).translate(_DROPPED)) for k, v in params.items())
    return "&".join(f"{quote(k, safe=_UNRESERVED)}={quote(v, safe=_UNRESERVED)}" for k, v in pairs)


def sign(params: dict[str, str], mixin: str, *, wts: int | None = None) -> dict[str, str]:
    """The parameters with `wts` (now, unless given) and `w_rid` added; old ones replaced."""
    signed = {k: v for k, v in params.items() if k not in ("w_rid", "wts")}
    signed["wts"] = str(int(time.time()) if wts is None else wts)
    query = signed_query(signed)
    signed["w_rid"] = hashlib.md5((query + mixin).encode(), usedforsecurity=False).hexdigest()
    return signed
