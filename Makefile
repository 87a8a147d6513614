# bilispec: spec/ -> generated/ -> overrides/ -> tests/. `make` lists the targets.
SHELL := /bin/bash
.DEFAULT_GOAL := help

VENV ?= .venv
PY := $(VENV)/bin/python
REDOCLY := node_modules/.bin/redocly
BUNDLE := generated/openapi.yaml

.PHONY: help setup bundle lint recordings demo test check-bundle clean

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

check-bundle: node_modules/.installed ## Fail when generated/openapi.yaml is not the bundle of spec/
	@tmp=$$(mktemp -d) && $(REDOCLY) bundle spec/openapi.yaml -o $$tmp/openapi.yaml >/dev/null 2>&1 \
	  && diff -u $(BUNDLE) $$tmp/openapi.yaml && echo "generated/openapi.yaml is up to date"

lint: node_modules/.installed ## Lint the description (Redocly recommended rules + ours)
	$(REDOCLY) lint spec/openapi.yaml --format=stylish 2>&1 | grep -v -i 'node\.js\|╔\|║\|╚'; exit $${PIPESTATUS[0]}

recordings: $(VENV)/.installed ## Re-extract the seed pages' examples into tests/recordings (needs ../shared/seeds)
	$(PY) scripts/extract_seed_examples.py

demo: setup bundle ## Main job: describe the 38 operations and validate every recording, no account needed
	$(PY) scripts/summary.py

test: setup check-bundle lint ## Run every test (offline)
	$(PY) -m pytest

clean: ## Remove installed tools and caches
	rm -rf $(VENV) node_modules .pytest_cache .mypy_cache .ruff_cache .hypothesis
