"""Write the bundled description (YAML) as JSON beside the generated package: the same document,
read in a hundredth of the time (the bundle's YAML takes about 0.15-0.25 s to load, most of
`bilispec validate`'s start-up). `make generate` runs it; check-generated compares its output.

    python scripts/bundle_json.py generated/openapi.yaml generated/bilispec_generated/openapi.json
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import yaml


def main(source: str, target: str) -> int:
    document = yaml.load(Path(source).read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)
    try:
        text = json.dumps(document, ensure_ascii=False, separators=(",", ":")) + "\n"
    except TypeError as exc:  # a value JSON has no form for (an unquoted date, say)
        print(f"bundle_json: {source} holds a value JSON cannot write: {exc}", file=sys.stderr)
        return 1
    if json.loads(text) != document:  # a key that is not text (an unquoted status code) would change
        print(f"bundle_json: {source} does not read back the same as JSON (a key that is not text?)", file=sys.stderr)
        return 1
    Path(target).write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:3]))
