"""Browser-like HAR captures of any size, built from tests/recordings, for the scale benchmarks.

    python bench/captures.py OUT.har 200000          # a HAR of 200,000 entries
    python bench/captures.py OUT.har.gz 1000000      # gzip'd
    python bench/captures.py OUT.har 20000 --large   # the three large bodies of bodies.py, in turn
    python bench/captures.py OUT.har 20000 --mixed   # another mix: 1-2 KB bodies too, logged-in, ids vary
    python bench/captures.py OUT.har 50000 --mixed --unique  # the same, room ids never repeat
    python bench/captures.py OUT.har 50000 --chrome  # as Chrome exports: its own members, sorted, indented
    python bench/captures.py OUT.har 50000 --compact # compact JSON on one line (no white space at all)
    python bench/captures.py OUT.har 50000 --unknown # every body with a member the description does not know
    python bench/captures.py OUT.jsonl 50000 --lines # JSON lines: an entry a line, no HAR around them
    python bench/captures.py OUT.har 50000 --base64  # every body as base64, as Firefox or Charles may write it

Entries are written one by one (the file is never held in memory), cycling through every recording
with headers, cookies and timings as a browser's export carries them, so the figures measure what a
CI job would feed `bilispec validate`.
"""

from __future__ import annotations

import gzip
import json
import sys
from base64 import b64encode
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any
from urllib.parse import urlencode

ROOT = Path(__file__).resolve().parent.parent
RECORDINGS = ROOT / "tests" / "recordings"

_HEADERS = [
    {"name": "Accept", "value": "application/json, text/plain, */*"},
    {"name": "Accept-Language", "value": "zh-CN,zh;q=0.9,en;q=0.8"},
    {"name": "User-Agent", "value": "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 Chrome/140.0 Safari/537.36"},
    {"name": "Origin", "value": "https://live.bilibili.com"},
    {"name": "Referer", "value": "https://live.bilibili.com/"},
]


def recordings() -> list[dict[str, Any]]:
    return [json.loads(p.read_text(encoding="utf-8")) for p in sorted(RECORDINGS.glob("*/*.json"))]


# The mixed capture's browser is logged in: cookies built here (they are no one's).
_LOGIN = {"name": "Cookie", "value": f"SESSDATA={'7e3a' * 8}; bili_jct={'0f1e2d3c' * 4}; buvid3={'B1D2' * 9}infoc"}


def _varied(values: dict[str, Any] | None, n: int, unique: bool = False) -> dict[str, Any] | None:
    """The values with a room id that changes from entry to entry (a bot going round 5,000 rooms, or
    `unique`: a new room each time, so every request that names a room is a text not seen before)."""
    if not values or not str(values.get("room_id", "")).isdigit():
        return values
    return {**values, "room_id": str(int(values["room_id"]) + (n if unique else n % 5000))}


def entry(rec: dict[str, Any], n: int, mixed: bool = False, unique: bool = False) -> dict[str, Any]:
    request, response = rec["request"], rec["response"]
    if mixed:
        query, form = _varied(request.get("query"), n, unique), _varied(request.get("form"), n, unique)
        request = {**request, "query": query, "form": form}
    url = request["url"] + ("?" + urlencode(request["query"]) if request.get("query") else "")
    har_request: dict[str, Any] = {
        "method": request["method"],
        "url": url,
        "httpVersion": "HTTP/2",
        "headers": [*_HEADERS, _LOGIN] if mixed else _HEADERS,
        "queryString": [{"name": k, "value": str(v)} for k, v in (request.get("query") or {}).items()],
        "cookies": [],
        "headersSize": -1,
        "bodySize": 0,
    }
    if request.get("form") is not None:
        har_request["postData"] = {"mimeType": request["content_type"], "text": urlencode(request["form"])}
    elif request.get("json") is not None:
        har_request["postData"] = {"mimeType": "application/json", "text": json.dumps(request["json"])}
    text = json.dumps(response["body"], ensure_ascii=False, separators=(",", ":"))
    return {
        "startedDateTime": f"2026-01-01T00:{n // 60000 % 60:02d}:{n // 1000 % 60:02d}.{n % 1000:03d}Z",
        "time": 42.5,
        "request": har_request,
        "response": {
            "status": response.get("status", 200),
            "statusText": "OK",
            "httpVersion": "HTTP/2",
            "headers": [
                {"name": "content-type", "value": "application/json; charset=utf-8"},
                {"name": "server", "value": "swoole"},
            ],
            "cookies": [],
            "content": {"size": len(text), "mimeType": "application/json", "text": text},
            "redirectURL": "",
            "headersSize": -1,
            "bodySize": len(text),
        },
        "cache": {},
        "timings": {"blocked": 1, "dns": -1, "connect": -1, "send": 0, "wait": 40, "receive": 1.5},
    }


