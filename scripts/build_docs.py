"""Build the API reference (make docs): one self-contained HTML page rendered by Redoc from the bundle.

Redoc, through the pinned Redocly CLI's `build-docs`, renders a docs-only copy of
generated/openapi.yaml written to a temporary directory; generated/ and spec/ are never touched.
The copy adds to each operation's description its summary in English and Chinese, the client
methods that call it, and a table of its error codes with their meanings and the exception the
client raises; the recordings in tests/recordings/<operationId>/ become named request and response
examples. The page inlines Redoc's script and carries a Content-Security-Policy that forbids every
network load, so it works from disk and offline.
"""

from __future__ import annotations

import argparse
import copy
import json
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from bilispec.client.namespaces import operation_methods
from bilispec.core.description import HTTP_METHODS, description, load_document, resolve
from bilispec.core.errors import api_error
from bilispec.core.scrub import scrub
from bilispec.core.stream_messages import StreamDescription

ROOT = Path(__file__).resolve().parent.parent
BUNDLE = ROOT / "generated" / "openapi.yaml"
RECORDINGS = ROOT / "tests" / "recordings"
REDOCLY = ROOT / "node_modules" / ".bin" / "redocly"
OUTPUT = ROOT / "docs" / "reference.html"
TITLE = "bilispec API reference"
# Site-wide codes any operation may answer; each table adds those its page omits.
COMMON_CODES = description().common_error_codes


# "English text (中文)": the last bracket holds the page's Chinese and may nest brackets of its own.
_BILINGUAL = re.compile(r"^(?P<en>.+?) \((?P<zh>.*[\u4e00-\u9fff].*)\)$")

# Redocly CLI's default page template, plus a policy that blocks every network request: Redoc's
# script is inlined (--inlineBundle), its "API docs by" logo would otherwise come from a CDN.
TEMPLATE = """<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf8" />
  <meta http-equiv="Content-Security-Policy" content="{csp}">
  <title>{{{{title}}}}</title>
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <style>
    body {{ padding: 0; margin: 0; }}
  </style>
  {{{{{{redocHead}}}}}}
</head>
<body>
  {{{{{{redocHTML}}}}}}
</body>
</html>
"""
CSP = (
    "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data: blob:; "
    "font-src data:; worker-src blob:; connect-src 'none'; base-uri 'none'; form-action 'none'"
)


class DocsError(Exception):
    """The bundle or a recording cannot be turned into the reference page."""


def bilingual(text: str, where: str) -> tuple[str, str]:
    """("English", "中文") from "English (中文)"; `where` names the operation in the error."""
    match = _BILINGUAL.match(text.strip())
    if match is None:
        raise DocsError(f"{where}: expected 'English (中文)', got {text!r}")
    return match.group("en"), match.group("zh")


