"""`make bench`: every benchmark in one process run, each against a baseline timed in the same run.

    python bench/run.py                     # all of them; writes bench/results.json and bench/results.png
    python bench/run.py parse validation    # some of them; their entries in results.json are replaced
    BENCH_MAKE_TEST=1 python bench/run.py tooling   # also time `make test` (about a minute)

Subject and baseline are timed in alternating rounds and compared by their medians, so load from other
processes on this shared machine falls on both alike and mostly cancels out of the ratio.
"""

from __future__ import annotations

import asyncio
import datetime
import gc
import json
import os
import platform
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Awaitable, Callable, Iterator
from contextlib import contextmanager
from dataclasses import asdict
from pathlib import Path
from typing import Any

import bodies
import httpx
import orjson
import peers
import stream
from timing import Result, alternating, compared, latencies, latency_results

from bilispec.client._client import AsyncBiliClient, BiliClient
from bilispec.client.retries import NO_RETRY
from bilispec.core.description import description
from bilispec.core.validation import ResponseValidator

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
RESULTS = BENCH / "results.json"
CHART = BENCH / "results.png"
README = BENCH / "README.md"
MARKERS = ("<!-- results:start -->", "<!-- results:end -->")
JSON = "application/json"
US = "µs/response"


# ---------------------------------------------------------------------------------------------
# 1. parse


def bench_parse() -> list[Result]:
    """Typed, validated parse through the client against json.loads, orjson and msgspec's typed decode."""
    client = BiliClient(sessdata="bench", bili_jct="bench", base_url="http://127.0.0.1:9")
    engine = client._engine  # the client's parse path: bytes -> validated -> generated model
    results = []
    for body in bodies.large_bodies():
        op = engine.operation(body.operation_id)
        response = httpx.Response(200, headers={"Content-Type": JSON}, content=body.content)
        decoder = peers.DECODERS[body.operation_id]
        content = body.content
        times = alternating(
            {
                "json.loads": lambda c=content: json.loads(c),  # type: ignore[misc]
                "orjson.loads": lambda c=content: orjson.loads(c),  # type: ignore[misc]
                "msgspec typed decode": lambda c=content, d=decoder: d.decode(c),  # type: ignore[misc]
                "client": lambda o=op, r=response: engine.interpret(o, r, r.content),  # type: ignore[misc]
            },
            rounds=15,
            number=max(20, 200_000 // len(content)),
        )
        base = times["json.loads"]
        size = f"{len(content):,} bytes"
        for peer in ("orjson.loads", "msgspec typed decode"):
            results.append(compared(f"parse {body.name}: {peer}", times[peer] * 1e6, "µs", "json.loads", base * 1e6))
        target = "<= 1.5" if body.operation_id == "get_live_session_data" else None
        note = f"{size}; typed and validated, the generated attrs models"
        results.append(
            compared(f"parse {body.name}: client", times["client"] * 1e6, "µs", "json.loads", base * 1e6, target, note)
        )
    client.close()
    return results


# ---------------------------------------------------------------------------------------------
# 2. call overhead


def _panel_body() -> bytes:
    case = sorted((bodies.RECORDINGS / "get_vote_panel").glob("success*.json"))[0].stem
    return bodies.encode(bodies.recording("get_vote_panel", case)["response"]["body"])


def _raw_call(http: httpx.Client, url: str, room_id: int, cookie: str) -> Callable[[], object]:
    """What a user would write without the client: the same request, then json.loads."""
    headers = {"Accept": JSON, "User-Agent": "bench", "Cookie": cookie}

    def call() -> object:
        return json.loads(http.get(url, params={"room_id": room_id}, headers=headers).content)

    return call


def bench_overhead() -> list[Result]:
    """One get_vote_panel call through the client against raw httpx + json.loads: MockTransport, loopback."""
    op = description()["get_vote_panel"]
    content = _panel_body()

    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, headers={"Content-Type": JSON}, content=content)

    transport = httpx.MockTransport(answer)
    base_url = "http://api.test"
    client = BiliClient(
        sessdata="s", bili_jct="j", base_url=base_url, retry=NO_RETRY, http_client=httpx.Client(transport=transport)
    )
    raw = _raw_call(httpx.Client(transport=transport), base_url + op.path, 1, "SESSDATA=s; bili_jct=j")
    samples = latencies({"client": lambda: client.call("get_vote_panel", room_id=1), "raw httpx": raw}, calls=4000)
    results = latency_results("call overhead, MockTransport: client", samples, "client", "raw httpx")

    from bilispec.sandbox import SANDBOX_BILI_JCT, SANDBOX_ROOM_ID, SANDBOX_SESSDATA

    cookie = f"SESSDATA={SANDBOX_SESSDATA}; bili_jct={SANDBOX_BILI_JCT}"
    with (
        sandbox() as url,
        httpx.Client() as http,
        BiliClient(sessdata=SANDBOX_SESSDATA, bili_jct=SANDBOX_BILI_JCT, base_url=url, retry=NO_RETRY) as c,
    ):
        raw = _raw_call(http, url + op.path, SANDBOX_ROOM_ID, cookie)
        samples = latencies(
            {"client": lambda: c.call("get_vote_panel", room_id=SANDBOX_ROOM_ID), "raw httpx": raw}, calls=2000
        )
    results += latency_results("call overhead, loopback sandbox: client", samples, "client", "raw httpx")
    return results


