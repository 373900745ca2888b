"""The transport every generated method goes through: build, authenticate, send, retry, parse.

Generated client methods are one call to ``_call`` with the operation's description (an
``OperationSpec`` from ``_operations``) and the caller's arguments; everything else lives
here once, shared by the sync and the async client.
"""

from __future__ import annotations

import asyncio
import copy as _copy
import dataclasses
import email.utils
import json
import os
import random
import threading
import time
from dataclasses import dataclass, field
from typing import Any, AsyncIterator, Iterator, Mapping, TypeVar, Union
from urllib.parse import urlsplit

import httpx
import pydantic
from httpx_sse import EventSource
import pydantic_core

from . import _settings
from ._exceptions import (
    APIConnectionError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    ConfigurationError,
    status_error,
)
from ._bodies import Content, one_shot
from ._bodies import encode as encode_body
from ._config import load_profiles
from ._auth import Credentials, SchemeAuth, TokenFlow, send_to
from ._auth import choose as choose_schemes
from ._auth import schemes as auth_schemes
from ._response import APIResponse, RawResponse
from ._streaming import (
    AsyncStreamedResponse,
    Event,
    StreamedResponse,
    StreamingView,
    event,
)
from ._lenient import construct, warn_once
from ._model_base import without_read_only
from ._required import (
    check_client_parameters,
    check_credentials,
    check_region,
    due_lookups,
    lookup_call,
    lookup_failed,
    looked_up,
)
from ._logging import configure_from_environment, log_request, log_response, log_retry
from ._wire import OperationSpec, Outgoing, Param

T = TypeVar("T")
_Client = TypeVar("_Client", bound="BaseClient")


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


def _env(name: str) -> str | None:
    return os.environ.get(name) or None if name else None


def _first(*values: str | None) -> str | None:
    return next((v for v in values if v), None)


def _named_endpoint_env(name: str) -> str:
    return f"{_settings.ENVIRONMENT['endpoint'].rsplit('_', 1)[0]}_{name.upper()}_ENDPOINT"


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
    # Sent with every request, before a call's extra_headers and extra_query.
    default_headers: dict[str, str] = field(default_factory=dict)
    default_query: dict[str, Any] = field(default_factory=dict)
    # An answer that does not fit its schema raises, instead of being read as far as it fits.
    strict_response_validation: bool = False

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
        """Each setting from the argument, else a chosen profile, else the environment, else
        the default profile."""
        env = _settings.ENVIRONMENT
        chosen, default = load_profiles(profile)

        def pick(argument: Any, key: str, env_name: str) -> Any:
            return _first(argument, chosen.get(key), _env(env_name), default.get(key))

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
            named = self._region.get("endpoints", {}).get(operation.server_name)
            return named or self._expand(operation.server, operation.server_name)
        return self.default_base_url()

    def default_base_url(self) -> str:
        if self.endpoint:
            return self.endpoint.rstrip("/")
        if not _settings.DEFAULT_SERVER:
            raise ConfigurationError(
                f"no endpoint: pass endpoint=... or set {_settings.ENVIRONMENT['endpoint']}"
            )
        return self._region.get("endpoint") or self._expand(_settings.DEFAULT_SERVER, "")

    @property
    def _region(self) -> dict[str, Any]:
        """The region's own URLs, where they are not the servers' templates filled in."""
        return _settings.REGIONS.get(self.region or "", {})

    def _expand(self, template: str, server_name: str) -> str:
        # The spec lists its regions: a server's default region is no better than a guess.
        if _settings.REGIONS and not self.region and "{region}" in template:
            raise ConfigurationError(
                f"{template} needs a region: pass region=... (or set "
                f"{_settings.ENVIRONMENT['region']})"
                + (f", or endpoints={{{server_name!r}: ...}}" if server_name else "")
            )
        return expand_server(template, self.region)


def jsonable(value: Any) -> Any:
    """A JSON-ready copy of value: models by wire name (fields set only), enums as values."""
    if isinstance(value, pydantic.BaseModel):  # warnings=False: see ApiModel.to_dict
        return value.model_dump(mode="json", by_alias=True, exclude_unset=True, warnings=False)
    return pydantic_core.to_jsonable_python(value, by_alias=True, exclude_none=False)


_ADAPTERS: dict[Any, pydantic.TypeAdapter[Any]] = {}


