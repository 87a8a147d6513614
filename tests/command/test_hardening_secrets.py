"""One scrubber as strong as the detector, proved by generating secrets in every spelling and place.

hypothesis draws a secret (SESSDATA, bili_jct, csrf, csrf_token, access_key, a stream key, upsig,
X-Amz-Signature, an app secret, a URL password), a realistic value, and a place to write it (a
query, a Cookie or Set-Cookie header, a form, JSON compact, spaced and escaped inside JSON, a Python
repr, keyword arguments, `name: value`, a JS variable, HTML meta and input, a HAR cookie or param
array, after a comma, in quotes, a path segment, a percent-encoded nested URL, an httpcore log line).
Then: the scrubbed text holds no part of the value; `bilispec secrets` finds it before scrubbing and
nothing after; an ApiError whose server message and body echo it shows it nowhere; and `bilispec
validate` shows it in none of its three report formats when a non-JSON body or a URL carries it.
Values are made at run time, so no file holds one.
"""

from __future__ import annotations

import base64
import gzip
import json
import tempfile
import zlib
from collections.abc import Callable
from functools import cache
from pathlib import Path
from urllib.parse import quote, unquote

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from bilispec.client.auth import Credentials
from bilispec.core import errors
from bilispec.core.description import description
from bilispec.core.scrub import scrub, scrub_text, views
from bilispec.tools import render
from bilispec.tools.audit import Auditor
from bilispec.tools.cli import main
from bilispec.tools.documents import read_document
from bilispec.tools.leaks import scan_files, scan_text

HEX = "0123456789abcdef"
ALNUM = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"


def _value(alphabet: str) -> st.SearchStrategy[str]:
    # A letter and a digit first: real secrets have both, and the detector asks for both.
    return st.text(alphabet, min_size=14, max_size=40).map(lambda t: "a1" + t)


SESSDATA_VALUE = st.builds(
    lambda a, b, c, d: f"{a}%2C{b}%2C{c}*{d}",
    st.text(HEX, min_size=8, max_size=8),
    st.integers(1_700_000_000, 1_999_999_999),
    st.text(HEX, min_size=5, max_size=5),
    st.text(ALNUM, min_size=2, max_size=4),
)
B64URL = ALNUM + "-_"
JWT_VALUE = st.builds(
    lambda a, b, c: f"eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJ{a}.{b}{c}",
    st.text(B64URL, min_size=20, max_size=40),
    st.text(B64URL, min_size=20, max_size=30),
    st.text("0123456789", min_size=2, max_size=4),
)
BUVID_VALUE = st.builds(
    lambda a, b, c: f"{a}-{b}-4A2B-9C3D-{c}infoc",
    st.text(HEX.upper(), min_size=8, max_size=8).map(lambda t: "A1" + t[2:]),
    st.text(HEX.upper(), min_size=4, max_size=4),
    st.text("0123456789", min_size=17, max_size=17),
)
NAMES: dict[str, st.SearchStrategy[str]] = {
    "SESSDATA": SESSDATA_VALUE,
    "sessdata": SESSDATA_VALUE,  # a lower-case cookie name (a browser extension's export)
    "bili_jct": _value(HEX),
    "BILI_JCT": _value(HEX),
    "csrf": _value(HEX),
    "csrf_token": _value(HEX),
    "access_key": _value(HEX),
    "key": _value(ALNUM),  # the stream key in rtmp `code` and `new_link`
    "upsig": _value(HEX),
    "X-Amz-Signature": _value(HEX),
    "appsecret": _value(ALNUM),
    "app_secret": _value(ALNUM),
    "appSecret": _value(ALNUM),
    "DedeUserID__ckMd5": _value(HEX),
    "buvid3": BUVID_VALUE,
    "bili_ticket": JWT_VALUE,
    "ac_time_value": _value(HEX),
    "Authorization": JWT_VALUE,
}


def _escaped_name(name: str, value: str) -> str:
    """JSON with every character of the name written as a \\uXXXX escape (as some encoders do)."""
    escaped = "".join(f"\\u{ord(c):04x}" for c in name)
    return '{"a": 1, "' + escaped + '": "' + value + '"}'


def _far_apart(name: str, value: str) -> str:
    """A HAR cookie whose name and value are a thousand characters apart."""
    cookie = {"name": name, "path": "/", "domain": ".bilibili.com", "expires": "2026-12-31T00:00:00Z"}
    cookie |= {"httpOnly": True, "secure": True, "comment": "c" * 1000, "value": value}
    return json.dumps({"cookies": [cookie]})


