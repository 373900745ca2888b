"""IR -> file contents, through the Jinja2 templates (``generator.TEMPLATES``) and black.

Templates see only the IR and the few tables derived from it here. Every spec string goes
through a filter that makes it safe for where it lands: a Python literal (``pyrepr``), a
docstring (``docstring``), TOML (``tomlstr``) or Markdown (``md_*``).
"""

from __future__ import annotations

import ast
import dataclasses
import functools
import json
import multiprocessing
import os
import re
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any, Callable, Collection, Mapping

import jinja2

from .. import TEMPLATES, VERSION
from ..common import cache
from ..common.jsontext import readable_json
from . import ir, module_cache
from .aside import can_fork
from .cli_table import cli_table
from .formatting import format_modules
from .output import GENERATED_BY
from . import linebreak
from .linebreak import LINE_LENGTH, width
from .modules import (
    class_modules,
    class_names,
    literal_names,
    method_groups,
    model_modules,
    typed_dict_names,
)
from .naming import one_line

# template (under templates/package) -> file (under the package folder, or the root)
PACKAGE_TEMPLATES = {
    "__init__.py.jinja": "__init__.py",
    "__main__.py.jinja": "__main__.py",
    "_settings.py.jinja": "_settings.py",
    "_exceptions.py.jinja": "_exceptions.py",
    "_operations.py.jinja": "_operations.py",
    "_client.py.jinja": "_client.py",
    "models_init.py.jinja": "models/__init__.py",
}
ROOT_TEMPLATES = {
    "pyproject.toml.jinja": "pyproject.toml",
    "README.md.jinja": "README.md",
    "test_properties.py.jinja": "tests/test_properties.py",
}


def render_package(
    api: ir.Api, templates: Path = TEMPLATES, mock_spec: Callable[[], str] | None = None
) -> dict[str, str]:
    """Every file of the generated distribution, formatted: relative path -> text. Method
    and model modules whose inputs are unchanged since an earlier run come from the cache.
    mock_spec: the mock's copy of the spec (spec_json of api.document), when the caller
    makes it."""
    package = api.package.import_name
    # The runtime is copied as written, and written black-clean (a test holds it so).
    verbatim = {f"{package}/{path}" for path in runtime_sources(templates)}
    rendered = _render(api, templates, remember=cache.enabled(), mock_spec=mock_spec)
    formatted = format_files(
        rendered.files, black_clean=verbatim | rendered.final, cached_elsewhere=rendered.keys
    )
    for path, entry in rendered.keys.items():
        module_cache.put(entry, formatted[path])
    return formatted


def runtime_sources(templates: Path = TEMPLATES) -> dict[str, str]:
    """The hand-written runtime, copied into every package: path in the package -> text."""
    runtime = templates / "runtime"
    return {
        source.relative_to(runtime).as_posix(): source.read_text(encoding="utf-8")
        for source in sorted(runtime.rglob("*.py"))
    }


def demo_key_pair(templates: Path = TEMPLATES) -> tuple[str, str]:
    """The access key pair the mock accepts unless told otherwise (DEMO_AK and DEMO_SK of its
    runtime), for the README: one place holds it."""
    source = (templates / "runtime" / "mock" / "_auth.py").read_text(encoding="utf-8")
    constants = {
        target.id: node.value.value
        for node in ast.parse(source).body
        if isinstance(node, ast.Assign) and isinstance(node.value, ast.Constant)
        for target in node.targets
        if isinstance(target, ast.Name)
    }
    return str(constants["DEMO_AK"]), str(constants["DEMO_SK"])


def render_files(api: ir.Api, templates: Path = TEMPLATES) -> dict[str, str]:
    """Every file of the generated distribution as the templates write it."""
    return _render(api, templates, remember=False).files


@dataclasses.dataclass
class _Rendered:
    files: dict[str, str]
    final: set[str]  # modules remembered from an earlier run: formatted already
    keys: dict[str, str]  # modules rendered now -> their cache key, to remember once formatted


# The context entries that the filters reading the template's context read (_cast_type,
# _request_body_type, _cast_pair): given to every module template, so part of its key. A
# filter reading any other entry fails loudly, for a module is rendered without it.
_FILTER_READS = ("unions", "typed_dicts")


@jinja2.pass_context
def _cast_type(context: jinja2.runtime.Context, ref: ir.TypeRef) -> str:
    """The type a client parses an answer into: discriminated unions through their alias."""
    return pytype(ref, aliases=context["unions"])


@jinja2.pass_context
def _request_body_type(
    context: jinja2.runtime.Context, ref: ir.TypeRef, optional: bool = False
) -> str:
    return body_type(ref, optional, context["typed_dicts"])


@jinja2.pass_context
def _cast_pair(context: jinja2.runtime.Context, item: tuple[Any, Any]) -> tuple[str, str]:
    return (
        pyrepr(item[0]),
        pytype(item[1], aliases=context["unions"]) if item[1] else "None",
    )


