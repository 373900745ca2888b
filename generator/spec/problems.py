"""Problems found in a spec, located by file, line and JSON pointer."""

from __future__ import annotations

from dataclasses import dataclass, field


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
