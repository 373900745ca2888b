"""A bundled, valid spec -> the IR (ir.Api). The only module that reads the raw spec."""

from __future__ import annotations

import re
from typing import Any

from ..common.collector import kept_out_of_collections
from ..spec.pointers import escape_pointer_token as escape_token
from ..spec.sdk_config import read_sdk_config
from ..spec.walk import operations, resolve
from . import ir
from .naming import Namespace, avoid, constant, kebab, pascal, snake
from .schemas import SchemaConverter

# Names the client module uses in annotations and method bodies: no parameter or method may
# hide them (a parameter `str` broke `Union[X, str]`, a method `int` an annotation).
CODE_NAMES = frozenset(
    {"str", "int", "float", "bool", "bytes", "httpx", "_ops", "_models"}
    | {"iterate", "aiterate", "wait", "await_state", "NOT_GIVEN", "NotGiven", "Timeout"}
    | {"deprecated", "FileContent", "_dt", "_uuid"}
)
# Keyword arguments every generated method takes; parameters must not take these names.
METHOD_RESERVED = (
    frozenset({"self", "body", "extra_headers", "extra_query", "extra_body", "timeout"})
    | {"max_retries"}
    | CODE_NAMES
)
# Public attributes the runtime gives every client; neither operations nor client parameters
# (which become properties) may take these names.
CLIENT_ATTRIBUTES = frozenset(
    {"close", "aclose", "copy", "with_options", "with_raw_response", "with_streaming_response"}
    | {"base_url", "region"}
)
# Public attributes of the generated clients; operations must not take these names.
CLIENT_RESERVED = CLIENT_ATTRIBUTES | {"request", "endpoint", "project_id", "raw"} | CODE_NAMES
# Keywords the client constructors take besides the credentials of the security schemes.
CONSTRUCTOR_RESERVED = frozenset(
    {"self", "endpoint", "region", "ak", "sk", "security_token", "username", "password"}
    | {"domain", "profile", "timeout", "max_retries", "endpoints", "http_client", "options"}
    | {"default_headers", "default_query", "strict_response_validation"}
    | CODE_NAMES
)
# Options every CLI command has; parameter flags must not take these names.
CLI_RESERVED = frozenset(
    {
        "help",
        "output",
        "query",
        "body",
        "endpoint",
        "region",
        "project-id",
        "debug",
        "strict",
        "profile",
        "all",
        "wait",
        "version",
        "token",
        "timeout",
    }
)
EVENT_STREAM = "text/event-stream"
_JSON_MEDIA = re.compile(r"^application/([\w.+-]*\+)?json\b|^\*/\*$")


def build_api(document: dict[str, Any]) -> ir.Api:
    """The IR of a bundled, valid spec. The objects alive before the build (the spec's
    tree) are kept out of the collections its allocations trigger (GitHub's one took a
    fifth of the build)."""
    with kept_out_of_collections() as keep:
        keep()
        return _ApiBuilder(document).build()