def _first_error(error: pydantic.ValidationError) -> str:
    """One readable line: where in the answer, and what is wrong there."""
    first = error.errors(include_url=False)[0]
    where = ".".join(str(part) for part in first["loc"]) or "body"
    more = f" (and {error.error_count() - 1} more)" if error.error_count() > 1 else ""
    return f"{where}: {first['msg']}{more}"


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
    _schemes: dict[str, SchemeAuth]  # the security schemes the client has credentials for
    _raw = False
    _stream = False
    _is_async = False

    def _setup(
        self,
        options: ClientOptions,
        default_headers: Mapping[str, str] | None = None,
        default_query: Mapping[str, Any] | None = None,
        strict_response_validation: bool = False,
    ) -> None:
        configure_from_environment()
        options.default_headers.update(default_headers or {})
        options.default_query.update(default_query or {})
        options.strict_response_validation = strict_response_validation
        self._options = options
        self._schemes = auth_schemes(
            options.credentials, options.client_parameters, options.region, self._token_request
        )
        check_region(options.region, options.endpoint)
        check_credentials(self._schemes)
        check_client_parameters(options.client_parameters, options.region)

    @property
    def base_url(self) -> str:
        """The URL the API's operations are sent to (some have a server of their own)."""
        return self._options.default_base_url()

    @property
    def region(self) -> str | None:
        return self._options.region

    def copy(
        self: _Client,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        default_headers: Mapping[str, str] | None = None,
        default_query: Mapping[str, Any] | None = None,
        strict_response_validation: bool | None = None,
    ) -> _Client:
        """A client like this one with some settings changed: it shares this one's
        connection pool, credentials, tokens and looked-up values (closing one closes the
        pool of both). default_headers and default_query are added to this client's."""
        options = self._options
        changed = dataclasses.replace(
            options,
            timeout=options.timeout if isinstance(timeout, NotGiven) else timeout,
            max_retries=options.max_retries if max_retries is None else max_retries,
            default_headers={**options.default_headers, **(default_headers or {})},
            default_query={**options.default_query, **(default_query or {})},
            strict_response_validation=(
                options.strict_response_validation
                if strict_response_validation is None
                else strict_response_validation
            ),
        )
        new = _copy.copy(self)
        new._options = changed
        return new

    # client.with_options(timeout=5).method(...): the same, by the name it reads best in
    with_options = copy

    def __repr__(self) -> str:
        """Where the client sends, and which credentials it holds, never their values."""
        shown = [f"base_url={self._safe_base_url()!r}"]
        if self._options.region:
            shown.append(f"region={self._options.region!r}")
        shown += [f"{k}={v!r}" for k, v in self._options.client_parameters.items() if v]
        shown.append(f"auth={sorted(self._schemes)!r}")
        return f"{type(self).__name__}({', '.join(shown)})"

    def _safe_base_url(self) -> str | None:
        try:
            return self.base_url
        except ConfigurationError:
            return None

    def _plain(self: _Client) -> _Client:
        """This client as it answers without with_raw_response and with_streaming_response."""
        view = _copy.copy(self)
        view._raw = view._stream = False
        return view

    def _raw_copy(self: _Client) -> _Client:
        """The same client, whose methods return an APIResponse (``with_raw_response``)."""
        view = _copy.copy(self)
        view._raw = True
        return view

    @property
    def with_streaming_response(self) -> Any:
        """The same client, whose methods return the answer unread, as a context manager
        (``with``; ``async with`` for the async client) that reads it in chunks."""
        view = _copy.copy(self)
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
        outgoing = Outgoing(operation)
        for param in operation.params:
            value = self._argument(param, arguments)
            if value is not None and not isinstance(value, NotGiven):
                outgoing.add_parameter(param, value)
        for name, value in {**self._options.default_query, **(extra_query or {})}.items():
            outgoing.add_parameter(Param(name, name, "query"), value)
        content = self._body(operation, body, outgoing.headers)
        outgoing.headers.update(self._options.default_headers)
        outgoing.headers.update(extra_headers or {})
        base_url = self._options.base_url(operation)
        outgoing.headers.setdefault("Host", urlsplit(base_url).netloc)
        # A streamed body is never JSON, so a signer marks it UNSIGNED-PAYLOAD: it needs
        # to know only that there is a body.
        outgoing.body = content if isinstance(content, bytes) else b"(streamed)"
        for auth in self._auth_plan(operation):
            auth.apply(outgoing)
        url = base_url + outgoing.path + outgoing.query_string()
        request = httpx.Request(operation.method, url, headers=outgoing.headers, content=content)
        request.extensions["one_shot"] = one_shot(content)
        return request

    def _token_request(self, operation: OperationSpec, body: Any) -> httpx.Request:
        """The request of the spec's token operation (which needs no credentials)."""
        return self._build_request(operation, {}, body, None, None)

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

    def _auth_plan(self, operation: OperationSpec) -> list[SchemeAuth]:
        """The schemes this call uses: the first alternative of the operation's security
        the client has credentials for, every scheme of it."""
        alternatives = (
            _settings.DEFAULT_SECURITY if operation.security is None else operation.security
        )
        return choose_schemes(self._schemes, alternatives)

    def _token_flows(self, operation: OperationSpec) -> list[TokenFlow]:
        """The token fetches this call waits for (none, nearly always)."""
        base_url = self._options.base_url(operation)
        return [
            auth.token_flow(base_url) for auth in self._auth_plan(operation) if auth.needs_token()
        ]

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
        """The call's result; with_raw_response: the answer, its body read on parse()."""
        self._check_status(operation, response)
        if self._raw:
            return APIResponse(response, lambda: self._read(operation, response, cast_to))
        return self._read(operation, response, cast_to)

    def _check_status(self, operation: OperationSpec, response: httpx.Response) -> None:
        """Raises the API's error: an error status, or a failure in the success envelope."""
        success_field = operation.envelope[0]
        if response.status_code >= 400 or success_field:
            data = _json_or_none(response)
            if response.status_code >= 400 or (
                isinstance(data, dict) and data.get(success_field) is False
            ):
                raise status_error(response, data, operation.envelope)

    def _read(self, operation: OperationSpec, response: httpx.Response, cast_to: Any) -> Any:
        """The body as the documented type."""
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
            data = _json_or_none(response)
            if self._options.strict_response_validation or data is None:
                raise APIResponseValidationError(response, data, _first_error(error)) from error
            warn_once(operation.name, _first_error(error))
            return construct(cast_to, data)

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