Place = Callable[[str, str], str]
PLACES: dict[str, Place] = {
    "query": lambda n, v: f"https://api.live.bilibili.com/x?room_id=1&{n}={v}&b=2",
    "cookie header": lambda n, v: f"Cookie: a=1; {n}={v}; b=2",
    "set-cookie": lambda n, v: f"Set-Cookie: {n}={v}; Path=/; HttpOnly",
    "form": lambda n, v: f"room_id=1&{n}={v}",
    "JSON": lambda n, v: json.dumps({"a": 1, n: v}),
    "JSON compact": lambda n, v: json.dumps({n: v}, separators=(",", ":")),
    "JSON in JSON": lambda n, v: json.dumps({"msg": json.dumps({n: v})}),
    "python repr": lambda n, v: repr({"a": 1, n: v}),
    "keyword repr": lambda n, v: f"Thing(a=1, {n}={v!r})",
    "name: value": lambda n, v: f"{n}: {v}",
    "JS variable": lambda n, v: f'<script>var {n}="{v}";</script>',
    "HTML meta": lambda n, v: f'<meta name="{n}" content="{v}">',
    "HTML input": lambda n, v: f'<input type="hidden" name="{n}" value="{v}">',
    "HAR cookie array": lambda n, v: json.dumps({"cookies": [{"name": n, "value": v, "path": "/"}]}, indent=2),
    "HAR params array": lambda n, v: json.dumps({"params": [{"name": "a", "value": "1"}, {"name": n, "value": v}]}),
    "after a comma": lambda n, v: f"a=1,{n}={v}",
    "in quotes": lambda n, v: f"'{n}={v}'",
    "path segment": lambda n, v: f"https://h.example/{n}={v}/next",
    "nested URL": lambda n, v: f"u=https%3A%2F%2Fh%2Fx%3Fa%3D1%26{n}%3D{v}%26b%3D2",
    "httpcore log": lambda n, v: (
        "receive_response_headers.complete return_value="
        f"(b'HTTP/1.1', 200, b'OK', [(b'Set-Cookie', b'{n}={v}; Path=/')])"
    ),
    "URL password": lambda n, v: f"https://user:{v}@cdn.example/file.mp4",
    "unicode-escaped name": _escaped_name,
    "JSON-escaped slashes": lambda n, v: json.dumps({"url": f"https://h.example/x?{n}={v}&b=2"}).replace("/", "\\/"),
    "value split by an escaped slash": lambda n, v: '{"' + n + '": "' + v[:7] + "\\/" + v[7:] + '"}',
    "double URL-encoded": lambda n, v: (
        "u=https%253A%252F%252Fh%252Fx%253Fa%253D1%2526"
        + n
        + "%253D"
        + quote(quote(v, safe=""), safe="")
        + "%2526b%253D2"
    ),
    "name and value far apart": _far_apart,
    "authorization scheme": lambda n, v: f"GET / HTTP/1.1\r\n{n}: Bearer {v}\r\nAccept: */*",
}
# Places that only make sense for some names (a stream key never holds a slash).
ONLY: dict[str, set[str]] = {
    "authorization scheme": {"Authorization"},
    "value split by an escaped slash": set(NAMES) - {"key"},
}


@st.composite
def secrets(draw: st.DrawFn) -> tuple[str, str, str]:
    name = draw(st.sampled_from(sorted(NAMES)))
    places = sorted(p for p in PLACES if name in ONLY.get(p, {name}))
    return name, draw(NAMES[name]), draw(st.sampled_from(places))


def _fragments(value: str) -> list[str]:
    """The value, and pieces long enough to be telling: a leak cut short is still a leak."""
    return [value, value[:10], value[-10:]]


_ROTATE = str.maketrans(
    "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ",
    "1234567890bcdefghijklmnopqrstuvwxyzaBCDEFGHIJKLMNOPQRSTUVWXYZA",
)


def _other(value: str) -> str:
    """A value of the same shape (each letter and digit moved one on, in its own class) but not this one."""
    return value.translate(_ROTATE)


def _clean(show: Callable[[str], str], value: str) -> bool:
    """What `show` makes of `value` holds no fragment of it beyond what it holds for another value of
    the same shape: text that is there whatever the secret (an exception's class name, a report's
    heading) is not a leak even when a drawn value happens to contain it; only what came from the
    secret counts."""
    shown, baseline = show(value), show(_other(value))
    return not any(shown.count(fragment) > baseline.count(fragment) for fragment in _fragments(value))


