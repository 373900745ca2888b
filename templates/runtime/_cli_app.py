"""The command line: one command per operation, built from ``_cli_table.json`` when needed.

``--help`` reads only the table; the client, httpx and the models load when a command runs.
Every argument is checked before the client is built, so bad input never sends a request.
"""

from __future__ import annotations

import collections.abc
import difflib
import importlib
import json
import sys
from pathlib import Path
from typing import Any, Callable, Iterator, Sequence

import click

from . import _settings

_TABLE_FILE = Path(__file__).with_name("_cli_table.json")


class _Table:
    """The commands, read from the JSON table generated beside this module."""

    def __init__(self, data: dict[str, Any]) -> None:
        self.PROGRAM: str = data["program"]
        self.VERSION: str = data["version"]
        self.API_TITLE: str = data["api_title"]
        self.CLIENT_CLASS: str = data["client_class"]
        self.ERROR_BASE: str = data["error_base"]
        self.CREDENTIAL_ENV: list[str] = data["credential_env"]
        self.REGIONAL: bool = data["regional"]
        self.CLIENT_OPTIONS: list[dict[str, str]] = data["client_options"]
        self.TAGS: dict[str, str] = data["tags"]
        self.COMMANDS: dict[str, dict[str, Any]] = data["commands"]


table = _Table(json.loads(_TABLE_FILE.read_text(encoding="utf-8")))

OUTPUT_FORMATS = ("json", "yaml", "table", "text")


class _JsonType(click.ParamType):  # type: ignore[type-arg]
    """An option whose value is JSON text (objects and arrays in query parameters)."""

    name = "json"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        if not isinstance(value, str):
            return value
        try:
            return json.loads(value)
        except json.JSONDecodeError as exc:
            self.fail(f"not valid JSON: {exc}", param, ctx)


class _QueryType(click.ParamType):  # type: ignore[type-arg]
    """A JMESPath expression, compiled when parsed: a bad one stops the command before any
    request is sent."""

    name = "jmespath"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        if not isinstance(value, str):
            return value
        import jmespath

        try:
            return jmespath.compile(value)
        except jmespath.exceptions.JMESPathError as exc:
            self.fail(f"not a JMESPath expression: {exc}", param, ctx)


class _PathSegmentType(click.ParamType):  # type: ignore[type-arg]
    """A path parameter: "", "." and ".." would make the URL name another resource."""

    name = "text"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        if value in ("", ".", ".."):
            self.fail(f"cannot be {value!r}: it is part of the URL path", param, ctx)
        return value


_TYPES: dict[str, Any] = {
    "str": click.STRING,
    "int": click.INT,
    "float": click.FLOAT,
    "bool": click.BOOL,
    "json": _JsonType(),
}


def _global_options(func: Callable[..., Any]) -> Callable[..., Any]:
    """Options accepted both before and after the command name."""
    options = [
        click.option(
            "--endpoint",
            default=None,
            help="Base URL of the API" + (" (overrides the region's)." if table.REGIONAL else "."),
        ),
        *(
            [click.option("--region", default=None, help="Region that selects the endpoint.")]
            if table.REGIONAL
            else []
        ),
        *[
            click.option(f"--{o['flag']}", o["argument"], default=None, help=o["help"])
            for o in table.CLIENT_OPTIONS
        ],
        click.option(
            "--output",
            "-o",
            type=click.Choice(OUTPUT_FORMATS),
            default=None,
            help="Output format: json (default), yaml, table, or text (scalars bare; a list's "
            "items tab-separated, nested lists one a line).",
        ),
        click.option(
            "--query",
            type=_QueryType(),
            default=None,
            metavar="JMESPATH",
            help="JMESPath expression applied to the result, checked before the request is sent.",
        ),
        click.option(
            "--profile",
            default=None,
            help="Profile of the config file; its settings rank above the environment's.",
        ),
        click.option(
            "--debug",
            is_flag=True,
            default=None,
            help="Log requests and responses (secrets redacted); show error details.",
        ),
        click.option(
            "--strict",
            is_flag=True,
            default=None,
            help="Fail on an answer that does not fit the API's schema (default: warn).",
        ),
    ]
    for option in reversed(options):
        func = option(func)
    return func


