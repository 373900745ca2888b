# Two commands on a fresh machine: `make generate`, then `make test`.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: generate validate bundle test clean

# The virtualenv is rebuilt when the project's dependencies change.
$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

generate: $(STAMP) validate bundle

validate: $(STAMP)
	$(PY) -m generator validate

bundle: $(STAMP)
	$(PY) -m generator bundle -o build/modelarts.openapi.json

test: $(STAMP)
	$(PY) -m pytest

clean:
	rm -rf build .pytest_cache .mypy_cache .hypothesis
