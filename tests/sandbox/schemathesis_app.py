"""What the schemathesis tests of the sandbox share (test_sandbox_contract, test_sandbox_stateful):
the description as schemathesis reads it, with the configuration the CLI reads, and the sandbox as an
ASGI app whose inner app a test may swap."""

from __future__ import annotations

import asyncio
import io
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any
from urllib.parse import unquote, urlsplit

import requests
import schemathesis
import urllib3
from schemathesis.config import SchemathesisConfig
from schemathesis.python.asgi import ASGIClient, get_client

from bilispec.core.description import load_document
from bilispec.sandbox import ManualClock, World, create_app

from ..conftest import BUNDLE, ROOT

CONFIG = SchemathesisConfig.from_path(ROOT / "schemathesis.toml")  # auth, hooks, checks: as the CLI uses them


def load_schema() -> Any:
    """The bundle read with libyaml (bilispec's reader): schemathesis' own reader takes 0.6 s a read."""
    return schemathesis.openapi.from_dict(load_document(BUNDLE), config=CONFIG)


class SwappableSandbox:
    """The app under test: `.app` starts as a fresh sandbox; a test swaps in another (a fresh world
    for each stateful scenario, a broken sandbox for the checks' own test)."""

    def __init__(self) -> None:
        self.app = create_app(World(ManualClock()))

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        await self.app(scope, receive, send)


class _SentHeaders:
    """What requests reads a response's cookies from (urllib3's `original_response.msg`)."""

    def __init__(self, headers: list[tuple[str, str]]) -> None:
        self.headers = headers

    def get_all(self, name: str, default: Any = None) -> Any:
        return [v for k, v in self.headers if k.lower() == name.lower()] or default


class _Sent:
    def __init__(self, headers: list[tuple[str, str]]) -> None:
        self.msg = _SentHeaders(headers)

    def isclosed(self) -> bool:
        return True


class SameThreadASGI(requests.adapters.HTTPAdapter):
    """requests' transport to an ASGI app on an event loop of this thread. schemathesis' own ASGI
    client runs the app on a loop in another thread, two thread switches per call: about 0.2 ms of
    the 1.2 ms of CPU a case's call costs, over the contract test's 4,000-odd calls."""

    def __init__(self, app: Any) -> None:
        super().__init__()
        self.app = app
        self.loop = asyncio.Runner()

    def close(self) -> None:
        self.loop.close()

    def send(self, request: requests.PreparedRequest, *args: Any, **kwargs: Any) -> requests.Response:
        url = urlsplit(str(request.url))
        body = request.body or b""
        headers = [(b"host", url.netloc.encode())]
        headers += [(str(k).lower().encode("latin-1"), str(v).encode("latin-1")) for k, v in request.headers.items()]
        scope = {
            "type": "http",
            "http_version": "1.1",
            "method": request.method,
            "path": unquote(url.path),
            "raw_path": url.path.encode(),
            "root_path": "",
            "scheme": url.scheme,
            "query_string": url.query.encode(),
            "headers": headers,
            "client": ("testclient", 50000),
            "server": (url.hostname, url.port or {"http": 80, "https": 443}[url.scheme]),
        }
        start: dict[str, Any] = {}
        chunks: list[bytes] = []

        async def receive() -> dict[str, Any]:
            return {"type": "http.request", "body": body.encode() if isinstance(body, str) else body}

        async def send(message: dict[str, Any]) -> None:
            if message["type"] == "http.response.start":
                start.update(message)
            elif message["type"] == "http.response.body":
                chunks.append(message.get("body", b""))

        self.loop.run(self.app(scope, receive, send))
        sent = [(k.decode("latin-1"), v.decode("latin-1")) for k, v in start["headers"]]
        raw = urllib3.HTTPResponse(
            body=io.BytesIO(b"".join(chunks)),
            headers=urllib3.HTTPHeaderDict(sent),
            status=start["status"],
            preload_content=False,
            original_response=_Sent(sent),  # type: ignore[arg-type]  # the part requests reads
            request_method=request.method,
        )
        return self.build_response(request, raw)


@contextmanager
def in_process_client(app: Any) -> Iterator[ASGIClient]:
    """schemathesis' ASGI client whose calls reach `app` on this thread. It reads no proxy or netrc
    settings from the environment: nothing leaves the process."""
    adapter = SameThreadASGI(app)
    with get_client(app) as session:
        session.trust_env = False
        session.mount("http://", adapter)
        session.mount("https://", adapter)
        try:
            yield session
        finally:
            adapter.close()
