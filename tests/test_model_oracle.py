"""datamodel-code-generator as an independent oracle for the models of the ModelArts SDK
and of every conformance spec's SDK.

It generates its own pydantic models from the bundled spec; every value our hypothesis
strategies draw for a component schema must be accepted by both, and dump (by wire name,
set fields only) to the same JSON. Documented differences, where the oracle checks more
than our models do on purpose, are told apart and counted, not failed:

- formats: it validates `uri` (AnyUrl) and `byte` (Base64Str); our models leave formats to
  the server, as they leave lengths, ranges and patterns;
- secrets: it dumps a `password` field (SecretStr) as "**********";
- discriminators: it types a variant's discriminator property as its tag (a Literal).

Schemas with binary fields (multipart parts: bytes, which no JSON value is) are not compared.

ORACLE_EXAMPLES sets the values drawn per schema (default 5).
"""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pydantic
import pytest
import yaml
from hypothesis import HealthCheck, given, settings

from generator import DEFAULT_SPEC
from generator.codegen.build import build_api
from generator.codegen.generate import generate
from generator.spec.validate import load_valid

EXAMPLES = int(os.environ.get("ORACLE_EXAMPLES", "5"))
# What the oracle refuses on purpose where our models do not: formats we do not check.
CHECKED_FORMATS_ONLY_THERE = {"url_parsing", "url_type", "url_scheme", "base64_decode"}
# It narrows a discriminator property to its variant's tag (a Literal): a component schema
# alone allows any string there.
DOCUMENTED_REFUSALS = CHECKED_FORMATS_ONLY_THERE | {"literal_error"}
MASKED = "**********"


def without_extensions(node: Any) -> Any:
    """The document without x- keys: the oracle reads some (x-enum-descriptions) otherwise."""
    if isinstance(node, dict):
        return {k: without_extensions(v) for k, v in node.items() if not k.startswith("x-")}
    if isinstance(node, list):
        return [without_extensions(v) for v in node]
    return node


def _has_schemas(spec: Path) -> bool:
    return bool((yaml.safe_load(spec.read_text("utf-8")).get("components") or {}).get("schemas"))


CONFORMANCE = sorted((Path(__file__).parent / "conformance" / "specs").glob("*.yaml"))
SPECS = [DEFAULT_SPEC, *(spec for spec in CONFORMANCE if _has_schemas(spec))]


@pytest.fixture(params=SPECS, ids=lambda spec: spec.stem if spec != DEFAULT_SPEC else "modelarts")
def sdk(request: pytest.FixtureRequest, tmp_path: Path) -> tuple[dict[str, Any], ModuleType]:
    """A spec's bundled document and the models module of its SDK."""
    spec: Path = request.param
    if spec == DEFAULT_SPEC:
        return load_valid(spec).document, importlib.import_module("modelarts_client")
    result = generate(spec, tmp_path / "sdk")
    sys.path.insert(0, str(tmp_path / "sdk"))
    try:
        package = importlib.import_module(result.api.package.import_name)
    finally:
        sys.path.remove(str(tmp_path / "sdk"))
    return load_valid(spec, strict=False).document, package


def oracle_models(document: dict[str, Any], folder: Path) -> ModuleType:
    """The oracle's models of a document, imported."""
    (folder / "spec.json").write_text(json.dumps(without_extensions(document)), "utf-8")
    codegen = Path(sys.executable).with_name("datamodel-codegen")
    command = [str(codegen), "--input", str(folder / "spec.json"), "--input-file-type", "openapi"]
    command += ["--output", str(folder / "oracle_models.py"), "--formatters", "black"]
    command += ["--output-model-type", "pydantic_v2.BaseModel", "--allow-extra-fields"]
    generated = subprocess.run(command, capture_output=True, text=True)
    assert generated.returncode == 0, generated.stderr
    name = f"oracle_models_{folder.name}"
    spec = importlib.util.spec_from_file_location(name, folder / "oracle_models.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # pydantic resolves forward references there
    spec.loader.exec_module(module)
    return module


def test_the_oracle_and_our_models_agree(
    sdk: tuple[dict[str, Any], ModuleType], tmp_path: Path
) -> None:
    document, package = sdk
    models = importlib.import_module(f"{package.__name__}.models")
    schemas = importlib.import_module(f"{package.__name__}.strategies").Schemas()
    oracle = oracle_models(document, tmp_path)
    api = build_api(document)
    # Binary fields (multipart parts) hold bytes, which JSON values cannot: not compared.
    binary = {m.name for m in api.models if any(f.type.name == "bytes" for f in m.fields)}
    pairs = []
    for pointer, ref in api.component_types:
        theirs = getattr(oracle, pointer.rsplit("/", 1)[1], None)
        if ref.kind != "model" or ref.name in binary:
            continue
        if isinstance(theirs, type) and issubclass(theirs, pydantic.BaseModel):
            pairs.append((pointer, getattr(models, ref.name), theirs))
    tally = {"values": 0, "documented": 0}
    disagreements: list[str] = []

    for pointer, ours, theirs in pairs:

        @settings(
            max_examples=EXAMPLES,
            database=None,
            derandomize=True,
            deadline=None,
            suppress_health_check=list(HealthCheck),
        )
        @given(schemas.instances(pointer))
        def compare(value: Any) -> None:
            tally["values"] += 1
            verdict = agreement(ours, theirs, value)
            if verdict == "documented":
                tally["documented"] += 1
            elif verdict:
                disagreements.append(f"{pointer}: {verdict}")

        compare()
    print(
        f"oracle, {package.__name__}: {len(pairs)} schemas, {tally['values']} values, "
        f"{tally['documented']} documented differences, {len(disagreements)} disagreements"
    )
    assert pairs
    assert not disagreements, "\n".join(disagreements[:10])


def agreement(ours: type[pydantic.BaseModel], theirs: type[pydantic.BaseModel], value: Any) -> str:
    """ "" when both models read value alike; "documented" for a known difference; else why."""
    mine = ours.model_validate(value).model_dump(mode="json", by_alias=True, exclude_unset=True)
    try:
        other = theirs.model_validate(value)
    except pydantic.ValidationError as error:
        if {e["type"] for e in error.errors()} <= DOCUMENTED_REFUSALS:
            return "documented"
        return f"the oracle refused {json.dumps(value)[:200]}: {error.errors()[0]['msg']}"
    dumped = other.model_dump(mode="json", by_alias=True, exclude_unset=True)
    differences = list(_differences(mine, dumped, ""))
    if not differences:
        return ""
    if all(theirs_value == MASKED for _, theirs_value in differences):
        return "documented"
    return f"dumps differ at {differences[0]}"


def _differences(a: Any, b: Any, path: str) -> Any:
    if isinstance(a, dict) and isinstance(b, dict):
        for key in sorted(set(a) | set(b)):
            yield from _differences(a.get(key, "<absent>"), b.get(key, "<absent>"), f"{path}/{key}")
    elif isinstance(a, list) and isinstance(b, list) and len(a) == len(b):
        for index, (x, y) in enumerate(zip(a, b)):
            yield from _differences(x, y, f"{path}/{index}")
    elif a != b:
        yield path, b
