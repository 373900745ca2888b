"""Where a compared schema sits (direction, kind, place) and how changes there are named."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any, Callable

from .change import Change, Target
from .registry import known_change, registry

# Rule names of a schema's own place, and where a rule missing there is looked up next: a
# body that is itself an enum follows the property rules, a property of a parameter the
# parameter's.
FALLBACK = {
    "body": ("body", "mediatype", "property"),
    "property": ("property",),
    "parameter": ("parameter",),
    "parameter-property": ("parameter-property", "parameter"),
    "header-property": ("header-property", "parameter-property", "parameter"),
    "header": ("header",),
}
# The kind of a schema's properties, by the kind of the schema.
CHILD_KIND = {
    "body": "property",
    "property": "property",
    "parameter": "parameter-property",
    "parameter-property": "parameter-property",
    "header-property": "header-property",
    "header": "header",
}


@dataclass(frozen=True)
class Scope:
    direction: str  # request or response
    kind: str  # a key of FALLBACK
    operation: str  # "METHOD /path"
    operation_id: str
    where: str  # "request body application/json", "query parameter limit", ...
    body: str = ""  # "request", a response status, or "" for parameters and headers
    parameter: tuple[str, str] = ("", "")
    path: tuple[str, ...] = ()
    read_only: bool = False
    write_only: bool = False
    media: str = ""  # the body's media type ("" for parameters and headers)

    @property
    def loosely_typed(self) -> bool:
        """Values travel as text: a response header, or a body that is not JSON (XML, a
        form). There any value reads as a string, so a type swap to or from string can be
        harmless; in JSON 1 and "1" differ."""
        if self.kind == "header":
            return True
        essence = self.media.split(";", 1)[0].strip().lower()
        json = essence == "application/json" or essence.endswith("+json")
        return bool(essence) and not json and self.kind in ("body", "property")

    def child(self, name: str, schema: dict[str, Any]) -> Scope:
        header = self.kind == "parameter" and self.parameter[0] == "header"
        return replace(
            self,
            kind="header-property" if header else CHILD_KIND[self.kind],
            path=(*self.path, name),
            read_only=schema.get("readOnly") is True,
            write_only=schema.get("writeOnly") is True,
        )

    def inner(self, marker: str) -> Scope:
        """Array items ('[]') or map values ('{}'): the same kind of place, one level down."""
        kind = self.kind if marker == "[]" else CHILD_KIND[self.kind]
        return replace(self, kind=kind, path=(*self.path, marker))

    @property
    def location(self) -> str:
        if not self.path:
            return self.where
        text = ""
        for part in self.path:
            text += part if part in ("[]", "{}") else (f".{part}" if text else part)
        return f"{self.where}: {text}"

    def rule_id(self, suffix: str) -> str | None:
        """The first id in the table naming this change here; None when oasdiff has no rule
        for it at this place. A change no rule names anywhere raises UnknownRule."""
        known_change(suffix)
        mutability = ""
        if self.direction == "request" and self.read_only:
            mutability = "read-only-property"
        elif self.direction == "response" and self.write_only:
            mutability = "write-only-property"
        candidates = [f"{self.direction}-{mutability}-{suffix}"] if mutability else []
        candidates += [f"{self.direction}-{kind}-{suffix}" for kind in FALLBACK[self.kind]]
        table = registry().by_id
        return next((c for c in candidates if c in table), None)


Emit = Callable[[Change], None]


def change(
    rule_id: str,
    scope: Scope,
    message: str,
    *,
    side: str = "new",
    enum: bool = False,
    value: Any = None,
) -> Change:
    """A change at scope, with the SDK symbol it touches for impact.py to name."""
    if enum:
        kind = "enum"
    elif scope.path:
        kind = "property"
    elif scope.parameter[1]:
        kind = "parameter"
    else:
        kind = "operation"
    target = Target(side, kind, scope.parameter, scope.body, scope.path, value)
    return Change(
        rule_id, scope.operation, scope.location, message, scope.operation_id, target=target
    )