@given(secrets())
@example(("Authorization", "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.a1b2c3d4", "authorization scheme"))
@settings(max_examples=400, deadline=None)
def test_scrubber_removes_what_the_detector_finds(secret: tuple[str, str, str]) -> None:
    name, value, place = secret
    text = PLACES[place](name, value)
    assert scan_text(text), f"the detector misses {place}: {text!r}"
    scrubbed = scrub_text(text)
    # Also with JSON escapes and percent-encoding undone: each view of the scrubbed text is judged
    # against the same view for another value of the same shape.
    for i in range(len(views(scrubbed))):
        assert _clean(lambda v, i=i: views(scrub_text(PLACES[place](name, v)))[i], value), f"{place}: {scrubbed!r}"
    assert not scan_text(scrubbed), f"{place}: the detector still finds {scan_text(scrubbed)}"
    # The structured scrub of a parsed JSON place (HAR arrays included) is as clean.
    if place.startswith(("JSON", "HAR")):
        assert _clean(lambda v: json.dumps(scrub(json.loads(PLACES[place](name, v)))), value)


@given(secrets())
# A value whose last ten characters are in the class name BadRequestError: not a leak.
@example(("appsecret", "a1b2c3d4e5f6questError", "name: value"))
@settings(max_examples=150, deadline=None)
def test_api_errors_echoing_a_secret_show_it_nowhere(secret: tuple[str, str, str]) -> None:
    name, value, place = secret

    def shown(v: str) -> str:
        echoed = PLACES[place](name, v)
        body = {"code": -400, "message": f"bad request: {echoed}", "data": {"echo": echoed}}
        exc = errors.api_error(code=-400, message=body["message"], operation="get_vote_panel", meaning=None, body=body)
        texts = (str(exc), repr(exc), exc.message, json.dumps(exc.body, ensure_ascii=False), repr(vars(exc)))
        return "\n".join(texts)

    assert _clean(shown, value), f"{place}: {shown(value)!r}"


def test_the_leak_check_is_exact() -> None:
    """A fragment that is there whatever the secret is no leak; one that came from the secret is."""
    value = "a1b2c3d4e5f6questError"
    assert _clean(lambda v: "BadRequestError: scrubbed", value)  # in the class name, not from the value
    assert not _clean(lambda v: f"BadRequestError: {v[:10]}", value)  # cut short, still a leak
    assert not _clean(lambda v: f"BadRequestError: {v}", value)


@cache
def _auditor() -> Auditor:
    return Auditor(description())


def _reports(document: dict[str, object]) -> list[str]:
    audit = _auditor().run(read_document("capture.har", document))
    return [render.to_table(audit, False, False), render.to_json(audit, False, False), render.to_junit(audit, False)]


@given(secrets())
@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_validate_reports_show_no_secret(secret: tuple[str, str, str]) -> None:
    """A non-JSON body (a risk-control page, a login page) and a request URL that carry a secret."""
    name, value, place = secret

    def reports(v: str) -> str:
        page = "<html><title>" + PLACES[place](name, v) + "</title><body>" + PLACES[place](name, v) + "</body></html>"
        url = "https://api.live.bilibili.com/xlive/app-room/v1/index/getInfoByRoom?room_id=1&" + f"{name}={v}"
        entry = {
            "request": {"method": "GET", "url": url, "headers": [], "cookies": [{"name": name, "value": v}]},
            "response": {"status": 200, "headers": [], "content": {"mimeType": "text/html", "text": page}},
        }
        return "\n".join(_reports({"log": {"entries": [entry]}}))

    assert _clean(reports, value), f"{place}: {reports(value)[:400]!r}"


