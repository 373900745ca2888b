"""The transport every generated method goes through: build, authenticate, send, retry, parse.

Generated client methods are one call to ``_call`` with the operation's description (an
``OperationSpec`` from ``_operations``) and the caller's arguments; everything else lives
here once, shared by the sync and the async client.
"""

from __future__ import annotations

import asyncio
import base64
import copy
import email.utils
import enum
import json
import os
import random
import time
import warnings
from dataclasses import dataclass, field
from typing import Any, AsyncIterator, Iterator, Mapping, TypeVar, Union
from urllib.parse import unquote, urlsplit

import httpx
import pydantic
from httpx_sse import EventSource
import pydantic_core

from . import _settings
from ._exceptions import (
    APIConnectionError,
    APIResponseValidationError,
    APITimeoutError,
    ConfigurationError,
    status_error,
)
from ._bodies import Content, one_shot
from ._bodies import encode as encode_body
from ._config import config_path, load_profile
from ._oauth import ClientCredentials
from ._streaming import (
    AsyncStreamedResponse,
    Event,
    HttpAnswer,
    StreamedResponse,
    StreamingView,
    event,
)
from ._model_base import without_read_only
from ._logging import configure_from_environment, log_request, log_response, log_retry
from ._params import DEFAULT_STYLE, cookie_pairs, header_value, join_query, path_value, query_items
from ._signing import canonical_query, query_pairs, sign
from ._token import TokenCache, token_request

T = TypeVar("T")


class NotGiven:
    """Marks an argument the caller left out (None can be a meaningful value)."""

    def __bool__(self) -> bool:
        return False

    def __repr__(self) -> str:
        return "NOT_GIVEN"


NOT_GIVEN = NotGiven()
Timeout = Union[float, httpx.Timeout, None]
DEFAULT_TIMEOUT = httpx.Timeout(60.0, connect=10.0)
DEFAULT_MAX_RETRIES = 2
RETRY_STATUSES = frozenset({408, 429, 500, 502, 503, 504})
# Answers that say the request was not processed: safe to repeat whatever the method.
RETRY_ANY_METHOD = frozenset({429, 503})
IDEMPOTENT = frozenset({"GET", "HEAD", "PUT", "DELETE", "OPTIONS", "TRACE"})
MAX_BACKOFF = 8.0


@dataclass(frozen=True)
class Param:
    python_name: str
    wire_name: str
    location: str  # path, query, header, cookie
    style: str = ""  # "": the location's default (simple for path and header, else form)
    explode: bool | None = None  # None: style == "form", as OpenAPI says
    allow_reserved: bool = False
    deprecated: bool = False
    from_client: bool = False

    @property
    def wire_style(self) -> tuple[str, bool]:
        style = self.style or DEFAULT_STYLE[self.location]
        return style, style == "form" if self.explode is None else self.explode


@dataclass(frozen=True)
class OperationSpec:
    name: str
    method: str
    path: str
    params: tuple[Param, ...] = ()
    body_media_type: str = ""
    body_encoding: tuple[tuple[str, str], ...] = ()  # multipart: part -> content type
    accept: str = ""  # the response media types; "" for application/json
    # Alternatives, each of schemes applied together; None: the API's default; (): none.
    security: tuple[tuple[str, ...], ...] | None = None
    server: str = ""  # URL template when the operation has its own server
    server_name: str = ""  # its name: {ENV_PREFIX}_{NAME}_ENDPOINT or endpoints={name: url}
    envelope: tuple[str, str, str] = ("", "", "")  # success, code, message fields


@dataclass
class Credentials:
    # By constructor keyword: the credential of each security scheme (a token, an API key,
    # a (user, password) pair, or a function returning a token).
    schemes: dict[str, Any] = field(default_factory=dict)
    # AK/SK request signing (x-signing).
    ak: str | None = None
    sk: str | None = None
    security_token: str | None = None
    # For a token obtained from the spec's token operation (IAM), renewed before it expires.
    username: str | None = None
    password: str | None = None
    domain: str | None = None

    def __repr__(self) -> str:  # never show secrets in tracebacks or logs
        shown = {k: ("***" if v and k in _SECRET_CREDENTIALS else v) for k, v in vars(self).items()}
        shown["schemes"] = {k: "***" for k, v in self.schemes.items() if v}
        return f"Credentials({shown})"