def large_recordings() -> list[dict[str, Any]]:
    """The three large bodies of bodies.py (session data, a replay page, a vote history: 2-60 KB),
    each answering its operation's recorded request: per-byte cost, where the recordings' small
    bodies show per-entry cost."""
    import bodies  # it validates its bodies: imported only when asked for

    found = []
    for body in bodies.large_bodies():
        case = next(p.stem for p in sorted((RECORDINGS / body.operation_id).glob("success*.json")))
        rec = bodies.recording(body.operation_id, case)
        found.append({**rec, "response": {**rec["response"], "body": json.loads(body.content)}})
    return found


def mixed_recordings() -> list[dict[str, Any]]:
    """Another mix than the recordings alone: they, and as many entries again with bodies of 1-2 KB
    (a short session's data, a replay page of two, a history of three votes), each checked."""
    import bodies  # it validates its bodies: imported only when asked for

    grown = [
        ("get_live_session_data", bodies.session_data_body(points=40, highlights=2)),
        ("anchor_get_replay_list", bodies.replay_list_body(items=2)),
        ("get_vote_history", bodies.vote_history_body(items=4)),
    ]
    found = recordings()
    for operation_id, body in grown:
        checked = bodies.checked(operation_id, operation_id, body)
        case = next(p.stem for p in sorted((RECORDINGS / operation_id).glob("success*.json")))
        rec = bodies.recording(operation_id, case)
        found += [{**rec, "response": {**rec["response"], "body": json.loads(checked.content)}}] * 27
    return found


def entries(
    count: int, large: bool = False, mixed: bool = False, unknown: bool = False, unique: bool = False
) -> Iterator[dict[str, Any]]:
    pool = large_recordings() if large else mixed_recordings() if mixed else recordings()
    if unknown:
        pool = [with_unknown(rec) for rec in pool]
    for n in range(count):
        yield entry(pool[n % len(pool)], n, mixed, unique)


def with_unknown(rec: dict[str, Any]) -> dict[str, Any]:
    """The recording with a member the description does not know in its body, as when the server
    adds one: each of its entries is drift."""
    body = rec["response"]["body"]
    if not isinstance(body, dict):
        return rec
    return {**rec, "response": {**rec["response"], "body": {**body, "x_bench_new": 1}}}


def bodies(count: int, large: bool = False, mixed: bool = False, unknown: bool = False) -> Iterator[bytes]:
    """The response bodies of the same capture, as the wire carried them."""
    for item in entries(count, large, mixed, unknown):
        yield item["response"]["content"]["text"].encode()