class _LazyGroup(click.Group):
    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted([*table.COMMANDS, *_TOOLS])

    def get_command(self, ctx: click.Context, name: str) -> click.Command | None:
        if name in _TOOLS:
            return _TOOLS[name]
        entry = table.COMMANDS.get(name)
        return _command(name, entry) if entry else None

    def resolve_command(
        self, ctx: click.Context, args: list[str]
    ) -> tuple[str | None, click.Command | None, list[str]]:
        """An unknown command's error names the command it most resembles (click only does
        this for options)."""
        name = args[0]
        if not name.startswith("-") and self.get_command(ctx, name) is None:
            close = difflib.get_close_matches(name, self.list_commands(ctx), n=1)
            if close and not ctx.resilient_parsing:
                ctx.fail(f"No such command {name!r}. Did you mean {close[0]!r}?")
        return super().resolve_command(ctx, args)

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        by_tag: dict[str, list[tuple[str, str]]] = {}
        for name, entry in sorted(table.COMMANDS.items()):
            by_tag.setdefault(entry["tag"], []).append((name, entry["summary"]))
        for tag in [*table.TAGS, *sorted(set(by_tag) - set(table.TAGS))]:
            if tag in by_tag:
                with formatter.section(tag):
                    formatter.write_dl(by_tag[tag])
        with formatter.section("Tools"):
            formatter.write_dl(
                [(name, command.short_help or "") for name, command in _TOOLS.items()]
            )


@click.group(
    cls=_LazyGroup,
    name=table.PROGRAM,
    help=f"Command line of the {table.API_TITLE}: one command per operation.\n\n"
    f"Credentials come from the environment ({', '.join(table.CREDENTIAL_ENV)}) or the config "
    "file. Each setting comes from the options, else the profile named by --profile (or "
    f"${_settings.ENVIRONMENT['profile']}), else the environment, else the default profile.",
    context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100},
)
@click.version_option(table.VERSION, prog_name=table.PROGRAM, message="%(prog)s %(version)s")
@_global_options
@click.pass_context
def cli(ctx: click.Context, /, **global_options: Any) -> None:
    ctx.obj = {k: v for k, v in global_options.items() if v is not None}


@click.group(name="mock", short_help="Run a local mock of the API (mock serve --help).")
def _mock() -> None:
    """A stateful mock server of the API, built from its spec, for offline tests."""


@_mock.command(
    name="serve",
    context_settings={
        "ignore_unknown_options": True,
        "allow_extra_args": True,
        "help_option_names": [],
    },
    add_help_option=False,
)
@click.pass_context
def _mock_serve(ctx: click.Context, /) -> None:
    """Serve the mock (options as python -m PACKAGE.mock; --help lists them)."""
    from .mock.__main__ import main as serve_main

    serve_main(ctx.args)


_TOOLS: dict[str, click.Command] = {"mock": _mock}


