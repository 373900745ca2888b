"""Benchmarks: generation time and memory against openapi-python-client, SDK start-up.

Run with `make bench`. Peers and inputs are fetched into .cache/bench (ignored by git):
openapi-python-client into its own virtualenv, GitHub's spec from the npm package
@octokit/openapi. Every figure is measured in this run, on this machine.
"""

from __future__ import annotations

import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tarfile
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CACHE = ROOT / ".cache" / "bench"
PYTHON = sys.executable
OCTOKIT_VERSION = "23.0.2"
PEER = "openapi-python-client==0.29.1"
RUNS = int(os.environ.get("BENCH_RUNS", "3"))  # each generation figure is a median of these


@dataclass
class Run:
    seconds: float
    peak_mb: float  # the process's own peak resident memory
    ok: bool
    note: str = ""
    # The peak of the memory of the process and every process it started, together: the
    # sum of their proportional set sizes (a page shared by n processes counts 1/n in
    # each), sampled every 50 ms. Forked workers are not in the process's own peak.
    tree_peak_mb: float = 0.0


def measure(command: list[str], env: dict[str, str] | None = None, cwd: Path = ROOT) -> Run:
    """Wall time and peak memory of one child process (its own, and with its children)."""
    started = time.perf_counter()
    with tempfile.TemporaryFile() as log:
        process = subprocess.Popen(
            command, cwd=cwd, env={**os.environ, **(env or {})}, stdout=log, stderr=log
        )
        sampler = TreeMemory(process.pid)
        sampler.start()
        _, status, usage = os.wait4(process.pid, 0)
        seconds = time.perf_counter() - started
        sampler.finished.set()
        sampler.join()
        log.seek(0)
        tail = log.read().decode(errors="replace").strip().splitlines()[-1:] or [""]
    return Run(
        seconds,
        usage.ru_maxrss / 1024,
        os.waitstatus_to_exitcode(status) == 0,
        tail[0][:120],
        max(sampler.peak_kb / 1024, usage.ru_maxrss / 1024),
    )


class TreeMemory(threading.Thread):
    """Samples the summed PSS of a process and its descendants until told to stop."""

    def __init__(self, pid: int) -> None:
        super().__init__(daemon=True)
        self.pid = pid
        self.peak_kb = 0
        self.finished = threading.Event()

    def run(self) -> None:
        while not self.finished.wait(0.05):
            self.peak_kb = max(self.peak_kb, sum(map(_pss_kb, _tree(self.pid))))


def _tree(pid: int) -> list[int]:
    found, pending = [], [pid]
    while pending:
        current = pending.pop()
        found.append(current)
        try:
            for task in Path(f"/proc/{current}/task").iterdir():
                pending += map(int, (task / "children").read_text().split())
        except OSError:
            continue  # ended meanwhile
    return found


def _pss_kb(pid: int) -> int:
    try:
        rollup = Path(f"/proc/{pid}/smaps_rollup").read_text()
    except OSError:
        return 0
    line = next((line for line in rollup.splitlines() if line.startswith("Pss:")), "Pss: 0")
    return int(line.split()[1])


def fetch_github_spec() -> Path:
    target = CACHE / "octokit" / "package" / "generated" / "api.github.com.json"
    if not target.exists():
        (CACHE / "octokit").mkdir(parents=True, exist_ok=True)
        subprocess.run(
            ["npm", "pack", f"@octokit/openapi@{OCTOKIT_VERSION}", "--silent"],
            cwd=CACHE / "octokit",
            check=True,
        )
        archive = next((CACHE / "octokit").glob("octokit-openapi-*.tgz"))
        with tarfile.open(archive) as tar:
            tar.extractall(CACHE / "octokit", filter="data")
    return target


def peer_command() -> list[str]:
    venv = CACHE / "opc-venv"
    executable = venv / "bin" / "openapi-python-client"
    if not executable.exists():
        subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
        subprocess.run([str(venv / "bin" / "pip"), "install", "--quiet", PEER], check=True)
    return [str(executable)]


def bundle_modelarts() -> Path:
    target = CACHE / "modelarts.openapi.json"
    subprocess.run(
        [PYTHON, "-m", "generator", "bundle", "-o", str(target)],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )
    return target


def ours(spec: Path, work: Path, cache: Path, in_place: bool = False) -> Run:
    """A generation into an empty folder, or in_place: over the previous output."""
    output = work / "ours"
    if not in_place:
        shutil.rmtree(output, ignore_errors=True)
    return measure(
        [PYTHON, "-m", "generator", "generate", "-q", "--spec", str(spec), "--output", str(output)],
        env={"MODELARTS_GEN_CACHE": str(cache)},
    )


