"""`bilispec validate`'s lean lane says what the general way says.

A large HAR's entries reach the auditor in batches (tools/capture.py, Batch); the lean lane
(Auditor._lean) judges the common case of each entry in a few steps and hands everything else to the
general way. Here both judge thousands of entries mutated in their bodies, statuses, content types,
requests, cookies, headers and secrets, and must give equal results, with the lean lane taking a good
share of them and giving way on a good share too.
"""

from __future__ import annotations

import base64
import gzip
import json
import random
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlsplit, urlunsplit

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bilispec.core.description import description
from bilispec.tools import documents, har_entries, inputs, request_shapes
from bilispec.tools.audit import Auditor
from bilispec.tools.capture import DEFAULTS, Batch, InputProblem
from bilispec.tools.cli import main
from bilispec.tools.results import VALID, Result

from .. import har_support as har
from ..conftest import load_recording, recording_files
from .test_validate_streaming import write_har

# Secrets built at run time (no literal a scanner would flag): each must stay out of every result.
SESSDATA = "5f0c" * 8
BILI_JCT = "0123456789abcdef" * 2
TOKEN = "tok_" + "9a8b" * 6
SECRETS = (SESSDATA, BILI_JCT, TOKEN)

_OTHER_VALUES: list[Any] = [None, 0, 1, -1, True, "", "x", 1.5, [], {}, [{"a": 1}], {"unknown_member": 1}]


def base_entries() -> list[dict[str, Any]]:
    """Every recording as a browser's entry (successes and documented errors)."""
    return [har.from_recording(load_recording(path)) for path in recording_files()]


def batch_of(entries: list[Any], first: int = 0) -> Batch:
    """A batch as the reader cuts it: each entry's UTF-8, joined by `,`."""
    texts = [json.dumps(e, ensure_ascii=False).encode("utf-8", "surrogatepass") for e in entries]
    return Batch("capture.har", first, b",".join(texts), len(texts), DEFAULTS)


