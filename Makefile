# clausediff — two commands on a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
DEVSTAMP := $(VENV)/.installed-dev

.PHONY: run test venv dev bench score clean

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e .
	@touch $@

$(DEVSTAMP): $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	@touch $@

venv: $(STAMP)

dev: $(DEVSTAMP)

## make run: set up .venv, run the whole pipeline on raw/, print the report index path
run: $(STAMP)
	$(BIN)/clausediff run --raw raw --normalized normalized --reports reports

## make test: install the dev extras (and chromium for the browser tests, where possible), run the suite
test: $(DEVSTAMP)
	@bash tests/setup_browser.sh || true
	$(BIN)/python -m pytest -n 2 --dist loadfile -rfEs

bench: $(DEVSTAMP)
	@for b in bench/bench_*.py; do echo "== $$b"; $(BIN)/python $$b || exit 1; done

## score the diff on ../shared/revisions exactly as the hidden pairs are scored
score: $(STAMP)
	$(BIN)/python ../shared/tools/score_revisions.py --cli $(BIN)/clausediff

clean:
	rm -rf $(VENV) .pytest_cache normalized/*.json normalized/*.txt reports/*/