_SECRET_CREDENTIALS = frozenset({"sk", "security_token", "password"})


def _env(name: str) -> str | None:
    return os.environ.get(name) or None if name else None


def _first(*values: str | None) -> str | None:
    return next((v for v in values if v), None)


def _named_endpoint_env(name: str) -> str:
    return f"{_settings.ENVIRONMENT['endpoint'].rsplit('_', 1)[0]}_{name.upper()}_ENDPOINT"


def token_operation() -> OperationSpec:
    from . import _operations

    spec: OperationSpec = getattr(_operations, _settings.TOKEN_PROVIDER["operation"].upper())
    return spec


def _credential_value(scheme: Mapping[str, Any], value: Any) -> Any:
    """A basic-auth pair from the environment or a profile is written "user:password"."""
    if scheme["kind"] == "basic" and isinstance(value, str):
        user, sep, password = value.partition(":")
        if not sep:
            raise ConfigurationError(f"{scheme['argument']}: expected user:password")
        return (user, password)
    return value


def expand_server(template: str, region: str | None) -> str:
    url = template
    for name, default in _settings.SERVER_VARIABLES.items():
        value = region if name == "region" and region else default
        url = url.replace("{" + name + "}", value)
    return url.rstrip("/")


@dataclass
class ClientOptions:
    """Settings shared by a client and the requests it sends: arguments > environment."""

    endpoint: str | None
    region: str | None
    credentials: Credentials
    client_parameters: dict[str, str | None]
    timeout: Timeout
    max_retries: int
    endpoints: dict[str, str] = field(default_factory=dict)
    extra_headers: dict[str, str] = field(default_factory=dict)

    @classmethod
    def resolve(
        cls,
        *,
        endpoint: str | None,
        client_parameters: Mapping[str, str | None],
        timeout: Timeout | NotGiven,
        max_retries: int | None,
        region: str | None = None,
        credentials: Mapping[str, Any] | None = None,
        ak: str | None = None,
        sk: str | None = None,
        security_token: str | None = None,
        endpoints: Mapping[str, str] | None = None,
        username: str | None = None,
        password: str | None = None,
        domain: str | None = None,
        profile: str | None = None,
    ) -> ClientOptions:
        """Each setting from the argument, else the environment, else the config profile."""
        env = _settings.ENVIRONMENT
        stored = load_profile(profile)

        def pick(argument: Any, key: str, env_name: str) -> Any:
            value = _first(argument, _env(env_name))
            return value if value else (stored[key] if stored.get(key) else None)

        schemes = {
            scheme["argument"]: _credential_value(
                scheme,
                pick(
                    (credentials or {}).get(scheme["argument"]), scheme["argument"], scheme["env"]
                ),
            )
            for scheme in _settings.SECURITY_SCHEMES.values()
            if scheme["argument"]
        }
        return cls(
            endpoint=pick(endpoint, "endpoint", env["endpoint"]),
            region=pick(region, "region", env["region"]) if _settings.REGIONAL else None,
            credentials=Credentials(
                schemes=schemes,
                ak=pick(ak, "ak", env["ak"]),
                sk=pick(sk, "sk", env["sk"]),
                security_token=pick(security_token, "security_token", env["security_token"]),
                username=pick(username, "username", env["username"]),
                password=pick(password, "password", env["password"]),
                domain=pick(domain, "domain", env["domain"]),
            ),
            client_parameters={
                name: pick(value, name, _settings.CLIENT_PARAMETERS[name])
                for name, value in client_parameters.items()
            },
            timeout=DEFAULT_TIMEOUT if isinstance(timeout, NotGiven) else timeout,
            max_retries=DEFAULT_MAX_RETRIES if max_retries is None else max_retries,
            endpoints={
                name: url
                for name in _settings.SERVER_NAMES
                if (
                    url := pick(
                        (endpoints or {}).get(name), f"{name}_endpoint", _named_endpoint_env(name)
                    )
                )
            },
        )

    def base_url(self, operation: OperationSpec) -> str:
        if operation.server_name in self.endpoints:
            return self.endpoints[operation.server_name].rstrip("/")
        if operation.server:
            return expand_server(operation.server, self.region)
        if self.endpoint:
            return self.endpoint.rstrip("/")
        if not _settings.DEFAULT_SERVER:
            raise ConfigurationError(
                f"no endpoint: pass endpoint=... or set {_settings.ENVIRONMENT['endpoint']}"
            )
        return expand_server(_settings.DEFAULT_SERVER, self.region)


