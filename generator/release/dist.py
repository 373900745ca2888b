"""Build, check and publish the generated SDK's distributions.

python -m generator dist [--outdir dist] [--venv DIR]
python -m generator publish --repository-url URL [--outdir dist]

`build` makes the sdist and the wheel of generated/, runs `twine check` on them, installs the
wheel into a fresh virtualenv and runs the command line's --help and an import of every public
name there; only then does it replace the contents of the output folder. `publish` uploads that
folder's files with twine to any package index.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Mapping, Sequence

from .. import DEFAULT_OUTPUT, PROJECT_ROOT
from ..codegen.output import KEEP
from ..common.files import folder_beside

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

DEFAULT_DIST = PROJECT_ROOT / "dist"


class DistError(Exception):
    """A step that failed; the message is one line for the user."""


@dataclass(frozen=True)
class Package:
    """What the smoke test needs to know about the distribution, from its pyproject.toml."""

    distribution: str
    version: str
    import_name: str
    scripts: tuple[str, ...]

    @property
    def file_prefix(self) -> str:
        """How wheel and sdist file names spell the distribution (PEP 427 / PEP 625)."""
        return re.sub(r"[-_.]+", "_", self.distribution).lower()


def read_package(source: Path) -> Package:
    try:
        pyproject = tomllib.loads((source / "pyproject.toml").read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as error:
        raise DistError(f"cannot read {source / 'pyproject.toml'}: {error}") from None
    project = pyproject.get("project", {})
    packages = pyproject.get("tool", {}).get("setuptools", {}).get("packages") or []
    if not project.get("name") or not project.get("version") or not packages:
        raise DistError(f"{source / 'pyproject.toml'} lacks project name, version or packages")
    return Package(
        distribution=str(project["name"]),
        version=str(project["version"]),
        import_name=str(packages[0]),
        scripts=tuple(sorted(project.get("scripts", {}))),
    )


def _progress(message: str) -> None:
    print(f"dist: {message}", file=sys.stderr, flush=True)


_ANSI_STYLE = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]")


def _gist(completed: subprocess.CompletedProcess[str]) -> str:
    """The last line a failed command printed: where build, pip and twine say what went wrong."""
    text = _ANSI_STYLE.sub("", completed.stdout + "\n" + completed.stderr)
    lines = [" ".join(line.split()) for line in text.splitlines() if line.strip()]
    return lines[-1] if lines else "(no output)"


def _run(step: str, command: Sequence[str], cwd: str | None = None) -> str:
    """Run a command; on failure raise DistError naming the step and the command's last words."""
    completed = subprocess.run(list(command), capture_output=True, text=True, cwd=cwd)
    if completed.returncode != 0:
        raise DistError(f"{step} failed (exit {completed.returncode}): {_gist(completed)}")
    return str(completed.stdout)


# -- build ----------------------------------------------------------------------------


def snapshot(source: Path, destination: Path) -> Path:
    """A copy of the package source without build leftovers (build/, *.egg-info, caches).

    setuptools reuses build/ across runs, so building in place could ship stale modules.
    """
    shutil.copytree(source, destination, ignore=shutil.ignore_patterns(*KEEP))
    return destination


def build_distributions(source: Path, outdir: Path) -> list[Path]:
    """`python -m build` of source into outdir: one sdist and one wheel."""
    _run("python -m build", [sys.executable, "-m", "build", str(source), "--outdir", str(outdir)])
    files = sorted(outdir.iterdir())
    if len([f for f in files if f.suffix == ".whl"]) != 1 or not any(
        f.name.endswith(".tar.gz") for f in files
    ):
        raise DistError(f"python -m build made {[f.name for f in files]}, not a wheel and sdist")
    return files


def twine_check(files: Sequence[Path]) -> None:
    _run("twine check", [sys.executable, "-m", "twine", "check", "--strict", *map(str, files)])


def create_virtualenv(path: Path) -> Path:
    """A fresh virtualenv without pip (pip runs from outside it, with --python): faster."""
    _run("creating a virtualenv", [sys.executable, "-m", "venv", "--without-pip", str(path)])
    return path / ("Scripts" if os.name == "nt" else "bin")


def pip_install(bin_dir: Path, *arguments: str) -> str:
    """pip install into the virtualenv of bin_dir.

    Without compiling bytecode ahead: that halves the install, and imports compile what they use.
    """
    command = [sys.executable, "-m", "pip", "--python", str(bin_dir / "python"), "install"]
    return _run("pip install", [*command, "--quiet", "--no-compile", *arguments])


def smoke_test(bin_dir: Path, package: Package) -> None:
    """The installed package answers: every console script's --help, every public name."""
    with tempfile.TemporaryDirectory() as elsewhere:  # not the repository: no local imports
        for script in package.scripts:
            _run(f"{script} --help", [str(bin_dir / script), "--help"], cwd=elsewhere)
        code = (
            f"import json, {package.import_name} as p, {package.import_name}.models\n"
            "for name in p.__all__: getattr(p, name)\n"
            "print(json.dumps({'file': p.__file__, 'version': p.__version__}))"
        )
        found = json.loads(
            _run("import smoke test", [str(bin_dir / "python"), "-c", code], cwd=elsewhere)
        )
    if not Path(found["file"]).resolve().is_relative_to(bin_dir.parent.resolve()):
        raise DistError(f"{package.import_name} was imported from {found['file']}, not the venv")
    if found["version"] != package.version:
        raise DistError(f"installed {found['version']}, not the version built: {package.version}")


