"""The main job's local default: describe the 38 operations and validate every recording.

Needs no account and no network: it reads generated/openapi.yaml and tests/recordings/.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

from bilispec.description import description
from bilispec.validation import ResponseValidator

ROOT = Path(__file__).resolve().parent.parent


def main() -> int:
    desc = description()
    validator = ResponseValidator(desc)
    print(f"{len(desc.operations)} operations on {len({op.host for op in desc.operations.values()})} hosts\n")
    print(f"{'operation':40} {'tag':12} {'method':6} {'body':5} {'host':24} path")
    for op in sorted(desc.operations.values(), key=lambda o: (o.tag, o.path)):
        body = {None: "-", "application/json": "json"}.get(op.media_type, "form")
        host = op.host.removeprefix("https://")
        print(f"{op.operation_id:40} {op.tag:12} {op.method:6} {body:5} {host:24} {op.path}")
    print(f"\noperations per tag: {dict(sorted(Counter(op.tag for op in desc.operations.values()).items()))}")

    failures = 0
    files = sorted((ROOT / "tests" / "recordings").glob("*/*.json"))
    for path in files:
        rec = json.loads(path.read_text(encoding="utf-8"))
        violations = validator.validate(rec["operation_id"], rec["response"]["body"])
        if violations:
            failures += 1
            print(f"INVALID {path.relative_to(ROOT)}")
            for v in violations:
                print(f"    {v}")
    print(f"\nrecordings: {len(files)} checked, {len(files) - failures} valid, {failures} invalid")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
