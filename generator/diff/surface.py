"""The SDK surface diff: the public names of the SDK generated from each side, read from the
generator's IR (not from generated code), compared symbol by symbol. A symbol removed and
another added with the same shape is one rename, naming both."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Callable, Hashable, Mapping, TypeVar

from ..codegen import ir
from .change import Change
from .registry import message

T = TypeVar("T")
_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class Argument:
    kind: str  # where it goes: path, query, header, cookie, or body
    required: bool
    type: str
    wire: str


@dataclass(frozen=True)
class Method:
    operation: str  # "GET /items/{}": the HTTP operation, path parameters blanked
    display: str  # "GET /items/{item_id}"
    arguments: Mapping[str, Argument]
    returns: str


@dataclass(frozen=True)
class FieldShape:
    wire: str
    required: bool
    type: str


@dataclass(frozen=True)
class Command:
    display: str
    flags: Mapping[str, tuple[bool, str]]  # flag -> (required, wire name)


@dataclass
class Surface:
    package: str
    client: str
    error_base: str
    program: str
    methods: dict[str, Method] = field(default_factory=dict)
    models: dict[str, dict[str, FieldShape]] = field(default_factory=dict)
    enums: dict[str, dict[str, str]] = field(default_factory=dict)  # member -> value
    commands: dict[str, Command] = field(default_factory=dict)


def surface(api: ir.Api) -> Surface:
    """The public names of one side's SDK, with what each one takes or holds."""
    package = api.package
    found = Surface(package.import_name, package.client_class, package.error_base, package.cli_name)
    for op in api.operations:
        found.methods[op.python_name] = _method(op)
        found.commands[op.cli_name] = _command(op)
    for model in api.models:
        found.models[model.name] = {
            f.python_name: FieldShape(f.wire_name, f.required, type_text(f.type))
            for f in model.fields
        }
    for enum in api.enums:
        found.enums[enum.name] = {m.python_name: repr(m.value) for m in enum.members}
    return found


def _method(op: ir.Operation) -> Method:
    arguments = {
        p.python_name: Argument(p.location, p.required, type_text(p.type), p.wire_name)
        for p in op.arguments
    }
    if op.body is not None:
        arguments["body"] = Argument("body", op.body.required, type_text(op.body.type), "")
    blanked = "/".join("{}" if part.startswith("{") else part for part in op.path.split("/"))
    returns = type_text(op.result_type) if op.result_type else "None"
    return Method(f"{op.method} {blanked}", f"{op.method} {op.path}", arguments, returns)


def _command(op: ir.Operation) -> Command:
    flags = {p.cli_flag: (p.required, p.wire_name) for p in op.arguments if p.cli_flag}
    if op.body is not None:
        flags.update({f.cli_flag: (f.required, f.wire_name) for f in op.body.flags})
    return Command(f"{op.method} {op.path}", flags)


def type_text(ref: ir.TypeRef, names: Mapping[str, str] | None = None) -> str:
    """A type as the SDK spells it; names renames model and enum classes (old -> new)."""
    if ref.kind in ("model", "enum"):
        text = (names or {}).get(ref.name, ref.name)
    elif ref.kind == "list":
        text = f"list[{type_text(ref.items[0], names)}]"
    elif ref.kind == "map":
        text = f"dict[str, {type_text(ref.items[0], names)}]"
    elif ref.kind == "union":
        text = " | ".join(type_text(item, names) for item in ref.items)
    else:
        text = ref.name
    return f"{text} | None" if ref.nullable else text


# -- comparing -----------------------------------------------------------------------------


@dataclass
class Pairing:
    same: list[tuple[str, str]]  # (old name, new name): kept or renamed
    removed: list[str]
    added: list[str]

    @property
    def renamed(self) -> dict[str, str]:
        return {old: new for old, new in self.same if old != new}


