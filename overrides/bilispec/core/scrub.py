"""Remove secrets from anything that may be written down: recordings, logs, reprs, error text.

One place knows what a secret looks like on this API: login cookies, csrf values, app access keys
and secrets, stream keys (`key=` inside rtmp `code` and `new_link`), the signature parameters of
signed download and image URLs, and passwords in URLs. SPELLINGS is the one table of the ways such a
name and its value are written down; scrub_text replaces every value they match, and `bilispec
secrets` (tools/leaks.py) reports every value they match that looks real. So whatever the detector
can find, the scrubber removes.
"""

from __future__ import annotations

import json
import logging
import re
import string
from collections.abc import Iterable, Iterator
from contextvars import ContextVar
from dataclasses import dataclass
from functools import lru_cache
from typing import Any
from urllib.parse import quote, unquote

SCRUBBED = "SCRUBBED"

# The one table of secret names: every name whose value is a secret wherever it appears (a cookie, a
# form or JSON member, a query parameter, a header, an HTML attribute, a variable), lower case (names
# are matched whatever their case), and the kind `bilispec secrets` reports it as ("": the name as
# written).
SECRETS: dict[str, str] = {
    "sessdata": "SESSDATA",
    "bili_jct": "bili_jct",
    "csrf": "csrf",
    "csrf_token": "csrf",
    "dedeuserid__ckmd5": "DedeUserID__ckMd5",
    "buvid": "buvid",
    "buvid3": "buvid",
    "buvid4": "buvid",
    "b_3": "buvid",  # finger/spi's names for buvid3 and buvid4
    "b_4": "buvid",
    "buvid_fp": "buvid",
    "bili_ticket": "bili_ticket",
    "ac_time_value": "ac_time_value",
    "authorization": "Authorization",
    "access_key": "access_key",
    "access_token": "access_token",
    "refresh_token": "refresh_token",
    "appkey_secret": "app secret",
    "app_secret": "app secret",
    "appsecret": "app secret",
    "client_secret": "app secret",
    "sign": "",
    "key": "stream key",
    "token": "stream token",  # the message stream's connection token (getDanmuInfo, auth packet)
    "upsig": "",
    "x-amz-signature": "",
    "x-amz-credential": "",
    "x-amz-security-token": "",
}
SECRET_NAMES = frozenset(SECRETS)

# The patterns run on the text with its ASCII letters lowered (the same length, so every span is the
# original's): a case-sensitive alternation of names is scanned an order of magnitude faster than a
# case-insensitive one. A name must stand on its own (`key=`, not `live_key=`): checked in Python,
# since a lookbehind at the start of a pattern is tried at every position of the text.
_NAME = "(?:" + "|".join(re.escape(n) for n in sorted(SECRET_NAMES, key=len, reverse=True)) + ")"
_ASCII_LOWER = str.maketrans(string.ascii_uppercase, string.ascii_lowercase)
_WORD = frozenset(string.ascii_lowercase + string.digits + "_-")
_AFTER_ESCAPED_SEPARATOR = ("%26", "%3f", "\\u0026")  # a name after a percent-encoded `&` or `?`
_QUOTE = r"(?:\\?[\"'])"
# The value: in double quotes, in single quotes (a backslash escape such as JSON's `\/` inside), or
# bare up to a separator. A bare value goes on through `/ \ ) <` and control characters: cut short,
# the rest of a secret would stay in clear; scrubbing a little past its end is the safer mistake. A
# comma only ends it before a quote or a space: SESSDATA holds commas once decoded.
_VALUE = (
    r"(?:\\?\"(?P<dq>(?:[^\"\\\r\n]|\\[^\"\r\n])+)"
    r"|\\?'(?P<sq>(?:[^'\\\r\n]|\\[^'\r\n])+)"
    r"|(?P<bare>(?:(?!%26|%3f|\\u0026|\\[\"'])(?:[^\s\"';&>\]},]|,(?![\s\"'{\[])))+))"
)
# Between a name and its value: `=`, `:` or `%3D`. After a space, a bare value must hold something
# other than letters: `pass bili_jct= or set BILI_JCT` names no value, `SESSDATA: 5f0c%2C17` does.
_SEPARATOR = r"\s*(?:=|:|%3d)(?:(?!\s)|\s+(?=\\?[\"']|[^\s\"';&>\]},]*[^a-z\s\"';&>\]},]))"


@dataclass(frozen=True)
class Spelling:
    """One way of writing a secret: `pattern` (run on lowered text) has a `name` group and one of
    dq/sq/bare (the value); `alone`: the name must not end a longer word."""

    place: str
    pattern: re.Pattern[str]
    quoted_name: bool = False  # the name sits in quotes, as a JSON member or an HTML attribute does
    alone: bool = False


