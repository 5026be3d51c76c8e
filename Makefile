# clausediff — two commands on a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
DEVSTAMP := $(VENV)/.installed-dev

.PHONY: run test venv dev bench score fuzz clean

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
	@$(BIN)/python -m compileall -q pipeline >/dev/null  # byte code once: where PYTHONDONTWRITEBYTECODE is set, every start would compile it again
	$(BIN)/clausediff run --raw raw --normalized normalized --reports reports

## make test: install the dev extras (and chromium for the browser tests, where possible), run the suite
test: $(DEVSTAMP)
	@bash tests/setup_browser.sh || true
	$(BIN)/python -m pytest -n 2 --dist loadfile -rfEs

## make fuzz: the fuzz targets and property tests with fresh random examples, for as long as FUZZ_EXAMPLES says
FUZZ_EXAMPLES ?= 2000
fuzz: $(DEVSTAMP)
	CLAUSEDIFF_FUZZ_EXAMPLES=$(FUZZ_EXAMPLES) CLAUSEDIFF_FUZZ_RANDOM=1 \
	CLAUSEDIFF_PROPERTY_EXAMPLES=$$(( $(FUZZ_EXAMPLES) / 100 + 1 )) CLAUSEDIFF_PROPERTY_RANDOM=1 \
	$(BIN)/python -m pytest -n 2 -rfEs -p no:cacheprovider tests/test_fuzz.py tests/test_properties.py

bench: $(DEVSTAMP)
	@$(BIN)/python -m compileall -q pipeline >/dev/null
	@for b in bench/bench_*.py; do echo "== $$b"; $(BIN)/python $$b || exit 1; done

## score the diff on ../shared/revisions exactly as the hidden pairs are scored
score: $(STAMP)
	$(BIN)/python ../shared/tools/score_revisions.py --cli $(BIN)/clausediff

clean:
	rm -rf $(VENV) .pytest_cache normalized/*.json normalized/*.txt reports/*/
