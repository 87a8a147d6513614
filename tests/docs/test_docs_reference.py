"""The API reference page (make docs): the docs-only copy of the bundle, and the page in a real browser.

The browser test opens the built page from disk in headless Chromium (Debian's chromium and
chromium-driver), reaches each operation of the description (by its link or by scrolling on from the
one before), checks its heading and its error-code table, and saves a screenshot under tests/artifacts/.
The page's own network requests are read from the DevTools log: its one remote load (Redoc's logo) must
be blocked by the page's Content-Security-Policy.
Chromium talks only to a loopback proxy that refuses everything, so nothing leaves the machine.
"""

from __future__ import annotations

import copy
import json
import re
import shutil
import socket
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from bilispec.client.namespaces import operation_methods
from bilispec.core.description import description, load_document
from bilispec.core.stream_messages import StreamDescription
from scripts import build_docs
from tests.conftest import BUNDLE, RECORDINGS, ROOT, recording_files, report_figure

CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")
ARTIFACTS = ROOT / "tests" / "artifacts"
WINDOW = (1400, 1300)  # the screenshot's size
TALL = 3000  # the window's height while the operations are read


def expected_codes(op: dict[str, Any]) -> list[int]:
    """The codes an operation's table must list: its page's, then the common ones the page omits."""
    documented = [int(code) for code in op.get("x-error-codes", {})]
    return documented + [code for code in build_docs.COMMON_CODES if code not in documented]


@pytest.fixture(scope="module")
def bundle() -> dict[str, Any]:
    return load_document(BUNDLE)


@pytest.fixture(scope="module")
def docs(bundle: dict[str, Any]) -> dict[str, Any]:
    return build_docs.docs_copy(bundle, build_docs.load_recordings(RECORDINGS), operation_methods())


