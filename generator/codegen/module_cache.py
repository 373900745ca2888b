"""Method and model modules remembered across runs: a module whose inputs did not change is
neither rendered nor formatted again, so regenerating a big spec after a small edit costs
little more than the modules the edit touched.

A module template renders with only the names it reads (found by ``jinja2.meta``) and the
tables the environment's filters read. Its key holds those values, the module's own IR
item, the file header, and a fingerprint of every file of the generator and its templates:
everything the module's text depends on. A stale entry can therefore never be used; a
missed one only costs the rendering.
"""

from __future__ import annotations

import functools
import pickle
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Collection, Mapping

import jinja2
import jinja2.meta

from ..common import cache
from .formatting import VERSION as BLACK_VERSION

KIND = "module"
GENERATOR = Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class Scope:
    """What one module template may read, and a digest of it (with the code and header)."""

    variables: dict[str, Any]
    digest: str


def scope(
    environment: jinja2.Environment,
    templates: Path,
    template: str,
    context: Mapping[str, Any],
    item_name: str,
    filter_reads: Collection[str],
    header: str,
) -> Scope:
    """The variables template (under templates, the environment's folder) reads from
    context (its item passed apart), plus filter_reads: the context entries the
    environment's filters read."""
    assert environment.loader is not None
    source = environment.loader.get_source(environment, template)[0]
    reads = jinja2.meta.find_undeclared_variables(environment.parse(source)) - {item_name}
    variables = {name: context[name] for name in sorted(reads | set(filter_reads))}
    digest = cache.key(
        code_fingerprint(templates), header, template, pickle.dumps(variables, protocol=5)
    )
    return Scope(variables, digest)


def key(scope: Scope, item: Any) -> str:
    return cache.key(scope.digest, pickle.dumps(item, protocol=5))


def get(entry: str) -> str | None:
    return cache.get(KIND, entry)


def put(entry: str, text: str) -> None:
    cache.put(KIND, entry, text)


@functools.lru_cache(maxsize=4)
def code_fingerprint(templates: Path) -> str:
    """A hash of every file that decides how a module is written: the generator's code, the
    templates, and black (which formats what the renderer cannot vouch for)."""
    parts: list[str | bytes] = [BLACK_VERSION]
    for folder, pattern in ((GENERATOR, "*.py"), (templates, "*")):
        for path in sorted(folder.rglob(pattern)):
            if path.is_file() and "__pycache__" not in path.parts:
                parts += [path.relative_to(folder).as_posix(), path.read_bytes()]
    return cache.key(*parts)