@contextmanager
def sandbox() -> Iterator[str]:
    """The sandbox in its own process (`python -m bilispec.sandbox`): the server does not share this
    process's interpreter lock, as a real server would not."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    env = {**os.environ, "BILISPEC_SANDBOX_PORT": str(port)}
    server = subprocess.Popen([sys.executable, "-m", "bilispec.sandbox"], env=env, stdout=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                if server.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError("the sandbox did not start") from None
                time.sleep(0.05)
        yield f"http://127.0.0.1:{port}"
    finally:
        server.terminate()
        server.wait(timeout=10)


# ---------------------------------------------------------------------------------------------
# 3. async fan-out

FAN_OUT = 200


def bench_fanout() -> list[Result]:
    """200 concurrent get_vote_panel GETs against the sandbox: AsyncBiliClient against raw httpx.AsyncClient."""
    from bilispec.sandbox import SANDBOX_BILI_JCT, SANDBOX_ROOM_ID, SANDBOX_SESSDATA

    op = description()["get_vote_panel"]
    cookie = f"SESSDATA={SANDBOX_SESSDATA}; bili_jct={SANDBOX_BILI_JCT}"
    headers = {"Accept": JSON, "User-Agent": "bench", "Cookie": cookie}

    async def measure(url: str) -> dict[str, float]:
        client = AsyncBiliClient(sessdata=SANDBOX_SESSDATA, bili_jct=SANDBOX_BILI_JCT, base_url=url, retry=NO_RETRY)
        http = httpx.AsyncClient()

        async def raw() -> object:
            response = await http.get(url + op.path, params={"room_id": SANDBOX_ROOM_ID}, headers=headers)
            return json.loads(response.content)

        async def through_client() -> object:
            return await client.call("get_vote_panel", room_id=SANDBOX_ROOM_ID)

        async def burst(call: Callable[[], Awaitable[object]]) -> float:
            start = time.perf_counter()
            await asyncio.gather(*(call() for _ in range(FAN_OUT)))
            return FAN_OUT / (time.perf_counter() - start)

        rates: dict[str, list[float]] = {"client": [], "raw httpx": []}
        await burst(through_client)
        await burst(raw)
        for _ in range(15):
            rates["client"].append(await burst(through_client))
            rates["raw httpx"].append(await burst(raw))
        await client.aclose()
        await http.aclose()
        return {name: statistics.median(values) for name, values in rates.items()}

    with sandbox() as url:
        rates = asyncio.run(measure(url))
    return [
        compared(
            f"async fan-out ({FAN_OUT} concurrent GETs): client",
            rates["client"],
            "requests/s",
            "raw httpx.AsyncClient",
            rates["raw httpx"],
            ">= 0.9",
            "sandbox in its own process on loopback",
        )
    ]


# ---------------------------------------------------------------------------------------------
# 4. validation


def bench_validation() -> list[Result]:
    """bilispec's validation of 5,000 captured responses against json.loads, schemathesis and openapi-core."""
    import schemathesis
    from openapi_core import OpenAPI
    from openapi_core.testing import MockRequest, MockResponse

    from bilispec.tools.audit import Auditor
    from bilispec.tools.capture import Exchange, Response
    from bilispec.tools.results import VALID

    capture = bodies.capture()
    desc = description()
    validator = ResponseValidator(desc)
    auditor = Auditor(desc)

    def parse_all() -> None:
        for body in capture:
            json.loads(body.content)

    def validator_all() -> None:
        for body in capture:
            assert not validator.validate(body.operation_id, json.loads(body.content))

    def cli_all() -> None:
        """What `bilispec validate` does with each response of a capture: read, validate, look for drift."""
        for body in capture:
            response = Response(200, JSON, raw=body.content)
            result = auditor.judge(Exchange("capture", None, body.operation_id, None, response))
            assert result.outcome == VALID, result

    times = alternating(
        {"json.loads": parse_all, "bilispec validate": cli_all, "ResponseValidator": validator_all}, rounds=5, number=1
    )

    st_schema = schemathesis.openapi.from_path(str(ROOT / "generated" / "openapi.yaml"))
    st_ops = {op_id: st_schema.find_operation_by_id(op_id) for op_id in desc.operations}
    request = httpx.Request("GET", "http://127.0.0.1")

    def st_responses() -> list[httpx.Response]:
        responses = []
        for body in capture:
            response = httpx.Response(200, headers={"Content-Type": JSON}, content=body.content, request=request)
            response.elapsed = datetime.timedelta(milliseconds=1)
            responses.append(response)
        return responses

    st_times = []
    for _ in range(2):
        responses = st_responses()  # fresh objects each round: nothing parsed in an earlier round is reused
        start = time.perf_counter()
        for body, response in zip(capture, responses, strict=True):
            st_ops[body.operation_id].validate_response(response)
        st_times.append(time.perf_counter() - start)

    openapi = OpenAPI.from_file_path(str(ROOT / "generated" / "openapi.yaml"))
    pairs = [
        (MockRequest(desc[b.operation_id].host, desc[b.operation_id].method.lower(), desc[b.operation_id].path), b)
        for b in capture
    ]
    start = time.perf_counter()
    for mock_request, body in pairs:
        openapi.validate_response(mock_request, MockResponse(body.content, status_code=200, content_type=JSON))
    core = time.perf_counter() - start

    n = len(capture)
    per = {name: seconds / n * 1e6 for name, seconds in times.items()}
    st = min(st_times) / n * 1e6
    oc = core / n * 1e6
    note = f"{n} responses, {sum(len(b.content) for b in capture):,} bytes; parse included"
    cli = "bilispec.tools.audit.Auditor.judge, as `bilispec validate` runs it: parse, depth, validation, drift"
    core = "json.loads, then ResponseValidator.validate"
    base = per["json.loads"]
    return [
        compared("validation: bilispec validate", per["bilispec validate"], US, "json.loads", base, "<= 2", cli),
        compared("validation: ResponseValidator", per["ResponseValidator"], US, "json.loads", base, note=core),
        compared("validation: schemathesis validate_response", st, "µs/response", "json.loads", base),
        compared("validation: openapi-core", oc, "µs/response", "json.loads", base, note=note),
        compared(
            "validation: openapi-core over bilispec validate",
            oc,
            "µs/response",
            "bilispec validate",
            per["bilispec validate"],
            ">= 20",
            "how many times faster bilispec validates",
        ),
    ]


