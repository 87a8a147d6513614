# bilispec: spec/ -> generated/ -> overrides/ -> tests/. `make` lists the targets.
SHELL := /bin/bash
.DEFAULT_GOAL := help

VENV ?= .venv
PY := $(VENV)/bin/python
# The generator's post hooks call ruff: use the pinned one from the venv.
export PATH := $(abspath $(VENV))/bin:$(PATH)
# This machine's environment sets PYTHONDONTWRITEBYTECODE: every Python process would then compile
# both packages' ~900 modules afresh (1.3 s instead of 0.9 s to import the client, and each pytest
# worker rewrites them all). Our processes keep their bytecode (git ignores __pycache__).
unexport PYTHONDONTWRITEBYTECODE
REDOCLY := node_modules/.bin/redocly
BUNDLE := generated/openapi.yaml

GENERATED_PKG := generated/bilispec_generated

.PHONY: help setup generate _generate imports check-generated lint typecheck recordings demo sandbox test clean docs api-docs sources bench spec-diff

help: ## List the targets
	@grep -hE '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk 'BEGIN {FS = ":.*## "}; {printf "  make %-16s %s\n", $$1, $$2}'

$(VENV)/.installed: pyproject.toml
	test -x $(PY) || python3 -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	$(PY) -m compileall -q -j 0 overrides generated scripts tests  # as pip does for a regular install
	touch $@

node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

setup: $(VENV)/.installed node_modules/.installed ## Install Python and Node tools (pinned)

generate: node_modules/.installed $(VENV)/.installed ## Bundle spec/, then generate the client into generated/bilispec_generated
	$(MAKE) --no-print-directory _generate OUT=generated

# Bundle and generate into $(OUT) (generated/, or a scratch folder for check-generated).
_generate:
	mkdir -p $(OUT)
	$(REDOCLY) bundle spec/openapi.yaml -o $(OUT)/openapi.yaml 2>&1 | grep -v -i 'node\.js\|╔\|║\|╚' || true
	@test -s $(OUT)/openapi.yaml
	rm -rf $(OUT)/bilispec_generated
	$(VENV)/bin/openapi-python-client generate --path $(OUT)/openapi.yaml --config overrides/generator-config.yaml \
	  --custom-template-path overrides/templates --meta none --output-path $(OUT)/bilispec_generated --fail-on-warning
	rm -rf $(OUT)/bilispec_generated/.ruff_cache
	cp $(OUT)/openapi.yaml $(OUT)/bilispec_generated/openapi.yaml  # the installed package carries its description
	$(PY) scripts/bundle_json.py $(OUT)/openapi.yaml $(OUT)/bilispec_generated/openapi.json  # and reads it as JSON
	$(PY) scripts/bundle_asyncapi.py $(OUT)/asyncapi.yaml  # the message stream's description, one file
	cp $(OUT)/asyncapi.yaml $(OUT)/bilispec_generated/asyncapi.yaml
	touch $(OUT)/bilispec_generated/py.typed

# A fresh generation from spec/ as it is now, compared with generated/ as it is now (files not yet
# committed, or not tracked at all, included): the maintainer's loop needs no commit in between.
check-generated: node_modules/.installed $(VENV)/.installed ## Fail when generated/ differs from a fresh generation of spec/
	@scratch=build/check-generated; rm -rf $$scratch; trap "rm -rf $$scratch" EXIT; \
	$(MAKE) --no-print-directory _generate OUT=$$scratch >/dev/null || exit 1; \
	if ! diff -r -q -x __pycache__ $$scratch generated; then \
	  echo "generated/ is stale: run make generate"; exit 1; fi; echo "generated/ is up to date"

typecheck: $(VENV)/.installed ## mypy --strict on the generated and hand-written packages, ruff on hand-written code
	$(VENV)/bin/mypy --strict -p bilispec_generated -p bilispec
	$(VENV)/bin/ruff check overrides scripts tests examples bench
	$(VENV)/bin/ruff format --check overrides scripts tests examples bench

imports: $(VENV)/.installed ## The import contract (import-linter, pyproject.toml): layers only import downwards
	$(VENV)/bin/lint-imports --no-cache 2>&1 | sed -n '/^Contracts$$/,$$p'; exit $${PIPESTATUS[0]}

lint: node_modules/.installed ## Lint the descriptions (Redocly recommended rules + ours; the AsyncAPI parser for the stream)
	$(REDOCLY) lint spec/openapi.yaml --format=stylish 2>&1 | grep -v -i 'node\.js\|╔\|║\|╚'; exit $${PIPESTATUS[0]}
	node scripts/lint_asyncapi.mjs generated/asyncapi.yaml

