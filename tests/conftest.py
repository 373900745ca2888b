from __future__ import annotations

import sys
from pathlib import Path
from typing import Any, Callable

import pytest
import yaml

sys.path.insert(0, str(Path(__file__).parent))


@pytest.fixture
def write_spec(tmp_path: Path) -> Callable[..., Path]:
    """Write YAML files under tmp_path; return the path of the first one."""

    def write(files: dict[str, Any]) -> Path:
        first = None
        for name, content in files.items():
            path = tmp_path / name
            path.parent.mkdir(parents=True, exist_ok=True)
            text = content if isinstance(content, str) else yaml.safe_dump(content, sort_keys=False)
            path.write_text(text, encoding="utf-8")
            first = first or path
        assert first is not None
        return first

    return write


def minimal_spec() -> dict[str, Any]:
    """A small spec that passes every lint rule; tests break one thing at a time."""
    return {
        "openapi": "3.1.0",
        "info": {"title": "Pets", "version": "1"},
        "tags": [{"name": "Pet"}],
        "paths": {
            "/pets/{pet_id}": {
                "get": {
                    "operationId": "show_pet",
                    "tags": ["Pet"],
                    "summary": "Show a pet.",
                    "parameters": [
                        {
                            "name": "pet_id",
                            "in": "path",
                            "required": True,
                            "schema": {"type": "string"},
                        }
                    ],
                    "responses": {
                        "200": {
                            "description": "The pet.",
                            "content": {
                                "application/json": {
                                    "schema": {"$ref": "#/components/schemas/Pet"},
                                    "examples": {"rex": {"value": {"name": "Rex", "age": 3}}},
                                }
                            },
                        },
                        "404": {"description": "No such pet."},
                    },
                }
            }
        },
        "components": {
            "schemas": {
                "Pet": {
                    "type": "object",
                    "required": ["name"],
                    "properties": {"name": {"type": "string"}, "age": {"type": "integer"}},
                }
            }
        },
    }