def _wire_value(value: Any) -> Any:
    if isinstance(value, enum.Enum):
        return value.value
    return value


def jsonable(value: Any) -> Any:
    """A JSON-ready copy of value: models by wire name (fields set only), enums as values."""
    if isinstance(value, pydantic.BaseModel):
        return value.model_dump(mode="json", by_alias=True, exclude_unset=True)
    return pydantic_core.to_jsonable_python(value, by_alias=True, exclude_none=False)


_ADAPTERS: dict[Any, pydantic.TypeAdapter[Any]] = {}


def _first_error(error: pydantic.ValidationError) -> str:
    """One readable line: where in the answer, and what is wrong there."""
    first = error.errors(include_url=False)[0]
    where = ".".join(str(part) for part in first["loc"]) or "body"
    more = f" (and {error.error_count() - 1} more)" if error.error_count() > 1 else ""
    return f"{where}: {first['msg']}{more}"


def _path_segment(param: Param, value: Any) -> str:
    """A path parameter's value, encoded in its style. "", "." and ".." are refused: the URL
    would name another resource (/notebooks/ is the collection; /a/b/.. is /a)."""
    text = path_value(*param.wire_style, param.wire_name, value)
    if text in ("", ".", ".."):
        raise ValueError(f"path parameter {param.wire_name!r} cannot be {text!r}")
    return text


def _signed_query_value(param: Param, value: Any, items: list[tuple[str, str]]) -> Any:
    """A query parameter as the AK/SK signer reads it: a scalar, or a list whose items it
    sorts as values (9 before 10); any other style as the text it was sent as."""
    if isinstance(value, (list, tuple)) and param.wire_style == ("form", True):
        return [_wire_value(v) for v in value]
    if len(items) == 1 and not isinstance(value, (list, tuple, dict, pydantic.BaseModel)):
        return _wire_value(value)
    return None


# What _credential holds for a scheme the client signs for, or logs in for.
SIGNING, LOGIN = object(), object()


def _token_text(credential: Any) -> str:
    """A token, or the token a function returns (called for each request, so it may renew)."""
    return str(credential() if callable(credential) else credential)


def _auth_header(scheme: Mapping[str, Any], credential: Any) -> tuple[str, str] | None:
    """The header a header scheme sends, or None for query and cookie keys."""
    kind = scheme.get("kind")
    if kind == "apiKey":
        location = scheme.get("location")
        return (scheme["parameter"], _token_text(credential)) if location == "header" else None
    if isinstance(credential, ClientCredentials):
        return ("Authorization", f"Bearer {credential.token}")
    if kind == "basic":
        user, password = credential
        pair = base64.b64encode(f"{user}:{password}".encode()).decode()
        return ("Authorization", f"Basic {pair}")
    return ("Authorization", f"Bearer {_token_text(credential)}")


def _add_signed(
    signed: dict[str, Any], name: str, items: list[tuple[str, str]], value: Any
) -> None:
    if value is not None:
        signed[name] = value
        return
    for name, text in items:
        name, text = unquote(name), unquote(text)
        previous = signed.get(name)
        signed[name] = text if previous is None else [*_as_list(previous), text]


def _as_list(value: Any) -> list[Any]:
    return list(value) if isinstance(value, list) else [value]


def type_adapter(cast_to: Any) -> pydantic.TypeAdapter[Any]:
    """The (cached) validator of a type: strict, as the models are (no "1" for 1)."""
    adapter = _ADAPTERS.get(cast_to)
    if adapter is None:
        is_model = isinstance(cast_to, type) and issubclass(cast_to, pydantic.BaseModel)
        config = None if is_model else pydantic.ConfigDict(strict=True)
        adapter = _ADAPTERS[cast_to] = pydantic.TypeAdapter(cast_to, config=config)
    return adapter


