"""Remove secrets from anything that may be written down: recordings, logs, reprs, error text.

One place knows what a secret looks like on this API: login cookies, csrf values, app access keys,
stream keys (`key=` inside rtmp `code` and `new_link`) and the signature parameters of signed
download and image URLs. Everything that writes or prints goes through here.
"""

from __future__ import annotations

import re
from typing import Any

SCRUBBED = "SCRUBBED"

# Names whose value is a secret wherever it appears: a cookie, a form or JSON member, a query parameter.
SECRET_NAMES = frozenset(
    {
        "sessdata",
        "bili_jct",
        "csrf",
        "csrf_token",
        "access_key",
        "appkey_secret",
        "sign",
        "key",
        "upsig",
        "x-amz-signature",
        "x-amz-credential",
    }
)

# name=value inside a string: a query string, a cookie header, a URL nested URL-encoded in another
# URL (`%26key%3D...`). The value stops at the next separator, plain or percent-encoded.
_PAIR = re.compile(
    r"(?P<lead>^|[?&;\s]|%3[Ff]|%26)(?P<name>[A-Za-z][A-Za-z0-9_\-]*)(?P<eq>=|%3[Dd])(?P<value>(?:(?!%26|%3[Ff])[^&;\s\"'])+)"
)


def _scrub_pair(match: re.Match[str]) -> str:
    if match.group("name").lower() in SECRET_NAMES and match.group("value") != SCRUBBED:
        return f"{match.group('lead')}{match.group('name')}{match.group('eq')}{SCRUBBED}"
    return match.group(0)


def scrub_text(text: str) -> str:
    """Replace the value of every secret name=value pair in a string."""
    if "=" not in text and "%3" not in text.upper():
        return text
    return _PAIR.sub(_scrub_pair, text)


def scrub(value: Any) -> Any:
    """A deep copy of a JSON-like value with every secret replaced by SCRUBBED."""
    if isinstance(value, str):
        return scrub_text(value)
    if isinstance(value, dict):
        return {
            k: (SCRUBBED if isinstance(k, str) and k.lower() in SECRET_NAMES and v not in (None, "") else scrub(v))
            for k, v in value.items()
        }
    if isinstance(value, (list, tuple)):
        return [scrub(v) for v in value]
    return value
