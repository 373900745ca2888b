"""The models package: which module each class lives in, and that classes load on first use."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

from generator.codegen.build import build_api
from generator.codegen.generate import generate
from generator.codegen.modules import ModelModule, literal_names, model_modules, typed_dict_names


def _object(**properties: Any) -> dict[str, Any]:
    return {"type": "object", "properties": properties}


def _ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


SPEC: dict[str, Any] = {
    "openapi": "3.0.3",
    "info": {"title": "Shelf", "version": "1"},
    "x-sdk": {"package": "shelf", "client": "Shelf"},
    "servers": [{"url": "https://shelf.test"}],
    "paths": {
        "/books": {
            "get": {
                "operationId": "listBooks",
                "responses": {
                    "200": {
                        "description": "ok",
                        "content": {"application/json": {"schema": _ref("BookList")}},
                    }
                },
            },
            "post": {
                "operationId": "createBook",
                "requestBody": {"content": {"application/json": {"schema": _ref("Book")}}},
                "responses": {
                    "201": {
                        "description": "ok",
                        "content": {"application/json": {"schema": _ref("Book")}},
                    }
                },
            },
        },
        "/authors": {
            "get": {
                "operationId": "getAuthor",
                "responses": {
                    "200": {
                        "description": "ok",
                        "content": {"application/json": {"schema": _ref("Author")}},
                    }
                },
            }
        },
    },
    "components": {
        "schemas": {
            # BookList -> Book (also answered by an operation: a module of its own)
            "BookList": _object(items={"type": "array", "items": _ref("Book")}),
            # Book -> Cover (only Book uses it: beside Book), Author (shared)
            "Book": _object(
                cover=_ref("Cover"),
                author=_ref("Author"),
                genre={"type": "string", "enum": ["novel", "essay"]},
            ),
            "Cover": _object(colour={"type": "string"}),
            # Author <-> Bio: a cycle, one module; Author is used by Book and an operation
            "Author": _object(bio=_ref("Bio")),
            "Bio": _object(author=_ref("Author"), cover=_ref("Cover2")),
            "Cover2": _object(colour={"type": "string"}),
            # Publisher: used by nothing but the components
            "Publisher": _object(name={"type": "string"}),
        }
    },
}


def _modules() -> list[ModelModule]:
    api = build_api(json.loads(json.dumps(SPEC)))
    dicts = typed_dict_names(api)
    return model_modules(api, dicts, literal_names(api, dicts))


def _layout() -> dict[str, set[str]]:
    modules = _modules()
    return {m.name: {c.name for c in (*m.enums, *m.models)} for m in modules}


def test_each_class_lives_with_its_only_user_cycles_together_operation_types_alone() -> None:
    layout = _layout()
    assert layout["_book_list"] == {"BookList"}
    assert layout["_book"] >= {"Book", "Cover"}  # and the genre enum, which only Book uses
    assert len(layout["_book"]) == 3
    assert layout["_author"] == {"Author", "Bio", "Cover2"}
    assert layout["_publisher"] == {"Publisher"}
    every = [name for names in layout.values() for name in names]
    assert len(every) == len(set(every))


def test_modules_import_each_other_without_cycles() -> None:
    modules = _modules()
    imports = {m.name: {module for module, _ in m.imports} for m in modules}
    assert imports["_book_list"] == {"_book"}
    assert imports["_book"] == {"_author"}
    assert imports["_author"] == set()


def test_importing_the_models_loads_no_class_until_one_is_used(tmp_path: Path) -> None:
    spec = tmp_path / "openapi.json"
    spec.write_text(json.dumps(SPEC))
    generate(spec, tmp_path / "out")
    script = """
import sys
import shelf.models as models
loaded = lambda: sorted(k for k in sys.modules if k.startswith("shelf.models."))
print(loaded())
book = models.Book.from_dict({"cover": {"colour": "red"}, "author": {"bio": {}}})
print(loaded())
print(type(book.author.bio).__name__, models.Book is models._book.Book, "Book" in dir(models))
try:
    models.Nothing
except AttributeError as error:
    print(error)
"""
    result = subprocess.run(
        [sys.executable, "-c", script],
        cwd=tmp_path / "out",
        capture_output=True,
        text=True,
        check=True,
    )
    assert result.stdout.splitlines() == [
        "[]",
        "['shelf.models._author', 'shelf.models._book']",
        "Bio True True",
        "module 'shelf.models' has no attribute 'Nothing'",
    ]