# ---------------------------------------------------------------------------------------------
# 5. tooling

GENERATE_BUDGET = 5.0
MAKE_TEST_BUDGET = 90.0


def bench_tooling() -> list[Result]:
    """Bundle + generate wall time (the Makefile's own target, into a temporary folder), and `make test`."""
    runs = []
    for _ in range(3):
        # `make generate`'s own recipe (_generate) into a temporary folder: generated/ is never touched.
        with tempfile.TemporaryDirectory(prefix="bilispec-bench-") as tmp:
            start = time.perf_counter()
            subprocess.run(["make", "-s", "_generate", f"OUT={tmp}"], cwd=ROOT, check=True, capture_output=True)
            runs.append(time.perf_counter() - start)
    budget = {"name": "budget", "value": GENERATE_BUDGET}
    generate = Result("make generate (bundle + generate)", statistics.median(runs), "s", budget, None, "<= 1")
    generate.ratio = statistics.median(runs) / GENERATE_BUDGET
    generate.note = f"median of 3 runs: {', '.join(f'{r:.2f}' for r in runs)} s"
    return [generate.judge(), make_test()]


def make_test() -> Result:
    """`make test` wall time, measured only when BENCH_MAKE_TEST=1 (never copied from an earlier run)."""
    name = "make test"
    budget = {"name": "budget", "value": MAKE_TEST_BUDGET}
    if os.environ.get("BENCH_MAKE_TEST") != "1":
        return Result(
            name, None, "s", budget, None, "<= 1", note="not measured in this run: BENCH_MAKE_TEST=1 times it"
        )
    start = time.perf_counter()
    done = subprocess.run(["make", "test"], cwd=ROOT, capture_output=True, text=True)
    seconds = time.perf_counter() - start
    note = "measured in this run (BENCH_MAKE_TEST=1)" + ("" if done.returncode == 0 else "; make test FAILED")
    if done.returncode != 0:
        print("make test failed; its last lines:", *done.stdout.splitlines()[-15:], sep="\n", file=sys.stderr)
    return Result(name, seconds, "s", budget, seconds / MAKE_TEST_BUDGET, "<= 1", note=note).judge()


