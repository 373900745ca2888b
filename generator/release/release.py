"""Release the generated SDK: version bump from the spec diff, changelog entry, regeneration.

python -m generator release [--base REF] [--bump LEVEL] [--dry-run] [--commit]

The spec's `x-sdk.version` is the single source of the SDK's version. A release diffs the spec
against the last release tag (`sdk-vX.Y.Z`) in process, bumps that version by the diff's
semver (the larger of the API's and the generated SDK surface's),
writes it into the spec with a one-line edit, prepends an entry to CHANGELOG.md and
regenerates generated/. It commits and tags only when asked to (--commit).
"""

from __future__ import annotations

import argparse
import datetime
import functools
import re
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Sequence

import yaml

from .. import PROJECT_ROOT
from ..common import exits
from ..common.files import write_atomically
from ..diff import load, report
from ..diff.report import BUMPS, larger_bump

if TYPE_CHECKING:
    from ..diff.change import Change

TAG_PREFIX = "sdk-v"
# The version build.py gives a package whose spec has no x-sdk.version.
DEFAULT_VERSION = "0.1.0"
SPEC_PATH = Path("spec") / "openapi.yaml"
CHANGELOG_PATH = Path("CHANGELOG.md")
# Changelog sections in the order they are printed: diff section -> heading.
SECTIONS = {
    "breaking": "Breaking",
    "deprecated": "Deprecated",
    "added": "Added",
    "changed": "Changed",
}


@functools.lru_cache(maxsize=1)
def not_api_changes() -> frozenset[str]:
    """Diff findings about info.version (the API's own version, not the SDK's) are no
    change for the SDK's users: the rules of the table's Info area."""
    from ..diff.registry import registry

    return frozenset(r.id for r in registry().by_id.values() if r.area == "Info")


_VERSION = re.compile(r"^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$")


class ReleaseError(Exception):
    """A release that cannot go ahead; the message is one line for the user."""


class NothingToRelease(ReleaseError):
    """No change since the last release asks for a new version."""


# -- versions -------------------------------------------------------------------------


@dataclass(frozen=True, order=True)
class Version:
    major: int
    minor: int
    patch: int

    @classmethod
    def parse(cls, text: str) -> Version:
        match = _VERSION.match(text.strip())
        if not match:
            raise ReleaseError(f"version {text!r} is not of the form MAJOR.MINOR.PATCH")
        return cls(*(int(part) for part in match.groups()))

    def __str__(self) -> str:
        return f"{self.major}.{self.minor}.{self.patch}"

    @property
    def tag(self) -> str:
        return f"{TAG_PREFIX}{self}"


def bump_version(version: Version, bump: str) -> Version:
    """The next version for a change of the given size (one of BUMPS).

    While the major version is 0 the API is not yet stable, and by the common convention a
    breaking change bumps the minor version and anything else the patch version.
    """
    if bump not in BUMPS:
        raise ValueError(f"unknown bump {bump!r}")
    if bump == "none":
        return version
    if version.major == 0:
        bump = "minor" if bump == "major" else "patch"
    if bump == "major":
        return Version(version.major + 1, 0, 0)
    if bump == "minor":
        return Version(version.major, version.minor + 1, 0)
    return Version(version.major, version.minor, version.patch + 1)


# -- the diff -------------------------------------------------------------------------


def run_diff(root: Path, base: str) -> list[Change]:
    """The spec at git revision base against the checkout's spec, diffed in process."""
    try:
        old = load.load_side(f"{load.GIT_PREFIX}{base}", repo=root)
        new = load.load_side(str(root / SPEC_PATH), repo=root)
    except load.SideError as error:
        raise ReleaseError(f"the spec diff against {base} failed: {error}") from None
    from ..diff.documents import diff_documents  # the comparison modules, only when releasing

    return diff_documents(old, new)


def _gist(stderr: str) -> str:
    """A command's error output on one line: its first and last lines (problem and count)."""
    lines = [line.strip() for line in stderr.splitlines() if line.strip()] or ["(no message)"]
    return " | ".join(lines if len(lines) <= 2 else [lines[0], "...", lines[-1]])


# The spec diff since a git revision: run_diff, or a stand-in in tests.
DiffFunction = Callable[[Path, str], "list[Change]"]


# -- the changelog --------------------------------------------------------------------

# Characters that can start Markdown markup; "_" only at a word's edge (snake_case is safe).
_MARKDOWN_SPECIAL = re.compile(r"([\\`*\[\]<>]|(?<![A-Za-z0-9])_|_(?![A-Za-z0-9]))")


def _markdown_text(text: str) -> str:
    return _MARKDOWN_SPECIAL.sub(r"\\\1", " ".join(text.split()))


