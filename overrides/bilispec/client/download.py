"""Download a whole live replay: the page's workflow (下载整场直播回放的流程) as one call.

1. anchor_video_download asks the server to merge the replay (its answer may already be final);
2. get_anchor_video_uid_record is polled until the record's status is 30 (merged) or -30 (failed);
   a poll that fails in a way that may pass (transport, 5xx, risk control) is logged and retried at
   the next interval, since polling only reads;
3. on 30, anchor_video_download again gives `download_url_list`; on -30, ReplayFailedError with
   the server's `toast`. Past the deadline, ReplayDeadlineError.

The file itself (optional) is streamed with the client's own httpx client into `<dest>.part`,
resumed with an HTTP Range request when that file exists, checked against Content-Length /
Content-Range, and renamed to `dest` when complete. No cookie goes to the download host. An existing
file is never replaced: by default the download takes the next free name (`replay (1).mp4`), or,
with `if_exists="error"`, raises DownloadExistsError before anything is sent.

The state machine (`ReplayWatch`, `RangeDownload`) is shared; only the I/O loops are written twice,
once sync and once async. Sleeping and the clock are parameters, so tests do not wait.
"""

from __future__ import annotations

import logging
import os
import re
from collections.abc import Awaitable, Callable, Iterator
from contextlib import contextmanager
from pathlib import Path, PurePosixPath
from typing import Any, BinaryIO, Literal
from urllib.parse import parse_qs, unquote, urlsplit

import httpx
from bilispec_generated.models import ReplayDownload, ReplayRecord

from .._constants import USER_AGENT
from ..core import errors
from .retries import is_retryable

log = logging.getLogger("bilispec")

STATUS_DONE = 30
# Seconds a file download may go without receiving a byte before it fails (a partial file is kept
# and resumed on the next call). A CDN that stalls for a minute is not coming back.
DEFAULT_STALL = 60.0
STATUS_FAILED = -30

StatusCallback = Callable[[ReplayRecord], None]
BytesCallback = Callable[[int, int | None], None]  # bytes done, total (None when unknown)
PathLike = str | os.PathLike[str]
IfExists = Literal["rename", "error"]
RENAME: IfExists = "rename"
ERROR: IfExists = "error"
MAX_RENAMES = 1000  # `name (1).ext` ... `name (1000).ext`, then DownloadExistsError


def _status(record: ReplayRecord | None) -> int | None:
    if record is None or record.status is None:
        return None
    return record.status


class ReplayWatch:
    """What each answer of the workflow means: wait, done (the URLs), failed, or out of time."""

    def __init__(
        self,
        record_id: int,
        *,
        deadline: float,
        poll_interval: float,
        on_progress: StatusCallback | None,
        clock: Callable[[], float],
    ) -> None:
        if deadline < 0 or poll_interval <= 0:
            raise ValueError("deadline must be >= 0 and poll_interval > 0")
        self.record_id = record_id
        self.deadline = deadline
        self.poll_interval = poll_interval
        self.on_progress = on_progress
        self.clock = clock
        self.started = clock()
        self.last_status: int | None = None

    def _see(self, record: ReplayRecord | None) -> int | None:
        status = _status(record)
        if record is None:
            return None
        self.last_status = status
        if self.on_progress is not None:
            self.on_progress(record)
        if status == STATUS_FAILED:
            toast = record.toast
            raise errors.ReplayFailedError(
                f"replay {self.record_id} could not be merged (status -30)" + (f": {toast}" if toast else ""),
                record_id=self.record_id,
                status=status,
                toast=toast,
            )
        return status

    def download_answer(self, answer: ReplayDownload) -> list[str] | None:
        """The URLs when the merged replay is ready, None to keep waiting; raises on failure."""
        record = answer.record if isinstance(answer.record, ReplayRecord) else None
        status = self._see(record)
        urls = [u for u in answer.download_url_list or [] if u]
        if not urls and isinstance(answer.download_url, str) and answer.download_url:
            urls = [answer.download_url]
        if urls and status in (STATUS_DONE, None):
            return urls
        return None

    def poll_answer(self, records: list[ReplayRecord]) -> bool:
        """True when the record is merged (ask for the URLs now); raises on failure."""
        record = next((r for r in records if r.record_id == self.record_id), None)
        return self._see(record) == STATUS_DONE

    def poll_failed(self, error: errors.BiliError) -> None:
        """A poll failed: a failure that later may not have (transport, 5xx, risk control) waits for the
        next poll, as polling only reads and the client does not retry POSTs itself; others are raised."""
        if isinstance(error, errors.ReplayFailedError) or not is_retryable(error):
            raise error
        log.warning("polling replay %s failed (%s); trying again", self.record_id, type(error).__name__)

    def wait(self) -> float:
        """Seconds to sleep before the next poll; raises ReplayDeadlineError when the time is up."""
        remaining = self.deadline - (self.clock() - self.started)
        if remaining <= 0:
            raise errors.ReplayDeadlineError(
                f"replay {self.record_id} was not ready within {self.deadline:g} s (last status {self.last_status})",
                record_id=self.record_id,
                deadline=self.deadline,
                last_status=self.last_status,
            )
        return min(self.poll_interval, remaining)


