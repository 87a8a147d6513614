"""The `bilispec` console script.

    bilispec validate PATH...         check recordings, directories of them, and browser HAR files
    bilispec record --out DIR [ids]   record the read-only operations (BILI_SESSDATA / BILI_JCT)
    bilispec sandbox                  serve the local sandbox in the foreground
    bilispec secrets [PATH...]        look for unscrubbed cookies, csrf values and stream keys

Exit codes: 0 fine; 1 a violation (or drift, without --allow-drift), a leak, or a failed recording;
2 bad usage, an input that could not be read, or nothing to validate.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections.abc import Iterator, Sequence
from contextlib import ExitStack
from pathlib import Path
from typing import Any, TextIO
from urllib.parse import urlsplit

from .._constants import VERSION
from ..core.description import Description, build, description, load_document
from ..core.scrub import scrub_text
from . import parallel, render
from .annotations import GithubWriter, SarifWriter
from .audit import Auditor
from .capture import DEFAULT_MAX_DECOMPRESSED, DEFAULT_MAX_ENTRIES, DEFAULT_MAX_SECONDS, InputProblem, Options
from .inputs import read_paths
from .results import Result, Tally

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


class _UsageError(Exception):
    pass


def _description(path: str | None) -> Description:
    if path is None:
        return description()
    try:
        return build(load_document(path))
    except Exception as exc:  # any malformed file (YAML, JSON, missing members): a message, no traceback
        raise _UsageError(f"cannot read the description {_shown(path)}: {type(exc).__name__}: {exc}") from None


def _shown(name: str) -> str:
    """A file name as it can be printed: undecodable bytes (`\udcff`) as escapes."""
    return name.encode("utf-8", "backslashreplace").decode("utf-8")


def _emit(text: str, stream: Any) -> None:
    """Print whatever a report holds (lone surrogates from a capture) to any stream's encoding."""
    encoding = getattr(stream, "encoding", None) or "utf-8"
    print(text.encode(encoding, "backslashreplace").decode(encoding), file=stream)


def _origins(values: list[str]) -> list[str]:
    for value in values:
        try:
            parts = urlsplit(value if "//" in value else f"//{value}")
            parts.port  # noqa: B018  (a port out of range raises here)
        except ValueError as exc:
            raise _UsageError(f"--origin {value!r} is not a URL: {exc}") from None
        if not parts.netloc:
            raise _UsageError(f"--origin {value!r} names no host")
    return values


# ---------------------------------------------------------------------------------------------
# validate


def _colour(choice: str, stream: Any) -> bool:
    if choice != "auto":
        return choice == "always"
    return bool(getattr(stream, "isatty", lambda: False)()) and "NO_COLOR" not in os.environ


class _Printable:
    """A text stream that takes whatever a report holds (lone surrogates from a capture) in its own
    encoding, undecodable characters as escapes."""

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream
        self.encoding = getattr(stream, "encoding", None) or "utf-8"

    def write(self, text: str) -> int:
        if text.isascii():  # what any stream encoding takes as it is (isascii reads a flag of the str)
            return self.stream.write(text)
        return self.stream.write(text.encode(self.encoding, "backslashreplace").decode(self.encoding))


def _writer(args: argparse.Namespace, out: Any, colour: bool, width: int) -> render.Writer:
    if args.format == "json":
        return render.JsonWriter(out, args.allow_drift, args.stats)
    if args.format == "junit":
        return render.JunitWriter(out, args.allow_drift)
    if args.format == "github":
        return GithubWriter(out, args.allow_drift)
    if args.format == "sarif":
        return SarifWriter(out, args.allow_drift, VERSION)
    return render.TableWriter(out, args.allow_drift, colour, args.quiet, width)


def _progress_delay() -> float:
    """Seconds a run lasts before its progress bar shows (BILISPEC_PROGRESS_DELAY, default 1)."""
    try:
        return max(0.0, float(os.environ.get("BILISPEC_PROGRESS_DELAY") or 1.0))
    except ValueError:
        return 1.0


