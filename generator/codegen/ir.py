"""The intermediate representation: what templates read. Plain data, no spec left in it.

Every name here is already a safe Python identifier, unique where it must be; every string
that came from the spec is carried as data and escaped by the template filter for the
place it lands (docstring, string literal, help text).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal


@dataclass(frozen=True)
class TypeRef:
    """A Python type: a primitive, a model or enum by name, a list, a map, or a union."""

    kind: Literal["primitive", "model", "enum", "list", "map", "union"]
    name: str = ""  # primitive (str, int, float, bool, bytes, any, none), or class name
    items: tuple[TypeRef, ...] = ()  # list/map: (item,); union: the variants
    nullable: bool = False
    discriminator: Discriminator | None = None

    def with_nullable(self, nullable: bool = True) -> TypeRef:
        return TypeRef(self.kind, self.name, self.items, nullable, self.discriminator)


@dataclass(frozen=True)
class Discriminator:
    """Which property tells union variants apart, and the value that selects each one."""

    wire_name: str
    mapping: tuple[tuple[str, str], ...]  # (wire value, model class name)


@dataclass
class Field:
    # The schema converter passes these by position (a big spec has tens of thousands of
    # fields): a change of their order is a change there too.
    python_name: str
    wire_name: str
    type: TypeRef
    required: bool
    description: str = ""
    default: Any = None
    has_default: bool = False
    secret: bool = False
    read_only: bool = False  # never sent in a request body
    write_only: bool = False
    deprecated: bool = False


@dataclass
class Model:
    name: str
    wire_name: str  # the schema's name or its place in the spec, for messages and docs
    description: str = ""
    fields: list[Field] = field(default_factory=list)
    extra_allowed: bool = True
    extra_type: TypeRef | None = None  # the type of unlisted properties' values, when typed


@dataclass
class EnumMember:
    python_name: str
    value: str | int | float | bool


@dataclass
class Enum:
    name: str
    wire_name: str
    base: Literal["str", "int", "float"]
    members: list[EnumMember]
    description: str = ""


# OpenAPI's default style of each parameter location; explode defaults to style == "form".
DEFAULT_STYLE = {"path": "simple", "query": "form", "header": "simple", "cookie": "form"}


@dataclass
class Parameter:
    python_name: str
    wire_name: str
    location: Literal["path", "query", "header", "cookie"]
    type: TypeRef
    required: bool
    description: str = ""
    default: Any = None
    has_default: bool = False
    style: str = ""  # OpenAPI's style, always set: simple, form, label, matrix, deepObject, ...
    explode: bool = True
    allow_reserved: bool = False
    deprecated: bool = False
    cli_flag: str = ""
    schema_pointer: str = ""  # where the schema is in the bundled spec ("" when it has none)
    # Filled by the client from its configuration (project_id); not a method argument.
    from_client: str = ""


@dataclass
class Body:
    media_type: str
    type: TypeRef
    required: bool
    description: str = ""
    schema_pointer: str = ""
    # Top-level fields of an object body, offered as CLI flags (objects and lists as JSON).
    flags: list[BodyFlag] = field(default_factory=list)
    # multipart: the content type of a part, by property wire name (OpenAPI's encoding).
    encoding: list[tuple[str, str]] = field(default_factory=list)


@dataclass
class BodyFlag:
    wire_name: str
    cli_flag: str
    type: TypeRef
    description: str = ""
    required: bool = False


@dataclass
class Response:
    status: str
    description: str
    type: TypeRef | None  # None: no JSON body
    media_type: str = ""
    schema_pointer: str = ""


@dataclass
class Pagination:
    """How to walk a list operation's pages (x-pagination)."""

    style: Literal["offset", "page"]
    offset_argument: str  # python name of the offset (or page number) parameter
    limit_argument: str  # python name of the page size parameter
    items_attribute: str  # python name of the response field holding the items
    item_type: TypeRef
    total_attribute: str = ""
    start: int = 0


@dataclass
class Waiter:
    """Poll an operation until a state field reaches a value (x-waiters)."""

    name: str
    method_name: str  # wait_until_<name>
    state: str  # JSON pointer into the answer, by wire names
    success: list[str]
    failure: list[str]
    interval: float
    timeout: float


@dataclass
class CliWait:
    """What --wait does after an operation: which waiter, with which arguments (x-wait)."""

    waiter: str
    # waiter argument -> request argument name, or /pointer into the answer
    arguments: dict[str, str]


@dataclass
class ErrorEnvelope:
    code_field: str = ""
    message_field: str = ""
    success_field: str = ""


