"""What a client needs before it can call the API, checked when the client is made.

A client with an unknown region, no credentials at all, or no way to fill a value every
call needs (``project_id``) would fail on its first call, or worse, after retries against a
host that does not exist; it fails at construction instead, saying what to set. A value the
spec says how to look up (``x-sdk`` lookup) is fetched on the first call that needs it, and
kept by the client and its copies.
"""

from __future__ import annotations

from typing import Any, Mapping

from . import _settings
from ._auth import SchemeAuth, missing_credentials
from ._config import config_path
from ._exceptions import ConfigurationError
from ._wire import OperationSpec


def check_region(region: str | None, endpoint: str | None) -> None:
    """A region the API runs in, or an endpoint (with it, any region goes)."""
    known = _settings.REGIONS
    if not (_settings.REGIONAL and known) or endpoint:
        return
    names = ", ".join(known)
    env = _settings.ENVIRONMENT
    if not region:
        raise ConfigurationError(
            f"no region: pass region=... (or set {env['region']}, or region in a profile of "
            f"{config_path()}), or endpoint=... (or set {env['endpoint']}); regions: {names}"
        )
    if region not in known:
        raise ConfigurationError(
            f"unknown region {region!r}: the API runs in {names}; pass endpoint=... (or set "
            f"{env['endpoint']}) to use another"
        )


def check_credentials(schemes: Mapping[str, SchemeAuth]) -> None:
    """Credentials for at least one operation (the client's own token and lookup calls
    aside): a client that can call nothing was surely meant to have some."""
    from . import _operations

    own = {_settings.TOKEN_PROVIDER.get("operation", "")}
    own |= {lookup["operation"] for lookup in _settings.LOOKUPS.values()}
    operations = [
        spec
        for name, spec in vars(_operations).items()
        if isinstance(spec, OperationSpec) and name.lower() not in own
    ]
    if not operations or any(_callable(spec, schemes) for spec in operations):
        return
    alternatives = _settings.DEFAULT_SECURITY or _security(operations[0])
    raise ConfigurationError("no credentials: " + missing_credentials(alternatives))


def _security(operation: OperationSpec) -> tuple[tuple[str, ...], ...]:
    return _settings.DEFAULT_SECURITY if operation.security is None else operation.security


def _callable(operation: OperationSpec, schemes: Mapping[str, SchemeAuth]) -> bool:
    alternatives = _security(operation)
    return not alternatives or any(all(name in schemes for name in a) for a in alternatives)


def check_client_parameters(values: Mapping[str, str | None], region: str | None) -> None:
    """Each value every call needs: set, or looked up later (which needs the region)."""
    for name, env in _settings.CLIENT_PARAMETERS.items():
        if values.get(name):
            continue
        lookup = _settings.LOOKUPS.get(name)
        if lookup and (region or not _needs_region(lookup)):
            continue
        how = f"pass {name}=... (or set {env}, or {name} in a profile of {config_path()})"
        if lookup:
            how += f", or a region (region=... or {_settings.ENVIRONMENT['region']}) to look it up"
        raise ConfigurationError(f"{name} is not set: {how}")


def _needs_region(lookup: Mapping[str, Any]) -> bool:
    return any("{region}" in str(v) for v in lookup["arguments"].values())


def due_lookups(
    operation: OperationSpec, values: Mapping[str, str | None]
) -> list[tuple[str, dict[str, Any]]]:
    """The values this call needs that are not known yet, each with its lookup."""
    return [
        (param.python_name, _settings.LOOKUPS[param.python_name])
        for param in operation.params
        if param.from_client
        and not values.get(param.python_name)
        and param.python_name in _settings.LOOKUPS
    ]


def lookup_call(lookup: Mapping[str, Any], region: str | None) -> tuple[OperationSpec, Any]:
    """The operation that finds a value, and its arguments."""
    from . import _operations

    arguments = {
        name: str(value).replace("{region}", region or "")
        for name, value in lookup["arguments"].items()
    }
    return getattr(_operations, lookup["operation"].upper()), arguments


def looked_up(name: str, lookup: Mapping[str, Any], answer: Any, region: str | None) -> str:
    """The value in the lookup's answer: the field of the one item of its list."""
    items = answer
    for token in str(lookup["items"]).strip("/").split("/"):
        items = items.get(token) if isinstance(items, dict) and token else items
    if not isinstance(items, list) or len(items) != 1 or not isinstance(items[0], dict):
        found = len(items) if isinstance(items, list) else 0
        where = f" for region {region!r}" if region else ""
        raise ConfigurationError(
            f"{name} is not set and {found} were found{where} (one is needed): pass "
            f"{name}=... (or set {_settings.CLIENT_PARAMETERS.get(name) or name})"
        )
    value = items[0].get(lookup["value"])
    if not isinstance(value, str) or not value:
        raise ConfigurationError(f"{name}: the lookup's answer has no {lookup['value']!r}")
    return value


def lookup_failed(name: str, error: Exception) -> ConfigurationError:
    env = _settings.CLIENT_PARAMETERS.get(name) or name
    return ConfigurationError(
        f"{name} is not set and looking it up failed ({error}): pass {name}=... (or set {env})"
    )
