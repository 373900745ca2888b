"""One case per rule outside the schema keyword matrix: paths and operations, parameters,
request bodies, responses and their headers, properties, lifecycle, security and info."""

from __future__ import annotations

import datetime
from typing import Any

import pytest
from diff_cases import JSON, LIST, SHOW, UPDATE, Edit, diff, drop, edits, find, put

from generator.diff import DeprecationPolicy
from generator.diff.rules import rules

ITEMS = ("paths", "/items", "get")
SHOW_OP = ("paths", "/items/{item_id}", "get")
UPDATE_OP = ("paths", "/items/{item_id}", "put")
ITEM = ("components", "schemas", "Item")
UPDATE_BODY = ("components", "schemas", "ItemUpdate")
LIMIT = (*SHOW_OP, "parameters", 0)
RATE = (*SHOW_OP, "responses", "200", "headers", "X-Rate")
POLICY = DeprecationPolicy(deprecation_days=30, today=datetime.date(2026, 1, 1))
S = {"type": "string"}
FUTURE, SOON, NOT_A_DATE = "2999-01-01", "2026-01-10", "next spring"
REQ_BODY, RESP_200 = f"request body {JSON}", f"response 200 {JSON}"


def flag(*path: Any, **values: Any) -> Edit:
    return edits(*(put(*path, key, value=value) for key, value in values.items()))


def required(*path: Any, names: list[str]) -> Edit:
    return put(*path, "required", value=names)


def prop(*path: Any, name: str, **values: Any) -> Edit:
    return put(*path, "properties", name, value={**S, **values})


NEW_PATH = put(
    "paths",
    "/things",
    value={"get": {"operationId": "list_things", "responses": {"200": {"description": "ok"}}}},
)
WEBHOOK = put(
    "webhooks", value={"itemCreated": {"post": {"responses": {"200": {"description": "ok"}}}}}
)
QUERY = {"name": "q", "in": "query", "schema": S}
OAUTH = [{"oauth": ["read"]}]
FLOW = ("components", "securitySchemes", "oauth", "flows", "clientCredentials")

