# bilispec: spec/ -> generated/ -> overrides/ -> tests/. `make` lists the targets.
SHELL := /bin/bash
.DEFAULT_GOAL := help

VENV ?= .venv
PY := $(VENV)/bin/python
# The generator's post hooks call ruff: use the pinned one from the venv.
export PATH := $(abspath $(VENV))/bin:$(PATH)
REDOCLY := node_modules/.bin/redocly
BUNDLE := generated/openapi.yaml

GENERATED_PKG := generated/bilispec_generated

.PHONY: help setup bundle generate check-generated lint typecheck recordings demo sandbox test clean docs api-docs bench spec-diff

help: ## List the targets
	@grep -hE '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk 'BEGIN {FS = ":.*## "}; {printf "  make %-16s %s\n", $$1, $$2}'

$(VENV)/.installed: pyproject.toml
	test -x $(PY) || python3 -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $@

node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

setup: $(VENV)/.installed node_modules/.installed ## Install Python and Node tools (pinned)

bundle: node_modules/.installed ## Bundle spec/ into generated/openapi.yaml
	$(REDOCLY) bundle spec/openapi.yaml -o $(BUNDLE) 2>&1 | grep -v -i 'node\.js\|╔\|║\|╚' || true
	@test -s $(BUNDLE)

generate: bundle $(VENV)/.installed ## Bundle, then generate the client into generated/bilispec_generated
	rm -rf $(GENERATED_PKG)
	$(VENV)/bin/openapi-python-client generate --path $(BUNDLE) --config overrides/generator-config.yaml \
	  --custom-template-path overrides/templates --meta none --output-path $(GENERATED_PKG) --fail-on-warning
	rm -rf $(GENERATED_PKG)/.ruff_cache
	cp $(BUNDLE) $(GENERATED_PKG)/openapi.yaml  # the installed package carries its description
	touch $(GENERATED_PKG)/py.typed

check-generated: generate ## Regenerate; fail when anything under generated/ differs from what is committed
	@changes=$$(git status --porcelain --untracked-files=all -- generated); \
	if [ -n "$$changes" ]; then echo "generated/ is stale (run make generate and commit):"; echo "$$changes"; \
	  git --no-pager diff --stat -- generated; exit 1; fi; echo "generated/ is up to date"

typecheck: $(VENV)/.installed ## mypy --strict on the generated and hand-written packages, ruff on hand-written code
	$(VENV)/bin/mypy --strict -p bilispec_generated -p bilispec
	$(VENV)/bin/ruff check overrides scripts tests examples bench
	$(VENV)/bin/ruff format --check overrides scripts tests examples bench

lint: node_modules/.installed ## Lint the description (Redocly recommended rules + ours)
	$(REDOCLY) lint spec/openapi.yaml --format=stylish 2>&1 | grep -v -i 'node\.js\|╔\|║\|╚'; exit $${PIPESTATUS[0]}

recordings: $(VENV)/.installed ## Re-extract the seed pages' examples into tests/recordings (needs ../shared/seeds)
	$(PY) scripts/extract_seed_examples.py

demo: setup ## Main job: start the sandbox, drive every area through the client (examples/tour.py), stop it
	$(PY) examples/tour.py $(ARGS)

sandbox: setup ## Serve the sandbox on 127.0.0.1 in the foreground (port BILISPEC_SANDBOX_PORT, default 8765)
	$(PY) -m bilispec.sandbox

test: setup check-generated lint typecheck ## Run every test (offline), the test files spread over two processes
	$(PY) -m pytest -n 2 --dist loadfile

OLD ?= HEAD
spec-diff: bundle $(VENV)/.installed ## Breaking changes since git revision OLD (default HEAD): its spec/ bundled vs generated/openapi.yaml (ARGS="--format json --allow-breaking")
	@tmp=$$(mktemp -d); trap 'rm -rf "$$tmp"' EXIT; \
	git archive --format=tar $(OLD) spec redocly.yaml | tar -x -C "$$tmp" || exit 2; \
	(cd "$$tmp" && $(abspath $(REDOCLY)) bundle spec/openapi.yaml -o old.yaml >/dev/null 2>&1) || { echo "spec-diff: cannot bundle spec/ at $(OLD)"; exit 2; }; \
	$(PY) -m bilispec.tools.spec_diff "$$tmp/old.yaml" $(BUNDLE) $(ARGS)

.PHONY: validate
validate: $(VENV)/.installed ## Validate every recording with the bilispec console script (table; exit 1 on a violation)
	$(VENV)/bin/bilispec validate tests/recordings

docs: $(VENV)/.installed node_modules/.installed ## Build docs/reference.html: the API reference, one self-contained page (Redoc)
	$(PY) scripts/build_docs.py --output docs/reference.html

api-docs: $(VENV)/.installed ## Regenerate docs/api.md, the client's public surface (a test fails when it is stale)
	$(PY) scripts/api_surface.py --output docs/api.md

bench: setup ## Every benchmark in one run: a table, bench/results.json, bench/results.png (BENCH=parse picks some; BENCH_MAKE_TEST=1 also times make test)
	BENCH_MAKE_TEST=$(BENCH_MAKE_TEST) $(PY) bench/run.py $(BENCH)

clean: ## Remove installed tools and caches
	rm -rf $(VENV) node_modules .pytest_cache .mypy_cache .ruff_cache .hypothesis
