"""Spec-driven SDK generator: load -> validate -> IR -> templates -> files."""

from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SPEC = PROJECT_ROOT / "spec" / "openapi.yaml"
DEFAULT_OUTPUT = PROJECT_ROOT / "generated"
