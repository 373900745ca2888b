"""The pipeline: spec -> validated bundle -> IR -> rendered files -> output folder."""

from __future__ import annotations

import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TextIO

from ..common.collector import kept_out_of_collections
from ..spec import walk
from ..spec.problems import Problem
from ..spec.validate import load_valid
from . import ir
from .aside import aside
from .build import build_api
from .output import Changes, check_output, compare, write_tree

# From this many paths, the spec's JSON takes longer than forking a process to make it.
_BIG_SPEC_PATHS = 100


@dataclass
class Result:
    api: ir.Api
    files: dict[str, str]
    changes: Changes
    warnings: list[Problem]  # defects of the spec routed around, with their consequence
    left_out: list[tuple[str, str]]  # (method, path) of the spec's operations with no method


class Progress:
    """One line per stage on stderr, with its time: generation of a big spec takes seconds."""

    def __init__(self, stream: TextIO | None = sys.stderr, quiet: bool = False) -> None:
        self.stream = None if quiet else stream
        self.started = time.perf_counter()
        self.last = self.started

    def step(self, message: str) -> None:
        now = time.perf_counter()
        if self.stream is not None:
            print(f"  {message} ({now - self.last:.2f} s)", file=self.stream, flush=True)
        self.last = now


def generate(
    spec: Path,
    output: Path,
    *,
    check: bool = False,
    strict: bool = False,
    fail_on_warning: bool = False,
    progress: Progress | None = None,
) -> Result:
    """strict: the project lint too, and warnings are errors (as with fail_on_warning)."""
    # Imported here: jinja2 and the templates are a third of a second that every other
    # command (diff, validate, release) would pay for nothing.
    from .render import render_package, spec_json

    progress = progress or Progress(quiet=True)
    check_output(output, keep=[spec])  # a bad --output fails now, not after the work
    with kept_out_of_collections() as keep:
        bundle = load_valid(
            spec,
            strict=strict,
            semantic=False,
            lenient=True,
            fail_on_warning=fail_on_warning or strict,
        )
        keep()  # the spec's tree
        progress.step(f"loaded and validated {spec}")
        # The mock's copy of the spec needs only the spec: for a big one, made on another
        # core while this one builds the IR.
        big = len(bundle.document.get("paths") or {}) >= _BIG_SPEC_PATHS
        with aside(spec_json, bundle.document, enabled=big) as mock_spec:
            api = build_api(bundle.document)
            keep()  # the IR
            progress.step(
                f"built {len(api.operations)} operations, {len(api.models)} models,"
                f" {len(api.enums)} enums"
            )
            files = render_package(api, mock_spec=mock_spec)
        progress.step(f"rendered {len(files)} files")
    spec_files = [source.path for source in bundle.sources]  # never removed from an output
    changes = compare(files, output, spec_files) if check else write_tree(files, output, spec_files)
    progress.step(f"{'compared with' if check else 'wrote'} {output}")
    return Result(api, files, changes, bundle.warnings, _left_out(api, bundle.document))


def _left_out(api: ir.Api, document: dict[str, Any]) -> list[tuple[str, str]]:
    """Operations of the spec that have no method in the SDK."""
    generated = {(op.method.lower(), op.path) for op in api.operations}
    return [
        (method, path)
        for _, path, method, _ in walk.operations(document)
        if (method, path) not in generated
    ]
