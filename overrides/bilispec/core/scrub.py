"""Remove secrets from anything that may be written down: recordings, logs, reprs, error text.

One place knows what a secret looks like on this API: login cookies, csrf values, app access keys
and secrets, stream keys (`key=` inside rtmp `code` and `new_link`), the signature parameters of
signed download and image URLs, and passwords in URLs. SPELLINGS is the one table of the ways such a
name and its value are written down; scrub_text replaces every value they match, and `bilispec
secrets` (tools/leaks.py) reports every value they match that looks real. So whatever the detector
can find, the scrubber removes.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from typing import Any

SCRUBBED = "SCRUBBED"

# Names whose value is a secret wherever it appears: a cookie, a form or JSON member, a query
# parameter, a header, an HTML attribute, a variable.
SECRET_NAMES = frozenset(
    {
        "sessdata",
        "bili_jct",
        "csrf",
        "csrf_token",
        "access_key",
        "access_token",
        "refresh_token",
        "appkey_secret",
        "app_secret",
        "appsecret",
        "sign",
        "key",
        # The message stream's connection token and the device ids (getDanmuInfo, finger/spi, auth).
        "token",
        "buvid",
        "buvid3",
        "buvid4",
        "b_3",
        "b_4",
        "upsig",
        "x-amz-signature",
        "x-amz-credential",
        "x-amz-security-token",
    }
)

_NAME = "(?:" + "|".join(re.escape(n) for n in sorted(SECRET_NAMES, key=len, reverse=True)) + ")"
# A name of its own (`key=`, not `live_key=`), or one after a percent-encoded `&`/`?`/`\u0026`.
_LEAD = r"(?:(?<![A-Za-z0-9_\-])|(?<=%26)|(?<=%3[Ff])|(?<=\\u0026))"
_QUOTE = r"(?:\\?[\"'])"
# The value: in double quotes, in single quotes, or bare up to a separator (a path's `/` included; a
# comma only ends it before a quote or a space: SESSDATA holds commas once decoded).
_VALUE = (
    r"(?:\\?\"(?P<dq>[^\"\\\r\n]+)"
    r"|\\?'(?P<sq>[^'\\\r\n]+)"
    r"|(?P<bare>(?:(?!%26|%3[Ff]|\\u0026)(?:[^\s\"'\\;&<>/)\]},]|,(?![\s\"'{\[])))+))"
)


@dataclass(frozen=True)
class Spelling:
    """One way of writing a secret: `pattern` has a `name` group and one of dq/sq/bare (the value)."""

    place: str
    pattern: re.Pattern[str]
    quoted_name: bool = False  # the name sits in quotes, as a JSON member or an HTML attribute does


def _named(closing: str) -> str:
    """A record's member naming the secret (name="csrf", "name": "SESSDATA"); `closing` follows the name."""
    return r"name" + _QUOTE + r"?\s*[:=]\s*" + _QUOTE + r"?(?P<name>" + _NAME + r")" + closing


# A record's member holding the value (value="...", "content": "...").
_VALUED = r"(?:value|content)" + _QUOTE + r"?\s*[:=]\s*" + _VALUE


def _record(*members: str) -> re.Pattern[str]:
    """Members of one record (a JSON object, an HTML tag), each under a key of its own (`name`, not
    `filename`), in the order given and at most 200 characters apart."""
    return re.compile(r"[^{}<>]{0,200}?".join(r"(?<![A-Za-z0-9_])" + member for member in members), re.IGNORECASE)


