# whosaid task runner.  `make demo` and `make test` work on a fresh machine.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DATA ?= ../shared/data/polnear

.PHONY: demo install test lint typecheck unit quick eval eval-gate bench train fmt check clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(STAMP): $(BIN)/python pyproject.toml requirements.lock
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -r requirements.lock
	$(BIN)/python -m pip install --quiet --no-deps -e .
	touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	$(BIN)/whosaid extract examples/wire_article.txt --format table

lint: $(STAMP)
	$(BIN)/ruff check src tests
	$(BIN)/ruff format --check src tests

typecheck: $(STAMP)
	$(BIN)/mypy

# Every test, slow ones (Dask clusters, the browser) included.
unit: $(STAMP)
	$(BIN)/pytest -q

# The quick suite: everything but the tests marked slow.
quick: $(STAMP)
	$(BIN)/pytest -q -m "not slow"

test: lint typecheck unit

check: test

fmt: $(STAMP)
	$(BIN)/ruff format src tests
	$(BIN)/ruff check --fix src tests

eval: $(STAMP)
	$(BIN)/whosaid eval polnear --data $(DATA) --split dev

# Fails when dev end-to-end or content-partial F1 drops > 0.005 below the
# committed baseline (refresh it with --write-baseline after an improvement).
# Both attribution schemes: polnear (eval's default) and news (extract's).
BASELINE := src/whosaid/eval/baseline_dev.json
NEWS_BASELINE := src/whosaid/eval/baseline_dev_news.json
eval-gate: $(STAMP)
	$(BIN)/whosaid eval polnear --data $(DATA) --split dev --gate $(BASELINE)
	$(BIN)/whosaid eval polnear --data $(DATA) --split dev --scheme news --gate $(NEWS_BASELINE)

bench: $(STAMP)
	$(BIN)/whosaid bench --data $(DATA)/dev/text

train: $(STAMP)
	$(BIN)/whosaid train --data $(DATA) --out src/whosaid/attribution/data

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
