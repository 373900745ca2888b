"""Putting generated files in place: only what changed is written, nothing half-done on a
failure, and files and folders get the permissions any other tool would give them."""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path
from typing import Any, Iterator

import pytest

from generator.codegen import output
from generator.codegen.output import MARK, OutputError, check_output, write_tree
from generator.common.files import folder_beside, write_atomically
from generator.release.dist import replace_contents

MARKED = f"{MARK}0.1.0 from Zoo 1. Do not edit.\n[project]\n"
FIRST = {
    "pyproject.toml": MARKED,
    "README.md": "# zoo\n",
    "zoo/__init__.py": "x = 1\n",
    "zoo/_methods/_pets.py": "def pets(): ...\n",
    "zoo/_methods/_old.py": "def old(): ...\n",
    "zoo/models/pet.py": "class Pet: ...\n",
}


@pytest.fixture(autouse=True)
def usual_umask() -> Iterator[None]:
    previous = os.umask(0o022)
    yield
    os.umask(previous)


def _snapshot(folder: Path) -> dict[str, tuple[bytes, int, int]]:
    """Every file under folder: its bytes, modification time and inode."""
    return {
        path.relative_to(folder).as_posix(): (
            path.read_bytes(),
            path.stat().st_mtime_ns,
            path.stat().st_ino,
        )
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_a_new_output_gets_the_usual_permissions(tmp_path: Path) -> None:
    out = tmp_path / "out"
    changes = write_tree(FIRST, out)
    assert sorted(changes.added) == sorted(FIRST) and not changes.changed
    assert {path: (out / path).read_text() for path in FIRST} == FIRST
    assert _mode(out) == 0o755 and _mode(out / "zoo" / "models") == 0o755
    assert {_mode(out / path) for path in FIRST} == {0o644}
    assert sorted(path.name for path in tmp_path.iterdir()) == ["out"]  # no staging left


def test_over_a_previous_output_only_the_changes_are_written(tmp_path: Path) -> None:
    out = tmp_path / "out"
    write_tree(FIRST, out)
    (out / "zoo.egg-info").mkdir()
    (out / "zoo.egg-info" / "PKG-INFO").write_text("kept\n")
    (out / "zoo" / "__pycache__").mkdir()
    (out / "zoo" / "__pycache__" / "x.pyc").write_text("kept\n")
    (out / "zoo" / "_methods" / "__pycache__").mkdir()
    (out / "zoo" / "_methods" / "__pycache__" / "_old.pyc").write_text("goes with its folder\n")
    (out / "zoo" / "stray.txt").write_text("not generated\n")
    before = _snapshot(out)
    second = {
        "pyproject.toml": MARKED,
        "README.md": "# zoo\n",
        "zoo/__init__.py": "x = 2\n",
        "zoo/models/pet.py": "class Pet: ...\n",
        "zoo/models/owner.py": "class Owner: ...\n",
        "zoo/api/owners.py": "def owners(): ...\n",
    }
    changes = write_tree(second, out)
    assert changes.added == ["zoo/models/owner.py", "zoo/api/owners.py"]
    assert changes.changed == ["zoo/__init__.py"]
    assert changes.removed == ["zoo/_methods/_old.py", "zoo/_methods/_pets.py", "zoo/stray.txt"]
    after = _snapshot(out)
    # unchanged files untouched: the same inode, the same time
    for path in (
        "README.md",
        "zoo/models/pet.py",
        "zoo.egg-info/PKG-INFO",
        "zoo/__pycache__/x.pyc",
    ):
        assert after[path] == before[path]
    assert {path: after[path][0].decode() for path in second} == second
    assert not (out / "zoo" / "_methods").exists()  # no generated file left in it
    assert not (out / "zoo" / "stray.txt").exists()
    assert {_mode(out / path) for path in second} == {0o644}
    assert _mode(out / "zoo" / "api") == 0o755
    assert [path for path in out.rglob(".*")] == []  # no new text left beside its place
    assert sorted(path.name for path in tmp_path.iterdir()) == ["out"]


class _FullDisk:
    """open() that fails on its third file, as a full disk would."""

    def __init__(self) -> None:
        self.calls = 0

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        self.calls += 1
        if self.calls == 3:
            raise OSError(errno.ENOSPC, "No space left on device")
        return open(*args, **kwargs)


def test_a_failure_while_writing_leaves_the_output_as_it_was(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "out"
    write_tree(FIRST, out)
    before = _snapshot(out)
    full = _FullDisk()
    monkeypatch.setattr(output, "open", full, raising=False)
    second = {
        **FIRST,
        "zoo/__init__.py": "x = 2\n",
        "zoo/models/pet.py": "class Pet(dict): ...\n",
        "zoo/deep/new/module.py": "y = 1\n",
    }
    with pytest.raises(OutputError, match="No space left on device.*as it was"):
        write_tree(second, out)
    assert full.calls == 3  # the new module and __init__.py written, then the disk full
    assert _snapshot(out) == before
    assert not (out / "zoo" / "deep").exists()  # the folders made for the new file, gone
    assert [path for path in out.rglob(".*")] == []


def test_a_file_where_a_folder_goes_and_the_reverse_are_refused(tmp_path: Path) -> None:
    """What is in the way may be somebody's: the generator says so and changes nothing."""
    out = tmp_path / "out"
    first = {path: text for path, text in FIRST.items() if not path.startswith("zoo/models/")}
    write_tree({**first, "zoo/models": "a file first\n"}, out)
    before = _snapshot(out)
    with pytest.raises(OutputError, match="zoo/models is a file where the generator needs a"):
        write_tree({**first, "zoo/models/__init__.py": "now a package\n"}, out)
    (out / "README.md").unlink()
    (out / "README.md").mkdir()
    (out / "README.md" / "mine.txt").write_text("mine\n")
    with pytest.raises(OutputError, match="README.md is a folder where the generator writes"):
        write_tree({**first, "zoo/models": "a file first\n"}, out)
    assert (out / "README.md" / "mine.txt").read_text() == "mine\n"
    del before["README.md"]
    assert {k: v for k, v in _snapshot(out).items() if k != "README.md/mine.txt"} == before


def test_a_new_output_that_fails_leaves_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_replace = os.replace

    def busy(source: Any, destination: Any) -> None:
        if str(destination).endswith("out"):
            raise OSError(errno.ENOSPC, "No space left on device", str(Path(source) / "zoo"))
        real_replace(source, destination)

    monkeypatch.setattr(output.os, "replace", busy)
    with pytest.raises(OutputError, match=r"No space left on device in .*a/b; nothing was"):
        write_tree(FIRST, tmp_path / "a" / "b" / "out")
    assert list(tmp_path.iterdir()) == []  # the folders made for it, gone too


def test_a_folder_holding_only_the_spec_is_free(tmp_path: Path) -> None:
    spec = tmp_path / "openapi.yaml"
    spec.write_text("openapi: 3.0.3\n")
    write_tree(FIRST, tmp_path, keep=[spec])
    assert spec.exists() and (tmp_path / "README.md").exists()


def test_writing_atomically_keeps_a_files_permissions(tmp_path: Path) -> None:
    new = tmp_path / "new.json"
    write_atomically(new, "{}\n")
    assert _mode(new) == 0o644
    private = tmp_path / "private.yaml"
    private.write_text("old\n")
    private.chmod(0o640)
    write_atomically(private, "new\n")
    assert private.read_text() == "new\n" and _mode(private) == 0o640
    assert sorted(path.name for path in tmp_path.iterdir()) == ["new.json", "private.yaml"]


def test_a_folder_beside_takes_the_permissions_of_the_one_it_replaces(tmp_path: Path) -> None:
    assert _mode(folder_beside(tmp_path / "fresh")) == 0o755
    (tmp_path / "shared").mkdir(mode=0o775)
    (tmp_path / "shared").chmod(0o775)
    assert _mode(folder_beside(tmp_path / "shared")) == 0o775


def test_a_dist_folder_gets_the_usual_permissions(tmp_path: Path) -> None:
    wheel = tmp_path / "zoo-1.0-py3-none-any.whl"
    wheel.write_bytes(b"PK")
    (placed,) = replace_contents(tmp_path / "dist", [wheel])
    assert _mode(tmp_path / "dist") == 0o755 and placed.read_bytes() == b"PK"


def test_an_output_that_is_a_file_is_refused_and_kept(tmp_path: Path) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_text("mine\n")
    with pytest.raises(OutputError, match="exists and is not a folder"):
        write_tree(FIRST, notes)
    with pytest.raises(OutputError, match="notes.txt is not a folder"):
        write_tree(FIRST, notes / "sdk" / "out")
    assert notes.read_text() == "mine\n"
    assert sorted(path.name for path in tmp_path.iterdir()) == ["notes.txt"]


def test_a_rename_that_fails_puts_back_what_it_replaced(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Renames can fail after every new text is written (a file made immutable meanwhile):
    the files already replaced or removed are put back."""
    out = tmp_path / "out"
    write_tree(FIRST, out)
    (out / "zoo" / "stray.txt").write_text("removed, then put back\n")
    before = _snapshot(out)
    real_replace = os.replace
    calls: list[object] = []

    def immutable_init(source: Any, destination: Any) -> None:
        calls.append(destination)
        if str(source).endswith("__init__.py"):
            raise PermissionError(errno.EPERM, "Operation not permitted", str(source))
        real_replace(source, destination)

    monkeypatch.setattr(output.os, "replace", immutable_init)
    second = {**FIRST, "zoo/__init__.py": "x = 2\n", "zoo/new.py": "", "README.md": "# 2\n"}
    del second["zoo/models/pet.py"]
    with pytest.raises(OutputError, match="Operation not permitted.*as it was"):
        write_tree(second, out)
    assert len(calls) > 1  # README.md had been moved aside before __init__.py failed
    assert _snapshot(out) == before
    assert [path for path in out.rglob(".*")] == []  # nothing left beside any place


def test_a_folder_of_somebody_elses_files_is_refused(tmp_path: Path) -> None:
    project = tmp_path / "project"
    (project / "src").mkdir(parents=True)
    (project / "openapi.yaml").write_text("openapi: 3.0.3\n")
    (project / "src" / "app.py").write_text("print('mine')\n")
    before = _snapshot(project)
    with pytest.raises(OutputError, match="holds files this generator did not make"):
        write_tree(FIRST, project)
    assert _snapshot(project) == before


def test_hidden_files_are_never_the_generators(tmp_path: Path) -> None:
    out = tmp_path / "out"
    (out / ".git").mkdir(parents=True)  # a folder holding only hidden things is free
    (out / ".git" / "HEAD").write_text("ref: refs/heads/main\n")
    write_tree(FIRST, out)
    (out / ".venv").mkdir()
    (out / ".env").write_text("TOKEN=1\n")
    (out / "zoo" / ".coverage").write_text("")
    write_tree({**FIRST, "README.md": "# zoo 2\n"}, out)
    for hidden in (".git/HEAD", ".env", "zoo/.coverage"):
        assert (out / hidden).exists(), hidden
    assert (out / ".venv").is_dir()


def test_a_link_to_a_folder_is_written_through(tmp_path: Path) -> None:
    real = tmp_path / "real"
    real.mkdir()
    link = tmp_path / "link"
    link.symlink_to(real, target_is_directory=True)
    write_tree(FIRST, link)
    assert link.is_symlink() and (real / "README.md").read_text() == "# zoo\n"
    write_tree({**FIRST, "README.md": "# zoo 2\n"}, link)
    assert link.is_symlink() and (real / "README.md").read_text() == "# zoo 2\n"


def test_writing_atomically_writes_through_a_link(tmp_path: Path) -> None:
    real = tmp_path / "spec.json"
    real.write_text("old\n")
    link = tmp_path / "link.json"
    link.symlink_to(real)
    write_atomically(link, "new\n")
    assert link.is_symlink() and real.read_text() == "new\n"


def test_an_existing_folder_is_written_into_not_replaced(tmp_path: Path) -> None:
    """A mount point, the folder a shell sits in, one owned by somebody else: kept."""
    out = tmp_path / "out"
    (out / ".git").mkdir(parents=True)
    (out / "empty").mkdir()
    inode = out.stat().st_ino
    write_tree(FIRST, out)
    assert out.stat().st_ino == inode and (out / ".git").is_dir() and (out / "empty").is_dir()


def test_the_spec_and_hidden_files_survive_a_folder_that_goes(tmp_path: Path) -> None:
    out = tmp_path / "out"
    write_tree(FIRST, out)
    spec = out / "openapi.yaml"
    spec.write_text("openapi: 3.0.3\n")
    (out / "zoo" / "_methods" / ".env").write_text("TOKEN=1\n")
    (out / "zoo" / "_methods" / "zz_mine.py").write_text("")
    second = {path: text for path, text in FIRST.items() if "_methods" not in path}
    changes = write_tree(second, out, keep=[spec])
    assert changes.removed == [
        "zoo/_methods/_old.py",
        "zoo/_methods/_pets.py",
        "zoo/_methods/zz_mine.py",
    ]
    assert spec.exists() and (out / "zoo" / "_methods" / ".env").exists()


def test_the_spec_is_recognised_through_a_link_to_its_folder(tmp_path: Path) -> None:
    real = tmp_path / "real"
    real.mkdir()
    (real / "openapi.yaml").write_text("openapi: 3.0.3\n")
    link = tmp_path / "link"
    link.symlink_to(real, target_is_directory=True)
    check_output(link, keep=[real / "openapi.yaml"])  # the same file, named two ways
    check_output(real, keep=[link / "openapi.yaml"])
