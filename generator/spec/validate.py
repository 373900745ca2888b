"""Validation: the OpenAPI meta-schema, openapi-spec-validator's checks, and the project lint."""

from __future__ import annotations

import importlib.util
import json
import os
import re
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterable, Iterator

import jsonschema_rs

from ..common import cache
from . import lenient as lenient_rules
from . import lint
from .bundle import Bundle, load_bundle
from .pointers import join_pointer
from .problems import Problem, SpecError
from .sdk_config import read_sdk_config

# Bump when the rules change, so documents validated by older rules are checked again.
VALIDATION_VERSION = "5"


def load_valid(
    path: Path,
    *,
    strict: bool = True,
    semantic: bool = True,
    lenient: bool = False,
    fail_on_warning: bool = False,
) -> Bundle:
    """Load and bundle the spec at path; raise SpecError listing every problem found.

    strict adds the project lint (naming, tags, documented errors, valid examples) to the
    OpenAPI rules; a spec written elsewhere is usually checked without it. semantic adds
    openapi-spec-validator's rules beyond the OpenAPI schema; they are thorough but slow on
    big specs (tens of seconds for GitHub's), so generation leaves them to `validate`.
    lenient routes around the defects lenient.py knows (the bundle's warnings say how);
    fail_on_warning makes those warnings errors.
    """
    bundle = load_bundle(path)
    # Validation is a pure function of the bundled document, and so of the files read to
    # make it (hashing their texts is ten times quicker than dumping the document).
    mode = f"{strict}{semantic}{lenient}{fail_on_warning}"
    entry = cache.key(VALIDATION_VERSION, mode, *_source_texts(bundle))
    if cache.get("valid", entry) is not None:
        return bundle
    routed = lenient_rules.route_around(bundle.document) if lenient else lenient_rules.Routed()
    level = "error" if fail_on_warning else "warning"
    suffix = " (an error with --strict or --fail-on-warning)" if fail_on_warning else ""
    bundle.warnings = [
        bundle.problem(p, rule, msg + suffix, level=level) for p, rule, msg in routed.warnings
    ]
    accepted = {bundle.locate(pointer)[::2] for pointer in routed.accepted}  # (file, pointer)
    problems = [p for p in meta_schema_problems(bundle) if (p.file, p.pointer) not in accepted]
    if not problems:
        # Path parameters are checked here, with a location, whatever the mode: an SDK
        # cannot call a path whose {name} nothing fills.
        problems = semantic_problems(bundle, skip_path_parameters=True) if semantic else []
        findings = lint.run(bundle.document) if strict else structural_problems(bundle.document)
        findings += read_sdk_config(bundle.document)[1]  # the generator reads x-sdk either way
        problems += [bundle.problem(p, rule, msg) for p, rule, msg in findings]
    if problems or (fail_on_warning and bundle.warnings):
        raise SpecError(problems + bundle.warnings)
    if not bundle.warnings:
        cache.put("valid", entry, "ok")
    return bundle


def _source_texts(bundle: Bundle) -> Iterator[str]:
    """Each file's path (relative to the root's folder, as references name them) and text."""
    folder = bundle.root.path.parent
    for source in bundle.sources:
        yield os.path.relpath(source.path, folder)
        yield source.text


def meta_schema_problems(bundle: Bundle) -> list[Problem]:
    """Problems of shape, found by the OpenAPI JSON Schema: precise pointers."""
    version = str(bundle.document.get("openapi", ""))
    if not re.fullmatch(r"3\.[01]\.\d+", version):
        return [
            bundle.problem(
                "/openapi",
                "openapi-version",
                _version_message(bundle.document, version),
            )
        ]
    meta = _meta_validator(version[:3])
    problems = [
        bundle.problem(
            join_pointer("", *(str(t) for t in error.instance_path)),
            "openapi-schema",
            _first_line(error.message),
        )
        for error in meta.iter_errors(bundle.document)
    ]
    if not problems:
        return []
    # The schema's own message for a bad pattern names only a failed oneOf around it: say
    # why instead.
    patterns = list(_pattern_problems(bundle, bundle.document, ""))
    vague = {p.pointer.rsplit("/", 1)[0] for p in patterns}
    return patterns + [p for p in problems if not (p.pointer in vague and "oneOf" in p.message)]


