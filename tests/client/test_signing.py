"""App signing: the documented algorithm, applied by the one request path, the secret never shown."""

from __future__ import annotations

import hashlib
import logging
from urllib.parse import parse_qsl

import httpx
import pytest

from bilispec import BiliClient
from bilispec.client.signing import AppKey, sign, signed_query

from ..client_support import BILI_JCT, SESSDATA, Recorder, json_response

# A made-up pair: bilispec ships no real one.
KEY, SECRET = "0123456789abcdef", "made-up-secret-for-tests-0000000"


def test_the_query_is_the_documented_one() -> None:
    """SocialSisterYi/bilibili-API-collect docs/misc/sign/APP.md: sorted, url-encoded, appkey included."""
    params = {"id": "114514", "str": "1919810", "test": "いいよ\uff0cこいよ"}
    query = signed_query(params, AppKey("1d8b6e7d45233436", "x"))
    assert query == (
        "appkey=1d8b6e7d45233436&id=114514&str=1919810"
        "&test=%E3%81%84%E3%81%84%E3%82%88%EF%BC%8C%E3%81%93%E3%81%84%E3%82%88"
    )


def test_sign_is_md5_of_query_and_secret() -> None:
    signed = sign({"b": "2", "a": "1", "sign": "stale"}, AppKey(KEY, SECRET), ts=1700000000)
    expected_query = f"a=1&appkey={KEY}&b=2&ts=1700000000"
    assert signed["sign"] == hashlib.md5((expected_query + SECRET).encode()).hexdigest()
    assert signed["ts"] == "1700000000" and signed["appkey"] == KEY
    assert SECRET not in repr(AppKey(KEY, SECRET))


def live_version_answer() -> httpx.Response:
    return json_response({"code": 0, "message": "0", "ttl": 1, "data": {"curr_version": "7.19.0.9432", "build": 9432}})


@pytest.mark.parametrize(
    ("operation_id", "params", "part"),
    [
        ("get_home_page_live_version", {"system_version": 2}, "query"),
        ("start_live", {"room_id": 1, "area_v2": 86, "platform": "pc_link"}, "form"),
    ],
)
def test_the_client_signs_what_it_sends(
    operation_id: str, params: dict[str, object], part: str, caplog: pytest.LogCaptureFixture
) -> None:
    answer = live_version_answer() if part == "query" else json_response({"code": 60024, "message": "需要人脸认证"})
    recorder = Recorder(answer)
    http = httpx.Client(transport=httpx.MockTransport(recorder))
    caplog.set_level(logging.DEBUG)
    with BiliClient(sessdata=SESSDATA, bili_jct=BILI_JCT, app_key=KEY, app_secret=SECRET, http_client=http) as client:
        assert SECRET not in repr(client)
        try:
            client.call(operation_id, **params)
        except Exception as exc:  # start_live's answer is an error code; the request is what counts here
            assert SECRET not in str(exc)
    sent = recorder.requests[0]
    members = dict(sent.url.params) if part == "query" else dict(parse_qsl(sent.content.decode()))
    assert members["appkey"] == KEY and members["ts"].isdigit()
    unsigned = {k: v for k, v in members.items() if k != "sign"}
    query = signed_query(unsigned, AppKey(KEY, SECRET))
    assert members["sign"] == hashlib.md5((query + SECRET).encode()).hexdigest()
    if part == "form":
        assert members["csrf"] == BILI_JCT  # the signature covers csrf: it was filled first
    assert SECRET not in str(sent.url) + sent.content.decode() + str(sent.headers)
    assert SECRET not in caplog.text


def test_nothing_is_signed_without_a_key_pair(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("BILI_APP_KEY", raising=False)
    monkeypatch.delenv("BILI_APP_SECRET", raising=False)
    recorder = Recorder(live_version_answer())
    with BiliClient(http_client=httpx.Client(transport=httpx.MockTransport(recorder))) as client:
        version = client.call("get_home_page_live_version", system_version=2)
    assert version.build == 9432
    assert "sign" not in recorder.requests[0].url.params


def test_the_key_pair_can_come_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BILI_APP_KEY", KEY)
    monkeypatch.setenv("BILI_APP_SECRET", SECRET)
    recorder = Recorder(live_version_answer())
    with BiliClient(http_client=httpx.Client(transport=httpx.MockTransport(recorder))) as client:
        client.call("get_home_page_live_version", system_version=2)
    assert recorder.requests[0].url.params["appkey"] == KEY