# ---------------------------------------------------------------------------------------------
# 6. scale: the command end to end, in its own process

SCALE = (10_000, 100_000, 200_000)
LARGE_BODIES = 20_000
MIXED = 50_000
LAYOUTS = 50_000  # entries of the Chrome-like, compact, JSON-lines and base64 captures
PEAK_BOUND_MB = 300.0


def bench_scale() -> list[Result]:
    """`bilispec validate` end to end on generated HARs (10k, 100k, 200k entries): time, peak RSS, --jobs 2."""
    import scale

    results = []
    with tempfile.TemporaryDirectory(prefix="bilispec-scale-") as tmp:
        folder, report = Path(tmp), Path(tmp) / "report.json"
        base = scale.startup()
        runs = {}
        for entries in SCALE:
            capture = scale.capture(folder, entries)
            runs[entries] = run = scale.validate(capture, 1, report)
            size = f"{capture.stat().st_size >> 20} MB HAR"
            bound = {"name": "bound", "value": PEAK_BOUND_MB}
            peak = Result(
                f"validate {entries:,}: peak RSS", run["peak_mb"], "MB", bound, run["peak_mb"] / PEAK_BOUND_MB
            )
            peak.target, peak.note = "<= 1", f"{size}, --jobs 1"
            results.append(peak.judge())
            rate = entries / max(run["cpu"] - base["cpu"], 1e-9)
            note = f"CPU {run['cpu']:.1f} s ({rate:,.0f} entries/s of CPU, start-up {base['cpu']:.2f} s apart)"
            results.append(Result(f"validate {entries:,}: wall", run["wall"], "s", None, None, note=note))
        largest = max(SCALE)
        loads = scale.json_loads_seconds(largest) / largest * 1e6
        whole = scale.json_load_seconds(scale.capture(folder, largest)) / largest * 1e6
        per = (runs[largest]["cpu"] - base["cpu"]) / largest * 1e6
        note = f"CPU per response of `bilispec validate --jobs 1` on {largest:,} entries, start-up apart"
        results.append(
            compared("validate end to end per response", per, US, "json.loads of the bodies", loads, "<= 2", note)
        )
        note = f"the same against json.load of the whole {largest:,}-entry HAR (issue 23's table), per entry"
        results.append(compared("validate end to end per entry / json.load", per, US, "json.load", whole, None, note))
        # Another mix: bodies of 1-2 KB beside the recordings, a logged-in browser, room ids that vary.
        mixed_path = scale.capture(folder, MIXED, mixed=True)
        mixed = scale.validate(mixed_path, 1, report)
        per_mixed = (mixed["cpu"] - base["cpu"]) / MIXED * 1e6
        loads_mixed = scale.json_loads_seconds(MIXED, mixed=True) / MIXED * 1e6
        whole_mixed = scale.json_load_seconds(mixed_path) / MIXED * 1e6
        size = mixed_path.stat().st_size // MIXED
        note = f"{MIXED:,} entries of captures.py --mixed ({size:,} bytes an entry)"
        note += f"; json.load of the whole HAR: {whole_mixed:.1f} µs an entry"
        results.append(
            compared(
                "validate end to end per mixed response",
                per_mixed,
                US,
                "json.loads of the bodies",
                loads_mixed,
                "<= 2",
                note,
            )
        )
        # The same mix with a new room each time: every request that names a room is a text not seen
        # before, judged by its values where its shape was judged (tools/request_shapes.py).
        unique_path = scale.capture(folder, MIXED, mixed=True, unique=True)
        unique = scale.validate(unique_path, 1, report)
        per_unique = (unique["cpu"] - base["cpu"]) / MIXED * 1e6
        note = f"{MIXED:,} entries of captures.py --mixed --unique: no room id repeats"
        results.append(
            compared(
                "validate end to end per response, new requests",
                per_unique,
                US,
                "json.loads of the bodies",
                loads_mixed,
                "<= 2",
                note,
            )
        )
        # Per-byte cost: the three large bodies of bodies.py (2-60 KB) in turn.
        big = scale.validate(scale.capture(folder, LARGE_BODIES, large=True), 1, report)
        per_big = (big["cpu"] - base["cpu"]) / LARGE_BODIES * 1e6
        loads_big = scale.json_loads_seconds(LARGE_BODIES, large=True) / LARGE_BODIES * 1e6
        note = f"as above on {LARGE_BODIES:,} entries with the three large bodies (session data, replays, votes)"
        results.append(
            compared(
                "validate end to end per large response",
                per_big,
                US,
                "json.loads of the bodies",
                loads_big,
                "<= 2",
                note,
            )
        )
        # Other layouts of the same entries: as Chrome exports them (its own members, sorted,
        # indented), and compact JSON on one line. Per response, and --jobs 2 on Chrome's.
        loads_layout = scale.json_loads_seconds(LAYOUTS) / LAYOUTS * 1e6
        for layout, what in (("chrome", "Chrome-like"), ("compact", "compact"), ("jsonl", "JSON-lines")):
            path = scale.capture(folder, LAYOUTS, layout=layout)
            one = scale.validate(path, 1, report)
            per_layout = (one["cpu"] - base["cpu"]) / LAYOUTS * 1e6
            size = path.stat().st_size // LAYOUTS
            note = f"{LAYOUTS:,} entries of captures.py --{layout} ({size:,} bytes an entry), --jobs 1"
            results.append(
                compared(
                    f"validate end to end per {what} response", per_layout, US, "json.loads", loads_layout, "<= 2", note
                )
            )
            if layout in ("chrome", "jsonl"):
                two = scale.validate(path, 2, report)
                note = f"wall {one['wall']:.2f} s / {two['wall']:.2f} s, CPU {one['cpu']:.2f} s / {two['cpu']:.2f} s"
                name = f"validate {LAYOUTS:,} {what}: --jobs 1 / --jobs 2 wall"
                results.append(compared(name, one["wall"], "s", "--jobs 2", two["wall"], None, note))
        # Bodies as base64, as Firefox, Charles or mitmproxy may export them: read as their bytes.
        path = scale.capture(folder, LAYOUTS, base64=True)
        coded = scale.validate(path, 1, report)
        per_coded = (coded["cpu"] - base["cpu"]) / LAYOUTS * 1e6
        note = f"{LAYOUTS:,} entries of captures.py --base64, --jobs 1"
        results.append(
            compared("validate end to end per base64 response", per_coded, US, "json.loads", loads_layout, "<= 2", note)
        )
        # Drift everywhere: each body holds a member the description does not know (the server added
        # one): every entry is judged in full (validation, the drift walk, a result of its own).
        path = scale.capture(folder, LAYOUTS, unknown=True)
        drifting = scale.validate(path, 1, report, drift=True)
        per_drift = (drifting["cpu"] - base["cpu"]) / LAYOUTS * 1e6
        loads_drift = scale.json_loads_seconds(LAYOUTS, unknown=True) / LAYOUTS * 1e6
        note = f"{LAYOUTS:,} entries of captures.py --unknown, every one drift, --jobs 1 (no target: the full path)"
        results.append(
            compared("validate end to end per drifting response", per_drift, US, "json.loads", loads_drift, None, note)
        )
        # --jobs 1 and --jobs 2 back to back, twice: the machine's load moves between pairs.
        pairs = []
        for _ in range(2):
            one = scale.validate(scale.capture(folder, largest), 1, report)
            two = scale.validate(scale.capture(folder, largest), 2, report)
            pairs.append((one, two))
        one_wall, two_wall = sum(one["wall"] for one, _ in pairs), sum(two["wall"] for _, two in pairs)
        note = "; ".join(
            f"wall {one['wall']:.1f} s / {two['wall']:.1f} s, CPU {one['cpu']:.1f} s / {two['cpu']:.1f} s"
            for one, two in pairs
        )
        note = f"--jobs 1 / --jobs 2 back to back, twice: {note} (workers included); both pairs' walls summed"
        speed = compared(f"validate {largest:,}: --jobs 1 / --jobs 2 wall", one_wall, "s", "--jobs 2", two_wall)
        speed.target, speed.note = ">= 1.6", note
        results.append(speed.judge())
        # The floor: what two cores give two processes that share nothing (two halves at once).
        half = scale.capture(folder, largest // 2)
        floor = [scale.halves_at_once(half, report) for _ in range(2)]
        note = f"two --jobs 1 runs on {largest // 2:,} entries each, started together, twice: "
        note += ", ".join(f"{wall:.2f} s" for wall in floor) + "; the best --jobs 2 could do on this machine"
        name = f"validate {largest:,}: --jobs 1 / two halves at once"
        results.append(compared(name, one_wall, "s", "halves", sum(floor), None, note))
    return results


# ---------------------------------------------------------------------------------------------
# 7. unknown members: the parse when the server sends members the description does not name


def _add_unknown(value: Any, everywhere: bool) -> Any:
    if isinstance(value, dict):
        inner = {k: _add_unknown(v, everywhere) if everywhere else v for k, v in value.items()}
        return inner | {"x_bench_new": 1}
    if isinstance(value, list) and everywhere:
        return [_add_unknown(v, everywhere) for v in value]
    return value


def bench_unknown() -> list[Result]:
    """The session-data parse through the client with one unknown member, and with unknown members everywhere."""
    client = BiliClient(sessdata="bench", bili_jct="bench", base_url="http://127.0.0.1:9")
    engine = client._engine
    op = engine.operation("get_live_session_data")
    body = bodies.session_data_body()
    results = []
    for label, changed in (
        ("one unknown member", {**body, "data": _add_unknown(body["data"], False)}),
        ("unknown members everywhere", _add_unknown(body, True)),
    ):
        content = bodies.encode(changed)
        response = httpx.Response(200, headers={"Content-Type": JSON}, content=content)
        times = alternating(
            {
                "json.loads": lambda c=content: json.loads(c),
                "client": lambda r=response, c=content: engine.interpret(op, r, c),
            },  # type: ignore[misc]
            rounds=15,
            number=max(20, 200_000 // len(content)),
        )
        note = f"{len(content):,} bytes; the drift path: models keep the unknown members"
        name = f"parse session data, {label}: client"
        results.append(
            compared(name, times["client"] * 1e6, "µs", "json.loads", times["json.loads"] * 1e6, "<= 1.5", note)
        )
    client.close()
    return results


# ---------------------------------------------------------------------------------------------
# 8. message stream (bench/stream.py)


def bench_stream() -> list[Result]:
    """A brotli batch of 100 DANMU_MSG decoded, validated and typed, against json.loads of its commands."""
    batch, commands = stream.danmaku_batch()
    stream.check(batch)
    fns = {
        "json.loads": lambda: [json.loads(c) for c in commands],
        "decode+validate+type": lambda: stream.subject(batch),
    }
    times = alternating(fns, rounds=15, number=20)
    base = times["json.loads"] * 1e6
    note = f"{len(batch):,}-byte brotli frame of {len(commands)} commands, {sum(map(len, commands)):,} bytes decoded"
    value = times["decode+validate+type"] * 1e6
    note += f"; no blivedm peer: {stream.NO_PEER}"
    return [compared("stream: 100 DANMU_MSG", value, "µs", "json.loads", base, "<= 1.5", note)]


# ---------------------------------------------------------------------------------------------
# Output

BENCHMARKS: dict[str, Callable[[], list[Result]]] = {
    "parse": bench_parse,
    "overhead": bench_overhead,
    "fanout": bench_fanout,
    "validation": bench_validation,
    "tooling": bench_tooling,
    "stream": bench_stream,
    "scale": bench_scale,
    "unknown": bench_unknown,
}


def load_results() -> list[dict[str, Any]]:
    if not RESULTS.exists():
        return []
    return list(json.loads(RESULTS.read_text(encoding="utf-8")).get("results", []))


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return f"{cpu}, {os.cpu_count()} CPUs, {platform.system()} {platform.release()}, Python {platform.python_version()}"


def table(results: list[Result]) -> str:
    def number(value: float | None) -> str:
        return "-" if value is None else f"{value:,.3g}" if value < 100 else f"{value:,.0f}"

    rows = [("benchmark", "value", "unit", "baseline", "ratio", "target", "")]
    for r in results:
        base = f"{r.baseline['name']} {number(r.baseline['value'])}" if r.baseline else "-"
        ratio = "-" if r.ratio is None else f"{r.ratio:.2f}"
        verdict = "" if r.met is None else "ok" if r.met else "MISSED"
        rows.append((r.name, number(r.value), r.unit, base, ratio, r.target or "", verdict))
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    return "\n".join("  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip() for row in rows)


def chart(results: list[Result]) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    shown = [r for r in results if r.ratio is not None]
    fig, ax = plt.subplots(figsize=(10, 0.38 * len(shown) + 1.5))
    colours = ["tab:gray" if r.met is None else "tab:green" if r.met else "tab:red" for r in shown]
    ax.barh(range(len(shown)), [r.ratio or 0 for r in shown], color=colours)
    for i, r in enumerate(shown):
        ax.text(r.ratio or 0, i, f" {r.ratio:.2f}", va="center", fontsize=8)
        if r.target:
            ax.plot([float(r.target.split()[1])] * 2, [i - 0.4, i + 0.4], color="black", linewidth=2)
    ax.set_yticks(range(len(shown)), [f"{r.name} / {r.baseline['name'] if r.baseline else ''}" for r in shown])
    ax.invert_yaxis()
    ax.set_xscale("log")
    ax.axvline(1.0, color="gray", linewidth=0.8, linestyle="--")
    ax.set_xlabel("ratio to the baseline (log scale); tick: target; green met, red missed")
    ax.set_title(f"bilispec benchmarks, {datetime.date.today().isoformat()}")
    fig.tight_layout()
    fig.savefig(CHART, dpi=100)
    plt.close(fig)


def readme(results: list[Result], machine_text: str, stamp: str) -> None:
    """The README's results section, between its markers, rewritten from this run."""
    if not README.exists():
        return
    text = README.read_text(encoding="utf-8")
    start, end = text.find(MARKERS[0]), text.find(MARKERS[1])
    if start < 0 or end < start:
        return
    block = f"{MARKERS[0]}\nRun of {stamp} on {machine_text}.\n\n```\n{table(results)}\n```\n"
    README.write_text(text[:start] + block + text[end:], encoding="utf-8")


def main(argv: list[str]) -> int:
    names = argv or list(BENCHMARKS)
    unknown = [n for n in names if n not in BENCHMARKS]
    if unknown:
        print(f"unknown benchmark(s) {unknown}; choose from {list(BENCHMARKS)}", file=sys.stderr)
        return 2
    stamp = datetime.datetime.now().isoformat(timespec="seconds")
    started = time.perf_counter()
    fresh: list[Result] = []
    for name in names:
        print(f"-- {name}: {BENCHMARKS[name].__doc__}", flush=True)
        gc.collect()
        for result in BENCHMARKS[name]():
            result.measured = result.measured or stamp
            result.benchmark = name
            fresh.append(result)
    # A partial run replaces its benchmarks' entries and keeps the others, each with the date it was measured.
    kept = [Result(**r) for r in load_results() if r.get("benchmark") in BENCHMARKS and r["benchmark"] not in names]
    order = {name: i for i, name in enumerate(BENCHMARKS)}
    merged = sorted(kept + fresh, key=lambda r: order[r.benchmark])
    print()
    print(table(merged))
    RESULTS.write_text(
        json.dumps(
            {"machine": machine(), "date": stamp, "results": [asdict(r) for r in merged]}, indent=2, ensure_ascii=False
        )
        + "\n",
        encoding="utf-8",
    )
    chart(merged)
    readme(merged, machine(), stamp)
    wrote = ", ".join(str(path.relative_to(ROOT)) for path in (RESULTS, CHART, README))
    print(f"\nwrote {wrote} in {time.perf_counter() - started:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
