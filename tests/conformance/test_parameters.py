"""Parameters as OpenAPI 3.1's style/explode table serializes them, order kept."""

from __future__ import annotations

import warnings
from typing import Any, Callable

import pytest
from harness import Sdk, make_sdk, server  # noqa: F401 (fixtures)

POINT = {"R": 100, "G": 200, "B": 150}


@pytest.fixture
def sdk(make_sdk: Callable[[str], Sdk]) -> Sdk:
    return make_sdk("parameters")


def target(sdk: Sdk, method: str, **arguments: Any) -> str:
    _, received = sdk.both(method, **arguments)
    return received.raw_path + ("?" + received.raw_query if received.raw_query else "")


def test_path_simple(sdk: Sdk) -> None:
    point = sdk.models.Point(R=100, G=200, B=150)
    sent = target(sdk, "path_simple", id="a b/c", ids=[3, 4, 5], point=point, xpoint=POINT)
    assert sent == "/api/simple/a%20b%2Fc/3,4,5/R,100,G,200,B,150/R=100,G=200,B=150"


def test_path_label(sdk: Sdk) -> None:
    ids = ["3", "4", "5"]
    sent = target(sdk, "path_label", id="5", ids=ids, xids=ids, point=POINT, xpoint=POINT)
    assert sent == "/api/label/.5/.3,4,5/.3.4.5/.R,100,G,200,B,150/.R=100.G=200.B=150"


def test_path_matrix(sdk: Sdk) -> None:
    ids = ["3", "4", "5"]
    sent = target(sdk, "path_matrix", id="5", ids=ids, xids=ids, point=POINT, xpoint=POINT)
    assert sent == (
        "/api/matrix/;id=5/;ids=3,4,5/;xids=3;xids=4;xids=5/;point=R,100,G,200,B,150"
        "/;R=100;G=200;B=150"
    )


def test_query_styles_keep_order_and_delimiters(sdk: Sdk) -> None:
    sent = target(
        sdk,
        "query_styles",
        tags=["zeta", "alpha"],
        flat=["b", "a"],
        spaced=[2, 1],
        piped=[2, 1],
        point=POINT,
        packed=POINT,
        filter={"role": "admin", "first_name": "Al"},
        flag=True,
        level=2,
        q="a b&c=d",
        url="http://x/y?z#top[1]",
    )
    assert sent == (
        "/api/query?tags=zeta&tags=alpha&flat=b,a&spaced=2%201&piped=2|1&R=100&G=200&B=150"
        "&packed=R,100,G,200,B,150&filter[role]=admin&filter[first_name]=Al&flag=true&level=2"
        "&q=a%20b%26c%3Dd&url=http://x/y?z%23top%5B1%5D"
    )


def test_query_leaves_out_what_is_not_given(sdk: Sdk) -> None:
    assert target(sdk, "query_styles", q="x") == "/api/query?q=x"
    assert target(sdk, "query_styles") == "/api/query"


def test_headers_and_cookies(sdk: Sdk) -> None:
    _, received = sdk.both(
        "headers_and_cookies",
        x_ids=["b", "a"],
        x_point=POINT,
        x_xpoint=POINT,
        x_flag=False,
        session="s 1",
        ids=[2, 1],
    )
    assert received.headers["X-Ids"] == "b,a"
    assert received.headers["X-Point"] == "R,100,G,200,B,150"
    assert received.headers["X-Xpoint"] == "R=100,G=200,B=150"
    assert received.headers["X-Flag"] == "false"
    assert received.headers["Cookie"] == "session=s%201; ids=2,1"


def test_the_cli_sends_the_same_query(sdk: Sdk) -> None:
    _, received = sdk.cli(
        "query-styles",
        "--tags",
        "zeta",
        "--tags",
        "alpha",
        "--piped",
        "2",
        "--piped",
        "1",
        "--filter",
        '{"role": "admin"}',
        "--flag",
        "true",
    )
    assert received.raw_query == "tags=zeta&tags=alpha&piped=2|1&filter[role]=admin&flag=true"


def test_deprecated_operations_and_parameters_warn(sdk: Sdk) -> None:
    method = sdk.sync_client.old_search
    assert method.__deprecated__ == "The operation old_search is deprecated."  # PEP 702
    with pytest.warns(DeprecationWarning, match="old_search is deprecated"):
        assert target(sdk, "old_search", q="x") == "/api/old-search?q=x"
    with pytest.warns(DeprecationWarning, match="search: parameter 'legacy' is deprecated"):
        target(sdk, "search", q="x", legacy="y")
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert target(sdk, "search", q="x") == "/api/search?q=x"


def test_the_cli_sends_path_styles_headers_and_cookies_alike(sdk: Sdk) -> None:
    point = '{"R": 100, "G": 200, "B": 150}'
    _, received = sdk.cli(
        "path-simple",
        "--id",
        "a b/c",
        "--ids",
        "3",
        "--ids",
        "4",
        "--ids",
        "5",
        "--point",
        point,
        "--xpoint",
        point,
    )
    assert received.raw_path == "/api/simple/a%20b%2Fc/3,4,5/R,100,G,200,B,150/R=100,G=200,B=150"
    _, received = sdk.cli("headers-and-cookies", "--x-ids", "b", "--x-ids", "a", "--session", "s 1")
    assert received.headers["X-Ids"] == "b,a" and received.headers["Cookie"] == "session=s%201"
