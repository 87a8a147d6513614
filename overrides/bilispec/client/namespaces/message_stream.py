"""Getting into the live message stream: the WBI keys, a buvid3, and getDanmuInfo's token and hosts.

getDanmuInfo answers -352 without a WBI signature (since 2025-05-26) or a buvid3 cookie (since
2025-06-27). These flows get what it needs first, through the client's one request path: the
keys from nav (which answers without a login, as -101 with the keys in `data`), a buvid3 from
finger/spi, both kept on the client (`Device`, never shown); the engine then signs and sends the
cookie. After a -352 the keys are fetched again once (they rotate daily), as blivedm does.
"""

from __future__ import annotations

from typing import Any

from bilispec_generated.models import Buvid, DanmuInfo, NavInfo, NavLoggedOut

from ...core.errors import NotLoggedInError, ResponseValidationError, RiskControlError
from ._base import AsyncNamespace, SyncNamespace, _model
from ._flows import Flow, Step, _flow


def _device(namespace: Any) -> Any:
    return namespace._client._engine.device


def _logged_out_keys(exc: NotLoggedInError) -> NavLoggedOut:
    """nav's -101 still carries the keys (its x-error-data, NavLoggedOut)."""
    data = exc.body.get("data") if isinstance(exc.body, dict) else None
    try:
        return NavLoggedOut.from_dict(data)  # type: ignore[arg-type]
    except (KeyError, TypeError, AttributeError, ValueError):
        raise ResponseValidationError(
            "nav answered -101 without data.wbi_img: no WBI keys to sign with", operation="get_nav", violations=[]
        ) from None


def _fetch_keys(device: Any) -> Flow[None]:
    try:
        nav = _model(NavInfo)("get_nav", (yield Step("get_nav", {})))
        img, sub = nav.wbi_img.img_url, nav.wbi_img.sub_url
        device.uid = nav.mid if isinstance(nav.mid, int) and nav.is_login else 0
    except NotLoggedInError as exc:
        keys = _logged_out_keys(exc)
        img, sub = keys.wbi_img.img_url, keys.wbi_img.sub_url
        device.uid = 0
    try:
        device.set_keys(img, sub)
    except ValueError as exc:  # not the 32-character keys every answer has held
        raise ResponseValidationError(f"nav's wbi_img: {exc}", operation="get_nav", violations=[]) from None


def _fetch_buvid(device: Any) -> Flow[None]:
    spi = _model(Buvid)("get_buvid", (yield Step("get_buvid", {})))
    device.buvid3 = spi.b_3


class _MessageStreamOps:
    """What a message stream connection needs, fetched and kept by the client."""

    @_flow("get_nav", returns=None)
    def refresh_keys(self) -> Flow[None]:
        """Fetch the day's WBI keys from nav (导航栏用户信息) and keep their mixin key; also notes the
        logged-in uid (0 without a login), which the stream's auth packet sends."""
        yield from _fetch_keys(_device(self))

    @_flow("get_buvid", returns=None)
    def refresh_buvid(self) -> Flow[None]:
        """Fetch a buvid3 device id (finger/spi) and send it as the `buvid3` cookie from now on."""
        yield from _fetch_buvid(_device(self))

    @_flow("get_nav", "get_buvid", returns=None)
    def prepare(self) -> Flow[None]:
        """Fetch what a WBI-signed request with a buvid3 cookie needs and the client lacks (the keys,
        a buvid3); nothing when it holds both. After it, every operation with `w_rid` is signed."""
        device = _device(self)
        if device.mixin is None:
            yield from _fetch_keys(device)
        if device.buvid3 is None:
            yield from _fetch_buvid(device)

    @_flow("get_nav", "get_buvid", "get_danmu_info", returns=DanmuInfo)
    def danmu_info(self, room_id: int) -> Flow[DanmuInfo]:
        """The stream's token and hosts for a real room id (getDanmuInfo), WBI-signed with a buvid3
        cookie; keys and buvid are fetched first when the client has none, the keys again after a
        -352. The token is a secret: never log it."""
        device = _device(self)
        if device.mixin is None:
            yield from _fetch_keys(device)
        if device.buvid3 is None:
            yield from _fetch_buvid(device)
        params = dict(id=room_id, type=0)
        try:
            return _model(DanmuInfo)("get_danmu_info", (yield Step("get_danmu_info", params)))
        except RiskControlError:
            device.forget_keys()  # the keys rotate daily: a -352 may mean ours are stale
        yield from _fetch_keys(device)
        return _model(DanmuInfo)("get_danmu_info", (yield Step("get_danmu_info", params)))


class MessageStream(SyncNamespace, _MessageStreamOps):
    pass


class AsyncMessageStream(AsyncNamespace, _MessageStreamOps):
    pass
