"""The whole-replay download: the status workflow, then the file with progress, resume and size checks.

One MockTransport plays both hosts: api.live.bilibili.com follows a script of merge statuses, and
the download host serves a file, honouring (or not) the Range header. Sleeping and the clock are
fakes, so nothing waits.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl

import httpx
import pytest
from bilispec_generated.models import ReplayRecord

from bilispec import (
    NO_RETRY,
    APIConnectionError,
    APIStatusError,
    AsyncBiliClient,
    BiliClient,
    DownloadSizeError,
    NotLoggedInError,
    ReplayDeadlineError,
    ReplayFailedError,
)
from bilispec.client.download import filename_from_url

RECORD = 10597910
UID = 438160221
FILE = bytes(range(256)) * 40  # 10240 bytes
NAME = "直播回放_2025-05-13_20-49-04.mp4"
URL = (
    "https://upos-sz-mirrorali.bilivideo.com/ugcever/n250519sa3hkpirw61hjskuit4d9fdsj.mp4"
    "?deadline=1747682306&gen=record2vod&os=upos&uparams=deadline,gen,os&upsig=0f&attname=" + NAME
)
MIRROR = URL.replace("upos-sz-mirrorali", "upos-sz-mirrorcos")
TOAST = "因直播过程中存在推流质量问题（网络波动或丢包），本场直播回放无法合成"  # noqa: RUF001 (verbatim, seed 000)


def record(status: int, **extra: Any) -> dict[str, Any]:
    return {"uid": UID, "record_id": RECORD, "status": status, "current_time": 1747641604, **extra}


def envelope(data: Any) -> dict[str, Any]:
    return {"code": 0, "message": "0", "ttl": 1, "data": data}


@dataclass
class Fake:
    """Both hosts. `answers`: statuses of successive download requests (30 comes with links);
    `polls`: statuses of successive polls (the last one repeats). `cdn`: how the file host behaves."""

    answers: list[int] = field(default_factory=lambda: [2, 30])
    polls: list[int] = field(default_factory=lambda: [30])
    links_with_30: bool = True
    cdn: str = "honour"  # honour | ignore-range | short | long | 403
    bad_hosts: set[str] = field(default_factory=set)
    poll_failures: list[str] = field(default_factory=list)  # reset | login, before the scripted polls
    api_calls: list[tuple[str, dict[str, str]]] = field(default_factory=list)
    file_requests: list[httpx.Request] = field(default_factory=list)

    def __call__(self, request: httpx.Request) -> httpx.Response:
        if request.url.host == "api.live.bilibili.com":
            return self.api(request)
        return self.file(request)

    def api(self, request: httpx.Request) -> httpx.Response:
        form = dict(parse_qsl(request.content.decode()))
        name = request.url.path.rsplit("/", 1)[-1]
        self.api_calls.append((name, form))
        if name == "AnchorVideoDownload":
            status = self.answers.pop(0) if len(self.answers) > 1 else self.answers[0]
            extra = {"toast": TOAST} if status == -30 else {}
            data: dict[str, Any] = {"record": record(status, merge_time=1747638665, **extra)}
            if status == 30 and self.links_with_30:
                data |= {"download_url": URL, "download_url_list": [URL, MIRROR]}
            return httpx.Response(200, json=envelope(data))
        assert name == "GetAnchorVideoUidRecord"
        if self.poll_failures:
            failure = self.poll_failures.pop(0)
            if failure == "reset":
                raise httpx.ConnectError("connection reset", request=request)
            return httpx.Response(200, json={"code": -101, "message": "账号未登录", "ttl": 1})
        status = self.polls.pop(0) if len(self.polls) > 1 else self.polls[0]
        extra = {"toast": TOAST} if status == -30 else {}
        other = {"uid": 91089731, "record_id": 10230000, "status": 2, "current_time": 1747641604}
        return httpx.Response(200, json=envelope({"list": [other, record(status, **extra)]}))

    def file(self, request: httpx.Request) -> httpx.Response:
        self.file_requests.append(request)
        if request.url.host in self.bad_hosts or self.cdn == "403":
            return httpx.Response(403, text="forbidden")
        size = len(FILE)
        if self.cdn == "short":  # announces the whole file, sends less
            return httpx.Response(200, headers={"Content-Length": str(size)}, content=FILE[: size - 500])
        if self.cdn == "long":
            return httpx.Response(200, headers={"Content-Length": str(size)}, content=FILE + b"extra")
        wanted = request.headers.get("Range")
        if wanted and self.cdn == "honour":
            start = int(wanted.removeprefix("bytes=").removesuffix("-"))
            if start >= size:
                return httpx.Response(416, headers={"Content-Range": f"bytes */{size}"})
            headers = {"Content-Range": f"bytes {start}-{size - 1}/{size}"}
            return httpx.Response(206, headers=headers, content=FILE[start:])
        return httpx.Response(200, content=FILE)


class Clock:
    """A clock that only moves when slept on."""

    def __init__(self) -> None:
        self.now = 0.0
        self.sleeps: list[float] = []

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds

    async def asleep(self, seconds: float) -> None:
        self.sleep(seconds)


@pytest.fixture(autouse=True)
def _no_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("BILISPEC_BASE_URL", "BILI_SESSDATA", "BILI_JCT"):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def clock() -> Clock:
    return Clock()


def client_for(fake: Fake) -> BiliClient:
    http = httpx.Client(transport=httpx.MockTransport(fake))
    return BiliClient(sessdata="sess", bili_jct="jct", retry=NO_RETRY, http_client=http)


def async_client_for(fake: Fake) -> AsyncBiliClient:
    http = httpx.AsyncClient(transport=httpx.MockTransport(fake))
    return AsyncBiliClient(sessdata="sess", bili_jct="jct", retry=NO_RETRY, http_client=http)


@dataclass
class Progress:
    statuses: list[int | None] = field(default_factory=list)
    bytes: list[tuple[int, int | None]] = field(default_factory=list)

    def status(self, r: ReplayRecord) -> None:
        assert r.record_id == RECORD
        self.statuses.append(r.status if isinstance(r.status, int) else None)

    def on_bytes(self, done: int, total: int | None) -> None:
        self.bytes.append((done, total))


# -- the status workflow ---------------------------------------------------------------------


def test_polls_until_merged_then_asks_for_the_links(clock: Clock) -> None:
    fake = Fake(answers=[2, 30], polls=[2, 2, 30])
    progress = Progress()
    with client_for(fake) as client:
        urls = client.replays.download(RECORD, on_progress=progress.status, sleep=clock.sleep, clock=clock)
    assert urls == [URL, MIRROR]
    assert [name for name, _ in fake.api_calls] == [
        "AnchorVideoDownload",
        "GetAnchorVideoUidRecord",
        "GetAnchorVideoUidRecord",
        "GetAnchorVideoUidRecord",
        "AnchorVideoDownload",
    ]
    assert fake.api_calls[0][1]["record_id"] == str(RECORD)
    assert fake.api_calls[1][1]["records"] == str(RECORD)
    assert all(form["csrf"] == "jct" for _, form in fake.api_calls)
    assert clock.sleeps == [3, 3, 3]
    assert progress.statuses == [2, 2, 2, 30, 30]
    assert fake.file_requests == []  # no dest: links only


def test_already_merged_needs_no_polling(clock: Clock) -> None:
    fake = Fake(answers=[30])
    with client_for(fake) as client:
        assert client.replays.download(RECORD, sleep=clock.sleep, clock=clock) == [URL, MIRROR]
    assert [name for name, _ in fake.api_calls] == ["AnchorVideoDownload"]
    assert clock.sleeps == []


def test_failed_merge_raises_with_the_toast(clock: Clock) -> None:
    fake = Fake(answers=[2], polls=[2, -30])
    progress = Progress()
    with client_for(fake) as client, pytest.raises(ReplayFailedError) as caught:
        client.replays.download(RECORD, on_progress=progress.status, sleep=clock.sleep, clock=clock)
    assert caught.value.toast == TOAST
    assert caught.value.status == -30
    assert caught.value.record_id == RECORD
    assert TOAST in str(caught.value)
    assert progress.statuses == [2, 2, -30]
    assert [name for name, _ in fake.api_calls].count("AnchorVideoDownload") == 1


def test_failure_in_the_first_answer(clock: Clock) -> None:
    fake = Fake(answers=[-30])
    with client_for(fake) as client, pytest.raises(ReplayFailedError, match="status -30"):
        client.replays.download(RECORD, sleep=clock.sleep, clock=clock)
    assert clock.sleeps == []


def test_deadline(clock: Clock) -> None:
    fake = Fake(answers=[2], polls=[2])
    with client_for(fake) as client, pytest.raises(ReplayDeadlineError) as caught:
        client.replays.download(RECORD, deadline=10, poll_interval=3, sleep=clock.sleep, clock=clock)
    assert clock.sleeps == [3, 3, 3, 1]  # the last wait is cut to the deadline
    assert [name for name, _ in fake.api_calls].count("GetAnchorVideoUidRecord") == 4
    assert caught.value.last_status == 2
    assert caught.value.deadline == 10


def test_merged_but_links_not_there_yet(clock: Clock) -> None:
    fake = Fake(answers=[2, 30, 30], polls=[30], links_with_30=False)
    with client_for(fake) as client:
        original = fake.api

        def api(request: httpx.Request) -> httpx.Response:  # the links show up on the third answer
            if request.url.path.endswith("AnchorVideoDownload") and len(fake.api_calls) >= 4:
                fake.links_with_30 = True
            return original(request)

        fake.api = api  # type: ignore[method-assign]
        assert client.replays.download(RECORD, sleep=clock.sleep, clock=clock) == [URL, MIRROR]
    assert [name for name, _ in fake.api_calls] == [
        "AnchorVideoDownload",
        "GetAnchorVideoUidRecord",
        "AnchorVideoDownload",
        "GetAnchorVideoUidRecord",
        "AnchorVideoDownload",
    ]


def test_a_transient_poll_failure_waits_for_the_next_poll(clock: Clock, caplog: pytest.LogCaptureFixture) -> None:
    fake = Fake(answers=[2, 30], polls=[30], poll_failures=["reset"])
    with client_for(fake) as client:
        assert client.replays.download(RECORD, sleep=clock.sleep, clock=clock) == [URL, MIRROR]
    assert clock.sleeps == [3, 3]
    assert "APIConnectionError" in caplog.text


def test_a_poll_failure_that_will_not_pass_is_raised(clock: Clock) -> None:
    fake = Fake(answers=[2], polls=[30], poll_failures=["login"])
    with client_for(fake) as client, pytest.raises(NotLoggedInError):
        client.replays.download(RECORD, sleep=clock.sleep, clock=clock)
    assert clock.sleeps == [3]


def test_bad_timing_arguments() -> None:
    with client_for(Fake()) as client, pytest.raises(ValueError, match="poll_interval"):
        client.replays.download(RECORD, poll_interval=0)


# -- the file --------------------------------------------------------------------------------


def test_streams_the_file_with_progress(tmp_path: Path, clock: Clock) -> None:
    fake = Fake(answers=[30])
    progress = Progress()
    dest = tmp_path / "replay.mp4"
    with client_for(fake) as client:
        urls = client.replays.download(RECORD, dest=dest, on_bytes=progress.on_bytes, sleep=clock.sleep, clock=clock)
    assert urls == [URL, MIRROR]
    assert dest.read_bytes() == FILE
    assert not (tmp_path / "replay.mp4.part").exists()
    assert progress.bytes[0] == (0, len(FILE))
    assert progress.bytes[-1] == (len(FILE), len(FILE))
    done = [d for d, _ in progress.bytes]
    assert done == sorted(done)
    [request] = fake.file_requests
    assert "Cookie" not in request.headers  # the login stays with the API host
    assert "Range" not in request.headers
    assert request.headers["Accept-Encoding"] == "identity"


def test_directory_dest_takes_the_name_from_the_url(tmp_path: Path, clock: Clock) -> None:
    with client_for(Fake(answers=[30])) as client:
        client.replays.download(RECORD, dest=tmp_path, sleep=clock.sleep, clock=clock)
    assert (tmp_path / NAME).read_bytes() == FILE


def test_filename_from_url_never_escapes() -> None:
    assert filename_from_url(URL) == NAME
    assert filename_from_url("https://h/a/b.mp4?attname=../../etc/passwd") == "passwd"
    assert filename_from_url("https://h/dir/clip.flv") == "clip.flv"
    assert filename_from_url("https://h/?attname=..") == "replay.mp4"


def test_resumes_a_partial_file_with_range(tmp_path: Path) -> None:
    fake = Fake()
    dest = tmp_path / "replay.mp4"
    (tmp_path / "replay.mp4.part").write_bytes(FILE[:1000])
    progress = Progress()
    with client_for(fake) as client:
        assert client.replays.download_file(URL, dest, on_bytes=progress.on_bytes) == dest
    assert dest.read_bytes() == FILE
    [request] = fake.file_requests
    assert request.headers["Range"] == "bytes=1000-"
    assert progress.bytes[0] == (1000, len(FILE))
    assert progress.bytes[-1] == (len(FILE), len(FILE))


def test_a_server_ignoring_range_restarts_the_file(tmp_path: Path) -> None:
    fake = Fake(cdn="ignore-range")
    dest = tmp_path / "replay.mp4"
    (tmp_path / "replay.mp4.part").write_bytes(b"\xff" * 1000)
    with client_for(fake) as client:
        client.replays.download_file(URL, dest)
    assert dest.read_bytes() == FILE


def test_a_complete_partial_file_answers_416(tmp_path: Path) -> None:
    fake = Fake()
    dest = tmp_path / "replay.mp4"
    (tmp_path / "replay.mp4.part").write_bytes(FILE)
    with client_for(fake) as client:
        client.replays.download_file(URL, dest)
    assert dest.read_bytes() == FILE
    assert [r.headers["Range"] for r in fake.file_requests] == [f"bytes={len(FILE)}-"]


def test_a_partial_file_longer_than_the_file_starts_over(tmp_path: Path) -> None:
    fake = Fake()
    dest = tmp_path / "replay.mp4"
    (tmp_path / "replay.mp4.part").write_bytes(FILE + b"junk")
    with client_for(fake) as client:
        client.replays.download_file(URL, dest)
    assert dest.read_bytes() == FILE
    assert [r.headers.get("Range") for r in fake.file_requests] == [f"bytes={len(FILE) + 4}-", None]


def test_short_body_raises_and_the_next_call_resumes(tmp_path: Path) -> None:
    fake = Fake(cdn="short")
    dest = tmp_path / "replay.mp4"
    with client_for(fake) as client:
        with pytest.raises(DownloadSizeError) as caught:
            client.replays.download_file(URL, dest)
        assert (caught.value.expected, caught.value.received) == (len(FILE), len(FILE) - 500)
        assert not dest.exists()
        assert (tmp_path / "replay.mp4.part").stat().st_size == len(FILE) - 500
        fake.cdn = "honour"
        client.replays.download_file(URL, dest)
    assert dest.read_bytes() == FILE
    assert fake.file_requests[-1].headers["Range"] == f"bytes={len(FILE) - 500}-"


def test_long_body_raises_and_drops_the_partial_file(tmp_path: Path) -> None:
    dest = tmp_path / "replay.mp4"
    with client_for(Fake(cdn="long")) as client, pytest.raises(DownloadSizeError, match="expected 10240"):
        client.replays.download_file(URL, dest)
    assert not dest.exists()
    assert not (tmp_path / "replay.mp4.part").exists()


def test_falls_back_to_the_next_mirror(tmp_path: Path, clock: Clock) -> None:
    fake = Fake(answers=[30], bad_hosts={httpx.URL(URL).host})
    dest = tmp_path / "replay.mp4"
    with client_for(fake) as client:
        client.replays.download(RECORD, dest=dest, sleep=clock.sleep, clock=clock)
    assert dest.read_bytes() == FILE
    assert [r.url.host for r in fake.file_requests] == [httpx.URL(URL).host, httpx.URL(MIRROR).host]


def test_every_mirror_failing_raises_the_http_error(tmp_path: Path, clock: Clock) -> None:
    with client_for(Fake(answers=[30], cdn="403")) as client, pytest.raises(APIStatusError) as caught:
        client.replays.download(RECORD, dest=tmp_path / "r.mp4", sleep=clock.sleep, clock=clock)
    assert caught.value.status == 403


def test_transport_failure_is_a_bili_error_and_keeps_the_partial_file(tmp_path: Path) -> None:
    def broken(chunks: Iterator[bytes]) -> Iterator[bytes]:
        yield from chunks
        raise httpx.ReadError("connection reset")

    def handler(request: httpx.Request) -> httpx.Response:
        headers = {"Content-Length": str(len(FILE))}
        return httpx.Response(200, headers=headers, stream=_Stream(broken(iter([FILE[:4096]]))))

    dest = tmp_path / "replay.mp4"
    http = httpx.Client(transport=httpx.MockTransport(handler))
    with BiliClient(http_client=http) as client, pytest.raises(APIConnectionError, match="ReadError"):
        client.replays.download_file(URL, dest)
    assert (tmp_path / "replay.mp4.part").read_bytes() == FILE[:4096]


class _Stream(httpx.SyncByteStream):
    def __init__(self, chunks: Iterator[bytes]) -> None:
        self.chunks = chunks

    def __iter__(self) -> Iterator[bytes]:
        return self.chunks


# -- async -----------------------------------------------------------------------------------


def test_async_workflow_and_resume(tmp_path: Path, clock: Clock) -> None:
    fake = Fake(answers=[2, 30], polls=[2, 30])
    dest = tmp_path / "replay.mp4"
    (tmp_path / "replay.mp4.part").write_bytes(FILE[:5000])
    progress = Progress()

    async def run() -> list[str]:
        async with async_client_for(fake) as client:
            return await client.replays.download(
                RECORD,
                dest=dest,
                on_progress=progress.status,
                on_bytes=progress.on_bytes,
                sleep=clock.asleep,
                clock=clock,
            )

    assert asyncio.run(run()) == [URL, MIRROR]
    assert clock.sleeps == [3, 3]
    assert progress.statuses == [2, 2, 30, 30]
    assert dest.read_bytes() == FILE
    assert fake.file_requests[0].headers["Range"] == "bytes=5000-"
    assert progress.bytes[0] == (5000, len(FILE))


def test_async_failure_and_deadline(clock: Clock) -> None:
    async def run(fake: Fake, **kwargs: Any) -> list[str]:
        async with async_client_for(fake) as client:
            return await client.replays.download(RECORD, sleep=clock.asleep, clock=clock, **kwargs)

    with pytest.raises(ReplayFailedError):
        asyncio.run(run(Fake(answers=[2], polls=[-30])))
    with pytest.raises(ReplayDeadlineError):
        asyncio.run(run(Fake(answers=[2], polls=[2]), deadline=5))


def test_async_download_file_size_check(tmp_path: Path) -> None:
    async def run() -> None:
        async with async_client_for(Fake(cdn="short")) as client:
            await client.replays.download_file(URL, tmp_path / "r.mp4")

    with pytest.raises(DownloadSizeError):
        asyncio.run(run())