recordings: $(VENV)/.installed ## Re-extract the seed pages' examples into tests/recordings (needs ../shared/seeds)
	$(PY) scripts/extract_seed_examples.py

demo: setup ## Main job: start the sandbox, drive every area through the client (examples/tour.py), stop it
	$(PY) examples/tour.py $(ARGS)
	$(PY) examples/stream_bot.py

sandbox: setup ## Serve the sandbox on 127.0.0.1 in the foreground (port BILISPEC_SANDBOX_PORT, default 8765)
	$(PY) -m bilispec.sandbox

# pytest in two processes side by side, each running its own half of the test files (tests/shards.py:
# halves balanced by each file's measured seconds), and the static checks beside them, two at a time
# (mypy is one process; the generator and the linters another). Two plain pytest processes cost about
# 25 core-s less than pytest-xdist's `-n 2` (157-160 -> 132 for all of pytest): no controller, no
# report per test sent to it, no worker collecting the other's files. `pytest -n 2` still works by
# hand. The first half prints as it runs, the second half's output and the static checks' follow;
# any of them failing fails the target.
# Ctrl-C stops the ones in the background too (a shell's background jobs ignore it).
# typecheck fills the mypy cache the typing tests copy: those run last in their half (tests/conftest.py).
# Bytecode is written (__pycache__, ignored by git) even where the environment says not to
# (PYTHONDONTWRITEBYTECODE, set on some CI images): the tests start hundreds of Python processes
# (the command, the sandbox, pip), each of which would compile every module it imports again, and
# pytest would rewrite every test module; in a fresh clone that was 18 core-s, 12 s.
test: setup ## Run every test (offline): pytest in two processes, the static checks beside them
	@unset PYTHONDONTWRITEBYTECODE; mkdir -p build; trap 'kill $$half_pid $$checks_pid 2>/dev/null; exit 130' INT TERM; \
	$(MAKE) --no-print-directory -j 2 --output-sync=target typecheck check-generated lint imports \
	  > build/static-checks.log 2>&1 & checks_pid=$$!; \
	$(PY) -m pytest -p tests.shards --shard 2/2 > build/pytest-shard-2.log 2>&1 & half_pid=$$!; \
	$(PY) -m pytest -p tests.shards --shard 1/2; first=$$?; \
	wait $$half_pid; second=$$?; wait $$checks_pid; static=$$?; trap - INT TERM; \
	echo "== the other half of the tests (build/pytest-shard-2.log)"; cat build/pytest-shard-2.log; \
	echo "== static checks (build/static-checks.log)"; cat build/static-checks.log; \
	if [ $$static -ne 0 ]; then echo "static checks FAILED"; fi; exit $$(( first != 0 || second != 0 || static != 0 ))

OLD ?= HEAD
spec-diff: node_modules/.installed $(VENV)/.installed ## Breaking changes since git revision OLD (default HEAD): its spec/ bundled vs generated/openapi.yaml (ARGS="--format json --allow-breaking")
	@tmp=$$(mktemp -d); trap 'rm -rf "$$tmp"' EXIT; \
	git archive --format=tar $(OLD) spec redocly.yaml | tar -x -C "$$tmp" || exit 2; \
	(cd "$$tmp" && $(abspath $(REDOCLY)) bundle spec/openapi.yaml -o old.yaml >/dev/null 2>&1) || { echo "spec-diff: cannot bundle spec/ at $(OLD)"; exit 2; }; \
	$(PY) -m bilispec.tools.spec_diff "$$tmp/old.yaml" $(BUNDLE) $(ARGS)

.PHONY: validate
validate: $(VENV)/.installed ## Validate every recording with the bilispec console script (table; exit 1 on a violation)
	$(VENV)/bin/bilispec validate tests/recordings

docs: $(VENV)/.installed node_modules/.installed ## Build docs/reference.html: the API reference, one self-contained page (Redoc)
	$(PY) scripts/build_docs.py --output docs/reference.html

sources: $(VENV)/.installed ## Regenerate spec/SOURCES.md, the sources matrix, from every operation's x-sources (a test fails when it is stale)
	$(PY) scripts/sources_matrix.py

api-docs: $(VENV)/.installed ## Regenerate docs/api.md, the client's public surface (a test fails when it is stale)
	$(PY) scripts/api_surface.py --output docs/api.md

bench: setup ## Every benchmark in one run: a table, bench/results.json, bench/results.png (BENCH=parse picks some; BENCH_MAKE_TEST=1 also times make test)
	BENCH_MAKE_TEST=$(BENCH_MAKE_TEST) $(PY) bench/run.py $(BENCH)

clean: ## Remove installed tools and caches
	rm -rf $(VENV) node_modules .pytest_cache .mypy_cache .ruff_cache .hypothesis
