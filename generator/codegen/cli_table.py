"""The CLI's command table: typed records built from the IR, written as JSON by field name.

The generated CLI (templates/runtime/_cli.py) reads this table instead of importing the
client, so `--help` stays fast; it reads every record by the field names below.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import Any

from ..common.jsontext import readable_json
from . import ir
from .naming import one_line

_SCALARS = {"str", "int", "float", "bool"}


@dataclass(frozen=True)
class Option:
    """A method argument as a command-line option."""

    flag: str
    argument: str
    location: str  # path, query, header or cookie
    type: str  # str, int, float, bool or json
    required: bool
    help: str
    choices: tuple[str, ...]
    multiple: bool


@dataclass(frozen=True)
class BodyFlag:
    """A top-level body field settable with its own flag (objects and lists as JSON)."""

    flag: str
    wire_name: str
    type: str
    required: bool
    help: str
    choices: tuple[str, ...]


@dataclass(frozen=True)
class Body:
    required: bool
    flags: tuple[BodyFlag, ...]


@dataclass(frozen=True)
class Wait:
    """The waiter `--wait` runs after the command, and its arguments from the result."""

    method: str
    arguments: dict[str, str]


@dataclass(frozen=True)
class Command:
    tag: str
    method: str
    iterator: str
    page_argument: str
    wait: Wait | None
    summary: str
    help: str
    http: str
    iam: str
    example: str
    options: tuple[Option, ...]
    body: Body | None


@dataclass(frozen=True)
class ClientOption:
    """A value every call needs (project_id), as a global option."""

    flag: str
    argument: str
    help: str


@dataclass(frozen=True)
class CliTable:
    program: str
    version: str  # the package's, for --version
    api_title: str
    client_class: str
    error_base: str
    credential_env: tuple[str, ...]
    regional: bool  # the API's server has a {region}: the CLI takes --region
    client_options: tuple[ClientOption, ...]
    tags: dict[str, str]
    commands: dict[str, Command] = field(default_factory=dict)

    def to_json(self) -> str:
        return readable_json(plain(self), 2)  # one line a command


def plain(value: Any) -> Any:
    """dataclasses.asdict for the table's shapes (dataclasses, tuples, lists, dicts and
    scalars), four times as fast on a big API: asdict copies every leaf with deepcopy."""
    kind = type(value)
    if kind in (str, int, bool, float) or value is None:
        return value
    if kind is tuple:  # kept a tuple: readable_json writes it on one line
        return tuple(plain(item) for item in value)
    if kind is list:
        return [plain(item) for item in value]
    if kind is dict:
        return {key: plain(item) for key, item in value.items()}
    names = _FIELD_NAMES.get(kind)
    if names is None:  # dataclasses.fields raises TypeError for anything else
        names = _FIELD_NAMES[kind] = tuple(f.name for f in dataclasses.fields(kind))
    return {name: plain(getattr(value, name)) for name in names}


_FIELD_NAMES: dict[type, tuple[str, ...]] = {}


def cli_table(api: ir.Api, credential_env: tuple[str, ...]) -> CliTable:
    enums = {e.name: e for e in api.enums}
    waiters = {w.name: w.method_name for op in api.operations for w in op.waiters}
    return CliTable(
        program=api.package.cli_name,
        version=api.package.version,
        api_title=api.title,
        client_class=api.package.client_class,
        error_base=api.package.error_base,
        credential_env=credential_env,
        regional=api.regional,
        client_options=tuple(
            ClientOption(c.python_name.replace("_", "-"), c.python_name, one_line(c.description))
            for c in api.client_parameters
        ),
        tags={t.name: one_line(t.description) for t in api.tags},
        commands={op.cli_name: _command(op, enums, waiters) for op in api.operations},
    )


def _command(op: ir.Operation, enums: dict[str, ir.Enum], waiters: dict[str, str]) -> Command:
    wait = None
    if op.cli_wait is not None and op.cli_wait.waiter in waiters:
        wait = Wait(waiters[op.cli_wait.waiter], dict(op.cli_wait.arguments))
    return Command(
        tag=op.tag,
        method=op.python_name,
        iterator=op.iterator_name,
        page_argument=op.pagination.offset_argument if op.pagination else "",
        wait=wait,
        summary=one_line(op.summary) or op.python_name.replace("_", " "),
        help=op.description,
        http=f"{op.method} {op.path}",
        iam=op.iam_action,
        example=op.example,
        options=tuple(_option(p, enums) for p in op.arguments),
        body=_body(op.body, enums) if op.body is not None else None,
    )


def _option(p: ir.Parameter, enums: dict[str, ir.Enum]) -> Option:
    type_name, choices, multiple = _cli_type(p.type, enums)
    return Option(
        p.cli_flag,
        p.python_name,
        p.location,
        type_name,
        p.required,
        one_line(p.description),
        choices,
        multiple,
    )


def _body(body: ir.Body, enums: dict[str, ir.Enum]) -> Body:
    flags = []
    for f in body.flags:
        type_name, choices, _ = _cli_type(f.type, enums)
        flags.append(
            BodyFlag(
                f.cli_flag, f.wire_name, type_name, f.required, one_line(f.description), choices
            )
        )
    return Body(body.required, tuple(flags))


def _cli_type(ref: ir.TypeRef, enums: dict[str, ir.Enum]) -> tuple[str, tuple[str, ...], bool]:
    """(click type name, choices, multiple) for a parameter's type."""
    if ref.kind == "list" and ref.items[0].kind in ("primitive", "enum"):
        item, choices, _ = _cli_type(ref.items[0], enums)
        return item, choices, True
    if ref.kind == "enum":
        enum = enums[ref.name]
        return enum.base, tuple(str(m.value) for m in enum.members), False
    if ref.kind == "primitive" and ref.name in _SCALARS:
        return ref.name, (), False
    return "json", (), False