def _progress(
    items: Iterator[Result | InputProblem | parallel.Written],
) -> Iterator[Result | InputProblem | parallel.Written]:
    """A progress bar on standard error when it is a terminal, shown once a run lasts a second."""
    if not sys.stderr.isatty():
        yield from items
        return
    from tqdm import tqdm  # noqa: PLC0415  (only for a terminal: CI runs never pay its import)

    delay = _progress_delay()
    with tqdm(file=sys.stderr, unit=" entries", delay=delay, dynamic_ncols=True, leave=False) as bar:
        for item in items:
            yield item
            bar.update(item.count if isinstance(item, parallel.Written) else 1)


def validate(args: argparse.Namespace) -> int:

    desc = _description(args.description)
    if args.operation is not None and args.operation not in desc.operations:
        raise _UsageError(f"--operation {args.operation!r} is not an operation of the description")
    if args.max_decompressed <= 0:
        raise _UsageError("--max-decompressed must be a positive number of MiB")
    if args.max_entries <= 0 or args.max_seconds <= 0:
        raise _UsageError("--max-entries and --max-seconds must be positive")
    jobs = parallel.default_jobs() if args.jobs is None else args.jobs
    if jobs < 1:
        raise _UsageError("--jobs must be at least 1")
    auditor = Auditor(desc, extra_origins=_origins(args.origin))
    options = Options(
        int(args.max_decompressed * 1024 * 1024),
        args.operation,
        frozenset(desc.operations),
        args.max_entries,
        args.max_seconds,
        lean=jobs <= 1,
    )
    with ExitStack() as stack:
        if args.output is None:
            out, colour = _Printable(sys.stdout), _colour(args.color, sys.stdout)
        else:
            try:
                file = stack.enter_context(open(args.output, "w", encoding="utf-8", errors="backslashreplace"))
            except (OSError, ValueError) as exc:
                raise _UsageError(
                    f"cannot write {_shown(args.output)}: {getattr(exc, 'strerror', None) or exc}"
                ) from None
            out, colour = _Printable(file), _colour(args.color, None)
        width = max(len(op) for op in desc.operations) if desc.operations else 9
        writer = _writer(args, out, colour, width)
        tally = Tally()
        started, compiled = time.perf_counter(), auditor.compile_seconds
        judged = parallel.judge_all(auditor, read_paths(args.paths, options), jobs, writer.plain)
        for item in _progress(judged):
            if isinstance(item, parallel.Written):  # plain results: counted and written in bulk
                told = 0
                for one, count, first_source in item.told:  # results that differ only in their number
                    tally.add_many(one, count)
                    writer.account(one, count, first_source)
                    told += count
                tally.add_plain(item.count - told)
                writer.add_plain(item.text)
            else:
                tally.add(item)
                writer.add(item)
        tally.seconds = time.perf_counter() - started
        tally.compile_seconds = auditor.compile_seconds - compiled
        writer.close(tally)
    if args.stats:
        print(render.stats_line(tally), file=sys.stderr)
    return tally.exit_code(args.allow_drift)


# ---------------------------------------------------------------------------------------------
# record


def record(args: argparse.Namespace, desc: Description) -> int:
    # Each command imports what only it uses: `validate`, run in CI on every push, starts without them.
    from ..client.auth import Credentials  # noqa: PLC0415
    from ..client.retries import RetryPolicy  # noqa: PLC0415
    from .record import Recorder, parameter_names  # noqa: PLC0415

    credentials = Credentials.from_env()
    if not credentials.sessdata:
        raise _UsageError("set BILI_SESSDATA (and BILI_JCT) to a logged-in account's cookies: reads need them")
    ids = {name: getattr(args, name) for name in parameter_names(desc) if getattr(args, name) is not None}
    unknown = sorted(set(args.operation or ()) - {op.operation_id for op in desc.operations.values()})
    if unknown:
        raise _UsageError(f"unknown operation {unknown[0]!r}")
    writes = sorted(o for o in args.operation or () if desc[o].method != "GET")
    if writes:
        raise _UsageError(f"{writes[0]!r} is not read-only; record calls GET operations only")
    delay = args.delay if args.delay is not None else (0.0 if args.base_url else 1.0)
    if args.attempts is not None and args.attempts < 1:
        raise _UsageError("--attempts must be at least 1")
    out = Path(args.out)
    target = args.base_url or "the Bilibili API"
    print(f"recording into {out}/<operation>/{args.case}.json from {target}", file=sys.stderr)
    try:
        recorder = Recorder(
            desc,
            out,
            base_url=args.base_url,
            sessdata=credentials.sessdata,
            bili_jct=credentials.bili_jct,
            case=args.case,
            delay=delay,
            retry=RetryPolicy() if args.attempts is None else RetryPolicy(max_attempts=args.attempts),
        )
    except ValueError as exc:
        raise _UsageError(str(exc)) from None
    with recorder:
        try:
            results = recorder.run(ids, args.operation)
        except OSError as exc:
            raise _UsageError(f"cannot write under {out}: {exc.strerror or exc}") from None
    written = sum(r.outcome == "written" for r in results)
    failed = sum(r.outcome == "failed" for r in results)
    skipped = sum(r.outcome == "skipped" for r in results)
    print(f"{written} written, {failed} failed, {skipped} skipped (missing ids)", file=sys.stderr)
    return EXIT_FAILED if failed or not written else EXIT_OK


