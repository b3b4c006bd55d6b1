# geokg: `make test` and `make run` are the two quick-start commands (see README).
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: test test-fast run install clean score bench

$(BIN)/python:
	$(PY) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

$(STAMP): $(BIN)/python pyproject.toml
	$(BIN)/pip install --quiet -e '.[test]'
	touch $(STAMP)

install: $(STAMP)

test: $(STAMP)
	$(BIN)/lint-imports
	$(BIN)/pytest -q

test-fast: $(STAMP)
	$(BIN)/pytest -q -m 'not slow'

run: $(STAMP)
	$(BIN)/kg ingest data/articles --store .kg
	$(BIN)/kg stats --store .kg
	$(BIN)/kg serve --store .kg --host 127.0.0.1 --port $${KG_PORT:-8000}

bench: $(STAMP)
	$(BIN)/python bench/run_all.py

score: $(STAMP)
	$(PY) ../shared/eval/score.py run ../shared/eval/dev --cmd "$(BIN)/kg extract"

clean:
	rm -rf .kg .pytest_cache build dist *.egg-info