@dataclass
class Operation:
    python_name: str
    operation_id: str
    cli_name: str
    method: str
    path: str
    tag: str
    summary: str
    description: str
    parameters: list[Parameter]
    body: Body | None
    success: Response | None  # the first of successes
    responses: list[Response]
    envelope: ErrorEnvelope
    # Alternatives of schemes applied together; None: the API default; []: none needed.
    security: list[list[str]] | None
    servers: list[Server] = field(default_factory=list)
    iam_action: str = ""
    deprecated: bool = False
    example: str = ""  # a CLI example line
    pagination: Pagination | None = None
    iterator_name: str = ""  # <name>_iter, when paginated
    waiters: list[Waiter] = field(default_factory=list)
    cli_wait: CliWait | None = None
    # The answers that are results: the 2xx responses, else `default`, in status order.
    successes: list[Response] = field(default_factory=list)
    accept: str = ""  # the Accept header: the responses' media types ("" for JSON only)

    @property
    def event_stream(self) -> bool:
        """Answers text/event-stream: the method yields events as they arrive."""
        return any(r.media_type == "text/event-stream" for r in self.successes)

    @property
    def result_types(self) -> dict[str, TypeRef | None]:
        """Status -> type of each success, when they differ; {} when one type serves all."""
        distinct = {r.type for r in self.successes}
        return {r.status: r.type for r in self.successes} if len(distinct) > 1 else {}

    @property
    def result_type(self) -> TypeRef | None:
        """The method's return type: the union of its successes' types (None: no body)."""
        types = list(dict.fromkeys(r.type for r in self.successes if r.type is not None))
        if len(types) > 1:
            return TypeRef("union", items=tuple(types))
        return types[0] if types else None

    @property
    def arguments(self) -> list[Parameter]:
        """Parameters the caller passes, required ones first (so signatures read well)."""
        own = [p for p in self.parameters if not p.from_client]
        return sorted(own, key=lambda p: not p.required)


@dataclass
class ServerVariable:
    name: str
    default: str
    description: str = ""
    enum: list[str] = field(default_factory=list)


@dataclass
class Server:
    url: str
    description: str = ""
    variables: list[ServerVariable] = field(default_factory=list)
    name: str = ""  # x-name: lets users override this server's URL by name


@dataclass
class SecurityScheme:
    """A way to authenticate, and the constructor keyword that takes its credential."""

    name: str  # its key in components.securitySchemes
    # apiKey (header, query or cookie), http bearer or basic, oauth2 (and openIdConnect):
    # a token; signing: AK/SK (x-signing); unsupported: an http scheme the SDK cannot send.
    kind: Literal["apiKey", "bearer", "basic", "oauth2", "signing", "unsupported"]
    argument: str = ""  # the keyword (snake_case of the key, or x-sdk-name); "" for signing
    env: str = ""  # the environment variable read when the keyword is not given
    location: str = ""  # apiKey: header, query or cookie
    parameter: str = ""  # apiKey: the header, query or cookie name; http: the scheme
    description: str = ""
    signing: dict[str, Any] = field(default_factory=dict)
    # oauth2 with a clientCredentials flow: where the SDK fetches tokens, and the scopes
    # the spec's requirements ask of the scheme.
    token_url: str = ""
    scopes: list[str] = field(default_factory=list)


@dataclass
class ClientParameter:
    """A value every call needs (project_id), set once on the client or from the environment."""

    python_name: str
    wire_name: str
    env: str
    description: str = ""
    # How the client finds the value when it is not set (x-sdk lookup): the operation (its
    # Python name), its arguments by Python name ("{region}" filled in), the JSON pointer of
    # the answer's list, and the field of its one item; {} when it is not looked up.
    lookup: dict[str, Any] = field(default_factory=dict)


@dataclass
class Package:
    """Names of the generated distribution."""

    import_name: str
    distribution: str
    version: str
    client_class: str
    async_client_class: str
    cli_name: str
    error_base: str
    env_prefix: str


@dataclass
class Example:
    """A usage example the spec gives for the generated README (x-sdk.examples)."""

    title: str
    text: str
    language: str
    code: str


@dataclass
class Tag:
    name: str
    description: str = ""


@dataclass
class Api:
    title: str
    version: str
    description: str
    package: Package
    servers: list[Server]
    security_schemes: list[SecurityScheme]
    # Requirements: alternatives (OR), each a list of schemes applied together (AND).
    default_security: list[list[str]]
    envelope: ErrorEnvelope
    client_parameters: list[ClientParameter]
    tags: list[Tag]
    operations: list[Operation]
    models: list[Model]
    enums: list[Enum]
    # Every component schema's pointer in the bundled spec, with its Python type.
    component_types: list[tuple[str, TypeRef]] = field(default_factory=list)
    examples: list[Example] = field(default_factory=list)
    # A security scheme whose token the client can fetch itself (x-token-provider).
    token_provider: dict[str, Any] = field(default_factory=dict)
    config_file: str = ""
    # The regions the API runs in (x-sdk regions), each with the URLs that are not its
    # servers' templates filled in ("endpoint"; "endpoints" by server name); {}: any region.
    regions: dict[str, dict[str, Any]] = field(default_factory=dict)
    # Wire names of fields the spec marks secret (format: password, x-secret): redacted in logs.
    secret_fields: list[str] = field(default_factory=list)
    # The bundled spec itself (not a copy): the renderer writes it as the mock server's data.
    document: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)
    warnings: list[str] = field(default_factory=list)

    @property
    def signing(self) -> bool:
        """AK/SK signing: the client takes ak, sk and security_token."""
        return any(s.kind == "signing" for s in self.security_schemes)

    @property
    def regional(self) -> bool:
        """The server URL has a {region}: the client takes region."""
        return any(v.name == "region" for s in self.servers[:1] for v in s.variables)

    @property
    def credential_arguments(self) -> list[SecurityScheme]:
        """The schemes that take a constructor keyword, one per keyword."""
        seen: dict[str, SecurityScheme] = {}
        for scheme in self.security_schemes:
            if scheme.argument and scheme.kind != "unsupported":
                seen.setdefault(scheme.argument, scheme)
        return list(seen.values())
