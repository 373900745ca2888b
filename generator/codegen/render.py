"""IR -> file contents, through the Jinja2 templates (``generator.TEMPLATES``) and black.

Templates see only the IR and the few tables derived from it here. Every spec string goes
through a filter that makes it safe for where it lands: a Python literal (``pyrepr``), a
docstring (``docstring``), TOML (``tomlstr``) or Markdown (``md_*``).
"""

from __future__ import annotations

import dataclasses
import json
import re
from pathlib import Path
from typing import Any, Callable, Mapping

import jinja2

from .. import TEMPLATES
from . import ir
from .cli_table import cli_table
from .formatting import format_modules
from .naming import one_line

# template (under templates/package) -> file (under the package folder, or the root)
PACKAGE_TEMPLATES = {
    "__init__.py.jinja": "__init__.py",
    "__main__.py.jinja": "__main__.py",
    "_settings.py.jinja": "_settings.py",
    "_exceptions.py.jinja": "_exceptions.py",
    "_operations.py.jinja": "_operations.py",
    "_client.py.jinja": "_client.py",
    "models.py.jinja": "models.py",
}
ROOT_TEMPLATES = {
    "pyproject.toml.jinja": "pyproject.toml",
    "README.md.jinja": "README.md",
    "test_properties.py.jinja": "tests/test_properties.py",
}


def render_package(api: ir.Api, templates: Path = TEMPLATES) -> dict[str, str]:
    """Every file of the generated distribution, formatted: relative path -> text."""
    return format_files(render_files(api, templates))


def render_files(api: ir.Api, templates: Path = TEMPLATES) -> dict[str, str]:
    """Every file of the generated distribution as the templates write it."""
    environment = _environment(templates)
    context = _context(api)
    # The type a client parses an answer into: discriminated unions through their alias.
    environment.filters["cast_type"] = lambda ref: pytype(ref, aliases=context["unions"])
    package = api.package.import_name
    files: dict[str, str] = {}
    for template, target in PACKAGE_TEMPLATES.items():
        files[f"{package}/{target}"] = environment.get_template(f"package/{template}").render(
            context
        )
    for template, target in ROOT_TEMPLATES.items():
        files[target] = environment.get_template(f"package/{template}").render(context)
    runtime = templates / "runtime"
    for source in sorted(runtime.rglob("*.py")):
        files[f"{package}/{source.relative_to(runtime).as_posix()}"] = source.read_text(
            encoding="utf-8"
        )
    files[f"{package}/mock/openapi.json"] = api.document_json
    files[f"{package}/py.typed"] = ""
    files["tests/properties.json"] = json.dumps(
        _property_cases(api), indent=1, ensure_ascii=False, sort_keys=True
    )
    files[f"{package}/_cli_table.json"] = cli_table(api, context["credential_env"]).to_json()
    return files


def format_files(files: dict[str, str]) -> dict[str, str]:
    """black every Python file; tidy the line endings of the rest."""
    python = {path: text for path, text in files.items() if path.endswith(".py")}
    formatted = {path: _tidy(text) for path, text in files.items() if path not in python}
    formatted.update(format_modules(python))
    return dict(sorted(formatted.items()))


def _tidy(text: str) -> str:
    return text.rstrip("\n") + "\n" if text.strip() else ""


def _environment(templates: Path) -> jinja2.Environment:
    environment = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(templates)),
        undefined=jinja2.StrictUndefined,
        autoescape=False,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    filters: dict[str, Callable[..., Any]] = {
        "pyrepr": pyrepr,
        "pytuple": lambda v: pyrepr(_tuples(v)),
        "docstring": docstring,
        "comment_text": lambda v: docstring(" ".join(str(v).split())),
        "pytype": pytype,
        "body_type": body_type,
        "credential_type": credential_type,
        "credential_doc": credential_doc,
        "method_doc": method_doc,
        "model_doc": model_doc,
        "enum_doc": enum_doc,
        "field_default": field_default,
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
        return repr(_encodable(value))
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


def _encodable(text: str) -> str:
    # Lone surrogates (valid in JSON escapes) cannot be written as UTF-8.
    return re.sub(r"[\ud800-\udfff]", "\ufffd", text)


_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


def docstring(value: Any, indent: int = 0) -> str:
    """Text that can sit between triple double quotes without ending or breaking them."""
    text = _encodable(str(value)).replace("\r\n", "\n").replace("\\", "\\\\")
    text = _CONTROL.sub(lambda m: f"\\x{ord(m.group()):02x}", text)
    text = text.replace('"""', '\\"\\"\\"')
    lines = [line.rstrip() for line in text.strip().split("\n")]
    text = ("\n" + " " * indent).join(lines).replace("\n" + " " * indent + "\n", "\n\n")
    return text + " " if text.endswith('"') else text


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
) -> str:
    """The annotation for ref. typing/pydantic: how the module refers to those packages;
    aliases: names (in the models module) that stand for some types."""
    if aliases and ref in aliases:
        return f"{prefix}{aliases[ref]}"
    inner = _pytype(ref, prefix, typing, pydantic, aliases)
    if (ref.nullable or nullable) and inner != f"{typing}Any" and inner != "None":
        return f"{typing}Optional[{inner}]"
    return inner


