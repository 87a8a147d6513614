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
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from functools import lru_cache
from typing import Any
from urllib.parse import quote, unquote

SCRUBBED = "SCRUBBED"

# The one table of secret names: every name whose value is a secret wherever it appears (a cookie, a
# form or JSON member, a query parameter, a header, an HTML attribute, a variable), lower case (names
# are matched whatever their case), and the kind `bilispec secrets` reports it as.
SECRETS: dict[str, str] = {
    "sessdata": "SESSDATA",
    "bili_jct": "bili_jct",
    "csrf": "csrf",
    "csrf_token": "csrf",
    "dedeuserid__ckmd5": "DedeUserID__ckMd5",
    "buvid3": "buvid",
    "buvid4": "buvid",
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
    "sign": "signature",
    "key": "stream key",
    "upsig": "signature",
    "x-amz-signature": "signature",
    "x-amz-credential": "signature",
    "x-amz-security-token": "signature",
}
SECRET_NAMES = frozenset(SECRETS)

_NAME = "(?:" + "|".join(re.escape(n) for n in sorted(SECRET_NAMES, key=len, reverse=True)) + ")"
# A name of its own (`key=`, not `live_key=`), or one after a percent-encoded `&`/`?`/`\u0026`.
_LEAD = r"(?:(?<![A-Za-z0-9_\-])|(?<=%26)|(?<=%3[Ff])|(?<=\\u0026))"
_QUOTE = r"(?:\\?[\"'])"
# The value: in double quotes, in single quotes (a backslash escape such as JSON's `\/` inside), or
# bare up to a separator. A bare value goes on through `/ \ ) <` and control characters: cut short,
# the rest of a secret would stay in clear; scrubbing a little past its end is the safer mistake. A
# comma only ends it before a quote or a space: SESSDATA holds commas once decoded.
_VALUE = (
    r"(?:\\?\"(?P<dq>(?:[^\"\\\r\n]|\\[^\"\r\n])+)"
    r"|\\?'(?P<sq>(?:[^'\\\r\n]|\\[^'\r\n])+)"
    r"|(?P<bare>(?:(?!%26|%3[Ff]|\\u0026|\\[\"'])(?:[^\s\"';&>\]},]|,(?![\s\"'{\[])))+))"
)
# Between a name and its value: `=`, `:` or `%3D`. After a space, a bare value must hold something
# other than letters: `pass bili_jct= or set BILI_JCT` names no value, `SESSDATA: 5f0c%2C17` does.
_SEPARATOR = r"\s*(?:=|:|%3[Dd])(?:(?!\s)|\s+(?=\\?[\"']|[^\s\"';&>\]},]*[^A-Za-z\s\"';&>\]},]))"


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
    `filename`), in the order given and at most 2000 characters apart (a HAR cookie's `expires`,
    `path`, `domain` and more may stand between its name and its value)."""
    return re.compile(r"[^{}<>]{0,2000}?".join(r"(?<![A-Za-z0-9_])" + member for member in members), re.IGNORECASE)


SPELLINGS = (
    # name=value, name: value, "name": "value", name="value", 'name': 'value', %26name%3Dvalue ...
    Spelling(
        "name and value",
        re.compile(
            _LEAD + r"(?P<q>" + _QUOTE + r")?(?P<name>" + _NAME + r")(?(q)" + _QUOTE + r")" + _SEPARATOR + _VALUE,
            re.IGNORECASE,
        ),
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
            _LEAD
            + r"(?P<q>"
            + _QUOTE
            + r")?(?P<name>authorization)(?(q)"
            + _QUOTE
            + r")\s*[:=]\s*"
            + _QUOTE
            + r"?[A-Za-z][\w-]*\s+(?P<bare>[^\s\"'\\,;]+)",
            re.IGNORECASE,
        ),
    ),
    # https://user:password@host
    Spelling(
        "URL password",
        re.compile(r"(?P<name>://[^/\s:@\"'<>]*):(?P<bare>[^/\s@\"'<>]+)@"),
    ),
)

# A cheap first look: text naming no secret, holding no URL password and no escape (behind which a
# name may hide) needs no regex pass.
_ANY = re.compile(_NAME + r"|://[^/\s]*@|%[0-9A-Fa-f]{2}|\\u[0-9A-Fa-f]{4}|\\/", re.IGNORECASE)


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


@contextmanager
def holding(values: Iterable[str]) -> Iterator[None]:
    """Scrub these values (the cookies of an entry being judged) from every text, inside the block."""
    kept = tuple(v for v in values if isinstance(v, str) and len(v) >= MIN_HELD)[:HELD_CAP]
    token = _SCOPED.set(_SCOPED.get() + kept)
    try:
        yield
    finally:
        _SCOPED.reset(token)


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
    wanted = frozenset(v for v in values if v != SCRUBBED and len(v) >= MIN_HELD)
    if not wanted:
        return text
    return _by_value(wanted).sub(SCRUBBED, text)


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
    """Every match of every spelling in a text (its value at value_span)."""
    for spelling in SPELLINGS:
        for match in spelling.pattern.finditer(text):
            yield spelling, match


def scrub_text(text: str) -> str:
    """Replace the value of every secret, in every spelling of SPELLINGS (escaped or not), and every
    held value in any of its spellings, in a string."""
    held = (*_HELD, *_SCOPED.get())
    if held:
        text = _remove(text, held)
    if not _ANY.search(text):
        return text
    for spelling in SPELLINGS:
        text = spelling.pattern.sub(_replace, text)
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
