"""Load a spec that may span several files and bundle it into one self-contained document.

A root document may list part files in `x-spec-parts` (globs relative to the root): their
`tags`, `paths` and `components` are merged into the root. A `$ref` to a component in any
other file brings that component into the bundle under its own name; a `$ref` to anything
else is inlined. Every node of the bundle remembers the file and pointer it came from, so
problems are reported where the author can fix them.
"""

from __future__ import annotations

import copy
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import unquote

from .pointers import join_pointer, split_pointer
from .problems import Problem, SpecError
from .sources import SourceFile, SourceProblems, read_source

PARTS_KEY = "x-spec-parts"
_MERGED_SECTIONS = ("tags", "paths", "components", "webhooks")
_ROOT_NAMES = ("openapi.yaml", "openapi.yml", "openapi.json")
_SPEC_SUFFIXES = (".yaml", ".yml", ".json")


@dataclass
class Bundle:
    """The merged document plus where each of its parts came from."""

    document: dict[str, Any]
    root: SourceFile
    origins: list[tuple[list[str], SourceFile, str]] = field(default_factory=list)
    # Every file read to make the bundle: the document is a function of their texts.
    sources: list[SourceFile] = field(default_factory=list)
    # Defects routed around in lenient mode (validate.load_valid), with their consequence.
    warnings: list[Problem] = field(default_factory=list)

    def locate(self, pointer: str) -> tuple[str, int, str]:
        """(file, line, pointer in that file) for a pointer into the bundled document."""
        tokens = split_pointer(pointer)
        best: tuple[list[str], SourceFile, str] = ([], self.root, "")
        for prefix, source, source_pointer in self.origins:
            if len(prefix) > len(best[0]) and tokens[: len(prefix)] == prefix:
                best = (prefix, source, source_pointer)
        prefix, source, source_pointer = best
        local = join_pointer(source_pointer, *tokens[len(prefix) :])
        return source.display, source.line_of(local), local

    def problem(self, pointer: str, rule: str, message: str, level: str = "error") -> Problem:
        file, line, local = self.locate(pointer)
        return Problem(file, line, local, rule, message, level)


def find_root(path: Path) -> Path:
    if path.is_dir():
        for name in _ROOT_NAMES:
            if (path / name).is_file():
                return path / name
        raise SpecError([Problem(str(path), 0, "", "no-root", "no openapi.yaml/json in folder")])
    if not path.is_file():
        raise SpecError([Problem(str(path), 0, "", "no-such-file", "file not found")])
    return path


def load_bundle(path: Path) -> Bundle:
    """Read, merge and bundle the spec at path (file or folder). Raises SpecError."""
    root = find_root(path)
    try:
        return _Bundler(root).run()
    except SourceProblems as exc:
        raise SpecError(exc.problems) from exc


