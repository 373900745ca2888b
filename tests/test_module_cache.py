"""Method and model modules remembered across runs: reused only while every input is the same."""

from __future__ import annotations

import copy
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from generator import DEFAULT_SPEC, PROJECT_ROOT, TEMPLATES
from generator.codegen import module_cache, render
from generator.codegen.build import build_api
from generator.spec.validate import load_valid


@pytest.fixture(scope="module")
def document() -> dict[str, Any]:
    return load_valid(DEFAULT_SPEC).document


@pytest.fixture
def rendered_now(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The modules rendered (not taken from the cache) by each render_package, in order."""
    monkeypatch.setenv("MODELARTS_GEN_CACHE", str(tmp_path / "cache"))
    remembered: list[str] = []
    put = module_cache.put
    monkeypatch.setattr(
        module_cache, "put", lambda entry, text: remembered.append(text) or put(entry, text)
    )
    return remembered


def _modules(files: dict[str, str]) -> set[str]:
    return {p for p in files if "/_methods/" in p or "/models/" in p} - {
        p for p in files if p.endswith(("__init__.py", "_unions.py"))
    }


def _uncached(
    document: dict[str, Any], monkeypatch: pytest.MonkeyPatch, templates: Path = TEMPLATES
) -> dict[str, str]:
    with monkeypatch.context() as patch:
        patch.setenv("MODELARTS_GEN_CACHE", "off")
        return render.render_package(build_api(document), templates)


def _edited(document: dict[str, Any], operation_id: str) -> dict[str, Any]:
    edited = copy.deepcopy(document)
    for item in edited["paths"].values():
        for operation in item.values():
            if isinstance(operation, dict) and operation.get("operationId") == operation_id:
                operation["summary"] = "Edited summary."
    return edited


def test_unchanged_modules_come_from_the_cache_and_equal_a_fresh_rendering(
    document: dict[str, Any], rendered_now: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    first = render.render_package(build_api(document))
    modules = _modules(first)
    assert len(rendered_now) == len(modules) > 40
    rendered_now.clear()
    assert render.render_package(build_api(document)) == first
    assert rendered_now == []  # every module from the cache
    assert first == _uncached(document, monkeypatch)


def test_an_edited_operation_renders_its_module_again_and_no_other(
    document: dict[str, Any], rendered_now: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    render.render_package(build_api(document))
    rendered_now.clear()
    edited = _edited(document, "list_algorithms")
    files = render.render_package(build_api(edited))
    [text] = rendered_now
    assert "Edited summary." in text
    assert [p for p in _modules(files) if files[p] == text] == [
        "modelarts_client/_methods/_algorithm.py"
    ]
    assert files == _uncached(edited, monkeypatch)


def test_a_new_version_or_an_edited_template_renders_every_module_again(
    document: dict[str, Any],
    rendered_now: list[str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    first = render.render_package(build_api(document))
    modules = _modules(first)
    rendered_now.clear()
    # the version is only in each file's header
    bumped = {**document, "info": {**document["info"], "version": "9.9.9"}}
    files = render.render_package(build_api(bumped))
    assert len(rendered_now) == len(modules)
    assert files == _uncached(bumped, monkeypatch)
    templates = tmp_path / "templates"
    shutil.copytree(TEMPLATES, templates)
    macros = templates / "package" / "_client_macros.jinja"  # read by method modules only
    macros.write_text(macros.read_text().replace('"""', '"""Edited. ', 1))
    rendered_now.clear()
    files = render.render_package(build_api(document), templates)
    assert files != first
    assert len(rendered_now) == len(modules)  # the fingerprint covers every template
    assert files == _uncached(document, monkeypatch, templates)


def test_module_keys_do_not_depend_on_the_interpreters_hash_seed() -> None:
    program = (
        "from generator import DEFAULT_SPEC\n"
        "from generator.codegen import module_cache, render\n"
        "from generator.codegen.build import build_api\n"
        "from generator.spec.validate import load_valid\n"
        "keys = []\n"
        "module_cache.get = lambda entry: keys.append(entry)\n"
        "render._render(build_api(load_valid(DEFAULT_SPEC).document), render.TEMPLATES, True)\n"
        "print(len(keys), sorted(keys))\n"
    )
    runs = {
        subprocess.run(
            [sys.executable, "-c", program],
            cwd=PROJECT_ROOT,
            env={"PYTHONHASHSEED": seed, "MODELARTS_GEN_CACHE": "off", "PATH": ""},
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        for seed in ("1", "2", "3")
    }
    assert len(runs) == 1 and not next(iter(runs)).startswith("0 ")


def test_a_cache_that_cannot_be_written_only_costs_time(
    document: dict[str, Any], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import jinja2.bccache

    from generator.common import files

    refused: list[object] = []

    def full(*args: Any, **kwargs: Any) -> Any:
        refused.append(args)
        raise OSError(28, "No space left on device")

    monkeypatch.setenv("MODELARTS_GEN_CACHE", str(tmp_path / "cache"))
    monkeypatch.setattr(jinja2.bccache.tempfile, "NamedTemporaryFile", full)
    monkeypatch.setattr(files, "open", full, raising=False)  # every new cache entry
    assert render.render_package(build_api(document)) == _uncached(document, monkeypatch)
    assert refused  # the writes were tried, and refused
