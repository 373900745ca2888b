"""The transport every generated method goes through: build, authenticate, send, retry, parse.

Generated client methods are one call to ``_call`` with the operation's description (an
``OperationSpec`` from ``_operations``) and the caller's arguments; everything else lives
here once, shared by the sync and the async client.
"""

from __future__ import annotations

import asyncio
import copy
import email.utils
import enum
import json
import os
import random
import time
from dataclasses import dataclass, field
from typing import Any, Mapping, TypeVar, Union
from urllib.parse import quote, urlsplit

import httpx
import pydantic
import pydantic_core

from . import _settings
from ._exceptions import (
    APIConnectionError,
    APIResponseValidationError,
    APITimeoutError,
    ConfigurationError,
    status_error,
)
from ._config import config_path, load_profile
from ._logging import configure_from_environment, log_request, log_response, log_retry
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
    explode: bool = True
    from_client: bool = False


@dataclass(frozen=True)
class OperationSpec:
    name: str
    method: str
    path: str
    params: tuple[Param, ...] = ()
    body_media_type: str = ""
    security: tuple[str, ...] | None = None  # None: the API's default
    server: str = ""  # URL template when the operation has its own server
    server_name: str = ""  # its name: {ENV_PREFIX}_{NAME}_ENDPOINT or endpoints={name: url}
    envelope: tuple[str, str, str] = ("", "", "")  # success, code, message fields


@dataclass
class Credentials:
    ak: str | None = None
    sk: str | None = None
    security_token: str | None = None
    token: str | None = None
    # For a token obtained from the spec's token operation (IAM), renewed before it expires.
    username: str | None = None
    password: str | None = None
    domain: str | None = None

    def __repr__(self) -> str:  # never show secrets in tracebacks or logs
        shown = {k: ("***" if v and k in _SECRET_CREDENTIALS else v) for k, v in vars(self).items()}
        return f"Credentials({shown})"


