"""URLs of the documented web pages (not API operations), with their documented query parameters.

Seed 000: 直播回放片段发布页面 (quick-publish.html, quick-publish-mobile.html), 直播回放剪辑页面
(web-cut/index.html), 某位主播的直播回放剪辑界面 (replay-cut.html). Seed 003: 弹幕投票主播侧界面
(anchor_vote.html). Parameters go out in the documented order; values are percent-encoded as
UTF-8 with `%20` for a space (the pages read them with JavaScript, where `+` is not a space).
A missing or malformed parameter raises RequestValidationError (a ValueError); nothing is built.
"""

from __future__ import annotations

from typing import Annotated, Required, TypedDict, Unpack
from urllib.parse import quote

from bilispec_generated.models import ReplayInfo

from ..core.errors import RequestValidationError
from ._keywords import Default, keywords

QUICK_PUBLISH = "https://live.bilibili.com/web-cut/quick-publish.html"
QUICK_PUBLISH_MOBILE = "https://live.bilibili.com/web-cut/quick-publish-mobile.html"
WEB_CUT = "https://live.bilibili.com/web-cut/index.html"
REPLAY_CUT = "https://live.bilibili.com/web-cut/replay-cut.html"
ANCHOR_VOTE = "https://live.bilibili.com/p/html/live-app-guessing-game/anchor_vote.html"


def _fail(page: str, name: str, message: str) -> RequestValidationError:
    return RequestValidationError(f"{name}: {message}", operation=page, field=name)


def _given(page: str, name: str, value: object, required: bool) -> bool:
    """Whether an optional parameter was given; a required one missing raises."""
    if value is None and required:
        raise _fail(page, name, "is required")
    return value is not None


def _number(page: str, name: str, value: object, *, required: bool) -> str | None:
    if not _given(page, name, value, required):
        return None
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise _fail(page, name, f"must be a non-negative integer, not {value!r}")
    return str(value)


def _text(page: str, name: str, value: object, *, required: bool) -> str | None:
    if not _given(page, name, value, required):
        return None
    if not isinstance(value, str) or not value:
        raise _fail(page, name, f"must be a non-empty string, not {value!r}")
    return value


def _live_key(page: str, value: object) -> str:
    key = _text(page, "live_key", value, required=True)
    if key is None or not key.isdigit():
        raise _fail(page, "live_key", f"must be the decimal live session key, not {value!r}")
    return key


def _url(base: str, params: list[tuple[str, str | None]]) -> str:
    query = "&".join(f"{quote(name, safe='')}={quote(value, safe='')}" for name, value in params if value is not None)
    return f"{base}?{query}" if query else base


class SessionSpan(TypedDict):
    """A live session of the replay list: its `start_time`, `end_time` and `live_key`."""

    start_time: int
    end_time: int
    live_key: str


class Clipper(TypedDict, total=False):
    """For whose replay a slice is: `cover`, an image on the bilibili image host; `anchor_id`, required
    to clip another anchor's replay, and `anchor_name`, shown in the page."""

    cover: str | None
    anchor_id: int | None
    anchor_name: str | None


class QuickPublish(SessionSpan, Clipper):
    """The parameters of the slice publishing page (quick-publish.html, quick-publish-mobile.html)."""


class QuickPublishOptions(QuickPublish, total=False):
    """The page's parameters, and which page: `mobile=True` for the mobile one."""

    mobile: Annotated[bool, Default(False)]


class ReplayPublishOptions(Clipper, total=False):
    """The parameters a replay of the list does not give, and which page."""

    mobile: Annotated[bool, Default(False)]


class WebCut(SessionSpan, total=False):
    """The parameters of the replay clip editor (web-cut/index.html)."""

    draft_id: Required[int]
    init: int | None
    with_reserve: bool | None
    anchor_id: int | None


def _quick_publish_page(mobile: bool) -> str:
    return "quick-publish-mobile.html" if mobile else "quick-publish.html"


