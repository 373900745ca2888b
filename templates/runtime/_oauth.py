"""OAuth2 client credentials (RFC 6749, section 4.4): an access token fetched from the
scheme's tokenUrl with the client's id and secret, kept, and fetched again before it expires.
"""

from __future__ import annotations

import base64
import time
from typing import Any
from urllib.parse import quote

import httpx

from ._exceptions import ConfigurationError

# Fetch a new token this long before the old one expires.
RENEW_BEFORE = 30.0
# Assumed lifetime when the token answer has no expires_in.
DEFAULT_LIFETIME = 3600.0


class ClientCredentials:
    def __init__(self, token_url: str, client: tuple[str, str], scopes: tuple[str, ...]) -> None:
        self.token_url = token_url
        self.client_id, self.client_secret = client
        self.scopes = scopes
        self.token: str | None = None  # the last one fetched: what requests carry
        self.renew_at = 0.0

    def __repr__(self) -> str:  # never show the secret
        return f"ClientCredentials({self.token_url!r}, client_id={self.client_id!r})"

    def current(self) -> str | None:
        """The token, unless it is time to fetch a new one."""
        return self.token if self.token and time.time() < self.renew_at else None

    def request(self, base_url: str) -> httpx.Request:
        """The token request: the client authenticates with HTTP Basic (section 2.3.1)."""
        pair = f"{quote(self.client_id, safe='')}:{quote(self.client_secret, safe='')}"
        form = "grant_type=client_credentials"
        if self.scopes:
            form += "&scope=" + quote(" ".join(self.scopes), safe="")
        url = self.token_url if "://" in self.token_url else base_url + self.token_url
        return httpx.Request(
            "POST",
            url,
            headers={
                "Authorization": "Basic " + base64.b64encode(pair.encode()).decode(),
                "Content-Type": "application/x-www-form-urlencoded",
                "Accept": "application/json",
            },
            content=form.encode(),
        )

    def store(self, response: httpx.Response) -> str:
        try:
            answer: Any = response.json()
        except ValueError:
            answer = None
        token = answer.get("access_token") if isinstance(answer, dict) else None
        if response.status_code >= 400 or not isinstance(token, str) or not token:
            error = answer.get("error") if isinstance(answer, dict) else None
            raise ConfigurationError(
                f"the OAuth2 token request to {self.token_url} failed: HTTP "
                f"{response.status_code}" + (f", {error}" if error else "")
            )
        lifetime = answer.get("expires_in")
        lifetime = float(lifetime) if isinstance(lifetime, (int, float)) else DEFAULT_LIFETIME
        # Renew RENEW_BEFORE ahead of the expiry; a short-lived token halfway through its life.
        self.token = token
        self.renew_at = time.time() + max(lifetime - RENEW_BEFORE, lifetime / 2)
        return token
