"""One piece of work done in a forked child process while the caller goes on with its own.

Generation is one long chain on one core (load, IR, render); what needs only an early link
of it (the mock's copy of the spec needs only the spec) can be made on another core
meanwhile, instead of lengthening the render at the end."""

from __future__ import annotations

import contextlib
import multiprocessing
import signal
import sys
from multiprocessing.connection import Connection
from typing import Any, Callable, Generic, Iterator, TypeVar

T = TypeVar("T")


def can_fork() -> bool:
    """Linux only: elsewhere fork is missing or unsafe, and a spawned child would have to be
    sent everything it reads."""
    return sys.platform == "linux" and "fork" in multiprocessing.get_all_start_methods()


class AsideFailed(RuntimeError):
    """The child ended without sending a result (killed, or out of memory)."""


class Result(Generic[T]):
    """What a caller waits on: the work's value, or the exception it raised, re-raised."""

    def __init__(self, wait: Callable[[], tuple[bool, Any]]) -> None:
        self._wait = wait
        self._outcome: tuple[bool, Any] | None = None

    def __call__(self) -> T:
        if self._outcome is None:
            self._outcome = self._wait()
        succeeded, value = self._outcome
        if not succeeded:
            raise value
        return value  # type: ignore[no-any-return]


@contextlib.contextmanager
def aside(work: Callable[..., T], *args: Any, enabled: bool = True) -> Iterator[Result[T]]:
    """Start work(*args) in a forked child; the Result waits for its value. The child is
    gone when the block ends. Not enabled, or where fork is not available: the work is
    done in this process, when the result is first asked for."""
    if not enabled or not can_fork():
        yield Result(lambda: _outcome(work, args))
        return
    context = multiprocessing.get_context("fork")
    receiver, sender = context.Pipe(duplex=False)
    child = context.Process(target=_send, args=(work, args, sender), daemon=True)
    child.start()
    sender.close()

    def wait() -> tuple[bool, Any]:
        try:
            outcome: tuple[bool, Any] = receiver.recv()
        except EOFError:
            child.join()
            raise AsideFailed(
                f"the process making {getattr(work, '__name__', 'a file')} ended"
                f" without it (exit status {child.exitcode})"
            ) from None
        return outcome

    try:
        yield Result(wait)
    finally:
        if child.is_alive():
            child.terminate()
        child.join()
        receiver.close()


def _outcome(work: Callable[..., Any], args: tuple[Any, ...]) -> tuple[bool, Any]:
    try:
        return True, work(*args)
    except Exception as exc:  # given to the caller, raised where it waits
        return False, exc


def _send(work: Callable[..., Any], args: tuple[Any, ...], sender: Connection) -> None:
    # Ctrl-C reaches the whole process group: the parent stops this child as it unwinds,
    # and says "interrupted" once; the child would print a traceback of its own.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    outcome = _outcome(work, args)
    try:
        sender.send(outcome)
    except Exception:  # an exception that cannot be pickled: say what it was
        sender.send((False, RuntimeError(f"{type(outcome[1]).__name__}: {outcome[1]}")))
    sender.close()
