"""`bilispec validate` against hostile inputs, and on what users really have.

The hostile corpus (tests/hostile/make_corpus.py, written at test time: gzip bombs nested and in
base64 bodies, broken URLs, `"headers": 5`, 600-deep JSON, lone surrogates, BOMs, truncated gzip)
runs through the command in a subprocess with a pure-ASCII stdout: no traceback, every problem a
message naming its file, and a peak memory bound (the decompression cap is 256 MiB by default).
"""

from __future__ import annotations

import gzip
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from bilispec.core.description import description
from bilispec.tools.cli import main

from ..conftest import ROOT, report_figure

sys.path.insert(0, str(ROOT / "tests" / "hostile"))
import make_corpus

VOTE_HISTORY = make_corpus.VOTE_HISTORY
NAMED = ("gzip-bomb.har.gz", "gzip-in-gzip-bomb.har.gz", "ipv6-url.har", "not-json.har", "truncated.har.gz")
PEAK_BOUND_MB = 600  # the 256 MiB cap, the interpreter and the description, and slack (unbounded: 2+ GB)


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    return code, out, err


def _json(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, dict[str, Any]]:
    code, out, _ = _run(capsys, "validate", "--format", "json", *argv)
    return code, json.loads(out)


def _measure(argv: list[str], formats: tuple[str, ...]) -> tuple[list[str], list[int], str, float]:
    """`validate --format F *argv` for each format in turn, in one child process (one interpreter
    start, not one per format): each format's stdout, its exit code, stderr, and the peak memory of
    the whole child, which bounds the peak of every run in it."""
    # VmHWM, not ru_maxrss: Linux keeps ru_maxrss across exec, so a child of a large pytest worker
    # would report the worker's size; the high-water mark in /proc is the command's own.
    script = (
        "import sys\n"
        "from bilispec.tools.cli import main\n"
        "codes = []\n"
        f"for fmt in {formats!r}:\n"
        "    codes.append(main(['validate', '--format', fmt, *sys.argv[1:]]))\n"
        "    sys.stdout.write('\\nEND OF FORMAT\\n')\n"
        "    sys.stdout.flush()\n"
        "hwm = next(l.split()[1] for l in open('/proc/self/status') if l.startswith('VmHWM'))\n"
        "print('PEAK_KB', hwm, file=sys.stderr)\n"
        "print('CODES', *codes, file=sys.stderr)\n"
    )
    env = {**os.environ, "PYTHONIOENCODING": "ascii:strict", "LC_ALL": "C"}
    done = subprocess.run(
        [sys.executable, "-c", script, *argv], capture_output=True, text=True, env=env, timeout=120, errors="replace"
    )
    assert done.returncode == 0 and "Traceback" not in done.stderr, done.stderr[-2000:]
    lines = done.stderr.splitlines()
    peak = next(int(line.split()[1]) for line in lines if line.startswith("PEAK_KB")) / 1024
    codes = next([int(c) for c in line.split()[1:]] for line in lines if line.startswith("CODES"))
    outputs = done.stdout.split("\nEND OF FORMAT\n")[: len(formats)]
    return outputs, codes, done.stderr, peak


def test_hostile_corpus_gives_messages_within_a_memory_bound(tmp_path: Path) -> None:
    files = make_corpus.build(tmp_path / "corpus")
    formats = ("table", "json", "junit")
    outputs, codes, err, peak = _measure([str(tmp_path / "corpus")], formats)
    assert len(outputs) == len(codes) == len(formats), err[-2000:]
    for fmt, out, code in zip(formats, outputs, codes, strict=True):
        assert "Traceback" not in out, fmt
        assert code in (1, 2), (fmt, code, err[-2000:])
        for name in NAMED:
            assert name in out, (fmt, name)  # each named in every report
        assert "decompresses to more than 256 MiB" in out, fmt
    assert peak < PEAK_BOUND_MB, f"peak {peak:.0f} MB"
    report_figure(
        f"hostile corpus: {len(files)} files ({sum(p.stat().st_size for p in files.values()) // 1024} KiB, bombs "
        f"inflating to {make_corpus.BOMB_BYTES >> 20} MiB), no traceback in {len(formats)} formats, "
        f"peak {peak:.0f} MB (bound {PEAK_BOUND_MB})"
    )


def test_a_lower_cap_is_a_flag(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    har = tmp_path / "big.har.gz"
    entries = 6_000  # ~1.7 MiB of JSON: past a 1 MiB cap
    body = make_corpus._har(*[make_corpus._entry() for _ in range(entries)])
    assert len(body) > 1.5 * 2**20
    har.write_bytes(gzip.compress(body))
    code, report = _json(capsys, "--max-decompressed", "1", str(har))
    assert code == 2 and "more than 1 MiB" in report["input_errors"][0]["message"]
    code, report = _json(capsys, str(har))
    assert code == 0 and report["summary"]["valid"] == entries


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--origin", "http://[::1"], "--origin"),
        (["--origin", "http://127.0.0.1:99999"], "--origin"),
        (["--description", "MALFORMED"], "cannot read the description"),
        (["--operation", "no_such_operation"], "no_such_operation"),
        (["--max-decompressed", "0"], "--max-decompressed"),
    ],
)
def test_bad_flags_are_usage_errors(
    argv: list[str], message: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "MALFORMED").write_text("openapi: [unclosed\n  - : :")
    har = tmp_path / "a.har"
    har.write_bytes(make_corpus._har(make_corpus._entry()))
    argv = [str(tmp_path / a) if a == "MALFORMED" else a for a in argv]
    code, _, err = _run(capsys, "validate", *argv, str(har))
    assert code == 2 and message in err, err


