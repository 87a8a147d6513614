"""Every refusal the sandbox makes for a request the schemas accept cites a rule the description
states, and the one implementation of those rules (core/rules.py) agrees with the sandbox.

The general proof runs with every positive case of the contract tests (test_sandbox_contract.py)
and of the schemathesis CLI: the check `refusals_cite_a_stated_rule` (tests/schemathesis_envelope.py).
Here both rules are broken on purpose and the refusals read.
"""

from __future__ import annotations

import httpx

from bilispec.core.description import description
from bilispec.core.rules import ONE_OF, SPAN
from bilispec.sandbox import SANDBOX_BILI_JCT, SANDBOX_LIVE_KEY, SANDBOX_SESSDATA, ManualClock, World, create_app
from bilispec.sandbox.inprocess import SandboxTransport


def test_both_rules_are_refused_citing_them() -> None:
    """The sandbox refuses each with the operation's documented code, naming the rule."""
    cookies = {"SESSDATA": SANDBOX_SESSDATA, "bili_jct": SANDBOX_BILI_JCT}
    desc = description()
    app = create_app(World(ManualClock()))
    with httpx.Client(transport=SandboxTransport(app), base_url="http://sandbox.test", cookies=cookies) as http:
        beat = desc["report_web_heartbeat"]
        body = http.post(beat.path, data={"cid": 1, "csrf": SANDBOX_BILI_JCT}).json()
        assert body["code"] == -400 and f"({ONE_OF})" in body["message"], body
        stream = desc["get_slice_stream"]
        query = {"live_key": SANDBOX_LIVE_KEY, "start_time": 200, "end_time": 100}
        body = http.get(stream.path, params=query).json()
        assert body["code"] == 100 and f"({SPAN})" in body["message"], body
        query["end_time"] = 300  # the same request keeping the rule is no refusal of it
        assert f"({SPAN})" not in http.get(stream.path, params=query).json()["message"]
