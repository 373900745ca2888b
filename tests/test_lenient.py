"""Specs we do not curate: a defect generation can route around is a warning, not a refusal.

Each defect class with a small spec: the warning (file, line, pointer, consequence), the exit
status (0; 2 with --fail-on-warning or --strict), and the generated SDK doing, on the wire,
what the warning says.
"""

from __future__ import annotations

import copy
import importlib
import json
import sys
from pathlib import Path
from typing import Any, Callable, Iterator

import pytest
import yaml
from hypothesis import given
from hypothesis import strategies as st

from generator.cli import main
from http_stub import Reply, StubServer
from generator.spec import lenient
from generator.spec.bundle import display_path

HOOT = {"type": "object", "properties": {"code": {"type": "string"}}}


def _spec(package: str) -> dict[str, Any]:
    return {
        "openapi": "3.0.3",
        "info": {"title": "Hoots", "version": "1"},
        "x-sdk": {"package": package, "client": "Hoots"},
        "paths": {
            "/hoots": {
                "post": {
                    "operationId": "create_hoot",
                    "requestBody": {
                        "content": {
                            "application/json": {"schema": {"$ref": "#/components/schemas/Hoot"}}
                        }
                    },
                    "responses": {
                        "200": {
                            "description": "The hoot.",
                            "content": {
                                "application/json": {
                                    "schema": {"$ref": "#/components/schemas/Hoot"}
                                }
                            },
                        }
                    },
                }
            }
        },
        "components": {"schemas": {"Hoot": copy.deepcopy(HOOT)}},
    }


def _with_pattern(pattern: str) -> Callable[[dict[str, Any]], None]:
    def change(spec: dict[str, Any]) -> None:
        spec["components"]["schemas"]["Hoot"]["properties"]["code"]["pattern"] = pattern

    return change


def _without_responses(spec: dict[str, Any]) -> None:
    spec["paths"]["/hoots"]["post"]["responses"] = {}


def _with_unknown_key(spec: dict[str, Any]) -> None:
    spec["source"] = {"repo": "somewhere"}


# defect -> (change, the warning's pointer, its rule, words of its message)
DEFECTS = {
    "invalid-pattern": (
        _with_pattern("\\A[a-z]+\\Z"),
        "/components/schemas/Hoot/properties/code/pattern",
        "invalid-pattern",
        "is not a valid ECMA-262 regular expression: the pattern is not enforced",
    ),
    "pattern-brace": (
        _with_pattern("^{[0-9]{2}}$"),
        "/components/schemas/Hoot/properties/code/pattern",
        "pattern-brace",
        "neither escaped nor part of a quantifier",
    ),
    "empty-responses": (
        _without_responses,
        "/paths/~1hoots/post/responses",
        "empty-responses",
        "the call returns the raw body (bytes)",
    ),
    "unknown-key": (
        _with_unknown_key,
        "/source",
        "unknown-key",
        "'source' is not an OpenAPI 3.0 top-level key: ignored",
    ),
}


def _write(tmp_path: Path, defect: str) -> Path:
    spec = _spec(f"hoots_{defect.replace('-', '_')}")
    DEFECTS[defect][0](spec)
    path = tmp_path / "openapi.yaml"
    path.write_text(yaml.safe_dump(spec, sort_keys=False), encoding="utf-8")
    return path


def _line_of(path: Path, pointer: str) -> int:
    """The line of the last token of pointer in the YAML file (keys are unique here)."""
    key = pointer.rsplit("/", 1)[1] + ":"
    lines = path.read_text().splitlines()
    return next(n for n, line in enumerate(lines, 1) if line.strip().startswith(key))


@pytest.fixture
def imported(monkeypatch: pytest.MonkeyPatch) -> Iterator[Callable[[Path, str], Any]]:
    loaded: list[str] = []

    def load(output: Path, package: str) -> Any:
        monkeypatch.syspath_prepend(str(output))
        loaded.append(package)
        return importlib.import_module(package)

    yield load
    for name in [m for m in sys.modules if m.split(".")[0] in loaded]:
        del sys.modules[name]