class _Wire:
    """The parts of one request that parameters fill, each serialized in its style."""

    def __init__(self, operation: OperationSpec) -> None:
        self.path = operation.path
        self.query: list[tuple[str, str]] = []  # encoded, in the order of the parameters
        self.signed_query: dict[str, Any] = {}  # the same, as the AK/SK signer reads it
        self.cookies: list[tuple[str, str]] = []
        self.header_values = {
            "User-Agent": _settings.USER_AGENT,
            "Accept": operation.accept or "application/json",
        }

    def add_parameter(self, operation: OperationSpec, param: Param, value: Any) -> None:
        if param.deprecated:
            warnings.warn(
                f"{operation.name}: parameter {param.python_name!r} is deprecated",
                DeprecationWarning,
                stacklevel=5,
            )
        style, explode = param.wire_style
        if param.location == "path":
            self.path = self.path.replace("{" + param.wire_name + "}", _path_segment(param, value))
        elif param.location == "query":
            items = query_items(style, explode, param.wire_name, value, param.allow_reserved)
            self.query.extend(items)
            signed = _signed_query_value(param, value, items)
            _add_signed(self.signed_query, param.wire_name, items, signed)
        elif param.location == "header":
            self.header_values[param.wire_name] = header_value(explode, value)
        elif param.location == "cookie":
            self.cookies.extend(cookie_pairs(explode, param.wire_name, value))

    def headers(self) -> dict[str, str]:
        headers = dict(self.header_values)
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{name}={value}" for name, value in self.cookies)
        return headers

    def query_string(self, signing: bool) -> str:
        """ "?..." or "". A signed request sends the signer's canonical (sorted) query, as
        the official SDK does; any other keeps the parameters' order."""
        text = (
            canonical_query(query_pairs(self.signed_query)) if signing else join_query(self.query)
        )
        return "?" + text if text else ""