_SECRET_CREDENTIALS = frozenset({"sk", "security_token", "token", "password"})


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
        region: str | None,
        ak: str | None,
        sk: str | None,
        security_token: str | None,
        token: str | None,
        client_parameters: Mapping[str, str | None],
        timeout: Timeout | NotGiven,
        max_retries: int | None,
        endpoints: Mapping[str, str] | None = None,
        username: str | None = None,
        password: str | None = None,
        domain: str | None = None,
        profile: str | None = None,
    ) -> ClientOptions:
        """Each setting from the argument, else the environment, else the config profile."""
        env = _settings.ENVIRONMENT
        stored = load_profile(profile)

        def pick(argument: str | None, key: str, env_name: str) -> str | None:
            value = _first(argument, _env(env_name))
            return value if value else (str(stored[key]) if stored.get(key) else None)

        return cls(
            endpoint=pick(endpoint, "endpoint", env["endpoint"]),
            region=pick(region, "region", env["region"]),
            credentials=Credentials(
                ak=pick(ak, "ak", env["ak"]),
                sk=pick(sk, "sk", env["sk"]),
                security_token=pick(security_token, "security_token", env["security_token"]),
                token=pick(token, "token", env["token"]),
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


def _text(value: Any) -> str:
    value = _wire_value(value)
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


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
    """A path parameter's value, encoded. "", "." and ".." are refused: the URL would name
    another resource (/notebooks/ is the collection; /a/b/.. is /a)."""
    text = _text(value)
    if text in ("", ".", ".."):
        raise ValueError(f"path parameter {param.wire_name!r} cannot be {text!r}")
    return quote(text, safe="")


def type_adapter(cast_to: Any) -> pydantic.TypeAdapter[Any]:
    """The (cached) validator of a type: strict, as the models are (no "1" for 1)."""
    adapter = _ADAPTERS.get(cast_to)
    if adapter is None:
        is_model = isinstance(cast_to, type) and issubclass(cast_to, pydantic.BaseModel)
        config = None if is_model else pydantic.ConfigDict(strict=True)
        adapter = _ADAPTERS[cast_to] = pydantic.TypeAdapter(cast_to, config=config)
    return adapter


class BaseClient:
    """What the sync and async clients share: everything but sending and sleeping."""

    _options: ClientOptions
    _tokens: TokenCache
    _raw = False

    @property
    def with_raw_response(self) -> Any:
        """The same client, whose methods return a RawResponse (status, headers, request id)."""
        view = copy.copy(self)
        view._raw = True
        return view

    def _build_request(
        self,
        operation: OperationSpec,
        arguments: Mapping[str, Any],
        body: Any,
        extra_headers: Mapping[str, str] | None,
        extra_query: Mapping[str, Any] | None,
    ) -> httpx.Request:
        path = operation.path
        query: dict[str, Any] = {}
        headers: dict[str, str] = {"User-Agent": _settings.USER_AGENT, "Accept": "application/json"}
        for param in operation.params:
            value = self._argument(param, arguments)
            if value is None or isinstance(value, NotGiven):
                continue
            if param.location == "path":
                path = path.replace("{" + param.wire_name + "}", _path_segment(param, value))
            elif param.location == "query":
                query[param.wire_name] = (
                    [_wire_value(v) for v in value]
                    if isinstance(value, (list, tuple))
                    else _wire_value(value)
                )
            elif param.location == "header":
                headers[param.wire_name] = _text(value)
            elif param.location == "cookie":
                headers["Cookie"] = "; ".join(
                    filter(None, [headers.get("Cookie"), f"{param.wire_name}={_text(value)}"])
                )
        query.update(extra_query or {})
        content = self._body(operation, body, headers)
        headers.update(self._options.extra_headers)
        headers.update(extra_headers or {})
        url = self._options.base_url(operation) + path
        query_string = canonical_query(query_pairs(query))
        if query_string:
            url += "?" + query_string
        headers.setdefault("Host", urlsplit(url).netloc)
        headers = self._authenticate(operation, path, query, headers, content)
        return httpx.Request(operation.method, url, headers=headers, content=content)

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

    def _body(self, operation: OperationSpec, body: Any, headers: dict[str, str]) -> bytes:
        if body is None or isinstance(body, NotGiven):
            return b""
        media_type = operation.body_media_type or "application/json"
        headers["Content-Type"] = media_type
        if isinstance(body, (bytes, bytearray)):
            return bytes(body)
        if "json" in media_type:
            return json.dumps(jsonable(body), ensure_ascii=False, separators=(",", ":")).encode()
        if media_type == "application/x-www-form-urlencoded":
            return httpx.QueryParams(jsonable(body)).__str__().encode()
        return str(body).encode()

    def _scheme(self, operation: OperationSpec) -> tuple[str, dict[str, Any]] | None:
        """The security scheme this call uses: the first one the caller has credentials for.

        None when the operation needs no authentication. Never more than one scheme.
        """
        schemes = _settings.DEFAULT_SECURITY if operation.security is None else operation.security
        if not schemes:
            return None
        credentials = self._options.credentials
        can_login = bool(_settings.TOKEN_PROVIDER and credentials.username and credentials.password)
        for name in schemes:
            scheme = _settings.SECURITY_SCHEMES.get(name, {})
            kind = scheme.get("kind")
            if kind == "signing" and credentials.ak and credentials.sk:
                return "signing", scheme
            if kind in ("header", "http") and credentials.token:
                return "token", scheme
            if kind == "header" and can_login and _settings.TOKEN_PROVIDER["scheme"] == name:
                return "login", scheme
        env = _settings.ENVIRONMENT
        login = (
            f", or username=... and password=... (or set {env['username']} and {env['password']})"
            if _settings.TOKEN_PROVIDER
            else ""
        )
        raise ConfigurationError(
            f"no credentials: pass token=... (or set {env['token']}), or ak=... and sk=... "
            f"(or set {env['ak']} and {env['sk']}){login}; a profile in {config_path()} works too"
        )

    def _needs_fetched_token(self, operation: OperationSpec) -> bool:
        if not self._options.credentials.password:  # the common case: no login, nothing to do
            return False
        chosen = self._scheme(operation)
        return chosen is not None and chosen[0] == "login"

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
        operation: OperationSpec,
        path: str,
        query: Mapping[str, Any],
        headers: dict[str, str],
        content: bytes,
    ) -> dict[str, str]:
        chosen = self._scheme(operation)
        if chosen is None:
            return headers
        how, scheme = chosen
        if how == "signing":
            return self._sign(scheme, path, query, headers, content, operation)
        token = self._options.credentials.token if how == "token" else self._tokens.current()
        if scheme.get("kind") == "http":
            return {**headers, "Authorization": f"Bearer {token}"}
        return {**headers, scheme["parameter"]: token or ""}

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
        if cast_to is None or response.status_code == 204 or not response.content:
            return None
        if cast_to is bytes:
            return response.content
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
class RawResponse:
    """The HTTP answer of a call, with the parsed result: from ``client.with_raw_response``."""

    http_response: httpx.Response
    parsed: Any

    @property
    def status_code(self) -> int:
        return self.http_response.status_code

    @property
    def headers(self) -> httpx.Headers:
        return self.http_response.headers

    @property
    def request_id(self) -> str | None:
        value: str | None = self.http_response.headers.get("X-Request-Id")
        return value

    def parse(self) -> Any:
        return self.parsed


class SyncAPIClient(BaseClient):
    def __init__(self, options: ClientOptions, http_client: httpx.Client | None = None) -> None:
        configure_from_environment()
        self._options = options
        self._http = http_client or httpx.Client(timeout=options.timeout)
        self._tokens = TokenCache()

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
                response = self._http.send(request)
                log_response(response, time.perf_counter() - started)
            except httpx.TransportError as exc:
                error = exc
            delay = self._retry_delay(request, attempt, retries, response, error)
            if delay is None and response is not None:
                return self._result(operation, response, cast_to)
            time.sleep(delay or 0)
            attempt += 1

    def _ensure_token(self, operation: OperationSpec) -> None:
        if not self._needs_fetched_token(operation) or self._tokens.current():
            return
        with self._tokens.lock:
            if self._tokens.current():
                return
            provider = token_operation()
            raw = self.with_raw_response._call(provider, {}, body=self._token_body(), cast_to=None)
            self._store_token(raw.http_response)


class AsyncAPIClient(BaseClient):
    def __init__(
        self, options: ClientOptions, http_client: httpx.AsyncClient | None = None
    ) -> None:
        configure_from_environment()
        self._options = options
        self._http = http_client or httpx.AsyncClient(timeout=options.timeout)
        self._tokens = TokenCache()
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
                response = await self._http.send(request)
                log_response(response, time.perf_counter() - started)
            except httpx.TransportError as exc:
                error = exc
            delay = self._retry_delay(request, attempt, retries, response, error)
            if delay is None and response is not None:
                return self._result(operation, response, cast_to)
            await asyncio.sleep(delay or 0)
            attempt += 1

    async def _ensure_token(self, operation: OperationSpec) -> None:
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