@pytest.mark.parametrize("layout", ["chrome-har", "text-log", "json-dump"])
def test_bilispec_secrets_finds_har_cookie_arrays_and_form_params(
    layout: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The tester's case: SESSDATA and bili_jct in request.cookies, csrf in postData.params."""
    sess, jct = "5f0c2a1b%2C1790000000%2Cab12c*b1", "9a8b7c6d5e4f30211f2e3d4c5b6a7980"
    entry = {
        "request": {
            "method": "POST",
            "url": "https://api.live.bilibili.com/x",
            "cookies": [{"name": "SESSDATA", "value": sess}, {"name": "bili_jct", "value": jct}],
            "postData": {"mimeType": "application/x-www-form-urlencoded", "params": [{"name": "csrf", "value": jct}]},
        }
    }
    text = {
        "chrome-har": json.dumps({"log": {"entries": [entry]}}, indent=2),
        "text-log": f"sent {entry!r}",
        "json-dump": json.dumps(entry, separators=(",", ":")),
    }[layout]
    path = tmp_path / {"chrome-har": "chrome.har", "text-log": "client.log", "json-dump": "dump.json"}[layout]
    path.write_text(text)
    assert main(["secrets", str(path)]) == 1
    out = capsys.readouterr().out
    assert "SESSDATA" in out and "bili_jct" in out and "csrf" in out, out
    assert sess not in out and jct not in out  # the report names, it does not show
    path.write_text(scrub_text(text))
    assert main(["secrets", str(path)]) == 0
    assert "0 unscrubbed" in capsys.readouterr().err


# ---------------------------------------------------------------------------------------------
# Values: whole, whatever they hold, and found by value when the client knows them.

ODD = ALNUM + "/\\)<\x00"


@given(st.sampled_from(["SESSDATA", "bili_jct", "csrf", "access_key"]), st.text(ODD, min_size=12, max_size=40))
@settings(max_examples=200, deadline=None)
def test_a_bare_value_is_scrubbed_whole_whatever_it_holds(name: str, tail: str) -> None:
    """`/ \\ ) <` and NUL do not end a value: cut short, the rest of the secret would stay in clear."""
    value = "a1" + tail
    for text in (f"{name}={value}", f"Cookie: {name}={value}", f"https://h/x?{name}={value}", f"{name}: {value}"):
        scrubbed = scrub_text(text)
        assert value[2:] not in scrubbed and value[-8:] not in scrubbed, (text, scrubbed)


def test_ordinary_words_are_not_values() -> None:
    text = "pass bili_jct= or set BILI_JCT; csrf: none; SESSDATA = unset"
    assert scrub_text(text) == text


ECHOES: dict[str, Callable[[str], str]] = {
    "as it is": lambda v: f"session {v} expired",
    "percent-encoded": lambda v: f"bad cookie {quote(v, safe='')}",
    "twice percent-encoded": lambda v: f"u={quote(quote(v, safe=''), safe='')}",
    "decoded": lambda v: f"session {unquote(v)} expired",
    "JSON-escaped": lambda v: json.dumps({"m": v}).replace("/", "\\/"),
    "in a path": lambda v: f"https://h.example/{v}/next",
}


@given(
    st.sampled_from(["sessdata", "bili_jct"]),
    st.one_of(SESSDATA_VALUE, st.text(ALNUM + "/)<-_.", min_size=14, max_size=40).map(lambda t: "a1" + t)),
    st.sampled_from(sorted(ECHOES)),
)
@settings(max_examples=200, deadline=None)
def test_a_credential_the_client_holds_is_scrubbed_unnamed(field: str, value: str, echo: str) -> None:
    """A server echoing SESSDATA or bili_jct without its name: the value goes from every text."""
    Credentials(**{field: value})  # what BiliClient does with the credentials it is given
    said = ECHOES[echo](value)
    body = {"code": -400, "message": said, "data": {"echo": said}}
    exc = errors.api_error(code=-400, message=said, operation="get_vote_panel", meaning=None, body=body)
    for shown in (str(exc), repr(exc), repr(exc.args), exc.message, json.dumps(exc.body), repr(vars(exc))):
        for view in views(shown):
            assert value not in view and unquote(value) not in view, (echo, shown)


CONTAINERS: dict[str, Callable[[bytes], bytes]] = {
    "HAR": lambda har: har,
    ".har.gz": gzip.compress,
    "zlib": zlib.compress,
    "UTF-16": lambda har: har.decode("utf-8").encode("utf-16"),
    "base64 of a HAR": base64.b64encode,
    "base64 of a .har.gz": lambda har: base64.b64encode(gzip.compress(har)),
}


def _har(name: str, value: str, where: str) -> bytes:
    body = {"code": 0, "data": {"echo": f"{name}={value}"}}
    text = json.dumps(body)
    content: dict[str, object] = {"mimeType": "application/json", "text": text}
    if where == "body stored as base64":
        content = {
            "mimeType": "application/json",
            "encoding": "base64",
            "text": base64.b64encode(text.encode()).decode(),
        }
    request: dict[str, object] = {"method": "GET", "url": "https://api.live.bilibili.com/x", "headers": []}
    if where == "header":
        request["headers"] = [{"name": name, "value": value}]
    if where == "cookie array":
        request["cookies"] = [{"name": name, "value": value}]
    entry = {"request": request, "response": {"status": 200, "headers": [], "content": content}}
    return json.dumps({"log": {"entries": [entry]}}).encode()


@given(
    secrets(), st.sampled_from(sorted(CONTAINERS)), st.sampled_from(["body", "body stored as base64", "cookie array"])
)
@settings(max_examples=150, deadline=None)
def test_the_scan_reads_every_container_validate_reads(
    secret: tuple[str, str, str], container: str, where: str
) -> None:
    name, value, _ = secret
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"capture.{container.replace(' ', '_')}"
        path.write_bytes(CONTAINERS[container](_har(name, value, where)))
        leaks = scan_files([path])
    assert leaks, f"{name} in a {where} of a {container} is not found"
    assert all(value not in str(leak) and value[-10:] not in str(leak) for leak in leaks)
