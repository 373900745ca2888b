"""Waiting for a resource to reach a state, by polling the operation that shows it (x-waiters)."""

from __future__ import annotations

import asyncio
import time
from dataclasses import dataclass
from typing import Any, Awaitable, Callable

from ._base_client import jsonable
from ._exceptions import WaiterError, WaiterTimeoutError

OnPoll = Callable[[str, float], None]


@dataclass(frozen=True)
class WaiterSpec:
    name: str
    state: str  # JSON pointer into the answer, by wire names
    success: tuple[str, ...]
    failure: tuple[str, ...]
    interval: float
    timeout: float


def state_of(spec: WaiterSpec, result: Any) -> str:
    node = jsonable(result)
    for token in spec.state.strip("/").split("/"):
        node = (
            node.get(token.replace("~1", "/").replace("~0", "~"))
            if isinstance(node, dict)
            else None
        )
    return "" if node is None else str(node)


class _Clock:
    def __init__(self, spec: WaiterSpec, timeout: float | None, interval: float | None) -> None:
        self.spec = spec
        self.timeout = spec.timeout if timeout is None else timeout
        self.interval = spec.interval if interval is None else interval
        self.started = time.monotonic()

    def check(self, result: Any, on_poll: OnPoll | None) -> bool:
        """True when done; raises on a failure state or when time is up."""
        state = state_of(self.spec, result)
        elapsed = time.monotonic() - self.started
        if on_poll is not None:
            on_poll(state, elapsed)
        if state in self.spec.success:
            return True
        if state in self.spec.failure:
            raise WaiterError(self.spec.name, state, result)
        if elapsed + self.interval > self.timeout:
            raise WaiterTimeoutError(self.spec.name, state, self.timeout)
        return False


def wait(
    poll: Callable[[], Any],
    spec: WaiterSpec,
    timeout: float | None = None,
    interval: float | None = None,
    on_poll: OnPoll | None = None,
) -> Any:
    clock = _Clock(spec, timeout, interval)
    while True:
        result = poll()
        if clock.check(result, on_poll):
            return result
        time.sleep(clock.interval)


async def await_state(
    poll: Callable[[], Awaitable[Any]],
    spec: WaiterSpec,
    timeout: float | None = None,
    interval: float | None = None,
    on_poll: OnPoll | None = None,
) -> Any:
    clock = _Clock(spec, timeout, interval)
    while True:
        result = await poll()
        if clock.check(result, on_poll):
            return result
        await asyncio.sleep(clock.interval)