def test_non_utf8_output_name_and_surrogates(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    har = tmp_path / "s.har"
    har.write_bytes(
        make_corpus._har(
            make_corpus._entry(content={"mimeType": "application/json", "text": '{"code": 0, "data": {"\\ud800": 1}}'})
        )
    )
    out = os.fsdecode(bytes(tmp_path) + b"/report-\xff.xml")
    code, _, err = _run(capsys, "validate", "--format", "junit", "-o", out, str(har))
    assert code in (0, 1), err
    assert Path(out).read_text(encoding="utf-8", errors="replace").startswith("<?xml")


# ---------------------------------------------------------------------------------------------
# What users have.


def _body(code: int = 0) -> dict[str, Any]:
    return json.loads((ROOT / "tests/recordings/get_vote_history/success.json").read_text())["response"]["body"]


def test_raw_bodies_by_flag_and_by_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    raw = tmp_path / "body.json"
    raw.write_text(json.dumps(_body()))
    code, report = _json(capsys, str(raw))
    assert code == 2 and "--operation" in report["input_errors"][0]["message"]
    code, report = _json(capsys, "--operation", "get_vote_history", str(raw))
    assert code == 0 and report["results"][0]["operation_id"] == "get_vote_history"
    folder = tmp_path / "get_vote_history"
    folder.mkdir()
    (folder / "answer.json").write_text(json.dumps({"code": 0, "message": 0}))  # message must be a string
    code, report = _json(capsys, str(folder))
    assert code == 1 and report["results"][0]["outcome"] == "invalid"


def _entry(status: int = 200, mime: str = "application/json", text: str | None = None, **request: Any) -> Any:
    entry = make_corpus._entry(status=status)
    entry["response"]["content"] = {"mimeType": mime, **({"text": text} if text is not None else {})}
    entry["request"].update(request)
    return entry


def test_bodies_not_captured_redirects_and_text_plain(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    redirect = _entry(status=302, text="")
    redirect["response"]["redirectURL"] = "https://passport.bilibili.com/login"
    entries = [
        _entry(text=None),  # no body in the HAR
        _entry(text=""),  # an empty body
        redirect,
        _entry(mime="text/plain", text=json.dumps(_body())),
    ]
    har = tmp_path / "chrome.har"
    har.write_bytes(make_corpus._har(*entries))
    code, report = _json(capsys, str(har))
    outcomes = [r["outcome"] for r in report["results"]]
    assert outcomes == ["unchecked", "unchecked", "unchecked", "valid"], report["results"]
    assert "passport.bilibili.com" in report["results"][2]["note"] and not report["drift"]
    assert "text/plain" in report["results"][3]["note"]
    assert code == 0


def test_junit_cases_are_named_by_method_url_and_operation(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    har = tmp_path / "chrome.har"
    har.write_bytes(make_corpus._har(_entry(text=json.dumps(_body()))))
    _, out, _ = _run(capsys, "validate", "--format", "junit", str(har))
    assert f'name="GET {VOTE_HISTORY} (get_vote_history)"' in out
    assert "chrome.har#0" in out  # as the case's file


def test_csrf_differing_from_the_bili_jct_cookie_is_reported(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    op = description()["get_silent_user_list"]
    jct, other = "0123456789abcdef0123456789abcdef", "fedcba9876543210fedcba9876543210"

    def entry(csrf: str) -> Any:
        form = f"room_id=1&ps=1&csrf_token={csrf}&csrf={csrf}"
        e = _entry(text=json.dumps({"code": 0, "message": "0", "data": {"data": [], "total": 0, "total_page": 0}}))
        e["request"] = {
            "method": "POST",
            "url": op.host + op.path,
            "cookies": [{"name": "bili_jct", "value": jct}],
            "headers": [],
            "postData": {"mimeType": "application/x-www-form-urlencoded", "text": form},
        }
        return e

    har = tmp_path / "csrf.har"
    har.write_bytes(make_corpus._har(entry(jct), entry(other)))
    _, out, _ = _run(capsys, "validate", "--format", "json", str(har))
    results = json.loads(out)["results"]
    assert not [f for f in results[0]["violations"] if f["rule"] == "csrf"]
    flagged = [f for f in results[1]["violations"] if f["rule"] == "csrf"]
    assert flagged and "-111" in flagged[0]["message"]
    assert jct not in out and other not in out