class _ApiBuilder:
    def __init__(self, document: dict[str, Any]) -> None:
        self.document = document
        self.schemas = SchemaConverter(document, str(document.get("openapi", "")).startswith("3.1"))
        # Validation reports what x-sdk gets wrong; generation uses what is usable of it.
        self.sdk, _ = read_sdk_config(document)
        self.warnings: list[str] = []
        self._targets: dict[str, Any] = {}

    def build(self) -> ir.Api:
        info = self.document.get("info") or {}
        package = self._package(info)
        self.schemas.convert_components()
        client_parameters = self._client_parameters()
        operations_ir = self._operations(
            {p.wire_name for p in client_parameters}, {p.python_name for p in client_parameters}
        )
        self._lookups(client_parameters, operations_ir)
        tags = [
            ir.Tag(str(t.get("name")), _text(t.get("description")))
            for t in self.document.get("tags") or []
            if isinstance(t, dict) and t.get("name")
        ]
        known = {t.name for t in tags}
        tags += [
            ir.Tag(name) for name in _unique(op.tag for op in operations_ir) if name not in known
        ]
        return ir.Api(
            title=_text(info.get("title")) or "API",
            version=str(info.get("version", "")),
            description=_text(info.get("description")),
            package=package,
            servers=self._servers(self.document.get("servers")),
            security_schemes=self._security_schemes(package.env_prefix),
            default_security=self._security(self.document.get("security")) or [],
            envelope=self._envelope(self.document.get("x-error-envelope")) or ir.ErrorEnvelope(),
            client_parameters=client_parameters,
            tags=tags,
            operations=sorted(operations_ir, key=lambda op: op.python_name),
            models=sorted(self.schemas.models, key=lambda m: m.name),
            enums=sorted(self.schemas.enums, key=lambda e: e.name),
            component_types=self._component_types(),
            examples=self._examples(),
            token_provider=self._token_provider(operations_ir),
            config_file=self.sdk.text("config_file"),
            regions=self._regions(),
            document=self.document,
            secret_fields=sorted(
                {f.wire_name.lower() for m in self.schemas.models for f in m.fields if f.secret}
            ),
            warnings=self.warnings + self.schemas.warnings,
        )

    def _component_types(self) -> list[tuple[str, ir.TypeRef]]:
        schemas = (self.document.get("components") or {}).get("schemas") or {}
        pointers = [f"#/components/schemas/{escape_token(name)}" for name in sorted(schemas)]
        return [(pointer, self.schemas.ref_type(pointer)) for pointer in pointers]

    # -- package and client-wide settings -----------------------------------------------

    def _package(self, info: dict[str, Any]) -> ir.Package:
        title = _text(info.get("title")) or "API"
        sdk = self.sdk
        client = sdk.text("client") or pascal(title, fallback="Api")
        client = avoid(pascal(client, fallback="Api"), {"Async" + client})
        import_name = snake(sdk.text("package") or f"{title} client", fallback="api")
        return ir.Package(
            import_name=avoid(import_name, builtins_too=True),
            distribution=sdk.text("distribution") or import_name.replace("_", "-"),
            version=sdk.text("version") or "0.1.0",
            client_class=client,
            async_client_class=f"Async{client}",
            cli_name=kebab(sdk.text("cli") or title),
            error_base=pascal(sdk.text("error_base") or f"{client} Error"),
            env_prefix=constant(sdk.text("env_prefix") or title),
        )

    def _token_provider(self, operations_ir: list[ir.Operation]) -> dict[str, Any]:
        """x-token-provider of a security scheme, with its operation's Python name."""
        schemes = (self.document.get("components") or {}).get("securitySchemes") or {}
        by_id = {op.operation_id: op for op in operations_ir}
        for name, scheme in schemes.items():
            provider = resolve(self.document, scheme).get("x-token-provider")
            if isinstance(provider, dict) and provider.get("operation") in by_id:
                return {
                    "scheme": str(name),
                    "operation": by_id[provider["operation"]].python_name,
                    "token_header": str(provider.get("token_header", "")),
                    "expires_at": str(provider.get("expires_at", "")),
                    "body": provider.get("body") or {},
                }
            if isinstance(provider, dict):
                self.warnings.append(
                    f"x-token-provider of {name}: no operation {provider.get('operation')!r}"
                )
        return {}

    def _examples(self) -> list[ir.Example]:
        return [
            ir.Example(
                title=_text(e.title),
                text=_text(e.description),
                language=snake(e.language, fallback="text"),
                code=_text(e.code),
            )
            for e in self.sdk.examples
        ]

    def _client_parameters(self) -> list[ir.ClientParameter]:
        return [
            ir.ClientParameter(
                # a keyword of the constructor and of the methods, and a client property
                python_name=avoid(
                    snake(name), METHOD_RESERVED | CONSTRUCTOR_RESERVED | CLIENT_ATTRIBUTES
                ),
                wire_name=name,
                env=declared.env,
                description=_text(declared.description),
            )
            for name, declared in self.sdk.client_parameters.items()
        ]

    def _lookups(self, parameters: list[ir.ClientParameter], ops: list[ir.Operation]) -> None:
        """x-sdk lookup of each client parameter, by the Python names of the SDK."""
        by_id = {op.operation_id: op for op in ops}
        for parameter in parameters:
            lookup = self.sdk.client_parameters[parameter.wire_name].lookup
            if lookup is None:
                continue
            op = by_id.get(lookup.operation)
            if op is None:
                self.warnings.append(
                    f"lookup of {parameter.wire_name}: no operation {lookup.operation!r}"
                )
                continue
            arguments = {p.wire_name: p.python_name for p in op.arguments}
            parameter.lookup = {
                "operation": op.python_name,
                "arguments": {
                    arguments.get(name, snake(name)): value
                    for name, value in lookup.arguments.items()
                },
                "items": lookup.items,
                "value": lookup.value,
            }

    def _regions(self) -> dict[str, dict[str, Any]]:
        regions: dict[str, dict[str, Any]] = {}
        for name, declared in self.sdk.regions.items():
            region: dict[str, Any] = {}
            if declared.endpoint:
                region["endpoint"] = declared.endpoint
            if declared.endpoints:
                region["endpoints"] = {snake(k): v for k, v in sorted(declared.endpoints.items())}
            regions[name] = region
        return regions

    def _servers(self, servers: Any) -> list[ir.Server]:
        result = []
        for server in servers or []:
            if not isinstance(server, dict) or not isinstance(server.get("url"), str):
                continue
            variables = [
                ir.ServerVariable(
                    name=str(name),
                    default=str(var.get("default", "")),
                    description=_text(var.get("description")),
                    enum=[str(v) for v in var.get("enum") or []],
                )
                for name, var in (server.get("variables") or {}).items()
                if isinstance(var, dict)
            ]
            name = (
                snake(str(server.get("x-name") or ""), fallback="") if server.get("x-name") else ""
            )
            result.append(
                ir.Server(server["url"], _text(server.get("description")), variables, name)
            )
        return result

    def _security_schemes(self, env_prefix: str) -> list[ir.SecurityScheme]:
        schemes = (self.document.get("components") or {}).get("securitySchemes") or {}
        arguments = Namespace(reserved=CONSTRUCTOR_RESERVED)
        result = []
        for name, scheme in schemes.items():
            scheme = resolve(self.document, scheme)
            kind, location, parameter = _scheme_kind(scheme)
            argument = ""
            if kind not in ("signing", "unsupported"):
                wanted = snake(str(scheme.get("x-sdk-name") or name), fallback="credential")
                argument = arguments.claim(avoid(wanted, CONSTRUCTOR_RESERVED), str(name))
            result.append(
                ir.SecurityScheme(
                    name=str(name),
                    kind=kind,  # type: ignore[arg-type]
                    argument=argument,
                    env=f"{env_prefix}_{argument.upper()}" if argument else "",
                    location=location,
                    parameter=parameter,
                    description=_text(scheme.get("description")),
                    signing=dict(scheme.get("x-signing") or {}),
                    token_url=_token_url(scheme),
                    scopes=sorted(self._requested_scopes(str(name))),
                )
            )
            if kind == "unsupported":
                self.warnings.append(f"security scheme {name!r}: {parameter} is not supported")
        return result

    def _requested_scopes(self, scheme: str) -> set[str]:
        """Every scope the spec's security requirements ask of a scheme."""
        requirements = list(self.document.get("security") or [])
        for _, _, _, op in operations(self.document):
            requirements += op.get("security") or []
        return {
            str(scope)
            for requirement in requirements
            if isinstance(requirement, dict) and isinstance(requirement.get(scheme), list)
            for scope in requirement[scheme]
        }

    def _security(self, requirements: Any) -> list[list[str]] | None:
        if not isinstance(requirements, list):
            return None
        return [
            sorted(str(name) for name in requirement) if isinstance(requirement, dict) else []
            for requirement in requirements
        ]

    def _envelope(self, declared: Any) -> ir.ErrorEnvelope | None:
        if not isinstance(declared, dict):
            return None
        return ir.ErrorEnvelope(
            code_field=str(declared.get("code_field", "")),
            message_field=str(declared.get("message_field", "")),
            success_field=str(declared.get("success_field", "")),
        )

    # -- operations -----------------------------------------------------------------------

    def _operations(
        self, client_wire_names: set[str], client_properties: set[str]
    ) -> list[ir.Operation]:
        names = Namespace(reserved=CLIENT_RESERVED | client_properties)
        result = []
        ordered = sorted(
            operations(self.document), key=lambda o: (str(o[3].get("operationId", "")), o[1], o[2])
        )
        for _, path, method, op in ordered:
            wanted = snake(str(op.get("operationId") or f"{method} {path}"), fallback="operation")
            python_name = names.claim(
                avoid(wanted, CLIENT_RESERVED | client_properties), str(op.get("operationId", ""))
            )
            result.append(self._operation(python_name, path, method, op, client_wire_names))
        for operation in result:  # extra methods take names after every operation has its own
            self._extras(operation, names)
        self.warnings.extend(f"operation {o!r} is named {g!r}" for o, g in names.renamed)
        return result

    def _extras(self, op: ir.Operation, names: Namespace) -> None:
        raw = self.document["paths"][op.path][op.method.lower()]
        op.pagination = self._pagination(op, raw.get("x-pagination"))
        if op.pagination is not None:
            op.iterator_name = names.claim(f"{op.python_name}_iter")
        for waiter_name, declared in (raw.get("x-waiters") or {}).items():
            if isinstance(declared, dict):
                op.waiters.append(
                    ir.Waiter(
                        name=snake(str(waiter_name)),
                        method_name=names.claim(f"wait_until_{snake(str(waiter_name))}"),
                        state=str(declared.get("state", "")),
                        success=[str(v) for v in declared.get("success") or []],
                        failure=[str(v) for v in declared.get("failure") or []],
                        interval=float(declared.get("interval", 5)),
                        timeout=float(declared.get("timeout", 600)),
                    )
                )
        wait = raw.get("x-wait")
        if isinstance(wait, dict) and wait.get("waiter"):
            op.cli_wait = ir.CliWait(
                snake(str(wait["waiter"])),
                {snake(str(k)): str(v) for k, v in (wait.get("arguments") or {}).items()},
            )

    def _pagination(self, op: ir.Operation, declared: Any) -> ir.Pagination | None:
        if not isinstance(declared, dict) or op.success is None or op.success.type is None:
            return None
        by_wire = {p.wire_name: p.python_name for p in op.arguments if p.location == "query"}
        page = self.schemas.model_named.get(op.success.type.name)
        fields = {f.wire_name: f for f in page.fields} if page else {}
        items = fields.get(str(declared.get("items", "")))
        offset, limit = by_wire.get(str(declared.get("offset"))), by_wire.get(
            str(declared.get("limit"))
        )
        if not (offset and limit and items and items.type.kind == "list"):
            self.warnings.append(
                f"{op.python_name}: x-pagination does not match its parameters or answer"
            )
            return None
        total = fields.get(str(declared.get("total", "")))
        return ir.Pagination(
            style="page" if declared.get("style") == "page" else "offset",
            offset_argument=offset,
            limit_argument=limit,
            items_attribute=items.python_name,
            item_type=items.type.items[0],
            total_attribute=total.python_name if total else "",
            start=int(declared.get("start", 0)),
        )

    def _operation(
        self, name: str, path: str, method: str, op: dict[str, Any], client_wire_names: set[str]
    ) -> ir.Operation:
        hint = pascal(name, fallback="Operation")
        item = self.document["paths"][path]
        item_pointer = f"#/paths/{escape_token(path)}"
        op_pointer = f"{item_pointer}/{method}"
        parameters = self._parameters(
            [
                *_numbered(item.get("parameters"), f"{item_pointer}/parameters"),
                *_numbered(op.get("parameters"), f"{op_pointer}/parameters"),
            ],
            hint,
            client_wire_names,
        )
        flags = Namespace(reserved=CLI_RESERVED | {p.cli_flag for p in parameters})
        body = self._body(op.get("requestBody"), f"{op_pointer}/requestBody", hint, flags)
        responses = self._responses(op.get("responses") or {}, f"{op_pointer}/responses", hint)
        if op.get("responses") == {}:  # documents nothing: the answer as it came (a warning)
            responses = [ir.Response("default", "", ir.TypeRef("primitive", "bytes"), "", "")]
        successes = [r for r in responses if r.status.startswith("2")] or [
            r for r in responses if r.status == "default"
        ]
        accept = _unique(r.media_type for r in responses if r.media_type)
        tags = op.get("tags") or ["default"]
        operation = ir.Operation(
            python_name=name,
            operation_id=str(op.get("operationId", name)),
            cli_name=name.replace("_", "-"),
            method=method.upper(),
            path=path,
            tag=str(tags[0]),
            summary=_text(op.get("summary")),
            description=_text(op.get("description")),
            parameters=parameters,
            body=body,
            success=successes[0] if successes else None,
            successes=successes,
            accept="" if accept in ([], ["application/json"]) else ", ".join(accept),
            responses=responses,
            envelope=self._envelope(op.get("x-error-envelope"))
            or self._envelope(self.document.get("x-error-envelope"))
            or ir.ErrorEnvelope(),
            security=self._security(op.get("security")),
            servers=self._servers(op.get("servers") or item.get("servers")),
            iam_action=_text(op.get("x-iam-action")),
            deprecated=bool(op.get("deprecated")),
        )
        operation.example = _cli_example(operation)
        return operation

    def _parameters(
        self, raw: list[tuple[Any, str]], hint: str, client_wire_names: set[str]
    ) -> list[ir.Parameter]:
        merged: dict[tuple[str, str], tuple[dict[str, Any], str]] = {}
        for parameter, pointer in raw:  # operation-level parameters override path-level ones
            parameter, pointer = self._located(parameter, pointer)
            if isinstance(parameter, dict) and parameter.get("name") and parameter.get("in"):
                merged[(str(parameter["in"]), str(parameter["name"]))] = (parameter, pointer)
        names = Namespace(reserved=METHOD_RESERVED)
        flags = Namespace(reserved=CLI_RESERVED)
        result = []
        for (location, wire), (parameter, pointer) in merged.items():
            if location == "header" and wire.lower() in ("accept", "authorization"):
                continue
            from_client = wire if location == "path" and wire in client_wire_names else ""
            python_name = names.claim(avoid(snake(wire, fallback="param"), METHOD_RESERVED), wire)
            schema = parameter.get("schema") or _first_media_schema(parameter.get("content"))
            schema_pointer = f"{pointer}/schema" if parameter.get("schema") else ""
            style = str(parameter.get("style") or ir.DEFAULT_STYLE.get(location, "form"))
            result.append(
                ir.Parameter(
                    python_name=python_name,
                    wire_name=wire,
                    location=location,  # type: ignore[arg-type]
                    type=self.schemas.type_of(schema, f"{hint}{pascal(wire)}"),
                    required=bool(parameter.get("required")) or location == "path",
                    description=_text(parameter.get("description")),
                    default=(schema or {}).get("default") if isinstance(schema, dict) else None,
                    has_default=isinstance(schema, dict) and "default" in schema,
                    style=style,
                    explode=bool(parameter.get("explode", style == "form")),
                    allow_reserved=bool(parameter.get("allowReserved")),
                    deprecated=bool(parameter.get("deprecated")),
                    cli_flag="" if from_client else flags.claim(kebab(python_name)),
                    schema_pointer=schema_pointer,
                    from_client=from_client,
                )
            )
        self.warnings.extend(f"{hint}: parameter {o!r} is named {g!r}" for o, g in names.renamed)
        return result

    def _body(self, raw: Any, pointer: str, hint: str, flags: Namespace) -> ir.Body | None:
        body, pointer = self._located(raw, pointer)
        if not isinstance(body, dict) or not body.get("content"):
            return None
        media_type, media = _pick_media(body["content"])
        schema = media.get("schema") if isinstance(media, dict) else None
        body_type = self.schemas.type_of(schema or {}, f"{hint}Request")
        if not _JSON_MEDIA.match(media_type) and body_type.kind == "primitive":
            body_type = ir.TypeRef("primitive", "bytes")
        result = ir.Body(
            media_type,
            body_type,
            bool(body.get("required")),
            _text(body.get("description")),
            _schema_pointer(pointer, media_type, schema),
            encoding=_part_types(media),
        )
        if body_type.kind == "model" and _JSON_MEDIA.match(media_type):
            model = self.schemas.model_named[body_type.name]
            # Every field the request may set, so that no required one needs --body; the
            # CLI takes values of other than scalar types as JSON.
            for field in model.fields:
                flag = kebab(field.wire_name)
                flag = flag if flag not in flags else f"body-{flag}"
                if flag not in flags and not field.read_only:
                    result.flags.append(
                        ir.BodyFlag(
                            field.wire_name,
                            flags.claim(flag),
                            field.type,
                            self._flag_description(field),
                            field.required,
                        )
                    )
        return result

    def _flag_description(self, field: ir.Field) -> str:
        """A body field's description; for an object, what it is and which fields it needs."""
        if field.type.kind != "model":
            return field.description
        model = self.schemas.model_named[field.type.name]
        needs = [f.wire_name for f in model.fields if f.required and not f.read_only]
        parts = [field.description or model.description]
        if needs:
            parts.append(f"Needs {', '.join(needs)}.")
        return " ".join(p for p in parts if p)

    def _responses(self, raw: dict[str, Any], pointer: str, hint: str) -> list[ir.Response]:
        result = []
        for status in sorted(raw, key=_status_order):
            response, located = self._located(raw[status], f"{pointer}/{escape_token(status)}")
            if not isinstance(response, dict):
                continue
            content = response.get("content") or {}
            type_ref, media_type, schema_pointer = None, "", ""
            if content:
                media_type, media = _pick_media(content)
                schema = media.get("schema") if isinstance(media, dict) else None
                if _JSON_MEDIA.match(media_type) or media_type == EVENT_STREAM:
                    # An event stream's schema is its events' data (text when a string).
                    suffix = "Response" if str(status).startswith("2") else f"Error{status}"
                    type_ref = self.schemas.type_of(schema or {}, f"{hint}{suffix}")
                    schema_pointer = _schema_pointer(located, media_type, schema)
                else:
                    type_ref = ir.TypeRef("primitive", "str" if _is_text(media_type) else "bytes")
            result.append(
                ir.Response(
                    str(status),
                    _text(response.get("description")),
                    type_ref,
                    media_type,
                    schema_pointer,
                )
            )
        return result

    def _located(self, node: Any, pointer: str) -> tuple[Any, str]:
        """node with its local $refs followed, and the pointer of where it really is."""
        seen: set[str] = set()
        while isinstance(node, dict) and isinstance(node.get("$ref"), str):
            pointer = node["$ref"]
            if not pointer.startswith("#") or pointer in seen:
                return {}, ""
            seen.add(pointer)
            node = self._target(pointer)
        return node, pointer

    def _target(self, pointer: str) -> Any:
        """The node a local $ref names, its own $refs followed. Remembered: operations share
        the spec's parameters and responses, and each use would walk the pointer again."""
        if pointer not in self._targets:
            self._targets[pointer] = resolve(self.document, {"$ref": pointer})
        return self._targets[pointer]