def with_extra_body(
    operation: OperationSpec, body: Any, extra_body: Mapping[str, Any] | None
) -> Any:
    """The body with a call's extra_body fields added (the body of a call without one)."""
    if not extra_body:
        return body
    if "json" not in (operation.body_media_type or "application/json"):
        raise TypeError(f"extra_body: {operation.name} sends {operation.body_media_type}, not JSON")
    data = {} if body is None or isinstance(body, NotGiven) else jsonable(body)
    if not isinstance(data, dict):
        raise TypeError(f"extra_body: the body of {operation.name} is not a JSON object")
    return {**without_read_only(body, data), **jsonable(dict(extra_body))}


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


class SyncAPIClient(BaseClient):
    def __init__(
        self, options: ClientOptions, http_client: httpx.Client | None = None, **settings: Any
    ) -> None:
        self._setup(options, **settings)
        self._http = http_client or httpx.Client(timeout=options.timeout)
        self._token_lock = threading.Lock()

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
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> Any:
        body = with_extra_body(operation, body, extra_body)
        self._look_up(operation)
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
            self._check_status(operation, response)
        return StreamedResponse(response)

    def _events(
        self, operation: OperationSpec, arguments: Mapping[str, Any], **options: Any
    ) -> Iterator[Event]:
        """The events of a text/event-stream answer, each as it arrives."""
        data_type = options.pop("cast_to", None)
        with self.with_streaming_response._call(operation, arguments, **options) as streamed:
            for sse in EventSource(streamed.http_response).iter_sse():
                yield event(sse, data_type, _parse_json)

    def _look_up(self, operation: OperationSpec) -> None:
        """Finds the values the call needs that the client was not given (once per client)."""
        for name, lookup in due_lookups(operation, self._options.client_parameters):
            lookup_operation, arguments = lookup_call(lookup, self._options.region)
            try:
                answer = self._plain()._call(lookup_operation, arguments, cast_to=Any)
            except (APIStatusError, APIConnectionError) as error:
                raise lookup_failed(name, error) from error
            value = looked_up(name, lookup, answer, self._options.region)
            self._options.client_parameters[name] = value

    def _ensure_token(self, operation: OperationSpec) -> None:
        """Runs the token flows of the call's schemes, one at a time per client."""
        if not self._token_flows(operation):
            return
        with self._token_lock:
            for flow in self._token_flows(operation):  # again: another thread may have run them
                request = next(flow, None)
                while request is not None:
                    request = send_to(flow, self._http.send(request))


class AsyncAPIClient(BaseClient):
    _is_async = True

    def __init__(
        self, options: ClientOptions, http_client: httpx.AsyncClient | None = None, **settings: Any
    ) -> None:
        self._setup(options, **settings)
        self._http = http_client or httpx.AsyncClient(timeout=options.timeout)
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
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> Any:
        body = with_extra_body(operation, body, extra_body)
        await self._look_up(operation)
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
            self._check_status(operation, response)
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

    async def _look_up(self, operation: OperationSpec) -> None:
        """Finds the values the call needs that the client was not given (once per client)."""
        for name, lookup in due_lookups(operation, self._options.client_parameters):
            lookup_operation, arguments = lookup_call(lookup, self._options.region)
            try:
                answer = await self._plain()._call(lookup_operation, arguments, cast_to=Any)
            except (APIStatusError, APIConnectionError) as error:
                raise lookup_failed(name, error) from error
            value = looked_up(name, lookup, answer, self._options.region)
            self._options.client_parameters[name] = value

    async def _ensure_token(self, operation: OperationSpec) -> None:
        """Runs the token flows of the call's schemes, one at a time per client."""
        if not self._token_flows(operation):
            return
        async with self._token_lock:
            for flow in self._token_flows(operation):
                request = next(flow, None)
                while request is not None:
                    request = send_to(flow, await self._http.send(request))


__all__ = [
    "APIResponse",
    "AsyncAPIClient",
    "ClientOptions",
    "NOT_GIVEN",
    "NotGiven",
    "OperationSpec",
    "Param",
    "RawResponse",
    "SyncAPIClient",
    "Timeout",
]
