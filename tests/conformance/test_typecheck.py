"""Every conformance SDK passes mypy --strict: the wire fixes keep the types honest."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Callable

from harness import SPECS, Sdk, make_sdk, server  # noqa: F401 (fixtures)


def test_every_conformance_sdk_passes_mypy_strict(make_sdk: Callable[[str], Sdk]) -> None:
    packages = [
        Path(make_sdk(spec.stem).package.__file__).parent for spec in sorted(SPECS.glob("*.yaml"))
    ]
    assert len(packages) >= 3
    mypy = [sys.executable, "-m", "mypy", "--strict", "--no-incremental", *map(str, packages)]
    checked = subprocess.run(mypy, capture_output=True, text=True)
    assert checked.returncode == 0, checked.stdout
