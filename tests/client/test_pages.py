"""URL builders for the documented web pages: the seed's example links exactly, encoding, required parameters."""

from __future__ import annotations

from typing import Any
from urllib.parse import parse_qsl, urlsplit

import pytest
from bilispec_generated.models import ReplayInfo, ReplayLiveInfo

import bilispec
from bilispec import (
    RequestValidationError,
    anchor_vote_url,
    quick_publish_mobile_url,
    quick_publish_url,
    quick_publish_url_for,
    replay_cut_url,
    web_cut_url,
)

from ..conftest import RECORDINGS, load_recording

COVER = "https://i0.hdslb.com/bfs/live/59fc254c1f51a962dbf69ae85e4920f2f6fb8dcd.png"


# -- the seed's example links (seed 000, 直播回放片段发布页面 and the two clip pages) --------------


def test_quick_publish_web_example() -> None:
    url = quick_publish_url(start_time=1747508293, end_time=1747508499, live_key="609041817764368179", cover=COVER)
    assert url == (
        "https://live.bilibili.com/web-cut/quick-publish.html?start_time=1747508293&end_time=1747508499"
        "&live_key=609041817764368179"
        "&cover=https%3A%2F%2Fi0.hdslb.com%2Fbfs%2Flive%2F59fc254c1f51a962dbf69ae85e4920f2f6fb8dcd.png"
    )


def test_quick_publish_mobile_example() -> None:
    expected = (
        "https://live.bilibili.com/web-cut/quick-publish-mobile.html"
        "?start_time=1747508293&end_time=1747508499&live_key=609041817764368179"
    )
    assert quick_publish_mobile_url(start_time=1747508293, end_time=1747508499, live_key="609041817764368179") == (
        expected
    )
    assert (
        quick_publish_url(start_time=1747508293, end_time=1747508499, live_key="609041817764368179", mobile=True)
        == expected
    )


def test_quick_publish_fan_example() -> None:
    # The page's fan example leaves the cover unencoded; the same parameters, encoded.
    url = quick_publish_url(
        start_time=1760766799,
        end_time=1760774101,
        live_key="649597291269984051",
        cover=COVER,
        anchor_id=1,
        anchor_name="null",
    )
    example = (
        "https://live.bilibili.com/web-cut/quick-publish.html?start_time=1760766799&end_time=1760774101"
        "&live_key=649597291269984051&cover=https://i0.hdslb.com/bfs/live/59fc254c1f51a962dbf69ae85e4920f2f6fb8dcd.png"
        "&anchor_id=1&anchor_name=null"
    )
    assert parse_qsl(urlsplit(url).query) == parse_qsl(urlsplit(example).query)
    assert url.endswith("&anchor_id=1&anchor_name=null")


def test_web_cut_example() -> None:
    url = web_cut_url(start_time=1747658704, end_time=1747705213, live_key="609431465787395891", draft_id=988275)
    assert url == (
        "https://live.bilibili.com/web-cut/index.html"
        "?start_time=1747658704&end_time=1747705213&live_key=609431465787395891&draft_id=988275"
    )


def test_web_cut_optional_parameters() -> None:
    url = web_cut_url(
        start_time=1, end_time=2, live_key="3", draft_id=4, init=1, with_reserve=True, anchor_id=3493299121817771
    )
    assert url == (
        "https://live.bilibili.com/web-cut/index.html"
        "?start_time=1&end_time=2&live_key=3&draft_id=4&init=1&with_reserve=1&anchor_id=3493299121817771"
    )
    assert web_cut_url(start_time=1, end_time=2, live_key="3", draft_id=4, with_reserve=False).endswith(
        "&with_reserve=0"
    )


def test_replay_cut_example() -> None:
    assert replay_cut_url(1, anchor_name="bishi") == (
        "https://live.bilibili.com/web-cut/replay-cut.html?anchor_Id=1&anchor_name=bishi"
    )
    assert replay_cut_url(1) == "https://live.bilibili.com/web-cut/replay-cut.html?anchor_Id=1"


def test_anchor_vote_page() -> None:  # seed 003, 弹幕投票主播侧界面
    assert anchor_vote_url(21452505) == (
        "https://live.bilibili.com/p/html/live-app-guessing-game/anchor_vote.html?room_id=21452505"
    )


# -- encoding ----------------------------------------------------------------------------------