SPELLINGS = (
    # name=value, name: value, "name": "value", name="value", 'name': 'value', %26name%3Dvalue ...
    Spelling(
        "name and value",
        re.compile(
            _LEAD + r"(?P<q>" + _QUOTE + r")?(?P<name>" + _NAME + r")(?(q)" + _QUOTE + r")"
            r"\s*(?:=|:|%3[Dd])\s*" + _VALUE,
            re.IGNORECASE,
        ),
    ),
    # {"name": "SESSDATA", "value": "..."} (HAR cookie, header and form param arrays) and
    # <meta name="csrf" content="..."> / <input name="csrf" value="...">, or the other way round;
    # where the name ends the match its closing quote is required: `name="keyboard"` is not `key`.
    Spelling("name, then value", _record(_named(_QUOTE + "?"), _VALUED), quoted_name=True),
    Spelling("value, then name", _record(_VALUED, _named(_QUOTE)), quoted_name=True),
    # https://user:password@host
    Spelling(
        "URL password",
        re.compile(r"(?P<name>://[^/\s:@\"'<>]*):(?P<bare>[^/\s@\"'<>]+)@"),
    ),
)

# A cheap first look: text naming no secret and holding no URL password needs no regex pass.
_ANY = re.compile(_NAME + r"|://[^/\s]*@", re.IGNORECASE)


def value_span(match: re.Match[str]) -> tuple[int, int]:
    """Where the secret value of a SPELLINGS match is."""
    groups = match.groupdict()
    for group in ("dq", "sq", "bare"):
        if groups.get(group) is not None:
            return match.span(group)
    raise AssertionError("a spelling without a value")


def _replace(match: re.Match[str]) -> str:
    start, end = value_span(match)
    whole = match.group(0)
    if whole[start - match.start() : end - match.start()] == SCRUBBED:
        return whole
    return whole[: start - match.start()] + SCRUBBED + whole[end - match.start() :]


def scrub_text(text: str) -> str:
    """Replace the value of every secret, in every spelling of SPELLINGS, in a string."""
    if not _ANY.search(text):
        return text
    for spelling in SPELLINGS:
        text = spelling.pattern.sub(_replace, text)
    return text


def _secret_name(name: Any) -> bool:
    return isinstance(name, str) and name.lower() in SECRET_NAMES


def scrub(value: Any) -> Any:
    """A deep copy of a JSON-like value with every secret replaced by SCRUBBED.

    Secret members (`{"csrf": ...}`), name/value pairs naming a secret (`{"name": "SESSDATA",
    "value": ...}`, as HAR files hold cookies and form params) and secrets inside strings all go.
    """
    if isinstance(value, str):
        return scrub_text(value)
    if isinstance(value, dict):
        named = _secret_name(value.get("name"))
        out = {}
        for k, v in value.items():
            secret = _secret_name(k) or (named and k in ("value", "content"))
            out[scrub_text(k) if isinstance(k, str) else k] = SCRUBBED if secret and v not in (None, "") else scrub(v)
        return out
    if isinstance(value, (list, tuple)):
        return [scrub(v) for v in value]
    return value


class Secret(str):
    """A str whose repr never shows it: a cookie header or a csrf value held where a traceback with
    locals, a debugger or a log of a request dict could print it."""

    __slots__ = ()

    def __repr__(self) -> str:
        return f"'{SCRUBBED}'"


class ScrubLogs(logging.Filter):
    """Scrubs a record's message (and its traceback text) before any handler sees it."""

    def filter(self, record: logging.LogRecord) -> bool:
        record.msg = scrub_text(record.getMessage())
        record.args = ()
        if record.exc_info and not record.exc_text:
            record.exc_text = scrub_text(logging.Formatter().formatException(record.exc_info))
        return True


# Every logger a call touches. A filter sees only records logged to its own logger, not those of
# its children, so each child of httpcore is named (and any other found at install time).
LOGGERS = (
    "bilispec",
    "httpx",
    "httpcore",
    "httpcore.connection",
    "httpcore.http11",
    "httpcore.http2",
    "httpcore.proxy",
    "httpcore.socks",
    "hpack",
)
_FILTER = ScrubLogs()


def install_log_filters() -> None:
    """Put the scrubbing filter on every logger of LOGGERS and their existing children (idempotent)."""
    existing = [
        n for n in logging.root.manager.loggerDict if n.split(".", 1)[0] in {"bilispec", "httpx", "httpcore", "hpack"}
    ]
    for name in {*LOGGERS, *existing}:
        logger = logging.getLogger(name)
        if _FILTER not in logger.filters:
            logger.addFilter(_FILTER)
