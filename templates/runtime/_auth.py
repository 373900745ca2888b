"""How a request carries its credentials: one object per security scheme of the spec.

Each kind of scheme (apiKey, http bearer, http basic, oauth2, AK/SK signing) is a class;
``schemes`` makes one per declared scheme the client holds credentials for, and the client
applies those of the requirement a call uses. Like ``httpx.Auth``, a scheme that must fetch a
token first does it in ``token_flow``, a generator that yields the requests to send and
receives their answers; the sync and the async client each drive it. The base client knows
no scheme: it chooses among these objects by the spec's requirements, and nothing else.
"""

from __future__ import annotations

import base64
from dataclasses import dataclass, field
from typing import Any, Callable, Generator, Mapping

import httpx

from . import _settings
from ._exceptions import ConfigurationError, status_error
from ._oauth import ClientCredentials
from ._signing import query_pairs, sign
from ._token import TokenCache, token_request
from ._wire import OperationSpec, Outgoing, Param

# A token flow: yields the requests to send, is sent their answers.
TokenFlow = Generator[httpx.Request, httpx.Response, None]
# Builds the request of an operation of the API (for a token operation): operation, body.
BuildRequest = Callable[[OperationSpec, Any], httpx.Request]


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


class SchemeAuth:
    """A security scheme with the client's credential for it."""

    signs = False  # a signature covers what every other scheme added: applied last

    def needs_token(self) -> bool:
        """Whether token_flow must run before a request can carry the credential."""
        return False

    def token_flow(self, base_url: str) -> TokenFlow:
        """Fetches and keeps the token; nothing to do for a scheme whose credential is given."""
        return
        yield

    def apply(self, request: Outgoing) -> None:
        raise NotImplementedError


def _token_text(credential: Any) -> str:
    """A token, or the token a function returns (called for each request, so it may renew)."""
    return str(credential() if callable(credential) else credential)


class ApiKeyAuth(SchemeAuth):
    """An API key in a header, a query parameter or a cookie."""

    def __init__(self, location: str, name: str, key: Any) -> None:
        self.location, self.name, self.key = location, name, key

    def apply(self, request: Outgoing) -> None:
        value = _token_text(self.key)
        if self.location == "header":
            request.add_header_unless_set(self.name, value)
        else:
            request.add_parameter(Param("", self.name, self.location), value)


class BearerAuth(SchemeAuth):
    """``Authorization: Bearer <token>``: http bearer, and oauth2 with a token at hand."""

    def __init__(self, token: Any) -> None:
        self.token = token

    def apply(self, request: Outgoing) -> None:
        request.add_header_unless_set("Authorization", f"Bearer {_token_text(self.token)}")


class BasicAuth(SchemeAuth):
    def __init__(self, user_and_password: tuple[str, str]) -> None:
        self.user, self.password = user_and_password

    def apply(self, request: Outgoing) -> None:
        pair = base64.b64encode(f"{self.user}:{self.password}".encode()).decode()
        request.add_header_unless_set("Authorization", f"Basic {pair}")


class ClientCredentialsAuth(SchemeAuth):
    """oauth2 with a (client_id, client_secret) pair: the token fetched from tokenUrl."""

    def __init__(self, grant: ClientCredentials) -> None:
        self.grant = grant

    def needs_token(self) -> bool:
        return not self.grant.current()

    def token_flow(self, base_url: str) -> TokenFlow:
        response = yield self.grant.request(base_url)
        self.grant.store(response)

    def apply(self, request: Outgoing) -> None:
        request.add_header_unless_set("Authorization", f"Bearer {self.grant.token}")


class LoginAuth(SchemeAuth):
    """A token scheme whose token the client gets from the spec's token operation with a
    user name and password (``x-token-provider``), kept and renewed before it expires."""

    def __init__(self, scheme: Mapping[str, Any], body: Any, build: BuildRequest) -> None:
        self.scheme, self.body, self.build = scheme, body, build
        self.tokens = TokenCache()

    def needs_token(self) -> bool:
        return not self.tokens.current()

    def token_flow(self, base_url: str) -> TokenFlow:
        from . import _operations

        provider = _settings.TOKEN_PROVIDER
        operation = getattr(_operations, provider["operation"].upper())
        response = yield self.build(operation, self.body)
        answer = _json_or_none(response)
        if response.status_code >= 400:
            raise status_error(response, answer, operation.envelope)
        token = response.headers.get(provider["token_header"])
        if not token:
            raise ConfigurationError("the token operation answered without a token")
        self.tokens.store(token, answer)

    def apply(self, request: Outgoing) -> None:
        token = self.tokens.token or ""
        _credential_auth(self.scheme, token).apply(request)


