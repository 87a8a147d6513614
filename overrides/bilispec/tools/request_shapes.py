"""A request text not seen before, judged by its values alone where a request of its shape was judged.

A bot going round rooms, or a page polling, sends the same request again with other values: a room
id, a timestamp, a signature. A request's verdict (audit.Auditor._request_verdict) depends on its
values only through the checks of its members; everything else it depends on is its shape: the
method, the URL up to its query, the names of its query and form members, its headers and cookies
(as their text) and its body's media type. So where a request of the same shape had a clean verdict,
a new one needs only its members checked (RequestChecker.members_clean) and its csrf compared with
the bili_jct cookie; when they find nothing, its verdict is that one. Anything else (a problem, a
JSON body, a URL urlsplit might read otherwise) is judged in full, as the first of its shape was.
tests/command/test_validate_fast.py compares both ways.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .har_entries import RawRequest, split_members
from .request_check import RequestChecker, csrf_differing

_SHAPES = 4096  # shapes kept: a page's requests, a few hundred at most (each holds its headers' text)


@dataclass(frozen=True)
class Shaped:
    """A request's shape (`key`), and its query's and form's members as sent (the last of a name
    wins, as the request read in full keeps it)."""

    key: tuple[Any, ...]
    query: dict[str, str]
    form: dict[str, str] | None


@dataclass(frozen=True)
class _Kept:
    """The verdict of the first clean request of a shape; the checker of its operation (None: no
    operation answers the shape, whatever its values), and its bili_jct cookie."""

    verdict: Any
    checker: RequestChecker | None
    cookie: str | None


def shaped(raw: RawRequest) -> Shaped | None:
    """The shape of a decoded request text, or None: a URL with a fragment or a character urlsplit
    removes (so its query might not be all after the first `?`), or a body that is not text."""
    url = raw.url
    if "#" in url or not url.isprintable():
        return None
    base, mark, query = url.partition("?")
    members = dict(split_members(query))
    post, form, body = raw.postData, None, None
    if post is not None:
        if post.text is None:
            return None
        # Read as a form whatever its media type: a shape whose body is not a form is never kept.
        form = dict(split_members(post.text))
        body = (post.mimeType, tuple(form))
    key = (raw.method, base, mark, tuple(members), bytes(raw.headers), bytes(raw.cookies), body)
    return Shaped(key, members, form)


class RequestShapes:
    """Verdicts by shape, of at most _SHAPES shapes."""

    def __init__(self) -> None:
        self._kept: dict[tuple[Any, ...], _Kept] = {}

    def verdict(self, shape: Shaped) -> Any:
        """The verdict of a request of this shape with these values, when a clean request of the shape
        was judged and these values change nothing; else None (judge it in full)."""
        kept = self._kept.get(shape.key)
        if kept is None:
            return None
        if kept.checker is None:  # no operation answers the shape
            return kept.verdict
        sent: dict[tuple[str, str], Any] = {("query", name): value for name, value in shape.query.items()}
        if shape.form is not None:
            sent.update({("form", name): value for name, value in shape.form.items()})
        if not kept.checker.members_clean(sent):
            return None
        if kept.cookie and csrf_differing(kept.cookie, {**shape.query, **(shape.form or {})}):
            return None
        return kept.verdict

    def learn(self, shape: Shaped, verdict: Any, checker: RequestChecker | None, cookie: str | None) -> None:
        """Keep a verdict judged in full: a clean request's (with its operation's `checker`), or the
        Result of one no operation answers (no checker: its values are never looked at)."""
        if len(self._kept) >= _SHAPES:
            self._kept.clear()
        self._kept[shape.key] = _Kept(verdict, checker, cookie)

    def clear(self) -> None:
        self._kept.clear()