def _render(
    api: ir.Api, templates: Path, remember: bool, mock_spec: Callable[[], str] | None = None
) -> _Rendered:
    environment = _environment(templates)
    context = {**_context(api), "demo_key_pair": demo_key_pair(templates)}
    package = api.package.import_name
    files: dict[str, str] = {}
    header = generated_header(api)
    jobs: list[_Job] = [
        (f"{package}/_methods/{group.module}.py", "package/_methods.py.jinja", "group", group)
        for group in context["method_groups"]
    ] + [
        (f"{package}/models/{module.name}.py", "package/models_module.py.jinja", "module", module)
        for module in context["model_modules"]
    ]
    scopes = {
        template: module_cache.scope(
            environment, templates, template, context, name, _FILTER_READS, header
        )
        for template, name in dict.fromkeys((template, name) for _, template, name, _ in jobs)
    }
    makers = _whole_api_files(api, environment, context, templates)
    if mock_spec is not None:
        del makers[mock_spec_path(api)]
    rendered, modules = _render_everywhere(environment, scopes, jobs, remember, makers)
    files.update(rendered)
    if mock_spec is not None:
        files[mock_spec_path(api)] = mock_spec()
    files.update((path, text) for path, (text, _) in modules.items())
    # Remembered: the text came from the cache, formatted and with its header.
    final = {path for path, (_, entry) in modules.items() if remember and entry is None}
    return _Rendered(
        {
            path: text if path in final else with_header(path, text, header)
            for path, text in files.items()
        },
        final,
        {path: entry for path, (_, entry) in modules.items() if entry is not None},
    )


def _whole_api_files(
    api: ir.Api, environment: jinja2.Environment, context: dict[str, Any], templates: Path
) -> dict[str, Callable[[], str]]:
    """The files made from the whole API, each with the function that makes it: the
    clients, the operations' table, the models package, the README, the spec for the mock,
    the tests' data, the CLI's table; and the runtime, copied."""
    package = api.package.import_name

    def template(name: str) -> Callable[[], str]:
        return lambda: environment.get_template(f"package/{name}").render(context)

    makers = {
        # The costliest first, so that workers start on them.
        mock_spec_path(api): lambda: spec_json(api.document),
        f"{package}/_cli_table.json": lambda: cli_table(api, context["credential_env"]).to_json(),
        "tests/properties.json": lambda: readable_json(_property_cases(api), 2, sort_keys=True),
    }
    for name, target in PACKAGE_TEMPLATES.items():
        makers[f"{package}/{target}"] = template(name)
    if context["unions"]:
        makers[f"{package}/models/_unions.py"] = template("models_unions.py.jinja")
    for name, target in ROOT_TEMPLATES.items():
        makers[target] = template(name)
    methods = '"""The clients\' methods, one module per tag."""\n'
    makers[f"{package}/_methods/__init__.py"] = lambda: methods
    makers[f"{package}/py.typed"] = lambda: ""
    for path, text in runtime_sources(templates).items():
        makers[f"{package}/{path}"] = functools.partial(str, text)
    return makers


def mock_spec_path(api: ir.Api) -> str:
    return f"{api.package.import_name}/mock/openapi.json"


def spec_json(document: dict[str, Any]) -> str:
    """The bundled spec as JSON, the mock server's data: one line an operation."""
    return readable_json(document, 3, sort_keys=True)


# (path, template, the name the template knows the item by, the item)
_Job = tuple[str, str, str, Any]
# (text, cache key to remember it by once formatted; None when the text came from the
# cache, formatted already, or when nothing is remembered)
_Module = tuple[str, str | None]
# Below this many modules a second process costs more than it saves.
_PARALLEL_MODULES = 200
# Module jobs a task: small enough that the workers finish together.
_JOBS_PER_TASK = 100


@dataclasses.dataclass
class _Work:
    """What forked workers render: set before the pool starts, inherited, never pickled."""

    environment: jinja2.Environment
    scopes: dict[str, module_cache.Scope]
    jobs: list[_Job]
    remember: bool
    makers: dict[str, Callable[[], str]]


_FORKED: _Work | None = None


def _render_everywhere(
    environment: jinja2.Environment,
    scopes: dict[str, module_cache.Scope],
    jobs: list[_Job],
    remember: bool,
    makers: dict[str, Callable[[], str]],
) -> tuple[dict[str, str], dict[str, _Module]]:
    """The whole-API files (path -> text) and the method and model modules, made on every
    core for a big spec (rendering is most of the time of a cold run without black):
    forked workers inherit the templates and the IR, and send back only text."""
    global _FORKED
    workers = min(os.cpu_count() or 1, 4)
    if len(jobs) < _PARALLEL_MODULES or workers < 2 or not can_fork():
        modules = _render_jobs(environment, scopes, jobs, remember, range(len(jobs)))
        return {path: make() for path, make in makers.items()}, modules
    for template in [*scopes, *(f"package/{name}" for name in _WHOLE_API_TEMPLATES)]:
        environment.get_template(template)  # compiled once, before the workers fork
    _FORKED = _Work(environment, scopes, jobs, remember, makers)
    fork = multiprocessing.get_context("fork")
    try:
        with ProcessPoolExecutor(max_workers=workers, mp_context=fork) as pool:
            files = {path: pool.submit(_forked_make, path) for path in makers}
            tasks = [
                pool.submit(_forked_jobs, range(first, min(first + _JOBS_PER_TASK, len(jobs))))
                for first in range(0, len(jobs), _JOBS_PER_TASK)
            ]
            modules = {path: module for task in tasks for path, module in task.result().items()}
            return {path: done.result() for path, done in files.items()}, modules
    finally:
        _FORKED = None


_WHOLE_API_TEMPLATES = [
    *PACKAGE_TEMPLATES,
    *ROOT_TEMPLATES,
    "models_unions.py.jinja",
    "_client_macros.jinja",  # imported by the method modules' template
]


