"""Putting a generated tree in place: all or nothing, unchanged files left untouched."""

from __future__ import annotations

import os
import shutil
import tempfile
from dataclasses import dataclass, field
from fnmatch import fnmatch
from pathlib import Path

# Files in the output folder that the generator does not make but must not delete: build
# artefacts of installing or testing the generated package in place.
KEEP = ("*.egg-info", "__pycache__", "build", "dist", ".pytest_cache", ".mypy_cache", ".hypothesis")


@dataclass
class Changes:
    added: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.added or self.changed or self.removed)

    def lines(self) -> list[str]:
        return (
            [f"added    {p}" for p in self.added]
            + [f"changed  {p}" for p in self.changed]
            + [f"removed  {p}" for p in self.removed]
        )


def _kept(relative: Path) -> bool:
    return any(fnmatch(part, pattern) for part in relative.parts for pattern in KEEP)


def existing_files(target: Path) -> dict[str, Path]:
    if not target.is_dir():
        return {}
    return {
        path.relative_to(target).as_posix(): path
        for path in sorted(target.rglob("*"))
        if path.is_file() and not _kept(path.relative_to(target))
    }


def compare(files: dict[str, str], target: Path) -> Changes:
    old = existing_files(target)
    changes = Changes()
    for name, text in files.items():
        if name not in old:
            changes.added.append(name)
        elif old[name].read_bytes() != text.encode("utf-8"):
            changes.changed.append(name)
    changes.removed = sorted(set(old) - set(files))
    return changes


def write_tree(files: dict[str, str], target: Path) -> Changes:
    """Make target hold exactly files (plus kept artefacts), replacing it in one step.

    The new tree is built beside target; files whose content is unchanged are hard-linked
    (or copied with their times) from the old tree, so their timestamps stay. Only when the
    whole tree is ready does it take target's place; any failure before that leaves target
    as it was.
    """
    changes = compare(files, target)
    if not changes and target.is_dir():
        return changes
    target.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{target.name}.", dir=target.parent))
    try:
        old = existing_files(target)
        folders: set[Path] = set()
        for name, text in files.items():
            destination = staging / name
            if destination.parent not in folders:  # a big SDK's files share a few folders
                destination.parent.mkdir(parents=True, exist_ok=True)
                folders.add(destination.parent)
            if name in old and name not in changes.changed:
                _link_or_copy(old[name], destination)
            else:
                destination.write_bytes(text.encode("utf-8"))  # the texts end lines with \n
        _carry_over_artefacts(target, staging)
        _swap(staging, target)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return changes


def _link_or_copy(source: Path, destination: Path) -> None:
    """An unchanged file, timestamps kept: a hard link (the old tree is deleted once the new
    one is in place, so nothing stays shared), or a copy where links are not supported."""
    try:
        os.link(source, destination)
    except OSError:
        shutil.copy2(source, destination)


def _carry_over_artefacts(target: Path, staging: Path) -> None:
    if not target.is_dir():
        return
    for path in sorted(target.rglob("*")):
        relative = path.relative_to(target)
        outermost = not _kept(relative.parent) if relative.parent.parts else True
        if _kept(Path(path.name)) and outermost and (staging / relative.parent).is_dir():
            os.replace(path, staging / relative)


def _swap(staging: Path, target: Path) -> None:
    if not target.exists():
        os.replace(staging, target)
        return
    retired = Path(tempfile.mkdtemp(prefix=f".{target.name}.old.", dir=target.parent))
    os.replace(target, retired / target.name)
    try:
        os.replace(staging, target)
    except BaseException:
        os.replace(retired / target.name, target)
        raise
    shutil.rmtree(retired, ignore_errors=True)