def _places(value: Any, path: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    children = value.items() if isinstance(value, dict) else enumerate(value) if isinstance(value, list) else ()
    for key, child in children:
        yield (*path, key)
        yield from _places(child, (*path, key))


def _set(value: Any, path: tuple[Any, ...], replacement: Any, remove: bool = False) -> None:
    for key in path[:-1]:
        value = value[key]
    if remove and isinstance(value, dict):
        del value[path[-1]]
    else:
        value[path[-1]] = replacement


def _body_mutant(rng: random.Random, body: Any) -> str:
    """The body as text, changed in one way a server or a capture might change it."""
    body = json.loads(json.dumps(body))
    places = list(_places(body))
    kind = rng.randrange(9)
    if kind <= 2 and places:  # a member removed or of another type
        _set(body, rng.choice(places), rng.choice(_OTHER_VALUES), remove=kind == 0)
    elif kind == 3 and isinstance(body, dict):  # a member the description does not know
        objects = [p for p in places if isinstance(_get(body, p), dict)] or [()]
        target = _get(body, rng.choice(objects))
        target["unknown_member_" + str(rng.randrange(3))] = rng.choice(_OTHER_VALUES)
    elif kind == 4 and isinstance(body, dict):  # another code
        body["code"] = rng.choice([0, -1, -101, 10031, 987654, "0", 0.0, True, None])
    elif kind == 5:  # odd text
        text = json.dumps(body, ensure_ascii=False)
        odd = [" " + text, text[:-1], "[" + text + "]", "null", '{"code": 0, "data": {"n": 1e400}}', "<html>", ""]
        odd += ['{"code": 0, "code": 0, "data": null}', '{"code": 0, "message": "\\ud800", "data": {}}']
        return rng.choice(odd)
    return json.dumps(body, ensure_ascii=rng.random() < 0.5)


def _get(value: Any, path: tuple[Any, ...]) -> Any:
    for key in path:
        value = value[key]
    return value


def _request_mutant(rng: random.Random, request: dict[str, Any]) -> None:
    """The request changed in one way: method, host, query, cookies, headers, body."""
    kind = rng.randrange(10)
    try:
        parts = urlsplit(request["url"])
    except (TypeError, ValueError, AttributeError):  # an earlier mutation broke it
        return
    if not isinstance(request.get("headers"), list):
        request["headers"] = []
    if kind == 0:
        request["method"] = rng.choice(["POST", "GET", "OPTIONS", "get", "PUT"])
    elif kind == 1:
        host = rng.choice(["api.live.bilibili.com", "api.bilibili.com", "127.0.0.1:8765", "example.com"])
        request["url"] = urlunsplit((parts.scheme, host, parts.path, parts.query, ""))
    elif kind == 2:  # a member added, dropped or of another value
        pairs = [p.split("=", 1) for p in parts.query.split("&") if p]
        if pairs and rng.random() < 0.5:
            index = rng.randrange(len(pairs))
            pairs[index][-1] = rng.choice(["", "abc", "-1", "0", "x" * 300, "SCRUBBED", "1.5", "%E4%B8%AD"])
        elif pairs and rng.random() < 0.5:
            pairs.pop(rng.randrange(len(pairs)))
        else:
            pairs.append(["unknown_" + str(rng.randrange(3)), "1"])
        query = "&".join("=".join(p) for p in pairs)
        request["url"] = urlunsplit((parts.scheme, parts.netloc, parts.path, query, ""))
    elif kind == 3:  # login cookies, with a csrf that matches or not
        request["headers"].append({"name": "Cookie", "value": f"SESSDATA={SESSDATA}; bili_jct={BILI_JCT}"})
        csrf = rng.choice([BILI_JCT, "0" * 32, ""])
        sep = "&" if parts.query else ""
        request["url"] = urlunsplit((parts.scheme, parts.netloc, parts.path, f"{parts.query}{sep}csrf={csrf}", ""))
    elif kind == 4:
        request["headers"].append({"name": "Authorization", "value": f"Bearer {TOKEN}"})
    elif kind == 5:
        request["cookies"] = [{"name": "bili_jct", "value": rng.choice([BILI_JCT, "xxxxxx"])}]
    elif kind == 6:
        request["postData"] = rng.choice(
            [
                {"mimeType": "application/x-www-form-urlencoded", "text": f"room_id=1&csrf={BILI_JCT}"},
                {"mimeType": "application/json", "text": '{"room_id": 1}'},
                {"mimeType": "text/plain", "text": "hello"},
                {"mimeType": "application/x-www-form-urlencoded", "params": [{"name": "a", "value": "1"}]},
            ]
        )
    elif kind == 7:
        request["headers"] = rng.choice([[{"name": 1, "value": "x"}], "none", [{"name": "Cookie"}]])
    elif kind == 8:
        request["url"] = rng.choice(["http://[::1", "not a url", 5, "https://api.live.bilibili.com:99999/x"])


def _entry_mutant(rng: random.Random, entry: dict[str, Any]) -> Any:
    """One mutant of an entry: its body, its response's frame, its request, or all of them."""
    entry = json.loads(json.dumps(entry))
    response, content = entry["response"], entry["response"]["content"]
    for _ in range(rng.choice([1, 1, 2, 3])):
        part = rng.randrange(10)
        if part <= 3:
            content["text"] = _body_mutant(rng, _parsed(content.get("text")))
        elif part == 4:
            response["status"] = rng.choice([200, 204, 302, 412, 500, 0, -1, "200", None])
            response["redirectURL"] = rng.choice(["", "https://passport.bilibili.com/login"])
        elif part == 5:
            content["mimeType"] = rng.choice(
                ["application/json", "Application/JSON; charset=UTF-8", "text/plain", "text/html", "", None, 5]
            )
        elif part == 6:
            choice = rng.randrange(5)
            if choice == 4:  # the body as base64 (Firefox, Charles, mitmproxy), of its bytes or of odd ones
                content.update(text=_base64_mutant(rng, content.get("text")), encoding=rng.choice(["base64", "Base64"]))
            elif choice == 0:
                content.update(encoding=rng.choice(["base64", "", "BASE64"]))
            elif choice == 1:
                content.pop("text", None)
            elif choice == 2:
                entry["response"] = rng.choice([None, {}, {"status": 200}])
                return entry
            else:
                entry["_webSocketMessages"] = []
        elif isinstance(entry["request"], dict):
            _request_mutant(rng, entry["request"])
    return entry if rng.random() < 0.98 else rng.choice(["not an entry", [], 5])


def _base64_mutant(rng: random.Random, text: Any) -> Any:
    """The text's bytes as base64, or other bytes a capture may hold: gzip'd, after a byte order mark,
    UTF-16, not UTF-8, nothing; unpadded, or not base64 at all."""
    data = text.encode("utf-8", "surrogatepass") if isinstance(text, str) else b""
    data = rng.choice(
        [
            data,
            data,
            gzip.compress(data),
            b"\xef\xbb\xbf" + data,
            data.decode("utf-8", "replace").encode("utf-16"),
            data + b"\xff",
            b"",
        ]
    )
    encoded = base64.b64encode(data).decode()
    return rng.choice([encoded, encoded, encoded.rstrip("="), "not base64!", "{}", text])


def _parsed(text: Any) -> Any:
    try:
        return json.loads(text)
    except (TypeError, ValueError):
        return {}


def _judged(auditor: Auditor, batch: Batch) -> list[Any]:
    return list(auditor.judge_all([batch]))


def _general(auditor: Auditor, batch: Batch) -> list[Any]:
    """Each entry of the batch the general way, as a Pending (how --jobs sends an entry it reads alone)."""
    return [found for offset in range(len(batch)) for found in auditor.judge_all([batch.pending(offset)])]


def test_the_lean_lane_agrees_with_the_general_way_on_thousands_of_mutated_entries() -> None:
    desc = description()
    lean_auditor, general_auditor = Auditor(desc), Auditor(desc)
    taken = given_way = 0
    real_lean = lean_auditor._lean

    def counted(*arguments: Any) -> Result | None:
        nonlocal taken, given_way
        found = real_lean(*arguments)
        taken += found is not None
        given_way += found is None
        return found

    lean_auditor._lean = counted  # type: ignore[method-assign,assignment]
    rng = random.Random(23)
    bases = base_entries()
    mutants = [entry for entry in bases for _ in range(2)]  # unchanged: the common case, seen twice
    mutants += [_entry_mutant(rng, rng.choice(bases)) for _ in range(4000)]
    rng.shuffle(mutants)
    compared = 0
    for start in range(0, len(mutants), 97):
        batch = batch_of(mutants[start : start + 97], start)
        lean, general = _judged(lean_auditor, batch), _general(general_auditor, batch)
        # One result per entry (a WebSocket's entry: one per command, here none), in the entries' order.
        assert (
            len(lean)
            == len(general)
            >= len(batch) - sum(isinstance(m, dict) and "_webSocketMessages" in m for m in mutants[start : start + 97])
        )
        for one, other in zip(lean, general, strict=True):
            assert one == other, (one.entry, mutants[one.entry])
            shown = repr(one)
            assert not any(secret in shown for secret in SECRETS), shown
        compared += len(batch)
        if start % (97 * 10) == 0:  # now and then, against an auditor that has seen nothing before
            assert _judged(Auditor(desc), batch) == general
    assert compared == len(mutants)
    assert taken > 1000 and given_way > 800, (taken, given_way)  # both ways, many times


def test_a_batch_the_lean_decode_cannot_read_whole_is_read_entry_by_entry() -> None:
    """One entry of another shape (a status as text) spoils the batch's one decode: the others still
    take the lean lane, that one the general way, and each result keeps its entry's number."""
    entries = base_entries()[:20]
    entries[7] = json.loads(json.dumps(entries[7]))
    entries[7]["response"]["status"] = "200"
    auditor = Auditor(description())
    results = _judged(auditor, batch_of(entries, 1000))
    assert [r.entry for r in results] == list(range(1000, 1020))
    assert results == _general(Auditor(description()), batch_of(entries, 1000))


def _lean_only(monkeypatch: pytest.MonkeyPatch, entries: list[Any]) -> list[Any]:
    """The results of a batch of `entries` judged by a new auditor, none of them the general way
    (asserted), each equal to the general way's."""
    general_way: list[int] = []
    real = Batch.pending
    monkeypatch.setattr(Batch, "pending", lambda self, offset: general_way.append(offset) or real(self, offset))
    lean = _judged(Auditor(description()), batch_of(entries))
    assert general_way == []
    monkeypatch.setattr(Batch, "pending", real)
    assert lean == _general(Auditor(description()), batch_of(entries))
    return lean


@pytest.mark.parametrize("where", ["request", "body", "both"])
def test_drift_is_judged_in_the_lean_lane(where: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """A request member the description does not know (a page's tracking member) or a body member it
    does not know: each entry's request is judged once per text, its body where the lean lane reads
    it; no entry goes the general way, and every result is the general way's (drift)."""
    entries = [json.loads(json.dumps(e)) for e in base_entries()]
    for entry in entries:
        if where in ("request", "both"):
            url = entry["request"]["url"]
            entry["request"]["url"] = url + ("&" if "?" in url else "?") + "x_track=1"
        if where in ("body", "both"):
            body = json.loads(entry["response"]["content"]["text"])
            entry["response"]["content"]["text"] = json.dumps({**body, "x_new": 1})
    lean = _lean_only(monkeypatch, entries * 3)
    assert all(r.outcome == "drift" for r in lean), [r for r in lean if r.outcome != "drift"][:2]


@pytest.mark.parametrize("mime", ["text/plain; charset=utf-8", "text/html", "application/json"])
def test_bodies_of_other_media_types_are_judged_in_the_lean_lane(mime: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """JSON served as text/plain (the API does that), a page of HTML, an empty body, a status other
    than 200 (risk control's 412, a 500): the response is judged where the lean lane reads it, and
    every result is the general way's."""
    entries = [json.loads(json.dumps(e)) for e in base_entries()]
    for n, entry in enumerate(entries):
        entry["response"]["content"]["mimeType"] = mime
        entry["response"]["status"] = [200, 200, 412, 500, 204][n % 5]
        if mime != "application/json" and n % 3 == 0:
            entry["response"]["content"]["text"] = "<html>risk control</html>" if n % 2 else ""
        elif mime == "application/json":
            entry["response"]["content"]["text"] = ["", "[1]", " {}", "null"][n % 4]
    lean = _lean_only(monkeypatch, entries * 2)
    assert len({r.outcome for r in lean}) >= 2


def test_requests_no_operation_answers_are_judged_in_the_lean_lane(monkeypatch: pytest.MonkeyPatch) -> None:
    """Another host's script, image and log (a browser's capture is mostly those), a preflight and a
    URL of the API no operation has: each result is its request's, whatever the response (status
    apart), so no entry goes the general way, and every result is the general way's."""
    entries = [
        har.entry("GET", "https://s1.hdslb.com/bfs/static/app.js", text="y" * 3000, mime="text/javascript"),
        har.entry(
            "GET", "https://i0.hdslb.com/bfs/face/1.webp", text="UklGR" * 40, mime="image/webp", encoding="base64"
        ),
        har.entry("POST", "https://data.bilibili.com/log/web?0001", text='{"code":0}'),
        har.entry("OPTIONS", "https://api.live.bilibili.com/room/v1/Room/get_info?room_id=1", status=204, text=""),
        har.entry("GET", "https://api.live.bilibili.com/xlive/no/such/path", status=404, text="<html>"),
    ]
    lean = _lean_only(monkeypatch, entries * 4)
    assert [r.outcome for r in lean[:5]] == ["skipped", "skipped", "skipped", "skipped", "drift"]
    assert [r.status for r in lean[:5]] == [200, 200, 200, 204, 404]


@pytest.mark.parametrize("cut", [1, 255, 300])
def test_max_entries_cuts_a_batch_at_the_bound(
    cut: int, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(inputs, "PEEK", 64 * 1024)
    entries = (base_entries() * 10)[:400]
    path = write_har(tmp_path / "capture.har", entries)
    code = main(["validate", "--format", "json", "--jobs", "1", "--max-entries", str(cut), str(path)])
    report = json.loads(capsys.readouterr().out)
    assert code == 2
    assert [r["entry"] for r in report["results"]] == list(range(cut))
    assert [p["message"] for p in report["input_errors"]] == [
        f"stopped after {cut:,} entries (--max-entries); the rest is unread"
    ]


def test_a_streamed_har_takes_the_lean_lane_and_reports_as_read_whole(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Over PEEK bytes a HAR is cut into batches as it streams; under it, a HAR that reads in one
    decode is cut into batches too. Either way the report is the one of the same file read whole as
    dicts, the general way (documents.read_bytes), and the batches are the entries' own text."""
    entries = [e for e in base_entries() for _ in range(3)]
    rng = random.Random(6)
    entries += [_entry_mutant(rng, rng.choice(base_entries())) for _ in range(120)]
    path = write_har(tmp_path / "capture.har", entries)
    reports = []
    for peek in (64 * 1024, inputs.PEEK, None):
        if peek is None:  # the general way
            monkeypatch.setattr(inputs, "_small", documents.read_bytes)
        else:
            monkeypatch.setattr(inputs, "PEEK", peek)
            batches = [item for item in inputs.read_paths([path]) if isinstance(item, Batch)]
            assert batches and (peek < path.stat().st_size or sum(map(len, batches)) == len(entries))
            for batch in batches:
                for offset in range(len(batch)):
                    assert json.loads(batch.pending(offset).text) == entries[batch.entry + offset]
        main(["validate", "--format", "json", "--jobs", "1", str(path)])
        reports.append(capsys.readouterr().out)
    assert reports[0] == reports[1] == reports[2]
    summary = json.loads(reports[0])["summary"]
    assert summary["valid"] >= len(base_entries()) * 3, summary


def test_valid_entries_of_the_lean_lane_hold_no_secret_in_any_format(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Login cookies, a token header and a csrf in the query of entries the lean lane judges valid:
    no format writes any of them (the URL is shown without its query)."""
    monkeypatch.setattr(inputs, "PEEK", 16 * 1024)
    entries = []
    for entry in base_entries():
        entry["request"]["headers"] += [
            {"name": "Cookie", "value": f"SESSDATA={SESSDATA}; bili_jct={BILI_JCT}"},
            {"name": "Authorization", "value": f"Bearer {TOKEN}"},
        ]
        entries.append(entry)
    path = tmp_path / "capture.har"
    path.write_text(
        '{"log": {"entries": [\n' + ",\n".join(json.dumps(e) for e in entries) + "\n]}}\n", encoding="utf-8"
    )
    for fmt in ("json", "table", "junit", "github", "sarif"):
        main(["validate", "--format", fmt, "--jobs", "1", str(path)])
        out, err = capsys.readouterr()
        assert out and not any(secret in out + err for secret in SECRETS), fmt
    auditor = Auditor(description())
    judged = [r for item in inputs.read_paths([path]) for r in auditor.judge_all([item])]
    assert sum(isinstance(r, Result) and r.outcome == VALID for r in judged) > len(entries) // 2
    assert not any(isinstance(r, InputProblem) for r in judged)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="ab=&;%+ 2x\u00e9", max_size=30))
def test_a_query_splits_as_parse_qsl_splits_it(text: str) -> None:
    """har_entries._split reads a query or form without `%` and `+` itself: what parse_qsl gives."""
    assert har_entries.split_members(text) == tuple(parse_qsl(text, keep_blank_values=True))


_NEW_VALUES = ["", "0", "7", "-1", "123456789", "abc", "1.5", "xxxxxx", "SCRUBBED", "%E4%B8%AD", "a+b", "9" * 300]


def _with_new_values(rng: random.Random, text: str) -> str:
    """A query or form text with the same members and other values (each changed or not)."""
    pairs = [piece.partition("=") for piece in text.split("&") if piece]
    changed = [(name, rng.choice([value, value, *_NEW_VALUES])) for name, _, value in pairs]
    return "&".join(f"{name}={value}" for name, value in changed)


def test_new_requests_of_a_known_shape_are_judged_by_their_values(monkeypatch: pytest.MonkeyPatch) -> None:
    """A bot going round rooms sends the same requests with other values: each new request text of a
    shape judged before is judged by its members' values alone (tools/request_shapes.py), and where
    they hold a problem, in full. Values of every kind (numbers, text, placeholders, scrubbed, encoded,
    long), logged in or not, csrf the cookie's or another: every result is the general way's."""
    seen = {"values": 0, "in full": 0}
    real = request_shapes.RequestShapes.verdict

    def counted(self: Any, shape: Any) -> Any:
        found = real(self, shape)
        if shape.key in self._kept:
            seen["values" if found is not None else "in full"] += 1
        return found

    monkeypatch.setattr(request_shapes.RequestShapes, "verdict", counted)
    rng = random.Random(5)
    entries = []
    for base in base_entries():
        login = rng.random() < 0.5
        for _ in range(12):
            entry = json.loads(json.dumps(base))
            request = entry["request"]
            parts = urlsplit(request["url"])
            query = _with_new_values(rng, parts.query)
            if login:  # the same cookies each time, a csrf that is theirs or not
                request["headers"].append({"name": "Cookie", "value": f"SESSDATA={SESSDATA}; bili_jct={BILI_JCT}"})
                query += ("&" if query else "") + "csrf=" + rng.choice([BILI_JCT, BILI_JCT, "0" * 32, "xxxxxx"])
            request["url"] = urlunsplit((parts.scheme, parts.netloc, parts.path, query, ""))
            post = request.get("postData")
            if post and "urlencoded" in (post.get("mimeType") or ""):
                post["text"] = _with_new_values(rng, post["text"])
            entries.append(entry)
    rng.shuffle(entries)
    lean_auditor = Auditor(description())
    for start in range(0, len(entries), 50):
        batch = batch_of(entries[start : start + 50], start)
        lean, general = _judged(lean_auditor, batch), _general(Auditor(description()), batch)
        assert lean == general
        assert not any(secret in repr(lean) for secret in SECRETS)
    assert seen["values"] > 100 and seen["in full"] > 100, seen  # both ways, many times


def test_an_answer_judged_before_is_said_again(monkeypatch: pytest.MonkeyPatch) -> None:
    """A page polls and gets the same answer: an answer that is not plain (drift, a violation, an
    error status) is judged once per request and text, and each entry after gets what was said of
    it, as its own Result. Answers that echo the request's secret, under two logins, each keep the
    secret of their own request scrubbed. Every result is the general way's."""
    judged: list[int] = []
    real = Auditor._response_outcome

    def counted(self: Auditor, *arguments: Any) -> Any:
        judged.append(1)
        return real(self, *arguments)

    monkeypatch.setattr(Auditor, "_response_outcome", counted)
    bases = [json.loads(json.dumps(e)) for e in base_entries()[:20]]
    entries = []
    for n, entry in enumerate(bases):
        body = json.loads(entry["response"]["content"]["text"])
        kind = n % 4
        if kind == 0:  # drift: a member the description does not know
            entry["response"]["content"]["text"] = json.dumps({**body, "x_new": 1})
        elif kind == 1:  # a violation
            entry["response"]["content"]["text"] = json.dumps({**body, "code": "zero"})
        elif kind == 2:  # risk control's 412
            entry["response"]["status"] = 412
        else:  # an answer that echoes the login cookie, under two logins
            entry["response"]["content"]["text"] = json.dumps({**body, "x_echo": f"SESSDATA={SESSDATA}"})
            other = json.loads(json.dumps(entry))
            other["response"]["content"]["text"] = json.dumps({**body, "x_echo": f"SESSDATA={'7' * 32}"})
            entry["request"]["headers"].append({"name": "Cookie", "value": f"SESSDATA={SESSDATA}"})
            other["request"]["headers"].append({"name": "Cookie", "value": f"SESSDATA={'7' * 32}"})
            entries.append(other)
        entries.append(entry)
    polled = entries * 5
    lean = _judged(Auditor(description()), batch_of(polled))
    assert len(judged) == len(entries)  # each request and answer once
    monkeypatch.setattr(Auditor, "_response_outcome", real)
    assert lean == _general(Auditor(description()), batch_of(polled))
    assert {r.outcome for r in lean} >= {"drift", "invalid"}
    assert all(r.entry == n for n, r in enumerate(lean))
    assert len({id(r.drift) for r in lean}) == len(lean)  # each its own lists
    assert not any(secret in repr(lean) or "7" * 32 in repr(lean) for secret in SECRETS)


def test_requests_with_problems_are_judged_in_the_lean_lane(monkeypatch: pytest.MonkeyPatch) -> None:
    """A request the description forbids (the wrong method, a required member missing, a member of
    the wrong type, a csrf that is not the cookie's): its problems are found once per request text
    and its answer judged in the lean lane, whatever it is (valid, drift, a violation). No entry goes
    the general way, and every result is the general way's."""
    entries = []
    for n, entry in enumerate(json.loads(json.dumps(e)) for e in base_entries()):
        request = entry["request"]
        parts = urlsplit(request["url"])
        kind = n % 4
        if kind == 0:
            request["method"] = "GET" if request["method"] == "POST" else "POST"
        elif kind == 1 and parts.query:  # the first member dropped
            query = "&".join(parts.query.split("&")[1:])
            request["url"] = urlunsplit((parts.scheme, parts.netloc, parts.path, query, ""))
        elif kind == 2 and parts.query:  # every member's value made text
            query = "&".join(p.split("=", 1)[0] + "=not-a-number" for p in parts.query.split("&"))
            request["url"] = urlunsplit((parts.scheme, parts.netloc, parts.path, query, ""))
        else:
            request["headers"].append({"name": "Cookie", "value": f"SESSDATA={SESSDATA}; bili_jct={BILI_JCT}"})
            query = parts.query + ("&" if parts.query else "") + "csrf=" + "0" * 32
            request["url"] = urlunsplit((parts.scheme, parts.netloc, parts.path, query, ""))
        if n % 3 == 1:  # an answer with drift
            body = json.loads(entry["response"]["content"]["text"])
            entry["response"]["content"]["text"] = json.dumps({**body, "x_new": 1})
        entries.append(entry)
    lean = _lean_only(monkeypatch, entries * 2)
    assert sum(r.outcome == "invalid" for r in lean) > len(lean) // 2
    assert not any(secret in repr(lean) for secret in SECRETS)


def test_what_the_lean_lane_keeps_is_bounded() -> None:
    """Request verdicts and answers said again are kept within a bound of their texts' size: a text
    longer than the bound for one is not kept, and past the bound for all, it starts again."""
    from bilispec.tools.audit import Bounded

    kept: Bounded[bytes, int] = Bounded(most=10, each=4)
    kept.put(b"toolong", 1, 7)
    assert b"toolong" not in kept
    for n in range(6):  # five of 2 make 10, the bound; the sixth starts again
        kept.put(bytes([n]) * 2, n, 2)
    assert list(kept) == [b"\x05\x05"]
    kept.clear()
    kept.put(b"abcd", 9, 4)
    kept.put(b"efgh", 9, 4)
    assert len(kept) == 2  # cleared: its count of sizes too