def operations(document: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """operationId -> the operation object inside `document` (not a copy)."""
    found: dict[str, dict[str, Any]] = {}
    for item in document["paths"].values():
        for method in HTTP_METHODS:
            if method in item:
                found[item[method]["operationId"]] = item[method]
    return found


def error_rows(operation_id: str, documented: dict[str, str]) -> list[tuple[int, str, str, str]]:
    """(code, meaning, 含义, exception class) for every code the operation may answer: its page's codes
    in the page's order, then the common codes the page leaves out, marked as such."""
    codes = {int(code): meaning for code, meaning in documented.items()}
    common = {code: meaning for code, meaning in COMMON_CODES.items() if code not in codes}
    rows = []
    for code, meaning in [*codes.items(), *common.items()]:
        en, zh = bilingual(meaning, f"{operation_id} x-error-codes {code}")
        raised = type(api_error(code=code, message="", operation=operation_id, meaning=None, body=None)).__name__
        rows.append((code, en + (" *(any operation)*" if code in common else ""), zh, raised))
    return rows


def error_table(operation_id: str, documented: dict[str, str]) -> str:
    lines = ["| code | meaning | 含义 | raises |", "| ---: | --- | --- | --- |"]
    for code, en, zh, raised in error_rows(operation_id, documented):
        lines.append(f"| {code} | {en} | {zh} | `{raised}` |")
    return "\n".join(lines)


def reference_text(operation_id: str, op: dict[str, Any], methods: list[str]) -> str:
    """What the docs copy appends to an operation's description."""
    en, zh = bilingual(op["summary"], operation_id)
    calls = ", ".join(f"`client.{m}()`" for m in methods)
    client = f"{calls}, or `client.call({operation_id!r}, ...)`" if calls else f"`client.call({operation_id!r}, ...)`"
    return (
        f"**English:** {en}  \n**中文:** {zh}\n\n"
        f"**Client (bilispec):** {client}\n\n"
        f"#### Error codes (错误码)\n\n"
        "Every answer is HTTP 200; a non-zero `code` in the envelope is an error, raised by the client as\n"
        "the `bilispec` exception named here (all derive from `ApiError`).\n\n"
        f"{error_table(operation_id, op.get('x-error-codes', {}))}\n"
    )


def load_recordings(recordings: Path) -> dict[str, list[dict[str, Any]]]:
    """operationId -> its recordings, in file name order."""
    found: dict[str, list[dict[str, Any]]] = {}
    for path in sorted(recordings.glob("*/*.json")):
        rec = json.loads(path.read_text(encoding="utf-8"))
        if rec.get("operation_id") != path.parent.name:
            raise DocsError(f"{path}: operation_id {rec.get('operation_id')!r} differs from its folder")
        if scrub(rec) != rec:
            raise DocsError(f"{path}: holds an unscrubbed secret; it cannot become a docs example")
        found.setdefault(path.parent.name, []).append(rec)
    return found


def _example(rec: dict[str, Any], value: Any) -> dict[str, Any]:
    case = rec["case"]
    kind, _, detail = case.partition("-")
    summary = f"{kind}: {detail.replace('-', ' ')}" if detail else kind
    return {"summary": summary, "description": f"Recorded from `{rec['source']}`, secrets scrubbed.", "value": value}


def add_examples(operation_id: str, op: dict[str, Any], recs: list[dict[str, Any]]) -> None:
    """Each recording as a named response example, and a request example of its body or query."""
    response = op["responses"]["200"]["content"]["application/json"]
    for rec in recs:
        response.setdefault("examples", {})[rec["case"]] = _example(rec, rec["response"]["body"])
        request = rec["request"]
        body = request.get("form", request.get("json"))
        if body is not None:
            content = op.get("requestBody", {}).get("content", {})
            media = content.get(request["content_type"])
            if media is None:
                raise DocsError(f"{operation_id}/{rec['case']}: the operation takes no {request['content_type']} body")
            media.setdefault("examples", {})[rec["case"]] = _example(rec, body)
        for param in op.get("parameters", []):
            if param.get("in") == "query" and param["name"] in request.get("query", {}):
                param.setdefault("examples", {})[rec["case"]] = _example(rec, request["query"][param["name"]])


def docs_copy(
    document: dict[str, Any], recordings: dict[str, list[dict[str, Any]]], methods: dict[str, list[str]]
) -> dict[str, Any]:
    """The bundle as the reference shows it; `document` itself is left unchanged."""
    doc = copy.deepcopy(document)
    ops = operations(doc)
    unknown = sorted(set(recordings) - set(ops))
    if unknown:
        raise DocsError(f"recordings for unknown operations: {', '.join(unknown)}")
    for operation_id, op in ops.items():
        text = reference_text(operation_id, op, methods.get(operation_id, []))
        op["description"] = f"{op.get('description', '').rstrip()}\n\n{text}"
        # Shared parameters (components/parameters) become this operation's own copies, so each
        # copy can carry the operation's examples.
        if "parameters" in op:
            op["parameters"] = [copy.deepcopy(resolve(doc, p)) for p in op["parameters"]]
        add_examples(operation_id, op, recordings.get(operation_id, []))
    info = doc.setdefault("info", {})
    info["description"] = f"{info.get('description', '').rstrip()}\n\n{stream_section(doc)}"
    return doc


def _kind(doc: dict[str, Any], schema: Any) -> str:
    """A member's type as the reference shows it: its JSON types, or the component it refers to."""
    if not isinstance(schema, dict):
        return "any"
    if "$ref" in schema:
        return str(schema["$ref"]).rsplit("/", 1)[-1]
    for key in ("oneOf", "anyOf"):
        if key in schema:
            return " or ".join(_kind(doc, s) for s in schema[key])
    kind = schema.get("type", "any")
    return " or ".join(kind) if isinstance(kind, list) else str(kind)


def _members(doc: dict[str, Any], component: str) -> list[str]:
    """A command's top-level members as table rows: name, type, required, first line of its description."""
    schema = resolve(doc, {"$ref": f"#/components/schemas/{component}"})
    required = set(schema.get("required", []))
    rows = []
    for name, member in schema.get("properties", {}).items():
        text = str(resolve(doc, member).get("description", "")).strip().splitlines()
        first = (text[0] if text else "").replace("|", "\\|")
        rows.append(f"| `{name}` | {_kind(doc, member)} | {'yes' if name in required else ''} | {first} |")
    return rows


def stream_section(doc: dict[str, Any], stream: StreamDescription | None = None) -> str:
    """The message stream (spec/stream/asyncapi.yaml) as a section of the page: where to connect, the
    framing, and each command with the members of its payload schema (the components the OpenAPI
    bundle `doc` shares with it)."""
    stream = stream or StreamDescription.load()
    document = stream.document
    framing = document["x-framing"]
    server = next(iter(document["servers"].values()))
    lines = [
        "# The message stream",
        "",
        f"A room's live messages come over a WebSocket, `{server['protocol']}://<host>:<wss_port>"
        f"{server['pathname']}`, host and port from getDanmuInfo's `host_list` "
        f"(`{document['info']['title']}` {document['info']['version']}, AsyncAPI {document['asyncapi']}: "
        "`spec/stream/asyncapi.yaml`, shipped as `bilispec_generated/asyncapi.yaml`). The first packet "
        "authenticates with getDanmuInfo's token; a heartbeat every 30 s keeps the connection.",
        "",
        f"Every packet starts with a {framing['header']['size']}-byte {framing['header']['byte-order']} header:",
        "",
        "| field | type | note |",
        "| --- | --- | --- |",
        *(f"| {f['name']} | {f['type']} | {f.get('description', '')} |" for f in framing["header"]["fields"]),
        "",
        "| operation | meaning |",
        "| --- | --- |",
        *(f"| {number} | {meaning} |" for number, meaning in framing["operations"].items()),
        "",
        "| protocol version | body |",
        "| --- | --- |",
        *(f"| {number} | {meaning} |" for number, meaning in framing["protocol-versions"].items()),
        "",
        "Operation 5 carries one JSON object per command, named by its `cmd`; each has its section below, "
        "with the members of its payload schema (`components/schemas`). A new cmd is drift, never an "
        "error: the client hands it over as a raw event.",
    ]
    for cmd in sorted(stream.commands()):
        component = stream.payload_component(cmd)
        lines += ["", f"## {cmd}", "", f"{stream.messages[cmd].get('title', '')}: schema `{component}`.", ""]
        lines += ["| member | type | required | description |", "| --- | --- | --- | --- |"]
        lines += _members(doc, component)
    return "\n".join(lines) + "\n"


def render(doc: dict[str, Any], output: Path, redocly: Path = REDOCLY) -> None:
    """Run `redocly build-docs` on `doc`: one HTML file with Redoc inlined, no telemetry."""
    output.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="bilispec-docs-") as tmp:
        source = Path(tmp) / "openapi.docs.json"
        source.write_text(json.dumps(doc, ensure_ascii=False, indent=1), encoding="utf-8")
        template = Path(tmp) / "reference.hbs"
        template.write_text(TEMPLATE.format(csp=CSP), encoding="utf-8")
        command = [str(redocly), "build-docs", str(source), "--output", str(output.resolve())]
        command += ["--inlineBundle", "--title", TITLE, "--template", str(template)]
        # REDOCLY_TELEMETRY=off: neither the CLI nor the page it writes reports usage anywhere.
        env = {**os.environ, "REDOCLY_TELEMETRY": "off"}
        done = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, check=False)
        if done.returncode != 0 or not output.is_file():
            raise DocsError(f"redocly build-docs failed ({done.returncode}):\n{done.stdout}\n{done.stderr}")


def build(
    output: Path = OUTPUT, *, redocly: Path = REDOCLY, bundle: Path = BUNDLE, recordings: Path = RECORDINGS
) -> int:
    """Write the reference page; its size in bytes."""
    doc = docs_copy(load_document(bundle), load_recordings(recordings), operation_methods())
    render(doc, output, redocly)
    return output.stat().st_size


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--output", type=Path, default=OUTPUT, help=f"HTML file to write (default {OUTPUT})")
    parser.add_argument("--redocly", type=Path, default=REDOCLY, help="the pinned Redocly CLI")
    args = parser.parse_args(argv)
    try:
        size = build(args.output, redocly=args.redocly)
    except DocsError as exc:
        print(f"build_docs: {exc}", file=sys.stderr)
        return 1
    print(f"wrote {args.output} ({size / 1024:.0f} KiB): {len(operations(load_document(BUNDLE)))} operations")
    return 0


if __name__ == "__main__":
    sys.exit(main())
