"""The generator on any spec: atomic, deterministic, safe with hostile names and strings."""

from __future__ import annotations

import copy
import importlib
import inspect
import json
import keyword
import os
import random
import subprocess
import sys
from pathlib import Path
from typing import Any

import black
import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from generator import PROJECT_ROOT
from generator.codegen import output, render
from generator.codegen.formatting import MODE as BLACK_MODE
from generator.cli import main
from generator.codegen.generate import generate

HOSTILE_TEXT = 'Ends with a quote" and """triple""" \\ backslash {braces} \x00 nul \u2028 sep; """; import os; os.system("touch PWNED")  #'


def _spec(package: str, **extra: Any) -> dict[str, Any]:
    spec: dict[str, Any] = {
        "openapi": "3.0.3",
        "info": {"title": "Hostile Zoo", "version": "1", "description": HOSTILE_TEXT},
        "x-sdk": {"package": package, "client": "Zoo"},
        "servers": [{"url": "https://zoo.test"}],
        "paths": {
            "/pets/{class}": {
                "get": {
                    "operationId": "getClient",
                    "summary": HOSTILE_TEXT,
                    "parameters": [
                        {
                            "name": "class",
                            "in": "path",
                            "required": True,
                            "schema": {"type": "string"},
                        },
                        {"name": "from", "in": "query", "schema": {"type": "integer"}},
                        {"name": "From", "in": "query", "schema": {"type": "integer"}},
                        {"name": "body", "in": "query", "schema": {"type": "string"}},
                        # a parameter must not hide the names the method body uses
                        {"name": "str", "in": "query", "schema": {"type": "string"}},
                        {"name": "wait", "in": "query", "schema": {"type": "boolean"}},
                    ],
                    "responses": {
                        "200": {
                            "description": "ok",
                            "content": {
                                "application/json": {
                                    "schema": {"$ref": "#/components/schemas/Response"}
                                }
                            },
                        }
                    },
                }
            },
            "/tags": {
                "get": {
                    "operationId": "list_tags",
                    # found by the fuzzer: a parameter `str` hid the type in cast_to=List[Union[...,
                    # str]], an error for mypy and a wrong type at run time
                    "parameters": [{"name": "str", "in": "query", "schema": {"type": "string"}}],
                    "responses": {
                        "200": {
                            "description": "ok",
                            "content": {
                                "application/json": {
                                    "schema": {
                                        "type": "array",
                                        "items": {"type": "string", "enum": ["a", "b"]},
                                    }
                                }
                            },
                        }
                    },
                }
            },
            "/numbers": {
                "get": {
                    # found by the fuzzer: a method `int` hid the type in later annotations
                    "operationId": "int",
                    "parameters": [{"name": "n", "in": "query", "schema": {"type": "integer"}}],
                    "responses": {"204": {"description": "ok"}},
                }
            },
            "/anything": {
                "get": {
                    "operationId": "show_anything",
                    # found by the fuzzer: a method returning Any had an unused type: ignore
                    "responses": {
                        "200": {
                            "description": "ok",
                            "content": {"application/json": {"schema": {}}},
                        }
                    },
                }
            },
            "/pets": {
                "post": {
                    "operationId": "get_client",
                    "requestBody": {
                        "required": True,
                        "content": {
                            "application/json": {"schema": {"$ref": "#/components/schemas/Pet"}}
                        },
                    },
                    "responses": {
                        "201": {
                            "description": "ok",
                            "content": {
                                "application/json": {"schema": {"$ref": "#/components/schemas/Pet"}}
                            },
                        }
                    },
                },
                "delete": {"operationId": "close", "responses": {"204": {"description": "gone"}}},
            },
        },
        "components": {
            "schemas": {
                "Response": {
                    "type": "object",
                    "description": HOSTILE_TEXT,
                    "properties": {
                        "model_config": {"type": "string"},
                        "to_dict": {"type": "string"},
                        "class": {"type": "string", "description": HOSTILE_TEXT},
                        "None": {"type": "string", "nullable": True},
                        # found by the fuzzer: a field `int` hid the type of later fields
                        "int": {"type": "string"},
                        "count": {"type": "integer"},
                        "fooBar": {"type": "string"},
                        "foo_bar": {"type": "string"},
                        "kind": {"type": "string", "enum": ["a-b", "a_b", "A B", "", "1x", "None"]},
                        "pet": {"$ref": "#/components/schemas/Pet"},
                    },
                },
                "Pet": {
                    "oneOf": [
                        {"$ref": "#/components/schemas/Cat"},
                        {"$ref": "#/components/schemas/Dog"},
                    ],
                    "discriminator": {
                        "propertyName": "pet_type",
                        "mapping": {
                            "cat": "#/components/schemas/Cat",
                            "dog": "#/components/schemas/Dog",
                        },
                    },
                },
                "Cat": {
                    "type": "object",
                    "required": ["pet_type"],
                    "properties": {"pet_type": {"type": "string"}, "lives": {"type": "integer"}},
                },
                "Dog": {
                    "type": "object",
                    "required": ["pet_type"],
                    "properties": {
                        "pet_type": {"type": "string"},
                        "friends": {"type": "array", "items": {"$ref": "#/components/schemas/Dog"}},
                    },
                },
            }
        },
        **extra,
    }
    return spec


