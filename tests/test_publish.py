"""make dist and make publish: build, check, smoke-test, upload to a local index, install from it."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import tarfile
import time
import urllib.request
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

import pytest

from generator import DEFAULT_OUTPUT, PROJECT_ROOT
from generator.release.dist import (
    DistError,
    Package,
    create_virtualenv,
    credential_arguments,
    distribution_files,
    pip_install,
    read_package,
    smoke_test,
    twine_check,
)

PACKAGE = read_package(DEFAULT_OUTPUT)
WHEEL = f"{PACKAGE.file_prefix}-{PACKAGE.version}-py3-none-any.whl"
SDIST = f"{PACKAGE.file_prefix}-{PACKAGE.version}.tar.gz"


def dist_command(*arguments: str, **environment: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("TWINE_")}
    return subprocess.run(
        [sys.executable, "-m", "generator", *arguments],
        cwd=PROJECT_ROOT,
        capture_output=True,
        text=True,
        env={**env, **environment},
    )


@dataclass
class Built:
    outdir: Path
    venv_bin: Path
    completed: subprocess.CompletedProcess[str]
    seconds: float


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Built:
    """One `make dist` run (into a temporary folder), its smoke-test venv kept for reuse."""
    work = tmp_path_factory.mktemp("dist")
    started = time.monotonic()
    completed = dist_command("dist", "--outdir", str(work / "dist"), "--venv", str(work / "venv"))
    return Built(work / "dist", work / "venv" / "bin", completed, time.monotonic() - started)


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Path]]:
    """A local pypiserver without authentication: its URL and its package folder."""
    packages = tmp_path_factory.mktemp("index")
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    command = [sys.executable, "-m", "pypiserver", "run", "-i", "127.0.0.1", "-p", str(port)]
    server = subprocess.Popen(
        [*command, "-a", ".", "-P", ".", str(packages)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        wait_until_serving(url + "/simple/", server)
        yield url, packages
    finally:
        server.terminate()
        try:
            server.wait(timeout=5)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()


def wait_until_serving(url: str, server: subprocess.Popen[bytes], seconds: float = 20) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise RuntimeError(
                f"pypiserver exited: {server.stderr.read() if server.stderr else ''!r}"
            )
        try:
            with urllib.request.urlopen(url, timeout=1):
                return
        except OSError:
            time.sleep(0.1)
    raise RuntimeError(f"pypiserver did not answer on {url}")


def test_dist_builds_checks_and_smoke_tests_the_package(built: Built) -> None:
    assert built.completed.returncode == 0, built.completed.stderr
    print(f"make dist: {built.seconds:.1f} s")
    assert sorted(p.name for p in built.outdir.iterdir()) == sorted([WHEEL, SDIST])
    progress = built.completed.stderr
    assert "dist: twine check passed" in progress
    assert f"{', '.join(PACKAGE.scripts)} --help and import {PACKAGE.import_name} work" in progress
    with tarfile.open(built.outdir / SDIST) as sdist:
        names = {name.split("/", 1)[1] for name in sdist.getnames() if "/" in name}
    assert {"pyproject.toml", "README.md", f"{PACKAGE.import_name}/__init__.py"} <= names
    assert not any(name.startswith(("build/", "dist/")) for name in names)
    help_text = subprocess.run(
        [str(built.venv_bin / PACKAGE.scripts[0]), "--help"], capture_output=True, text=True
    )
    assert help_text.returncode == 0 and "Usage:" in help_text.stdout


def test_publish_to_a_local_index_then_install_from_it(
    built: Built, index: tuple[str, Path]
) -> None:
    assert built.completed.returncode == 0, built.completed.stderr
    url, packages = index
    started = time.monotonic()
    published = dist_command(
        "publish", "--outdir", str(built.outdir), "--repository-url", url + "/"
    )
    assert published.returncode == 0, published.stderr
    assert sorted(p.name for p in packages.iterdir()) == sorted([WHEEL, SDIST])

    # The smoke test's venv already has the dependencies; the package itself must come from
    # the local index, which pip's report shows.
    pip_command = [sys.executable, "-m", "pip", "--python", str(built.venv_bin / "python")]
    subprocess.run(
        [*pip_command, "uninstall", "--yes", PACKAGE.distribution], check=True, capture_output=True
    )
    report = built.outdir.parent / "install-report.json"
    pip_install(
        built.venv_bin,
        "--index-url",
        url + "/simple/",
        "--report",
        str(report),
        f"{PACKAGE.distribution}=={PACKAGE.version}",
    )
    installed = json.loads(report.read_text(encoding="utf-8"))["install"]
    assert [item["metadata"]["name"] for item in installed] == [PACKAGE.distribution]
    assert installed[0]["download_info"]["url"].startswith(url + "/")
    imported = subprocess.run(
        [
            str(built.venv_bin / "python"),
            "-c",
            f"import {PACKAGE.import_name} as p; print(p.__version__)",
        ],
        capture_output=True,
        text=True,
        cwd=built.outdir,
    )
    assert imported.stdout.strip() == PACKAGE.version, imported.stderr
    print(f"publish and install: {time.monotonic() - started:.1f} s")


def test_an_index_that_does_not_answer_is_one_line(built: Built) -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        url = f"http://127.0.0.1:{probe.getsockname()[1]}/"
    completed = dist_command("publish", "--outdir", str(built.outdir), "--repository-url", url)
    assert completed.returncode == 2
    last = completed.stderr.splitlines()[-1]
    assert last.startswith("dist: twine upload failed (exit 1): ") and "Connection refused" in last


@pytest.mark.parametrize(
    ("module", "message"),
    [
        ("__version__ = '1.0.0'\n__all__ = ['Client']\n", "AttributeError: module 'pets_client'"),
        ("__version__ = '0.9.0'\n__all__ = []\n", "installed 0.9.0, not the version built: 1.0.0"),
    ],
)
def test_the_smoke_test_fails_on_a_broken_install(
    tmp_path: Path, module: str, message: str
) -> None:
    bin_dir = create_virtualenv(tmp_path / "venv")
    (bin_dir / "pets").write_text("#!/bin/sh\necho usage\n", encoding="utf-8")
    (bin_dir / "pets").chmod(0o755)
    (site_packages,) = (tmp_path / "venv" / "lib").glob("python*/site-packages")
    (site_packages / "pets_client").mkdir()
    (site_packages / "pets_client" / "__init__.py").write_text(module, encoding="utf-8")
    (site_packages / "pets_client" / "models.py").write_text("", encoding="utf-8")
    package = Package("pets-client", "1.0.0", "pets_client", ("pets",))
    with pytest.raises(DistError, match=message):
        smoke_test(bin_dir, package)


def test_publish_without_credentials_is_anonymous() -> None:
    assert credential_arguments({}) == ["--username", "", "--password", ""]
    assert credential_arguments({"TWINE_USERNAME": "__token__", "TWINE_PASSWORD": "x"}) == []
    assert credential_arguments({"TWINE_PASSWORD": "pypi-token"}) == []


def fake_source(path: Path, version: str = "1.2.3", build_system: str = "") -> Path:
    path.mkdir()
    (path / "pyproject.toml").write_text(
        build_system + f'[project]\nname = "pets-client"\nversion = "{version}"\n'
        '[project.scripts]\npets = "pets_client._cli:main"\n'
        '[tool.setuptools]\npackages = ["pets_client"]\n',
        encoding="utf-8",
    )
    return path


@pytest.mark.parametrize(
    ("files", "message"),
    [
        ([], "holds no distributions; run `make dist` first"),
        (["pets_client-1.2.2-py3-none-any.whl"], "is version 1.2.2 but generated/ is 1.2.3"),
        (["other-1.2.3.tar.gz"], "is not a distribution of pets-client"),
    ],
)
def test_publish_refuses_missing_stale_or_foreign_files(
    tmp_path: Path, files: list[str], message: str
) -> None:
    source = fake_source(tmp_path / "src")
    outdir = tmp_path / "dist"
    outdir.mkdir()
    for name in files:
        (outdir / name).write_bytes(b"")
    with pytest.raises(DistError, match=message):
        distribution_files(outdir, read_package(source))
    completed = dist_command(
        "publish", "--source", str(source), "--outdir", str(outdir), "--repository-url", "http://x/"
    )
    assert completed.returncode == 2
    assert completed.stderr.startswith("dist: ") and len(completed.stderr.splitlines()) == 1


def test_publish_needs_an_http_url(tmp_path: Path) -> None:
    completed = dist_command(
        "publish", "--source", str(fake_source(tmp_path / "src")), "--repository-url", "pypi"
    )
    assert completed.returncode == 2
    assert completed.stderr == "dist: repository URL 'pypi' is not an http(s) URL\n"


def test_twine_check_failure_is_one_clear_error(tmp_path: Path) -> None:
    broken = tmp_path / "pets_client-1.2.3-py3-none-any.whl"
    broken.write_bytes(b"not a zip file")
    with pytest.raises(DistError, match=r"^twine check failed \(exit 1\): "):
        twine_check([broken])


def test_a_failed_build_leaves_the_output_folder_alone(tmp_path: Path) -> None:
    # A build-system table that python -m build rejects before it makes its environment.
    source = fake_source(tmp_path / "src", build_system='[build-system]\nrequires = "x"\n')
    outdir = tmp_path / "dist"
    outdir.mkdir()
    (outdir / "pets_client-1.2.2.tar.gz").write_bytes(b"the previous build")
    completed = dist_command("dist", "--source", str(source), "--outdir", str(outdir))
    assert completed.returncode == 2
    assert completed.stderr.splitlines()[-1].startswith("dist: python -m build failed (exit 1): ")
    assert [p.name for p in outdir.iterdir()] == ["pets_client-1.2.2.tar.gz"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["dist", "src"]  # no staging left
