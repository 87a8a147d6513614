"""WBI signing against the worked example of SocialSisterYi/bilibili-API-collect docs/misc/sign/wbi.md."""

from __future__ import annotations

import pytest

from bilispec.client.wbi import Device, key_of, mixin_key, sign, signed_query

# The page's example: nav's logged-out answer, the mixin key it gives, a query and its signature.
IMG_URL = "https://i0.hdslb.com/bfs/wbi/7cd084941338484aae1ad9425b84077c.png"
SUB_URL = "https://i0.hdslb.com/bfs/wbi/4932caff0ff746eab6f01bf08b70ac45.png"
MIXIN = "ea1db124af3c7062474693fa704f4ff8"
WTS = 1702204169
W_RID = "8f6f2b5b3d485fe1886cec6a0be8c5d4"


def test_keys_are_the_file_names() -> None:
    assert key_of(IMG_URL) == "7cd084941338484aae1ad9425b84077c"
    assert key_of(SUB_URL) == "4932caff0ff746eab6f01bf08b70ac45"


def test_mixin_key_of_the_worked_example() -> None:
    assert mixin_key(key_of(IMG_URL), key_of(SUB_URL)) == MIXIN


def test_signature_of_the_worked_example() -> None:
    signed = sign({"foo": "114", "bar": "514", "zab": "1919810"}, MIXIN, wts=WTS)
    assert signed == {"foo": "114", "bar": "514", "zab": "1919810", "wts": str(WTS), "w_rid": W_RID}


def test_an_old_signature_is_replaced() -> None:
    stale = {"foo": "114", "bar": "514", "zab": "1919810", "wts": "1", "w_rid": "0" * 32}
    assert sign(stale, MIXIN, wts=WTS)["w_rid"] == W_RID


def test_values_are_encoded_as_encode_uri_component() -> None:
    # The page's second example: upper-case hex, %20 for a space, sorted by name.
    query = signed_query({"foo": "one one four", "bar": "五一四", "baz": "1919810"})
    assert query == "bar=%E4%BA%94%E4%B8%80%E5%9B%9B&baz=1919810&foo=one%20one%20four"


def test_characters_the_page_drops() -> None:
    assert signed_query({"q": "a!b'c(d)e*f"}) == "q=abcdef"


def test_short_keys_are_refused() -> None:
    with pytest.raises(ValueError, match="64 characters"):
        mixin_key("abc", "def")


def test_device_never_shows_its_keys_or_buvid() -> None:
    device = Device()
    device.set_keys(IMG_URL, SUB_URL)
    device.buvid3 = "D9656DA8-9BEF-F464-5B72-C4849AFD336379044infoc"
    assert device.mixin == MIXIN
    shown = repr(device) + str(device)
    assert MIXIN not in shown and device.buvid3 not in shown
    assert device.cookies() == [f"buvid3={device.buvid3}"]
