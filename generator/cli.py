"""Command line: python -m generator {validate,bundle} ..."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Sequence

from . import DEFAULT_SPEC
from .files import write_atomically
from .problems import SpecError
from .validate import load_valid

EXIT_OK, EXIT_USAGE_OR_SPEC = 0, 2


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
        prog="python -m generator",
        description="Validate, bundle and generate SDKs from OpenAPI 3.0/3.1 specs.",
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
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
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        bundle = load_valid(args.spec, strict=args.strict)
    except SpecError as error:
        print(error.report(), file=sys.stderr)
        return EXIT_USAGE_OR_SPEC
    operations = sum(
        1 for item in bundle.document.get("paths", {}).values() for key in item if key in _METHODS
    )
    if args.command == "validate":
        print(
            f"{args.spec}: valid ({operations} operations, {len(bundle.document.get('components', {}).get('schemas', {}))} schemas)"
        )
        return EXIT_OK
    text = json.dumps(bundle.document, indent=2, ensure_ascii=False) + "\n"
    if str(args.output) == "-":
        sys.stdout.write(text)
    else:
        write_atomically(args.output, text)
        print(f"wrote {args.output} ({operations} operations)", file=sys.stderr)
    return EXIT_OK


_METHODS = {"get", "put", "post", "delete", "options", "head", "patch", "trace"}
