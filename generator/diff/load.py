"""The two sides of a diff: a spec file, a folder, or git:REF[:PATH] at a revision."""

from __future__ import annotations

import contextlib
import io
import subprocess
import tarfile
import tempfile
from pathlib import Path
from typing import Any, Iterator

from ..spec.problems import SpecError
from ..spec.validate import load_valid

GIT_PREFIX = "git:"
PROJECT_SPEC = "spec/openapi.yaml"


class SideError(Exception):
    """A side that cannot be read: one line for the user."""


def load_side(text: str, repo: Path | None = None) -> dict[str, Any]:
    """The bundled document of one side; raises SideError with one clear line."""
    with _materialized(text, repo or Path.cwd()) as path:
        try:
            return load_valid(path, strict=False, semantic=False).document
        except SpecError as error:
            first = error.problems[0].render() if error.problems else str(error)
            more = f" (and {len(error.problems) - 1} more)" if len(error.problems) > 1 else ""
            raise SideError(f"{text}: not a valid spec: {first}{more}") from None


@contextlib.contextmanager
def _materialized(text: str, repo: Path) -> Iterator[Path]:
    if not text.startswith(GIT_PREFIX):
        path = Path(text)
        if not path.exists():
            raise SideError(f"{text}: no such file or folder")
        yield path
        return
    ref, _, inner = text[len(GIT_PREFIX) :].partition(":")
    if not ref:
        raise SideError(f"{text}: expected git:REF or git:REF:PATH")
    top = _git(repo, "rev-parse", "--show-toplevel", what=text).decode().strip()
    # PATH is relative to the current folder, like git's own `REF:./PATH`; the project's
    # spec is at the top of the repository.
    prefix = _git(repo, "rev-parse", "--show-prefix", what=text).decode().strip()
    wanted = f"{prefix}{inner.strip('/')}" if inner.strip("/") else PROJECT_SPEC
    _git(Path(top), "cat-file", "-e", f"{ref}:{wanted}", what=text)  # it exists there
    # The whole top-level folder holding PATH, so relative $refs between files still resolve.
    folder = wanted.split("/", 1)[0] if "/" in wanted else "."
    archive = _git(Path(top), "archive", "--format=tar", ref, folder, what=text)
    with tempfile.TemporaryDirectory(prefix="spec-diff-") as temp:
        with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
            tar.extractall(temp, filter="data")
        yield Path(temp, wanted)


def _git(repo: Path, *args: str, what: str = "") -> bytes:
    try:
        result = subprocess.run(["git", *args], cwd=repo, capture_output=True, check=False)
    except FileNotFoundError:
        raise SideError("git is not installed") from None
    if result.returncode != 0:
        reason = result.stderr.decode(errors="replace").strip().splitlines()
        place = f"{what}: " if what else ""
        raise SideError(f"{place}git {args[0]}: {reason[-1] if reason else 'failed'}")
    return result.stdout