def test_names_are_percent_encoded_as_utf8_with_space_as_20() -> None:
    url = replay_cut_url(3493299121817771, anchor_name="某主播 A&B=C+D/é")
    assert url == (
        "https://live.bilibili.com/web-cut/replay-cut.html?anchor_Id=3493299121817771"
        "&anchor_name=%E6%9F%90%E4%B8%BB%E6%92%AD%20A%26B%3DC%2BD%2F%C3%A9"
    )
    assert dict(parse_qsl(urlsplit(url).query))["anchor_name"] == "某主播 A&B=C+D/é"


# -- required and malformed parameters ---------------------------------------------------------


@pytest.mark.parametrize(
    ("build", "kwargs", "field"),
    [
        (quick_publish_url, {"start_time": None, "end_time": 2, "live_key": "1"}, "start_time"),
        (quick_publish_url, {"start_time": 1, "end_time": None, "live_key": "1"}, "end_time"),
        (quick_publish_url, {"start_time": 1, "end_time": 2, "live_key": None}, "live_key"),
        (quick_publish_url, {"start_time": 1, "end_time": 2, "live_key": ""}, "live_key"),
        (quick_publish_url, {"start_time": 1, "end_time": 2, "live_key": "abc"}, "live_key"),
        (quick_publish_url, {"start_time": 1, "end_time": 2, "live_key": 609041817764368179}, "live_key"),
        (quick_publish_url, {"start_time": 3, "end_time": 2, "live_key": "1"}, "end_time"),
        (quick_publish_url, {"start_time": True, "end_time": 2, "live_key": "1"}, "start_time"),
        (quick_publish_url, {"start_time": -1, "end_time": 2, "live_key": "1"}, "start_time"),
        (quick_publish_url, {"start_time": 1, "end_time": 2, "live_key": "1", "cover": ""}, "cover"),
        (quick_publish_url, {"start_time": 1, "end_time": 2, "live_key": "1", "anchor_id": "1"}, "anchor_id"),
        (web_cut_url, {"start_time": 1, "end_time": 2, "live_key": "1", "draft_id": None}, "draft_id"),
        (web_cut_url, {"start_time": 1, "end_time": 2, "live_key": "1", "draft_id": 1.5}, "draft_id"),
        (
            web_cut_url,
            {"start_time": 1, "end_time": 2, "live_key": "1", "draft_id": 1, "with_reserve": 1},
            "with_reserve",
        ),
        (replay_cut_url, {"anchor_id": None}, "anchor_Id"),
        (replay_cut_url, {"anchor_id": 1, "anchor_name": 5}, "anchor_name"),
        (anchor_vote_url, {"room_id": None}, "room_id"),
        (anchor_vote_url, {"room_id": "21452505"}, "room_id"),
    ],
)
def test_bad_parameters_raise(build: Any, kwargs: dict[str, Any], field: str) -> None:
    with pytest.raises(RequestValidationError) as caught:
        build(**kwargs)
    assert caught.value.field == field
    assert isinstance(caught.value, ValueError)


def test_required_parameters_are_required_by_the_signature() -> None:
    with pytest.raises(TypeError, match="live_key"):
        quick_publish_url(start_time=1, end_time=2)  # type: ignore[call-arg]
    with pytest.raises(TypeError, match="draft_id"):
        web_cut_url(start_time=1, end_time=2, live_key="3")  # type: ignore[call-arg]
    with pytest.raises(TypeError):
        anchor_vote_url()  # type: ignore[call-arg]


# -- from a replay list item -------------------------------------------------------------------


def test_quick_publish_url_for_a_replay() -> None:
    body = load_recording(RECORDINGS / "anchor_get_replay_list" / "success-two-failed-replays.json")
    replay = ReplayInfo.from_dict(body["response"]["body"]["data"]["replay_info"][0])
    url = quick_publish_url_for(replay, cover=COVER)
    query = dict(parse_qsl(urlsplit(url).query))
    assert query == {
        "start_time": str(replay.start_time),
        "end_time": str(replay.end_time),
        "live_key": replay.live_key,
        "cover": COVER,
    }
    assert quick_publish_url_for(replay, mobile=True).startswith(bilispec.client.pages.QUICK_PUBLISH_MOBILE + "?")


def test_quick_publish_url_for_a_replay_without_times() -> None:
    with pytest.raises(RequestValidationError, match="lacks"):
        quick_publish_url_for(ReplayInfo(replay_id=1, live_info=ReplayLiveInfo(title="t", live_time=1), live_key="k"))


def test_exported() -> None:
    for name in ("quick_publish_url", "quick_publish_mobile_url", "web_cut_url", "replay_cut_url", "anchor_vote_url"):
        assert name in bilispec.__all__
