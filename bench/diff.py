"""Spec diff on a real pair: GitHub Enterprise Server 3.17 against 3.18.

Runs `python -m generator diff` as a child process (validation cache off, so every step is
measured) and prints wall time, peak memory, changes by level and by rule, the semver bump,
and one example of each of the most frequent rules to check by eye.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from run import PYTHON, ROOT, fetch_github_spec  # noqa: E402


def run(old: Path, new: Path) -> tuple[float, float, dict[str, Any]]:
    """Wall seconds, peak MB and the JSON report of one diff in a child process."""
    command = [PYTHON, "-m", "generator", "diff", str(old), str(new), "--format", "json"]
    started = time.perf_counter()
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        process = subprocess.Popen(
            command,
            cwd=ROOT,
            env={**os.environ, "MODELARTS_GEN_CACHE": "off"},
            stdout=out,
            stderr=err,
        )
        _, status, usage = os.wait4(process.pid, 0)
        seconds = time.perf_counter() - started
        out.seek(0)
        err.seek(0)
        if os.waitstatus_to_exitcode(status) != 0:
            sys.exit(f"diff failed: {err.read().decode(errors='replace')[-2000:]}")
        return seconds, usage.ru_maxrss / 1024, json.loads(out.read())


def main() -> None:
    generated = fetch_github_spec().parent
    old, new = generated / "ghes-3.17.json", generated / "ghes-3.18.json"
    seconds, peak, report = run(old, new)
    # The API's changes (oasdiff's rules) and the generated SDK surface's, counted apart.
    changes = [c for c in report["changes"] if not c["id"].startswith("sdk-")]
    sdk = Counter(c["id"] for c in report["changes"] if c["id"].startswith("sdk-"))
    levels = Counter(c["level"] for c in changes)
    rules = Counter(c["id"] for c in changes)
    print(f"GHES 3.17 -> 3.18: {seconds:.1f} s wall, {peak:.0f} MB peak")
    print(
        f"{len(changes)} changes: "
        + ", ".join(f"{levels[level]} {level}" for level in ("ERR", "WARN", "INFO"))
        + f"; semver {report.get('api_semver', report['semver'])}"
    )
    print(
        f"SDK surface: {sum(sdk.values())} changes ("
        + ", ".join(f"{count} {rule}" for rule, count in sdk.most_common())
        + f"); semver {report.get('sdk_semver', 'none')}; release semver {report['semver']}"
    )
    print(f"{'count':>6}  rule (top 15)")
    for rule, count in rules.most_common(15):
        print(f"{count:6}  {rule}")
    print("examples:")
    for rule, _ in rules.most_common(15):
        change = next(c for c in changes if c["id"] == rule)
        where = " ".join(p for p in (change["operation"], change["location"]) if p)
        sdk = f"  [{', '.join(change['sdk'])}]" if change["sdk"] else ""
        print(f"  {rule}: {where}: {change['message']}{sdk}")
    # The other way round every addition is a removal: the breaking side must show.
    _, _, back = run(new, old)
    levels = Counter(c["level"] for c in back["changes"] if not c["id"].startswith("sdk-"))
    sdk_levels = Counter(c["level"] for c in back["changes"] if c["id"].startswith("sdk-"))
    print(
        "GHES 3.18 -> 3.17: "
        + ", ".join(f"{levels[level]} {level}" for level in ("ERR", "WARN", "INFO"))
        + f"; semver {back.get('api_semver', back['semver'])}; SDK surface: "
        + ", ".join(f"{sdk_levels[level]} {level}" for level in ("ERR", "WARN", "INFO"))
    )


if __name__ == "__main__":
    main()