def _write(tmp_path: Path, spec: dict[str, Any]) -> Path:
    path = tmp_path / "spec" / "openapi.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(spec))
    return path


def _import(output: Path, package: str) -> Any:
    sys.path.insert(0, str(output))
    try:
        importlib.invalidate_caches()
        return importlib.import_module(package)
    finally:
        sys.path.remove(str(output))


def test_hostile_spec_generates_a_package_that_imports_and_works(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    result = generate(_write(tmp_path, _spec("hostile_zoo")), tmp_path / "out")
    package = _import(tmp_path / "out", "hostile_zoo")
    models = importlib.import_module("hostile_zoo.models")
    assert not (tmp_path / "PWNED").exists()
    # strings land as data, unchanged in meaning
    assert "triple" in models.Response.__doc__ and "os.system" in models.Response.__doc__
    # colliding names are resolved and reported
    client_methods = {name for name in dir(package.Zoo) if name.startswith(("get_client", "close"))}
    assert {"get_client", "get_client_2", "close", "close_"} <= client_methods
    assert any("getClient" in w or "get_client" in w for w in result.api.warnings)
    assert {"str_", "wait_", "from_", "body_"} <= set(
        inspect.signature(package.Zoo.get_client).parameters
    )
    fields = models.Response.model_fields
    assert {"model_config_", "to_dict_", "class_", "none", "foo_bar", "foo_bar_2"} <= set(fields)
    assert [m.value for m in models.ResponseKind] == ["a-b", "a_b", "A B", "", "1x", "None"]
    # the discriminator picks the variant, recursion works, unknown variants stay data
    response = models.Response.model_validate(
        {
            "class": "c",
            "None": None,
            "pet": {"pet_type": "dog", "friends": [{"pet_type": "dog"}]},
            "kind": "zzz",
        }
    )
    assert type(response.pet).__name__ == "Dog" and type(response.pet.friends[0]).__name__ == "Dog"
    assert response.to_dict()["class"] == "c" and response.to_dict()["None"] is None
    assert models.Response.model_validate({"pet": {"pet_type": "fish"}}).pet == {"pet_type": "fish"}


def test_a_wire_name_never_sets_another_field(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # "foo_bar" keeps its own name; "fooBar" becomes foo_bar_2. Neither a Python name nor a
    # wire key may reach the other field (pydantic accepts both names for a field).
    monkeypatch.chdir(tmp_path)
    generate(_write(tmp_path, _spec("name_clash")), tmp_path / "out")
    _import(tmp_path / "out", "name_clash")
    models = importlib.import_module("name_clash.models")
    assert models.Response.model_fields["foo_bar"].alias in (None, "foo_bar")
    assert models.Response.model_fields["foo_bar_2"].alias == "fooBar"
    assert models.Response.from_dict({"foo_bar": "a"}).to_dict() == {"foo_bar": "a"}
    assert models.Response(foo_bar="a").to_dict() == {"foo_bar": "a"}
    assert models.Response.from_dict({"foo_bar_2": "x"}).to_dict() == {"foo_bar_2": "x"}


def test_hostile_package_passes_mypy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    generate(_write(tmp_path, _spec("hostile_typed")), tmp_path / "out")
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "hostile_typed"],
        cwd=tmp_path / "out",
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout[-3000:]


def test_output_is_identical_across_hash_seeds_and_key_orders(tmp_path: Path) -> None:
    spec = _spec("ordered_zoo")
    shuffled = copy.deepcopy(spec)
    items = list(shuffled["components"]["schemas"].items())
    random.Random(4).shuffle(items)
    shuffled["components"]["schemas"] = dict(items)
    shuffled["paths"] = dict(reversed(list(shuffled["paths"].items())))
    outputs = []
    for index, (seed, document) in enumerate([("1", spec), ("2", shuffled), ("random", spec)]):
        spec_path = _write(tmp_path / f"s{index}", document)
        out = tmp_path / f"out{index}"
        env = {**os.environ, "PYTHONHASHSEED": seed}
        subprocess.run(
            [
                sys.executable,
                "-m",
                "generator",
                "generate",
                "-q",
                "--spec",
                str(spec_path),
                "--output",
                str(out),
            ],
            cwd=PROJECT_ROOT,
            env=env,
            check=True,
        )
        outputs.append(
            {
                p.relative_to(out).as_posix(): p.read_bytes()
                for p in sorted(out.rglob("*"))
                if p.is_file()
            }
        )
    assert outputs[0] == outputs[1] == outputs[2]


def test_a_failure_leaves_the_previous_output_untouched(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    spec = _write(tmp_path, _spec("atomic_zoo"))
    out = tmp_path / "out"
    generate(spec, out)
    before = {p: (p.read_bytes(), p.stat().st_mtime_ns) for p in out.rglob("*") if p.is_file()}

    def broken(*args: Any, **kwargs: Any) -> Any:
        raise RuntimeError("disk full")

    monkeypatch.setattr(render, "_tidy", broken)
    changed = _spec("atomic_zoo")
    changed["info"]["version"] = "2"
    with pytest.raises(RuntimeError):
        generate(_write(tmp_path, changed), out)
    after = {p: (p.read_bytes(), p.stat().st_mtime_ns) for p in out.rglob("*") if p.is_file()}
    assert after == before
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".out")] == []