def _forked_jobs(indices: range) -> dict[str, _Module]:
    assert _FORKED is not None, "set before the workers were forked"
    work = _FORKED
    return _render_jobs(work.environment, work.scopes, work.jobs, work.remember, indices)


def _forked_make(path: str) -> str:
    assert _FORKED is not None, "set before the workers were forked"
    return _FORKED.makers[path]()


def _render_jobs(
    environment: jinja2.Environment,
    scopes: dict[str, module_cache.Scope],
    jobs: list[_Job],
    remember: bool,
    indices: range,
) -> dict[str, _Module]:
    rendered: dict[str, _Module] = {}
    for index in indices:
        path, template, name, item = jobs[index]
        scope = scopes[template]
        entry = module_cache.key(scope, item) if remember else None
        text = module_cache.get(entry) if entry else None
        if text is not None:
            rendered[path] = (text, None)
        else:
            template_text = environment.get_template(template).render(
                scope.variables, **{name: item}
            )
            rendered[path] = (template_text, entry)
    return rendered


def generated_header(api: ir.Api) -> str:
    """The line every generated file opens with (as a comment of its language)."""
    title = " ".join(_CONTROL.sub(" ", _encodable(f"{api.title} {api.version}")).split())
    return f"{GENERATED_BY} {VERSION} from {title}. Do not edit."


def with_header(path: str, text: str, header: str) -> str:
    """text under the header, for the file types that have comments."""
    if path.endswith((".py", ".toml")):
        return f"# {header}\n{text}"
    if path.endswith(".md"):
        return f"<!-- {header.replace('--', '- -')} -->\n{text}"
    return text


def format_files(
    files: dict[str, str],
    black_clean: Collection[str] = (),
    cached_elsewhere: Collection[str] = (),
) -> dict[str, str]:
    """black every Python file but those known to be black-clean already; tidy the line
    endings of the rest. cached_elsewhere: modules whose formatted text the caller
    remembers under its own key (the formatter's cache would hold them twice)."""
    python = {
        path: text
        for path, text in files.items()
        if path.endswith(".py") and path not in black_clean
    }
    formatted = {path: _tidy(text) for path, text in files.items() if path not in python}
    formatted.update(format_modules(python, cached_elsewhere))
    return dict(sorted(formatted.items()))


def _tidy(text: str) -> str:
    return text.rstrip("\n") + "\n" if text.strip() else ""


class _CompiledTemplates(jinja2.FileSystemBytecodeCache):
    """jinja2's cache of compiled templates, where a write that fails (a full disk) only
    costs time, as everywhere in the cache."""

    def dump_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        try:
            super().dump_bytecode(bucket)
        except OSError:
            pass


def _environment(templates: Path) -> jinja2.Environment:
    # Compiling the templates is a fifth of a second a run. jinja2 keys compiled templates by
    # name and source only, not by the options below: hence a folder per version of the code.
    compiled = cache.folder(f"jinja/{module_cache.code_fingerprint(templates)[:20]}")
    environment = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(templates)),
        bytecode_cache=_CompiledTemplates(str(compiled)) if compiled else None,
        undefined=jinja2.StrictUndefined,
        autoescape=False,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    filters: dict[str, Callable[..., Any]] = {
        "pyrepr": pyrepr,
        "black_dict": black_dict,
        "class_line": class_line,
        "import_from": import_from,
        "black_assignment": black_assignment,
        "black_literal": black_literal,
        "tuples": _tuples,
        # a keyword argument passed on by name: ("'name'", "name")
        "argument_pair": lambda name: (pyrepr(name), name),
        "pytuple": lambda v: pyrepr(_tuples(v)),
        "docstring": docstring,
        "comment_text": lambda v: docstring(" ".join(str(v).split())),
        "pytype": pytype,
        "body_type": _request_body_type,
        "cast_type": _cast_type,
        "cast_pair": _cast_pair,
        "credential_type": credential_type,
        "credential_doc": credential_doc,
        "method_doc": method_doc,
        "model_doc": model_doc,
        "enum_doc": enum_doc,
        "field_default": field_default,
        "field_line": field_line,
        "extra_line": extra_line,
        "has_enum": has_enum,
        "parameter_line": parameter_line,
        "literal_alias": literal_alias,
        "typed_dict_value": typed_dict_value,
        "field_type": field_type,
        "tomlstr": lambda v: json.dumps(str(v), ensure_ascii=False),
        "tomlkey": lambda v: v if re.fullmatch(r"[A-Za-z0-9_-]+", str(v)) else json.dumps(str(v)),
        "md_text": md_text,
        "md_cell": lambda v: md_text(" ".join(str(v).split())).replace("|", "\\|"),
        "md_code": lambda v: str(v).replace("```", "`\u200b``"),
    }
    environment.filters.update(filters)
    return environment


# -- escaping -------------------------------------------------------------------------------


