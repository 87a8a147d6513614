"""A bot author's test: the moderation bot of examples/stream_bot.py, end to end over the message
stream, in-process, with only the pytest plugin's fixtures (bili_sandbox, bili_client)."""

from __future__ import annotations

import contextlib
import importlib.util
import io
import runpy
import sys
import threading
from pathlib import Path
from typing import Any

import pytest

from bilispec.sandbox import SANDBOX_ROOM_ID
from bilispec.testing import InProcessSandbox

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "stream_bot.py"
SPAMMER, REGULAR = 42_000_001, 42_000_002


def load_bot() -> Any:
    spec = importlib.util.spec_from_file_location("stream_bot", EXAMPLE)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["stream_bot"] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def muted_uids(client: Any) -> set[int]:
    return {int(user.tuid) for user in client.silent_users.list(SANDBOX_ROOM_ID).data or []}


def test_bot_mutes_a_repeating_spammer(bili_client: Any, bili_sandbox: InProcessSandbox) -> None:
    bot = load_bot().ModerationBot(bili_client, SANDBOX_ROOM_ID)
    with bili_client.stream(SANDBOX_ROOM_ID) as events:
        bili_sandbox.stream.say(REGULAR, "晚上好")
        for _ in range(3):
            bili_sandbox.stream.say(SPAMMER, "刷屏刷屏")
        bili_sandbox.stream.say(REGULAR, "刷屏刷屏")  # once is not spam
        bot.run(events)
    assert bot.muted == bot.confirmed == [SPAMMER]
    assert SPAMMER in muted_uids(bili_client) and REGULAR not in muted_uids(bili_client)
    assert [r.operation for r in bili_sandbox.requests].count("add_silent_user") == 1


def test_bot_mutes_a_banned_word_at_once(bili_client: Any, bili_sandbox: InProcessSandbox) -> None:
    bot = load_bot().ModerationBot(bili_client, SANDBOX_ROOM_ID)
    with bili_client.stream(SANDBOX_ROOM_ID) as events:
        bili_sandbox.stream.say(SPAMMER, "加群领福利")
        bot.run(events)
    assert bot.confirmed == [SPAMMER]
    assert any("ROOM_BLOCK_MSG" in line for line in bot.log)


def test_bot_rides_out_a_dropped_connection(bili_client: Any, bili_sandbox: InProcessSandbox) -> None:
    bot = load_bot().ModerationBot(bili_client, SANDBOX_ROOM_ID)
    with bili_client.stream(SANDBOX_ROOM_ID) as events:
        bili_sandbox.stream.say(REGULAR, "hi")
        bot.handle(next(events))
        bili_sandbox.stream.drop()
        runner = threading.Thread(target=bot.run, args=(events,))  # reconnects on its next read
        runner.start()
        while bili_sandbox.stream.listening() == 0 and runner.is_alive():
            runner.join(0.01)
        bili_sandbox.stream.say(SPAMMER, "加群")
        runner.join(10)
    assert bot.confirmed == [SPAMMER]


def test_make_demo_script_runs() -> None:
    """The script as `make demo` runs it (as __main__, its exit code from sys.exit), in this process:
    it serves its own sandbox on loopback, as in a process of its own."""
    printed = io.StringIO()
    with contextlib.redirect_stdout(printed), pytest.raises(SystemExit) as exited:
        runpy.run_path(str(EXAMPLE), run_name="__main__")
    assert exited.value.code == 0, printed.getvalue()[-2000:]
    out = printed.getvalue()
    assert "ROOM_BLOCK_MSG" in out and "5 ended" in out and "stream demo: ok" in out
