# Two commands on a fresh machine: `make generate`, then `make test`.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: generate validate bundle check test bench serve demo clean

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

# The mock server on http://127.0.0.1:8000 (signed with the demo key pair, or any token).
serve: $(STAMP)
	$(PY) -m modelarts_client.mock --port 8000

# The seed's PyTorch walkthrough and a notebook session, through the CLI, against the mock.
demo: $(STAMP)
	$(PY) demo/run.py

clean:
	rm -rf build .pytest_cache .mypy_cache .hypothesis
