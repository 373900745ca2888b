"""Authentication as the real service checks it: a token, or an AK/SK signature recomputed
from the request the mock received."""

from __future__ import annotations

import hmac
from dataclasses import dataclass
from typing import Mapping
from urllib.parse import parse_qsl, unquote

from .._signing import ALGORITHM, sign

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
    method: str,
    raw_path: str,
    raw_query: str,
    headers: Mapping[str, str],
    body: bytes,
    schemes: list[str],
) -> str | None:
    """None when the request is authenticated by one of the schemes, else why not."""
    lowered = {k.lower(): v for k, v in headers.items()}
    authorization = lowered.get("authorization", "")
    if authorization.startswith(ALGORITHM) and "AkSk" in schemes:
        return _check_signature(accepted, method, raw_path, raw_query, lowered, body, authorization)
    token = lowered.get("x-auth-token")
    if token and "ApiToken" in schemes:
        if accepted.token is None or hmac.compare_digest(token, accepted.token):
            return None
        return "the X-Auth-Token is not valid"
    return "no credentials: send X-Auth-Token or an SDK-HMAC-SHA256 signature"


def _check_signature(
    accepted: Accepted,
    method: str,
    raw_path: str,
    raw_query: str,
    headers: Mapping[str, str],
    body: bytes,
    authorization: str,
) -> str | None:
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
        method=method,
        path=unquote(raw_path),
        query=parse_qsl(raw_query, keep_blank_values=True),
        headers=signed,
        body=body,
        ak=accepted.ak,
        sk=accepted.sk,
    )["Authorization"]
    if not hmac.compare_digest(expected, authorization):
        return "the signature does not match the request"
    return None
