"""SDK-HMAC-SHA256 request signing with an access key pair (AK/SK)."""

from __future__ import annotations

import hashlib
import hmac
from datetime import datetime, timezone
from typing import Iterable, Mapping
from urllib.parse import quote, unquote

ALGORITHM = "SDK-HMAC-SHA256"
DATE_HEADER = "X-Sdk-Date"
CONTENT_HASH_HEADER = "X-Sdk-Content-Sha256"
_SIGNED_BODY_TYPES = ("application/json", "application/bson")


def _encode(text: str) -> str:
    return quote(text, safe="~")


def canonical_uri(path: str) -> str:
    segments = [_encode(segment) for segment in unquote(path).split("/")]
    uri = "/".join(segments)
    return uri if uri.endswith("/") else uri + "/"


def canonical_query(pairs: Iterable[tuple[str, str]]) -> str:
    """Pairs sorted by key, each encoded; the query string to send is this same string.

    The sort is by key only (stable): query_pairs already put a list's items in the official
    order, which for numbers is numeric, not textual (9 before 10).
    """
    return "&".join(f"{_encode(k)}={_encode(v)}" for k, v in sorted(pairs, key=lambda p: p[0]))


def query_pairs(params: Mapping[str, object]) -> list[tuple[str, str]]:
    """Flatten query values as the signer sees them: lists repeat the key, booleans are words."""
    pairs: list[tuple[str, str]] = []
    for key, value in params.items():
        items = _sorted_items(value) if isinstance(value, (list, tuple)) else [value]
        pairs.extend((key, _text(v)) for v in items)
    return pairs


def _sorted_items(items: Iterable[object]) -> list[object]:
    # The official signer sorts a list's raw values, so numbers sort as numbers (9 before 10).
    try:
        return sorted(items)  # type: ignore[type-var]
    except TypeError:  # mixed types, which the official SDK cannot sign at all
        return sorted(items, key=_text)


def _text(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def sign(
    *,
    method: str,
    path: str,
    query: Iterable[tuple[str, str]],
    headers: dict[str, str],
    body: bytes,
    ak: str,
    sk: str,
    now: datetime | None = None,
) -> dict[str, str]:
    """Return headers with X-Sdk-Date, Host (if given) and Authorization added.

    headers must already hold Host and every header that will be sent; it is not changed.
    """
    signed = dict(headers)
    lowered = {k.lower(): k for k in signed}
    content_type = signed.get(lowered.get("content-type", ""), "")
    if content_type and not content_type.startswith(_SIGNED_BODY_TYPES):
        signed[CONTENT_HASH_HEADER] = "UNSIGNED-PAYLOAD"
    if DATE_HEADER.lower() not in lowered:
        signed[DATE_HEADER] = (now or datetime.now(timezone.utc)).strftime("%Y%m%dT%H%M%SZ")
    names = sorted(k.lower() for k in signed if "_" not in k)
    values = {k.lower(): str(v).strip() for k, v in signed.items()}
    payload_hash = hashlib.sha256(body).hexdigest()
    if body and CONTENT_HASH_HEADER.lower() in values:
        payload_hash = values[CONTENT_HASH_HEADER.lower()]
    canonical_request = "\n".join(
        [
            method.upper(),
            canonical_uri(path),
            canonical_query(query),
            "".join(f"{name}:{values[name]}\n" for name in names),
            ";".join(names),
            payload_hash,
        ]
    )
    date = values[DATE_HEADER.lower()]
    string_to_sign = "\n".join(
        [ALGORITHM, date, hashlib.sha256(canonical_request.encode()).hexdigest()]
    )
    signature = hmac.new(sk.encode(), string_to_sign.encode(), hashlib.sha256).hexdigest()
    signed["Authorization"] = (
        f"{ALGORITHM} Access={ak}, SignedHeaders={';'.join(names)}, Signature={signature}"
    )
    return signed
