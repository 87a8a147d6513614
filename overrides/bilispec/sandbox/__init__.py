"""A local sandbox of every operation of the description: answers like the API, from in-memory seeded state.

    from bilispec.sandbox import running, SANDBOX_SESSDATA, SANDBOX_BILI_JCT
    with running() as base_url:
        client = BiliClient(base_url=base_url, sessdata=SANDBOX_SESSDATA, bili_jct=SANDBOX_BILI_JCT)

In tests, `bilispec.testing.InProcessSandbox` and the pytest fixtures of bilispec.testing
(bili_sandbox, bili_client, async_bili_client) answer in-process with no socket, with faults on
demand and a request log.

Needs the `sandbox` extra (starlette, uvicorn).
"""

from .accounts import (
    SANDBOX_ACCESS_KEY,
    SANDBOX_AID,
    SANDBOX_BILI_JCT,
    SANDBOX_BVID,
    SANDBOX_CID,
    SANDBOX_FAILING_REPLAY_ID,
    SANDBOX_LIVE_KEY,
    SANDBOX_OTHER_BILI_JCT,
    SANDBOX_OTHER_LIVE_KEY,
    SANDBOX_OTHER_REPLAY_ID,
    SANDBOX_OTHER_ROOM_ID,
    SANDBOX_OTHER_SESSDATA,
    SANDBOX_OTHER_UID,
    SANDBOX_REPLAY_ID,
    SANDBOX_ROOM_ID,
    SANDBOX_SESSDATA,
    SANDBOX_UID,
    SANDBOX_VIEWER_BILI_JCT,
    SANDBOX_VIEWER_SESSDATA,
    SANDBOX_VIEWER_UID,
    Account,
)
from .app import create_app
from .body import MAX_BODY_BYTES
from .clock import EPOCH, ManualClock, RealClock
from .faults import Fault, Faults
from .request_log import LoggedRequest, RequestLog
from .server import default_port, running, serve
from .world import World

__all__ = [
    "EPOCH",
    "MAX_BODY_BYTES",
    "SANDBOX_ACCESS_KEY",
    "SANDBOX_AID",
    "SANDBOX_BILI_JCT",
    "SANDBOX_BVID",
    "SANDBOX_CID",
    "SANDBOX_FAILING_REPLAY_ID",
    "SANDBOX_LIVE_KEY",
    "SANDBOX_OTHER_BILI_JCT",
    "SANDBOX_OTHER_LIVE_KEY",
    "SANDBOX_OTHER_REPLAY_ID",
    "SANDBOX_OTHER_ROOM_ID",
    "SANDBOX_OTHER_SESSDATA",
    "SANDBOX_OTHER_UID",
    "SANDBOX_REPLAY_ID",
    "SANDBOX_ROOM_ID",
    "SANDBOX_SESSDATA",
    "SANDBOX_UID",
    "SANDBOX_VIEWER_BILI_JCT",
    "SANDBOX_VIEWER_SESSDATA",
    "SANDBOX_VIEWER_UID",
    "Account",
    "Fault",
    "Faults",
    "LoggedRequest",
    "ManualClock",
    "RealClock",
    "RequestLog",
    "World",
    "create_app",
    "default_port",
    "running",
    "serve",
]