class BaseClient:
    """What the sync and async clients share: everything but sending and sleeping."""

    _options: ClientOptions
    _tokens: TokenCache
    _grants: dict[str, ClientCredentials]  # OAuth2 client-credentials tokens, by scheme
    _raw = False
    _stream = False
    _is_async = False

    @property
    def with_raw_response(self) -> Any:
        """The same client, whose methods return a RawResponse (status, headers, request id)."""
        view = copy.copy(self)
        view._raw = True
        return view

    @property
    def with_streaming_response(self) -> Any:
        """The same client, whose methods return the answer unread, as a context manager
        (``with``; ``async with`` for the async client) that reads it in chunks."""
        view = copy.copy(self)
        view._stream = True
        return StreamingView(view, self._is_async)

    def _build_request(
        self,
        operation: OperationSpec,
        arguments: Mapping[str, Any],
        body: Any,
        extra_headers: Mapping[str, str] | None,
        extra_query: Mapping[str, Any] | None,
    ) -> httpx.Request:
        wire = _Wire(operation)
        for param in operation.params:
            value = self._argument(param, arguments)
            if value is not None and not isinstance(value, NotGiven):
                wire.add_parameter(operation, param, value)
        plan = self._auth_plan(operation)
        for scheme, credential in plan:
            if scheme.get("kind") == "apiKey" and scheme["location"] in ("query", "cookie"):
                value = self._tokens.current() if credential is LOGIN else _token_text(credential)
                wire.add_parameter(
                    operation, Param("", scheme["parameter"], scheme["location"]), value
                )
        for name, value in (extra_query or {}).items():
            wire.add_parameter(operation, Param(name, name, "query"), value)
        headers = wire.headers()
        content = self._body(operation, body, headers)
        headers.update(self._options.extra_headers)
        headers.update(extra_headers or {})
        signing = any(credential is SIGNING for _, credential in plan)
        url = self._options.base_url(operation) + wire.path + wire.query_string(signing)
        headers.setdefault("Host", urlsplit(url).netloc)
        # A streamed body is never JSON, so the signer marks it UNSIGNED-PAYLOAD: it needs
        # to know only that there is a body.
        signed_body = content if isinstance(content, bytes) else b"(streamed)"
        headers = self._authenticate(
            plan, operation, wire.path, wire.signed_query, headers, signed_body
        )
        request = httpx.Request(operation.method, url, headers=headers, content=content)
        request.extensions["one_shot"] = one_shot(content)
        return request

    def _argument(self, param: Param, arguments: Mapping[str, Any]) -> Any:
        if not param.from_client:
            value = arguments.get(param.python_name)
            if param.location == "path" and (value is None or isinstance(value, NotGiven)):
                raise TypeError(f"missing required path parameter {param.python_name!r}")
            return value
        value = self._options.client_parameters.get(param.python_name)
        if not value:
            env = _settings.CLIENT_PARAMETERS.get(param.python_name, "")
            raise ConfigurationError(
                f"{param.python_name} is not set: pass {param.python_name}=... to the client"
                + (f" or set {env}" if env else "")
            )
        return value

    def _body(self, operation: OperationSpec, body: Any, headers: dict[str, str]) -> Content:
        if body is None or isinstance(body, NotGiven):
            return b""
        media_type = operation.body_media_type or "application/json"
        if "json" in media_type and not isinstance(body, (bytes, bytearray)):
            headers["Content-Type"] = media_type
            data = without_read_only(body, jsonable(body))
            return json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode()
        streaming = "async" if self._is_async else "sync"
        content, headers["Content-Type"] = encode_body(
            media_type, body, dict(operation.body_encoding), streaming
        )
        return content

    def _auth_plan(self, operation: OperationSpec) -> list[tuple[Mapping[str, Any], Any]]:
        """The schemes this call uses, each with its credential: the first alternative of
        the operation's security the caller has credentials for, every scheme of it. [] when
        the operation needs no authentication, or allows none."""
        alternatives = (
            _settings.DEFAULT_SECURITY if operation.security is None else operation.security
        )
        for requirement in alternatives:
            schemes = [_settings.SECURITY_SCHEMES.get(name, {}) for name in requirement]
            plan: list[tuple[Mapping[str, Any], Any]] = [
                (scheme, self._credential(scheme)) for scheme in schemes
            ]
            if plan and all(credential is not None for _, credential in plan):
                return plan
        if not alternatives or () in alternatives:  # `{}`: the call may go without
            return []
        raise ConfigurationError("no credentials: " + self._missing(alternatives))

    def _credential(self, scheme: Mapping[str, Any]) -> Any:
        """What the client holds for a scheme: a value, SIGNING, LOGIN, or None."""
        credentials = self._options.credentials
        if scheme.get("kind") == "signing":
            return SIGNING if credentials.ak and credentials.sk else None
        value = credentials.schemes.get(scheme.get("argument", ""))
        if isinstance(value, tuple) and scheme.get("kind") == "oauth2":
            return self._grant(scheme, value)
        if value is not None:
            return value
        provider = _settings.TOKEN_PROVIDER
        if provider and provider["scheme"] == scheme.get("name"):
            return LOGIN if credentials.username and credentials.password else None
        return None

    def _grant(self, scheme: Mapping[str, Any], client: tuple[str, str]) -> ClientCredentials:
        """The client-credentials token of an oauth2 scheme, one per client and scheme."""
        if not scheme.get("token_url"):
            raise ConfigurationError(
                f"{scheme['argument']}: a (client_id, client_secret) pair needs an OAuth2 "
                "clientCredentials flow, which this scheme does not declare; pass a token"
            )
        grant = self._grants.get(scheme["name"])
        if grant is None:
            scopes = tuple(scheme.get("scopes", ()))
            grant = self._grants[scheme["name"]] = ClientCredentials(
                scheme["token_url"], client, scopes
            )
        return grant

    def _pending_grants(self, operation: OperationSpec) -> list[ClientCredentials]:
        """Client-credentials tokens this call needs that are not at hand yet."""
        return [
            credential
            for _, credential in self._auth_plan(operation)
            if isinstance(credential, ClientCredentials) and not credential.current()
        ]

    def _missing(self, alternatives: tuple[tuple[str, ...], ...]) -> str:
        """What would satisfy the call: arguments and environment variables, per alternative."""
        env = _settings.ENVIRONMENT
        ways = []
        for requirement in alternatives:
            needs = []
            for name in requirement:
                scheme = _settings.SECURITY_SCHEMES.get(name, {})
                if scheme.get("kind") == "signing":
                    needs.append(f"ak=... and sk=... (or set {env['ak']} and {env['sk']})")
                elif scheme.get("argument"):
                    needs.append(f"{scheme['argument']}=... (or set {scheme['env']})")
                else:
                    needs.append(f"credentials of scheme {name!r}, which the SDK cannot send")
                provider = _settings.TOKEN_PROVIDER
                if provider and provider["scheme"] == name:
                    needs[-1] += (
                        f", or username=... and password=... (or set {env['username']} "
                        f"and {env['password']})"
                    )
            ways.append(" and ".join(needs))
        return "pass " + "; or ".join(ways) + f"; a profile in {config_path()} works too"

    def _needs_fetched_token(self, operation: OperationSpec) -> bool:
        if not self._options.credentials.password:  # the common case: no login, nothing to do
            return False
        return any(credential is LOGIN for _, credential in self._auth_plan(operation))

    def _token_body(self) -> Any:
        credentials = self._options.credentials
        return token_request(
            {
                "username": credentials.username,
                "password": credentials.password,
                "domain": credentials.domain or credentials.username,
                "region": self._options.region or _settings.SERVER_VARIABLES.get("region", ""),
            }
        )

    def _store_token(self, response: httpx.Response) -> None:
        token = response.headers.get(_settings.TOKEN_PROVIDER["token_header"])
        if not token:
            raise ConfigurationError("the token operation answered without a token")
        self._tokens.store(token, _json_or_none(response))

    def _authenticate(
        self,
        plan: list[tuple[Mapping[str, Any], Any]],
        operation: OperationSpec,
        path: str,
        query: Mapping[str, Any],
        headers: dict[str, str],
        content: bytes,
    ) -> dict[str, str]:
        """headers with the plan's header credentials added (a caller's own header stays);
        signed last, since the signature covers every header."""
        signing = None
        for scheme, credential in plan:
            if credential is SIGNING:
                signing = scheme
                continue
            header = _auth_header(
                scheme, self._tokens.current() if credential is LOGIN else credential
            )
            if header is not None and header[0].lower() not in {k.lower() for k in headers}:
                headers[header[0]] = header[1]
        if signing is None:
            return headers
        return self._sign(signing, path, query, headers, content, operation)

    def _sign(
        self,
        scheme: Mapping[str, Any],
        path: str,
        query: Mapping[str, Any],
        headers: dict[str, str],
        content: bytes,
        operation: OperationSpec,
    ) -> dict[str, str]:
        credentials = self._options.credentials
        signing = scheme.get("signing", {})
        project_id = self._options.client_parameters.get("project_id")
        if signing.get("project_header") and project_id:
            headers[signing["project_header"]] = project_id
        if signing.get("security_token_header") and credentials.security_token:
            headers[signing["security_token_header"]] = credentials.security_token
        assert credentials.ak and credentials.sk
        return sign(
            method=operation.method,
            path=path,
            query=query_pairs(query),
            headers=headers,
            body=content,
            ak=credentials.ak,
            sk=credentials.sk,
        )

    def _attempt(
        self,
        operation: OperationSpec,
        arguments: Mapping[str, Any],
        body: Any,
        extra_headers: Mapping[str, str] | None,
        extra_query: Mapping[str, Any] | None,
        timeout: Timeout | NotGiven,
        attempt: int,
    ) -> httpx.Request:
        """The request of one attempt: rebuilt each time, since a signature carries its time."""
        request = self._build_request(operation, arguments, body, extra_headers, extra_query)
        request.extensions["timeout"] = self._timeout(timeout)
        log_request(request, attempt)
        return request

    def _result(self, operation: OperationSpec, response: httpx.Response, cast_to: Any) -> Any:
        parsed = self._parse(operation, response, cast_to)
        return RawResponse(response, parsed) if self._raw else parsed

    def _parse(self, operation: OperationSpec, response: httpx.Response, cast_to: Any) -> Any:
        success_field = operation.envelope[0]
        if response.status_code >= 400 or success_field:
            data = _json_or_none(response)
            if response.status_code >= 400 or (
                isinstance(data, dict) and data.get(success_field) is False
            ):
                raise status_error(response, data, operation.envelope)
        if isinstance(cast_to, dict):  # successes of different types: the status picks one
            cast_to = _by_status(cast_to, response.status_code)
        if cast_to is None or response.status_code == 204 or not response.content:
            return None
        if cast_to is bytes:
            return response.content
        if cast_to is str:
            return response.text
        try:
            # by wire name only: a key equal to a field's Python name is an unknown field
            return type_adapter(cast_to).validate_json(response.content, by_name=False)
        except pydantic.ValidationError as error:
            raise APIResponseValidationError(
                response, _json_or_none(response), _first_error(error)
            ) from error

    def _retry_delay(
        self,
        request: httpx.Request,
        attempt: int,
        retries: int,
        response: httpx.Response | None,
        error: httpx.TransportError | None,
    ) -> float | None:
        """Seconds to wait before the next attempt; None when response is the answer.

        Raises the connection or timeout error when no attempt is left.
        """
        idempotent = request.method in IDEMPOTENT
        if request.extensions.get("one_shot"):  # an iterator or open file: it cannot be resent
            retries = 0
        if error is not None:
            # A connection that never opened surely did not reach the server.
            unsent = isinstance(error, (httpx.ConnectError, httpx.ConnectTimeout))
            if attempt < retries and (idempotent or unsent):
                delay = self._backoff(attempt, None)
                log_retry(f"{type(error).__name__}: {error}", delay)
                return delay
            if isinstance(error, httpx.TimeoutException):
                raise APITimeoutError(request) from error
            raise APIConnectionError(request, str(error) or type(error).__name__) from error
        assert response is not None
        status = response.status_code
        if attempt < retries and (
            status in RETRY_ANY_METHOD or (idempotent and status in RETRY_STATUSES)
        ):
            delay = self._backoff(attempt, response)
            log_retry(f"HTTP {status}", delay)
            return delay
        return None

    def _backoff(self, attempt: int, response: httpx.Response | None) -> float:
        retry_after = _retry_after(response) if response is not None else None
        if retry_after is not None and 0 <= retry_after <= 60:
            return retry_after
        delay: float = min(MAX_BACKOFF, 0.5 * 2**attempt)
        return delay * (1 - 0.25 * random.random())

    def _timeout(self, timeout: Timeout | NotGiven) -> dict[str, float | None]:
        """The per-request timeout, in the form httpx reads from request.extensions."""
        chosen = self._options.timeout if isinstance(timeout, NotGiven) else timeout
        return httpx.Timeout(chosen).as_dict()


