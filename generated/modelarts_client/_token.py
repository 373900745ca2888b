"""A token obtained from the spec's token operation (IAM password login), kept and renewed.

The spec declares the operation, where the token comes back (a response header) and where
its expiry is (a JSON pointer into the body); the body is a template whose "{username}",
"{password}", "{domain}" and "{region}" are filled from the client's credentials.
"""

from __future__ import annotations

import threading
import time
from datetime import datetime
from typing import Any, Mapping

from . import _settings

# Renew this long before the token expires, so a request never carries a dying token.
RENEW_BEFORE = 300.0
# Assumed lifetime when the answer does not say (IAM tokens live 24 hours).
DEFAULT_LIFETIME = 23 * 3600.0


class TokenCache:
    def __init__(self) -> None:
        self.token: str | None = None
        self.expires_at = 0.0
        self.lock = threading.Lock()

    def current(self) -> str | None:
        if self.token and self.expires_at - time.time() > RENEW_BEFORE:
            return self.token
        return None

    def store(self, token: str, body: Any) -> str:
        self.token = token
        self.expires_at = _expiry(body) or time.time() + DEFAULT_LIFETIME
        return token


def token_request(values: Mapping[str, str | None]) -> Any:
    """The token operation's request body, with the credentials filled in."""
    return _fill(_settings.TOKEN_PROVIDER["body"], {k: v or "" for k, v in values.items()})


def _fill(template: Any, values: Mapping[str, str]) -> Any:
    if isinstance(template, dict):
        return {k: _fill(v, values) for k, v in template.items()}
    if isinstance(template, list):
        return [_fill(v, values) for v in template]
    if isinstance(template, str) and template.startswith("{") and template.endswith("}"):
        return values.get(template[1:-1], "")
    return template


def _expiry(body: Any) -> float | None:
    node = body
    for token in str(_settings.TOKEN_PROVIDER.get("expires_at", "")).strip("/").split("/"):
        node = node.get(token) if isinstance(node, dict) and token else None
    if not isinstance(node, str):
        return None
    try:
        return datetime.fromisoformat(node.replace("Z", "+00:00")).timestamp()
    except ValueError:
        return None
