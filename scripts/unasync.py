"""Write Sender.send (client/transport.py) from AsyncSender.send: the async loop without `await`.

The two send loops are the one piece of I/O written twice. The async one is the source; this script
derives the sync one from it, unasync-style (token replacements, nothing else), and `--check`
(run by make test, tests/client/test_unasync.py) fails when the file's sync loop is not what the
async one gives.

    python scripts/unasync.py          # rewrite Sender.send
    python scripts/unasync.py --check  # exit 1 when it is stale
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

TRANSPORT = Path(__file__).resolve().parents[1] / "overrides" / "bilispec" / "client" / "transport.py"

# What the async loop says, and what the sync one says instead.
REPLACEMENTS = (
    ("async def ", "def "),
    ("async for ", "for "),
    ("await ", ""),
    (".aiter_raw(", ".iter_raw("),
    (".aclose(", ".close("),
    ("tenacity.AsyncRetrying(", "tenacity.Retrying("),
)


def _method(source: str, cls: str) -> tuple[int, int]:
    """The span of `send` in class `cls`: from its `def` line to the end of the class."""
    start = source.index(f"\nclass {cls}(")
    begin = re.compile(r"\n    (async )?def send\(").search(source, start)
    if begin is None:
        raise SystemExit(f"unasync: no send() in {cls}")
    end = source.find("\n\n\nclass ", begin.start())
    return begin.start() + 1, end if end != -1 else len(source)


def unasync(text: str) -> str:
    for old, new in REPLACEMENTS:
        text = text.replace(old, new)
    return text


def expected(source: str) -> str:
    """The file with Sender.send written from AsyncSender.send."""
    a_start, a_end = _method(source, "AsyncSender")
    s_start, s_end = _method(source, "Sender")
    return source[:s_start] + unasync(source[a_start:a_end]) + source[s_end:]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="exit 1 when Sender.send is stale")
    args = parser.parse_args(argv)
    source = TRANSPORT.read_text(encoding="utf-8")
    wanted = expected(source)
    if args.check:
        if wanted != source:
            print(f"{TRANSPORT}: Sender.send is not AsyncSender.send without await: run python scripts/unasync.py")
            return 1
        print("Sender.send is AsyncSender.send without await")
        return 0
    TRANSPORT.write_text(wanted, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
