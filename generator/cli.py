"""The one command line: python -m generator (or openapi-sdk-gen) COMMAND ...

validate, bundle, generate (the spec and code-generation stages), diff, and release, dist,
publish (shipping the generated SDK). Every command shares the exit statuses in
common/exits.py; an unexpected exception is an internal error, reported in one line.
"""

from __future__ import annotations

import argparse
import datetime
import gc
import json
import os
import shlex
import sys
import traceback
from pathlib import Path
from typing import Any, Sequence

from . import DEFAULT_OUTPUT, DEFAULT_SPEC, IN_CHECKOUT
from .codegen.generate import Progress
from .codegen.generate import Result as GenerationResult
from .codegen.generate import generate
from .codegen.output import OutputError
from .common import exits
from .common.files import write_atomically
from .diff import load, overrides, report
from .diff.lifecycle import DeprecationPolicy
from .diff.rules import level_rank
from .release import dist, release
from .spec import walk
from .spec.problems import SpecError
from .spec.validate import load_valid

EXIT_OK, EXIT_USAGE_OR_SPEC = exits.OK, exits.BAD_INPUT
SCRIPT = "openapi-sdk-gen"  # the console script (pyproject.toml)


def _spec_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "spec",
        nargs="?",
        type=Path,
        default=DEFAULT_SPEC,
        help="root spec file or folder (default: the ModelArts spec, spec/openapi.yaml)",
    )
    parser.add_argument(
        "--no-lint",
        dest="strict",
        action="store_false",
        help="check only what OpenAPI requires, not the project's own lint rules",
    )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=SCRIPT if Path(sys.argv[0]).name == SCRIPT else "python -m generator",
        description="Validate, bundle and generate typed Python SDKs from OpenAPI 3.0/3.1 "
        "specs; compare two versions of a spec; release, build and publish the SDK.",
        epilog=exits.SCHEME,
    )
    _debug_option(parser, default=False)
    commands = _Commands(parser.add_subparsers(dest="command", required=True, metavar="COMMAND"))
    validate = commands.add_parser(
        "validate",
        help="check a spec: OpenAPI schema and rules, plus the project lint",
        description="Check a spec and print every problem with file, line and JSON pointer. "
        "Exit status 0 when valid, 2 when not.",
    )
    _spec_argument(validate)
    bundle = commands.add_parser(
        "bundle",
        help="write a spec as one self-contained JSON document",
        description="Merge a multi-file spec into one JSON document whose $refs are all "
        "internal, after validating it.",
    )
    _spec_argument(bundle)
    bundle.add_argument(
        "-o", "--output", type=Path, required=True, help="JSON file to write ('-' for stdout)"
    )
    gen = commands.add_parser(
        "generate",
        help="generate the Python SDK (models, sync and async clients, CLI) from a spec",
        description="Generate an installable Python SDK from an OpenAPI 3.0/3.1 spec. With no "
        "arguments: the ModelArts spec into generated/. Exit status 0 on success, 1 when --check "
        "finds the output stale, 2 when the spec is invalid.",
    )
    gen.add_argument(
        "--spec",
        type=Path,
        default=None,
        help="root spec file or folder (default: the ModelArts spec)",
    )
    gen.add_argument(
        "--output",
        "-o",
        type=Path,
        default=None,
        help="output folder (default: generated/ of a checkout, for the ModelArts spec only)",
    )
    gen.add_argument(
        "--check", action="store_true", help="only compare: exit 1 listing the files that differ"
    )
    gen.add_argument(
        "--strict",
        action="store_true",
        help="apply the project lint too, and make warnings errors (always on for the "
        "ModelArts spec)",
    )
    gen.add_argument(
        "--fail-on-warning",
        action="store_true",
        help="refuse the spec (exit 2) on a defect that would otherwise be a warning",
    )
    gen.add_argument("--quiet", "-q", action="store_true", help="print nothing but problems")
    _diff_parser(commands)
    _release_parsers(commands)
    return parser


class _Commands:
    """Sub-commands that all take --debug and name the exit statuses in their help."""

    def __init__(self, actions: Any) -> None:
        self.actions = actions

    def add_parser(self, name: str, **options: Any) -> argparse.ArgumentParser:
        options.setdefault("epilog", exits.SCHEME)
        parser: argparse.ArgumentParser = self.actions.add_parser(name, **options)
        _debug_option(parser, default=argparse.SUPPRESS)
        return parser


def _debug_option(parser: argparse.ArgumentParser, default: Any) -> None:
    parser.add_argument(
        "--debug",
        action="store_true",
        default=default,
        help="on an internal error, print the traceback",
    )


def _release_parsers(commands: _Commands) -> None:
    release.configure(
        commands.add_parser(
            "release",
            help="bump the SDK's version by the spec diff, write the changelog, regenerate",
            description=release.DESCRIPTION,
        )
    )
    dist.configure_build(
        commands.add_parser(
            "dist",
            help="build, check and smoke-test the generated SDK's sdist and wheel",
            description="Build the sdist and wheel of the generated package, run twine check, "
            "install the wheel into a fresh virtualenv and run its command line's --help and an "
            "import of every public name; then replace the output folder's contents.",
        )
    )
    dist.configure_publish(
        commands.add_parser(
            "publish",
            help="upload the built distributions with twine",
            description="Upload the output folder's distributions with twine. Credentials come "
            "from TWINE_USERNAME/TWINE_PASSWORD; with neither, the upload is anonymous.",
        )
    )