def _command(name: str, entry: dict[str, Any]) -> click.Command:
    params: list[click.Parameter] = []
    for option in entry["options"]:
        path_text = option["location"] == "path" and option["type"] == "str"
        params.append(
            click.Option(
                [f"--{option['flag']}", option["argument"]],
                type=_PathSegmentType() if path_text else _TYPES[option["type"]],
                required=option["required"],
                multiple=option["multiple"],
                help=option["help"],
                metavar=_metavar(option["type"], option["choices"]),
            )
        )
    if entry["iterator"]:
        params.append(
            click.Option(
                ["--all", "all_pages"], is_flag=True, help="Fetch every page; print all items."
            )
        )
    if entry["wait"]:
        params.append(
            click.Option(
                ["--wait", "wait_for"],
                is_flag=True,
                help=f"Then wait until {entry['wait']['method'][len('wait_until_'):].replace('_', ' ')}.",
            )
        )
        params.append(
            click.Option(
                ["--wait-timeout"], type=float, default=None, help="Seconds to wait at most."
            )
        )
        params.append(
            click.Option(
                ["--wait-interval"], type=float, default=None, help="Seconds between polls."
            )
        )
    body = entry["body"]
    if body is not None:
        params.append(
            click.Option(
                ["--body", "body_source"],
                default=None,
                metavar="JSON|@FILE|-",
                help="Request body: JSON text, @file to read it from a file, - for standard input."
                + (" Required unless the flags below give it." if body["required"] else ""),
            )
        )
        for flag in body["flags"]:
            params.append(
                click.Option(
                    [f"--{flag['flag']}", f"body__{flag['wire_name']}"],
                    type=_TYPES[flag["type"]],
                    help=_body_flag_help(flag),
                    metavar=_metavar(flag["type"], flag["choices"]),
                )
            )

    @_global_options
    @click.pass_context
    def callback(ctx: click.Context, /, **values: Any) -> None:
        _run(ctx, entry, values)

    command = click.Command(
        name,
        params=params,
        callback=callback,
        help=_help(entry),
        short_help=entry["summary"],
        context_settings={"max_content_width": 100},
    )
    # click collects decorator options last-first; show them in the order they were written
    command.params.extend(reversed(callback.__click_params__))  # type: ignore[attr-defined]
    return command


def _body_flag_help(flag: dict[str, Any]) -> str:
    what = f"Body field {flag['wire_name']}"
    if flag["type"] == "json":
        what += " (JSON)"
    if flag["required"]:
        what += ", required"
    return f"{what}. {flag['help']}".strip()


def _metavar(type_name: str, choices: Sequence[str]) -> str:
    if choices:
        shown = "|".join(str(c) for c in choices[:8])
        return f"[{shown}{'|...' if len(choices) > 8 else ''}]"
    return type_name.upper()


def _help(entry: dict[str, Any]) -> str:
    parts = [entry["summary"]]
    if entry["help"] and entry["help"] != entry["summary"]:
        parts.append(entry["help"])
    lines = [f"HTTP: {entry['http']}"]
    if entry["iam"]:
        lines.append(f"IAM action: {entry['iam']}")
    lines.append(f"Example: {table.PROGRAM} {entry['example']}")
    parts.append("\b\n" + "\n".join(lines))
    return "\n\n".join(p for p in parts if p)


def _run(ctx: click.Context, entry: dict[str, Any], values: dict[str, Any]) -> None:
    settings = {
        **(ctx.obj or {}),
        **{k: v for k, v in values.items() if k in _GLOBAL and v is not None},
    }
    output, query = settings.get("output") or "json", settings.get("query")
    arguments = _arguments(entry, values)
    package = importlib.import_module(__package__ or "")
    try:
        with _client(settings) as client:
            result = _call(client, entry, arguments, values)
            if isinstance(result, collections.abc.Iterator):  # events, each as it comes
                _print_events(result, output, query)
                return
            if values.get("wait_for"):  # only the final state reaches stdout
                result = _wait(client, entry["wait"], arguments, _jsonable(result), values)
    except getattr(package, table.ERROR_BASE) as error:
        _fail(error, bool(settings.get("debug")))
    if result is not None:  # an answer without a body (a delete's 202) prints nothing
        _print(_jsonable(result), output, query)


def _arguments(entry: dict[str, Any], values: dict[str, Any]) -> dict[str, Any]:
    """The method's keyword arguments from the command's options, the body read and parsed."""
    arguments = {
        k: v
        for k, v in values.items()
        if k not in _GLOBAL and k not in _MODES and not k.startswith("body")
    }
    arguments = {k: (list(v) if isinstance(v, tuple) else v) for k, v in arguments.items()}
    arguments = {k: v for k, v in arguments.items() if v is not None and v != []}
    if entry["body"] is not None:
        body = _body(values)
        if body is not None:
            arguments["body"] = body
    return arguments