# (rule id, edit of the old spec, edit of the new spec, operation, location, with the policy)
CASES: list[tuple[str, Edit | None, Edit | None, str, str, bool]] = [
    # paths and operations
    ("endpoint-added", None, NEW_PATH, "GET /things", "operation", False),
    (
        "api-path-removed-without-deprecation",
        None,
        drop("paths", "/items"),
        LIST,
        "operation",
        False,
    ),
    (
        "api-path-removed-with-deprecation",
        flag(*ITEMS, deprecated=True),
        drop("paths", "/items"),
        LIST,
        "operation",
        False,
    ),
    (
        "api-path-removed-before-sunset",
        flag(*ITEMS, deprecated=True, **{"x-sunset": FUTURE}),
        drop("paths", "/items"),
        LIST,
        "operation",
        False,
    ),
    (
        "api-path-sunset-parse",
        flag(*ITEMS, deprecated=True, **{"x-sunset": NOT_A_DATE}),
        drop("paths", "/items"),
        LIST,
        "operation",
        False,
    ),
    ("api-removed-without-deprecation", None, drop(*UPDATE_OP), UPDATE, "operation", False),
    (
        "api-removed-with-deprecation",
        flag(*UPDATE_OP, deprecated=True),
        drop(*UPDATE_OP),
        UPDATE,
        "operation",
        False,
    ),
    (
        "api-removed-before-sunset",
        flag(*UPDATE_OP, deprecated=True, **{"x-sunset": FUTURE}),
        drop(*UPDATE_OP),
        UPDATE,
        "operation",
        False,
    ),
    ("endpoint-deprecated", None, flag(*ITEMS, deprecated=True), LIST, "operation", False),
    (
        "endpoint-deprecated-with-sunset",
        None,
        flag(*ITEMS, deprecated=True, **{"x-sunset": FUTURE}),
        LIST,
        "operation",
        False,
    ),
    ("endpoint-reactivated", flag(*ITEMS, deprecated=True), None, LIST, "operation", False),
    ("api-deprecated-sunset-missing", None, flag(*ITEMS, deprecated=True), LIST, "operation", True),
    (
        "api-deprecated-sunset-parse",
        None,
        flag(*ITEMS, deprecated=True, **{"x-sunset": NOT_A_DATE}),
        LIST,
        "operation",
        False,
    ),
    (
        "api-sunset-date-too-small",
        None,
        flag(*ITEMS, deprecated=True, **{"x-sunset": SOON}),
        LIST,
        "operation",
        True,
    ),
    (
        "sunset-deleted",
        flag(*ITEMS, deprecated=True, **{"x-sunset": FUTURE}),
        flag(*ITEMS, deprecated=True),
        LIST,
        "operation",
        False,
    ),
    (
        "api-sunset-date-changed-too-small",
        flag(*ITEMS, deprecated=True, **{"x-sunset": FUTURE}),
        flag(*ITEMS, deprecated=True, **{"x-sunset": "2998-01-01"}),
        LIST,
        "operation",
        False,
    ),
    (
        "api-stability-decreased",
        flag(*ITEMS, **{"x-stability-level": "stable"}),
        flag(*ITEMS, **{"x-stability-level": "beta"}),
        LIST,
        "operation",
        False,
    ),
    (
        "api-stability-increased",
        flag(*ITEMS, **{"x-stability-level": "beta"}),
        flag(*ITEMS, **{"x-stability-level": "stable"}),
        LIST,
        "operation",
        False,
    ),
    (
        "api-invalid-stability-level",
        None,
        flag(*ITEMS, **{"x-stability-level": "wobbly"}),
        LIST,
        "operation",
        False,
    ),
    (
        "api-operation-id-removed",
        None,
        flag(*ITEMS, operationId="list_all_items"),
        LIST,
        "operation",
        False,
    ),
    (
        "api-operation-id-added",
        None,
        flag(*ITEMS, operationId="list_all_items"),
        LIST,
        "operation",
        False,
    ),
    ("api-tag-removed", None, flag(*ITEMS, tags=["catalog"]), LIST, "operation", False),
    ("api-tag-added", None, flag(*ITEMS, tags=["catalog"]), LIST, "operation", False),
    ("webhook-removed", WEBHOOK, None, "", "spec", False),
    ("webhook-added", None, WEBHOOK, "", "spec", False),
    ("api-schema-removed", None, drop("components", "schemas", "Dog"), "", "spec", False),
    # parameters
    (
        "new-required-request-parameter",
        None,
        put(*SHOW_OP, "parameters", 3, value={**QUERY, "required": True}),
        SHOW,
        "query parameter q",
        False,
    ),
    (
        "new-optional-request-parameter",
        None,
        put(*SHOW_OP, "parameters", 3, value=QUERY),
        SHOW,
        "query parameter q",
        False,
    ),
    (
        "new-request-path-parameter",
        drop("paths", "/items/{item_id}", "parameters"),
        None,
        SHOW,
        "path parameter item_id",
        False,
    ),
    (
        "new-required-request-default-parameter-to-existing-path",
        None,
        put("paths", "/items/{item_id}", "parameters", 1, value={**QUERY, "required": True}),
        SHOW,
        "query parameter q",
        False,
    ),
    (
        "new-optional-request-default-parameter-to-existing-path",
        None,
        put("paths", "/items/{item_id}", "parameters", 1, value=QUERY),
        UPDATE,
        "query parameter q",
        False,
    ),
    ("request-parameter-removed", None, drop(*LIMIT), SHOW, "query parameter limit", False),
    (
        "request-parameter-removed-with-deprecation",
        flag(*LIMIT, deprecated=True),
        drop(*LIMIT),
        SHOW,
        "query parameter limit",
        False,
    ),
    (
        "request-parameter-removed-before-sunset",
        flag(*LIMIT, deprecated=True, **{"x-sunset": FUTURE}),
        drop(*LIMIT),
        SHOW,
        "query parameter limit",
        False,
    ),
    (
        "request-parameter-sunset-parse",
        flag(*LIMIT, deprecated=True, **{"x-sunset": NOT_A_DATE}),
        drop(*LIMIT),
        SHOW,
        "query parameter limit",
        False,
    ),
    (
        "request-parameter-became-required",
        None,
        flag(*LIMIT, required=True),
        SHOW,
        "query parameter limit",
        False,
    ),
    (
        "request-parameter-became-optional",
        flag(*LIMIT, required=True),
        None,
        SHOW,
        "query parameter limit",
        False,
    ),
    (
        "request-parameter-deprecated",
        None,
        flag(*LIMIT, deprecated=True),
        SHOW,
        "query parameter limit",
        False,
    ),
    (
        "request-parameter-reactivated",
        flag(*LIMIT, deprecated=True),
        None,
        SHOW,
        "query parameter limit",
        False,
    ),
    (
        "request-parameter-deprecated-sunset-missing",
        None,
        flag(*LIMIT, deprecated=True),
        SHOW,
        "query parameter limit",
        True,
    ),
    (
        "request-parameter-sunset-date-too-small",
        None,
        flag(*LIMIT, deprecated=True, **{"x-sunset": SOON}),
        SHOW,
        "query parameter limit",
        True,
    ),
    (
        "request-parameter-sunset-deleted",
        flag(*LIMIT, deprecated=True, **{"x-sunset": FUTURE}),
        flag(*LIMIT, deprecated=True),
        SHOW,
        "query parameter limit",
        False,
    ),
    (
        "request-parameter-sunset-date-changed-too-small",
        flag(*LIMIT, deprecated=True, **{"x-sunset": FUTURE}),
        flag(*LIMIT, deprecated=True, **{"x-sunset": "2998-01-01"}),
        SHOW,
        "query parameter limit",
        False,
    ),
    # request bodies
    (
        "request-body-added-required",
        drop(*UPDATE_OP, "requestBody"),
        None,
        UPDATE,
        "request body",
        False,
    ),
    (
        "request-body-added-optional",
        drop(*UPDATE_OP, "requestBody"),
        flag(*UPDATE_OP, "requestBody", required=False),
        UPDATE,
        "request body",
        False,
    ),
    ("request-body-removed", None, drop(*UPDATE_OP, "requestBody"), UPDATE, "request body", False),
    (
        "request-body-became-optional",
        None,
        flag(*UPDATE_OP, "requestBody", required=False),
        UPDATE,
        "request body",
        False,
    ),
    (
        "request-body-became-required",
        flag(*UPDATE_OP, "requestBody", required=False),
        None,
        UPDATE,
        "request body",
        False,
    ),
    (
        "request-body-media-type-removed",
        None,
        put(*UPDATE_OP, "requestBody", "content", value={"application/xml": {"schema": S}}),
        UPDATE,
        "request body",
        False,
    ),
    (
        "request-body-media-type-added",
        None,
        put(*UPDATE_OP, "requestBody", "content", "application/xml", value={"schema": S}),
        UPDATE,
        "request body",
        False,
    ),
    (
        "request-body-media-type-schema-added",
        drop(*UPDATE_OP, "requestBody", "content", JSON, "schema"),
        None,
        UPDATE,
        REQ_BODY,
        False,
    ),
    (
        "request-body-media-type-schema-removed",
        None,
        drop(*UPDATE_OP, "requestBody", "content", JSON, "schema"),
        UPDATE,
        REQ_BODY,
        False,
    ),
    # responses and headers
    (
        "response-success-status-removed",
        None,
        put(*ITEMS, "responses", value={"204": {"description": "none"}}),
        LIST,
        "response 200",
        False,
    ),
    (
        "response-success-status-added",
        None,
        put(*ITEMS, "responses", "201", value={"description": "made"}),
        LIST,
        "response 201",
        False,
    ),
    (
        "response-non-success-status-removed",
        None,
        drop(*SHOW_OP, "responses", "404"),
        SHOW,
        "response 404",
        False,
    ),
    (
        "response-non-success-status-added",
        None,
        put(*SHOW_OP, "responses", "500", value={"description": "oops"}),
        SHOW,
        "response 500",
        False,
    ),
    (
        "response-media-type-removed",
        None,
        put(*ITEMS, "responses", "200", "content", value={"text/csv": {"schema": S}}),
        LIST,
        "response 200",
        False,
    ),
    (
        "response-media-type-added",
        None,
        put(*ITEMS, "responses", "200", "content", "text/csv", value={"schema": S}),
        LIST,
        "response 200",
        False,
    ),
    (
        "response-media-type-name-generalized",
        None,
        put(*ITEMS, "responses", "200", "content", value={"application/*": {"schema": S}}),
        LIST,
        "response 200",
        False,
    ),
    (
        "response-media-type-name-specialized",
        put(*ITEMS, "responses", "200", "content", value={"application/*": {"schema": S}}),
        put(*ITEMS, "responses", "200", "content", value={JSON: {"schema": S}}),
        LIST,
        "response 200",
        False,
    ),
    (
        "response-media-type-name-changed",
        None,
        put(*ITEMS, "responses", "200", "content", value={f"{JSON}; charset=utf-8": {"schema": S}}),
        LIST,
        "response 200",
        False,
    ),
    (
        "response-body-media-type-schema-removed",
        None,
        drop(*ITEMS, "responses", "200", "content", JSON, "schema"),
        LIST,
        RESP_200,
        False,
    ),
    (
        "response-body-media-type-schema-added",
        drop(*ITEMS, "responses", "200", "content", JSON, "schema"),
        None,
        LIST,
        RESP_200,
        False,
    ),
    (
        "required-response-header-removed",
        None,
        drop(*RATE),
        SHOW,
        "response 200 header x-rate",
        False,
    ),
    (
        "optional-response-header-removed",
        None,
        drop(*SHOW_OP, "responses", "200", "headers", "X-Page"),
        SHOW,
        "response 200 header x-page",
        False,
    ),
    (
        "response-header-added",
        None,
        put(*SHOW_OP, "responses", "200", "headers", "X-New", value={"schema": S}),
        SHOW,
        "response 200 header x-new",
        False,
    ),
    (
        "response-header-became-optional",
        None,
        flag(*RATE, required=False),
        SHOW,
        "response 200 header x-rate",
        False,
    ),
    # request properties
    (
        "request-property-removed",
        None,
        drop(*UPDATE_BODY, "properties", "count"),
        UPDATE,
        f"{REQ_BODY}: count",
        False,
    ),
    (
        "new-required-request-property",
        None,
        edits(prop(*UPDATE_BODY, name="sku"), required(*UPDATE_BODY, names=["name", "sku"])),
        UPDATE,
        f"{REQ_BODY}: sku",
        False,
    ),
    (
        "new-required-request-property-with-default",
        None,
        edits(
            prop(*UPDATE_BODY, name="sku", default="x"),
            required(*UPDATE_BODY, names=["name", "sku"]),
        ),
        UPDATE,
        f"{REQ_BODY}: sku",
        False,
    ),
    (
        "new-optional-request-property",
        None,
        prop(*UPDATE_BODY, name="sku"),
        UPDATE,
        f"{REQ_BODY}: sku",
        False,
    ),
    (
        "request-property-became-required",
        None,
        required(*UPDATE_BODY, names=["name", "count"]),
        UPDATE,
        f"{REQ_BODY}: count",
        False,
    ),
    (
        "request-property-became-required-with-default",
        None,
        edits(
            flag(*UPDATE_BODY, "properties", "count", default=1),
            required(*UPDATE_BODY, names=["name", "count"]),
        ),
        UPDATE,
        f"{REQ_BODY}: count",
        False,
    ),
    (
        "request-property-became-optional",
        None,
        required(*UPDATE_BODY, names=[]),
        UPDATE,
        f"{REQ_BODY}: name",
        False,
    ),
    (
        "new-required-request-header-property",
        None,
        edits(
            put(*SHOW_OP, "parameters", 2, "schema", "properties", "mode", value=S),
            put(*SHOW_OP, "parameters", 2, "schema", "required", value=["mode"]),
        ),
        SHOW,
        "header parameter X-Filter: mode",
        False,
    ),
    (
        "request-header-property-became-required",
        None,
        put(*SHOW_OP, "parameters", 2, "schema", "required", value=["kind"]),
        SHOW,
        "header parameter X-Filter: kind",
        False,
    ),
    # response properties
    (
        "response-required-property-removed",
        None,
        edits(drop(*ITEM, "properties", "name"), required(*ITEM, names=["id"])),
        SHOW,
        f"{RESP_200}: name",
        False,
    ),
    (
        "response-optional-property-removed",
        None,
        drop(*ITEM, "properties", "count"),
        SHOW,
        f"{RESP_200}: count",
        False,
    ),
    (
        "response-optional-write-only-property-removed",
        flag(*ITEM, "properties", "count", writeOnly=True),
        drop(*ITEM, "properties", "count"),
        SHOW,
        f"{RESP_200}: count",
        False,
    ),
    (
        "response-required-write-only-property-removed",
        flag(*ITEM, "properties", "name", writeOnly=True),
        drop(*ITEM, "properties", "name"),
        SHOW,
        f"{RESP_200}: name",
        False,
    ),
    (
        "response-optional-property-added",
        None,
        prop(*ITEM, name="sku"),
        SHOW,
        f"{RESP_200}: sku",
        False,
    ),
    (
        "response-required-property-added",
        None,
        edits(prop(*ITEM, name="sku"), required(*ITEM, names=["id", "name", "sku"])),
        SHOW,
        f"{RESP_200}: sku",
        False,
    ),
    (
        "response-optional-write-only-property-added",
        None,
        prop(*ITEM, name="sku", writeOnly=True),
        SHOW,
        f"{RESP_200}: sku",
        False,
    ),
    (
        "response-required-write-only-property-added",
        None,
        edits(
            prop(*ITEM, name="sku", writeOnly=True), required(*ITEM, names=["id", "name", "sku"])
        ),
        SHOW,
        f"{RESP_200}: sku",
        False,
    ),
    (
        "response-property-became-optional",
        None,
        required(*ITEM, names=["id"]),
        SHOW,
        f"{RESP_200}: name",
        False,
    ),
    (
        "response-write-only-property-became-optional",
        flag(*ITEM, "properties", "name", writeOnly=True),
        edits(flag(*ITEM, "properties", "name", writeOnly=True), required(*ITEM, names=["id"])),
        SHOW,
        f"{RESP_200}: name",
        False,
    ),
    (
        "response-property-became-required",
        None,
        required(*ITEM, names=["id", "name", "count"]),
        SHOW,
        f"{RESP_200}: count",
        False,
    ),
    (
        "response-write-only-property-became-required",
        flag(*ITEM, "properties", "count", writeOnly=True),
        edits(
            flag(*ITEM, "properties", "count", writeOnly=True),
            required(*ITEM, names=["id", "name", "count"]),
        ),
        SHOW,
        f"{RESP_200}: count",
        False,
    ),
    # security
    ("api-security-added", None, flag(*UPDATE_OP, security=OAUTH), UPDATE, "operation", False),
    (
        "api-security-removed",
        flag(*UPDATE_OP, security=OAUTH),
        flag(*UPDATE_OP, security=[]),
        UPDATE,
        "operation",
        False,
    ),
    (
        "api-security-scope-added",
        flag(*UPDATE_OP, security=OAUTH),
        flag(*UPDATE_OP, security=[{"oauth": ["read", "write"]}]),
        UPDATE,
        "operation",
        False,
    ),
    (
        "api-security-scope-removed",
        flag(*UPDATE_OP, security=[{"oauth": ["read", "write"]}]),
        flag(*UPDATE_OP, security=OAUTH),
        UPDATE,
        "operation",
        False,
    ),
    ("api-global-security-added", None, put("security", 1, value=OAUTH[0]), "", "spec", False),
    ("api-global-security-removed", None, put("security", value=[]), "", "spec", False),
    (
        "api-global-security-scope-added",
        put("security", value=OAUTH),
        put("security", value=[{"oauth": ["read", "write"]}]),
        "",
        "spec",
        False,
    ),
    (
        "api-global-security-scope-removed",
        put("security", value=[{"oauth": ["read", "write"]}]),
        put("security", value=OAUTH),
        "",
        "spec",
        False,
    ),
    (
        "api-security-component-removed",
        None,
        drop("components", "securitySchemes", "oauth"),
        "",
        "spec",
        False,
    ),
    (
        "api-security-component-added",
        None,
        put(
            "components",
            "securitySchemes",
            "key",
            value={"type": "apiKey", "in": "header", "name": "X-Key"},
        ),
        "",
        "spec",
        False,
    ),
    (
        "api-security-component-type-changed",
        None,
        put(
            "components",
            "securitySchemes",
            "token",
            value={"type": "apiKey", "in": "header", "name": "X-Key"},
        ),
        "",
        "spec",
        False,
    ),
    (
        "api-security-component-oauth-token-url-changed",
        None,
        flag(*FLOW, tokenUrl="https://auth.example.com/v2/token"),
        "",
        "spec",
        False,
    ),
    (
        "api-security-component-oauth-url-changed",
        flag(*FLOW, authorizationUrl="https://a.example.com"),
        flag(*FLOW, authorizationUrl="https://b.example.com"),
        "",
        "spec",
        False,
    ),
    (
        "api-security-component-oauth-scope-added",
        None,
        put(*FLOW, "scopes", "write", value="write things"),
        "",
        "spec",
        False,
    ),
    (
        "api-security-component-oauth-scope-removed",
        None,
        put(*FLOW, "scopes", value={}),
        "",
        "spec",
        False,
    ),
    (
        "api-security-component-oauth-scope-changed",
        None,
        put(*FLOW, "scopes", "read", value="read all things"),
        "",
        "spec",
        False,
    ),
    # info
    ("api-version-not-bumped", None, NEW_PATH, "", "spec", False),
    (
        "api-version-decreased",
        None,
        edits(NEW_PATH, put("info", "version", value="0.9.0")),
        "",
        "spec",
        False,
    ),
    (
        "api-major-version-not-bumped",
        None,
        edits(drop("paths", "/items"), put("info", "version", value="1.1.0")),
        "",
        "spec",
        False,
    ),
]