# ---------------------------------------------------------------------------------------------
# sandbox and secrets


def sandbox(args: argparse.Namespace) -> int:
    try:
        from ..sandbox import serve  # noqa: PLC0415 (the sandbox is an optional extra: starlette, uvicorn)
    except ImportError as exc:
        raise _UsageError(f"the sandbox needs the sandbox extra (pip install 'bilispec[sandbox]'): {exc}") from None
    serve(args.host, args.port, log_requests=args.log_requests)
    return EXIT_OK


def secrets(args: argparse.Namespace) -> int:
    from subprocess import CalledProcessError  # noqa: PLC0415 (see record)

    from .leaks import scan_files, tracked_files  # noqa: PLC0415 (see record)

    if args.paths:
        files: list[str] = []
        for name in args.paths:
            path = Path(name)
            if not path.exists():
                raise _UsageError(f"{name}: no such file or directory")
            files += [str(p) for p in sorted(path.rglob("*")) if p.is_file()] if path.is_dir() else [name]
    else:
        try:
            files = tracked_files(Path.cwd())
        except (OSError, CalledProcessError):
            raise _UsageError("not in a git checkout: name the files or directories to scan") from None
    leaks = scan_files(files)
    for leak in leaks:
        _emit(str(leak), sys.stdout)
    print(f"{len(files)} files scanned, {len(leaks)} unscrubbed secret(s)", file=sys.stderr)
    return EXIT_FAILED if leaks else EXIT_OK


# ---------------------------------------------------------------------------------------------