def pyrepr(value: Any) -> str:
    """A Python literal for plain data (str, numbers, bool, None, lists, tuples, dicts)."""
    if isinstance(value, str):
        return black_quotes(repr(_encodable(value)))
    if isinstance(value, (bool, int)) or value is None:
        return repr(value)
    if isinstance(value, float):
        return (
            repr(value) if value == value and value not in (float("inf"), float("-inf")) else "None"
        )
    if isinstance(value, tuple):
        inner = ", ".join(pyrepr(v) for v in value)
        return f"({inner},)" if len(value) == 1 else f"({inner})"
    if isinstance(value, list):
        return "[" + ", ".join(pyrepr(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{pyrepr(k)}: {pyrepr(v)}" for k, v in value.items()) + "}"
    raise TypeError(f"no literal for {type(value).__name__}")


def black_dict(pairs: list[tuple[str, str]], indent: int, prefix: str = "") -> str:
    """A dict literal as an item of an exploded call (``prefix{...},``), laid out as black
    does: on one line when it fits, else one pair a line with a trailing comma."""
    one_line = prefix + "{" + ", ".join(f"{k}: {v}" for k, v in pairs) + "},"
    if not pairs or indent + width(one_line) <= LINE_LENGTH:
        return one_line
    inner = " " * (indent + 4)
    lines = "".join(f"{inner}{k}: {v},\n" for k, v in pairs)
    return prefix + "{\n" + lines + " " * indent + "},"


def black_assignment(value: Any, head: str) -> str:
    """``head`` (such as "NAME: type = ") and the literal of value, as black lays them out."""
    return head + black_literal(value, column=width(head))


def black_literal(value: Any, column: int = 0, indent: int = 0, trail: int = 0) -> str:
    """pyrepr(value) laid out as black lays out a literal that does not fit: one item a
    line with a trailing comma, nested ones the same way. column: where it starts; indent:
    the indentation of the line it starts on; trail: characters after it on its last line."""
    # Each item takes three columns at least ("0, "): more than a line's worth cannot fit,
    # and the literal of a big table need not be written whole just to be measured.
    if not isinstance(value, (dict, list, tuple)) or 3 * len(value) <= LINE_LENGTH:
        text = pyrepr(value)
        if column + width(text) + trail <= LINE_LENGTH or not value:
            return text
        if not isinstance(value, (dict, list, tuple)):
            return text
    inner = indent + 4
    # A lone item gets no trailing comma (black splits around it rather than after it),
    # but a one-tuple keeps the comma it needs.
    comma = "," if len(value) > 1 or isinstance(value, tuple) else ""
    if isinstance(value, dict):
        keys = [pyrepr(k) for k in value]
        items = [
            f"{key}: " + black_literal(v, inner + width(key) + 2, inner, len(comma))
            for key, v in zip(keys, value.values())
        ]
    else:
        items = [black_literal(v, inner, inner, len(comma)) for v in value]
    opening, closing = {dict: ("{", "}"), list: ("[", "]"), tuple: ("(", ")")}[type(value)]
    body = "".join(f"{' ' * inner}{item}{comma}\n" for item in items)
    return f"{opening}\n{body}{' ' * indent}{closing}"


def import_from(module: str, names: list[str], re_export: bool = False) -> str:
    """``from .module import names`` as black lays it out; re_export: each as itself, which
    tells type checkers the name is exported. Written at the indentation of a block's body
    when re_export (the models package imports them for type checkers only)."""
    given = [f"{name} as {name}" if re_export else name for name in names]
    line = f"from .{module} import {', '.join(given)}"
    indent = 4 if re_export else 0
    if indent + width(line) <= LINE_LENGTH:
        return line
    inner = " " * (indent + 4)
    body = "".join(f"{inner}{name},\n" for name in given)
    return f"from .{module} import (\n{body}{' ' * indent})"


def class_line(name: str, base: str | list[str]) -> str:
    """A top-level class statement, as black lays it out: on one line, else its bases on a
    line of their own, else one base a line."""
    bases = ", ".join([base] if isinstance(base, str) else base)
    line = f"class {name}({bases}):"
    if width(line) <= LINE_LENGTH:
        return line
    if 4 + width(bases) <= LINE_LENGTH:
        return f"class {name}(\n    {bases}\n):"
    return f"class {name}(\n" + "".join(f"    {b},\n" for b in bases.split(", ")) + "):"


def black_quotes(literal: str) -> str:
    """A one-line string literal in the quotes black prefers (double, unless single quotes
    need fewer escapes), so that black has nothing to change in it."""
    if literal[0] == '"':  # repr chose double quotes: the text has ' and no "
        return literal
    if '"' not in literal:  # the common case: no quote inside, double quotes need no escape
        return f'"{literal[1:-1]}"'
    from black.strings import normalize_string_quotes  # imported only when needed: it is slow

    try:
        return str(normalize_string_quotes(literal))  # black 25 and later: text in, text out
    except (AttributeError, TypeError):  # black 24: a syntax tree leaf, changed in place
        from blib2to3.pgen2 import token  # type: ignore[import-untyped]
        from blib2to3.pytree import Leaf  # type: ignore[import-untyped]

        leaf = Leaf(token.STRING, literal)
        normalize_string_quotes(leaf)
        return str(leaf.value)


_SURROGATE = re.compile(r"[\ud800-\udfff]")


def _encodable(text: str) -> str:
    # Lone surrogates (valid in JSON escapes) cannot be written as UTF-8.
    return text if text.isascii() else _SURROGATE.sub("\ufffd", text)


_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


def docstring(value: Any, indent: int = 0, block: bool = False, quotes_below: bool = False) -> str:
    """Text that can sit between triple double quotes without ending or breaking them, as
    black writes it. block: the docstring of a class or function (black moves the closing
    quotes of those to a line of their own when the last line would pass the limit);
    quotes_below: the template puts the closing quotes on a line of their own."""
    text = _encodable(str(value)).replace("\r\n", "\n").replace("\\", "\\\\")
    text = _CONTROL.sub(lambda m: f"\\x{ord(m.group()):02x}", text)
    text = text.replace('"""', '\\"\\"\\"')
    lines = [line.rstrip() for line in text.strip().split("\n")]
    margin = " " * indent
    text = "\n".join(lines[:1] + [margin + line if line else "" for line in lines[1:]])
    # As black writes them: a space between the quotes and a quote of the text (or none).
    if text.startswith('"') or not text:
        text = " " + text
    if text.endswith('"') and not quotes_below:
        text += " "
    # black counts lines as str.splitlines does, and characters, not display width
    last = text.splitlines()[-1] if text.strip() else ""
    if block and len(text.splitlines()) > 1 and len(last) + 3 > LINE_LENGTH:
        text += "\n" + margin
    return text


def md_text(value: Any) -> str:
    return _encodable(str(value)).replace("```", "`\u200b``").strip()


# -- types ------------------------------------------------------------------------------------


def pytype(
    ref: ir.TypeRef,
    prefix: str = "_models.",
    nullable: bool = False,
    typing: str = "",
    pydantic: str | None = None,
    aliases: Mapping[ir.TypeRef, str] | None = None,
    literals: Mapping[str, str] | None = None,
) -> str:
    """The annotation for ref. typing/pydantic: how the module refers to those packages;
    aliases: names (in the models module) that stand for some types; literals: the names of
    the typing.Literal of enums' values, for type checkers to take those too."""
    if aliases and ref in aliases:
        return f"{prefix}{aliases[ref]}"
    inner = _pytype(ref, prefix, typing, pydantic, aliases, literals)
    if (ref.nullable or nullable) and inner != f"{typing}Any" and inner != "None":
        return f"{inner} | None" if not typing else f"{typing}Optional[{inner}]"
    return inner


def _union(typing: str, variants: list[str]) -> str:
    """A union: PEP 604 where the module names typing's members bare (as its hand-written
    signatures do), typing.Union where it reaches them through a prefix (models.py)."""
    return " | ".join(variants) if not typing else f"{typing}Union[{', '.join(variants)}]"


def _pytype(
    ref: ir.TypeRef,
    prefix: str,
    typing: str,
    pydantic: str | None,
    aliases: Mapping[ir.TypeRef, str] | None,
    literals: Mapping[str, str] | None = None,
) -> str:
    def sub(item: ir.TypeRef) -> str:
        return pytype(item, prefix, False, typing, pydantic, aliases, literals)

    if ref.kind == "primitive":
        if ref.name == "float" and pydantic is not None:
            # A JSON number may be an integer; int keeps 2**53 + 1 exact where float would not.
            return _union(typing, ["int", "float"])
        if ref.name == "file":  # a model field takes files of every kind; elsewhere bytes
            return "_File" if pydantic is not None else "bytes"
        if ref.name in _TIME_AND_ID:
            python, model = _TIME_AND_ID[ref.name]
            # Models take the ISO text too; arguments say so (like enums' plain values).
            if pydantic is not None:
                return model
            return _union(typing, [python, "str"]) if prefix else python
        return {"any": f"{typing}Any", "none": "None"}.get(ref.name, ref.name)
    if ref.kind == "model":
        return f"{prefix}{ref.name}"
    if ref.kind == "enum" and literals is not None and ref.name in literals:
        return _union(typing, [f"{prefix}{ref.name}", f"{prefix}{literals[ref.name]}"])
    if ref.kind == "enum":
        # Arguments accept the plain value too: enums are open, and "CPU" reads better.
        return (
            _union(typing, [f"{prefix}{ref.name}", "str"])
            if prefix and pydantic is None
            else f"{prefix}{ref.name}"
        )
    if ref.kind == "list":
        return f"{typing}List[{sub(ref.items[0])}]"
    if ref.kind == "map":
        return f"{typing}Dict[str, {sub(ref.items[0])}]"
    variants = [sub(item) for item in ref.items]
    if ref.discriminator is None or pydantic is None:
        return _union(typing, variants)
    by_name = {name: value for value, name in ref.discriminator.mapping}
    tagged = [
        f"{typing}Annotated[{sub(item)}, {pydantic}Tag({pyrepr(by_name[item.name])})]"
        for item in ref.items
        if item.name in by_name
    ]
    tagged.append(
        f"{typing}Annotated[{typing}Dict[str, {typing}Any], {pydantic}Tag(_UNKNOWN_VARIANT)]"
    )
    known = pyrepr(sorted({by_name[item.name] for item in ref.items if item.name in by_name}))
    chooser = f"_discriminate({pyrepr(ref.discriminator.wire_name)}, frozenset({known}))"
    return (
        f"{typing}Annotated[{typing}Union[{', '.join(tagged)}], {pydantic}Discriminator({chooser})]"
    )


# Primitive types with a Python class: (the class in annotations, its model field type).
_TIME_AND_ID = {
    "datetime": ("_dt.datetime", "_DateTime"),
    "date": ("_dt.date", "_Date"),
    "uuid": ("_uuid.UUID", "_Uuid"),
}


def _tuples(value: Any) -> Any:
    """Lists as tuples, at every depth (immutable data in the generated modules)."""
    return tuple(_tuples(v) for v in value) if isinstance(value, (list, tuple)) else value


def credential_type(scheme: ir.SecurityScheme) -> str:
    """The annotation of a security scheme's constructor keyword."""
    if scheme.kind == "basic":
        return "tuple[str, str]"
    if scheme.kind == "oauth2" and scheme.token_url:
        return "str | Callable[[], str] | tuple[str, str]"
    if scheme.kind == "oauth2":
        return "str | Callable[[], str]"
    return "str"


def credential_doc(scheme: ir.SecurityScheme) -> str:
    """What a credential keyword takes and where it goes, for the constructor's docstring."""
    where = {
        "apiKey": f"API key sent in the {scheme.location} {scheme.parameter!r}",
        "bearer": "token sent as Authorization: Bearer",
        "basic": "(user name, password) sent as Authorization: Basic",
        "oauth2": "OAuth2 access token, or a function returning one (called per request)"
        + (
            ", or a (client_id, client_secret) pair: the client fetches and renews the token"
            if scheme.token_url
            else ""
        ),
    }[scheme.kind]
    text = one_line(scheme.description).rstrip(".")
    return docstring(f"{where}" + (f" ({text})" if text else ""))


def body_type(
    ref: ir.TypeRef, optional: bool = False, dicts: Mapping[str, str] | None = None
) -> str:
    """The annotation of a method's body argument: None (once, last) when it may be left out
    or is nullable. A model body takes the model or a dict; dicts: the models' TypedDicts,
    so that type checkers check a dict field by field."""
    none = " | None" if ref.nullable or optional else ""
    ref = dataclasses.replace(ref, nullable=False)
    if ref.kind == "primitive" and ref.name == "bytes":  # raw media: streamed from files too
        return "FileContent" + none
    if ref.kind == "list" and ref.items[0].kind == "model":
        return f"Sequence[{body_type(ref.items[0], False, dicts)}]{none}"
    if ref.kind == "model":
        plain = f"_models.{dicts[ref.name]}" if dicts and ref.name in dicts else "Mapping[str, Any]"
        return f"{pytype(ref)} | {plain}{none}"
    return pytype(ref) + none


def field_type(field: ir.Field, literals: Mapping[str, str] | None = None) -> str:
    """A model field's annotation. An optional field may be left out; it takes null only
    when its schema allows null, so the model accepts exactly what the schema does.
    literals: the annotation type checkers see (enums' plain values too; the null check is
    pydantic's, type checkers ignore it)."""
    annotation = pytype(field.type, "", not field.required, "_t.", "_p.", literals=literals)
    if field.required or field.type.nullable or annotation in ("_t.Any", "None") or literals:
        return annotation
    return f"_t.Annotated[{annotation}, _NOT_NULL]"


def field_line(field: ir.Field, literals: Mapping[str, str] | None = None) -> str:
    """A model field's declaration at class level, on one line (see _field_layout)."""
    annotation, default = field_type(field, literals), field_default(field)
    return _field_layout(field.python_name, annotation, default)


def _field_layout(name: str, annotation: str, default: str) -> str:
    # On one line: a line too long is split by the formatter (linebreak), which vouches
    # for a statement it splits itself, not for one written already split.
    return f"{name}: {annotation}{default}"


def extra_line(model: ir.Model) -> str:
    """The declaration that makes pydantic check the values of a model's unlisted
    properties (additionalProperties with a schema), laid out as black does."""
    assert model.extra_type is not None
    value = pytype(model.extra_type, "", False, "_t.", "_p.")
    return _field_layout("__pydantic_extra__", f"_t.Dict[str, {value}]", " = _p.Field(init=False)")


def literal_alias(name: str, values: list[Any]) -> str:
    """``name = _t.Literal[values]`` as black lays it out."""
    items = [pyrepr(value) for value in values]
    line = f"{name} = _t.Literal[{', '.join(items)}]"
    if width(line) <= LINE_LENGTH or linebreak.split_statement(line) is not None:
        return line  # too long, it is split by the formatter, as black would
    if 4 + width(", ".join(items)) <= LINE_LENGTH:
        return f"{name} = _t.Literal[\n    {', '.join(items)}\n]"
    return f"{name} = _t.Literal[\n" + "".join(f"    {item},\n" for item in items) + "]"


def parameter_line(name: str, annotation: str, default: str = "", indent: int = 8) -> str:
    """A parameter of an exploded signature (name, annotation, default, trailing comma) as
    black lays it out: on one line; else the annotation in parentheses on a line of its
    own; else one member of its union a line. Anything longer is left for black."""
    tail = f" = {default}," if default else ","
    line = f"{name}: {annotation}{tail}"
    if indent + width(line) <= LINE_LENGTH:
        return line
    pad, inner = " " * indent, " " * (indent + 4)
    if indent + 4 + width(annotation) <= LINE_LENGTH:
        return f"{name}: (\n{inner}{annotation}\n{pad}){tail}"
    first, *others = _top_level_parts(annotation, " | ")
    lines = [first, *(f"| {part}" for part in others)]
    return f"{name}: (\n" + "".join(f"{inner}{text}\n" for text in lines) + f"{pad}){tail}"


def _top_level_parts(text: str, separator: str) -> list[str]:
    """text cut at each separator outside brackets and strings."""
    parts, depth, quote, start, index = [], 0, "", 0, 0
    while index < len(text):
        char = text[index]
        if quote:
            if char == "\\":
                index += 1
            elif char == quote:
                quote = ""
        elif char in "\"'":
            quote = char
        elif char in "([{":
            depth += 1
        elif char in ")]}":
            depth -= 1
        elif depth == 0 and text.startswith(separator, index):
            parts.append(text[start:index])
            start = index + len(separator)
            index = start
            continue
        index += 1
    return [*parts, text[start:]]


def has_enum(field: ir.Field) -> bool:
    """Whether a field's type holds an enum (type checkers then take its plain values)."""
    return next(class_names(field.type, ("enum",)), None) is not None


def typed_dict_value(field: ir.Field, dicts: Mapping[str, str], literals: Mapping[str, str]) -> str:
    """The type of a field in its model's TypedDict, as text: a model or its TypedDict, an
    enum or its plain values, times and ids as objects or ISO text; Required when the field
    is. The type is quoted (it may name a TypedDict defined further down)."""
    text = pyrepr(_dict_type(field.type, dicts, literals))
    return f"_te.Required[{text}]" if field.required else text


def _dict_type(ref: ir.TypeRef, dicts: Mapping[str, str], literals: Mapping[str, str]) -> str:
    def sub(item: ir.TypeRef) -> str:
        return _dict_type(item, dicts, literals)

    if ref.kind == "model" and ref.name in dicts:
        inner = f"_t.Union[{ref.name}, {dicts[ref.name]}]"
    elif ref.kind == "list":
        inner = f"_t.Sequence[{sub(ref.items[0])}]"
    elif ref.kind == "map":
        inner = f"_t.Mapping[str, {sub(ref.items[0])}]"
    elif ref.kind == "union":
        inner = f"_t.Union[{', '.join(sub(item) for item in ref.items)}]"
    elif ref.kind == "primitive" and ref.name in _TIME_AND_ID:
        inner = f"_t.Union[{_TIME_AND_ID[ref.name][0]}, str]"
    else:
        inner = pytype(
            dataclasses.replace(ref, nullable=False), "", False, "_t.", "_p.", None, literals
        )
    return f"_t.Optional[{inner}]" if ref.nullable and inner != "_t.Any" else inner


def field_default(field: ir.Field) -> str:
    options = [f"alias={pyrepr(field.wire_name)}"] if field.python_name != field.wire_name else []
    if field.deprecated:  # reading the attribute warns (DeprecationWarning)
        options.append(f"deprecated={pyrepr(f'The field {field.wire_name} is deprecated.')}")
    if field.required:
        return f" = _p.Field({', '.join(options)})" if options else ""
    # The schema's default is the value when the field is absent; it is not sent unless set.
    default = pyrepr(field.default) if field.has_default else "None"
    if field.has_default and field.default is not None and field.type.kind == "enum":
        default = f"{field.type.name}({default})"  # the member (enums come before models)
    return f" = _p.Field(default={default}, {', '.join(options)})" if options else f" = {default}"


# -- docstrings -------------------------------------------------------------------------------


def method_doc(op: ir.Operation) -> str:
    parts = [op.summary or op.python_name.replace("_", " ").capitalize() + "."]
    if op.description and op.description != op.summary:
        parts.append(op.description)
    http = f"``{op.method} {op.path}``"
    parts.append(http + (f" (IAM action ``{op.iam_action}``)" if op.iam_action else ""))
    if op.deprecated:
        parts.append("Deprecated.")
    args = [
        f"{p.python_name}: {one_line(p.description) or p.wire_name}"
        + (f" Default {p.default!r} on the server." if p.has_default else "")
        for p in op.arguments
    ]
    if op.body is not None:
        args.append(
            f"body: {one_line(op.body.description) or 'the request body'} (a model or a dict)."
        )
    if args:
        parts.append("Args:\n" + "\n".join(f"    {a}" for a in args))
    return docstring("\n\n".join(parts), indent=8, quotes_below=True)


def model_doc(model: ir.Model) -> str:
    return docstring(model.description or f"The {model.wire_name} object.", indent=4, block=True)


def enum_doc(enum: ir.Enum) -> str:
    text = enum.description or f"Values of {enum.wire_name}."
    return docstring(
        text + "\n\nUnknown values are accepted too: the API may add values.", indent=4, block=True
    )


# -- tables for the templates -----------------------------------------------------------------


def schema_types(api: ir.Api) -> list[tuple[str, ir.TypeRef]]:
    """Each schema the SDK parses or sends, once: components, request and success bodies."""
    found = dict(api.component_types)
    for op in api.operations:
        for part in (op.body, *op.successes):
            if part is not None and part.schema_pointer and part.type is not None:
                if part.type.kind != "primitive" or part.type.name != "bytes":
                    found.setdefault(part.schema_pointer, part.type)
    return sorted(found.items())


def _context(api: ir.Api) -> dict[str, Any]:
    environment = _environment_names(api)
    # The client's own calls (looking a value up) make poor examples.
    own = {c.lookup.get("operation") for c in api.client_parameters}
    example = next(
        (op for op in api.operations if op.method == "GET" and op.python_name not in own),
        api.operations[0] if api.operations else None,
    )
    dicts = typed_dict_names(api)
    literals = literal_names(api, dicts)
    modules = model_modules(api, dicts, literals)
    where = class_modules(modules)
    unions = runtime_unions(api)
    return {
        "api": api,
        # What method and model modules know of the API (they are cached by what they read).
        "title": api.title,
        "package": api.package,
        "env": environment,
        "default_style": ir.DEFAULT_STYLE,
        "unions": unions,
        "model_modules": modules,
        "method_groups": method_groups(api),
        "class_modules": {
            name: f".{module}"
            for name, module in sorted({**where, **{u: "_unions" for u in unions.values()}}.items())
        },
        "union_imports": _union_imports(unions, where),
        "model_names": sorted(where),  # every class, TypedDict and enum-value alias
        "typed_dicts": dicts,
        "literals": literals,
        "server_names": sorted({s.name for op in api.operations for s in op.servers[:1] if s.name}),
        "server_variables": {v.name: v.default for s in api.servers[:1] for v in s.variables},
        "security_schemes": {
            s.name: {
                "name": s.name,
                "kind": s.kind,
                "argument": s.argument,
                "env": s.env,
                "location": s.location,
                "parameter": s.parameter,
                "signing": s.signing,
                **({"token_url": s.token_url, "scopes": s.scopes} if s.token_url else {}),
            }
            for s in api.security_schemes
        },
        "client_parameters": {c.python_name: c.env for c in api.client_parameters},
        "lookups": {c.python_name: c.lookup for c in api.client_parameters if c.lookup},
        "client_options": tuple(
            (c.python_name.replace("_", "-"), c.python_name, one_line(c.description))
            for c in api.client_parameters
        ),
        "credential_env": (
            *(s.env for s in api.credential_arguments),
            *(environment[k] for k in ("ak", "sk", "security_token") if api.signing),
            environment["endpoint"],
            *([environment["region"]] if api.regional else []),
        ),
        "tags": {t.name: one_line(t.description) for t in api.tags},
        "example_operation": example,
        "has_iam": any(op.iam_action for op in api.operations),
        "paginated": next((op for op in api.operations if op.pagination), None),
        "waiters": [(op, w) for op in api.operations for w in op.waiters],
        "config_file": api.config_file or f"~/.{api.package.cli_name}/config.toml",
        "default_region": next(
            (v.default for s in api.servers[:1] for v in s.variables if v.name == "region"), ""
        ),
        "secret_fields": sorted(
            {*api.secret_fields, "password", "sk", "secret", "secret_key", "security_token"}
        ),
    }


def runtime_unions(api: ir.Api) -> dict[ir.TypeRef, str]:
    """The discriminated unions operations send or answer outside any model, each with the
    name of an alias in the models module: the tag picks the variant only where pydantic
    sees the discriminator, and the alias is one object, so its validator is built once."""
    found: set[ir.TypeRef] = set()

    def walk(ref: ir.TypeRef | None) -> None:
        if ref is None:
            return
        if ref.kind == "union" and ref.discriminator is not None:
            found.add(ref)
        elif ref.kind in ("list", "map", "union"):
            for item in ref.items:
                walk(item)

    for op in api.operations:
        for response in op.successes:
            walk(response.type)
    ordered = sorted(found, key=lambda ref: pytype(ref, ""))
    return {ref: f"_Union{index}" for index, ref in enumerate(ordered)}


def _union_imports(
    unions: Mapping[ir.TypeRef, str], modules: Mapping[str, str]
) -> list[tuple[str, list[str]]]:
    """What the unions module imports: (module, class names), sorted."""
    needed: dict[str, set[str]] = {}
    for ref in unions:
        for name in class_names(ref):
            needed.setdefault(modules[name], set()).add(name)
    return [(module, sorted(names)) for module, names in sorted(needed.items())]


def _property_cases(api: ir.Api) -> dict[str, Any]:
    """What tests/test_properties.py checks: every schema with the Python type the SDK uses
    for it, and every operation with its arguments' schemas (data, so no code is made)."""

    def argument(p: ir.Parameter) -> dict[str, Any]:
        return {
            "python_name": p.python_name,
            "wire_name": p.wire_name,
            "location": p.location,
            "pointer": p.schema_pointer,
            "required": p.required or bool(p.from_client),
            "style": p.style,
            "explode": p.explode,
        }

    operations = []
    for op in api.operations:
        params = [p for p in op.parameters if p.schema_pointer]
        case: dict[str, Any] = {
            "operation_id": op.operation_id,
            "method": op.python_name,
            "arguments": [argument(p) for p in params if not p.from_client],
            "client_arguments": [argument(p) for p in params if p.from_client],
        }
        if op.body is not None and op.body.schema_pointer:
            case["body_pointer"] = op.body.schema_pointer
            case["body_type"] = _type_data(op.body.type)
            case["body_required"] = op.body.required
            case["body_media_type"] = op.body.media_type
        operations.append(case)
    return {
        "schemas": [[pointer, _type_data(ref)] for pointer, ref in schema_types(api)],
        "operations": operations,
    }


@functools.lru_cache(maxsize=4096)
def _type_data(ref: ir.TypeRef) -> dict[str, Any]:
    """dataclasses.asdict of a type, once per type: the same types recur across a big spec
    (the result is only read, to be written as JSON)."""
    return dataclasses.asdict(ref)


def _environment_names(api: ir.Api) -> dict[str, str]:
    prefix = api.package.env_prefix
    signing_env: dict[str, str] = {}
    for scheme in api.security_schemes:
        signing_env.update(
            {k: str(v) for k, v in (scheme.signing.get("environment") or {}).items()}
        )
    return {
        "endpoint": f"{prefix}_ENDPOINT",
        "region": f"{prefix}_REGION",
        "profile": f"{prefix}_PROFILE",
        "config_file": f"{prefix}_CONFIG_FILE",
        "log": f"{prefix}_LOG",
        "username": f"{prefix}_USERNAME",
        "password": f"{prefix}_PASSWORD",
        "domain": f"{prefix}_DOMAIN",
        "ak": signing_env.get("ak", f"{prefix}_AK"),
        "sk": signing_env.get("sk", f"{prefix}_SK"),
        "security_token": signing_env.get("security_token", f"{prefix}_SECURITY_TOKEN"),
    }