def chrome(item: dict[str, Any]) -> dict[str, Any]:
    """An entry with the members Chrome's export adds (initiator, priority, resource type,
    connection, page, transfer size) and its cookies as objects of seven members."""
    request = {
        **item["request"],
        "headers": [{"name": ":authority", "value": "api.live.bilibili.com"}, *item["request"]["headers"]],
        "cookies": [
            {
                "name": "buvid3",
                "value": "B1D2" * 9 + "infoc",
                "path": "/",
                "domain": ".bilibili.com",
                "expires": "2027-01-01T00:00:00.000Z",
                "httpOnly": False,
                "secure": False,
            }
        ],
    }
    initiator = {
        "type": "script",
        "stack": {
            "callFrames": [
                {
                    "functionName": "r",
                    "scriptId": "12",
                    "url": "https://s1.hdslb.com/bfs/static/live.js",
                    "lineNumber": 1,
                    "columnNumber": 20117,
                },
            ]
        },
    }
    return {
        **item,
        "request": request,
        "response": {**item["response"], "_transferSize": item["response"]["bodySize"] + 400, "_error": None},
        "_initiator": initiator,
        "_priority": "High",
        "_resourceType": "xhr",
        "connection": "443",
        "pageref": "page_1",
        "serverIPAddress": "101.91.140.20",
    }


def write(
    path: Path,
    count: int,
    large: bool = False,
    mixed: bool = False,
    layout: str = "lines",
    unknown: bool = False,
    unique: bool = False,
    base64: bool = False,
) -> Path:
    """`layout`: "lines" (an entry a line), "chrome" (chrome()'s entries, sorted and indented by
    two spaces, as Chrome writes them), "compact" (one line, no white space) or "jsonl" (JSON lines:
    the entries alone, one a line). `unknown`: every body holds a member the description does not
    know (with_unknown). `unique`: with `mixed`, the room ids never repeat (_varied). `base64`: every
    body as base64 (content.encoding)."""
    opener = gzip.open if path.name.endswith(".gz") else open
    with opener(path, "wt", encoding="utf-8") as out:
        _write(out, count, large, mixed, layout, unknown, unique, base64)
    return path


def _base64(item: dict[str, Any]) -> dict[str, Any]:
    content = item["response"]["content"]
    text = b64encode(content["text"].encode("utf-8")).decode("ascii")
    return {**item, "response": {**item["response"], "content": {**content, "text": text, "encoding": "base64"}}}


def _write(
    out: IO[str],
    count: int,
    large: bool,
    mixed: bool,
    layout: str,
    unknown: bool = False,
    unique: bool = False,
    base64: bool = False,
) -> None:
    items = entries(count, large, mixed, unknown, unique)
    if base64:
        items = map(_base64, items)
    if layout == "jsonl":
        for item in items:
            out.write(json.dumps(item, ensure_ascii=False) + "\n")
        return
    if layout == "chrome":
        out.write('{\n  "log": {\n    "version": "1.2",\n    "creator": {\n      "name": "WebInspector",\n')
        out.write('      "version": "537.36"\n    },\n    "pages": [],\n    "entries": [\n')
        for n, item in enumerate(items):
            text = json.dumps(chrome(item), ensure_ascii=False, indent=2, sort_keys=True)
            out.write((",\n" if n else "") + "      " + text.replace("\n", "\n      "))
        out.write("\n    ]\n  }\n}")
        return
    compact = layout == "compact"
    out.write('{"log":{"version":"1.2","creator":{"name":"bench","version":"1"},"entries":[')
    out.write("" if compact else "\n")
    for n, item in enumerate(items):
        separators = (",", ":") if compact else None
        out.write(("," if compact else ",\n") * bool(n) + json.dumps(item, ensure_ascii=False, separators=separators))
    out.write("]}}" if compact else "\n]}}\n")


if __name__ == "__main__":
    flags = sys.argv[3:]
    layout = next((f[2:] for f in flags if f in ("--chrome", "--compact")), "jsonl" if "--lines" in flags else "lines")
    large, mixed, unknown, unique = "--large" in flags, "--mixed" in flags, "--unknown" in flags, "--unique" in flags
    written = write(Path(sys.argv[1]), int(sys.argv[2]), large, mixed, layout, unknown, unique, "--base64" in flags)
    print(f"{written}: {written.stat().st_size:,} bytes")
