"""Problems found in a spec, located by file, line and JSON pointer."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True, order=True)
class Problem:
    """One thing wrong with a spec. Sorted by place, so reports read top to bottom."""

    file: str
    line: int
    pointer: str
    rule: str
    message: str = field(compare=False)

    def render(self) -> str:
        place = f"{self.file}:{self.line}" if self.line else self.file
        pointer = f" {self.pointer}" if self.pointer else ""
        return f"{place}:{pointer} [{self.rule}] {self.message}"


class SpecError(Exception):
    """Raised when a spec cannot be used; carries every problem found, not just the first."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = sorted(problems)
        super().__init__(f"{len(self.problems)} problem(s) in the spec")

    def report(self) -> str:
        lines = [problem.render() for problem in self.problems]
        files = len({problem.file for problem in self.problems})
        lines.append(f"{len(self.problems)} problem(s) in {files} file(s)")
        return "\n".join(lines)


def escape_pointer_token(token: str | int) -> str:
    return str(token).replace("~", "~0").replace("/", "~1")


def unescape_pointer_token(token: str) -> str:
    return token.replace("~1", "/").replace("~0", "~")


def join_pointer(pointer: str, *tokens: str | int) -> str:
    return pointer + "".join("/" + escape_pointer_token(t) for t in tokens)


def node_at(document: Any, pointer: str) -> Any:
    """The node a local JSON pointer names (list items by index); None when there is none."""
    node = document
    for token in split_pointer(pointer):
        if isinstance(node, dict):
            node = node.get(token)
        elif isinstance(node, list) and token.isdigit() and int(token) < len(node):
            node = node[int(token)]
        else:
            return None
    return node


def split_pointer(pointer: str) -> list[str]:
    if not pointer:
        return []
    if not pointer.startswith("/"):
        raise ValueError(f"not a JSON pointer: {pointer!r}")
    return [unescape_pointer_token(t) for t in pointer[1:].split("/")]
