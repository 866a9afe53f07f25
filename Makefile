# Closer: the README's commands. Each target sets up what it needs from nothing, idempotently.
SHELL := /bin/bash
export NO_MKDOCS_2_WARNING := 1
.DEFAULT_GOAL := help

# .python-version selects 3.12 through pyenv where pyenv is present; pyodide-build needs >= 3.12.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1
PORT ?= 8000
# Extra pytest options, e.g. make test PYTEST_ARGS='-m "not browser"' or PYTEST_ARGS= (serial).
# Two workers by default: they keep both cores busy while a browser test waits on its page
# (a 12-test browser sample on a busy 2-core machine: 190 s serial, 122 s with two).
PYTEST_ARGS ?= -n 2

.PHONY: help setup site serve test lint bench screens clean catalogs

help:
	@echo "make serve   build and serve the site on http://$(HOST):$(PORT) with live reload"
	@echo "make test    run every test tier (unit, build, pyodide, browser)"
	@echo "make site    build the deployable site into site/"
	@echo "make lint    ruff, mypy --strict (worksheets/, macros/), Biome (JS lint and format), JS type check"
	@echo "make bench   measure load, start-up and submit-to-result times (bench/out/)"
	@echo "make screens build the site and screenshot every page and worksheet state (screens/)"
	@echo "make catalogs re-extract every catalog (worksheets, pages, browser) and list strings with no translation"

$(BIN)/.installed: pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 12) else "Python >= 3.12 is needed (pyodide-build); found " + sys.version.split()[0] + ". Install it or run: make PYTHON=python3.12 ...")'
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check pip==26.3
	$(BIN)/python -m pip install --quiet --group dev -e .
	touch $@

node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

setup: $(BIN)/.installed node_modules/.installed

site: setup
	$(BIN)/mkdocs build --strict --site-dir site

serve: setup
	$(BIN)/mkdocs serve --strict --dev-addr $(HOST):$(PORT) --livereload

lint: setup
	$(BIN)/ruff check worksheets macros tests bench
	$(BIN)/ruff format --check worksheets macros tests bench
	$(BIN)/mypy --strict worksheets macros
	node_modules/.bin/biome check .
	node_modules/.bin/tsc -p tsconfig.json

test: lint site
	node --test tests/js/
	$(BIN)/python -m pytest $(PYTEST_ARGS)

catalogs: setup
	$(BIN)/python -m macros.worksheet_catalog update
	$(BIN)/python -c "from macros.page_catalog import main; main()"
	$(BIN)/python -m macros.update_browser_catalog

bench: setup
	$(BIN)/python bench/run.py

screens: site
	$(BIN)/python bench/screens.py $(SCREENS)

clean:
	rm -rf site .pytest_cache .ruff_cache
