"""What the Huawei Cloud ModelArts API spec declares for every call: servers, security, environment."""

from __future__ import annotations

from typing import Any

API_TITLE = "Huawei Cloud ModelArts API"
API_VERSION = "1.0.0"
USER_AGENT = "modelarts-client/0.1.0"

# URL template of the default server and the defaults of its variables.
DEFAULT_SERVER = "https://modelarts.{region}.myhuaweicloud.com"
SERVER_VARIABLES: dict[str, str] = {"region": "cn-north-4"}
# Operations with a server of their own, by name: overridable with endpoints={name: url}.
SERVER_NAMES: tuple[str, ...] = ("iam",)

# Security schemes by name; the runtime uses the first one the caller has credentials for.
SECURITY_SCHEMES: dict[str, dict[str, Any]] = {
    "ApiToken": {"kind": "header", "parameter": "X-Auth-Token", "signing": {}},
    "AkSk": {
        "kind": "signing",
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
DEFAULT_SECURITY: tuple[str, ...] = ("ApiToken", "AkSk")

# Values every call needs, set on the client or read from these environment variables.
CLIENT_PARAMETERS: dict[str, str] = {"project_id": "HUAWEICLOUD_SDK_PROJECT_ID"}

ENVIRONMENT: dict[str, str] = {
    "endpoint": "MODELARTS_ENDPOINT",
    "region": "MODELARTS_REGION",
    "token": "MODELARTS_TOKEN",
    "ak": "HUAWEICLOUD_SDK_AK",
    "sk": "HUAWEICLOUD_SDK_SK",
    "security_token": "HUAWEICLOUD_SDK_SECURITY_TOKEN",
}