def wait_for_replay(
    record_id: int,
    *,
    request: Callable[[int], ReplayDownload],
    poll: Callable[[int], list[ReplayRecord]],
    sleep: Callable[[float], None],
    watch: ReplayWatch,
) -> list[str]:
    """Run the workflow with the given calls; the download URLs of the merged replay."""
    urls = watch.download_answer(request(record_id))
    while urls is None:
        sleep(watch.wait())
        try:
            merged = watch.poll_answer(poll(record_id))
        except errors.BiliError as exc:
            watch.poll_failed(exc)
            continue
        if merged:
            urls = watch.download_answer(request(record_id))
    return urls


async def await_replay(
    record_id: int,
    *,
    request: Callable[[int], Awaitable[ReplayDownload]],
    poll: Callable[[int], Awaitable[list[ReplayRecord]]],
    sleep: Callable[[float], Awaitable[None]],
    watch: ReplayWatch,
) -> list[str]:
    """Async twin of `wait_for_replay`."""
    urls = watch.download_answer(await request(record_id))
    while urls is None:
        await sleep(watch.wait())
        try:
            merged = watch.poll_answer(await poll(record_id))
        except errors.BiliError as exc:
            watch.poll_failed(exc)
            continue
        if merged:
            urls = watch.download_answer(await request(record_id))
    return urls


# -- the file ---------------------------------------------------------------------------------

_CONTENT_RANGE = re.compile(r"^\s*bytes\s+(?:(\d+)-(\d+)|\*)/(\d+|\*)\s*$", re.IGNORECASE)


def _content_range(value: str | None) -> tuple[int | None, int | None, int | None]:
    """(first byte, last byte, total) of a Content-Range header; None for what it does not give."""
    match = _CONTENT_RANGE.match(value or "")
    if not match:
        return None, None, None
    first, last, total = match.groups()
    return (
        int(first) if first is not None else None,
        int(last) if last is not None else None,
        int(total) if total not in (None, "*") else None,
    )


def _int_header(response: httpx.Response, name: str) -> int | None:
    value = response.headers.get(name, "")
    return int(value) if value.isdigit() else None


# Characters no file name gets from a server: NUL and control characters, and those Windows refuses.
# Also the bidirectional controls (U+202E shows `exe.mp4` for `4pm.exe`) and other invisible format
# characters: a name must read as what it is.
_UNSAFE = re.compile(r'[\x00-\x1f\x7f<>:"|?*\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]')
MAX_NAME_BYTES = 200  # under every common file system's 255-byte limit, with room for ".part"
_RESERVED = frozenset(
    ["CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$", "CLOCK$"]
    + [f"{d}{n}" for d in ("COM", "LPT") for n in "0123456789\u00b9\u00b2\u00b3"]
)


