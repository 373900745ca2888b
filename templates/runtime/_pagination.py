"""Iterating over every item of a list operation, page after page (x-pagination)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, AsyncIterator, Awaitable, Callable, Iterator, Mapping

DEFAULT_PAGE_SIZE = 50


@dataclass(frozen=True)
class PageSpec:
    style: str  # "offset": the offset counts items; "page": it counts pages
    offset_argument: str
    limit_argument: str
    items_attribute: str
    total_attribute: str = ""
    start: int = 0


class _Cursor:
    """Where the next page starts, and whether there is one."""

    def __init__(self, spec: PageSpec, arguments: Mapping[str, Any]) -> None:
        self.spec = spec
        self.limit = arguments.get(spec.limit_argument) or DEFAULT_PAGE_SIZE
        self.offset = arguments.get(spec.offset_argument) or spec.start
        self.seen = 0
        self.arguments = dict(arguments)

    def request(self) -> dict[str, Any]:
        return {
            **self.arguments,
            self.spec.offset_argument: self.offset,
            self.spec.limit_argument: self.limit,
        }

    def advance(self, page: Any) -> list[Any]:
        """The page's items; moves the cursor, or ends it (offset None) after the last page."""
        items = list(getattr(page, self.spec.items_attribute, None) or [])
        self.seen += len(items)
        total = (
            getattr(page, self.spec.total_attribute, None) if self.spec.total_attribute else None
        )
        last = len(items) < self.limit or (isinstance(total, int) and self.seen >= total)
        self.offset = (
            None if last else self.offset + (1 if self.spec.style == "page" else len(items))
        )
        return items


def iterate(
    call: Callable[..., Any], arguments: Mapping[str, Any], spec: PageSpec
) -> Iterator[Any]:
    cursor = _Cursor(spec, arguments)
    while cursor.offset is not None:
        yield from cursor.advance(call(**cursor.request()))


async def aiterate(
    call: Callable[..., Awaitable[Any]], arguments: Mapping[str, Any], spec: PageSpec
) -> AsyncIterator[Any]:
    cursor = _Cursor(spec, arguments)
    while cursor.offset is not None:
        for item in cursor.advance(await call(**cursor.request())):
            yield item
