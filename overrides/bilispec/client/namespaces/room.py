"""Live room management: create, update, go live, stop, pre-live info, news."""

from __future__ import annotations

from typing import Annotated, TypedDict, Unpack

from bilispec_generated.models import CreatedRoom, LiveStart, LiveStop, LiveVersion, PreLiveUpdate, RoomUpdate

from .._keywords import Default
from ._base import (
    AsyncNamespace,
    Params,
    StartPlatform,
    StopPlatform,
    SyncNamespace,
    _model,
    _nothing,
    _op,
    _optional,
    _renamed,
    _sent,
)
from ._flows import Flow, Step, _flow


class RoomChanges(TypedDict, total=False):
    """What room.update changes (any of it), and the client that asks."""

    title: str | None
    area_id: int | None
    add_tag: str | None
    del_tag: str | None
    platform: str | None
    visit_id: str | None


class PreLiveInfo(TypedDict, total=False):
    """What room.update_pre_live_info sets before going live, and the client it says it is."""

    title: str | None
    cover: str | None
    cover_vertical: str | None
    live_direction_type: int | None
    platform: Annotated[str, Default("web")]
    mobi_app: Annotated[str, Default("web")]
    build: Annotated[int, Default(1)]
    visit_id: str | None


# The members update_pre_live_info sends in camelCase; the others go under their own names.
_PRE_LIVE_NAMES = {"cover_vertical": "coverVertical", "live_direction_type": "liveDirectionType"}


class _RoomOps:
    """Your live room: open it, update it, start and stop broadcasting."""

    @_op("create_room", _model(CreatedRoom))
    def create(self, *, platform: str = "web", visit_id: str | None = None) -> Params:
        """Open a live room for the account (开通直播间)."""
        return _sent(locals())

    @_op("update_room", _optional(RoomUpdate))
    def update(self, room_id: int, **changes: Unpack[RoomChanges]) -> Params:
        """Update title, area or tags (更新直播间信息); None when the server answers [] (partly failed)."""
        return dict(room_id=room_id, **changes)

    @_flow("get_home_page_live_version", "start_live", returns=LiveStart)
    def start_live(
        self,
        room_id: int,
        *,
        area_id: int,
        platform: StartPlatform = "pc_link",
        version: str | None = None,
        build: int | None = None,
    ) -> Flow[LiveStart]:
        """Start broadcasting (开始直播) in sub-area `area_id` (sent as area_v2); gives the RTMP address.

        Without `version` and `build` the streaming app's current pair is asked for first
        (get_home_page_live_version): some accounts get 60024 without it. With an app key pair on
        the client (app_key=/app_secret=, or BILI_APP_KEY/BILI_APP_SECRET) both requests are signed.
        Raises VerificationRequiredError (60024, 60043) when the account holder must verify their
        identity first: its `verification_url` (or `face_auth_url(uid)`) is the page to open.
        """
        if version is None or build is None:
            pair = yield Step("get_home_page_live_version", dict(system_version=2))
            version, build = pair.curr_version, pair.build
        params = dict(room_id=room_id, area_v2=area_id, platform=platform, version=version, build=build)
        return _model(LiveStart)("start_live", (yield Step("start_live", params)))

    @_op("stop_live", _model(LiveStop))
    def stop_live(self, room_id: int, *, platform: StopPlatform = "pc_link") -> Params:
        """Stop broadcasting (关闭直播). `platform` is always sent: without it the API answers 60034."""
        return _sent(locals())

    @_op("get_home_page_live_version", _model(LiveVersion))
    def live_version(self) -> Params:
        """The streaming app's current version and build (直播姬版本), which start_live sends."""
        return dict(system_version=2)

    @_op("update_pre_live_info", _model(PreLiveUpdate))
    def update_pre_live_info(self, **info: Unpack[PreLiveInfo]) -> Params:
        """Set the cover or title before going live (预更新直播间信息); cover on *.hdslb.com."""
        return _renamed(info, _PRE_LIVE_NAMES)

    @_op("update_room_news", _nothing)
    def update_news(self, room_id: int, uid: int, content: str) -> Params:
        """Set the room announcement (更新直播间公告), at most 60 characters; `uid` is the room owner's."""
        return _sent(locals())


class Room(SyncNamespace, _RoomOps):
    pass


class AsyncRoom(AsyncNamespace, _RoomOps):
    pass