def safe_filename(candidate: str) -> str:
    """A server-chosen name made safe to create: never a path, no NUL or control characters, at
    most MAX_NAME_BYTES bytes in UTF-8 (the extension kept); "" when nothing usable is left."""
    name = PurePosixPath(candidate.replace("\\", "/")).name  # never a path, whatever the URL says
    name = _UNSAFE.sub("_", name).strip(" .")
    if len(name.encode("utf-8", "surrogatepass")) > MAX_NAME_BYTES:
        stem, dot, suffix = name.rpartition(".")
        suffix = suffix[:16] if dot and stem else ""
        keep = MAX_NAME_BYTES - len(suffix.encode("utf-8")) - 1
        stem = (stem if suffix else name).encode("utf-8", "surrogatepass")[:keep].decode("utf-8", "ignore")
        name = (f"{stem}.{suffix}" if suffix else stem).rstrip(" .")
    if name.split(".", 1)[0].rstrip(" ").upper() in _RESERVED:  # a device on Windows, whatever the extension
        name = "_" + name
    return name.encode("utf-8", "replace").decode("utf-8")


def filename_from_url(url: str) -> str:
    """The file name a download URL suggests: its `attname` query member, else its last path part."""
    try:
        parts = urlsplit(url)
    except ValueError:  # not a URL (the request fails too, as a BiliError)
        return "replay.mp4"
    candidates = [*parse_qs(parts.query).get("attname", []), unquote(PurePosixPath(parts.path).name)]
    for candidate in candidates:
        name = safe_filename(candidate)
        if name not in ("", ".", ".."):
            return name
    return "replay.mp4"


def target_path(dest: PathLike, url: str, if_exists: IfExists = RENAME) -> Path:
    """`dest`, or a file named after the URL inside it when `dest` is a directory; when that file
    exists, the next free name (`if_exists="rename"`) or DownloadExistsError (`"error"`)."""
    path = Path(dest)
    path = path / filename_from_url(url) if path.is_dir() else path
    return free_name(path, if_exists)


def _numbered(path: Path, n: int) -> Path:
    return path.with_name(f"{path.stem} ({n}){path.suffix}")


def free_name(path: Path, if_exists: IfExists = RENAME) -> Path:
    """`path` when no file has that name, else `name (1).ext`, `name (2).ext`, ... (rename), or
    DownloadExistsError (error). A name whose `.part` exists is taken: that download resumes."""
    if if_exists not in (RENAME, ERROR):
        raise errors.RequestValidationError(
            f"if_exists must be 'rename' or 'error', not {if_exists!r}", field="if_exists"
        )
    if not os.path.lexists(path):
        return path
    if if_exists == ERROR:
        raise errors.DownloadExistsError(f"{path} exists; not replaced", path=str(path))
    for n in range(1, MAX_RENAMES + 1):
        candidate = _numbered(path, n)
        if not os.path.lexists(candidate):
            return candidate
    raise errors.DownloadExistsError(f"{path} and {MAX_RENAMES} numbered names exist; not replaced", path=str(path))


