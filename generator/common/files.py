"""Writing output files so that a failure never leaves a half-written file behind."""

from __future__ import annotations

import errno
import os
import shutil
from pathlib import Path


def beside(path: Path) -> Path:
    """A fresh name in path's folder, for a new text written in full before it is renamed
    onto path. Not tempfile.mkstemp: its files are private (0600), which a rename keeps."""
    # At most 200 characters of the name: a name near the system's 255 still gets one.
    return path.with_name(f".{path.name[:200]}.{os.urandom(6).hex()}.new")


def write_atomically(path: Path, content: str) -> None:
    """Write content to path through a new file in the same folder and a rename. A new file
    gets the usual permissions (the umask's); a file replaced keeps its own, and its owner
    where this process may give it; a symbolic link is written through."""
    path = Path(os.path.realpath(path))
    if path.is_dir():
        raise IsADirectoryError(errno.EISDIR, "Is a directory", str(path))
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = beside(path)
    try:
        with open(temporary, "x", encoding="utf-8", newline="\n") as stream:
            stream.write(content)
        keep_mode_and_owner(path, temporary)
        os.replace(temporary, path)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise


def keep_mode_and_owner(old: Path, new: Path) -> None:
    """Give new the permissions of old, and its owner where this process may; nothing when
    old does not exist."""
    try:
        status = old.stat()
    except FileNotFoundError:
        return  # a new file
    shutil.copymode(old, new)
    try:
        os.chown(new, status.st_uid, status.st_gid)
    except PermissionError:
        pass  # only root may give a file away: it stays this user's


def folder_beside(path: Path) -> Path:
    """A new empty folder beside path, to fill and rename onto it: with path's permissions
    when it exists, else the usual ones. (tempfile.mkdtemp's folders are private, 0700, and
    the rename would keep that.)"""
    path.parent.mkdir(parents=True, exist_ok=True)
    folder = beside(path)
    folder.mkdir()
    try:
        shutil.copymode(path, folder)
    except FileNotFoundError:
        pass  # a new folder
    return folder