def replace_contents(outdir: Path, files: Sequence[Path]) -> list[Path]:
    """Make outdir hold exactly files, swapping the whole folder so it is never half-filled."""
    staging = folder_beside(outdir)
    retired = staging.with_name(staging.name + ".old")
    try:
        for file in files:
            shutil.copy2(file, staging / file.name)
        if outdir.exists():
            outdir.rename(retired)
        staging.rename(outdir)
    except BaseException:
        if retired.exists() and not outdir.exists():
            retired.rename(outdir)
        shutil.rmtree(staging, ignore_errors=True)
        raise
    shutil.rmtree(retired, ignore_errors=True)
    return [outdir / file.name for file in files]


def build(source: Path, outdir: Path, keep_venv: Path | None = None) -> list[Path]:
    """Build, check and smoke-test the distributions of source; then put them in outdir."""
    package = read_package(source)
    if keep_venv is not None and keep_venv.exists():
        raise DistError(f"{keep_venv} exists; the smoke test needs a fresh virtualenv")
    with tempfile.TemporaryDirectory(prefix="sdk-dist-") as work:
        started = time.monotonic()
        _progress(f"building {package.distribution} {package.version} from {source}")
        files = build_distributions(snapshot(source, Path(work) / "src"), Path(work) / "out")
        _progress(f"built {', '.join(f.name for f in files)} ({time.monotonic() - started:.1f} s)")
        twine_check(files)
        _progress("twine check passed")
        bin_dir = create_virtualenv(keep_venv or Path(work) / "venv")
        wheel = next(f for f in files if f.suffix == ".whl")
        # The [cli] extra: the smoke test runs the console scripts.
        pip_install(bin_dir, f"{wheel}[cli]")
        smoke_test(bin_dir, package)
        _progress(
            f"installed the wheel in a fresh virtualenv: {', '.join(package.scripts)} "
            f"--help and import {package.import_name} work ({time.monotonic() - started:.1f} s)"
        )
        placed = replace_contents(outdir, files)
    _progress(f"wrote {', '.join(str(p) for p in placed)}")
    return placed


# -- publish --------------------------------------------------------------------------


def distribution_files(outdir: Path, package: Package) -> list[Path]:
    """The package's files in outdir, which must all be of the current version."""
    files = sorted(outdir.glob("*.whl")) + sorted(outdir.glob("*.tar.gz"))
    if not files:
        raise DistError(f"{outdir} holds no distributions; run `make dist` first")
    pattern = re.compile(rf"^{re.escape(package.file_prefix)}-(?P<version>[^-]+?)(-|\.tar\.gz$)")
    for file in files:
        match = pattern.match(file.name)
        if not match:
            raise DistError(f"{file} is not a distribution of {package.distribution}")
        if match["version"] != package.version:
            raise DistError(
                f"{file.name} is version {match['version']} but generated/ is "
                f"{package.version}; run `make dist` again"
            )
    return files


def credential_arguments(environment: Mapping[str, str]) -> list[str]:
    """twine reads TWINE_USERNAME/TWINE_PASSWORD itself; without either, upload anonymously.

    Empty credentials keep twine from prompting or asking the keyring, for indexes that need
    no login (a local pypiserver, a private index behind a network boundary).
    """
    if environment.get("TWINE_USERNAME") or environment.get("TWINE_PASSWORD"):
        return []
    return ["--username", "", "--password", ""]


def publish(outdir: Path, source: Path, repository_url: str) -> list[Path]:
    if not re.match(r"^https?://", repository_url):
        raise DistError(f"repository URL {repository_url!r} is not an http(s) URL")
    package = read_package(source)
    files = distribution_files(outdir, package)
    _progress(f"uploading {', '.join(f.name for f in files)} to {repository_url}")
    command = [sys.executable, "-m", "twine", "upload", "--non-interactive"]
    command += ["--disable-progress-bar", "--repository-url", repository_url]
    _run("twine upload", [*command, *credential_arguments(os.environ), *map(str, files)])
    _progress(f"published {package.distribution} {package.version}")
    return files


# -- command line ---------------------------------------------------------------------


def configure_build(parser: argparse.ArgumentParser) -> None:
    _locations(parser)
    parser.add_argument(
        "--venv", type=Path, help="make the smoke test's virtualenv here and keep it"
    )


def configure_publish(parser: argparse.ArgumentParser) -> None:
    _locations(parser)
    parser.add_argument("--repository-url", required=True, help="package index upload URL")


def _locations(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--source", type=Path, default=DEFAULT_OUTPUT, help="package folder")
    parser.add_argument("--outdir", type=Path, default=DEFAULT_DIST, help="output folder")


def run_build(args: argparse.Namespace) -> None:
    build(args.source, args.outdir, args.venv)


def run_publish(args: argparse.Namespace) -> None:
    publish(args.outdir, args.source, args.repository_url)
