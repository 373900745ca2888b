"""Lists as the spec documents them: the list operation's query parameters filter, sort and
page the items, and its answer reports the page (total, count, current page, pages, size).

Read off the spec: a query parameter named like a field of the listed items filters on it
(equality; ``x-mock: {field: /pointer, match: contains}`` on the parameter says otherwise);
``x-pagination`` names the paging parameters; the list operation's ``x-mock.sort`` names its
sorting parameters, and ``x-mock.page`` what its answer's counting fields mean.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass, field
from typing import Any

from ._model import Operation, Spec, field_pointers, get, properties

# What an answer field reports, by its usual name; x-mock.page names others.
PAGE_FIELDS = {
    "total": "matching",  # items that pass the filters
    "count": "returned",  # items on this page
    "current": "number",  # this page's number, from 1
    "pages": "pages",  # how many pages the matching items fill
    "size": "size",  # the page size
}
MEANINGS = {"all", "matching", "returned", "number", "pages", "size"}
_MISSING = object()


class ListingError(Exception):
    def __init__(self, message: str, code: str = "") -> None:
        super().__init__(message)
        self.code = code


@dataclass
class Filter:
    parameter: str
    pointer: str
    match: str = "equals"  # or "contains" (case-insensitive substring)
    match_if: str = ""  # a boolean parameter that turns `match` on; exact when false

    def keeps(self, item: dict[str, Any], params: dict[str, Any]) -> bool:
        wanted = params.get(self.parameter, _MISSING)
        if wanted is _MISSING:
            return True
        value = get(item, self.pointer, _MISSING)
        if value is _MISSING or value is None:
            return False
        fuzzy = self.match == "contains" and (not self.match_if or params.get(self.match_if))
        values = value if isinstance(value, list) else [value]
        wanteds = wanted if isinstance(wanted, list) else [wanted]
        return any(_matches(v, w, bool(fuzzy)) for v in values for w in wanteds)


@dataclass
class Listing:
    items: str  # the answer field holding the items
    filters: list[Filter] = field(default_factory=list)
    pointers: dict[str, str] = field(default_factory=dict)  # item fields by name
    sort_by: str = ""  # parameter naming the sort field(s), comma-separated
    sort_order: str = ""  # parameter naming the direction, asc or desc
    sort_fields: dict[str, str] = field(default_factory=dict)  # sort names -> pointers
    sort_error: str = ""  # error code for a field that cannot be sorted on
    offset: str = ""  # parameter: index of the first item, or the page number
    limit: str = ""  # parameter: page size
    by_page: bool = False
    start: int = 0  # number of the first page (page style) or first index
    page_fields: dict[str, str] = field(default_factory=dict)  # answer field -> meaning
    echoes: list[str] = field(default_factory=list)  # answer fields repeating a parameter
    defaults: dict[str, Any] = field(default_factory=dict)  # query parameters' defaults

    def answer(self, items: list[dict[str, Any]], sent: dict[str, Any]) -> dict[str, Any]:
        """The answer's fields for these items (all the collection holds) and parameters."""
        params = {**self.defaults, **sent}
        matching = [i for i in items if all(f.keeps(i, params) for f in self.filters)]
        ordered = self._sorted(matching, params)
        limit = _positive(params.get(self.limit)) if self.limit else 0
        first, number = self._window(params, limit)
        shown = ordered[first : first + limit] if limit else ordered[first:]
        facts = {
            "all": len(items),
            "matching": len(matching),
            "returned": len(shown),
            "number": number,
            "pages": max(1, math.ceil(len(matching) / limit)) if limit else 1,
            "size": limit or len(shown),
        }
        page: dict[str, Any] = {self.items: shown}
        page.update({name: facts[meaning] for name, meaning in self.page_fields.items()})
        page.update({name: params[name] for name in self.echoes if name in params})
        return page

    def _window(self, params: dict[str, Any], limit: int) -> tuple[int, int]:
        """(index of the first item shown, number of the page from 1)."""
        position = params.get(self.offset) if self.offset else None
        if self.by_page:
            page = self.start if position is None else int(position)
            if not limit:
                return (0 if page == self.start else 2**31), 1
            return max(page - self.start, 0) * limit, page - self.start + 1
        offset = max(int(position or 0), 0)
        return offset, offset // limit + 1 if limit else 1

    def _sorted(self, items: list[dict[str, Any]], params: dict[str, Any]) -> list[Any]:
        names = [n.strip() for n in str(params.get(self.sort_by) or "").split(",") if n.strip()]
        descending = str(params.get(self.sort_order) or "").lower() == "desc"
        result = list(items)
        for name in reversed(names):  # stable sorts, the last key first
            pointer = self.sort_fields.get(name) or self.pointers.get(name)
            if pointer is None:
                raise ListingError(f"the field {name} does not support sorting", self.sort_error)
            present = [i for i in result if get(i, pointer) is not None]
            present.sort(key=lambda i: _sortable(get(i, pointer)), reverse=descending)
            result = present + [i for i in result if get(i, pointer) is None]
        return result