def _mutability_cases() -> list[tuple[str, Edit | None, Edit | None, str, str, bool]]:
    """{direction}-{required|optional}-property-became-{[not-]read-only|[not-]write-only}."""
    cases: list[tuple[str, Edit | None, Edit | None, str, str, bool]] = []
    for direction, schema, operation, place, names in (
        ("request", UPDATE_BODY, UPDATE, REQ_BODY, {"required": "name", "optional": "count"}),
        ("response", ITEM, SHOW, RESP_200, {"required": "name", "optional": "count"}),
    ):
        for state, name in names.items():
            for keyword, word in (("readOnly", "read-only"), ("writeOnly", "write-only")):
                on = flag(*schema, "properties", name, **{keyword: True})
                for became, before, after in ((word, None, on), (f"not-{word}", on, None)):
                    rule_id = f"{direction}-{state}-property-became-{became}"
                    if rule_id in rules():
                        cases.append((rule_id, before, after, operation, f"{place}: {name}", False))
    return cases


def _lifecycle_cases() -> list[tuple[str, Edit | None, Edit | None, str, str, bool]]:
    cases: list[tuple[str, Edit | None, Edit | None, str, str, bool]] = []
    for direction, schema, operation, place in (
        ("request", UPDATE_BODY, UPDATE, REQ_BODY),
        ("response", ITEM, SHOW, RESP_200),
    ):
        name = ("properties", "count")
        where = f"{place}: count"
        deprecated = flag(*schema, *name, deprecated=True)
        cases += [
            (f"{direction}-property-deprecated", None, deprecated, operation, where, False),
            (
                f"{direction}-property-deprecated-with-sunset",
                None,
                flag(*schema, *name, deprecated=True, **{"x-sunset": FUTURE}),
                operation,
                where,
                False,
            ),
            (f"{direction}-property-reactivated", deprecated, None, operation, where, False),
            (
                f"{direction}-property-deprecated-sunset-missing",
                None,
                deprecated,
                operation,
                where,
                True,
            ),
            (
                f"{direction}-property-deprecated-sunset-invalid",
                None,
                flag(*schema, *name, deprecated=True, **{"x-sunset": NOT_A_DATE}),
                operation,
                where,
                False,
            ),
            (
                f"{direction}-property-sunset-date-too-small",
                None,
                flag(*schema, *name, deprecated=True, **{"x-sunset": SOON}),
                operation,
                where,
                True,
            ),
            (
                f"{direction}-property-stability-decreased",
                flag(*schema, *name, **{"x-stability-level": "stable"}),
                flag(*schema, *name, **{"x-stability-level": "alpha"}),
                operation,
                where,
                False,
            ),
            (
                f"{direction}-property-stability-increased",
                flag(*schema, *name, **{"x-stability-level": "draft"}),
                flag(*schema, *name, **{"x-stability-level": "beta"}),
                operation,
                where,
                False,
            ),
        ]
    return cases


