"""Work done in a forked child while generation goes on: its value, its failures, its end."""

from __future__ import annotations

import copy
import os
import signal
import time
from pathlib import Path

import pytest

from generator.codegen import aside as aside_module
from generator.codegen import generate as generate_module
from generator.codegen.aside import AsideFailed, aside, can_fork
from generator.codegen.build import build_api
from generator.codegen.generate import generate
from generator.spec.validate import load_valid

forking = pytest.mark.skipif(not can_fork(), reason="fork is Linux-only here")


def _pid_and(value: str) -> tuple[int, str]:
    return os.getpid(), value


def _fail() -> None:
    raise ValueError("bad spec text")


def _killed() -> None:
    os.kill(os.getpid(), signal.SIGKILL)


def _sleep_then_mark(mark: Path) -> None:
    time.sleep(30)
    mark.write_text("should never be written")


@forking
def test_the_work_is_done_in_another_process() -> None:
    with aside(_pid_and, "text") as result:
        pid, value = result()
        assert result() == (pid, value)  # asked twice: the same answer, not a second wait
    assert pid != os.getpid() and value == "text"


def test_not_enabled_the_work_is_done_here_when_asked() -> None:
    with aside(_pid_and, "text", enabled=False) as result:
        assert result() == (os.getpid(), "text")


def _interrupt_handler() -> object:
    return signal.getsignal(signal.SIGINT)


@forking
def test_ctrl_c_is_left_to_the_parent() -> None:
    """The parent stops the child as it unwinds; a child of its own would print a traceback."""
    with aside(_interrupt_handler) as result:
        assert result() == signal.SIG_IGN
    assert signal.getsignal(signal.SIGINT) is not signal.SIG_IGN


@forking
def test_an_exception_in_the_child_is_raised_where_the_caller_waits() -> None:
    with aside(_fail) as result:
        with pytest.raises(ValueError, match="bad spec text"):
            result()


@forking
def test_a_child_that_dies_is_reported() -> None:
    with aside(_killed) as result:
        with pytest.raises(AsideFailed, match="_killed ended without it .exit status -9"):
            result()


@forking
def test_the_child_is_gone_when_the_block_ends(tmp_path: Path) -> None:
    mark = tmp_path / "mark"
    started = time.monotonic()
    with aside(_sleep_then_mark, mark):
        pass  # the result never asked for: the caller failed, say
    assert time.monotonic() - started < 10 and not mark.exists()


@forking
def test_generation_with_the_spec_made_aside_writes_the_same_files(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("MODELARTS_GEN_CACHE", "off")
    spec = Path(generate_module.__file__).resolve().parents[2] / "spec" / "openapi.yaml"
    monkeypatch.setattr(generate_module, "_BIG_SPEC_PATHS", 10**9)
    alone = generate(spec, tmp_path / "alone").files
    forks: list[bool] = []
    original = aside_module.aside

    def counted(*args: object, enabled: bool = True) -> object:
        forks.append(enabled)
        return original(*args, enabled=enabled)  # type: ignore[arg-type]

    monkeypatch.setattr(generate_module, "_BIG_SPEC_PATHS", 1)
    monkeypatch.setattr(generate_module, "aside", counted)
    assert generate(spec, tmp_path / "aside").files == alone
    assert forks == [True]


@pytest.mark.parametrize(
    "spec",
    [
        Path(generate_module.__file__).resolve().parents[2] / "spec" / "openapi.yaml",
        *sorted((Path(__file__).parent / "conformance" / "specs").glob("*.*")),
    ],
    ids=lambda path: path.name,
)
def test_building_the_ir_leaves_the_spec_as_it_was(spec: Path) -> None:
    """The mock's copy of the spec is made from the spec before the IR is built from it."""
    document = load_valid(spec, strict=False, semantic=False, lenient=True).document
    before = copy.deepcopy(document)
    assert build_api(document).document is document
    assert document == before
