"""Authentication as the spec declares it: API keys, bearer tokens, basic credentials, or an
AK/SK signature recomputed from the request the mock received."""

from __future__ import annotations

import base64
import hmac
from dataclasses import dataclass
from typing import Any, Mapping
from urllib.parse import parse_qsl, unquote

from .._signing import ALGORITHM, sign
from ._wire import cookie_pairs

# A documented key pair the mock accepts when none is configured.
DEMO_AK = "MOCKACCESSKEY0000000"
DEMO_SK = "MockSecretKey000000000000000000000000000"


@dataclass
class Accepted:
    ak: str
    sk: str
    token: str | None  # None: any non-empty token


def check(
    accepted: Accepted,
    request: Incoming,
    requirements: list[list[str]],
    schemes: Mapping[str, Any],
) -> str | None:
    """None when the request meets one of the requirements (every scheme of it), else why
    not. An empty requirement lets any request in."""
    reasons = []
    for requirement in requirements:
        problems = [
            _check_scheme(accepted, request, schemes.get(name) or {}) for name in requirement
        ]
        problem = next((p for p in problems if p), None)
        if problem is None:
            return None
        reasons.append(problem)
    sent = [r for r in reasons if not r.startswith("no ")]  # a credential sent, but wrong
    if sent:
        return sent[0]
    return "no credentials: send " + " or ".join(r[len("no ") :] for r in reasons)


@dataclass
class Incoming:
    method: str
    raw_path: str
    raw_query: str
    headers: Mapping[str, str]  # lower-case names
    body: bytes

    def cookie(self, name: str) -> str | None:
        pairs = cookie_pairs(self.headers.get("cookie", ""))
        return next((unquote(value) for key, value in pairs if key == name), None)

    def query(self, name: str) -> str | None:
        return next((v for k, v in parse_qsl(self.raw_query, True) if k == name), None)


def _check_scheme(accepted: Accepted, request: Incoming, scheme: Mapping[str, Any]) -> str | None:
    authorization = request.headers.get("authorization", "")
    kind, http_scheme = scheme.get("type"), str(scheme.get("scheme", "")).lower()
    if scheme.get("x-signing"):
        if not authorization.startswith(ALGORITHM):
            return f"no {ALGORITHM} signature"
        return _check_signature(accepted, request, authorization)
    if kind == "apiKey":
        name, where = str(scheme.get("name", "")), scheme.get("in")
        if where == "query":
            value = request.query(name)
        elif where == "cookie":
            value = request.cookie(name)
        else:
            value = request.headers.get(name.lower())
        if not value:
            return f"no {name} ({where})"
        return _check_token(accepted, value, f"the {name} is not valid")
    if kind == "http" and http_scheme == "basic":
        if not authorization.lower().startswith("basic "):
            return "no Authorization: Basic"
        try:
            user, sep, _ = (
                base64.b64decode(authorization[6:], validate=True).decode().partition(":")
            )
        except ValueError:
            return "the Authorization header is malformed"
        return None if sep and user else "the Authorization header is malformed"
    if kind in ("oauth2", "openIdConnect") or (kind == "http" and http_scheme == "bearer"):
        if not authorization.lower().startswith("bearer ") or not authorization[7:].strip():
            return "no Authorization: Bearer"
        return _check_token(accepted, authorization[7:].strip(), "the bearer token is not valid")
    return None  # a scheme the mock cannot check lets the request in


def _check_token(accepted: Accepted, value: str, problem: str) -> str | None:
    if accepted.token is None or hmac.compare_digest(value, accepted.token):
        return None
    return problem


def _check_signature(accepted: Accepted, request: Incoming, authorization: str) -> str | None:
    headers = request.headers
    try:
        fields = dict(p.strip().split("=", 1) for p in authorization[len(ALGORITHM) :].split(","))
        signed_names = fields["SignedHeaders"].split(";")
        signed = {name: headers[name] for name in signed_names}
    except (KeyError, ValueError):
        return "the Authorization header is malformed"
    if fields.get("Access") != accepted.ak:
        return "unknown access key"
    if "x-sdk-date" not in signed:
        return "X-Sdk-Date is not signed"
    expected = sign(
        method=request.method,
        path=unquote(request.raw_path),
        query=parse_qsl(request.raw_query, keep_blank_values=True),
        headers=signed,
        body=request.body,
        ak=accepted.ak,
        sk=accepted.sk,
    )["Authorization"]
    if not hmac.compare_digest(expected, authorization):
        return "the signature does not match the request"
    return None