class _Bundler:
    def __init__(self, root_path: Path) -> None:
        self.base = root_path.parent
        self.sources: dict[Path, SourceFile] = {}
        self.problems: list[Problem] = []
        self.root = self._source(root_path)
        self.merged: set[Path] = {self.root.path}
        # (file, pointer) of an imported component -> its name in the bundle
        self.imported: dict[tuple[Path, str], str] = {}
        self.inlining: list[tuple[Path, str]] = []
        self.imports: dict[str, dict[str, Any]] = {}
        self.reserved: dict[str, set[str]] = {}

    def run(self) -> Bundle:
        if not isinstance(self.root.data, dict):
            raise SpecError([Problem(self.root.display, 1, "", "not-a-mapping", "not an object")])
        parts = self._parts()
        self.merged.update(part.path for part in parts)
        document: dict[str, Any] = {k: v for k, v in self.root.data.items() if k != PARTS_KEY}
        self.bundle = Bundle({}, self.root)
        if not parts and _self_contained(self.root):
            # Nothing to merge or bring in, every reference already local: the walk below
            # would copy the document unchanged (most specs written elsewhere are so).
            self.bundle.origins.append(([], self.root, ""))
            self.bundle.document = document
        else:
            self.bundle.document = self._rewrite(document, self.root, "", [])
        for part in parts:
            self._merge(part)
        for kind, members in self.imports.items():
            self.bundle.document.setdefault("components", {}).setdefault(kind, {}).update(members)
        if self.problems:
            raise SpecError(self.problems)
        self.bundle.sources = sorted(self.sources.values(), key=lambda source: source.path)
        return self.bundle

    def _source(self, path: Path) -> SourceFile:
        if path in self.sources:  # a file's own path (every local $ref): no need to resolve
            return self.sources[path]
        path = path.resolve()
        if path not in self.sources:
            self.sources[path] = read_source(path, display_path(path))
        return self.sources[path]

    def _parts(self) -> list[SourceFile]:
        patterns = self.root.data.get(PARTS_KEY) or []
        if not isinstance(patterns, list) or not all(isinstance(p, str) for p in patterns):
            self._report(self.root, f"/{PARTS_KEY}", "bad-parts", "must be a list of glob strings")
            return []
        parts: list[SourceFile] = []
        for index, pattern in enumerate(patterns):
            matches = sorted(self.base.glob(pattern))
            if not matches:
                self._report(
                    self.root,
                    join_pointer(f"/{PARTS_KEY}", index),
                    "bad-parts",
                    f"{pattern!r} matches no file",
                )
            for match in matches:
                try:
                    parts.append(self._source(match))
                except SourceProblems as exc:
                    self.problems.extend(exc.problems)
        return parts

    def _merge(self, part: SourceFile) -> None:
        if not isinstance(part.data, dict):
            self._report(part, "", "not-a-mapping", "a part file must be an object")
            return
        document = self.bundle.document
        for key in part.data:
            if key not in _MERGED_SECTIONS:
                self._report(
                    part,
                    join_pointer("", key),
                    "part-section",
                    f"a part may hold only {', '.join(_MERGED_SECTIONS)}",
                )
        for tag_index, tag in enumerate(part.data.get("tags") or []):
            known = {t.get("name"): t for t in document.setdefault("tags", [])}
            if tag.get("name") in known:
                if known[tag.get("name")] != tag:
                    self._report(
                        part,
                        join_pointer("/tags", tag_index),
                        "tag-clash",
                        f"tag {tag.get('name')!r} is declared differently elsewhere",
                    )
                continue
            pointer = join_pointer("/tags", len(document["tags"]))
            document["tags"].append(
                self._rewrite(tag, part, join_pointer("/tags", tag_index), split_pointer(pointer))
            )
        for section in ("paths", "webhooks"):
            for name, item in (part.data.get(section) or {}).items():
                self._place(part, [section], name, item)
        for kind, members in (part.data.get("components") or {}).items():
            for name, member in (members or {}).items():
                self._place(part, ["components", kind], name, member)

    def _place(self, part: SourceFile, where: list[str], name: str, value: Any) -> None:
        container = self.bundle.document
        for token in where:
            container = container.setdefault(token, {})
        source_pointer = join_pointer("", *where, name)
        if name in container:
            other_file, other_line, _ = self.bundle.locate(join_pointer("", *where, name))
            self._report(
                part,
                source_pointer,
                "duplicate-name",
                f"{'/'.join(where)} {name!r} is already defined in {other_file}:{other_line}",
            )
            return
        container[name] = self._rewrite(value, part, source_pointer, [*where, name])

    def _rewrite(self, node: Any, source: SourceFile, pointer: str, target: list[str]) -> Any:
        """Copy node from source, making every $ref point inside the bundle."""
        self.bundle.origins.append((target, source, pointer))
        return self._walk(node, source, pointer)

    def _walk(self, node: Any, source: SourceFile, pointer: str) -> Any:
        if isinstance(node, list):
            return [
                self._walk(item, source, join_pointer(pointer, i)) for i, item in enumerate(node)
            ]
        if not isinstance(node, dict):
            return node
        if isinstance(node.get("$ref"), str):
            rewritten = self._ref(node["$ref"], source, join_pointer(pointer, "$ref"))
            if isinstance(rewritten, str):
                return {**{k: copy.deepcopy(v) for k, v in node.items()}, "$ref": rewritten}
            return rewritten
        result = {}
        for key, value in node.items():
            child = join_pointer(pointer, key)
            if key == "mapping" and isinstance(value, dict) and pointer.endswith("/discriminator"):
                result[key] = {
                    name: self._mapping_ref(ref, source, join_pointer(child, name))
                    for name, ref in value.items()
                }
            else:
                result[key] = self._walk(value, source, child)
        return result

    def _mapping_ref(self, ref: Any, source: SourceFile, pointer: str) -> Any:
        if isinstance(ref, str) and _is_ref(ref):
            result = self._ref(ref, source, pointer)
            return result if isinstance(result, str) else ref
        return ref

    def _ref(self, ref: str, source: SourceFile, pointer: str) -> Any:
        """The bundled form of ref: a local reference string, or an inlined node."""
        file_part, _, fragment = ref.partition("#")
        fragment = unquote(fragment)  # a URI fragment may percent-encode ("%7BitemId%7D")
        if "://" in file_part:
            self._report(
                source,
                pointer,
                "remote-ref",
                f"remote reference {ref!r} is not supported; download it next to the spec",
            )
            return ref
        target_path = (source.path.parent / file_part).resolve() if file_part else source.path
        try:
            target = self._source(target_path)
        except SourceProblems as exc:
            self._report(source, pointer, "unresolvable-ref", f"{ref!r}: {exc.problems[0].message}")
            return ref
        try:
            value = target.resolve(fragment)
        except KeyError:
            self._report(source, pointer, "unresolvable-ref", f"{ref!r} points at nothing")
            return ref
        tokens = split_pointer(fragment)
        if target.path in self.merged:
            if len(tokens) >= 1 and tokens[0] in ("components", "paths", "webhooks"):
                return "#" + fragment
            if target.path == self.root.path:
                return "#" + fragment
        if len(tokens) == 3 and tokens[0] == "components":
            return "#" + self._import(target, tokens[1], tokens[2], fragment, value)
        return self._inline(ref, target, fragment, value, source, pointer)

    def _import(self, target: SourceFile, kind: str, name: str, fragment: str, value: Any) -> str:
        key = (target.path, fragment)
        if key not in self.imported:
            members = self.imports.setdefault(kind, {})
            bundled_name, counter = name, 2
            while bundled_name in members or bundled_name in self._reserved(kind):
                bundled_name, counter = f"{name}{counter}", counter + 1
            self.imported[key] = bundled_name
            members[bundled_name] = None  # reserve the name before walking: recursion
            members[bundled_name] = self._rewrite(
                value, target, fragment, ["components", kind, bundled_name]
            )
        return join_pointer("/components", kind, self.imported[key])

    def _reserved(self, kind: str) -> set[str]:
        # Names that merged files define; imports must not take them even before the merge.
        if kind not in self.reserved:
            self.reserved[kind] = {
                name
                for path in self.merged
                for name in ((self.sources[path].data or {}).get("components") or {}).get(kind)
                or {}
            }
        return self.reserved[kind]

    def _inline(
        self,
        ref: str,
        target: SourceFile,
        fragment: str,
        value: Any,
        source: SourceFile,
        pointer: str,
    ) -> Any:
        key = (target.path, fragment)
        if key in self.inlining:
            self._report(
                source,
                pointer,
                "recursive-inline",
                f"{ref!r} refers back to itself; move the target under components/ so it can be referenced",
            )
            return {}
        self.inlining.append(key)
        try:
            return self._walk(value, target, fragment)
        finally:
            self.inlining.pop()

    def _report(self, source: SourceFile, pointer: str, rule: str, message: str) -> None:
        self.problems.append(
            Problem(source.display, source.line_of(pointer), pointer, rule, message)
        )