class RangeDownload:
    """One file download into `<dest>.part`, resumed from its current size."""

    def __init__(
        self,
        url: str,
        dest: Path,
        on_bytes: BytesCallback | None,
        stall: float = DEFAULT_STALL,
        if_exists: IfExists = RENAME,
    ) -> None:
        self.url = url
        self.if_exists = if_exists
        self.stall = stall  # seconds a download may go without a byte (each read is bounded by it)
        self.dest = dest
        self.part = dest.with_name(dest.name + ".part")
        self.on_bytes = on_bytes
        self.offset = 0
        self.done = 0
        self.expected: int | None = None
        self._fh: BinaryIO | None = None

    def request(self, http: httpx.Client | httpx.AsyncClient) -> dict[str, Any]:
        """The headers (a Range from the partial file's size) and timeouts of the next try."""
        port = httpx.URL(self.url).port  # httpx takes any number; the socket layers do not (asyncio raises)
        if port is not None and not 0 < port < 65536:
            raise httpx.InvalidURL(f"Invalid port: {port}")
        self.offset = self.part.stat().st_size if self.part.is_file() else 0
        headers = {"User-Agent": USER_AGENT, "Accept-Encoding": "identity"}
        if self.offset:
            headers["Range"] = f"bytes={self.offset}-"
        return {"headers": headers, "timeout": _stall_timeout(http, self.stall)}

    def start(self, response: httpx.Response) -> bool:
        """Read the status and headers: True when there is a body to write, False when already complete.

        Sets `offset` (where the body goes in the file) and `expected` (the whole file's size).
        """
        status = response.status_code
        if status == 416 and self.offset:
            _, _, total = _content_range(response.headers.get("Content-Range"))
            if total == self.offset:  # the partial file is the whole file
                self.expected = self.done = total
                return False
            self.part.unlink(missing_ok=True)  # longer than the file, or unknown: start over
            raise _Restart
        if status == 206:
            first, last, total = _content_range(response.headers.get("Content-Range"))
            if first != self.offset:
                self.part.unlink(missing_ok=True)
                raise _Restart
            length = _int_header(response, "Content-Length")
            if total is None and last is not None:
                total = last + 1
            self.expected = total if total is not None else (self.offset + length if length is not None else None)
        elif status == 200:  # a full body: the server ignored the Range header, or none was sent
            self.offset = 0
            self.expected = _int_header(response, "Content-Length")
        else:
            host = httpx.URL(self.url).host
            raise errors.APIStatusError(f"HTTP {status} from the download host {host}", status=status)
        self.done = self.offset
        self.dest.parent.mkdir(parents=True, exist_ok=True)
        self._fh = self.part.open("r+b" if self.offset else "wb")
        self._fh.truncate(self.offset)
        self._fh.seek(self.offset)
        self._report()
        return True

    def write(self, chunk: bytes) -> None:
        assert self._fh is not None
        self._fh.write(chunk)
        self.done += len(chunk)
        self._report()

    def close(self) -> None:
        if self._fh is not None:
            self._fh.close()
            self._fh = None

    def _report(self) -> None:
        if self.on_bytes is not None:
            self.on_bytes(self.done, self.expected)

    def finish(self) -> Path:
        self.close()
        size = self.part.stat().st_size if self.part.exists() else 0
        if self.expected is not None and size != self.expected:
            if size > self.expected:  # cannot be resumed
                self.part.unlink(missing_ok=True)
            raise errors.DownloadSizeError(
                f"downloaded {size} bytes of {self.dest.name}, expected {self.expected}"
                + ("; the partial file is kept, call again to resume" if size < self.expected else ""),
                expected=self.expected,
                received=size,
            )
        self.dest = _claim(self.part, self.dest, self.if_exists)
        return self.dest


def _claim(part: Path, dest: Path, if_exists: IfExists) -> Path:
    """Give the finished `.part` its name without replacing a file made meanwhile: a hard link
    fails when the name is taken (then the next free name, or the error); where the file system has
    no hard links, a last look before the rename."""
    while True:
        try:
            os.link(part, dest)
        except FileExistsError:
            dest = free_name(dest, if_exists)
            continue
        except OSError:  # no hard links here (FAT, some network shares)
            if os.path.lexists(dest):
                dest = free_name(dest, if_exists)
                continue
            part.replace(dest)
            return dest
        part.unlink()
        return dest


class _Restart(Exception):
    """The partial file cannot be resumed; it was removed and the download starts over."""


def _file_error(job: RangeDownload, exc: OSError) -> errors.BiliError:
    """Writing the file failed (disk full, permission, a name the file system refuses): a BiliError."""
    where = f" ({exc.filename})" if exc.filename is not None and str(exc.filename) != str(job.part) else ""
    return errors.APIConnectionError(f"cannot write {job.dest}: {exc.strerror or type(exc).__name__}{where}")


def _stall_timeout(http: httpx.Client | httpx.AsyncClient, stall: float) -> httpx.Timeout:
    """The client's timeouts, with each read bounded by the stall limit: a stalled transfer ends."""
    timeout = http.timeout
    read = stall if timeout.read is None else min(timeout.read, stall)
    return httpx.Timeout(connect=timeout.connect, read=read, write=timeout.write, pool=timeout.pool)


def _wrap(exc: httpx.HTTPError | httpx.InvalidURL) -> errors.BiliError:
    if isinstance(exc, httpx.TimeoutException):
        return errors.APITimeoutError(f"download timed out ({type(exc).__name__})")
    return errors.APIConnectionError(f"download failed: {type(exc).__name__}: {exc}")