def listing(spec: Spec, op: Operation) -> Listing:
    """How a list operation filters, sorts and pages, read off its spec."""
    pagination = op.spec.get("x-pagination") or {}
    answer = properties(spec, op.success_schema or {})
    items = str(pagination.get("items") or _first_array(spec, answer))
    item_schema = (spec.resolve(answer.get(items) or {}) or {}).get("items") or {}
    sort = op.mock.get("sort") or {}
    query = {str(p.get("name")): p for p in op.parameters if p.get("in") == "query"}
    result = Listing(
        items=items,
        pointers=field_pointers(spec, item_schema),
        sort_by=str(sort.get("by") or ""),
        sort_order=str(sort.get("order") or ""),
        sort_fields={str(k): str(v) for k, v in (sort.get("fields") or {}).items()},
        sort_error=str(sort.get("error_code") or ""),
        offset=str(pagination.get("offset") or ""),
        limit=str(pagination.get("limit") or ""),
        by_page=pagination.get("style") == "page",
        start=int(pagination.get("start", 0)),
        defaults=_defaults(spec, query.values()),
    )
    consumed = {result.offset, result.limit, result.sort_by, result.sort_order}
    result.filters = _filters(query, consumed - {""}, result.pointers)
    # A filter applies only when sent: its default (images of type BUILD_IN) is no filter.
    for kept in result.filters:
        result.defaults.pop(kept.parameter, None)
    result.page_fields = _page_fields(answer, pagination, op.mock.get("page") or {})
    result.echoes = [
        name
        for name in answer
        if name in query and name not in result.page_fields and name != items
    ]
    return result


def _filters(query: dict[str, Any], consumed: set[str], pointers: dict[str, str]) -> list[Filter]:
    """A filter for each query parameter that names a field of the items (or declares one);
    parameters the mock cannot relate to a field are ignored."""
    filters = []
    for name, param in query.items():
        declared = param.get("x-mock") or {}
        pointer = declared.get("field") or pointers.get(name)
        if name in consumed or not pointer:
            continue
        match = str(declared.get("match") or "equals")
        filters.append(Filter(name, str(pointer), match, str(declared.get("match_if") or "")))
    return filters


def _page_fields(
    answer: dict[str, Any], pagination: dict[str, Any], declared: dict[str, Any]
) -> dict[str, str]:
    fields = {name: meaning for name, meaning in PAGE_FIELDS.items() if name in answer}
    if pagination.get("total"):
        fields[str(pagination["total"])] = "matching"
    for name, meaning in declared.items():
        if meaning not in MEANINGS:
            raise ValueError(f"x-mock.page: {meaning!r} is not one of {sorted(MEANINGS)}")
        fields[str(name)] = str(meaning)
    return fields


def _defaults(spec: Spec, params: Any) -> dict[str, Any]:
    """Defaults of the query parameters: those of paging, sorting and switches shape a page."""
    found = {}
    for param in params:
        schema = spec.resolve(param.get("schema") or {})
        if isinstance(schema, dict) and "default" in schema:
            found[str(param.get("name"))] = schema["default"]
    return found


def _first_array(spec: Spec, answer: dict[str, Any]) -> str:
    for name, prop in answer.items():
        if (spec.resolve(prop) or {}).get("type") == "array":
            return name
    return ""


def _matches(value: Any, wanted: Any, fuzzy: bool) -> bool:
    if fuzzy:
        return str(wanted).lower() in str(value).lower()
    return bool(value == wanted or (not isinstance(value, bool) and str(value) == str(wanted)))


def _positive(value: Any) -> int:
    try:
        return max(int(value), 0)
    except (TypeError, ValueError):
        return 0


def _sortable(value: Any) -> tuple[int, Any]:
    """Numbers before text before anything else, so mixed values still sort."""
    if isinstance(value, (int, float)):
        return 0, value
    if isinstance(value, str):
        return 1, value
    return 2, json.dumps(value, sort_keys=True)