def _pytype(
    ref: ir.TypeRef,
    prefix: str,
    typing: str,
    pydantic: str | None,
    aliases: Mapping[ir.TypeRef, str] | None,
) -> str:
    def sub(item: ir.TypeRef) -> str:
        return pytype(item, prefix, False, typing, pydantic, aliases)

    if ref.kind == "primitive":
        if ref.name == "float" and pydantic is not None:
            # A JSON number may be an integer; int keeps 2**53 + 1 exact where float would not.
            return f"{typing}Union[int, float]"
        if ref.name == "file":  # a model field takes files of every kind; elsewhere bytes
            return "_File" if pydantic is not None else "bytes"
        if ref.name in _TIME_AND_ID:
            python, model = _TIME_AND_ID[ref.name]
            # Models take the ISO text too; arguments say so (like enums' plain values).
            if pydantic is not None:
                return model
            return f"{typing}Union[{python}, str]" if prefix else python
        return {"any": f"{typing}Any", "none": "None"}.get(ref.name, ref.name)
    if ref.kind == "model":
        return f"{prefix}{ref.name}"
    if ref.kind == "enum":
        # Arguments accept the plain value too: enums are open, and "CPU" reads better.
        return (
            f"{typing}Union[{prefix}{ref.name}, str]"
            if prefix and pydantic is None
            else f"{prefix}{ref.name}"
        )
    if ref.kind == "list":
        return f"{typing}List[{sub(ref.items[0])}]"
    if ref.kind == "map":
        return f"{typing}Dict[str, {sub(ref.items[0])}]"
    variants = [sub(item) for item in ref.items]
    if ref.discriminator is None or pydantic is None:
        return f"{typing}Union[{', '.join(variants)}]"
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


def body_type(ref: ir.TypeRef) -> str:
    if ref.kind == "primitive" and ref.name == "bytes":  # raw media: streamed from files too
        return "FileContent"
    if ref.kind == "model":
        return f"{pytype(ref)} | Mapping[str, Any]"
    if ref.kind == "list":
        return (
            f"Sequence[{pytype(ref.items[0])} | Mapping[str, Any]]"
            if ref.items[0].kind == "model"
            else pytype(ref)
        )
    return pytype(ref)


def field_type(field: ir.Field) -> str:
    """A model field's annotation. An optional field may be left out; it takes null only
    when its schema allows null, so the model accepts exactly what the schema does."""
    annotation = pytype(field.type, "", not field.required, "_t.", "_p.")
    if field.required or field.type.nullable or annotation in ("_t.Any", "None"):
        return annotation
    return f"_t.Annotated[{annotation}, _NOT_NULL]"


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
    return docstring("\n\n".join(parts), indent=8)


def model_doc(model: ir.Model) -> str:
    return docstring(model.description or f"The {model.wire_name} object.", indent=4)


def enum_doc(enum: ir.Enum) -> str:
    text = enum.description or f"Values of {enum.wire_name}."
    return docstring(
        text + "\n\nUnknown values are accepted too: the API may add values.", indent=4
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
    example = next(
        (op for op in api.operations if op.method == "GET"),
        api.operations[0] if api.operations else None,
    )
    return {
        "api": api,
        "env": environment,
        "default_style": ir.DEFAULT_STYLE,
        "unions": runtime_unions(api),
        "model_names": sorted([m.name for m in api.models] + [e.name for e in api.enums]),
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
            case["body_type"] = dataclasses.asdict(op.body.type)
            case["body_required"] = op.body.required
            case["body_media_type"] = op.body.media_type
        operations.append(case)
    return {
        "schemas": [[pointer, dataclasses.asdict(ref)] for pointer, ref in schema_types(api)],
        "operations": operations,
    }


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