def _version_message(document: dict[str, Any], version: str) -> str:
    if "swagger" in document:
        return (
            f"this is a Swagger {document['swagger']} document; convert it to OpenAPI 3 first "
            "(for instance with swagger2openapi)"
        )
    return f"OpenAPI 3.0.x or 3.1.x expected, found {version or 'no version'!r}"


_REGEX = jsonschema_rs.validator_for({"format": "regex"}, validate_formats=True)


def _pattern_problems(bundle: Bundle, node: Any, pointer: str) -> Iterable[Problem]:
    """Every `pattern` that is not an ECMA-262 regular expression, as OpenAPI requires."""
    if isinstance(node, list):
        for index, item in enumerate(node):
            yield from _pattern_problems(bundle, item, join_pointer(pointer, index))
    elif isinstance(node, dict):
        for key, value in node.items():
            where = join_pointer(pointer, key)
            if key == "pattern" and isinstance(value, str) and not _REGEX.is_valid(value):
                yield bundle.problem(
                    where,
                    "invalid-pattern",
                    f"{value!r} is not a valid ECMA-262 regular expression (for instance, a "
                    "class escape such as \\d cannot start or end a range)",
                )
            else:
                yield from _pattern_problems(bundle, value, where)


def structural_problems(document: dict[str, Any]) -> list[lint.Finding]:
    """What every spec must get right to be generated, lint or not."""
    return list(lint.undeclared_path_parameters(document))


@lru_cache(maxsize=2)
def _meta_validator(version: str) -> Any:
    # jsonschema-rs checks the same OpenAPI JSON Schema some hundred times faster.
    return jsonschema_rs.validator_for(meta_schema("3.1" if version == "3.1" else "3.0"))


def meta_schema(version: str) -> Any:
    """openapi-spec-validator's copy of the OpenAPI JSON Schema, read from its files without
    importing the package: that import takes half a second, which only semantic checks need."""
    found = importlib.util.find_spec("openapi_spec_validator")
    if found is None or not found.submodule_search_locations:
        raise ImportError("openapi-spec-validator is not installed")
    folder = Path(list(found.submodule_search_locations)[0])
    path = folder / "resources" / "schemas" / f"v{version}" / "schema.json"
    return json.loads(path.read_text(encoding="utf-8"))


def semantic_problems(bundle: Bundle, *, skip_path_parameters: bool) -> list[Problem]:
    """openapi-spec-validator's rules beyond the schema (parameters, defaults, ...).

    Its path-parameter errors carry no location; the lint reports the same thing with one,
    so they are skipped when the lint runs.
    """
    from openapi_spec_validator import OpenAPIV30SpecValidator, OpenAPIV31SpecValidator

    version = str(bundle.document.get("openapi", ""))
    checker = OpenAPIV31SpecValidator if version.startswith("3.1") else OpenAPIV30SpecValidator
    return [
        bundle.problem(_guess_pointer(str(e)), "openapi", _first_line(str(e)))
        for e in _semantic_errors(checker, bundle.document)
        if not (skip_path_parameters and type(e).__name__ == "UnresolvableParameterError")
    ]


def _semantic_errors(checker: Any, document: dict[str, Any]) -> Iterable[Exception]:
    try:
        yield from checker(document).iter_errors()
    except RecursionError:
        yield ValueError("schema nesting too deep to validate")


_PATH_PARAM = re.compile(r"for '(\w+)' operation in '([^']+)'")


def _guess_pointer(message: str) -> str:
    # openapi-spec-validator's semantic errors carry no location, only prose naming it.
    match = _PATH_PARAM.search(message)
    return join_pointer("/paths", match.group(2), match.group(1)) if match else ""


def _first_line(text: str) -> str:
    line = text.strip().splitlines()[0] if text.strip() else text
    return line if len(line) <= 300 else line[:297] + "..."
