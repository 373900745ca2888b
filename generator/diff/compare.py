"""Paths, operations, parameters, request bodies, responses, headers, security and the
spec-wide parts (info, tags, components, webhooks); schemas go to schema.py."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any, Iterator

from ..spec.walk import METHODS, resolve
from . import lifecycle
from .change import Change
from .lifecycle import DeprecationPolicy, Event, Removal
from .schema import SchemaDiff
from .scope import Scope, change

_TEMPLATE = re.compile(r"\{[^}]*\}")
_NUMBER = r"(0|[1-9]\d*)"
_SEMVER = re.compile(
    rf"^v?{_NUMBER}\.{_NUMBER}\.{_NUMBER}(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$"
)

# Rule ids of the deprecation events and removals, by place (lifecycle.py decides which).
OPERATION_EVENTS: dict[Event, str] = {
    "deprecated": "endpoint-deprecated",
    "deprecated-with-sunset": "endpoint-deprecated-with-sunset",
    "reactivated": "endpoint-reactivated",
    "sunset-missing": "api-deprecated-sunset-missing",
    "sunset-invalid": "api-deprecated-sunset-parse",
    "sunset-too-small": "api-sunset-date-too-small",
    "sunset-deleted": "sunset-deleted",
    "sunset-earlier": "api-sunset-date-changed-too-small",
}
PARAMETER_EVENTS: dict[Event, str] = {
    "deprecated": "request-parameter-deprecated",
    "deprecated-with-sunset": "request-parameter-deprecated",  # oasdiff has no sunset variant
    "reactivated": "request-parameter-reactivated",
    "sunset-missing": "request-parameter-deprecated-sunset-missing",
    "sunset-invalid": "request-parameter-sunset-parse",
    "sunset-too-small": "request-parameter-sunset-date-too-small",
    "sunset-deleted": "request-parameter-sunset-deleted",
    "sunset-earlier": "request-parameter-sunset-date-changed-too-small",
}
OPERATION_REMOVED: dict[Removal, str] = {
    "without-deprecation": "api-removed-without-deprecation",
    "with-deprecation": "api-removed-with-deprecation",
    "before-sunset": "api-removed-before-sunset",
    "sunset-parse": "api-path-sunset-parse",
}
PATH_REMOVED: dict[Removal, str] = {
    "without-deprecation": "api-path-removed-without-deprecation",
    "with-deprecation": "api-path-removed-with-deprecation",
    "before-sunset": "api-path-removed-before-sunset",
    "sunset-parse": "api-path-sunset-parse",
}
PARAMETER_REMOVED: dict[Removal, str] = {
    "without-deprecation": "request-parameter-removed",
    "with-deprecation": "request-parameter-removed-with-deprecation",
    "before-sunset": "request-parameter-removed-before-sunset",
    "sunset-parse": "request-parameter-sunset-parse",
}


class SpecDiff:
    def __init__(self, old: dict[str, Any], new: dict[str, Any], policy: DeprecationPolicy) -> None:
        self.old, self.new = old, new
        self.policy = policy
        self.changes: list[Change] = []
        self.schemas = SchemaDiff(old, new, self.changes.append, policy)

    def run(self) -> list[Change]:
        self._paths()
        self._webhooks()
        self._components()
        self._security_schemes()
        self._global_security()
        self._version()
        return self.changes

    def _add(self, rule_id: str, scope: Scope, message: str, side: str = "new") -> None:
        self.changes.append(change(rule_id, scope, message, side=side))

    # -- paths and operations -----------------------------------------------------------

    def _paths(self) -> None:
        old_paths, new_paths = _by_template(self.old), _by_template(self.new)
        for key in sorted(old_paths.keys() | new_paths.keys()):
            old_item = old_paths.get(key)
            new_item = new_paths.get(key)
            old_ops = dict(_operations(old_item[1])) if old_item else {}
            new_ops = dict(_operations(new_item[1])) if new_item else {}
            for method in METHODS:
                if method in old_ops and method not in new_ops:
                    assert old_item is not None
                    self._removed_operation(
                        old_item[0], method, old_ops[method], path_gone=new_item is None
                    )
                elif method in new_ops and method not in old_ops:
                    assert new_item is not None
                    scope = _scope(new_item[0], method, new_ops[method])
                    self._add("endpoint-added", scope, "operation added")
                elif method in old_ops:
                    assert old_item is not None and new_item is not None
                    self._operation(
                        (old_item, old_ops[method]), (new_item, new_ops[method]), method
                    )

    def _removed_operation(
        self, path: str, method: str, op: dict[str, Any], path_gone: bool
    ) -> None:
        kind, words = lifecycle.removal(op, self.policy)
        table = PATH_REMOVED if path_gone else OPERATION_REMOVED
        what = "path" if path_gone else "operation"
        self._add(table[kind], _scope(path, method, op), f"{what} {words}", "old")

    def _operation(
        self,
        old: tuple[tuple[str, dict[str, Any]], dict[str, Any]],
        new: tuple[tuple[str, dict[str, Any]], dict[str, Any]],
        method: str,
    ) -> None:
        (old_path, old_item), old_op = old
        (path, new_item), new_op = new
        scope = _scope(path, method, new_op)
        self._operation_lifecycle(old_op, new_op, scope)
        self._operation_names(old_op, new_op, scope)
        self._parameters((old_path, old_item, old_op), (path, new_item, new_op), scope)
        self._request_body(old_op.get("requestBody"), new_op.get("requestBody"), scope)
        self._responses(old_op.get("responses") or {}, new_op.get("responses") or {}, scope)
        self._security(old_op.get("security"), new_op.get("security"), scope, "api")

    def _operation_lifecycle(self, old: dict[str, Any], new: dict[str, Any], scope: Scope) -> None:
        self._deprecation(old, new, scope, OPERATION_EVENTS)
        self._stability(old, new, scope)

    def _deprecation(
        self, old: Any, new: Any, scope: Scope, table: dict[lifecycle.Event, str]
    ) -> None:
        """The deprecation events from old to new under the rule ids of this place."""
        for event, message in lifecycle.events(old, new, self.policy):
            if event in table:
                self._add(table[event], scope, message)

    def _stability(self, old: dict[str, Any], new: dict[str, Any], scope: Scope) -> None:
        before, after = lifecycle.stability(old), lifecycle.stability(new)
        levels = lifecycle.STABILITY
        if after is not None and after not in levels:
            self._add(
                "api-invalid-stability-level",
                scope,
                f"x-stability-level {after!r} is not one of {', '.join(levels)}",
            )
            return
        if before == after or before not in levels or after is None:
            return
        if levels.index(after) < levels.index(before):
            self._add("api-stability-decreased", scope, f"stability {before} -> {after}")
        else:
            self._add("api-stability-increased", scope, f"stability {before} -> {after}")

    def _operation_names(self, old: dict[str, Any], new: dict[str, Any], scope: Scope) -> None:
        before, after = old.get("operationId"), new.get("operationId")
        if before != after:
            if before is not None:
                self._add(
                    "api-operation-id-removed", scope, f"operationId {before!r} removed", "old"
                )
            if after is not None:
                self._add("api-operation-id-added", scope, f"operationId {after!r} added")
        old_tags, new_tags = set(old.get("tags") or []), set(new.get("tags") or [])
        for tag in sorted(old_tags - new_tags, key=str):
            self._add("api-tag-removed", scope, f"tag {tag!r} removed")
        for tag in sorted(new_tags - old_tags, key=str):
            self._add("api-tag-added", scope, f"tag {tag!r} added")

    # -- parameters ---------------------------------------------------------------------

    def _parameters(
        self,
        old: tuple[str, dict[str, Any], dict[str, Any]],
        new: tuple[str, dict[str, Any], dict[str, Any]],
        scope: Scope,
    ) -> None:
        old_params = _parameters(self.old, *old)
        new_params = _parameters(self.new, *new)
        for key in old_params.keys() - new_params.keys():
            parameter, _ = old_params[key]
            self._parameter_removed(parameter, _parameter_scope(scope, parameter))
        for key in new_params.keys() - old_params.keys():
            parameter, from_path_item = new_params[key]
            self._parameter_added(parameter, from_path_item, _parameter_scope(scope, parameter))
        for key in sorted(old_params.keys() & new_params.keys()):
            before, after = old_params[key][0], new_params[key][0]
            self._parameter(before, after, _parameter_scope(scope, after))

    def _parameter_removed(self, parameter: dict[str, Any], scope: Scope) -> None:
        kind, words = lifecycle.removal(parameter, self.policy)
        name = f"{parameter['in']} parameter {parameter['name']!r}"
        self._add(PARAMETER_REMOVED[kind], scope, f"{name} {words}", "old")

    def _parameter_added(
        self, parameter: dict[str, Any], from_path_item: bool, scope: Scope
    ) -> None:
        name = f"{parameter['in']} parameter {parameter['name']!r}"
        if parameter["in"] == "path":
            self._add("new-request-path-parameter", scope, f"{name} added")
            return
        state = "required" if parameter.get("required") is True else "optional"
        if from_path_item:
            rule_id = f"new-{state}-request-default-parameter-to-existing-path"
        else:
            rule_id = f"new-{state}-request-parameter"
        self._add(rule_id, scope, f"{state} {name} added")

    def _parameter(self, old: dict[str, Any], new: dict[str, Any], scope: Scope) -> None:
        if old["in"] != "path" and bool(old.get("required")) != bool(new.get("required")):
            became = "required" if new.get("required") else "optional"
            self._add(f"request-parameter-became-{became}", scope, f"became {became}")
        self._deprecation(old, new, scope, PARAMETER_EVENTS)
        self.schemas.compare(_parameter_schema(old), _parameter_schema(new), scope)

    # -- request bodies -----------------------------------------------------------------

    def _request_body(self, old: Any, new: Any, operation: Scope) -> None:
        old, new = resolve(self.old, old), resolve(self.new, new)
        scope = _with(operation, "request", "request body", "request")
        if not isinstance(old, dict) and not isinstance(new, dict):
            return
        if not isinstance(old, dict):
            state = "required" if new.get("required") is True else "optional"
            self._add(f"request-body-added-{state}", scope, f"{state} request body added")
            return
        if not isinstance(new, dict):
            self._add("request-body-removed", scope, "request body removed", "old")
            return
        if bool(old.get("required")) != bool(new.get("required")):
            became = "required" if new.get("required") else "optional"
            self._add(f"request-body-became-{became}", scope, f"request body became {became}")
        old_content, new_content = old.get("content") or {}, new.get("content") or {}
        for media in sorted(old_content.keys() - new_content.keys()):
            self._add(
                "request-body-media-type-removed", scope, f"media type {media} removed", "old"
            )
        for media in sorted(new_content.keys() - old_content.keys()):
            self._add("request-body-media-type-added", scope, f"media type {media} added")
        for media in sorted(old_content.keys() & new_content.keys()):
            self._media(
                old_content[media],
                new_content[media],
                _with(scope, "request", f"request body {media}", "request", media),
            )

    def _media(self, old: Any, new: Any, scope: Scope) -> None:
        old_schema = old.get("schema") if isinstance(old, dict) else None
        new_schema = new.get("schema") if isinstance(new, dict) else None
        body = f"{scope.direction}-body-media-type-schema"
        if old_schema is None and new_schema is not None:
            self._add(f"{body}-added", scope, "schema added")
        elif old_schema is not None and new_schema is None:
            self._add(f"{body}-removed", scope, "schema removed", "old")
        elif old_schema is not None:
            self.schemas.compare(old_schema, new_schema, scope)

    # -- responses ----------------------------------------------------------------------

    def _responses(self, old: dict[str, Any], new: dict[str, Any], operation: Scope) -> None:
        for status in sorted(map(str, old.keys() | new.keys())):
            scope = _with(operation, "response", f"response {status}", status)
            success = "success" if status.startswith("2") else "non-success"
            if status not in new:
                self._add(
                    f"response-{success}-status-removed", scope, f"response {status} removed", "old"
                )
            elif status not in old:
                self._add(f"response-{success}-status-added", scope, f"response {status} added")
            else:
                self._response(
                    resolve(self.old, old[status]), resolve(self.new, new[status]), scope
                )

    def _response(self, old: Any, new: Any, scope: Scope) -> None:
        if not isinstance(old, dict) or not isinstance(new, dict):
            return
        old_content, new_content = old.get("content") or {}, new.get("content") or {}
        self._response_media_types(sorted(old_content), sorted(new_content), scope)
        for media in sorted(old_content.keys() & new_content.keys()):
            self._media(
                old_content[media],
                new_content[media],
                _with(scope, "response", f"{scope.where} {media}", scope.body, media),
            )
        self._headers(old.get("headers") or {}, new.get("headers") or {}, scope)

    def _response_media_types(self, old: list[str], new: list[str], scope: Scope) -> None:
        """Removed and added media types, paired where one became the other."""
        removed = [m for m in old if m not in new]
        added = [m for m in new if m not in old]
        for media in removed:
            wider = next((m for m in added if _covers(m, media)), None)
            narrower = next((m for m in added if _covers(media, m)), None)
            renamed = next((m for m in added if _essence(m) == _essence(media)), None)
            if wider is not None:
                self._add("response-media-type-name-generalized", scope, f"{media} became {wider}")
            elif narrower is not None:
                self._add(
                    "response-media-type-name-specialized", scope, f"{media} became {narrower}"
                )
            elif renamed is not None:
                self._add("response-media-type-name-changed", scope, f"{media} became {renamed}")
            else:
                self._add(
                    "response-media-type-removed", scope, f"media type {media} removed", "old"
                )
                continue
            added.remove(wider or narrower or renamed or "")
        for media in added:
            self._add("response-media-type-added", scope, f"media type {media} added")

    def _headers(self, old: dict[str, Any], new: dict[str, Any], response: Scope) -> None:
        old_names = {str(k).lower(): k for k in old}
        new_names = {str(k).lower(): k for k in new}
        for name in sorted(old_names.keys() | new_names.keys()):
            scope = replace(
                response, kind="header", where=f"{response.where} header {name}", body=""
            )
            before = resolve(self.old, old.get(old_names.get(name, ""), None))
            after = resolve(self.new, new.get(new_names.get(name, ""), None))
            if not isinstance(after, dict):
                required = isinstance(before, dict) and before.get("required") is True
                state = "required" if required else "optional"
                self._add(
                    f"{state}-response-header-removed",
                    scope,
                    f"{state} header {name} removed",
                    "old",
                )
            elif not isinstance(before, dict):
                self._add("response-header-added", scope, f"header {name} added")
            else:
                if before.get("required") is True and after.get("required") is not True:
                    self._add(
                        "response-header-became-optional", scope, f"header {name} became optional"
                    )
                self.schemas.compare(_parameter_schema(before), _parameter_schema(after), scope)

    # -- security -----------------------------------------------------------------------

    def _security(self, old: Any, new: Any, scope: Scope, prefix: str) -> None:
        if old is None and new is None:
            return
        old_sets, new_sets = _requirements(old), _requirements(new)
        for names in sorted(old_sets.keys() - new_sets.keys()):
            self._add(
                f"{prefix}-security-removed",
                scope,
                f"security requirement {' + '.join(names) or '(none)'} removed",
                "old",
            )
        for names in sorted(new_sets.keys() - old_sets.keys()):
            self._add(
                f"{prefix}-security-added",
                scope,
                f"security requirement {' + '.join(names) or '(none)'} added",
            )
        for names in sorted(old_sets.keys() & new_sets.keys()):
            before, after = old_sets[names], new_sets[names]
            for scheme_scope in sorted(before - after):
                self._add(
                    f"{prefix}-security-scope-removed",
                    scope,
                    f"scope {scheme_scope[1]!r} of {scheme_scope[0]} removed",
                )
            for scheme_scope in sorted(after - before):
                self._add(
                    f"{prefix}-security-scope-added",
                    scope,
                    f"scope {scheme_scope[1]!r} of {scheme_scope[0]} added",
                )

    def _global_security(self) -> None:
        self._security(
            self.old.get("security"), self.new.get("security"), _spec_scope(), "api-global"
        )

    def _security_schemes(self) -> None:
        old = (self.old.get("components") or {}).get("securitySchemes") or {}
        new = (self.new.get("components") or {}).get("securitySchemes") or {}
        scope = _spec_scope()
        prefix = "api-security-component"
        for name in sorted(old.keys() - new.keys()):
            self._add(f"{prefix}-removed", scope, f"security scheme {name!r} removed", "old")
        for name in sorted(new.keys() - old.keys()):
            self._add(f"{prefix}-added", scope, f"security scheme {name!r} added")
        for name in sorted(old.keys() & new.keys()):
            before, after = resolve(self.old, old[name]), resolve(self.new, new[name])
            if before.get("type") != after.get("type"):
                self._add(
                    f"{prefix}-type-changed",
                    scope,
                    f"security scheme {name!r} type {before.get('type')} -> {after.get('type')}",
                )
                continue
            self._oauth_flows(name, before.get("flows") or {}, after.get("flows") or {}, scope)

    def _oauth_flows(
        self, name: str, old: dict[str, Any], new: dict[str, Any], scope: Scope
    ) -> None:
        prefix = "api-security-component-oauth"
        for flow in sorted(old.keys() & new.keys()):
            before, after = old[flow] or {}, new[flow] or {}
            if before.get("authorizationUrl") != after.get("authorizationUrl"):
                self._add(f"{prefix}-url-changed", scope, f"{name} {flow} authorizationUrl changed")
            if before.get("tokenUrl") != after.get("tokenUrl"):
                self._add(f"{prefix}-token-url-changed", scope, f"{name} {flow} tokenUrl changed")
            old_scopes, new_scopes = before.get("scopes") or {}, after.get("scopes") or {}
            for item in sorted(old_scopes.keys() - new_scopes.keys()):
                self._add(f"{prefix}-scope-removed", scope, f"{name} scope {item!r} removed")
            for item in sorted(new_scopes.keys() - old_scopes.keys()):
                self._add(f"{prefix}-scope-added", scope, f"{name} scope {item!r} added")
            for item in sorted(old_scopes.keys() & new_scopes.keys()):
                if old_scopes[item] != new_scopes[item]:
                    self._add(f"{prefix}-scope-changed", scope, f"{name} scope {item!r} changed")

    # -- the rest of the document -------------------------------------------------------

    def _webhooks(self) -> None:
        old, new = self.old.get("webhooks") or {}, self.new.get("webhooks") or {}
        for name in sorted(old.keys() - new.keys()):
            self._add("webhook-removed", _spec_scope(), f"webhook {name!r} removed", "old")
        for name in sorted(new.keys() - old.keys()):
            self._add("webhook-added", _spec_scope(), f"webhook {name!r} added")

    def _components(self) -> None:
        old = (self.old.get("components") or {}).get("schemas") or {}
        new = (self.new.get("components") or {}).get("schemas") or {}
        # A schema renamed with the same shape is removed too, as oasdiff says: the wire is
        # unchanged, but the SDK's class of that name is gone (the surface diff names both).
        for name in sorted(old.keys() - new.keys()):
            self._add("api-schema-removed", _spec_scope(), f"schema {name!r} removed", "old")

    def _version(self) -> None:
        """info.version against the changes, as oasdiff judges it: only when both versions
        are semantic versions; a spec versioned by date or by a bare 'v2' is left alone."""
        before = str((self.old.get("info") or {}).get("version", ""))
        after = str((self.new.get("info") or {}).get("version", ""))
        old_parts, new_parts = _semver(before), _semver(after)
        if not self.changes or old_parts is None or new_parts is None:
            return
        scope = _spec_scope()
        if before == after:
            self._add("api-version-not-bumped", scope, f"info.version is still {after!r}")
        elif new_parts <= old_parts:  # pre-release and build metadata do not count
            self._add("api-version-decreased", scope, f"info.version went from {before} to {after}")
        elif any(c.level == "ERR" for c in self.changes) and not _major_bump(old_parts, new_parts):
            self._add(
                "api-major-version-not-bumped",
                scope,
                f"breaking changes, but version {before} -> {after} keeps its major",
            )


def _by_template(document: dict[str, Any]) -> dict[str, tuple[str, dict[str, Any]]]:
    """Path items by their template with parameter names blanked: /a/{id} is /a/{name}."""
    result = {}
    for path, item in (document.get("paths") or {}).items():
        if isinstance(item, dict):
            result[_TEMPLATE.sub("{}", str(path))] = (str(path), resolve(document, item))
    return result


def _operations(item: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any]]]:
    for method in METHODS:
        if isinstance(item.get(method), dict):
            yield method, item[method]


def _parameters(
    document: dict[str, Any], path: str, item: dict[str, Any], op: dict[str, Any]
) -> dict[tuple[str, str], tuple[dict[str, Any], bool]]:
    """(in, name) -> (parameter, declared on the path item); path parameters by position, so
    /a/{id} and /a/{name} declare the same parameter."""
    merged: dict[tuple[str, str], tuple[dict[str, Any], bool]] = {}
    positions = {name: str(i) for i, name in enumerate(_TEMPLATE.findall(path))}
    for declared, from_item in ((item.get("parameters"), True), (op.get("parameters"), False)):
        for parameter in declared or []:
            parameter = resolve(document, parameter)
            if isinstance(parameter, dict) and "name" in parameter and "in" in parameter:
                name = str(parameter["name"])
                if parameter["in"] == "path":
                    name = positions.get("{" + name + "}", name)
                merged[(str(parameter["in"]), name)] = (parameter, from_item)
    return merged


def _parameter_schema(parameter: dict[str, Any]) -> Any:
    if "schema" in parameter:
        return parameter["schema"]
    for media in (parameter.get("content") or {}).values():
        if isinstance(media, dict) and "schema" in media:
            return media["schema"]
    return None


def _requirements(raw: Any) -> dict[tuple[str, ...], set[tuple[str, str]]]:
    result: dict[tuple[str, ...], set[tuple[str, str]]] = {}
    for requirement in raw or []:
        if isinstance(requirement, dict):
            names = tuple(sorted(map(str, requirement)))
            result[names] = {
                (str(name), str(s)) for name, scopes in requirement.items() for s in scopes or []
            }
    return result


def _scope(path: str, method: str, op: dict[str, Any]) -> Scope:
    return Scope(
        "request", "body", f"{method.upper()} {path}", str(op.get("operationId") or ""), "operation"
    )


def _spec_scope() -> Scope:
    return Scope("request", "body", "", "", "spec")


def _with(scope: Scope, direction: str, where: str, body: str, media: str = "") -> Scope:
    return Scope(direction, "body", scope.operation, scope.operation_id, where, body, media=media)


def _parameter_scope(scope: Scope, parameter: dict[str, Any]) -> Scope:
    location, name = str(parameter["in"]), str(parameter["name"])
    return Scope(
        "request",
        "parameter",
        scope.operation,
        scope.operation_id,
        f"{location} parameter {name}",
        parameter=(location, name),
    )


def _essence(media: str) -> str:
    return media.split(";", 1)[0].strip().lower()


def _covers(wide: str, narrow: str) -> bool:
    """application/* covers application/json; */* covers everything; a type covers itself."""
    wide_type, _, wide_sub = _essence(wide).partition("/")
    narrow_type, _, narrow_sub = _essence(narrow).partition("/")
    if wide_type == "*":
        return _essence(wide) != _essence(narrow)
    return wide_type == narrow_type and wide_sub == "*" and narrow_sub != "*"


def _semver(text: str) -> tuple[int, int, int] | None:
    """MAJOR.MINOR.PATCH of a semantic version (a leading 'v', pre-release and build
    metadata allowed); None for anything else."""
    match = _SEMVER.match(text.strip())
    return None if match is None else (int(match[1]), int(match[2]), int(match[3]))


def _major_bump(before: tuple[int, ...], after: tuple[int, ...]) -> bool:
    """Moved enough for a breaking change; below 1.0.0 the minor plays the major's part."""
    if before[0] == 0 and after[0] == 0:
        return after[1] > before[1]
    return after[0] > before[0]