def _key(word: str) -> str:
    """A record's key of its own (`name`, not `filename`): the word, then a look back past it."""
    return f"{word}(?<![a-z0-9_]{word})"


def _named(closing: str) -> str:
    """A record's member naming the secret (name="csrf", "name": "SESSDATA"); `closing` follows the name."""
    return _key("name") + _QUOTE + r"?\s*[:=]\s*" + _QUOTE + r"?(?P<name>" + _NAME + r")" + closing


# A record's member holding the value (value="...", "content": "...").
_VALUED = r"(?:" + _key("value") + "|" + _key("content") + r")" + _QUOTE + r"?\s*[:=]\s*" + _VALUE


def _record(*members: str) -> re.Pattern[str]:
    """Members of one record (a JSON object, an HTML tag), in the order given and at most 2000
    characters apart (a HAR cookie's `expires`, `path`, `domain` and more may stand between its
    name and its value)."""
    return re.compile(r"[^{}<>]{0,2000}?".join(members))


SPELLINGS = (
    # name=value, name: value, "name": "value", name="value", 'name': 'value', %26name%3Dvalue ...
    Spelling(
        "name and value",
        re.compile(r"(?P<name>" + _NAME + r")(?P<q>" + _QUOTE + r")?" + _SEPARATOR + _VALUE),
        alone=True,
    ),
    # {"name": "SESSDATA", "value": "..."} (HAR cookie, header and form param arrays) and
    # <meta name="csrf" content="..."> / <input name="csrf" value="...">, or the other way round;
    # where the name ends the match its closing quote is required: `name="keyboard"` is not `key`.
    Spelling("name, then value", _record(_named(_QUOTE + "?"), _VALUED), quoted_name=True),
    Spelling("value, then name", _record(_VALUED, _named(_QUOTE)), quoted_name=True),
    # Authorization: Bearer <token> (the scheme is a word; the credentials follow it)
    Spelling(
        "authorization",
        re.compile(
            r"(?P<name>authorization)(?P<q>"
            + _QUOTE
            + r")?\s*[:=]\s*"
            + _QUOTE
            + r"?[a-z][\w-]*\s+(?P<bare>[^\s\"'\\,;]+)"
        ),
        alone=True,
    ),
    # https://user:password@host
    Spelling(
        "URL password",
        re.compile(r"(?P<name>://[^/\s:@\"'<>]*):(?P<bare>[^/\s@\"'<>]+)@"),
    ),
)

# A cheap first look: text naming no secret, holding no URL password and no escape (behind which a
# name may hide) needs no regex pass.
_ANY = re.compile(_NAME + r"|://[^/\s]*@|%[0-9a-f]{2}|\\u[0-9a-f]{4}|\\/")


def lowered(text: str) -> str:
    """The text with its ASCII letters lowered: what SPELLINGS run on (the same length)."""
    return text.translate(_ASCII_LOWER)


def _alone(low: str, start: int) -> bool:
    return start == 0 or low[start - 1] not in _WORD or low.endswith(_AFTER_ESCAPED_SEPARATOR, 0, start)


def matches(spelling: Spelling, low: str) -> Iterator[re.Match[str]]:
    """The matches of a spelling in lowered text (names standing on their own where it asks)."""
    pos = 0
    while True:
        match = spelling.pattern.search(low, pos)
        if match is None:
            return
        if spelling.alone and not _alone(low, match.start("name")):
            pos = match.start("name") + 1  # a secret may still start inside what this match took
            continue
        yield match
        pos = max(match.end(), pos + 1)


def value_span(match: re.Match[str]) -> tuple[int, int]:
    """Where the secret value of a SPELLINGS match is."""
    groups = match.groupdict()
    for group in ("dq", "sq", "bare"):
        if groups.get(group) is not None:
            return match.span(group)
    raise AssertionError("a spelling without a value")


def _scrub_spans(text: str, spans: list[tuple[int, int]]) -> str:
    """The text with each span (merged where they overlap) replaced by SCRUBBED."""
    out, last = [], 0
    for start, end in sorted(spans):
        if end <= last:
            continue
        start = max(start, last)
        out += [text[last:start], SCRUBBED]
        last = end
    return "".join(out) + text[last:]


# ---------------------------------------------------------------------------------------------
# Secrets by value. The client knows its credentials, and `bilispec validate` the cookies of the
# entry it judges: those values are removed wherever they appear, named or not (a server echoing
# SESSDATA in a message). Values shorter than MIN_HELD are not held: they occur in ordinary text.

