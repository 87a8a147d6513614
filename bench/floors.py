"""The floors under `bilispec validate`'s cost per entry: what reading and judging a HAR costs in C alone.

    python bench/floors.py                  # a generated capture of 20,000 entries (captures.py)
    python bench/floors.py CAPTURE.har      # any HAR small enough to hold in memory
    python bench/floors.py --large          # the three large bodies of bodies.py, 20,000 entries

Each figure is CPU time (user + system, `time.process_time`) per entry, best of seven rounds taking turns, the garbage
collector on as the command has it. The steps a judge cannot skip:

- reading the file's bytes and decoding them as UTF-8;
- decoding every entry into the structs the command reads them into (msgspec, in C: the response's
  status and content, the request kept as its raw text; `tools/har_entries.py`, LeanEntry);
- decoding each response body (msgspec) and one jsonschema-rs pass over it: the operation's success
  branch, closed where the description names the members (`accepts_known_success`); or, as the lean
  lane does now, one typed decode of the body's text that checks the same (`accepts_known_text`,
  core/typed.py).

Their sum is the floor of a Python command that judges every body, before any Python runs per entry;
`json.loads` of the bodies and `json.load` of the whole capture are the baselines the issue names.
"""

from __future__ import annotations

import json
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import captures
import msgspec

from bilispec.core.description import description
from bilispec.tools.audit import Auditor
from bilispec.tools.capture import Exchange, Request
from bilispec.tools.har_entries import LeanEntry, lean_request


class _Log(msgspec.Struct):
    entries: list[LeanEntry]


class _Har(msgspec.Struct):
    log: _Log


def best(fns: dict[str, Callable[[], object]], rounds: int = 7) -> dict[str, float]:
    """The least CPU seconds of each function over `rounds` rounds, the functions taking turns in
    each round (load from other processes falls on all of them alike)."""
    times: dict[str, list[float]] = {name: [] for name in fns}
    for _ in range(rounds):
        for name, fn in fns.items():
            started = time.process_time()
            fn()
            times[name].append(time.process_time() - started)
    return {name: min(values) for name, values in times.items()}


def floors(path: Path) -> dict[str, float]:
    """Microseconds of CPU per entry of each step, and the baselines."""
    data = path.read_bytes()
    har = msgspec.json.decode(data, type=_Har)
    entries = har.log.entries
    count = len(entries)
    texts = [e.response.content.text if e.response and e.response.content else None for e in entries]
    bodies = [text.encode() for text in texts if text is not None]
    auditor = Auditor(description())
    ops = []
    for n, e in enumerate(entries):  # each entry's operation, matched as the command matches it
        request = lean_request(bytes(e.request), 1 << 30) or Request("GET", "")
        ops.append(auditor.judge(Exchange(str(path), n, None, request, None)).operation_id)
    parsed = [msgspec.json.decode(b) for b in bodies]
    judged = [(op, body) for op, body in zip(ops, parsed, strict=True) if op is not None]
    validator = auditor.validator
    decoder = msgspec.json.Decoder()

    def known() -> None:  # the lean lane's one pass: success or error envelope
        for op, body in judged:
            if body.get("code") == 0:
                validator.accepts_known_success(op, body)
            else:
                validator.accepts_known_error(op, body)

    codes = {op: auditor._known_codes(op) for op in set(ops) if op is not None}
    typed_texts = [(op, text, codes[op]) for op, text in zip(ops, texts, strict=True) if op is not None and text]

    def typed() -> None:  # the lean lane now: one typed decode of the text, else the two steps above
        for op, text, listed in typed_texts:
            validator.accepts_known_text(op, text, listed)

    known()  # compile every operation's checks before timing
    typed()
    figures = best(
        {
            "read the file (bytes, UTF-8)": lambda: path.read_bytes().decode("utf-8"),
            "json.load of the whole capture": lambda: json.loads(path.read_bytes()),
            "json.loads of the bodies": lambda: [json.loads(b) for b in bodies],
            "msgspec decode of the bodies": lambda: [decoder.decode(b) for b in bodies],
            "msgspec decode of the HAR into LeanEntry structs": lambda: msgspec.json.decode(data, type=_Har),
            "jsonschema-rs known pass on the bodies": known,
            "typed accept of the body texts (accepts_known_text)": typed,
        }
    )
    per_entry = {name: seconds / count * 1e6 for name, seconds in figures.items()}
    per_entry["floor: lean decode + body decode + one pass"] = (
        per_entry["msgspec decode of the HAR into LeanEntry structs"]
        + per_entry["msgspec decode of the bodies"]
        + per_entry["jsonschema-rs known pass on the bodies"]
    )
    per_entry["floor: lean decode + typed accept"] = (
        per_entry["msgspec decode of the HAR into LeanEntry structs"]
        + per_entry["typed accept of the body texts (accepts_known_text)"]
    )
    per_entry["entries"] = count
    per_entry["bytes per entry"] = len(data) / count
    per_entry["bytes per body"] = sum(map(len, bodies)) / max(len(bodies), 1)
    return per_entry


def main(argv: list[str]) -> int:
    named = [a for a in argv if not a.startswith("--")]
    with tempfile.TemporaryDirectory(prefix="bilispec-floors-") as tmp:
        path = Path(named[0]) if named else captures.write(Path(tmp) / "floors.har", 20_000, "--large" in argv)
        figures = floors(path)
    loads = figures["json.loads of the bodies"]
    print(f"{path.name}: {figures['entries']:,.0f} entries, {figures['bytes per entry']:,.0f} bytes an entry, ", end="")
    print(f"bodies {figures['bytes per body']:,.0f} bytes; CPU per entry, best of 7 taking turns, collector on")
    for name, value in figures.items():
        if name not in ("entries", "bytes per entry", "bytes per body"):
            print(f"  {name:50} {value:8.2f} µs  {value / loads:5.2f}x json.loads of the bodies")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