def _client(settings: dict[str, Any]) -> Any:
    client_class = getattr(importlib.import_module(f"{__package__}._client"), table.CLIENT_CLASS)
    if settings.get("debug"):
        from ._logging import enable

        enable()
    return client_class(
        **{k: settings[k] for k in ("endpoint", "region", "profile", *_CLIENT) if k in settings},
        strict_response_validation=bool(settings.get("strict")),
    )


def _call(client: Any, entry: dict[str, Any], arguments: dict[str, Any], values: Any) -> Any:
    if values.get("all_pages"):
        arguments = {k: v for k, v in arguments.items() if k != entry["page_argument"]}
        return list(getattr(client, entry["iterator"])(**arguments))
    return getattr(client, entry["method"])(**arguments)


_CLIENT = tuple(option["argument"] for option in table.CLIENT_OPTIONS)
_GLOBAL = {"endpoint", "region", "output", "query", "debug", "strict", "profile", *_CLIENT}
_MODES = {"all_pages", "wait_for", "wait_timeout", "wait_interval"}


def _wait(
    client: Any, wait: dict[str, Any], request: dict[str, Any], answer: Any, values: dict[str, Any]
) -> Any:
    """Run the waiter that follows a command, showing progress on stderr."""
    timing = {"timeout": values.get("wait_timeout"), "interval": values.get("wait_interval")}
    arguments = {
        name: _pointer(answer, source) if source.startswith("/") else request.get(source)
        for name, source in wait["arguments"].items()
    }
    waiter = getattr(client, wait["method"])
    label = wait["method"][len("wait_until_") :].replace("_", " ")
    # Stays on the terminal (the spinner below does not): which resource, should the wait fail.
    shown = ", ".join(f"{name}={value}" for name, value in arguments.items())
    click.echo(f"waiting until {label} ({shown})", err=True)
    if sys.stderr.isatty():
        from rich.console import Console

        with Console(stderr=True).status(f"waiting until {label}") as status:
            return waiter(
                **arguments,
                **timing,
                on_poll=lambda state, elapsed: status.update(
                    f"waiting until {label}: {state} ({elapsed:.0f} s)"
                ),
            )
    return waiter(
        **arguments,
        **timing,
        on_poll=lambda state, elapsed: click.echo(
            f"waiting until {label}: {state} ({elapsed:.0f} s)", err=True
        ),
    )


def _pointer(document: Any, pointer: str) -> Any:
    for token in pointer.strip("/").split("/"):
        document = document.get(token) if isinstance(document, dict) else None
    return document


def _body(values: dict[str, Any]) -> Any:
    source = values.get("body_source")
    body: Any = None
    if source is not None:
        text = _read_source(source)
        try:
            body = json.loads(text)
        except json.JSONDecodeError as exc:
            raise click.BadParameter(f"not valid JSON: {exc}", param_hint="--body") from exc
    fields = {
        k[len("body__") :]: v for k, v in values.items() if k.startswith("body__") and v is not None
    }
    if fields:
        if body is not None and not isinstance(body, dict):
            raise click.BadParameter("body flags need a JSON object body", param_hint="--body")
        body = {**(body or {}), **fields}
    return body


def _read_source(source: str) -> str:
    if source == "-":
        return sys.stdin.read()
    if source.startswith("@"):
        try:
            with open(source[1:], encoding="utf-8") as stream:
                return stream.read()
        except OSError as exc:
            raise click.BadParameter(
                f"cannot read {source[1:]}: {exc.strerror}", param_hint="--body"
            ) from exc
    return source


def _jsonable(result: Any) -> Any:
    from ._base_client import jsonable

    return jsonable(result)


def _print_events(events: Any, output: str, query: Any) -> None:
    """Each event's data as it arrives (--query applied to each): JSON lines (one document
    a line), or as -o says."""
    for item in events:
        data = _queried(_jsonable(item.data), query)
        if output == "json":
            click.echo(json.dumps(data, ensure_ascii=False))
        else:
            _print(data, output, None)


