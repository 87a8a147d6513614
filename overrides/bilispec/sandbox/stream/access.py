"""Getting in, as the API answers it: nav (the WBI keys, with or without a login), finger/spi (a
buvid3) and getDanmuInfo (a token for the stream, after the same checks as the real one: a valid
WBI signature with the sandbox's keys, and a buvid3 cookie; -352 with no `data` otherwise)."""

from __future__ import annotations

import hashlib
import time
from typing import Any
from urllib.parse import urlsplit

from ...core.wbi import key_of, mixin_key, sign
from ..answers import ABSENT, NOT_LOGGED_IN, Fail
from ..plumbing import Area, Call
from .state import stream_state

area = Area("stream")

# The sandbox's WBI keys: fixed, public, and good for this sandbox only.
WBI_IMG_URL = "https://i0.hdslb.com/bfs/wbi/" + hashlib.md5(b"bilispec-sandbox-img").hexdigest() + ".png"
WBI_SUB_URL = "https://i0.hdslb.com/bfs/wbi/" + hashlib.md5(b"bilispec-sandbox-sub").hexdigest() + ".png"
SANDBOX_MIXIN = mixin_key(key_of(WBI_IMG_URL), key_of(WBI_SUB_URL))
RISK_CONTROL = (-352, "-352")
NO_SUCH_ROOM = (1002002, "房间号错误")
SIGNATURE_SECONDS = 3600  # a signature further than this from now (wall clock) is refused


def _wbi_img() -> dict[str, str]:
    return {"img_url": WBI_IMG_URL, "sub_url": WBI_SUB_URL}


@area.handler("get_nav")
def get_nav(call: Call) -> Any:
    account = call.account
    if account is None:
        raise Fail(*NOT_LOGGED_IN, {"isLogin": False, "wbi_img": _wbi_img()})
    return {"isLogin": True, "mid": account.uid, "uname": account.uname, "face": account.face, "wbi_img": _wbi_img()}


@area.handler("get_buvid")
def get_buvid(call: Call) -> Any:
    """A device id pair shaped like the real ones (a UUID, five digits and "infoc")."""
    digest = hashlib.md5(f"buvid:{call.world.now()}".encode(), usedforsecurity=False).hexdigest().upper()
    uuid = f"{digest[:8]}-{digest[8:12]}-{digest[12:16]}-{digest[16:20]}-{digest[20:32]}"
    return {"b_3": f"{uuid}{int(call.world.now()) % 100000:05d}infoc", "b_4": f"{uuid}-sandbox"}


def _signed(call: Call) -> bool:
    given = call.get("w_rid")
    wts = call.get("wts")
    if not isinstance(given, str) or not isinstance(wts, int):
        return False
    if abs(time.time() - wts) > SIGNATURE_SECONDS:  # clients sign with the wall clock
        return False
    unsigned = {k: str(v) for k, v in call.params.items() if k not in ("w_rid", "wts")}
    return sign(unsigned, SANDBOX_MIXIN, wts=wts)["w_rid"] == given


@area.handler("get_danmu_info")
def get_danmu_info(call: Call) -> Any:
    if not _signed(call) or not call.cookies.get("buvid3"):
        raise Fail(*RISK_CONTROL, ABSENT)
    room_id = call.params["id"]
    if room_id not in call.world.rooms.rooms:
        raise Fail(*NO_SUCH_ROOM)
    base = urlsplit(call.base_url)
    port = base.port or (443 if base.scheme == "https" else 80)
    host = {"host": base.hostname or "127.0.0.1", "port": port, "wss_port": port, "ws_port": port}
    return {
        "group": "live",
        "business_id": 0,
        "refresh_row_factor": 0.125,
        "refresh_rate": 100,
        "max_delay": 5000,
        "token": stream_state(call.world).issue_token(room_id),
        "host_list": [host, dict(host)],  # the real list names a host twice, too
    }