def _code(text: str) -> str:
    """A Markdown code span that holds any text, backticks included."""
    text = " ".join(text.split())
    fence = "`"
    while fence in text:
        fence += "`"
    padding = " " if text.startswith("`") or text.endswith("`") else ""
    return f"{fence}{padding}{text}{padding}{fence}"


def _change_line(change: Change) -> str:
    line = "- "
    if change.operation:
        line += f"{_code(change.operation)}: "
    line += _markdown_text(change.message)
    if change.sdk:
        line += f" (SDK: {', '.join(_code(symbol) for symbol in change.sdk)})"
    return line


def render_entry(version: Version, date: datetime.date, changes: Sequence[Change]) -> str:
    """One release's changelog entry: version and date, then the changes by section."""
    lines = [f"## {version} - {date.isoformat()}", ""]
    for section, heading in SECTIONS.items():
        in_section = sorted(
            (c for c in changes if c.section == section),
            key=lambda c: (c.operation, c.location, c.id, c.message),
        )
        if in_section:
            lines += [f"### {heading}", "", *map(_change_line, in_section), ""]
    if not changes:
        lines += ["No changes to the API.", ""]
    return "\n".join(lines)


def changelog_header(distribution: str) -> str:
    return (
        "# Changelog\n\n"
        f"Changes to the `{distribution}` package, newest first. `make release` writes each\n"
        "entry from the spec diff against the previous release (git tags `sdk-vX.Y.Z`).\n"
    )


def insert_entry(changelog: str, entry: str, version: Version) -> str:
    """The changelog with entry placed above the newest one (below the header)."""
    if re.search(rf"^## {re.escape(str(version))}\b", changelog, re.MULTILINE):
        raise ReleaseError(f"{CHANGELOG_PATH} already has an entry for {version}")
    first = re.search(r"^## ", changelog, re.MULTILINE)
    if first is None:
        return changelog.rstrip("\n") + "\n\n" + entry.rstrip("\n") + "\n"
    head, rest = changelog[: first.start()], changelog[first.start() :]
    return head + entry.rstrip("\n") + "\n\n" + rest


# -- the version in the spec ----------------------------------------------------------

_SDK_KEY = re.compile(r"^x-sdk:\s*(#.*)?$")
# x-sdk's own `version:` line; the value may be quoted and followed by a comment.
_VERSION_LINE = re.compile(r"^version:\s*(?P<quote>['\"]?)(?P<value>[^'\"#\s]*)(?P=quote)")


def _sdk_settings(document: Any) -> dict[str, Any]:
    sdk = document.get("x-sdk") if isinstance(document, dict) else None
    return sdk if isinstance(sdk, dict) else {}


def read_spec_version(spec_text: str) -> Version:
    version = _sdk_settings(_load_yaml(spec_text)).get("version", DEFAULT_VERSION)
    return Version.parse(str(version))


def _load_yaml(text: str) -> Any:
    try:
        return yaml.safe_load(text)
    except yaml.YAMLError as error:
        raise ReleaseError(
            f"{SPEC_PATH} is not valid YAML: {' '.join(str(error).split())}"
        ) from None


def set_spec_version(spec_text: str, version: Version) -> str:
    """spec_text with x-sdk.version set to version: one line changed (or added), the rest kept.

    The spec is edited as text, not loaded and dumped, so its comments and layout survive.
    """
    lines = spec_text.splitlines(keepends=True)
    start = next((i for i, line in enumerate(lines) if _SDK_KEY.match(line)), None)
    if start is None:
        raise ReleaseError("the spec has no top-level block 'x-sdk:' to hold the version")
    indent = None
    for index in range(start + 1, len(lines)):
        line = lines[index]
        stripped = line.lstrip(" ")
        if not stripped.strip() or stripped.startswith("#"):
            continue
        depth = len(line) - len(stripped)
        if depth == 0:
            break
        indent = depth if indent is None else indent
        match = _VERSION_LINE.match(stripped) if depth == indent else None
        if match:
            value_end = depth + match.end("value")
            lines[index] = line[: depth + match.start("value")] + str(version) + line[value_end:]
            return _checked(spec_text, "".join(lines), version)
    lines.insert(start + 1, f"{' ' * (indent or 2)}version: {version}\n")
    return _checked(spec_text, "".join(lines), version)


def _checked(old_text: str, new_text: str, version: Version) -> str:
    """new_text, after making sure the edit changed x-sdk.version and nothing else."""
    old, new = _load_yaml(old_text), _load_yaml(new_text)
    new_sdk = _sdk_settings(new)
    if str(new_sdk.get("version")) != str(version):
        raise ReleaseError("could not set x-sdk.version in the spec by a line edit")
    old_sdk = dict(_sdk_settings(old), version=str(version))
    if {**old, "x-sdk": old_sdk} != {**new, "x-sdk": dict(new_sdk, version=str(version))}:
        raise ReleaseError("setting x-sdk.version by a line edit would change more of the spec")
    return new_text


