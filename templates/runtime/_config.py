"""Named profiles in a TOML config file. A profile chosen explicitly (``profile=``,
``--profile``, $PREFIX_PROFILE) ranks after the arguments and before the environment; the
default profile comes last, after the environment.

    [default]
    region = "cn-north-4"
    project_id = "..."

    [profiles.dev]
    endpoint = "https://modelarts.example.com"
    ak = "..."
    sk = "..."
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any

from . import _settings
from ._exceptions import ConfigurationError

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib


def config_path() -> Path:
    configured = os.environ.get(_settings.ENVIRONMENT["config_file"])
    return Path(configured or _settings.CONFIG_FILE).expanduser()


def load_profiles(profile: str | None) -> tuple[dict[str, Any], dict[str, Any]]:
    """(settings above the environment, settings below it): an explicitly chosen profile's
    settings are the first, the default profile's the second."""
    settings = load_profile(profile)
    chosen = profile or os.environ.get(_settings.ENVIRONMENT["profile"])
    return (settings, {}) if chosen else ({}, settings)


def load_profile(profile: str | None) -> dict[str, Any]:
    """The settings of profile (default: $PREFIX_PROFILE, else 'default'); {} if none.

    Naming a profile that does not exist is an error; a missing file is not, unless a
    profile was named explicitly.
    """
    name = profile or os.environ.get(_settings.ENVIRONMENT["profile"]) or "default"
    path = config_path()
    if not path.is_file():
        if profile:
            raise ConfigurationError(f"profile {profile!r} not found: no config file at {path}")
        return {}
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise ConfigurationError(f"cannot read config file {path}: {exc}") from exc
    section = data.get(name) if name == "default" else (data.get("profiles") or {}).get(name)
    if section is None:
        if name != "default":
            raise ConfigurationError(f"profile {name!r} not found in {path}")
        return {}
    if not isinstance(section, dict):
        raise ConfigurationError(f"profile {name!r} in {path} is not a table")
    return {str(k): v for k, v in section.items()}
