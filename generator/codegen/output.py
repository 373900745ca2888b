"""Putting a generated tree in place: all or nothing, unchanged files left untouched."""

from __future__ import annotations

import os
import shutil
import tempfile
from concurrent.futures import Future, ThreadPoolExecutor
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
    """Make target hold exactly files (plus kept artefacts), replacing it in one step."""
    writer = TreeWriter(target)
    try:
        return writer.finish(files)
    except BaseException:
        writer.abandon()
        raise


class TreeWriter:
    """Builds the new tree beside target, and only when the whole tree is ready does it
    take target's place; until then (and on any failure, with abandon) target stays as it
    was. Files whose content is unchanged are copied from the old tree with their times.

    write_soon takes files known to be final while the caller is still making the rest:
    they are written by a thread while the caller computes (writing a big SDK's 27 MB
    takes a second on a slow disk)."""

    def __init__(self, target: Path) -> None:
        self.target = target
        self.old = existing_files(target)
        target.parent.mkdir(parents=True, exist_ok=True)
        self.staging = Path(tempfile.mkdtemp(prefix=f".{target.name}.", dir=target.parent))
        self.threads = ThreadPoolExecutor(max_workers=2, thread_name_prefix="write")
        self.written: dict[str, tuple[str, Future[None]]] = {}
        self.folders: set[Path] = set()

    def write_soon(self, name: str, text: str) -> None:
        if name not in self.written:
            self.written[name] = (text, self.threads.submit(self._place, name, text))

    def finish(self, files: dict[str, str]) -> Changes:
        """Write what is left of files, wait, and put the tree in place (if anything
        changed). Raises what any write raised."""
        changes = compare(files, self.target)
        if not changes and self.target.is_dir():
            self.abandon()
            return changes
        for name, text in files.items():
            early = self.written.get(name)
            if early is not None and early[0] == text:
                continue
            if early is not None:
                early[1].result()  # written soon, then changed: written again after it
            self.written[name] = (text, self.threads.submit(self._place, name, text))
        for name in set(self.written) - set(files):  # written soon, then not among files
            self.written.pop(name)[1].result()
            (self.staging / name).unlink()
        for _, done in self.written.values():
            done.result()
        self.threads.shutdown()
        _carry_over_artefacts(self.target, self.staging)
        _swap(self.staging, self.target)
        return changes

    def abandon(self) -> None:
        self.threads.shutdown(cancel_futures=True)
        shutil.rmtree(self.staging, ignore_errors=True)

    def _place(self, name: str, text: str) -> None:
        destination = self.staging / name
        if destination.parent not in self.folders:  # a big SDK's files share a few folders
            destination.parent.mkdir(parents=True, exist_ok=True)
            self.folders.add(destination.parent)
        data = text.encode("utf-8")  # the texts end their lines with \n already
        if name in self.old and self.old[name].read_bytes() == data:
            shutil.copy2(self.old[name], destination)
        else:
            destination.write_bytes(data)


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