def _diff_parser(commands: _Commands) -> None:
    diff = commands.add_parser(
        "diff",
        help="compare two versions of a spec: breaking changes, semver bump, SDK impact",
        formatter_class=argparse.RawDescriptionHelpFormatter,
        description="Compare two versions of a spec and report every change with a stable rule "
        "id and a level: ERR (breaking), WARN (maybe breaking), INFO (safe). Each change names "
        "the generated Python symbols it touches, and the report ends with the semver bump "
        "the changes call for (major, minor, patch or none).",
        epilog="""sides:
  FILE or FOLDER       a spec file, or a folder holding openapi.yaml/openapi.json
  git:REF              the project's spec (spec/openapi.yaml) at a git revision
  git:REF:PATH         any spec file or folder at a git revision

files:
  --ignore FILE        lines `rule-id METHOD /path` or `rule-id operationId`: accepted changes
  --severity FILE      lines `rule-id LEVEL`: a level per rule instead of the default
  (# starts a comment; blank lines are allowed)

exit status: 0, or 1 when --fail-on finds a change at or above its level; 2 for bad input;
3 for an internal error (please report it; --debug shows the traceback).

example:
  python -m generator diff git:v1.2.0 spec --fail-on ERR --format markdown""",
    )
    diff.add_argument("old", help="the base spec (FILE, FOLDER, git:REF or git:REF:PATH)")
    diff.add_argument("new", help="the revised spec (same forms)")
    diff.add_argument("--format", choices=report.FORMATS, default="text", help="report format")
    diff.add_argument(
        "--fail-on",
        choices=("ERR", "WARN"),
        help="exit 1 when a change at this level or above remains",
    )
    diff.add_argument(
        "--ignore",
        type=Path,
        action="append",
        default=[],
        metavar="FILE",
        help="accepted changes, one `rule-id operation` a line (repeatable)",
    )
    diff.add_argument(
        "--severity",
        type=Path,
        action="append",
        default=[],
        metavar="FILE",
        help="levels per rule, one `rule-id LEVEL` a line (repeatable)",
    )
    diff.add_argument(
        "--deprecation-days",
        type=int,
        default=0,
        metavar="DAYS",
        help="deprecations need an x-sunset at least DAYS ahead (default 0: no policy)",
    )
    diff.add_argument(
        "--today",
        type=datetime.date.fromisoformat,
        default=None,
        metavar="YYYY-MM-DD",
        help="the date sunsets are measured from (default: today)",
    )
    diff.add_argument(
        "--no-sdk",
        dest="sdk",
        action="store_false",
        help="API rules only: skip the generated SDK (its symbols and its surface diff)",
    )


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return _run(args)
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    except Exception as error:  # noqa: BLE001 - anything unexpected is a bug to report
        if args.debug:
            traceback.print_exc()
        hint = "" if args.debug else "; run again with --debug for the traceback"
        print(
            f"internal error: {type(error).__name__}: {_first_line(str(error))} "
            f"(please report it with the command and spec that caused it{hint})",
            file=sys.stderr,
        )
        return exits.INTERNAL


def console() -> None:
    """The console script's entry point."""
    status = main()
    # Everything is written and closed by now. Tearing down the interpreter would free a
    # big spec's document and IR object by object (0.4 s for GitHub's) for nothing.
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except (BrokenPipeError, ValueError):
        status = status or exits.INTERNAL  # the output could not be written
    except KeyboardInterrupt:  # a second Ctrl-C, while "interrupted" was being written
        status = 130
    os._exit(status)


def _first_line(text: str) -> str:
    return text.strip().splitlines()[0] if text.strip() else "(no message)"


def _run(args: argparse.Namespace) -> int:
    if args.command == "generate":
        return _generate(args)
    if args.command == "diff":
        return _diff(args)
    if args.command == "release":
        return release.run(args)
    if args.command in ("dist", "publish"):
        return _dist(args)
    return _validate_or_bundle(args)


def _usage(message: str) -> int:
    print(message, file=sys.stderr)
    return exits.BAD_INPUT


def _dist(args: argparse.Namespace) -> int:
    try:
        if args.command == "dist":
            dist.run_build(args)
        else:
            dist.run_publish(args)
    except dist.DistError as error:
        print(f"dist: {error}", file=sys.stderr)
        return exits.BAD_INPUT
    return exits.OK


