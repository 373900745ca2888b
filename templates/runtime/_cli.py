"""The command line's entry point (the console script runs ``main``).

The commands (``_cli_app``) need the ``[cli]`` extra; this module needs only the standard
library, so that without the extra the script says what to install instead of a traceback.
"""

from __future__ import annotations

import importlib
import importlib.util
import sys
from typing import NoReturn, Sequence

from . import _settings

# The modules of pyproject.toml's extras, by import name.
CLI_MODULES = ("click", "rich", "yaml", "jmespath")
MOCK_MODULES = ("starlette", "uvicorn", "jsonschema")


def main(argv: Sequence[str] | None = None) -> None:
    require_extra("cli", "the command line", CLI_MODULES)
    importlib.import_module(f"{__package__}._cli_app").main(argv)


def require_extra(extra: str, what: str, modules: Sequence[str]) -> None:
    """Exit with a usage error's status, saying which extra to install, if a module is missing."""
    missing = next((name for name in modules if not _installed(name)), None)
    if missing is not None:
        _exit_for_extra(extra, what, missing)


def _exit_for_extra(extra: str, what: str, module: str) -> NoReturn:
    sys.stderr.write(
        f"{what} needs the [{extra}] extra (no module named {module!r}): "
        f"pip install '{_settings.DISTRIBUTION}[{extra}]'\n"
    )
    sys.exit(2)


def _installed(module: str) -> bool:
    """Whether module can be imported, found without importing it (--help stays fast)."""
    try:
        return importlib.util.find_spec(module) is not None
    except ImportError:
        return False