def _token_url(scheme: dict[str, Any]) -> str:
    flows = scheme.get("flows") if scheme.get("type") == "oauth2" else None
    flow = flows.get("clientCredentials") if isinstance(flows, dict) else None
    return str(flow.get("tokenUrl", "")) if isinstance(flow, dict) else ""


def _scheme_kind(scheme: dict[str, Any]) -> tuple[str, str, str]:
    """(kind, apiKey location, parameter) of a security scheme."""
    kind = scheme.get("type")
    if scheme.get("x-signing"):
        return "signing", "", ""
    if kind == "apiKey":
        return "apiKey", str(scheme.get("in", "header")), str(scheme.get("name", ""))
    if kind == "http":
        http = str(scheme.get("scheme", "")).lower()
        return (http, "", http) if http in ("bearer", "basic") else ("unsupported", "", http)
    if kind in ("oauth2", "openIdConnect"):
        return "oauth2", "", ""
    return "unsupported", "", str(kind)


def _numbered(items: Any, pointer: str) -> list[tuple[Any, str]]:
    return [(item, f"{pointer}/{i}") for i, item in enumerate(items or [])]


def _schema_pointer(located: str, media_type: str, schema: Any) -> str:
    if not located or not isinstance(schema, dict):
        return ""
    if set(schema) == {"$ref"} and str(schema["$ref"]).startswith("#"):
        return str(schema["$ref"])  # the schema's own place: one name for one schema
    return f"{located}/content/{escape_token(media_type)}/schema"


