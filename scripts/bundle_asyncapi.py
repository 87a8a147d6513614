"""Bundle spec/stream/asyncapi.yaml into one file (make generate): every schema file it references,
directly or through other schema files, becomes `components.schemas.<file stem>` and each `$ref` to
a file becomes `#/components/schemas/<stem>`, as Redocly names the OpenAPI bundle's components.

The output is deterministic (schemas in order of first reference), so `make check-generated` can
compare a fresh bundle with the committed one.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "spec" / "stream" / "asyncapi.yaml"


class Bundler:
    def __init__(self) -> None:
        self.schemas: dict[str, Any] = {}
        self.files: dict[str, Path] = {}  # component name -> the file it came from

    def component(self, path: Path) -> str:
        name = path.stem
        seen = self.files.get(name)
        if seen is not None:
            if seen != path:
                raise SystemExit(f"bundle_asyncapi: two schema files named {name}: {seen} and {path}")
            return name
        self.files[name] = path
        self.schemas[name] = None  # reserve the place: a schema may refer to itself
        self.schemas[name] = self.walk(yaml.safe_load(path.read_text(encoding="utf-8")), path.parent)
        return name

    def walk(self, node: Any, base: Path) -> Any:
        if isinstance(node, dict):
            ref = node.get("$ref")
            if isinstance(ref, str) and not ref.startswith("#"):
                target = (base / ref).resolve()
                if not target.is_file():
                    raise SystemExit(f"bundle_asyncapi: {ref} (from {base}) is not a file")
                rest = {k: self.walk(v, base) for k, v in node.items() if k != "$ref"}
                return {"$ref": f"#/components/schemas/{self.component(target)}", **rest}
            return {key: self.walk(value, base) for key, value in node.items()}
        if isinstance(node, list):
            return [self.walk(item, base) for item in node]
        return node


def bundle(source: Path = SOURCE) -> dict[str, Any]:
    document = yaml.safe_load(source.read_text(encoding="utf-8"))
    bundler = Bundler()
    document = bundler.walk(document, source.parent)
    components = document.setdefault("components", {})
    components["schemas"] = {**components.get("schemas", {}), **bundler.schemas}
    return dict(document)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("output", type=Path)
    args = parser.parse_args(argv)
    text = yaml.safe_dump(bundle(), sort_keys=False, allow_unicode=True, width=100)
    args.output.write_text(
        "# Bundled from spec/stream/asyncapi.yaml by scripts/bundle_asyncapi.py: do not edit.\n" + text,
        encoding="utf-8",
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
