"""Write the hostile-input corpus for `bilispec validate` into a folder (tests/command/test_hardening_cli.py
runs it at test time: the bombs would be large files to keep, and are cheap to make).

    python tests/hostile/make_corpus.py OUT_DIR

Each file is named after what it does. None may make the command print a traceback, and together
they must stay under the memory bound the test asserts.
"""

from __future__ import annotations

import base64
import gzip
import json
import sys
import zlib
from pathlib import Path

VOTE_HISTORY = "https://api.live.bilibili.com/xlive/app-room/v1/dm/interaction/voteHistory"
BOMB_BYTES = 300 * 1024 * 1024  # past the 256 MiB default of --max-decompressed


def _gzip_of_zeros(size: int) -> bytes:
    """gzip of `size` zero bytes, made in pieces: the bomb is never whole in memory. Level 1: a
    third of level 9's time, a bomb all the same (1.3 MiB that inflate to 300 MiB)."""
    out = zlib.compressobj(1, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
    piece = bytes(1024 * 1024)
    parts = [out.compress(piece) for _ in range(size // len(piece))]
    return b"".join(parts) + out.flush()


def _entry(url: str = VOTE_HISTORY + "?room_id=1", **response: object) -> dict[str, object]:
    content = {"mimeType": "application/json", "text": json.dumps({"code": 0, "message": "0", "data": {}})}
    return {
        "request": {"method": "GET", "url": url, "headers": [], "cookies": []},
        "response": {"status": 200, "headers": [], "content": content, **response},
    }


def _har(*entries: dict[str, object]) -> bytes:
    return json.dumps({"log": {"version": "1.2", "entries": list(entries)}}).encode()


def build(out: Path) -> dict[str, Path]:
    out.mkdir(parents=True, exist_ok=True)
    bomb = _gzip_of_zeros(BOMB_BYTES)
    deep = "[" * 600 + "]" * 600
    files: dict[str, bytes] = {
        "gzip-in-gzip-bomb.har.gz": gzip.compress(bomb),
        "gzip-bomb.har.gz": bomb,
        "body-base64-gzip-bomb.har": _har(
            _entry(
                content={"mimeType": "application/json", "encoding": "base64", "text": base64.b64encode(bomb).decode()}
            )
        ),
        "ipv6-url.har": _har(_entry(url="http://[::1/x")),
        "port-out-of-range.har": _har(_entry(url="http://127.0.0.1:99999/x")),
        "headers-is-5.har": _har({**_entry(), "request": {"method": "GET", "url": VOTE_HISTORY, "headers": 5}}),
        "response-headers-is-5.har": _har(_entry(headers=5)),
        "request-json-600-deep.har": _har(
            {
                **_entry(),
                "request": {
                    "method": "POST",
                    "url": VOTE_HISTORY,
                    "postData": {"mimeType": "application/json", "text": '{"a": ' + deep + "}"},
                },
            }
        ),
        "response-600-deep.har": _har(_entry(content={"mimeType": "application/json", "text": deep})),
        "surrogate-member.har": _har(
            _entry(content={"mimeType": "application/json", "text": '{"code": 0, "data": {"\\ud800x": 1}}'})
        ),
        "utf8-bom.har": b"\xef\xbb\xbf" + _har(_entry()),
        "utf16-bom.har": _har(_entry()).decode().encode("utf-16"),
        "truncated.har.gz": gzip.compress(_har(_entry()))[:40],
        "not-json.har": b"\x00\x01\x02 binary",
        "entries-is-object.har": b'{"log": {"entries": {"a": 1}}}',
        "status-is-string.har": _har(_entry(status="200")),
        "content-is-list.har": _har(_entry(content=[1, 2])),
    }
    written = {}
    for name, data in files.items():
        (out / name).write_bytes(data)
        written[name] = out / name
    return written


if __name__ == "__main__":
    for path in build(Path(sys.argv[1])).values():
        print(path, path.stat().st_size)
