"""Build HAR 1.2 files the way browsers export them: from recordings, or from live httpx exchanges."""

from __future__ import annotations

import base64
import gzip
import json
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import httpx


def entry(
    method: str,
    url: str,
    *,
    status: int = 200,
    body: Any = None,
    text: str | None = None,
    mime: str = "application/json; charset=utf-8",
    encoding: str | None = None,
    post_mime: str | None = None,
    post_text: str | None = None,
    cookie: str | None = None,
) -> dict[str, Any]:
    """One entry. The response body is `body` as JSON, or `text` as is; `encoding` "base64" or
    "gzip+base64" stores it the way browsers keep binary or compressed content."""
    content_text = text if text is not None else json.dumps(body, ensure_ascii=False)
    content: dict[str, Any] = {"size": len(content_text), "mimeType": mime, "text": content_text}
    if encoding == "base64":
        content.update(text=base64.b64encode(content_text.encode()).decode(), encoding="base64")
    elif encoding == "gzip+base64":
        content.update(text=base64.b64encode(gzip.compress(content_text.encode())).decode(), encoding="base64")
    headers = [{"name": "Cookie", "value": cookie}] if cookie else []
    request: dict[str, Any] = {"method": method, "url": url, "httpVersion": "HTTP/1.1", "headers": headers}
    if post_mime is not None:
        request["postData"] = {"mimeType": post_mime, "text": post_text or ""}
    return {
        "startedDateTime": "2026-01-01T00:00:00.000Z",
        "time": 1,
        "request": request,
        "response": {"status": status, "statusText": "", "httpVersion": "HTTP/1.1", "headers": [], "content": content},
    }


def from_recording(rec: dict[str, Any], encoding: str | None = None) -> dict[str, Any]:
    request = rec["request"]
    url = request["url"] + ("?" + urlencode(request["query"]) if request["query"] else "")
    post_mime = post_text = None
    if request.get("form") is not None:
        post_mime, post_text = request["content_type"], urlencode(request["form"])
    elif request.get("json") is not None:
        post_mime, post_text = "application/json;charset=UTF-8", json.dumps(request["json"])
    return entry(
        request["method"],
        url,
        body=rec["response"]["body"],
        encoding=encoding,
        post_mime=post_mime,
        post_text=post_text,
    )


def from_httpx(response: httpx.Response) -> dict[str, Any]:
    """An entry for an exchange the client really made (read the response first)."""
    request = response.request
    post_mime = request.headers.get("Content-Type") if request.content else None
    return entry(
        request.method,
        str(request.url),
        status=response.status_code,
        text=response.text,
        mime=response.headers.get("Content-Type", ""),
        post_mime=post_mime,
        post_text=request.content.decode() if request.content else None,
        cookie=request.headers.get("Cookie"),
    )


def har(entries: list[dict[str, Any]]) -> dict[str, Any]:
    return {"log": {"version": "1.2", "creator": {"name": "bilispec tests", "version": "0"}, "entries": entries}}


def write(path: Path, entries: list[dict[str, Any]]) -> Path:
    path.write_text(json.dumps(har(entries), ensure_ascii=False), encoding="utf-8")
    return path