def peer(spec: Path, work: Path) -> Run:
    output = work / "peer"
    shutil.rmtree(output, ignore_errors=True)
    return measure(
        [
            *peer_command(),
            "generate",
            "--path",
            str(spec),
            "--output-path",
            str(output),
            "--overwrite",
        ],
        cwd=work,
    )


def one_operation_changed(spec: Path, work: Path, mark: str = "edited") -> Path:
    """A copy of spec whose first operation has another summary, written as the spec is
    (indented): what a regeneration after editing one operation costs. Made in a child: a
    child's peak memory (ru_maxrss) counts the pages of its parent at the fork, so parsing
    GitHub's spec here would raise every peak measured after it."""
    changed = work / f"{mark.replace(' ', '-')}-{spec.name}"
    subprocess.run([PYTHON, __file__, "--edit", str(spec), str(changed), mark], check=True)
    return changed


def write_edited(spec: Path, changed: Path, mark: str) -> None:
    document = json.loads(spec.read_text(encoding="utf-8"))
    path_item = next(iter(document["paths"].values()))
    operation = next(
        value
        for key, value in path_item.items()
        if key in ("get", "put", "post", "delete", "patch")
    )
    operation["summary"] = f"{operation.get('summary', '')} ({mark})"
    changed.write_text(json.dumps(document, indent=2, ensure_ascii=False), encoding="utf-8")


def count_operations(package: Path) -> int:
    operations = package.rglob("_operations.py")
    return sum(
        1
        for path in operations
        for line in path.read_text().splitlines()
        if "= OperationSpec(" in line
    )


def python_bytes(folder: Path) -> int:
    """Bytes of the generated Python source."""
    return sum(path.stat().st_size for path in folder.rglob("*.py"))


def models_import(folder: Path, statement: str = "import {package}.models") -> Run:
    """Time and peak memory of importing the generated package's models in a fresh
    interpreter (PACKAGE/models, a package for both)."""
    found = next(
        (p for p in sorted(folder.rglob("models*")) if p.name in ("models.py", "models")), None
    )
    if found is None:
        return Run(0.0, 0.0, False, "no models module")
    package = found.parent
    runs = [
        measure(
            [PYTHON, "-c", statement.format(package=package.name)],
            env={"PYTHONPATH": str(package.parent)},
        )
        for _ in range(3)
    ]
    return min(runs, key=lambda run: run.seconds)


