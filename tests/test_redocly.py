"""The bundled ModelArts spec through an independent linter: @redocly/cli's recommended rules.

Redocly CLI comes from npm, pinned, installed once into .cache/redocly-VERSION (ignored by
git), as the corpus specs are fetched (bench/corpus.py). Its struct rule is what catches a
flow-style YAML slip such as `{description: Project name, such as cn-north-4.}`.
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path
from typing import Any

from generator.cli import main

ROOT = Path(__file__).resolve().parent.parent
VERSION = "2.77.0"
INSTALL = ROOT / ".cache" / f"redocly-{VERSION}"
TIMEOUT_S = 300


def redocly() -> Path:
    """The pinned redocly executable, installed by npm into the cache once."""
    executable = INSTALL / "node_modules" / ".bin" / "redocly"
    if not executable.exists():
        INSTALL.mkdir(parents=True, exist_ok=True)
        subprocess.run(
            ["npm", "install", "--prefix", str(INSTALL), "--no-save", "--no-audit", "--no-fund"]
            + ["--silent", f"@redocly/cli@{VERSION}"],
            check=True,
            timeout=TIMEOUT_S,
        )
    return executable


def lint(spec: Path) -> dict[str, Any]:
    """redocly's JSON report on spec, with the recommended rules and no project config."""
    finished = subprocess.run(
        [str(redocly()), "lint", "--extends", "recommended", "--format", "json", str(spec)],
        cwd=spec.parent,  # no redocly.yaml there: only the recommended rules apply
        capture_output=True,
        text=True,
        timeout=TIMEOUT_S,
    )
    report: dict[str, Any] = json.loads(finished.stdout)
    return report


def test_the_bundled_spec_passes_redocly_recommended_without_error_or_warning(
    tmp_path: Path,
) -> None:
    bundled = tmp_path / "modelarts.openapi.json"
    # Without the project lint: the check must stand on its own, not behind ours.
    assert main(["bundle", "--no-lint", "-o", str(bundled)]) == 0
    report = lint(bundled)
    problems = [
        f"{p['ruleId']} {p['severity']} {p['location'][0]['pointer']}: {p['message']}"
        for p in report["problems"]
    ]
    assert report["totals"]["errors"] == report["totals"]["warnings"] == 0, "\n".join(problems)
    assert report["totals"]["ignored"] == 0
