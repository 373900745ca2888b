"""A few public specs from @readme/oas-examples through the generator: generate, import, --help.

The spec files come from npm (`npm pack` into .cache/corpus, once); the full comparison with
openapi-python-client on a larger sample is `make corpus` (bench/corpus.py), whose functions
these tests use.
"""

from __future__ import annotations

import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))

import corpus  # noqa: E402

# Paths inside the npm package, and what must become of each. Swagger 2.0 is not OpenAPI 3:
# it must be refused with exit status 2 and a message, not a traceback.
EXPECTED = {
    "3.0/json/petstore.json": corpus.OK,
    "3.0/json/schema-circular.json": corpus.OK,
    "3.0/json/parameters-style.json": corpus.OK,
    "3.0/json/polymorphism.json": corpus.OK,
    "3.1/json/train-travel.json": corpus.OK,
    "3.1/json/webhooks.json": corpus.OK,
    "2.0/json/petstore.json": corpus.REFUSED,
    # One defect each, routed around with a warning: an empty responses object, and a pattern
    # with unescaped braces (not ECMA-262 in unicode mode).
    "3.0/json/openapi-workshop/post.json": corpus.OK,
    "3.0/json/schema-validation.json": corpus.OK,
}
# The warning each spec must generate with (rule and words of the message); none elsewhere.
WARNINGS = {
    "3.0/json/openapi-workshop/post.json": (
        "/paths/~1hoot/post/responses [empty-responses] warning: ",
        "the call returns the raw body",
    ),
    "3.0/json/schema-validation.json": (
        "/paths/~1anything~1strings/parameters/3/schema/pattern [pattern-brace] warning: ",
        "the pattern is not enforced",
    ),
}
TIMEOUT_S = 120


@pytest.fixture(scope="module")
def outcomes(tmp_path_factory: pytest.TempPathFactory) -> dict[str, corpus.Outcome]:
    # One formatting cache for the run: the runtime's modules are the same in every package.
    cache = tmp_path_factory.mktemp("cache")

    def run_one(spec: corpus.Spec) -> corpus.Outcome:
        with tempfile.TemporaryDirectory(prefix="corpus-test-") as scratch:
            return corpus.run_ours(spec.path, Path(scratch), TIMEOUT_S, cache)

    specs = corpus.named_specs(corpus.EXAMPLES, sorted(EXPECTED))
    with ThreadPoolExecutor(2) as pool:
        return dict(zip(sorted(EXPECTED), pool.map(run_one, specs)))


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_spec_generates_and_imports_or_is_refused_cleanly(
    outcomes: dict[str, corpus.Outcome], name: str
) -> None:
    outcome = outcomes[name]
    assert outcome.status == EXPECTED[name], f"{name}: {outcome.status}: {outcome.detail}"


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_spec_generates_with_its_warning_and_no_other(
    outcomes: dict[str, corpus.Outcome], name: str
) -> None:
    warnings = outcomes[name].warnings
    if name not in WARNINGS:
        assert "[" not in warnings, f"{name}: {warnings}"  # no located spec warning
        return
    place, words = WARNINGS[name]
    spec_warnings = [line for line in warnings.splitlines() if "] warning: " in line]
    assert len(spec_warnings) == 1 and place in spec_warnings[0], warnings
    assert words in spec_warnings[0]
    assert "1 warning(s): 1 in the spec" in warnings


def test_refusal_names_the_problem(outcomes: dict[str, corpus.Outcome]) -> None:
    refused = [outcomes[n] for n, expected in EXPECTED.items() if expected == corpus.REFUSED]
    assert refused and all("openapi" in outcome.detail.lower() for outcome in refused)


def test_package_is_found_only_when_single(tmp_path: Path) -> None:
    assert corpus.find_package(tmp_path) == ""
    (tmp_path / "one").mkdir()
    (tmp_path / "one" / "__init__.py").write_text("")
    assert corpus.find_package(tmp_path) == "one"
    (tmp_path / "two").mkdir()
    (tmp_path / "two" / "__init__.py").write_text("")
    assert corpus.find_package(tmp_path) == ""


def status_of(code: int | None, output: str, refusal_code: int = 2, words: str = "") -> str:
    failure = corpus.classify_generation(corpus.Finished(code, output, 1.0), refusal_code, words)
    return corpus.OK if failure is None else failure.status


def test_generation_failures_are_told_apart() -> None:
    traceback = "Traceback (most recent call last):\n  ...\nKeyError: 'x'\n"
    assert status_of(2, traceback) == corpus.CRASH  # even with the refusal's exit status
    assert status_of(2, "spec.yaml:1: /openapi [openapi-version] bad\n") == corpus.REFUSED
    assert status_of(1, "no\n") == corpus.FAILED
    assert status_of(None, "") == corpus.TIMEOUT

    # openapi-python-client exits 1 both on a rejected document and on code its ruff rejects
    rejected = "Failed to parse OpenAPI document\n"
    assert status_of(1, rejected, 1, rejected.strip()) == corpus.REFUSED
    assert status_of(1, "ruff failed\n", 1, rejected.strip()) == corpus.FAILED
    assert status_of(0, "") == corpus.OK


def test_crash_detail_is_the_exception() -> None:
    output = "Traceback (most recent call last):\n  File 'x'\nValueError: bad\nhint: retry\n"
    assert corpus.exception_line(output) == "ValueError: bad"


def test_every_generated_python_file_is_what_black_makes_of_it() -> None:
    """The renderer writes black's layout and skips black where it can vouch for it: on
    this sample of real specs, the result must be exactly black's."""
    import black

    from generator.codegen.build import build_api
    from generator.codegen.formatting import MODE
    from generator.codegen.render import render_package
    from generator.spec.validate import load_valid

    names = sorted(name for name, expected in EXPECTED.items() if expected == corpus.OK)
    for spec in corpus.named_specs(corpus.EXAMPLES, names):
        document = load_valid(spec.path, strict=False, semantic=False, lenient=True).document
        for path, text in render_package(build_api(document)).items():
            if path.endswith(".py"):
                assert black.format_str(text, mode=MODE) == text, f"{spec.name}: {path}"
