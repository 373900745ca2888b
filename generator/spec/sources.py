"""Reading spec files (YAML or JSON) while keeping the line of every node for messages."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from .pointers import join_pointer, split_pointer
from .problems import Problem

_BaseLoader: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _SpecLoader(_BaseLoader):  # type: ignore[misc,valid-type]
    """Safe YAML loader that keeps dates as strings: JSON Schema has no date type."""


_SpecLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in _BaseLoader.yaml_implicit_resolvers.items()
}


@dataclass
class SourceFile:
    """One file of a spec: its parsed data and, on demand, the line of each JSON pointer."""

    path: Path
    display: str
    data: Any
    text: str
    _lines: dict[str, int] | None = field(default=None, repr=False)

    def line_of(self, pointer: str) -> int:
        """Line of the node at pointer, or of its nearest ancestor that has one (0 if none)."""
        if self._lines is None:
            self._lines, _ = _line_map(self.text)
        tokens = split_pointer(pointer)
        while True:
            line = self._lines.get(join_pointer("", *tokens))
            if line is not None:
                return line
            if not tokens:
                return 0
            tokens.pop()

    def resolve(self, pointer: str) -> Any:
        """The node at pointer; raises KeyError when there is none."""
        node = self.data
        for token in split_pointer(pointer):
            if isinstance(node, dict) and token in node:
                node = node[token]
            elif isinstance(node, list) and token.isdigit() and int(token) < len(node):
                node = node[int(token)]
            else:
                raise KeyError(pointer)
        return node


def read_source(path: Path, display: str) -> SourceFile:
    """Parse a YAML or JSON file. Raises SpecError-ready problems as a list on failure."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise SourceProblems([Problem(display, 0, "", "unreadable-file", str(exc))]) from exc
    if path.suffix.lower() == ".json":
        return SourceFile(path, display, _parse_json(text, display), text)
    lines, duplicates = _line_map(text, display)
    data = _parse_yaml(text, display)
    if duplicates:
        raise SourceProblems(
            [
                Problem(display, line, pointer, "duplicate-key", "key appears twice in one mapping")
                for pointer, line in duplicates
            ]
        )
    return SourceFile(path, display, data, text, lines)


class SourceProblems(Exception):
    def __init__(self, problems: list[Problem]) -> None:
        super().__init__(problems)
        self.problems = problems


def _parse_json(text: str, display: str) -> Any:
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise SourceProblems([Problem(display, exc.lineno, "", "invalid-json", exc.msg)]) from exc


def _parse_yaml(text: str, display: str) -> Any:
    try:
        data = yaml.load(text, Loader=_SpecLoader)  # noqa: S506 - a safe loader subclass
    except yaml.MarkedYAMLError as exc:
        line = exc.problem_mark.line + 1 if exc.problem_mark else 0
        raise SourceProblems(
            [Problem(display, line, "", "invalid-yaml", str(exc.problem or exc))]
        ) from exc
    return _stringify_keys(data)


def _stringify_keys(node: Any) -> Any:
    # YAML reads an unquoted `200:` as an integer key; OpenAPI keys are always strings.
    if isinstance(node, dict):
        return {str(k) if isinstance(k, int) else k: _stringify_keys(v) for k, v in node.items()}
    if isinstance(node, list):
        return [_stringify_keys(item) for item in node]
    return node


def _line_map(text: str, display: str = "") -> tuple[dict[str, int], list[tuple[str, int]]]:
    """Map every JSON pointer to its 1-based line; also report duplicate mapping keys."""
    try:
        root = yaml.compose(text, Loader=_SpecLoader)
    except yaml.YAMLError:
        return {}, []
    lines: dict[str, int] = {}
    duplicates: list[tuple[str, int]] = []
    stack: list[tuple[yaml.Node, str]] = [(root, "")] if root is not None else []
    while stack:
        node, pointer = stack.pop()
        lines.setdefault(pointer, node.start_mark.line + 1)
        if isinstance(node, yaml.MappingNode):
            seen: set[str] = set()
            for key_node, value_node in node.value:
                key = str(key_node.value)
                child = join_pointer(pointer, key)
                if key in seen:
                    duplicates.append((child, key_node.start_mark.line + 1))
                seen.add(key)
                stack.append((value_node, child))
                lines.setdefault(child, key_node.start_mark.line + 1)
        elif isinstance(node, yaml.SequenceNode):
            for index, item in enumerate(node.value):
                stack.append((item, join_pointer(pointer, index)))
    return lines, duplicates