# -- git --------------------------------------------------------------------------------


def _git(root: Path, *args: str) -> str:
    completed = subprocess.run(["git", *args], cwd=root, capture_output=True, text=True)
    if completed.returncode != 0:
        raise ReleaseError(f"git {' '.join(args)} failed: {_gist(completed.stderr)}")
    return completed.stdout


def last_release_tag(root: Path) -> str | None:
    """The highest sdk-vX.Y.Z tag reachable from HEAD, by version (not by date)."""
    tags = _git(root, "tag", "--merged", "HEAD", "--list", f"{TAG_PREFIX}*").split()
    versions = []
    for tag in tags:
        try:
            versions.append(Version.parse(tag[len(TAG_PREFIX) :]))
        except ReleaseError:
            continue  # a tag like sdk-v1.0.0rc1 is not a release this tool made
    return max(versions).tag if versions else None


# -- the release ----------------------------------------------------------------------


@dataclass(frozen=True)
class ReleasePlan:
    root: Path
    base: str
    previous: Version
    version: Version
    bump: str
    changes: tuple[Change, ...]
    entry: str
    spec_text: str
    new_spec_text: str
    changelog_text: str | None
    new_changelog_text: str

    def summary(self) -> str:
        counts = ", ".join(
            f"{sum(c.section == s for c in self.changes)} {s}"
            for s in SECTIONS
            if any(c.section == s for c in self.changes)
        )
        zero = self.previous.major == 0 and self.bump in ("major", "minor")
        rules = ", by the 0.x rules" if zero else ""
        return (
            f"{self.previous} -> {self.version} ({self.bump}{rules}; "
            f"{counts or 'no API changes'} since {self.base})"
        )

    def next_commands(self) -> list[str]:
        return [
            f"git add {SPEC_PATH} {CHANGELOG_PATH} generated",
            f"git commit -m 'Release {self.version}'",
            f"git tag {self.version.tag}",
        ]


def plan_release(
    root: Path,
    base: str | None,
    diff: DiffFunction = run_diff,
    minimum_bump: str = "none",
    new_version: str | None = None,
    today: datetime.date | None = None,
) -> ReleasePlan:
    """Everything a release will write, computed before anything is written."""
    if base is None:
        base = last_release_tag(root)
        if base is None:
            raise ReleaseError(
                f"no release tag {TAG_PREFIX}X.Y.Z is reachable from HEAD; "
                "pass BASE=<git ref> (make release BASE=...) for the first release"
            )
    try:
        spec_text = (root / SPEC_PATH).read_text(encoding="utf-8")
    except OSError as error:
        raise ReleaseError(f"cannot read {SPEC_PATH}: {error.strerror}") from None
    previous = read_spec_version(spec_text)
    _check_spec_matches_tag(previous, base)
    changes = tuple(c for c in diff(root, base) if c.id not in not_api_changes())
    # The diff's semver: the larger of the API's bump and the SDK surface's.
    bump = larger_bump(report.semver(list(changes)), minimum_bump)
    version = _next_version(previous, bump, new_version)
    changelog_file = root / CHANGELOG_PATH
    changelog = changelog_file.read_text(encoding="utf-8") if changelog_file.exists() else None
    distribution = str(_sdk_settings(_load_yaml(spec_text)).get("distribution") or "SDK")
    today = today or datetime.datetime.now(datetime.timezone.utc).date()
    entry = render_entry(version, today, changes)
    return ReleasePlan(
        root=root,
        base=base,
        previous=previous,
        version=version,
        bump=bump,
        changes=changes,
        entry=entry,
        spec_text=spec_text,
        new_spec_text=set_spec_version(spec_text, version),
        changelog_text=changelog,
        new_changelog_text=insert_entry(
            changelog if changelog is not None else changelog_header(distribution), entry, version
        ),
    )


def _check_spec_matches_tag(previous: Version, base: str) -> None:
    """Refuse to bump a version that was already bumped since the release it diffs against."""
    if not base.startswith(TAG_PREFIX):
        return
    try:
        released = Version.parse(base[len(TAG_PREFIX) :])
    except ReleaseError:
        return
    if previous != released:
        raise ReleaseError(
            f"x-sdk.version in {SPEC_PATH} is {previous}, not {released} as released in {base}: "
            "was this release already made? Commit and tag it, or restore the version"
        )


