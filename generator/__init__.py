"""Spec-driven SDK generator: spec -> IR -> templates -> files.

The stages are packages, each importing only those below it: ``release`` (version, changelog,
dist, publish) -> ``diff`` (compare two specs) -> ``codegen`` (IR, templates, formatting,
output) -> ``spec`` (read, bundle, walk, validate, lint); ``common`` serves them all and
``cli`` is the one command line.
"""

from importlib import resources
from pathlib import Path

# The distribution's version: pyproject.toml reads it from here (a literal, so setuptools
# reads it without importing anything), and nothing has to ask importlib.metadata for it.
__version__ = "0.1.0"

PROJECT_ROOT = Path(__file__).resolve().parent.parent
# The command's name, and its version.
TOOL = "openapi-sdk-gen"
VERSION = __version__


def _data_folder(shipped: str, checkout: str) -> Path:
    """A folder shipped inside the installed package, or the checkout's own copy of it."""
    packaged = resources.files(__name__) / shipped
    if packaged.is_dir():
        return Path(str(packaged))
    return PROJECT_ROOT / checkout


# The Jinja2 templates and the flagship ModelArts spec: package data in a wheel
# (pyproject.toml maps them in), the top-level folders in a checkout.
TEMPLATES = _data_folder("templates", "templates")
DEFAULT_SPEC = _data_folder("modelarts_spec", "spec") / "openapi.yaml"
# generated/ is the checkout's SDK; an installed generator needs --output.
DEFAULT_OUTPUT = PROJECT_ROOT / "generated"
IN_CHECKOUT = DEFAULT_OUTPUT.is_dir() and (PROJECT_ROOT / "pyproject.toml").is_file()