def median_run(runs: list[Run]) -> Run:
    """The run of median time (all must have succeeded, else the first failure)."""
    failed = [run for run in runs if not run.ok]
    if failed:
        return failed[0]
    return sorted(runs, key=lambda run: run.seconds)[len(runs) // 2]


def best_of(command: list[str], runs: int = 5) -> float:
    return min(measure(command).seconds for _ in range(runs))


def main() -> None:
    CACHE.mkdir(parents=True, exist_ok=True)
    specs = {"ModelArts": bundle_modelarts(), "GitHub (api.github.com)": fetch_github_spec()}
    rows: list[tuple[str, Run, Run, Run, Run, Run, int]] = []
    sizes: list[tuple[str, int, int, Run, Run, Run]] = []
    with tempfile.TemporaryDirectory() as scratch:
        work = Path(scratch)
        for name, spec in specs.items():
            # Medians of RUNS: one run on this shared 2-core machine moves by tens of percent.
            colds, warms, editeds, in_places, theirs_runs = [], [], [], [], []
            changed = one_operation_changed(spec, work)
            changed_again = one_operation_changed(spec, work, "edited again")
            for attempt in range(RUNS):
                cache = work / f"cache-{len(rows)}-{attempt}"
                colds.append(ours(spec, work, cache))
                operations = count_operations(work / "ours")
                warms.append(ours(spec, work, cache))
                editeds.append(ours(changed, work, cache))
                # another edit, never seen, generated over the previous output: what `make
                # generate` does after an edit of the spec
                in_places.append(ours(changed_again, work, cache, in_place=True))
                theirs_runs.append(peer(spec, work))
            cold, warm, edited, in_place, theirs = map(
                median_run, (colds, warms, editeds, in_places, theirs_runs)
            )
            rows.append((name, cold, warm, edited, in_place, theirs, operations))
            sizes.append(
                (
                    name,
                    python_bytes(work / "ours"),
                    python_bytes(work / "peer"),
                    models_import(work / "ours"),
                    models_import(work / "peer"),
                    # ours loads classes on first use: this is the cost of using them all
                    models_import(work / "ours", "from {package}.models import *"),
                )
            )
    print(
        f"{'spec':26} {'ours cold':>12} {'ours warm':>10} {'one op edited':>14}"
        f" {'in place':>9} {'openapi-python-client':>24} {'cold/peer':>10}"
        f" {'edited/peer':>12} {'in place/peer':>14} {'ops':>6}"
    )
    for name, cold, warm, edited, in_place, theirs, operations in rows:
        ratio = f"{cold.seconds / theirs.seconds:.2f}" if theirs.ok else "peer failed"
        edited_ratio = f"{edited.seconds / theirs.seconds:.2f}" if theirs.ok else "n/a"
        in_place_ratio = f"{in_place.seconds / theirs.seconds:.2f}" if theirs.ok else "n/a"
        print(
            f"{name:26} {cold.seconds:7.2f} s {cold.peak_mb:4.0f}MB {warm.seconds:8.2f} s"
            f" {edited.seconds:12.2f} s {in_place.seconds:7.2f} s"
            f" {theirs.seconds:10.2f} s {theirs.peak_mb:5.0f} MB{'' if theirs.ok else ' (failed)'}"
            f" {ratio:>10} {edited_ratio:>12} {in_place_ratio:>14} {operations:>6}"
        )
        runs = (("ours", cold), ("ours, one op edited", edited), ("ours, in place", in_place))
        for label, run in (*runs, ("peer", theirs)):
            if not run.ok:
                print(f"  {label} failed: {run.note}")
    print(f"(each figure the median of {RUNS} runs; one op edited: a spec with one summary")
    print(" changed, into an empty folder; in place: another such edit, never seen before,")
    print(" generated over the previous output, as `make generate` regenerates generated/)")
    print()
    print(f"{'peak memory, cold':26} {'ours, main process':>19} {'ours, all processes':>20}")
    for name, cold, *_, theirs, _ in rows:
        print(
            f"{name:26} {cold.peak_mb:16.0f} MB {cold.tree_peak_mb:17.0f} MB"
            f"   peer: {theirs.tree_peak_mb:.0f} MB"
        )
    print("(all processes: the summed PSS of the process and its workers, sampled every 50 ms)")
    print()
    print(
        f"{'spec':26} {'bytes ours':>12} {'bytes peer':>12} {'import models ours':>22}"
        f" {'peer':>18} {'time ratio':>10} {'ours, every class loaded':>26}"
    )
    for name, ours_bytes, peer_bytes, mine, theirs, every in sizes:
        ratio = f"{mine.seconds / theirs.seconds:.2f}" if mine.ok and theirs.ok else "n/a"
        print(
            f"{name:26} {ours_bytes / 1e6:9.2f} MB {peer_bytes / 1e6:9.2f} MB"
            f" {mine.seconds:9.2f} s {mine.peak_mb:5.0f} MB{'' if mine.ok else ' (failed)'}"
            f" {theirs.seconds:6.2f} s {theirs.peak_mb:5.0f} MB{'' if theirs.ok else ' (failed)'}"
            f" {ratio:>10} {every.seconds:17.2f} s {every.peak_mb:5.0f} MB"
        )
    import_time = statistics.median(
        float(measure([PYTHON, "-c", "import modelarts_client, modelarts_client._client"]).seconds)
        for _ in range(5)
    )
    python_start = statistics.median(measure([PYTHON, "-c", "pass"]).seconds for _ in range(5))
    cli = shutil.which("modelarts", path=str(Path(PYTHON).parent)) or "modelarts"
    help_time = best_of([cli, "--help"])
    print(
        f"import modelarts_client (+ client): {import_time:.3f} s (python start alone {python_start:.3f} s)"
    )
    print(f"modelarts --help: {help_time:.3f} s")
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"(this process's own peak, a floor under every peak above: {own:.0f} MB)")
    with open(CACHE / "last.json", "w", encoding="utf-8") as stream:
        json.dump(
            {
                "generation": [
                    (
                        n,
                        c.seconds,
                        c.peak_mb,
                        w.seconds,
                        e.seconds,
                        p.seconds,
                        t.seconds,
                        t.peak_mb,
                        t.ok,
                        o,
                        c.tree_peak_mb,
                        t.tree_peak_mb,
                    )
                    for n, c, w, e, p, t, o in rows
                ],
                "output_and_models_import": [
                    (n, b, pb, m.seconds, m.peak_mb, t.seconds, t.peak_mb, e.seconds, e.peak_mb)
                    for n, b, pb, m, t, e in sizes
                ],
                "import_s": import_time,
                "help_s": help_time,
            },
            stream,
            indent=1,
        )


if __name__ == "__main__":
    if sys.argv[1:2] == ["--edit"]:
        write_edited(Path(sys.argv[2]), Path(sys.argv[3]), sys.argv[4])
    else:
        main()