def _pick_media(content: dict[str, Any]) -> tuple[str, Any]:
    for media_type, media in content.items():
        if _JSON_MEDIA.match(media_type) or media_type == EVENT_STREAM:
            return media_type, media
    media_type = next(iter(content))
    return media_type, content[media_type]


def _part_types(media: Any) -> list[tuple[str, str]]:
    encoding = media.get("encoding") if isinstance(media, dict) else None
    if not isinstance(encoding, dict):
        return []
    return [
        (str(name), str(entry["contentType"]))
        for name, entry in encoding.items()
        if isinstance(entry, dict) and isinstance(entry.get("contentType"), str)
    ]


def _is_text(media_type: str) -> bool:
    """Media whose body is text the SDK returns as str (event streams are not: they stream)."""
    return media_type.startswith("text/") and media_type != "text/event-stream"


def _first_media_schema(content: Any) -> Any:
    if isinstance(content, dict) and content:
        return _pick_media(content)[1].get("schema")
    return None


def _status_order(status: Any) -> tuple[int, str]:
    text = str(status)
    return (int(text), text) if text.isdigit() else (1000, text)


def _cli_example(operation: ir.Operation) -> str:
    parts = [operation.cli_name]
    for parameter in operation.arguments:
        if parameter.required:
            parts.append(f"--{parameter.cli_flag} {constant(parameter.python_name)}")
    if operation.body is not None:
        parts.append("--body @request.json")
    return " ".join(parts)


def _unique(values: Any) -> list[Any]:
    return list(dict.fromkeys(values))


def _text(value: Any) -> str:
    return value.strip() if isinstance(value, str) else ""