ALL = CASES + _mutability_cases() + _lifecycle_cases()


@pytest.mark.parametrize(
    "rule_id, before, after, operation, location, with_policy", ALL, ids=[c[0] for c in ALL]
)
def test_rule(
    rule_id: str,
    before: Edit | None,
    after: Edit | None,
    operation: str,
    location: str,
    with_policy: bool,
) -> None:
    changes = diff(before, after, POLICY if with_policy else None)
    here = [c for c in changes if c.operation == operation and c.location == location]
    found = find(here, rule_id)
    assert found.level == rules()[rule_id].level


@pytest.mark.parametrize(
    "rule_id",
    [
        "api-deprecated-sunset-missing",
        "request-parameter-deprecated-sunset-missing",
        "request-property-deprecated-sunset-missing",
    ],
)
def test_sunset_policy_is_off_by_default(rule_id: str) -> None:
    case = next(c for c in ALL if c[0] == rule_id)
    assert rule_id not in {c.id for c in diff(case[1], case[2])}


def test_deprecation_far_enough_ahead_meets_the_policy() -> None:
    changes = diff(None, flag(*ITEMS, deprecated=True, **{"x-sunset": FUTURE}), POLICY)
    assert [c.id for c in changes if c.operation == LIST] == ["endpoint-deprecated-with-sunset"]