class _Attempt:
    """One try at the file: a restart is swallowed (the next try starts over); an httpx or file
    failure is kept as the BiliError to raise, outside any except: no chain back to the httpx
    request or the OS error. The partial file is closed whichever way the try ends."""

    def __init__(self, job: RangeDownload) -> None:
        self.job = job
        self.error: errors.BiliError | None = None

    def __enter__(self) -> None:
        return None

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None, tb: object) -> bool:
        self.job.close()
        if isinstance(exc, httpx.HTTPError | httpx.InvalidURL):  # InvalidURL: a URL httpx cannot send
            self.error = _wrap(exc)
        elif isinstance(exc, OSError):
            self.error = _file_error(self.job, exc)
        return isinstance(exc, _Restart) or self.error is not None


def _attempts(job: RangeDownload) -> Iterator[_Attempt]:
    """At most two tries, the second only after a partial file was found unusable."""
    for _ in range(2):
        attempt = _Attempt(job)
        yield attempt
        if attempt.error is not None:
            raise attempt.error


def _unresumable(job: RangeDownload) -> errors.BiliError:
    return errors.APIConnectionError(f"the download host did not honour a resume of {job.dest.name}")


def download_file(
    http: httpx.Client,
    url: str,
    dest: PathLike,
    *,
    on_bytes: BytesCallback | None = None,
    stall: float = DEFAULT_STALL,
    if_exists: IfExists = RENAME,
) -> Path:
    """Stream `url` to `dest` (a file, or a directory to put it in), resuming a partial download;
    the path written is returned. An existing file is never replaced: `if_exists="rename"` (the
    default) writes `name (1).ext` instead, `"error"` raises DownloadExistsError.
    Raises BiliErrors only: a file that cannot be written is an APIConnectionError naming it."""
    job = RangeDownload(url, target_path(dest, url, if_exists), on_bytes, stall, if_exists)
    for attempt in _attempts(job):
        with attempt:
            with http.stream("GET", url, **job.request(http)) as response:
                if job.start(response):
                    for chunk in response.iter_bytes():  # as received, so a reset loses nothing
                        job.write(chunk)
            return job.finish()
    raise _unresumable(job)


async def adownload_file(
    http: httpx.AsyncClient,
    url: str,
    dest: PathLike,
    *,
    on_bytes: BytesCallback | None = None,
    stall: float = DEFAULT_STALL,
    if_exists: IfExists = RENAME,
) -> Path:
    """Async twin of `download_file` (file writes stay synchronous: they are small and local)."""
    job = RangeDownload(url, target_path(dest, url, if_exists), on_bytes, stall, if_exists)
    for attempt in _attempts(job):
        with attempt:
            async with http.stream("GET", url, **job.request(http)) as response:
                if job.start(response):
                    async for chunk in response.aiter_bytes():
                        job.write(chunk)
            return job.finish()
    raise _unresumable(job)


class _Mirrors:
    """The URLs of one file's mirrors, tried in turn: a connection or status failure moves on."""

    def __init__(self, urls: list[str]) -> None:
        self.urls = urls
        self.failure: errors.BiliError | None = None

    @contextmanager
    def trying(self) -> Iterator[None]:
        try:
            yield
        except (errors.APIConnectionError, errors.APIStatusError) as exc:
            self.failure = exc

    def exhausted(self) -> errors.BiliError:
        return self.failure or errors.APIConnectionError("no download URL")


def download_first(
    http: httpx.Client,
    urls: list[str],
    dest: PathLike,
    *,
    on_bytes: BytesCallback | None = None,
    if_exists: IfExists = RENAME,
) -> Path:
    """Download from the first URL that works (the list holds mirrors of one file)."""
    mirrors = _Mirrors(urls)
    for url in urls:
        with mirrors.trying():
            return download_file(http, url, dest, on_bytes=on_bytes, if_exists=if_exists)
    raise mirrors.exhausted()


async def adownload_first(
    http: httpx.AsyncClient,
    urls: list[str],
    dest: PathLike,
    *,
    on_bytes: BytesCallback | None = None,
    if_exists: IfExists = RENAME,
) -> Path:
    """Async twin of `download_first`."""
    mirrors = _Mirrors(urls)
    for url in urls:
        with mirrors.trying():
            return await adownload_file(http, url, dest, on_bytes=on_bytes, if_exists=if_exists)
    raise mirrors.exhausted()