def _parser(desc: Description | None) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="bilispec", description="Bilibili live-room API description tools.")
    parser.add_argument("--version", action="version", version=f"bilispec {VERSION}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    v = commands.add_parser(
        "validate",
        help="check recordings and HAR files against the description",
        description="Check recorded responses (tests/recordings layout), directories of them and HAR files against "
        "the description: which operation, valid or not, each violation's JSON pointer, and drift. Exit 1 on any "
        "violation (or drift, without --allow-drift), 2 when an input cannot be read or nothing matched.",
    )
    v.add_argument("paths", nargs="+", metavar="PATH", help="recording, directory of recordings, or HAR file")
    v.add_argument(
        "--format",
        choices=("table", "json", "junit", "github", "sarif"),
        default="table",
        help="output format (github: workflow annotations; sarif: SARIF 2.1.0)",
    )
    v.add_argument("-o", "--output", metavar="FILE", help="write the report here instead of standard output")
    v.add_argument("--allow-drift", action="store_true", help="pass when drift is all there is")
    v.add_argument("--stats", action="store_true", help="print responses validated per second (standard error)")
    v.add_argument(
        "--origin",
        action="append",
        default=[],
        metavar="URL",
        help="also treat this origin as the API (a mock or a sandbox; loopback always is)",
    )
    v.add_argument("-q", "--quiet", action="store_true", help="table: list only invalid exchanges and drift")
    v.add_argument("--color", choices=("auto", "always", "never"), default="auto", help="colour the table")
    v.add_argument("--description", metavar="FILE", help="a bundled description to check against")
    v.add_argument(
        "--operation",
        metavar="OPERATION_ID",
        help="the operation of raw response bodies among the files (a body in a folder named after an operationId "
        "needs no flag)",
    )
    v.add_argument(
        "--max-decompressed",
        type=float,
        default=DEFAULT_MAX_DECOMPRESSED / (1024 * 1024),
        metavar="MIB",
        help="the most one gzip, zlib or base64 layer of a file or body may decode to "
        f"(default {DEFAULT_MAX_DECOMPRESSED // (1024 * 1024)} MiB)",
    )
    v.add_argument(
        "--max-entries",
        type=int,
        default=DEFAULT_MAX_ENTRIES,
        metavar="N",
        help=f"the most entries read from one file (default {DEFAULT_MAX_ENTRIES:,})",
    )
    v.add_argument(
        "--max-seconds",
        type=float,
        default=DEFAULT_MAX_SECONDS,
        metavar="S",
        help=f"the most seconds spent reading one file (default {DEFAULT_MAX_SECONDS:g})",
    )
    v.add_argument(
        "-j",
        "--jobs",
        type=int,
        metavar="N",
        help="processes judging exchanges (default: the cores available); the report is the same",
    )

    r = commands.add_parser(
        "record",
        help="record the read-only operations into the recordings layout",
        description="Call every GET operation with the ids given (and those the first answers name), and write "
        "<out>/<operation>/<case>.json with cookies, csrf values, access keys, stream keys and URL signatures "
        "scrubbed. Credentials come from BILI_SESSDATA and BILI_JCT.",
    )
    r.add_argument("--base-url", help="send every call here instead (e.g. the sandbox: http://127.0.0.1:8765)")
    r.add_argument("--out", default="recordings", help="directory to write into (default: ./recordings)")
    r.add_argument("--case", default="recorded", help="file name of each recording (default: recorded)")
    r.add_argument("--operation", action="append", metavar="OPERATION_ID", help="record only this one (repeatable)")
    r.add_argument("--delay", type=float, help="seconds between calls (default 1 against the API, 0 with --base-url)")
    r.add_argument("--attempts", type=int, help="tries per call (GETs retry; default: the client's)")
    if desc is not None:
        from .record import parameter_names  # noqa: PLC0415 (see record)

        ids = r.add_argument_group("ids and parameters (any operation that needs one not given is skipped)")
        for name in parameter_names(desc):
            ids.add_argument("--" + name.replace("_", "-"), dest=name, metavar="VALUE")

    s = commands.add_parser("sandbox", help="serve the local sandbox in the foreground")
    s.add_argument("--host", default="127.0.0.1")
    s.add_argument("--port", type=int, default=int(os.environ.get("BILISPEC_SANDBOX_PORT") or 8765))
    s.add_argument("--log-requests", action="store_true", help="print one line per call (secrets scrubbed)")

    commands.add_parser(
        "diff",
        help="classify the changes between two descriptions (breaking or not for client users)",
        add_help=False,  # its own parser (tools/spec_diff.py) reads the arguments
    )
    k = commands.add_parser("secrets", help="scan files for unscrubbed cookies, csrf values and stream keys")
    k.add_argument("paths", nargs="*", metavar="PATH", help="files or directories (default: git-tracked tests/, spec/)")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv[:1] == ["diff"]:  # bilispec diff OLD NEW [--format json] [--allow-breaking]
        from . import spec_diff  # noqa: PLC0415 (see record)

        return spec_diff.main(argv[1:], prog="bilispec diff")
    try:
        desc = description() if argv[:1] == ["record"] else None
        try:
            args = _parser(desc).parse_args(argv)
        except SystemExit as exc:  # argparse has printed usage or help
            return exc.code if isinstance(exc.code, int) else EXIT_USAGE
        if args.command == "validate":
            return validate(args)
        if args.command == "record":
            assert desc is not None
            return record(args, desc)
        if args.command == "sandbox":
            return sandbox(args)
        return secrets(args)
    except (_UsageError, parallel.WorkerLostError) as exc:
        _emit(f"bilispec: {exc}", sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # `bilispec validate ... | head`: stop quietly
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_FAILED
    except Exception as exc:  # the last guard: a one-line message (scrubbed), never a traceback
        _emit(f"bilispec: internal error: {type(exc).__name__}: {scrub_text(str(exc))[:300]}", sys.stderr)
        return EXIT_USAGE


if __name__ == "__main__":
    sys.exit(main())
