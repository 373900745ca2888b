# Two commands on a fresh machine: `make generate`, then `make test`.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: generate validate bundle check test bench clean

# The virtualenv is rebuilt when the project's or the generated package's dependencies change.
$(STAMP): pyproject.toml generated/pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]' -e 'generated[mock]'
	touch $(STAMP)

generate: $(STAMP) validate
	$(PY) -m generator generate

validate: $(STAMP)
	$(PY) -m generator validate

bundle: $(STAMP)
	$(PY) -m generator bundle -o build/modelarts.openapi.json

# generated/ must be exactly what the generator makes from spec/ and templates/.
check: $(STAMP)
	$(PY) -m generator generate --check

test: $(STAMP)
	$(PY) -m pytest

bench: $(STAMP)
	$(PY) bench/run.py && $(PY) bench/runtime.py

clean:
	rm -rf build .pytest_cache .mypy_cache .hypothesis
