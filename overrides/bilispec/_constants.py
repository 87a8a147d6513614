"""Constants every layer may read. A leaf: it imports nothing from the package, so nothing that
imports it can take part in an import cycle."""

from __future__ import annotations

VERSION = "0.1.0"
USER_AGENT = f"bilispec/{VERSION} (+https://pypi.org/project/bilispec)"

# Environment variables the client and the sandbox read.
ENV_BASE_URL = "BILISPEC_BASE_URL"
ENV_SESSDATA = "BILI_SESSDATA"
ENV_BILI_JCT = "BILI_JCT"
ENV_SANDBOX_PORT = "BILISPEC_SANDBOX_PORT"

# Seconds: a connection must open within CONNECT_TIMEOUT, each read within READ_TIMEOUT.
CONNECT_TIMEOUT = 5.0
READ_TIMEOUT = 10.0

# The host the generated client's relative URLs start from; the transport routes each operation to
# its own host (two hosts in all), so this only has to be one of them.
DEFAULT_API_ORIGIN = "https://api.live.bilibili.com"

# The streaming app's key pair, for signed requests (client/signing.py); never shipped here.
ENV_APP_KEY = "BILI_APP_KEY"
ENV_APP_SECRET = "BILI_APP_SECRET"