def _print(data: Any, output: str, query: Any) -> None:
    data = _queried(data, query)
    if output == "yaml":
        import yaml

        click.echo(yaml.safe_dump(data, sort_keys=False, allow_unicode=True).rstrip())
    elif output == "table":
        _print_table(data)
    elif output == "text":
        for line in _text_lines(data):
            click.echo(line)
    else:
        click.echo(json.dumps(data, indent=2, ensure_ascii=False))


def _queried(data: Any, query: Any) -> Any:
    """data through the --query expression (compiled when the option was parsed)."""
    if query is None:
        return data
    import jmespath

    try:
        return query.search(data)
    except jmespath.exceptions.JMESPathError as exc:  # e.g. length() of a number
        raise click.BadParameter(str(exc), param_hint="--query") from exc


def _text_lines(data: Any) -> Iterator[str]:
    """As the AWS CLI's text output: a list of scalars on one line, tab-separated; a list of
    lists or objects one line per item; an object's scalar values on one line, then its
    nested values; a scalar bare (a string without quotes)."""
    if isinstance(data, list) and all(not isinstance(item, (dict, list)) for item in data):
        if data:
            yield "\t".join(map(_text, data))
    elif isinstance(data, list):
        for item in data:
            yield from _text_lines(item)
    elif isinstance(data, dict):
        yield from _text_lines([v for v in data.values() if not isinstance(v, (dict, list))])
        for value in data.values():
            if isinstance(value, (dict, list)):
                yield from _text_lines(value)
    else:
        yield _text(data)


def _text(value: Any) -> str:
    return str(value) if isinstance(value, str) else json.dumps(value, ensure_ascii=False)


def _print_table(data: Any) -> None:
    from rich.console import Console
    from rich.table import Column, Table
    from rich.text import Text

    columns, rows = _table(data)
    # Text cells: a value like "[bold]" is data, not rich markup.
    grid = Table(*(Column(Text(c)) for c in columns), show_header=any(columns))
    for row in rows:
        grid.add_row(*(Text(_cell(value)) for value in row))
    Console().print(grid)


def _table(data: Any) -> tuple[list[str], list[list[Any]]]:
    """Column headings ("" each when the rows have no names) and rows of cells.

    An object is a field/value table, unless it holds one list of objects (a page of a list
    answer): that list's table. Objects become rows by their scalar fields (8 at most);
    lists become rows by position; a scalar is a table of one cell.
    """
    if isinstance(data, dict):
        lists = [
            v
            for v in data.values()
            if isinstance(v, list) and v and all(isinstance(i, dict) for i in v)
        ]
        if len(lists) != 1:
            return ["field", "value"], [[k, v] for k, v in data.items()]
        data = lists[0]
    if not isinstance(data, list):
        return [""], [[data]]
    if data and all(isinstance(row, dict) for row in data):
        keys = [k for row in data for k, v in row.items() if not isinstance(v, (dict, list))]
        columns = list(dict.fromkeys(keys))[:8]
        return columns, [[row.get(c) for c in columns] for row in data]
    rows = [row if isinstance(row, list) else [row] for row in data]
    width = max((len(row) for row in rows), default=1)
    return [""] * width, [row + [None] * (width - len(row)) for row in rows]


def _cell(value: Any) -> str:
    if value is None:
        return ""
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)


def _fail(error: Exception, debug: bool) -> None:
    code = getattr(error, "error_code", None)
    request_id = getattr(error, "request_id", None)
    click.echo(f"Error: {error}", err=True)
    details = [
        f"error code {code}" if code else "",
        f"request id {request_id}" if request_id else "",
    ]
    if any(details) and not str(error).endswith(")"):
        click.echo("  " + ", ".join(d for d in details if d), err=True)
    if debug:
        body = getattr(error, "body", None)
        if body is not None:
            click.echo(json.dumps(body, indent=2, ensure_ascii=False), err=True)
    sys.exit(1)


def main(argv: Sequence[str] | None = None) -> None:
    cli.main(args=list(argv) if argv is not None else None, prog_name=table.PROGRAM)
