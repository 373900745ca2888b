"""Putting a generated tree in place: all or nothing, unchanged files left untouched."""

from __future__ import annotations

import os
import shutil
import tempfile
from dataclasses import dataclass, field
from fnmatch import fnmatch
from pathlib import Path, PurePosixPath

from ..common.files import beside, folder_beside

# Files in the output folder that the generator does not make but must not delete: build
# artefacts of installing or testing the generated package in place.
KEEP = ("*.egg-info", "__pycache__", "build", "dist", ".pytest_cache", ".mypy_cache", ".hypothesis")


class OutputError(Exception):
    """The output folder cannot be written (not a folder, no space, no permission); what was
    there before is left as it was."""


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


def _artefact(name: str) -> bool:
    return any(fnmatch(name, pattern) for pattern in KEEP)


def existing_files(target: Path) -> dict[str, Path]:
    """The files under target by relative POSIX path, sorted, artefacts left out: one walk
    that does not go into an artefact's folder."""
    found: dict[str, Path] = {}
    folders = [(target, "")] if target.is_dir() else []
    while folders:
        folder, prefix = folders.pop()
        with os.scandir(folder) as entries:
            for entry in entries:
                if _artefact(entry.name):
                    continue
                if entry.is_dir(follow_symlinks=False):
                    folders.append((Path(entry.path), f"{prefix}{entry.name}/"))
                elif entry.is_file():
                    found[prefix + entry.name] = Path(entry.path)
    return dict(sorted(found.items()))


def compare(files: dict[str, str], target: Path) -> Changes:
    return _changes(files, existing_files(target))


def _changes(files: dict[str, str], old: dict[str, Path]) -> Changes:
    changes = Changes()
    for name, text in files.items():
        if name not in old:
            changes.added.append(name)
        elif old[name].read_bytes() != text.encode("utf-8"):
            changes.changed.append(name)
    changes.removed = sorted(set(old) - set(files))
    return changes


def write_tree(files: dict[str, str], target: Path) -> Changes:
    """Make target hold exactly files (plus kept artefacts); unchanged files keep their
    timestamps. Nothing in target changes until every new text is written in full: any
    failure before that leaves target as it was.

    Over a previous output, only the changed files are written, each beside its place,
    then all renamed into it (regenerating after a small edit writes a few files, not the
    tree). A new output, or one where a file becomes a folder or the reverse, is built
    beside target and takes its place in one step."""
    if target.exists() and not target.is_dir():
        raise OutputError(f"{target} exists and is not a folder; give a folder to write into")
    try:
        old = existing_files(target)
        changes = _changes(files, old)
        if not changes and target.is_dir():
            return changes
        if old and not _reshaped(changes.added, old, target):
            _update_in_place(files, changes, target)
        else:
            _replace_whole(files, old, changes, target)
    except OSError as error:
        raise OutputError(
            f"could not write {target}: {_reason(error)}; the previous output is as it was"
        ) from error
    return changes


def _reason(error: OSError) -> str:
    return (error.strerror or str(error)) + (f" ({error.filename})" if error.filename else "")


def _reshaped(added: list[str], old: dict[str, Path], target: Path) -> bool:
    """Whether a new file would be where a folder is, or under what is now a file."""
    return any(
        (target / name).exists() or any(str(parent) in old for parent in _folders_of(name))
        for name in added
    )


def _folders_of(name: str) -> list[PurePosixPath]:
    return list(PurePosixPath(name).parents)[:-1]  # without "."


def _update_in_place(files: dict[str, str], changes: Changes, target: Path) -> None:
    written: list[tuple[Path, Path]] = []  # (the new text beside its place, the place)
    made: list[Path] = []  # folders made for new files, outermost first
    try:
        for name in [*changes.added, *changes.changed]:
            place = target / name
            made += _make_folders(place.parent)
            new = beside(place)
            written.append((new, place))
            with open(new, "xb") as stream:
                stream.write(files[name].encode("utf-8"))  # the texts end lines with \n
    except BaseException:
        for new, _ in written:
            new.unlink(missing_ok=True)
        for folder in reversed(made):
            shutil.rmtree(folder, ignore_errors=True)
        raise
    try:
        for new, place in written:
            os.replace(new, place)
        _remove(changes.removed, files, target)
    except OSError as error:  # rarer than a full disk: a file made immutable meanwhile
        for new, _ in written:
            new.unlink(missing_ok=True)
        raise OutputError(
            f"{target} is only partly updated: {_reason(error)}; run the generation again"
        ) from error


def _make_folders(folder: Path) -> list[Path]:
    """Make folder and its missing parents; return those it made, outermost first."""
    missing = []
    while not folder.is_dir():
        missing.append(folder)
        folder = folder.parent
    for each in reversed(missing):
        each.mkdir()
    return missing[::-1]


def _remove(removed: list[str], files: dict[str, str], target: Path) -> None:
    """Delete the files no longer generated, and the folders that now hold no generated
    file (with the artefacts in them, as a whole new tree would have them gone)."""
    for name in removed:
        (target / name).unlink(missing_ok=True)
    kept = {folder for name in files for folder in _folders_of(name)}
    emptied = {folder for name in removed for folder in _folders_of(name)} - kept
    for folder in sorted(emptied, key=lambda each: len(each.parts)):
        shutil.rmtree(target / folder, ignore_errors=True)  # outermost first: inner are gone


def _replace_whole(
    files: dict[str, str], old: dict[str, Path], changes: Changes, target: Path
) -> None:
    """Build the new tree beside target, unchanged files hard-linked (or copied with their
    times) from the old one, and swap it in."""
    staging = folder_beside(target)
    try:
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


def _link_or_copy(source: Path, destination: Path) -> None:
    """An unchanged file, timestamps kept: a hard link (the old tree is deleted once the new
    one is in place, so nothing stays shared), or a copy where links are not supported."""
    try:
        os.link(source, destination)
    except OSError:
        shutil.copy2(source, destination)


def _carry_over_artefacts(target: Path, staging: Path) -> None:
    """Move the outermost artefacts (an egg-info, a __pycache__) of target into the new
    tree, where their folder still exists."""
    folders = [Path()] if target.is_dir() else []
    while folders:
        relative = folders.pop()
        with os.scandir(target / relative) as entries:
            for entry in entries:
                if _artefact(entry.name):
                    if (staging / relative).is_dir():
                        os.replace(entry.path, staging / relative / entry.name)
                elif entry.is_dir(follow_symlinks=False):
                    folders.append(relative / entry.name)


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