def _by_status(types: Mapping[str, Any], status: int) -> Any:
    """The type documented for this status: exact, then its range (2XX), then default; an
    undocumented success is read as the first documented one."""
    for key in (str(status), f"{status // 100}XX", "default"):
        if key in types:
            return types[key]
    return next(iter(types.values()))


def _parse_json(data_type: Any, text: str) -> Any:
    return type_adapter(data_type).validate_json(text, by_name=False)


def _json_or_none(response: httpx.Response) -> Any:
    try:
        return response.json()
    except (ValueError, UnicodeDecodeError):
        return None


def _retry_after(response: httpx.Response) -> float | None:
    value = response.headers.get("Retry-After")
    if not value:
        return None
    try:
        return float(value)
    except ValueError:
        parsed = email.utils.parsedate_to_datetime(value)
        return max(0.0, parsed.timestamp() - time.time()) if parsed else None


@dataclass
class RawResponse(HttpAnswer):
    """The HTTP answer of a call, with the parsed result: from ``client.with_raw_response``."""

    http_response: httpx.Response
    parsed: Any

    def parse(self) -> Any:
        return self.parsed


class SyncAPIClient(BaseClient):
    def __init__(self, options: ClientOptions, http_client: httpx.Client | None = None) -> None:
        configure_from_environment()
        self._options = options
        self._http = http_client or httpx.Client(timeout=options.timeout)
        self._tokens = TokenCache()
        self._grants: dict[str, ClientCredentials] = {}

    def close(self) -> None:
        self._http.close()

    def __enter__(self: T) -> T:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def _call(
        self,
        operation: OperationSpec,
        arguments: Mapping[str, Any],
        *,
        body: Any = None,
        cast_to: Any = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> Any:
        self._ensure_token(operation)
        retries = self._options.max_retries if max_retries is None else max_retries
        attempt = 0
        while True:
            request = self._attempt(
                operation, arguments, body, extra_headers, extra_query, timeout, attempt
            )
            response, error, started = None, None, time.perf_counter()
            try:
                response = self._http.send(request, stream=self._stream)
                log_response(response, time.perf_counter() - started, self._stream)
            except httpx.TransportError as exc:
                error = exc
            delay = self._retry_delay(request, attempt, retries, response, error)
            if delay is None and response is not None:
                if self._stream:
                    return self._streamed(operation, response)
                return self._result(operation, response, cast_to)
            if response is not None and self._stream:
                response.close()
            time.sleep(delay or 0)
            attempt += 1

    def _streamed(self, operation: OperationSpec, response: httpx.Response) -> StreamedResponse:
        if response.status_code >= 400:  # read the error, then raise it as any call does
            response.read()
            response.close()
            self._parse(operation, response, None)
        return StreamedResponse(response)

    def _events(
        self, operation: OperationSpec, arguments: Mapping[str, Any], **options: Any
    ) -> Iterator[Event]:
        """The events of a text/event-stream answer, each as it arrives."""
        data_type = options.pop("cast_to", None)
        with self.with_streaming_response._call(operation, arguments, **options) as streamed:
            for sse in EventSource(streamed.http_response).iter_sse():
                yield event(sse, data_type, _parse_json)

    def _ensure_token(self, operation: OperationSpec) -> None:
        for grant in self._pending_grants(operation):
            with self._tokens.lock:
                if not grant.current():
                    request = grant.request(self._options.base_url(operation))
                    grant.store(self._http.send(request))
        if not self._needs_fetched_token(operation) or self._tokens.current():
            return
        with self._tokens.lock:
            if self._tokens.current():
                return
            provider = token_operation()
            raw = self.with_raw_response._call(provider, {}, body=self._token_body(), cast_to=None)
            self._store_token(raw.http_response)


class AsyncAPIClient(BaseClient):
    _is_async = True

    def __init__(
        self, options: ClientOptions, http_client: httpx.AsyncClient | None = None
    ) -> None:
        configure_from_environment()
        self._options = options
        self._http = http_client or httpx.AsyncClient(timeout=options.timeout)
        self._tokens = TokenCache()
        self._grants: dict[str, ClientCredentials] = {}
        self._token_lock = asyncio.Lock()

    async def close(self) -> None:
        await self._http.aclose()

    async def __aenter__(self: T) -> T:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.close()

    async def _call(
        self,
        operation: OperationSpec,
        arguments: Mapping[str, Any],
        *,
        body: Any = None,
        cast_to: Any = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> Any:
        await self._ensure_token(operation)
        retries = self._options.max_retries if max_retries is None else max_retries
        attempt = 0
        while True:
            request = self._attempt(
                operation, arguments, body, extra_headers, extra_query, timeout, attempt
            )
            response, error, started = None, None, time.perf_counter()
            try:
                response = await self._http.send(request, stream=self._stream)
                log_response(response, time.perf_counter() - started, self._stream)
            except httpx.TransportError as exc:
                error = exc
            delay = self._retry_delay(request, attempt, retries, response, error)
            if delay is None and response is not None:
                if self._stream:
                    return await self._streamed(operation, response)
                return self._result(operation, response, cast_to)
            if response is not None and self._stream:
                await response.aclose()
            await asyncio.sleep(delay or 0)
            attempt += 1

    async def _streamed(
        self, operation: OperationSpec, response: httpx.Response
    ) -> AsyncStreamedResponse:
        if response.status_code >= 400:  # read the error, then raise it as any call does
            await response.aread()
            await response.aclose()
            self._parse(operation, response, None)
        return AsyncStreamedResponse(response)

    async def _events(
        self, operation: OperationSpec, arguments: Mapping[str, Any], **options: Any
    ) -> AsyncIterator[Event]:
        """The events of a text/event-stream answer, each as it arrives."""
        data_type = options.pop("cast_to", None)
        context = self.with_streaming_response._call(operation, arguments, **options)
        async with context as streamed:
            async for sse in EventSource(streamed.http_response).aiter_sse():
                yield event(sse, data_type, _parse_json)

    async def _ensure_token(self, operation: OperationSpec) -> None:
        for grant in self._pending_grants(operation):
            async with self._token_lock:
                if not grant.current():
                    request = grant.request(self._options.base_url(operation))
                    grant.store(await self._http.send(request))
        if not self._needs_fetched_token(operation) or self._tokens.current():
            return
        async with self._token_lock:
            if self._tokens.current():
                return
            provider = token_operation()
            raw = await self.with_raw_response._call(
                provider, {}, body=self._token_body(), cast_to=None
            )
            self._store_token(raw.http_response)


__all__ = [
    "AsyncAPIClient",
    "ClientOptions",
    "NOT_GIVEN",
    "NotGiven",
    "OperationSpec",
    "Param",
    "SyncAPIClient",
    "Timeout",
]