def _next_version(previous: Version, bump: str, new_version: str | None) -> Version:
    if new_version is None:
        if bump == "none":
            raise NothingToRelease(
                "nothing to release: no API changes (use --bump to release other changes)"
            )
        return bump_version(previous, bump)
    version = Version.parse(new_version)
    if version <= previous:
        raise ReleaseError(f"--set-version {version} is not above the current version {previous}")
    return version


def apply_release(plan: ReleasePlan, regenerate: Callable[[Path], None]) -> None:
    """Write the spec and the changelog, regenerate; on any failure put both back."""
    spec_file, changelog_file = plan.root / SPEC_PATH, plan.root / CHANGELOG_PATH
    try:
        write_atomically(spec_file, plan.new_spec_text)
        write_atomically(changelog_file, plan.new_changelog_text)
        regenerate(plan.root)
    except BaseException:
        write_atomically(spec_file, plan.spec_text)
        if plan.changelog_text is None:
            changelog_file.unlink(missing_ok=True)
        else:
            write_atomically(changelog_file, plan.changelog_text)
        raise


def run_generate(root: Path) -> None:
    """`python -m generator generate` in root; generate replaces generated/ atomically."""
    command = [sys.executable, "-m", "generator", "generate", "--quiet"]
    completed = subprocess.run(command, cwd=root, capture_output=True, text=True)
    if completed.returncode != 0:
        raise ReleaseError(f"regenerating the SDK failed: {_gist(completed.stderr)}")


def commit_and_tag(plan: ReleasePlan) -> None:
    _git(plan.root, "add", str(SPEC_PATH), str(CHANGELOG_PATH), "generated")
    _git(plan.root, "commit", "--quiet", "-m", f"Release {plan.version}")
    _git(plan.root, "tag", plan.version.tag)


# -- command line ---------------------------------------------------------------------


DESCRIPTION = (
    "Release the generated SDK: diff the spec against the last release tag "
    f"({TAG_PREFIX}X.Y.Z) or --base, bump x-sdk.version in {SPEC_PATH} by what the changes "
    "to the API and to the generated SDK's public names imply, the larger of the two "
    "(major for breaking, minor for additions and deprecations, patch otherwise; while "
    "the major version is 0, breaking changes bump the minor and the rest the patch), write "
    f"a {CHANGELOG_PATH} entry and regenerate generated/. Nothing is committed or tagged "
    "unless --commit is given. Exit status 0 when released, 1 when there is nothing to "
    "release, 2 when the release cannot be made."
)


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--base", help="git ref to diff against (default: the highest reachable release tag)"
    )
    parser.add_argument(
        "--bump",
        choices=BUMPS[1:],
        default="none",
        help="bump at least this much, for changes the spec diff does not see (runtime fixes)",
    )
    parser.add_argument(
        "--set-version", dest="new_version", help="release exactly this version (e.g. 1.0.0)"
    )
    parser.add_argument(
        "--dry-run", action="store_true", help="print what would change; write nothing"
    )
    parser.add_argument("--commit", action="store_true", help="also commit the release and tag it")


def main(
    argv: Sequence[str] | None = None, root: Path = PROJECT_ROOT, diff: DiffFunction = run_diff
) -> int:
    """`python -m generator release ARGV` against the checkout at ROOT (tests pass their own)."""
    parser = argparse.ArgumentParser(prog="python -m generator release", description=DESCRIPTION)
    configure(parser)
    return run(parser.parse_args(argv), root, diff)


def run(args: argparse.Namespace, root: Path = PROJECT_ROOT, diff: DiffFunction = run_diff) -> int:
    try:
        plan = plan_release(
            root, args.base, diff, minimum_bump=args.bump, new_version=args.new_version
        )
        print(f"release {plan.summary()}")
        if args.dry_run:
            _print_dry_run(plan)
            return exits.OK
        apply_release(plan, run_generate)
        print(f"wrote {SPEC_PATH} (x-sdk.version {plan.version}), {CHANGELOG_PATH}, generated/")
        if args.commit:
            commit_and_tag(plan)
            print(f"committed and tagged {plan.version.tag}")
        else:
            print("next:\n" + "\n".join(f"  {command}" for command in plan.next_commands()))
    except ReleaseError as error:
        print(f"release: {error}", file=sys.stderr)
        return exits.FINDINGS if isinstance(error, NothingToRelease) else exits.BAD_INPUT
    return exits.OK


def _print_dry_run(plan: ReleasePlan) -> None:
    print(f"would set x-sdk.version in {SPEC_PATH} to {plan.version}")
    print(f"would add to {CHANGELOG_PATH}:\n")
    print(plan.entry)
    print("would regenerate generated/, then you would run:")
    print("\n".join(f"  {command}" for command in plan.next_commands()))
