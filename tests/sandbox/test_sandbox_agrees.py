"""The sandbox agrees with the description: its own traffic, every operation on its success path
and on the error paths a valid request can reach (not logged in, csrf refused, and each area's
refusals), goes through `bilispec validate` WITHOUT --allow-drift and nothing is found: no
violation, no code outside the operation's `x-error-codes` and the common ones, no status value
outside `x-status-values`, no member the description does not know."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import httpx
import pytest

from bilispec import NO_RETRY, ApiError, BiliClient
from bilispec.sandbox import (
    SANDBOX_ACCESS_KEY,
    SANDBOX_AID,
    SANDBOX_BILI_JCT,
    SANDBOX_CID,
    SANDBOX_FAILING_REPLAY_ID,
    SANDBOX_LIVE_KEY,
    SANDBOX_OTHER_LIVE_KEY,
    SANDBOX_OTHER_REPLAY_ID,
    SANDBOX_OTHER_ROOM_ID,
    SANDBOX_OTHER_UID,
    SANDBOX_REPLAY_ID,
    SANDBOX_ROOM_ID,
    SANDBOX_SESSDATA,
    SANDBOX_SHORT_ID,
    SANDBOX_UID,
    SANDBOX_VIEWER_BILI_JCT,
    SANDBOX_VIEWER_SESSDATA,
    SANDBOX_VIEWER_UID,
)
from bilispec.testing import InProcessSandbox
from bilispec.tools.cli import main

from .. import har_support as har
from ..client_support import all_operation_ids, valid_params
from ..conftest import report_figure

# Each call sent once, and no client-wide pause after the scripted risk-control answers (-352,
# -412): the pause is the client's business, tested elsewhere; here it only cost 5 s a fault.
ONCE = replace(NO_RETRY, risk_control_pause=0.0)
IDS = {"room_id": SANDBOX_ROOM_ID, "roomid": SANDBOX_ROOM_ID, "uid": SANDBOX_UID, "id": SANDBOX_ROOM_ID}
# finger/spi hands a device id to anyone: no call of it is refused.
NEVER_REFUSED = {"get_buvid"}


def sandbox_params(operation_id: str, **overrides: Any) -> dict[str, Any]:
    """A valid call's parameters with the sandbox's seeded ids."""
    params = dict(valid_params(operation_id))
    fan_side = "live_uid" in params
    for name, value in IDS.items():
        if name in params:
            params[name] = value if isinstance(params[name], int) else str(value)
    if "live_key" in params:
        params["live_key"] = SANDBOX_OTHER_LIVE_KEY if fan_side else SANDBOX_LIVE_KEY
    if fan_side:
        params["live_uid"] = SANDBOX_OTHER_UID
    for name, value in overrides.items():
        params[name] = value if name not in params or not isinstance(params[name], str) else str(value)
    return params


class Session:
    """Clients on one in-process sandbox whose every exchange is kept as a HAR entry."""

    def __init__(self, sandbox: InProcessSandbox) -> None:
        self.sandbox = sandbox
        self.entries: list[dict[str, Any]] = []
        self.http = sandbox.http(event_hooks={"response": [self._keep]})

    def _keep(self, response: httpx.Response) -> None:
        response.read()
        self.entries.append(har.from_httpx(response))

    def client(self, sessdata: str = SANDBOX_SESSDATA, bili_jct: str = SANDBOX_BILI_JCT) -> BiliClient:
        url = self.sandbox.base_url
        return BiliClient(base_url=url, sessdata=sessdata, bili_jct=bili_jct, http_client=self.http, retry=ONCE)

    def call(self, client: BiliClient, operation_id: str, **overrides: Any) -> int:
        try:
            client.call(operation_id, **sandbox_params(operation_id, **overrides))
        except ApiError as exc:
            return exc.code
        return 0


def _every_path(session: Session) -> list[tuple[str, int]]:
    anchor = session.client()
    viewer = session.client(SANDBOX_VIEWER_SESSDATA, SANDBOX_VIEWER_BILI_JCT)
    stranger = session.client("not-a-session", "not-a-csrf")
    forged = session.client(SANDBOX_SESSDATA, "wrong-csrf")
    seen: list[tuple[str, int]] = []

    def call(client: BiliClient, op: str, **overrides: Any) -> None:
        seen.append((op, session.call(client, op, **overrides)))

    anchor.message_stream.prepare()  # getDanmuInfo is WBI-signed with a buvid3 cookie, as a browser's
    order = [o for o in all_operation_ids() if o != "del_room_block_user"]
    for op in order:  # success paths
        call(anchor, op)
    # Where the recorded example's ids are not the sandbox's, succeed with the seed's own.
    world = session.sandbox.world
    mine, theirs = world.replays.replays[SANDBOX_REPLAY_ID], world.replays.replays[SANDBOX_OTHER_REPLAY_ID]
    call(anchor, "terminate_vote", interaction_id=world.votes.votes[-1].interaction_id)
    call(anchor, "anchor_delete_slice_draft", draft_id=988_001)
    call(anchor, "fan_delete_slice_draft", draft_id=1_148_001)
    start = mine.start_time + 100
    call(anchor, "anchor_publish_video_slice", start_ts=start, end_ts=start + 60, av_title="agrees")
    start = theirs.start_time + 100
    call(anchor, "user_publish_other_video_slice", start_ts=start, end_ts=start + 60)
    call(anchor, "anchor_video_download", record_id=SANDBOX_REPLAY_ID, live_key=SANDBOX_LIVE_KEY)
    call(anchor, "report_history_progress", access_key=SANDBOX_ACCESS_KEY, aid=SANDBOX_AID, cid=SANDBOX_CID)
    call(anchor, "start_live", area_v2=371)
    mutes = anchor.silent_users.list(SANDBOX_ROOM_ID).data or []
    call(anchor, "del_room_block_user", id=mutes[0].id)
    for op in all_operation_ids():  # not logged in, and csrf refused
        call(stranger, op)
        if session.sandbox.sandbox.desc[op].needs_csrf:
            call(forged, op)
    # Each area's refusals.
    call(anchor, "create_vote", room_id=SANDBOX_OTHER_ROOM_ID)
    call(anchor, "create_vote")  # a second one while the first runs
    call(anchor, "terminate_vote", interaction_id=1)
    call(anchor, "get_vote_panel", room_id=SANDBOX_OTHER_ROOM_ID)  # null data
    call(anchor, "get_vote_history", room_id=SANDBOX_OTHER_ROOM_ID)
    call(anchor, "add_silent_user", room_id=SANDBOX_OTHER_ROOM_ID)
    call(anchor, "add_silent_user", tuid=0)
    call(anchor, "del_room_block_user", id=1)
    call(anchor, "create_room")
    call(anchor, "update_room", room_id=SANDBOX_OTHER_ROOM_ID)
    call(anchor, "update_room", area_id=9999)
    call(anchor, "start_live", area_v2=745)
    call(anchor, "start_live", area_v2=1)
    call(anchor, "update_pre_live_info", cover="https://example.com/x.png")
    call(anchor, "stop_live", room_id=SANDBOX_OTHER_ROOM_ID)
    call(anchor, "anchor_video_download", record_id=1)
    call(anchor, "anchor_video_download", record_id=SANDBOX_FAILING_REPLAY_ID)
    call(anchor, "get_anchor_video_uid_record", records=str(SANDBOX_FAILING_REPLAY_ID))
    call(anchor, "get_anchor_video_uid_record", records=str(SANDBOX_FAILING_REPLAY_ID))
    call(anchor, "get_anchor_video_uid_records_subsect", record_id=SANDBOX_REPLAY_ID)
    call(anchor, "get_live_session_data", live_key="123")
    call(anchor, "anchor_delete_slice_draft", draft_id=1)
    call(anchor, "fan_delete_slice_draft", draft_id=1)
    call(anchor, "get_published_list", live_uid=SANDBOX_UID + 99)
    call(anchor, "fan_get_draft_list", live_uid=SANDBOX_UID + 99)
    call(anchor, "get_user_live_session_data", live_key="123")
    call(anchor, "anchor_get_video_key_frame", live_key=SANDBOX_OTHER_LIVE_KEY)
    call(anchor, "fan_get_video_key_frame", live_uid=SANDBOX_UID + 99)
    call(anchor, "fan_save_manual_highlight", live_key="123")
    for code in (60024, 60043):  # identity verification, as a test can ask for it
        world.rooms.verification = code
        call(anchor, "start_live", area_v2=371)
    world.rooms.verification = None
    call(anchor, "get_silent_user_list", pn=2, ps=5)  # the other paging reading: pn and ps in the answer
    call(anchor, "get_silent_user_list", room_id=SANDBOX_OTHER_ROOM_ID)  # 100004 with its data
    call(anchor, "del_silent_user", room_id=SANDBOX_OTHER_ROOM_ID)
    call(viewer, "anchor_get_draft_list")
    call(viewer, "create_room")
    session.sandbox.faults.add("get_vote_panel", code=-352)
    call(anchor, "get_vote_panel")
    # Needs no login (0.3.0), so the stranger is answered: risk control is its refusal here.
    session.sandbox.faults.add("get_home_page_live_version", code=-412)
    call(stranger, "get_home_page_live_version")
    # The bot operations (0.3.0): successes with the seed's own ids where the recordings' are not
    # the sandbox's, then their refusals (the room-wide mute set above still holds).
    call(anchor, "room_init", id=SANDBOX_SHORT_ID)
    call(anchor, "get_room_info", room_id=SANDBOX_SHORT_ID)
    call(anchor, "room_init", id=1)  # 60004
    call(anchor, "get_room_info", room_id=1)  # 1
    session.sandbox.faults.add("get_area_list", code=-352)
    call(anchor, "get_area_list")
    call(anchor, "add_black", anchor_id=SANDBOX_UID, tuid=SANDBOX_VIEWER_UID)
    call(anchor, "get_black_list", anchor_id=SANDBOX_UID)
    call(anchor, "del_black", anchor_id=SANDBOX_UID, tuid=SANDBOX_VIEWER_UID)
    call(viewer, "add_shield_keyword")  # 100007
    call(viewer, "get_shield_keyword_list")  # 100007 with its data
    call(viewer, "send_chat_message")  # -403: the room-wide mute
    call(anchor, "add_shield_keyword", keyword="QwQ")
    call(anchor, "send_chat_message")  # code 0, message "k"
    call(anchor, "send_chat_message", msg="长" * 21)  # 1003212
    for _ in range(3):  # 10031 at the latest on the third (the clock stands still)
        call(anchor, "send_chat_message")
    call(anchor, "appoint_room_admin", admin=SANDBOX_VIEWER_UID)
    call(anchor, "dismiss_room_admin", uid=SANDBOX_VIEWER_UID)
    call(anchor, "dismiss_room_admin", uid=1)  # -404
    return seen


@dataclass
class Traffic:
    """Every path sent once to one sandbox: its HAR entries, (operation, code) per call, its request log."""

    sandbox: InProcessSandbox
    session: Session
    seen: list[tuple[str, int]]


@pytest.fixture(scope="module")
def traffic() -> Iterator[Traffic]:
    """Sent once for the module's tests, which only read what it sent and got (about 250 calls)."""
    with InProcessSandbox() as sandbox:
        session = Session(sandbox)
        yield Traffic(sandbox, session, _every_path(session))


