"""Turn every JSON response example of the seed pages into a recording under tests/recordings/.

Run once by hand (`make recordings`); its output is committed and is data for every later test.
Each example is paired with the curl command the page shows for it, so a recording holds the
request that produced the response. Secrets are scrubbed before anything is written (the seeds
carry stream keys and signed URLs).

Usage: python scripts/extract_seed_examples.py [SEEDS_DIR]   (default: ../shared/seeds)
"""

from __future__ import annotations

import json
import re
import shlex
import sys
from pathlib import Path
from urllib.parse import parse_qsl, urlsplit

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "overrides"))
from bilispec.core.scrub import scrub  # noqa: E402

# For each seed, its JSON examples in page order: (operation ids, case name, curl index per id).
# Examples the page shows once for an anchor and a fan URL are recorded for both operations.
EXAMPLES: dict[str, list[tuple[tuple[str, ...], str, tuple[int, ...]]]] = {
    "000": [
        (("anchor_get_replay_list",), "success-two-failed-replays", (0,)),
        (("get_other_slice_list",), "success", (1,)),
        (("anchor_get_video_slice_list",), "success-publishing-failed-published", (2,)),
        (("get_published_list",), "success-failed-and-published", (3,)),
        (("anchor_get_draft_list",), "success", (4,)),
        (("fan_get_draft_list",), "success", (5,)),
        (("anchor_delete_slice_draft",), "success", (6,)),
        (("fan_delete_slice_draft",), "success", (7,)),
        (("anchor_video_download",), "success-done", (8,)),
        (("get_anchor_video_uid_records_subsect",), "success", (9,)),
        (("get_anchor_video_uid_record",), "success-done-failed-and-idle", (10,)),
        (("get_slice_stream",), "success-with-ban-list", (11,)),
        (("get_user_slice_stream",), "success", (12,)),
        (("get_live_session_data",), "success", (13,)),
        (("get_user_live_session_data",), "success-without-ass-url", (14,)),
        (("anchor_get_manual_highlight_list", "fan_get_manual_highlight_list"), "success-highlights-only", (15, 16)),
        (("anchor_get_manual_highlight_list", "fan_get_manual_highlight_list"), "success-saved-highlights", (15, 16)),
        (("anchor_get_video_key_frame", "fan_get_video_key_frame"), "success-one-frame-missing", (17, 18)),
        (("anchor_save_manual_highlight", "fan_save_manual_highlight"), "success", (19, 20)),
        (("anchor_publish_video_slice",), "success", (21,)),
        (("user_publish_other_video_slice",), "success", (22,)),
    ],
    "001": [
        (("create_room",), "success", (0,)),
        (("create_room",), "error-room-already-created", (0,)),
        (("update_room",), "success-title-under-review", (1,)),
        (("update_room",), "success-area", (2,)),
        (("update_room",), "success-add-tag", (3,)),
        (("update_room",), "success-delete-tag", (4,)),
        (("start_live",), "success", (5,)),
        (("stop_live",), "success", (6,)),
        (("update_pre_live_info",), "success-cover", (7,)),
        (("update_pre_live_info",), "success-title-under-review", (8,)),
        (("update_room_news",), "success", (9,)),
    ],
    "002": [
        (("report_history_progress", "report_history_progress"), "success", (0, 1)),
        (("report_web_heartbeat",), "success", (2,)),
    ],
    "003": [
        (("get_vote_panel",), "success-running-vote", (0,)),
        (("get_vote_history",), "success", (1,)),
        (("create_vote",), "success", (2,)),
        (("terminate_vote",), "success", (3,)),
    ],
    "004": [
        (("add_silent_user",), "success", (0,)),
        (("get_silent_user_list",), "success", (1,)),
        (("del_room_block_user",), "success", (2,)),
    ],
}

# The history report page shows one response for two requests (cookie and app login).
CASE_SUFFIX = {("report_history_progress", 0): "-cookie", ("report_history_progress", 1): "-app"}

CURL = re.compile(r"curl (?:[^\n]*\\\n)*[^\n]*")


def json_blocks(text: str) -> list[str]:
    """Top-level JSON objects that start a line, JSONC comments removed."""
    blocks: list[str] = []
    end = -1
    for match in re.finditer(r"(?m)^\{", text):
        start = match.start()
        if start < end:
            continue  # a line inside the previous block
        depth, in_str, esc = 0, False, False
        for j in range(start, len(text)):
            c = text[j]
            if in_str:
                esc, in_str = (False, in_str) if esc else (c == "\\", c != '"')
            elif c == '"':
                in_str = True
            elif c == "{":
                depth += 1
            elif c == "}":
                depth -= 1
                if depth == 0:
                    end = j + 1
                    blocks.append(re.sub(r"//[^\n\"]*(?=\n|$)", "", text[start:end]))
                    break
    return blocks


def parse_curl(command: str) -> dict[str, object]:
    args = shlex.split(command.replace("\\\n", " "))[1:]
    url, method, form, body, headers, cookies = "", "", {}, None, {}, []
    it = iter(args)
    for arg in it:
        if arg == "-X":
            method = next(it)
        elif arg == "--data-urlencode":
            key, _, value = next(it).partition("=")
            form[key] = value
        elif arg == "-d":
            body = json.loads(next(it))
        elif arg == "-H":
            name, _, value = next(it).partition(":")
            headers[name.strip()] = value.strip()
        elif arg == "-b":
            cookies = [c.split("=")[0].strip() for c in next(it).split(";") if c.strip()]
        else:
            url = arg
    parts = urlsplit(url)
    request: dict[str, object] = {
        "method": method or ("POST" if form or body is not None else "GET"),
        "url": f"{parts.scheme}://{parts.netloc}{parts.path}",
        "query": dict(parse_qsl(parts.query, keep_blank_values=True)),
    }
    if form:
        request["form"] = form
        request["content_type"] = "application/x-www-form-urlencoded"
    if body is not None:
        request["json"] = body
        request["content_type"] = "application/json"
    request["cookies"] = {name: "SCRUBBED" for name in cookies}
    return request


def main() -> None:
    seeds = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT.parent / "shared" / "seeds"
    out_dir = ROOT / "tests" / "recordings"
    written = 0
    for prefix, examples in EXAMPLES.items():
        (seed,) = seeds.glob(f"{prefix}_*.txt")
        text = seed.read_text(encoding="utf-8")
        curls = CURL.findall(text)
        blocks = json_blocks(text)
        if len(blocks) != len(examples):
            raise SystemExit(f"{seed.name}: {len(blocks)} JSON examples, table has {len(examples)}")
        for block, (operation_ids, case, curl_indexes) in zip(blocks, examples, strict=True):
            body = json.loads(block)
            for operation_id, curl_index in zip(operation_ids, curl_indexes, strict=True):
                name = case + CASE_SUFFIX.get((operation_id, curl_index), "")
                recording = {
                    "operation_id": operation_id,
                    "case": name,
                    "source": f"seeds/{seed.name}",
                    "request": parse_curl(curls[curl_index]),
                    "response": {"status": 200, "content_type": "application/json", "body": body},
                }
                path = out_dir / operation_id / f"{name}.json"
                path.parent.mkdir(parents=True, exist_ok=True)
                path.write_text(json.dumps(scrub(recording), ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
                written += 1
    print(f"{sum(len(e) for e in EXAMPLES.values())} examples, {written} recordings written to {out_dir}")


if __name__ == "__main__":
    main()