def test_renamed_path_parameter_is_the_same_parameter() -> None:
    def rename(doc: dict[str, Any]) -> None:
        doc["paths"]["/items/{id}"] = doc["paths"].pop("/items/{item_id}")
        doc["paths"]["/items/{id}"]["parameters"][0]["name"] = "id"

    assert diff(None, rename) == []


def test_read_only_properties_are_not_required_of_clients() -> None:
    after = edits(
        prop(*UPDATE_BODY, name="sku", readOnly=True), required(*UPDATE_BODY, names=["name", "sku"])
    )
    assert not [c for c in diff(None, after) if c.level == "ERR"]


VERSION_IDS = {"api-version-not-bumped", "api-version-decreased", "api-major-version-not-bumped"}


@pytest.mark.parametrize(
    "before, after",
    [("v2", "v2"), ("v2", "v1"), ("2024-01-01", "2023-12-01"), ("1.0", "1.0"), ("v1", "1.1.0")],
)
def test_version_rules_are_silent_on_versions_that_are_not_semver(before: str, after: str) -> None:
    breaking = drop("paths", "/items")
    changes = diff(
        put("info", "version", value=before), edits(breaking, flag("info", version=after))
    )
    assert any(c.level == "ERR" for c in changes)
    assert not VERSION_IDS & {c.id for c in changes}


@pytest.mark.parametrize(
    "before, after, expected",
    [
        ("v1.2.3", "v1.2.3", "api-version-not-bumped"),
        ("1.2.3", "1.2.3-beta.1+b7", "api-version-decreased"),
        ("0.3.0", "0.3.1", "api-major-version-not-bumped"),
        ("0.3.0", "0.4.0", None),  # below 1.0.0 the minor carries a breaking change
        ("1.9.0", "2.0.0", None),
    ],
)
def test_version_rules_on_semantic_versions(before: str, after: str, expected: str | None) -> None:
    changes = diff(
        put("info", "version", value=before),
        edits(drop("paths", "/items"), flag("info", version=after)),
    )
    assert [c.id for c in changes if c.id in VERSION_IDS] == ([expected] if expected else [])
