"""What the Huawei Cloud ModelArts API spec declares for every call: servers, security, environment."""

from __future__ import annotations

from typing import Any

API_TITLE = "Huawei Cloud ModelArts API"
CLIENT_CLASS = "ModelArts"
API_VERSION = "1.0.0"
USER_AGENT = "modelarts-client/0.1.0"

# URL template of the default server and the defaults of its variables.
DEFAULT_SERVER = "https://modelarts.{region}.myhuaweicloud.com"
SERVER_VARIABLES: dict[str, str] = {"region": "cn-north-4"}
# The server URL has a {region}: clients take region=.
REGIONAL = True
# Operations with a server of their own, by name: overridable with endpoints={name: url}.
SERVER_NAMES: tuple[str, ...] = ("iam",)

# Security schemes by name, with the constructor keyword and environment variable of each.
SECURITY_SCHEMES: dict[str, dict[str, Any]] = {
    "ApiToken": {
        "name": "ApiToken",
        "kind": "apiKey",
        "argument": "token",
        "env": "MODELARTS_TOKEN",
        "location": "header",
        "parameter": "X-Auth-Token",
        "signing": {},
    },
    "AkSk": {
        "name": "AkSk",
        "kind": "signing",
        "argument": "",
        "env": "",
        "location": "",
        "parameter": "",
        "signing": {
            "algorithm": "SDK-HMAC-SHA256",
            "date_header": "X-Sdk-Date",
            "project_header": "X-Project-Id",
            "security_token_header": "X-Security-Token",
            "environment": {
                "ak": "HUAWEICLOUD_SDK_AK",
                "sk": "HUAWEICLOUD_SDK_SK",
                "project_id": "HUAWEICLOUD_SDK_PROJECT_ID",
                "security_token": "HUAWEICLOUD_SDK_SECURITY_TOKEN",
            },
        },
    },
}
# Alternatives (the first the caller has credentials for is used), each of schemes applied together.
DEFAULT_SECURITY: tuple[tuple[str, ...], ...] = (("ApiToken",), ("AkSk",))

# Values every call needs, set on the client or read from these environment variables.
CLIENT_PARAMETERS: dict[str, str] = {"project_id": "HUAWEICLOUD_SDK_PROJECT_ID"}

ENVIRONMENT: dict[str, str] = {
    "endpoint": "MODELARTS_ENDPOINT",
    "region": "MODELARTS_REGION",
    "profile": "MODELARTS_PROFILE",
    "config_file": "MODELARTS_CONFIG_FILE",
    "log": "MODELARTS_LOG",
    "username": "MODELARTS_USERNAME",
    "password": "MODELARTS_PASSWORD",
    "domain": "MODELARTS_DOMAIN",
    "ak": "HUAWEICLOUD_SDK_AK",
    "sk": "HUAWEICLOUD_SDK_SK",
    "security_token": "HUAWEICLOUD_SDK_SECURITY_TOKEN",
}

# The config file with named profiles, read after arguments and the environment.
CONFIG_FILE = "~/.modelarts/config.toml"

# How the client gets a token by itself from a user name and password (empty: it cannot).
TOKEN_PROVIDER: dict[str, Any] = {
    "scheme": "ApiToken",
    "operation": "keystone_create_user_token_by_password",
    "token_header": "X-Subject-Token",
    "expires_at": "/token/expires_at",
    "body": {
        "auth": {
            "identity": {
                "methods": ["password"],
                "password": {
                    "user": {
                        "name": "{username}",
                        "password": "{password}",
                        "domain": {"name": "{domain}"},
                    }
                },
            },
            "scope": {"project": {"name": "{region}"}},
        }
    },
}

# Fields whose values never reach a log.
SECRET_FIELDS: frozenset[str] = frozenset(
    ["admin_pass", "password", "secret", "secret_key", "security_token", "sk", "token"]
)