@pytest.fixture(scope="module")
def page(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The reference page, built by the same code as `make docs` into a temporary folder."""
    output = tmp_path_factory.mktemp("docs") / "reference.html"
    size = build_docs.build(output)
    report_figure(f"API reference page: {size / 1024:.0f} KiB, one self-contained HTML file")
    return output


# -- the docs-only copy -----------------------------------------------------------------------


# The commands under the stream's section of the page (Redoc names an info heading's subsections
# "section/<heading>/<subheading>", lower case) and how many of them render a schema.
STREAM_SECTION = """
const prefix = 'section/the-message-stream/';
const parts = [...document.querySelectorAll('[id^="' + prefix + '"]')];
const commands = [...new Set(parts.map(e => e.id.slice(prefix.length)))].sort();
// A command's members table comes after its heading and before the next command's heading.
const tables = [...document.querySelectorAll('table')];
const after = (a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
const before = (t, i) => i + 1 === parts.length || after(t, parts[i + 1]);
const schemas = parts.filter((h, i) => tables.some(t => after(h, t) && before(t, i))).length;
return {commands: commands, schemas: schemas};
"""


def test_the_page_describes_the_message_stream(docs: dict[str, Any]) -> None:
    text = docs["info"]["description"]
    assert "# The message stream" in text and "| 7 | auth (client, the first packet) |" in text
    stream = StreamDescription.load()
    for cmd in stream.commands():
        component = stream.payload_component(cmd)
        assert f"## {cmd}\n" in text and f"schema `{component}`" in text, cmd
        assert component in docs["components"]["schemas"], cmd


def test_docs_copy_leaves_the_bundle_unchanged(bundle: dict[str, Any], docs: dict[str, Any]) -> None:
    assert bundle == load_document(BUNDLE)
    assert docs != bundle


def test_every_operation_gets_bilingual_summary_client_methods_and_error_table(
    bundle: dict[str, Any], docs: dict[str, Any]
) -> None:
    originals = build_docs.operations(bundle)
    methods = operation_methods()
    described = build_docs.operations(docs)
    assert len(described) == len(originals)
    for operation_id, op in described.items():
        text = op["description"]
        assert text.startswith(originals[operation_id].get("description", "").rstrip())
        en, zh = op["summary"].split(" (", 1)
        assert f"**English:** {en}" in text and f"**中文:** {zh[:-1]}" in text, operation_id
        for method in methods.get(operation_id, []):
            assert f"`client.{method}()`" in text
        rows = re.findall(r"^\| (-?\d+) \| .* \| `(\w+)` \|$", text, flags=re.MULTILINE)
        assert [int(code) for code, _ in rows] == expected_codes(op), operation_id
        assert all(raised.endswith("Error") for _, raised in rows)


def test_error_table_names_the_class_the_client_raises(docs: dict[str, Any]) -> None:
    ops = build_docs.operations(docs)
    assert "| -101 | Not logged in | 未登录 | `NotLoggedInError` |" in ops["anchor_get_replay_list"]["description"]
    vote = ops["create_vote"]["description"]
    assert "| -404 | Not your own live room | 不是自己的直播间 | `PermissionDeniedError` |" in vote
    # Silent-user pages list no codes: their table holds the common ones, marked as such.
    mute = ops["add_silent_user"]["description"]
    assert "| -352 | Risk control check failed *(any operation)* | 风控校验失败 | `RiskControlError` |" in mute


def test_every_recording_becomes_a_named_example(docs: dict[str, Any]) -> None:
    ops = build_docs.operations(docs)
    files = recording_files()
    for path in files:
        rec = json.loads(path.read_text(encoding="utf-8"))
        op = ops[rec["operation_id"]]
        examples = op["responses"]["200"]["content"]["application/json"]["examples"]
        assert examples[rec["case"]]["value"] == rec["response"]["body"]
        body = rec["request"].get("form", rec["request"].get("json"))
        if body is not None:
            media = op["requestBody"]["content"][rec["request"]["content_type"]]
            assert media["examples"][rec["case"]]["value"] == body
        for param in op.get("parameters", []):
            if param["in"] == "query" and param["name"] in rec["request"]["query"]:
                assert param["examples"][rec["case"]]["value"] == rec["request"]["query"][param["name"]]
    assert len(files) >= 41


def test_a_recording_holding_a_secret_is_refused(tmp_path: Path) -> None:
    source = RECORDINGS / "create_vote" / "success.json"
    rec = json.loads(source.read_text(encoding="utf-8"))
    rec["request"]["cookies"]["SESSDATA"] = "abcdef%2C1700000000%2Cdeadbeef"
    (tmp_path / "create_vote").mkdir()
    (tmp_path / "create_vote" / "success.json").write_text(json.dumps(rec), encoding="utf-8")
    with pytest.raises(build_docs.DocsError, match=r"create_vote/success\.json: holds an unscrubbed secret"):
        build_docs.load_recordings(tmp_path)


def test_a_summary_without_its_chinese_title_is_named(bundle: dict[str, Any]) -> None:
    broken = copy.deepcopy(bundle)
    build_docs.operations(broken)["stop_live"]["summary"] = "Stop the live broadcast"
    with pytest.raises(build_docs.DocsError, match="stop_live: expected 'English \\(中文\\)'"):
        build_docs.docs_copy(broken, {}, {})


def test_a_recording_with_a_body_the_operation_does_not_take_is_named(bundle: dict[str, Any]) -> None:
    rec = json.loads((RECORDINGS / "create_vote" / "success.json").read_text(encoding="utf-8"))
    rec["request"]["content_type"] = "application/json"
    with pytest.raises(build_docs.DocsError, match="create_vote/success: the operation takes no application/json"):
        build_docs.docs_copy(bundle, {"create_vote": [rec]}, {})


# -- the built page ---------------------------------------------------------------------------


def test_page_is_one_file_that_loads_nothing_from_elsewhere(page: Path) -> None:
    html = page.read_text(encoding="utf-8")
    assert re.search(r"<script[^>]*\ssrc=", html) is None
    assert re.search(r"<link[^>]*\shref=", html) is None
    assert f'content="{build_docs.CSP}"' in html
    assert "default-src 'none'" in build_docs.CSP and "connect-src 'none'" in build_docs.CSP
    assert '"disableTelemetry":true' in html
    assert "SESSDATA=" not in html.replace("SESSDATA=SCRUBBED", "")


class RecordingProxy:
    """A loopback HTTP proxy that answers 403 to everything and remembers the request lines."""

    def __init__(self) -> None:
        self.requests: list[str] = []
        self._server = socket.create_server(("127.0.0.1", 0))
        self._server.settimeout(0.2)
        self.port = self._server.getsockname()[1]
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    def _serve(self) -> None:
        while not self._stop.is_set():
            try:
                conn, _ = self._server.accept()
            except TimeoutError:
                continue
            with conn:
                conn.settimeout(1)
                try:
                    first = conn.recv(4096).split(b"\r\n", 1)[0]
                    self.requests.append(first.decode("latin-1"))
                    conn.sendall(b"HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
                except OSError:
                    pass

    def close(self) -> None:
        self._stop.set()
        self._thread.join()
        self._server.close()


@pytest.fixture(scope="module")
def proxy() -> Iterator[RecordingProxy]:
    recorder = RecordingProxy()
    yield recorder
    recorder.close()


@pytest.fixture(scope="module")
def browser(proxy: RecordingProxy) -> Iterator[Any]:
    if not (CHROMIUM.exists() and CHROMEDRIVER.exists()):
        pytest.skip("Chromium is not installed (apt-get install chromium chromium-driver; .ci/run installs it)")
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    profile = tempfile.mkdtemp(prefix="bilispec-chromium-")
    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for arg in (
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-dev-shm-usage",
        # Tall: a scroll mounts several operations at once (see VISIT_SECTIONS); the screenshot is smaller.
        f"--window-size={WINDOW[0]},{TALL}",
        f"--user-data-dir={profile}",
        # Every request the page might make goes to the recording proxy, loopback included.
        f"--proxy-server=http://127.0.0.1:{proxy.port}",
        "--proxy-bypass-list=<-loopback>",
    ):
        options.add_argument(arg)
    # "performance" carries the DevTools network events of the page itself.
    options.set_capability("goog:loggingPrefs", {"browser": "ALL", "performance": "ALL"})
    # An explicit driver path: Selenium Manager never looks for (or downloads) a driver.
    driver = webdriver.Chrome(options=options, service=Service(str(CHROMEDRIVER)))
    try:
        yield driver
    finally:
        driver.quit()
        shutil.rmtree(profile, ignore_errors=True)


# Reaches every operation's section (`#/<tag>/<operationId>`) and reads its heading and the first column
# of its error-code table (the one with a 含义 header). Redoc mounts an operation when it comes near the
# viewport, so one link (the first operation not yet read) is followed, then the page is scrolled on a
# window at a time while that mounts more; each pass reads every mounted section not read yet. One link
# per operation would render each one again and again (about 1.6 times the browser's CPU).
VISIT_SECTIONS = """
const [sections, done] = [arguments[0], arguments[arguments.length - 1]];
function read(section) {
  const heading = section.querySelector('h1, h2');
  const table = Array.from(section.querySelectorAll('table'))
    .find(t => Array.from(t.querySelectorAll('th')).some(th => th.innerText.trim() === '含义'));
  if (!heading || !table) return null;
  return {
    heading: heading.innerText.trim(),
    visible: heading.getBoundingClientRect().height > 0,
    codes: Array.from(table.querySelectorAll('tbody tr')).map(tr => tr.querySelector('td').innerText.trim()),
  };
}
const [wanted, found] = [new Set(sections), {}];
function readMounted() {
  let count = 0;
  for (const section of document.querySelectorAll('[data-section-id]')) {
    const id = section.getAttribute('data-section-id');
    if (wanted.has(id) && !found[id] && (found[id] = read(section))) count++;
  }
  return count;
}
const pause = () => new Promise(r => setTimeout(r, 50));
(async () => {
  for (const id of sections) {
    if (found[id]) continue;
    window.location.hash = '#' + id;
    let start = performance.now();
    while (!found[id] && performance.now() - start < 5000) { await pause(); readMounted(); }
    for (;;) {
      const y = window.scrollY;
      window.scrollBy(0, window.innerHeight);
      if (window.scrollY === y) break;
      start = performance.now();
      let more = 0;
      while (!(more = readMounted()) && performance.now() - start < 500) await pause();
      if (!more) break;
    }
  }
  done(found);
})();
"""


# Whether a section's heading is in the window (the screenshot shows it).
SHOWN = """
const section = document.querySelector(`[data-section-id="${arguments[0]}"]`);
const heading = section && section.querySelector('h1, h2');
const box = heading && heading.getBoundingClientRect();
return box !== null && box.height > 0 && box.top >= 0 && box.bottom <= window.innerHeight;
"""


def page_requests(browser: Any) -> dict[str, tuple[str, str | None]]:
    """http(s) requests of the page since the last call, from the DevTools log: id -> (url, blocked reason)."""
    sent: dict[str, str] = {}
    blocked: dict[str, str] = {}
    for entry in browser.get_log("performance"):
        message = json.loads(entry["message"])["message"]
        params = message.get("params", {})
        if message["method"] == "Network.requestWillBeSent" and params["request"]["url"].startswith("http"):
            sent[params["requestId"]] = params["request"]["url"]
        elif message["method"] == "Network.loadingFailed" and params.get("blockedReason"):
            blocked[params["requestId"]] = params["blockedReason"]
    return {rid: (url, blocked.get(rid)) for rid, url in sent.items()}


def test_browser_renders_every_operation_with_its_error_table_and_the_stream(
    browser: Any, page: Path, proxy: RecordingProxy, bundle: dict[str, Any]
) -> None:
    from selenium.webdriver.support.ui import WebDriverWait

    def wait(seconds: float) -> WebDriverWait[Any]:
        return WebDriverWait(browser, seconds, poll_frequency=0.05)

    started = time.monotonic()
    browser.get("about:blank")
    page_requests(browser)  # drop what the browser's start page did
    browser.get(page.as_uri())
    wait(10).until(lambda d: d.execute_script("return document.querySelector('[data-section-id]') !== null"))
    ops = build_docs.operations(bundle)
    sections = {f"/{op['tags'][0]}/{operation_id}": operation_id for operation_id, op in ops.items()}
    assert len(sections) == len(description().operations)
    browser.set_script_timeout(60)
    found = browser.execute_async_script(VISIT_SECTIONS, [*sections])
    for section, operation_id in sections.items():
        state = found.get(section)
        assert state is not None, f"{operation_id}: heading or error-code table did not render"
        assert state["heading"] == ops[operation_id]["summary"], operation_id
        assert state["visible"], operation_id
        assert [int(code) for code in state["codes"]] == expected_codes(ops[operation_id]), operation_id
    rendered = sum(found.get(section) is not None for section in sections)
    # The message stream's section: one heading per described command, each with its payload schema.
    stream = browser.execute_script(STREAM_SECTION)
    assert stream["commands"] == sorted(c.lower() for c in StreamDescription.load().commands()), stream
    assert stream["schemas"] >= len(stream["commands"]), stream

    browser.set_window_size(*WINDOW)
    browser.execute_script("window.location.hash = '#/vote/create_vote'")
    wait(5).until(lambda d: d.execute_script(SHOWN, "/vote/create_vote"), message="create_vote is not shown")
    time.sleep(0.3)  # let the example panel on the right settle before the picture
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    shot = ARTIFACTS / "docs-reference.png"
    assert browser.save_screenshot(str(shot))
    assert shot.stat().st_size > 20_000
    report_figure(
        f"API reference in Chromium: {len(sections)}/{len(description().operations)} operations "
        "with error-code tables checked in "
        f"{time.monotonic() - started:.1f} s; screenshot {shot.relative_to(ROOT)}"
    )
    assert rendered == len(sections)

    # Nothing left the page: its one remote load (Redoc's CDN logo) was stopped by the page's own policy.
    requests = page_requests(browser)
    assert all(reason == "csp" for _, reason in requests.values()), requests
    assert {url for url, _ in requests.values()} <= {"https://cdn.redoc.ly/redoc/logo-mini-full.svg"}
    assert not [e for e in browser.get_log("browser") if e["level"] == "SEVERE" and "logo-mini" not in e["message"]]

    # The same observers do see a load that no policy stops, so their silence above means something.
    proxy.requests.clear()
    browser.get("data:text/html,<img src='http://docs-probe.invalid/logo.svg'>")
    wait(5).until(lambda d: any("docs-probe.invalid" in r for r in proxy.requests), message="the proxy saw nothing")
    assert [(url, reason) for url, reason in page_requests(browser).values()] == [
        ("http://docs-probe.invalid/logo.svg", None)
    ]