def test_unchanged_files_keep_their_timestamps(tmp_path: Path) -> None:
    spec = _spec("stamped_zoo")
    out = tmp_path / "out"
    generate(_write(tmp_path, spec), out)
    package = out / "stamped_zoo"
    stamps = {p.relative_to(package).as_posix(): p.stat().st_mtime_ns for p in package.rglob("*")}
    spec["paths"]["/pets"]["delete"]["summary"] = "Close the zoo."
    result = generate(_write(tmp_path, spec), out)
    assert sorted(result.changes.changed) == [
        "README.md",
        "stamped_zoo/_cli_table.json",
        "stamped_zoo/_methods/_default.py",  # the module of the operation's tag, alone
        "stamped_zoo/mock/openapi.json",
    ]
    after = {p.relative_to(package).as_posix(): p.stat().st_mtime_ns for p in package.rglob("*")}
    assert {n for n in stamps if stamps[n] != after[n] and Path(n).suffix} == {
        "_cli_table.json",
        "_methods/_default.py",
        "mock/openapi.json",
    }
    # unchanged files are hard links to the old ones, and the old tree is gone: none shared
    assert {p.stat().st_nlink for p in out.rglob("*") if p.is_file()} == {1}
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".out")] == []


def test_check_reports_stale_files(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    spec_path = _write(tmp_path, _spec("checked_zoo"))
    out = tmp_path / "out"
    assert main(["generate", "-q", "--spec", str(spec_path), "--output", str(out)]) == 0
    assert main(["generate", "--check", "--spec", str(spec_path), "--output", str(out)]) == 0
    (out / "checked_zoo" / "models" / "__init__.py").write_text("# edited by hand\n")
    (out / "checked_zoo" / "stray.py").write_text("")
    capsys.readouterr()
    assert main(["generate", "--check", "--spec", str(spec_path), "--output", str(out)]) == 1
    report = capsys.readouterr().err
    assert (
        "changed  checked_zoo/models/__init__.py" in report
        and "removed  checked_zoo/stray.py" in report
    )


def test_the_committed_sdk_is_current() -> None:
    assert main(["generate", "--check", "-q"]) == 0


def test_spec_without_output_is_refused(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["generate", "--spec", "x.yaml"]) == 2
    assert "--output is required" in capsys.readouterr().err


def test_invalid_spec_exits_2_and_writes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    spec = _spec("broken_zoo")
    del spec["paths"]["/pets"]["post"]["responses"]
    out = tmp_path / "out"
    assert main(["generate", "--spec", str(_write(tmp_path, spec)), "--output", str(out)]) == 2
    assert "responses" in capsys.readouterr().err
    assert not out.exists()


def test_formatting_by_units_equals_black_on_whole_files(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import black

    from generator.codegen.build import build_api
    from generator.codegen.formatting import MODE, format_modules
    from generator.spec.validate import load_valid
    from generator import DEFAULT_SPEC

    monkeypatch.setenv("MODELARTS_GEN_CACHE", "off")
    # hostile_zoo: docstrings holding line separators (U+2028) that Python does not break at
    for document in (load_valid(DEFAULT_SPEC).document, _spec("unit_zoo"), _spec("hostile_zoo")):
        raw = {
            p: t for p, t in render.render_files(build_api(document)).items() if p.endswith(".py")
        }
        assert format_modules(raw) == {p: black.format_str(t, mode=MODE) for p, t in raw.items()}


def test_every_generated_python_file_is_what_black_makes_of_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The formatter may skip files it knows to be black-clean (the runtime, copied as
    written): the result must still be exactly black's, for the flagship spec and the
    conformance specs (test_fuzz checks the hostile ones)."""
    import black

    from generator import DEFAULT_SPEC
    from generator.codegen.build import build_api
    from generator.codegen.formatting import MODE
    from generator.spec.validate import load_valid

    conformance = Path(__file__).parent / "conformance" / "specs"
    documents = [load_valid(DEFAULT_SPEC).document]
    documents += [
        load_valid(path, strict=False, semantic=False).document
        for path in sorted(conformance.glob("*.yaml"))
    ]
    # found by the fuzzer: black puts a space between a docstring's quotes and a leading quote
    quoted = _spec("quoted_zoo")
    quoted["paths"]["/pets/{class}"]["get"]["summary"] = '") or open("PWNED", "w") or ("'
    documents.append(quoted)
    for document in documents:
        files = render.render_package(build_api(document))
        for path, text in files.items():
            if path.endswith(".py"):
                assert black.format_str(text, mode=MODE) == text, path


def test_the_ir_holds_the_spec_itself_and_the_mock_gets_it_as_json() -> None:
    """Serializing a big spec is a fifth of a second: the IR keeps the document (the diff
    builds two IRs and never writes it), and the renderer writes it, on a worker."""
    from generator import DEFAULT_SPEC
    from generator.codegen.build import build_api
    from generator.spec.validate import load_valid

    document = load_valid(DEFAULT_SPEC).document
    api = build_api(document)
    assert api.document is document
    mock = render.render_files(api)["modelarts_client/mock/openapi.json"]
    assert json.loads(mock) == json.loads(json.dumps(document))


def test_every_generated_file_opens_with_the_generated_header() -> None:
    from generator import DEFAULT_SPEC, VERSION
    from generator.codegen.build import build_api
    from generator.spec.validate import load_valid

    api = build_api(load_valid(DEFAULT_SPEC).document)
    header = f"Generated by openapi-sdk-gen {VERSION} from Huawei Cloud ModelArts API 1.0.0."
    for path, text in render.render_package(api).items():
        first = text.split("\n", 1)[0]
        if path.endswith((".py", ".toml")):
            assert first == f"# {header} Do not edit.", path
        elif path.endswith(".md"):
            assert first == f"<!-- {header} Do not edit. -->", path


@given(st.text())
def test_string_literals_come_in_the_quotes_black_prefers(text: str) -> None:
    literal = render.pyrepr(text)
    assert eval(literal) == render._encodable(text)
    statement = f"x = {literal}\n"  # not a lone string: black would read it as a docstring
    assert black.format_str(statement, mode=BLACK_MODE) == statement


_LITERALS = st.recursive(
    st.text(max_size=30) | st.integers() | st.booleans() | st.none(),
    lambda children: st.lists(children, max_size=4)
    | st.lists(children, max_size=3).map(tuple)
    | st.dictionaries(st.text(max_size=12), children, max_size=4),
    max_leaves=25,
)


@given(_LITERALS, st.sampled_from(["X = ", "SECURITY_SCHEMES: dict[str, dict[str, Any]] = "]))
@example([0] * 34, "X = ")  # more items than could fit a line at all
@example({str(i): i for i in range(34)}, "X = ")
@example(({"a": 1},) * 40, "X = ")
def test_literals_too_long_for_a_line_are_laid_out_as_black_does(value: Any, head: str) -> None:
    statement = render.black_assignment(value, head) + "\n"
    assert black.format_str(statement, mode=BLACK_MODE) == statement


_NAMES = st.from_regex(r"[a-z][a-z_]{0,40}", fullmatch=True).filter(
    lambda name: not keyword.iskeyword(name)
)
_TYPES = st.from_regex(r"[A-Z][A-Za-z]{0,60}", fullmatch=True)


@given(
    _NAMES,
    st.sampled_from(["_t.Optional[{}]", "_t.Optional[_t.List[{}]]", "{}"]),
    _TYPES,
    st.booleans(),
    st.sampled_from(
        ["", " = None", ' = _p.Field(default=None, alias="{}")', ' = _p.Field(alias="{}")']
    ),
)
def test_long_fields_are_laid_out_as_black_does_without_black(
    name: str, shape: str, type_name: str, annotated: bool, default: str
) -> None:
    from generator.codegen import formatting

    annotation = shape.format(type_name)
    annotation = f"_t.Annotated[{annotation}, _NOT_NULL]" if annotated else annotation
    statement = (
        "class A:\n    " + render._field_layout(name, annotation, default.format(name)) + "\n"
    )
    # the formatter vouches for the layout (no black), and it is black's
    assert formatting._as_written(statement) == black.format_str(statement, mode=BLACK_MODE)


def test_a_module_formatted_before_comes_from_the_cache_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from generator.codegen import formatting

    monkeypatch.setenv("MODELARTS_GEN_CACHE", str(tmp_path / "cache"))
    long = ", ".join(f'"item{i}"' for i in range(20))  # too long a line: black splits it
    source = {"m.py": f"x = [{long}]\n", "n.py": f"y = [{long}]\n"}
    first = formatting.format_modules(source)
    assert first == {p: black.format_str(t, mode=BLACK_MODE) for p, t in source.items()}
    seen: list[set[str]] = []
    cut = formatting._format_by_units
    monkeypatch.setattr(
        formatting, "_format_by_units", lambda s: seen.append(set(s)) or cut(s)  # type: ignore
    )
    edited = {**source, "n.py": f"z = [{long}]\n"}
    assert formatting.format_modules(edited) == {**first, "n.py": first["n.py"].replace("y", "z")}
    assert seen == [{"n.py"}]  # m.py came from the cache


_CLASSES = st.from_regex(r"[A-Z][A-Za-z]{0,70}", fullmatch=True)


@given(
    _NAMES,
    st.lists(_CLASSES, min_size=1, max_size=4),
    st.booleans(),
    st.sampled_from(["", "None"]),
    st.sampled_from([4, 8]),
)
def test_parameters_are_laid_out_as_black_does(
    name: str, members: list[str], optional: bool, default: str, indent: int
) -> None:
    annotation = " | ".join([f"_models.{m}" for m in members] + (["None"] if optional else []))
    line = render.parameter_line(name, annotation, default, indent)
    header = "def f(\n" if indent == 4 else "class A:\n    def f(\n        self,\n"
    source = header + " " * indent + line + "\n" + " " * (indent - 4) + ") -> None:\n"
    source += " " * indent + "pass\n"
    if all(len(text) <= 100 for text in source.splitlines()):  # a layout we vouch for
        assert black.format_str(source, mode=BLACK_MODE) == source


@given(
    _CLASSES | st.from_regex(r"[A-Z][A-Za-z]{85,110}", fullmatch=True),
    st.lists(st.text(max_size=30), min_size=1, max_size=12),
)
def test_literal_aliases_are_laid_out_as_black_does(name: str, values: list[str]) -> None:
    from generator.codegen import formatting

    source = render.literal_alias(name, values) + "\n"
    assert formatting.format_modules({"m.py": source})["m.py"] == black.format_str(
        source, mode=BLACK_MODE
    )


_DOC_LINES = st.lists(
    st.from_regex(r"[a-z][a-z ]{0,110}[a-z.]", fullmatch=True)
    | st.from_regex(r"[a-z]{5}( [a-z]{5}){14,17}\.", fullmatch=True),  # about the limit
    max_size=4,
)


@example(["Model.", "m" * 95], ["Field.", "f" * 95])
@given(_DOC_LINES, _DOC_LINES)
def test_class_and_field_docstrings_are_written_as_black_leaves_them(
    model_lines: list[str], field_lines: list[str]
) -> None:
    """A class docstring whose last line would pass the limit gets its closing quotes on a
    line of their own; a field's string keeps them (black does not see it as a docstring);
    the formatter vouches for both without black."""
    from generator.codegen import formatting

    model = render.docstring("\n".join(model_lines) or "Model.", indent=4, block=True)
    field = render.docstring("\n\n".join(field_lines) or "Field.", indent=4)
    source = f'class A:\n    """{model}"""\n\n    x: int = 0\n    """{field}"""\n'
    assert black.format_str(source, mode=BLACK_MODE) == source
    assert formatting._as_written(source) == source


def test_unlisted_properties_are_checked_against_additional_properties(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A model with properties and an additionalProperties schema keeps unlisted properties
    and refuses values that do not fit that schema (found by the property tests: pool labels
    took {"": None})."""
    import pydantic

    monkeypatch.chdir(tmp_path)
    spec = _spec("extras_zoo")
    schemas = spec["components"]["schemas"]
    schemas["Labels"] = {
        "type": "object",
        "properties": {"name": {"type": "string"}},
        "additionalProperties": {"type": "integer"},
    }
    schemas["Free"] = {"type": "object", "properties": {"name": {"type": "string"}}}
    schemas["Response"]["properties"]["labels"] = {"$ref": "#/components/schemas/Labels"}
    schemas["Response"]["properties"]["free"] = {"$ref": "#/components/schemas/Free"}
    generate(_write(tmp_path, spec), tmp_path / "out")
    _import(tmp_path / "out", "extras_zoo")
    models = importlib.import_module("extras_zoo.models")
    labels = models.Labels.model_validate({"name": "a", "count": 3})
    assert labels.model_extra == {"count": 3}
    with pytest.raises(pydantic.ValidationError):
        models.Labels.model_validate({"": None})
    with pytest.raises(pydantic.ValidationError):
        models.Labels.model_validate({"count": "three"})
    assert models.Free.model_validate({"other": None}).model_extra == {"other": None}


def test_modules_formatted_on_every_core_equal_those_formatted_in_one_process(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from generator import DEFAULT_SPEC
    from generator.codegen import formatting
    from generator.codegen.build import build_api
    from generator.spec.validate import load_valid

    monkeypatch.setenv("MODELARTS_GEN_CACHE", "off")
    files = render.render_files(build_api(load_valid(DEFAULT_SPEC).document))
    python = {path: text for path, text in files.items() if path.endswith(".py")}
    monkeypatch.setattr(formatting, "_MODULES_PARALLEL_THRESHOLD", 0)
    monkeypatch.setattr(formatting.os, "cpu_count", lambda: 3)
    assert formatting._format_in_parallel(python) == formatting._format_by_units(python)


def test_modules_rendered_by_forked_workers_equal_those_rendered_in_one_process(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from generator import DEFAULT_SPEC
    from generator.codegen.build import build_api
    from generator.spec.validate import load_valid

    api = build_api(load_valid(DEFAULT_SPEC).document)
    serial = render.render_files(api)
    monkeypatch.setattr(render, "_PARALLEL_MODULES", 0)
    monkeypatch.setattr(render.os, "cpu_count", lambda: 3)
    pools: list[Any] = []

    class RecordedPool(render.ProcessPoolExecutor):
        def __init__(self, **options: Any) -> None:
            pools.append(options["max_workers"])
            super().__init__(**options)

    monkeypatch.setattr(render, "ProcessPoolExecutor", RecordedPool)
    assert render.render_files(api) == serial
    assert pools == [3]  # the workers did render
    assert render._FORKED is None  # nothing left behind for the next render


def test_no_field_takes_a_name_of_the_installed_pydantic_base_model() -> None:
    """The base model's attributes are written out in the generator (importing pydantic
    cost every run a tenth of a second): an installed pydantic with a new one fails here."""
    from pydantic import BaseModel

    from generator.codegen.schemas import MODEL_RESERVED

    assert set(dir(BaseModel)) <= MODEL_RESERVED


def test_generation_leaves_the_garbage_collector_as_it_found_it(tmp_path: Path) -> None:
    """The spec and the IR are kept out of collections while they live, and only then."""
    import gc

    from generator import DEFAULT_SPEC

    assert gc.get_freeze_count() == 0
    generate(DEFAULT_SPEC, tmp_path / "sdk")
    assert gc.get_freeze_count() == 0 and gc.isenabled()
    gc.freeze()  # a caller's own freeze is left alone
    try:
        frozen = gc.get_freeze_count()
        generate(DEFAULT_SPEC, tmp_path / "again")
        # Not unfrozen (0), and nothing of the run's left frozen (the spec alone is thousands
        # of objects); a few of the caller's frozen objects may have been freed meanwhile.
        assert frozen - 1000 < gc.get_freeze_count() <= frozen
    finally:
        gc.unfreeze()


def test_the_cli_table_is_written_as_dataclasses_asdict_would() -> None:
    import dataclasses

    from generator import DEFAULT_SPEC
    from generator.codegen.build import build_api
    from generator.codegen.cli_table import cli_table, plain
    from generator.common.jsontext import readable_json
    from generator.spec.validate import load_valid

    for document in (load_valid(DEFAULT_SPEC).document, _spec("table_zoo")):
        table = cli_table(build_api(document), ("ZOO_TOKEN",))
        assert plain(table) == dataclasses.asdict(table)
        assert table.to_json() == readable_json(dataclasses.asdict(table), 2)
    with pytest.raises(TypeError):
        plain({"value": object()})


def test_generating_asks_nobody_for_versions(tmp_path: Path) -> None:
    """importlib.metadata was a twentieth of a second of every start, for two version
    strings: the generator's own and black's (both part of the module cache's key)."""
    spec = _write(tmp_path, _spec("versioned_zoo"))
    script = (
        "import sys\n"
        "from generator.cli import main\n"
        f"assert main(['generate', '-q', '--spec', {str(spec)!r}, '-o', {str(tmp_path / 'out')!r}]) == 0\n"
        "print('imported:', 'importlib.metadata' in sys.modules)\n"
    )
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, env=env, check=True
    )
    assert done.stdout.strip().splitlines()[-1] == "imported: False"


def test_the_versions_read_without_metadata_are_the_installed_ones() -> None:
    import importlib.metadata

    from generator import VERSION
    from generator.codegen.formatting import VERSION as BLACK_VERSION

    assert VERSION == importlib.metadata.version("modelarts-sdk-generator")
    assert BLACK_VERSION == importlib.metadata.version("black") == black.__version__


def test_an_output_that_cannot_be_written_is_bad_input_not_a_bug(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    spec = str(_write(tmp_path, _spec("unwritable_zoo")))
    notes = tmp_path / "notes.txt"
    notes.write_text("mine\n")
    assert main(["generate", "-q", "--spec", spec, "--output", str(notes)]) == 2
    assert "notes.txt exists and is not a folder" in capsys.readouterr().err
    assert notes.read_text() == "mine\n"

    from generator.common import files

    def full(*args: Any, **kwargs: Any) -> Any:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(files, "folder_beside", full)
    monkeypatch.setattr(output, "folder_beside", full)
    assert main(["generate", "-q", "--spec", spec, "--output", str(tmp_path / "out")]) == 2
    error = capsys.readouterr().err
    assert "could not write" in error and "No space left on device" in error
    assert "internal error" not in error and not (tmp_path / "out").exists()


def test_a_regeneration_names_what_it_deletes_and_check_how_to_mend(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    spec = str(_write(tmp_path, _spec("told_zoo")))
    out = tmp_path / "out"
    assert main(["generate", "--spec", spec, "--output", str(out)]) == 0
    assert "files; " in capsys.readouterr().err
    (out / "told_zoo" / "notes.txt").write_text("mine\n")
    (out / ".git").mkdir()
    assert main(["generate", "--spec", spec, "--output", str(out)]) == 0
    printed = capsys.readouterr().err
    assert "; 1 removed" in printed and "removed  told_zoo/notes.txt" in printed
    assert (out / ".git").is_dir()
    assert main(["generate", "--spec", spec, "--output", str(out)]) == 0
    assert "files; none changed" in capsys.readouterr().err
    for name in range(60):
        (out / f"stray{name:02}.py").write_text("")
    assert main(["generate", "--check", "--spec", spec, "--output", str(out)]) == 1
    printed = capsys.readouterr().err
    assert f"run `python -m generator generate --spec {spec} --output {out}`" in printed
    assert printed.rstrip().endswith("... and 10 more")


def test_generating_into_somebody_elses_folder_is_refused_before_the_work(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    spec = _write(tmp_path, _spec("careful_zoo"))  # tmp_path: a project holding the spec
    (tmp_path / "src").mkdir()
    (tmp_path / "src" / "app.py").write_text("print('mine')\n")
    monkeypatch.setattr("generator.codegen.generate.load_valid", broken_load)
    assert main(["generate", "-q", "--spec", str(spec), "--output", str(tmp_path)]) == 2
    printed = capsys.readouterr().err
    assert "holds files this generator did not make (such as src/app.py)" in printed
    assert spec.exists() and (tmp_path / "src" / "app.py").exists()


def broken_load(*args: Any, **kwargs: Any) -> Any:
    raise AssertionError("the spec was loaded before the output was checked")


def test_bundling_to_a_folder_is_bad_input(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    spec = _write(tmp_path, _spec("bundled_zoo"))
    folder = tmp_path / "folder"
    folder.mkdir()
    assert main(["bundle", str(spec), "-o", str(folder), "--no-lint"]) == 2
    printed = capsys.readouterr().err
    assert "error: could not write" in printed and "internal error" not in printed


def test_the_root_folder_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    spec = str(_write(tmp_path, _spec("rooted_zoo")))
    assert main(["generate", "-q", "--spec", spec, "--output", "/"]) == 2
    assert main(["generate", "--check", "--spec", spec, "--output", "/"]) == 2
    assert main(["bundle", spec, "-o", "/", "--no-lint"]) == 2
    printed = capsys.readouterr().err
    assert "internal error" not in printed and "did not make" in printed