def _self_contained(source: SourceFile) -> bool:
    """Whether every reference in source is local, in the form the bundle keeps, and
    resolves: then bundling changes nothing. Otherwise the full walk rewrites, inlines and
    reports, with pointers."""
    fragments: set[str] = set()
    stack: list[tuple[Any, str]] = [(source.data, "")]  # (node, the key it is under)
    while stack:
        node, under = stack.pop()
        if isinstance(node, list):
            stack.extend((item, "") for item in node if isinstance(item, (dict, list)))
            continue
        if not isinstance(node, dict):
            continue
        for key, value in node.items():
            if isinstance(value, str) and key == "$ref":
                refs = [value]
            elif key == "mapping" and under == "discriminator" and isinstance(value, dict):
                refs = [ref for ref in value.values() if isinstance(ref, str) and _is_ref(ref)]
            elif isinstance(value, (dict, list)):
                stack.append((value, key))
                continue
            else:
                continue
            for ref in refs:
                if not ref.startswith("#") or "%" in ref:
                    return False  # another file's, or percent-encoded: the walk decodes it
                fragments.add(ref[1:])
    try:
        for fragment in fragments:
            source.resolve(fragment)
    except KeyError:
        return False  # the walk reports it, where it is
    return True


def _is_ref(mapping_value: str) -> bool:
    # discriminator.mapping values are either schema names or references
    return "#" in mapping_value or "/" in mapping_value or mapping_value.endswith(_SPEC_SUFFIXES)


def display_path(path: Path) -> str:
    """How problems name a spec file: relative to the working folder when it is near."""
    display = os.path.relpath(path, Path.cwd())
    return display if not display.startswith("../..") else str(path)
