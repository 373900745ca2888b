"""How spec strings are split into words, the start of every generated name."""

from __future__ import annotations

import pytest

from generator.codegen.naming import pascal, snake, words


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("getHTTPResponse-v2", ["get", "HTTP", "Response", "v2"]),
        ("getHTTP", ["get", "HTTP"]),
        ("HTTPResponse", ["HTTP", "Response"]),
        ("AB1", ["AB1"]),  # digits after capitals stay with them
        ("AB1c", ["AB1c"]),
        ("A1Bc", ["A1", "Bc"]),  # a capital after a digit starts a word
        ("2FA", ["2", "FA"]),
        ("aBCd", ["a", "B", "Cd"]),
        ("ABc", ["A", "Bc"]),
        ("AB-c", ["AB", "c"]),  # punctuation separates: no boundary looks across it
        ("__dunder__", ["dunder"]),
        ("na me.x", ["na", "me", "x"]),
        ("näme", ["name"]),
        ("ﬁle", ["file"]),  # compatibility forms become their ASCII letters
        ("名前", []),
        ("-1", ["minus", "1"]),
        ("+1", ["plus", "1"]),
        ("", []),
    ],
)
def test_words(text: str, expected: list[str]) -> None:
    assert words(text) == expected


def test_names_from_words() -> None:
    assert snake("getHTTPResponse-v2") == "get_http_response_v2"
    assert pascal("getHTTPResponse-v2") == "GetHTTPResponseV2"
    assert snake("名前") == "value"
    assert pascal("2FA") == "Model2FA"