def _validate_or_bundle(args: argparse.Namespace) -> int:
    try:
        bundle = load_valid(args.spec, strict=args.strict)
    except SpecError as error:
        print(error.report(), file=sys.stderr)
        return EXIT_USAGE_OR_SPEC
    operations = sum(1 for _ in walk.operations(bundle.document))
    if args.command == "validate":
        print(
            f"{args.spec}: valid ({operations} operations, {len(bundle.document.get('components', {}).get('schemas', {}))} schemas)"
        )
        return EXIT_OK
    text = json.dumps(bundle.document, indent=2, ensure_ascii=False) + "\n"
    if str(args.output) == "-":
        sys.stdout.write(text)
    else:
        try:
            write_atomically(args.output, text)
        except OSError as error:
            print(
                f"error: could not write {args.output}: {error.strerror or error}", file=sys.stderr
            )
            return exits.BAD_INPUT
        print(f"wrote {args.output} ({operations} operations)", file=sys.stderr)
    return EXIT_OK


def _generate(args: argparse.Namespace) -> int:
    if args.output is None and args.spec is not None:
        return _usage("--output is required with --spec (generated/ holds the ModelArts SDK)")
    if args.output is None and not IN_CHECKOUT:
        return _usage("--output is required: generated/ is the default only in a checkout")
    spec = args.spec or DEFAULT_SPEC
    output = args.output or DEFAULT_OUTPUT
    strict = args.strict or args.spec is None
    try:
        result = generate(
            spec,
            output,
            check=args.check,
            strict=strict,
            fail_on_warning=args.fail_on_warning,
            progress=Progress(quiet=args.quiet),
        )
    except SpecError as error:
        print(error.report(), file=sys.stderr)
        return EXIT_USAGE_OR_SPEC
    except OutputError as error:
        print(f"error: {error}", file=sys.stderr)
        return exits.BAD_INPUT
    _report_warnings(result)
    changes = result.changes
    if args.check:
        if changes:
            again = shlex.join(
                ["python", "-m", "generator", "generate"]
                + (["--spec", str(args.spec)] if args.spec else [])
                + (["--output", str(args.output)] if args.output else [])
            )
            print(f"{output} is stale; run `{again}`:", file=sys.stderr)
            print(_at_most(changes.lines(), 50), file=sys.stderr)
            return exits.FINDINGS
        print(f"{output} is up to date ({len(result.files)} files)", file=sys.stderr)
        return EXIT_OK
    if not args.quiet:
        counts = (
            ("added", changes.added),
            ("changed", changes.changed),
            ("removed", changes.removed),
        )
        said = (
            ", ".join(f"{len(paths)} {what}" for what, paths in counts if paths) or "none changed"
        )
        print(f"{output}: {len(result.files)} files; {said}", file=sys.stderr)
        if changes.removed:  # deleted: every one named, so nobody loses a file unawares
            print("\n".join(f"removed  {path}" for path in changes.removed), file=sys.stderr)
    return EXIT_OK


def _at_most(lines: list[str], count: int) -> str:
    more = f"\n... and {len(lines) - count} more" if len(lines) > count else ""
    return "\n".join(lines[:count]) + more


def _report_warnings(result: GenerationResult) -> None:
    """The spec's routed-around defects, the generator's own warnings, the operations left
    out (each by name), and one summary line when there is anything to say."""
    for problem in result.warnings:
        print(problem.render(), file=sys.stderr)
    for warning in result.api.warnings[:20]:
        print(f"warning: {warning}", file=sys.stderr)
    if len(result.api.warnings) > 20:
        print(f"warning: ... and {len(result.api.warnings) - 20} more", file=sys.stderr)
    left_out = result.left_out
    for method, path in left_out:
        print(f"warning: operation {method.upper()} {path} is left out of the SDK", file=sys.stderr)
    count = len(result.warnings) + len(result.api.warnings) + len(left_out)
    if count:
        print(
            f"{count} warning(s): {len(result.warnings)} in the spec, "
            f"{len(result.api.warnings)} from generation, {len(left_out)} operation(s) left out",
            file=sys.stderr,
        )


def _diff(args: argparse.Namespace) -> int:
    # Loading parses and bundles trees of millions of objects and no cycles: the collector
    # would walk them again and again for nothing while they grow.
    gc.disable()
    try:
        return _diff_sides(args)
    finally:
        gc.enable()
        gc.unfreeze()


def _diff_sides(args: argparse.Namespace) -> int:
    try:
        accepted = overrides.Overrides()
        for path in args.ignore:
            overrides.read_ignore(path, accepted)
        for path in args.severity:
            overrides.read_severity(path, accepted)
        old, new = load.load_side(args.old), load.load_side(args.new)
    except (overrides.OverridesError, load.SideError) as error:
        print(error, file=sys.stderr)
        return EXIT_USAGE_OR_SPEC
    finally:
        # The documents live to the end of the diff: frozen, full collections skip them
        # while the comparison and the IRs allocate.
        gc.enable()
        gc.freeze()
    lifecycle = DeprecationPolicy(args.deprecation_days, args.today or datetime.date.today())
    from .diff.documents import diff_documents  # the comparison modules, only when diffing

    changes = accepted.apply(diff_documents(old, new, lifecycle, sdk=args.sdk))
    sys.stdout.write(report.render(changes, args.format))
    if args.format != "text":
        print(report.summary(changes), file=sys.stderr)
    if args.fail_on and any(level_rank(c.level) >= level_rank(args.fail_on) for c in changes):
        return exits.FINDINGS
    return EXIT_OK