@keywords
def quick_publish_url(**params: Unpack[QuickPublishOptions]) -> str:
    """The slice publishing page (直播回放片段发布页面) for one live session of the replay list.

    start_time, end_time, live_key: the replay's `start_time`, `end_time`, `live_key`. `cover`: an
    image on the bilibili image host. `anchor_id` is required to clip another anchor's replay;
    `anchor_name` is shown in the page. `mobile=True` gives the mobile page, which only publishes
    slices up to 15 minutes.
    """
    mobile = params["mobile"]
    page = _quick_publish_page(mobile)
    start = _number(page, "start_time", params["start_time"], required=True)
    end = _number(page, "end_time", params["end_time"], required=True)
    if params["start_time"] > params["end_time"]:
        raise _fail(page, "end_time", "must not be before start_time")
    return _url(
        QUICK_PUBLISH_MOBILE if mobile else QUICK_PUBLISH,
        [
            ("start_time", start),
            ("end_time", end),
            ("live_key", _live_key(page, params["live_key"])),
            ("cover", _text(page, "cover", params["cover"], required=False)),
            ("anchor_id", _number(page, "anchor_id", params["anchor_id"], required=False)),
            ("anchor_name", _text(page, "anchor_name", params["anchor_name"], required=False)),
        ],
    )


@keywords
def quick_publish_mobile_url(**params: Unpack[QuickPublish]) -> str:
    """The mobile slice publishing page (quick-publish-mobile.html); see quick_publish_url."""
    return quick_publish_url(**params, mobile=True)


@keywords
def quick_publish_url_for(replay: ReplayInfo, **params: Unpack[ReplayPublishOptions]) -> str:
    """quick_publish_url for an item of replays.list / replays.list_for_anchor."""
    start, end, key = replay.start_time, replay.end_time, replay.live_key
    if start is None or end is None or key is None:
        page = _quick_publish_page(params["mobile"])
        raise _fail(page, "replay", f"replay {replay.replay_id} lacks start_time, end_time or live_key")
    return quick_publish_url(start_time=start, end_time=end, live_key=key, **params)


@keywords
def web_cut_url(**params: Unpack[WebCut]) -> str:
    """The replay clip editor (直播回放剪辑页面, web-cut/index.html) for a draft.

    `init` is documented without a known purpose; `with_reserve` attaches a reminder of the next
    live session (sent as 1/0); `anchor_id` for another anchor's replay.
    """
    page = "index.html"
    with_reserve = params["with_reserve"]
    if with_reserve is not None and not isinstance(with_reserve, bool):
        raise _fail(page, "with_reserve", f"must be True or False, not {with_reserve!r}")
    return _url(
        WEB_CUT,
        [
            ("start_time", _number(page, "start_time", params["start_time"], required=True)),
            ("end_time", _number(page, "end_time", params["end_time"], required=True)),
            ("live_key", _live_key(page, params["live_key"])),
            ("draft_id", _number(page, "draft_id", params["draft_id"], required=True)),
            ("init", _number(page, "init", params["init"], required=False)),
            ("with_reserve", None if with_reserve is None else str(int(with_reserve))),
            ("anchor_id", _number(page, "anchor_id", params["anchor_id"], required=False)),
        ],
    )


def replay_cut_url(anchor_id: int, *, anchor_name: str | None = None) -> str:
    """An anchor's replay clipping page (某位主播的直播回放剪辑界面); needs the anchor's permission.

    The parameter goes out as `anchor_Id`, spelled as documented (the page ignores its case).
    Without `anchor_name` the page shows 未知主播.
    """
    page = "replay-cut.html"
    return _url(
        REPLAY_CUT,
        [
            ("anchor_Id", _number(page, "anchor_Id", anchor_id, required=True)),
            ("anchor_name", _text(page, "anchor_name", anchor_name, required=False)),
        ],
    )


def anchor_vote_url(room_id: int) -> str:
    """The anchor side of danmaku votes (弹幕投票主播侧界面); `room_id` must be your own room."""
    return _url(ANCHOR_VOTE, [("room_id", _number("anchor_vote.html", "room_id", room_id, required=True))])