@pytest.mark.parametrize("defect", sorted(DEFECTS))
def test_a_defect_it_can_route_around_is_a_located_warning(
    defect: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _write(tmp_path, defect)
    _, pointer, rule, words = DEFECTS[defect]
    status = main(["generate", "-q", "--spec", str(path), "--output", str(tmp_path / "out")])
    printed = capsys.readouterr().err
    assert status == 0, printed
    line = f"{display_path(path)}:{_line_of(path, pointer)}: {pointer} [{rule}] warning: "
    assert line in printed and words in printed, printed
    assert "1 warning(s): 1 in the spec, 0 from generation, 0 operation(s) left out" in printed
    assert (tmp_path / "out" / f"hoots_{defect.replace('-', '_')}" / "__init__.py").exists()


@pytest.mark.parametrize("option", ["--fail-on-warning", "--strict"])
@pytest.mark.parametrize("defect", sorted(DEFECTS))
def test_fail_on_warning_and_strict_make_it_an_error(
    defect: str, option: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _write(tmp_path, defect)
    _, pointer, rule, words = DEFECTS[defect]
    output = tmp_path / "out"
    status = main(["generate", "-q", "--spec", str(path), "--output", str(output), option])
    printed = capsys.readouterr().err
    assert status == 2, printed
    line = next(line for line in printed.splitlines() if f": {pointer} [{rule}] " in line)
    assert words in line and "] warning: " not in line and "(an error with --strict" in line
    assert not output.exists()


def _generated(tmp_path: Path, defect: str, imported: Callable[[Path, str], Any]) -> Any:
    path = _write(tmp_path, defect)
    output = tmp_path / "out"
    assert main(["generate", "-q", "--spec", str(path), "--output", str(output)]) == 0
    return imported(output, f"hoots_{defect.replace('-', '_')}")


@pytest.mark.parametrize("defect", ["invalid-pattern", "pattern-brace"])
def test_a_pattern_not_enforced_lets_any_string_through_both_ways(
    defect: str, tmp_path: Path, imported: Callable[[Path, str], Any]
) -> None:
    package = _generated(tmp_path, defect, imported)
    with StubServer(lambda received: Reply(200, received.json())) as server:
        with package.Hoots(endpoint=server.url, strict_response_validation=True) as client:
            hoot = client.create_hoot(body={"code": "NOT-MATCHING {}"})
    assert hoot.code == "NOT-MATCHING {}"
    assert server.received[0].json() == {"code": "NOT-MATCHING {}"}


def test_a_call_with_an_empty_responses_object_returns_the_raw_body(
    tmp_path: Path, imported: Callable[[Path, str], Any]
) -> None:
    package = _generated(tmp_path, "empty-responses", imported)
    answers = [b'{"code": "a"}', b"\x00\xffnot json"]
    replies = iter(
        Reply(200, body, {"Content-Type": "application/octet-stream"}) for body in answers
    )
    with StubServer(lambda received: next(replies)) as server:
        with package.Hoots(endpoint=server.url) as client:
            assert client.create_hoot(body={"code": "a"}) == answers[0]
            assert client.create_hoot(body={"code": "b"}) == answers[1]
    assert "application/octet-stream" not in server.received[0].headers.get("Accept", "")


def test_an_unknown_top_level_key_is_left_out_of_the_sdk(
    tmp_path: Path, imported: Callable[[Path, str], Any]
) -> None:
    package = _generated(tmp_path, "unknown-key", imported)
    served = Path(package.__file__).parent / "mock" / "openapi.json"
    assert "source" not in json.loads(served.read_text())
    with StubServer(lambda received: Reply(200, {"code": "ok"})) as server:
        with package.Hoots(endpoint=server.url) as client:
            assert client.create_hoot(body={"code": "ok"}).code == "ok"


def test_the_default_spec_is_always_strict(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Without --spec the curated ModelArts spec is generated: a routable defect is an error."""
    import generator.cli

    monkeypatch.setattr(generator.cli, "DEFAULT_SPEC", _write(tmp_path, "unknown-key"))
    output = tmp_path / "out"
    assert main(["generate", "-q", "--output", str(output)]) == 2
    assert "[unknown-key] 'source' is not an OpenAPI 3.0 top-level key" in capsys.readouterr().err
    assert not output.exists()


_JSON = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.sampled_from(["[a-z]+", "[a-", "(", "x{2}", "}"]),
    lambda inner: st.lists(inner, max_size=3)
    | st.dictionaries(st.sampled_from(["pattern", "schema", "items", "x"]), inner, max_size=3),
    max_leaves=12,
)


def _pattern_strings(node: Any) -> list[str]:
    if isinstance(node, list):
        return [p for item in node for p in _pattern_strings(item)]
    if not isinstance(node, dict):
        return []
    own = [node["pattern"]] if isinstance(node.get("pattern"), str) else []
    return own + [p for value in node.values() for p in _pattern_strings(value)]


@given(_JSON)
def test_the_quick_check_of_patterns_agrees_with_checking_each(document: Any) -> None:
    """The walk that locates invalid patterns runs only when the check in Rust fails."""
    expected = all(lenient._REGEX.is_valid(pattern) for pattern in _pattern_strings(document))
    assert lenient._PATTERNS_VALID.is_valid(document) == expected
