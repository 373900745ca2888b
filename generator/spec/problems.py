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
    # "warning": a defect generation routes around, with the consequence in the message.
    level: str = field(default="error", compare=False)

    def render(self) -> str:
        place = f"{self.file}:{self.line}" if self.line else self.file
        pointer = f" {self.pointer}" if self.pointer else ""
        label = "warning: " if self.level == "warning" else ""
        return f"{place}:{pointer} [{self.rule}] {label}{self.message}"


class SpecError(Exception):
    """Raised when a spec cannot be used; carries every problem found, not just the first."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = sorted(problems)
        super().__init__(f"{len(self.problems)} problem(s) in the spec")

    def report(self) -> str:
        lines = [problem.render() for problem in self.problems]
        errors = [problem for problem in self.problems if problem.level != "warning"]
        files = len({problem.file for problem in errors})
        lines.append(summary(f"{len(errors)} problem(s) in {files} file(s)", self.problems))
        return "\n".join(lines)


def summary(head: str, problems: list[Problem]) -> str:
    """head, and the number of warnings among problems when there are any."""
    warnings = sum(1 for problem in problems if problem.level == "warning")
    return f"{head}, {warnings} warning(s)" if warnings else head