class SigningAuth(SchemeAuth):
    """AK/SK request signing (``x-signing``): the signature covers the method, path, sorted
    query, the headers and the body's hash, as the provider's signer computes it."""

    signs = True

    def __init__(
        self,
        signing: Mapping[str, Any],
        credentials: Credentials,
        client_parameters: Mapping[str, str | None],
    ) -> None:
        # The client's values, not a copy: a project id looked up later is sent too.
        self.signing, self.client_parameters = signing, client_parameters
        assert credentials.ak and credentials.sk
        self.ak, self.sk = credentials.ak, credentials.sk
        self.security_token = credentials.security_token

    def apply(self, request: Outgoing) -> None:
        project_id = self.client_parameters.get("project_id")
        if self.signing.get("project_header") and project_id:
            request.headers[self.signing["project_header"]] = project_id
        if self.signing.get("security_token_header") and self.security_token:
            request.headers[self.signing["security_token_header"]] = self.security_token
        request.sorted_query = True
        request.headers = sign(
            method=request.method,
            path=request.path,
            query=query_pairs(request.signed_query),
            headers=request.headers,
            body=request.body,
            ak=self.ak,
            sk=self.sk,
        )


def _credential_auth(scheme: Mapping[str, Any], credential: Any) -> SchemeAuth:
    kind = scheme.get("kind")
    if kind == "apiKey":
        return ApiKeyAuth(scheme["location"], scheme["parameter"], credential)
    if kind == "basic":
        return BasicAuth(credential)
    if kind == "oauth2" and isinstance(credential, tuple):
        return ClientCredentialsAuth(_grant(scheme, credential))
    return BearerAuth(credential)


def _grant(scheme: Mapping[str, Any], client: tuple[str, str]) -> ClientCredentials:
    if not scheme.get("token_url"):
        raise ConfigurationError(
            f"{scheme['argument']}: a (client_id, client_secret) pair needs an OAuth2 "
            "clientCredentials flow, which this scheme does not declare; pass a token"
        )
    return ClientCredentials(scheme["token_url"], client, tuple(scheme.get("scopes", ())))


def schemes(
    credentials: Credentials,
    client_parameters: Mapping[str, str | None],
    region: str | None,
    build: BuildRequest,
) -> dict[str, SchemeAuth]:
    """The schemes the client has credentials for, by the spec's name of each."""
    usable: dict[str, SchemeAuth] = {}
    provider = _settings.TOKEN_PROVIDER
    for name, scheme in _settings.SECURITY_SCHEMES.items():
        if scheme.get("kind") == "signing":
            if credentials.ak and credentials.sk:
                usable[name] = SigningAuth(
                    scheme.get("signing", {}), credentials, client_parameters
                )
            continue
        value = credentials.schemes.get(scheme.get("argument") or "")
        if value is not None and scheme.get("kind") != "unsupported":
            usable[name] = _credential_auth(scheme, value)
        elif provider and provider["scheme"] == name and credentials.password:
            if credentials.username:
                usable[name] = LoginAuth(scheme, _login_body(credentials, region), build)
    return usable


def _login_body(credentials: Credentials, region: str | None) -> Any:
    return token_request(
        {
            "username": credentials.username,
            "password": credentials.password,
            "domain": credentials.domain or credentials.username,
            "region": region or _settings.SERVER_VARIABLES.get("region", ""),
        }
    )


def choose(
    usable: Mapping[str, SchemeAuth], alternatives: tuple[tuple[str, ...], ...]
) -> list[SchemeAuth]:
    """The schemes of the first alternative the client has credentials for, signers last;
    [] when the call may go without (no requirement, or an empty one)."""
    for requirement in alternatives:
        plan = [usable.get(name) for name in requirement]
        if plan and all(plan):
            return sorted((auth for auth in plan if auth), key=lambda auth: auth.signs)
    if not alternatives or () in alternatives:
        return []
    raise ConfigurationError("no credentials: " + missing_credentials(alternatives))


def missing_credentials(alternatives: tuple[tuple[str, ...], ...]) -> str:
    """What would satisfy the call: arguments and environment variables, per alternative."""
    from ._config import config_path

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
    return "pass " + "; or ".join(ways) + f"; a profile in {config_path()} may set the same keys"


def _json_or_none(response: httpx.Response) -> Any:
    try:
        return response.json()
    except ValueError:
        return None


def send_to(flow: TokenFlow, response: httpx.Response) -> httpx.Request | None:
    """Gives a token flow the answer to its request; its next request, or None when done."""
    try:
        return flow.send(response)
    except StopIteration:
        return None