MIN_HELD = 6
HELD_CAP = 64  # the process's credentials (a few clients' worth); the oldest go first past it
_HELD: dict[str, None] = {}
_SCOPED: ContextVar[tuple[str, ...]] = ContextVar("bilispec_scoped_secrets", default=())


def hold(*values: str | None) -> None:
    """Scrub these values (a client's credentials) from every text, for the life of the process."""
    for value in values:
        if isinstance(value, str) and len(value) >= MIN_HELD:
            _HELD.pop(value, None)
            _HELD[value] = None
            while len(_HELD) > HELD_CAP:
                del _HELD[next(iter(_HELD))]


class holding:
    """Scrub these values (the cookies of an entry being judged) from every text, inside the block.
    A class, not a generator's context manager: `bilispec validate` enters one per request it judges."""

    __slots__ = ("_kept", "_token")

    def __init__(self, values: Iterable[str]) -> None:
        self._kept = tuple(v for v in values if isinstance(v, str) and len(v) >= MIN_HELD)[:HELD_CAP]

    def __enter__(self) -> None:
        self._token = _SCOPED.set(_SCOPED.get() + self._kept)

    def __exit__(self, *exc: object) -> None:
        _SCOPED.reset(self._token)


@lru_cache(maxsize=1024)
def spellings_of(value: str) -> tuple[str, ...]:
    """A value as it may be written down: as it is, percent-encoded once or twice (or decoded), JSON-
    escaped (`\\/`, `\\uXXXX`); longest first, so the whole of a spelling goes."""
    forms = {value, unquote(value)}
    for form in list(forms):
        once = quote(form, safe="")
        forms |= {once, quote(once, safe=""), quote(form, safe="/*"), form.replace("/", "\\/"), json.dumps(form)[1:-1]}
    return tuple(sorted((f for f in forms if len(f) >= MIN_HELD), key=len, reverse=True))


@lru_cache(maxsize=256)
def _by_value(values: frozenset[str]) -> re.Pattern[str]:
    spelled = sorted({f for v in values for f in spellings_of(v)}, key=len, reverse=True)
    return re.compile("|".join(re.escape(f) for f in spelled))


def _remove(text: str, values: Iterable[str]) -> str:
    # Most texts hold none of the values: a substring test per spelling, before any regex is made.
    wanted = frozenset(v for v in values if v != SCRUBBED and len(v) >= MIN_HELD and _appears(v, text))
    if not wanted:
        return text
    return _by_value(wanted).sub(SCRUBBED, text)


def _appears(value: str, text: str) -> bool:
    return any(form in text for form in spellings_of(value))


# ---------------------------------------------------------------------------------------------
# Escapes. A name or value behind `\\u0053ESSDATA`, `\\/` or a second layer of percent-encoding
# is read in a view with the escapes undone; what the spellings find there is removed by value.

_JSON_ESCAPE = re.compile(r"\\u([0-9A-Fa-f]{4})|\\/")


def _json_unescape(text: str) -> str:
    return _JSON_ESCAPE.sub(lambda m: chr(int(m.group(1), 16)) if m.group(1) else "/", text)


def views(text: str) -> list[str]:
    """The text as written, then as read with JSON escapes undone and one and two layers of
    percent-encoding undone (each view once)."""
    out = [text]
    if _JSON_ESCAPE.search(text):
        out.append(_json_unescape(text))
    for view in list(out):
        for _ in range(2):
            if "%" not in view:
                break
            view = unquote(view)
            if view in out:
                break
            out.append(view)
    return out


def found_values(text: str) -> Iterator[tuple[Spelling, re.Match[str]]]:
    """Every match of every spelling in a text (on its lowered copy: take names and values from
    `text` at the match's spans)."""
    low = lowered(text)
    for spelling in SPELLINGS:
        for match in matches(spelling, low):
            yield spelling, match


def scrub_text(text: str) -> str:
    """Replace the value of every secret, in every spelling of SPELLINGS (escaped or not), and every
    held value in any of its spellings, in a string."""
    held = (*_HELD, *_SCOPED.get())
    if held:
        text = _remove(text, held)
    if not _ANY.search(lowered(text)):
        return text
    spans = [value_span(m) for _, m in found_values(text)]
    text = _scrub_spans(text, [(a, b) for a, b in spans if text[a:b] != SCRUBBED])
    hidden = [view[slice(*value_span(m))] for view in views(text)[1:] for _, m in found_values(view)]
    return _remove(text, hidden) if hidden else text


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