def test_the_sandbox_s_own_traffic_passes_validate_without_allow_drift(
    traffic: Traffic, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    session, seen = traffic.session, traffic.seen
    path = har.write(tmp_path / "sandbox-traffic.har", session.entries)
    capsys.readouterr()
    code = main(["validate", str(path), "--format", "json", "--origin", traffic.sandbox.base_url])
    report = json.loads(capsys.readouterr().out)
    problems = [
        (r["operation_id"], r.get("violations"), r.get("drift")) for r in report["results"] if r["outcome"] != "valid"
    ]
    assert code == 0 and not problems, problems
    codes = Counter(c for _, c in seen)
    assert {op for op, code in seen if code == 0} == set(all_operation_ids())  # every one succeeds once
    assert {op for op, code in seen if code != 0} == set(all_operation_ids()) - NEVER_REFUSED  # and refused once
    assert len(report["results"]) == len(session.entries) >= len(seen)
    report_figure(
        f"the sandbox's own traffic through `bilispec validate` (no --allow-drift): {len(session.entries)} exchanges "
        f"over {len(all_operation_ids())} operations, {codes[0]} successes and {sum(codes.values()) - codes[0]} errors "
        f"({len(codes) - 1} distinct codes): no violation, no drift"
    )


def test_the_vote_panel_of_another_room_is_null(bili_client: BiliClient) -> None:
    assert bili_client.votes.panel(SANDBOX_OTHER_ROOM_ID) is None
    assert bili_client.votes.panel(SANDBOX_ROOM_ID) is not None


def test_every_code_the_sandbox_answers_is_documented_for_its_operation(traffic: Traffic) -> None:
    desc = traffic.sandbox.sandbox.desc
    assert len(traffic.sandbox.requests) >= len(traffic.seen)  # the log holds the traffic
    for entry in traffic.sandbox.requests:
        documented = {0, *desc.common_error_codes, *desc[entry.operation].error_codes}
        assert entry.code in documented, (entry.operation, entry.code)