def pair(old: Mapping[str, T], new: Mapping[str, T], shape: Callable[[T], Hashable]) -> Pairing:
    """Names kept, and removed names paired with added ones of the one same shape."""
    removed = [n for n in old if n not in new]
    added = [n for n in new if n not in old]
    same = [(n, n) for n in old if n in new]
    by_shape: dict[Hashable, list[str]] = {}
    for name in added:
        by_shape.setdefault(shape(new[name]), []).append(name)
    for name in list(removed):
        candidates = by_shape.get(shape(old[name]), [])
        if len(candidates) == 1:  # a shape two added symbols share names no rename
            same.append((name, candidates.pop()))
            removed.remove(name)
            added.remove(same[-1][1])
    return Pairing(same, removed, added)


class SurfaceDiff:
    def __init__(self, old: Surface, new: Surface) -> None:
        self.old, self.new = old, new
        self.changes: list[Change] = []
        self.classes: dict[str, str] = {}  # model and enum renames, old -> new

    def run(self) -> list[Change]:
        self._names()
        self._enums()
        self._models()
        self._methods()
        self._commands()
        return self.changes

    def _add(
        self, rule_id: str, old: str = "", new: str = "", operation: str = "", **values: str
    ) -> None:
        text = message(rule_id, old=old, new=new, **values)
        symbols = [s for s in (old, new) if s]
        self.changes.append(
            Change(rule_id, operation, "sdk", text, sdk=list(dict.fromkeys(symbols)))
        )

    def _names(self) -> None:
        for rule_id, before, after in (
            ("sdk-package-renamed", self.old.package, self.new.package),
            ("sdk-client-renamed", self.old.client, self.new.client),
            ("sdk-exception-renamed", self.old.error_base, self.new.error_base),
        ):
            if before != after:
                self._add(rule_id, before, after)

    def _enums(self) -> None:
        old, new = self.old.enums, self.new.enums
        pairing = pair(old, new, lambda members: tuple(sorted(members.values())))
        self.classes.update(pairing.renamed)
        self._existence("enum", pairing, lambda name: f"models.{name}")
        for before, after in pairing.same:
            members = pair(old[before], new[after], lambda value: value)
            self._existence(
                "enum-member", members, lambda m: f"models.{after}.{m}", f"models.{before}.{{}}"
            )

    def _models(self) -> None:
        old, new = self.old.models, self.new.models
        # Field types name classes: an enum renamed is not every field that uses it changed.
        translate = self._translated

        def shape(fields: Mapping[str, FieldShape]) -> Hashable:
            return tuple(sorted((n, translate(f.type), f.required) for n, f in fields.items()))

        pairing = pair(old, new, shape)
        self.classes.update(pairing.renamed)
        self._existence("model", pairing, lambda name: f"models.{name}")
        for before, after in pairing.same:
            self._fields(before, after)

    def _fields(self, before: str, after: str) -> None:
        old, new = self.old.models[before], self.new.models[after]
        fields = pair(old, new, lambda f: f.wire)
        symbol = f"models.{after}.{{}}"
        for name in fields.added:
            added = "sdk-field-added"
            self._add(added, new=symbol.format(name))
        for name in fields.removed:
            self._add("sdk-field-removed", old=f"models.{before}.{name}")
        for old_name, new_name in fields.same:
            first, second = old[old_name], new[new_name]
            if old_name != new_name:
                self._add(
                    "sdk-field-renamed", f"models.{before}.{old_name}", symbol.format(new_name)
                )
            self._requiredness("field", first.required, second.required, symbol.format(new_name))
            self._type_change("field", first.type, second.type, symbol.format(new_name))

    def _methods(self) -> None:
        old, new = self.old.methods, self.new.methods
        pairing = pair(old, new, lambda m: m.operation)
        client = self.new.client
        for name in pairing.added:
            self._add("sdk-method-added", new=f"{client}.{name}", operation=new[name].display)
        for name in pairing.removed:
            self._add(
                "sdk-method-removed", old=f"{self.old.client}.{name}", operation=old[name].display
            )
        for before, after in pairing.same:
            method = new[after]
            if before != after:
                self._add(
                    "sdk-method-renamed",
                    f"{self.old.client}.{before}",
                    f"{client}.{after}",
                    operation=method.display,
                )
            self._arguments(old[before], method, f"{client}.{after}")

    def _arguments(self, old: Method, new: Method, method: str) -> None:
        where = new.display
        pairing = pair(old.arguments, new.arguments, lambda a: (a.kind, a.wire))
        for name in pairing.added:
            required = new.arguments[name].required
            rule_id = "sdk-required-parameter-added" if required else "sdk-parameter-added"
            self._add(rule_id, new=f"{method}({name}=)", operation=where)
        for name in pairing.removed:
            self._add("sdk-parameter-removed", old=f"{method}({name}=)", operation=where)
        for before, after in pairing.same:
            first, second = old.arguments[before], new.arguments[after]
            symbol = f"{method}({after}=)"
            if before != after:
                self._add("sdk-parameter-renamed", f"{method}({before}=)", symbol, operation=where)
            self._requiredness("parameter", first.required, second.required, symbol, where)
            if first.kind != second.kind:
                self._add(
                    "sdk-parameter-kind-changed",
                    new=symbol,
                    before=first.kind,
                    after=second.kind,
                    operation=where,
                )
            self._type_change("parameter", first.type, second.type, symbol, where)
        self._type_change("method-return", old.returns, new.returns, method, where)

    def _commands(self) -> None:
        old, new = self.old.commands, self.new.commands
        pairing = pair(old, new, lambda c: c.display)
        program = self.new.program
        self._existence("cli-command", pairing, lambda name: f"{program} {name}")
        for before, after in pairing.same:
            command = f"{program} {after}"
            flags = pair(old[before].flags, new[after].flags, lambda flag: flag[1])
            for flag in flags.added:
                required = new[after].flags[flag][0]
                rule_id = "sdk-cli-required-flag-added" if required else "sdk-cli-flag-added"
                self._add(rule_id, new=f"{command} {flag}")
            for flag in flags.removed:
                self._add("sdk-cli-flag-removed", old=f"{command} {flag}")
            for first, second in flags.same:
                if first != second:
                    self._add("sdk-cli-flag-renamed", f"{command} {first}", f"{command} {second}")
                self._requiredness(
                    "cli-flag",
                    old[before].flags[first][0],
                    new[after].flags[second][0],
                    f"{command} {second}",
                )

    def _existence(
        self,
        what: str,
        pairing: Pairing,
        symbol: Callable[[str], str],
        old_symbol: str = "",
    ) -> None:
        """sdk-WHAT-added, -removed and -renamed for a pairing of names."""
        before = (lambda name: old_symbol.format(name)) if old_symbol else symbol
        for name in pairing.added:
            self._add(f"sdk-{what}-added", new=symbol(name))
        for name in pairing.removed:
            self._add(f"sdk-{what}-removed", old=before(name))
        for old_name, new_name in pairing.same:
            if old_name != new_name:
                self._add(f"sdk-{what}-renamed", before(old_name), symbol(new_name))

    def _requiredness(
        self, what: str, before: bool, after: bool, symbol: str, operation: str = ""
    ) -> None:
        if before != after:
            became = "required" if after else "optional"
            self._add(f"sdk-{what}-became-{became}", new=symbol, operation=operation)

    def _type_change(
        self, what: str, before: str, after: str, symbol: str, operation: str = ""
    ) -> None:
        # the old side's type read with renamed classes under their new names: a rename is
        # reported once, not again at every type that names the class
        before = self._translated(before)
        if before != after:
            self._add(
                f"sdk-{what}-type-changed",
                new=symbol,
                before=before,
                after=after,
                operation=operation,
            )

    def _translated(self, text: str) -> str:
        """An old side's type with renamed classes under their new names."""
        if not self.classes:
            return text
        return _WORD.sub(lambda word: self.classes.get(word[0], word[0]), text)
