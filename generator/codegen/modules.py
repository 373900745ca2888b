"""How the generated package is cut into modules: the models package (below), and the
clients' methods, one module per tag (`method_groups`), so that no file of a big API is a
monolith while the clients keep one flat namespace of methods.

Which module of the generated `models` package each model and enum lives in:

Importing a big SDK's models must cost little until a model is used, so `models` loads each
class from its own module on first use. Classes that refer to each other in a cycle share a
module (their annotations resolve inside it); a class referred to by one module only lives
in that module (a nested object beside its owner). Every other class heads a module of its
own. Modules then import each other without cycles: a reference between modules always
reaches the head of the other module, and heads refer to each other as the schemas do,
which once cycles are shared is a graph without cycles.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from . import ir
from .naming import Namespace, pascal, snake

# A tag with more operations than this is cut into parts of this many, in name order.
OPERATIONS_PER_MODULE = 100


@dataclass(frozen=True)
class MethodGroup:
    tag: str
    part: int  # 0 when the tag fits one module, else 1, 2, ...
    module: str  # in the _methods package, e.g. "_notebooks"
    sync_class: str  # the base class of the sync client that holds the methods
    async_class: str
    operations: tuple[ir.Operation, ...]


def method_groups(api: ir.Api) -> list[MethodGroup]:
    """The operations by tag (the first of each operation's), in parts of at most
    OPERATIONS_PER_MODULE; tags and operations in name order."""
    by_tag: dict[str, list[ir.Operation]] = {}
    for op in sorted(api.operations, key=lambda op: op.python_name):
        by_tag.setdefault(op.tag, []).append(op)
    modules = Namespace()
    groups = []
    for tag in sorted(by_tag):
        operations = by_tag[tag]
        parts = range(0, len(operations), OPERATIONS_PER_MODULE)
        for number, start in enumerate(parts, start=1 if len(parts) > 1 else 0):
            name = snake(tag, fallback="operations") + (f"_{number}" if number else "")
            module = modules.claim(f"_{name}")
            title = pascal(module, fallback="Operations")
            groups.append(
                MethodGroup(
                    tag,
                    number,
                    module,
                    f"_{title}Methods",
                    f"_Async{title}Methods",
                    tuple(operations[start : start + OPERATIONS_PER_MODULE]),
                )
            )
    return groups


@dataclass(frozen=True)
class ModelModule:
    head: str  # the class the module is named after
    name: str  # the module's name in the models package, e.g. "_notebook"
    enums: tuple[ir.Enum, ...]
    models: tuple[ir.Model, ...]
    imports: tuple[tuple[str, tuple[str, ...]], ...]  # (module, the names it gives) sorted
    # (model, its TypedDict's name): the models a request body may hold, as plain dicts
    typed_dicts: tuple[tuple[ir.Model, str], ...] = ()
    # (enum, the name of the typing.Literal of its values)
    literals: tuple[tuple[ir.Enum, str], ...] = ()


def model_modules(
    api: ir.Api, dicts: dict[str, str], literals: dict[str, str]
) -> list[ModelModule]:
    """The models package's modules, in a stable order (by name). dicts and literals: the
    names of the models' TypedDicts and of the enums' values (typed_dict_names and
    literal_names), which live beside their classes."""
    order = [e.name for e in api.enums] + [m.name for m in api.models]
    references = {m.name: sorted(_referenced(m)) for m in api.models}
    group = _groups(order, references, _used_by_operations(api))
    names = _module_names(order, group)
    members: dict[str, list[str]] = {}
    for name in order:
        members.setdefault(group[name], []).append(name)
    enums = {e.name: e for e in api.enums}
    models = {m.name: m for m in api.models}
    modules = []
    for head, names_in in members.items():
        needed: dict[str, set[str]] = {}
        for name in names_in:
            for other in references.get(name, ()):
                if group[other] != head:
                    needed.setdefault(names[group[other]], set()).add(other)
                    if name in dicts and other in dicts:
                        needed[names[group[other]]].add(dicts[other])
                    if other in literals:
                        needed[names[group[other]]].add(literals[other])
        modules.append(
            ModelModule(
                head,
                names[head],
                tuple(enums[n] for n in names_in if n in enums),
                tuple(models[n] for n in names_in if n in models),
                tuple((module, tuple(sorted(given))) for module, given in sorted(needed.items())),
                tuple((models[n], dicts[n]) for n in names_in if n in dicts),
                tuple((enums[n], literals[n]) for n in names_in if n in enums),
            )
        )
    return sorted(modules, key=lambda module: module.name)


def class_modules(modules: list[ModelModule]) -> dict[str, str]:
    """class (or TypedDict) name -> the module it lives in, for the package's lazy loader."""
    found = {enum.name: module.name for module in modules for enum in module.enums}
    found.update({model.name: module.name for module in modules for model in module.models})
    found.update({name: module.name for module in modules for _, name in module.typed_dicts})
    found.update({name: module.name for module in modules for _, name in module.literals})
    return found


def typed_dict_names(api: ir.Api) -> dict[str, str]:
    """model name -> the name of its TypedDict ("<Model>Dict"), for every model a request
    body may hold (through fields a request sends: readOnly ones are left out)."""
    models = {m.name: m for m in api.models}
    found: set[str] = set()
    pending = [
        name for op in api.operations if op.body is not None for name in class_names(op.body.type)
    ]
    while pending:
        name = pending.pop()
        if name in models and name not in found:
            found.add(name)
            pending.extend(
                other
                for field in models[name].fields
                if not field.read_only
                for other in class_names(field.type)
            )
    taken = Namespace(reserved=[*models, *(e.name for e in api.enums)], joiner="")
    return {name: taken.claim(f"{name}Dict") for name in sorted(found)}


def literal_names(api: ir.Api, dicts: dict[str, str]) -> dict[str, str]:
    """enum name -> the name of the typing.Literal of its values ("<Enum>Value"): type
    checkers take an enum's plain values wherever they take the enum. dicts: the TypedDict
    names (typed_dict_names), which these must not take."""
    enums = [e.name for e in api.enums]
    taken = Namespace(reserved=[*(m.name for m in api.models), *enums, *dicts.values()])
    return {name: taken.claim(f"{name}Value") for name in enums}


def _used_by_operations(api: ir.Api) -> set[str]:
    """Classes an operation takes or answers: each heads a module named after it, where a
    reader of the client looks for it."""
    refs = [
        part.type
        for op in api.operations
        for part in (op.body, *op.successes, *op.parameters)
        if part is not None and part.type is not None
    ]
    return {name for ref in refs for name in class_names(ref)}


def _referenced(model: ir.Model) -> set[str]:
    types = [field.type for field in model.fields] + [model.extra_type] * bool(model.extra_type)
    # Most fields are of a primitive type, which holds no class: no generator is started.
    return {name for ref in types if ref and ref.kind != "primitive" for name in class_names(ref)}


def class_names(ref: ir.TypeRef, kinds: tuple[str, ...] = ("model", "enum")) -> Iterator[str]:
    """The names of the classes (of the given kinds) a type holds, at any depth."""
    if ref.kind in kinds:
        yield ref.name
    for item in ref.items:
        yield from class_names(item, kinds)


def _groups(order: list[str], references: dict[str, list[str]], roots: set[str]) -> dict[str, str]:
    """name -> the head of its module: cycles first become one unit, then a unit referred
    to by exactly one other unit joins that unit's module, unless it holds a root."""
    component = _strongly_connected(order, references)
    rooted = {component[name] for name in roots if name in component}
    referrers: dict[str, set[str]] = {component[name]: set() for name in order}
    for name in order:
        for other in references.get(name, ()):
            if component[other] != component[name]:
                referrers[component[other]].add(component[name])
    head: dict[str, str] = {}
    for unit in _referrers_first(list(referrers), referrers):
        sole = (
            next(iter(referrers[unit]))
            if len(referrers[unit]) == 1 and unit not in rooted
            else None
        )
        head[unit] = head[sole] if sole is not None else unit
    return {name: head[component[name]] for name in order}


def _strongly_connected(order: list[str], references: dict[str, list[str]]) -> dict[str, str]:
    """name -> a representative of its strongly connected component (Tarjan's algorithm,
    iterative: schema graphs nest deeper than Python's recursion limit allows)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    component: dict[str, str] = {}
    for root in order:
        if root in index:
            continue
        work = [(root, iter(references.get(root, ())))]
        index[root] = low[root] = len(index)
        stack.append(root)
        on_stack.add(root)
        while work:
            node, pending = work[-1]
            following = next(pending, None)
            if following is not None:
                if following not in index:
                    index[following] = low[following] = len(index)
                    stack.append(following)
                    on_stack.add(following)
                    work.append((following, iter(references.get(following, ()))))
                elif following in on_stack:
                    low[node] = min(low[node], index[following])
                continue
            work.pop()
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[node])
            if low[node] == index[node]:
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component[member] = node
                    if member == node:
                        break
    return component


def _referrers_first(units: list[str], referrers: dict[str, set[str]]) -> list[str]:
    """units ordered so that every unit comes after all units that refer to it."""
    remaining = {unit: len(referrers[unit]) for unit in units}
    referred: dict[str, list[str]] = {unit: [] for unit in units}
    for unit in units:
        for referrer in sorted(referrers[unit]):
            referred[referrer].append(unit)
    ready = [unit for unit in units if remaining[unit] == 0]
    ordered = []
    while ready:
        unit = ready.pop()
        ordered.append(unit)
        for other in referred[unit]:
            remaining[other] -= 1
            if remaining[other] == 0:
                ready.append(other)
    return ordered


def _module_names(order: list[str], group: dict[str, str]) -> dict[str, str]:
    """head -> module name: "_" and the head's snake_case name, unique without regard to
    case (file systems that ignore case must not merge two modules)."""
    namer = Namespace(reserved=("_unions",))
    return {
        name: namer.claim(f"_{snake(name, fallback='model')}")
        for name in order
        if group[name] == name
    }
