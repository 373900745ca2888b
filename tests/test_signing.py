"""The hand-written AK/SK signer against the official core's test vectors and, for random
requests, against the official ``huaweicloudsdkcore`` signer itself (a test oracle only)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote

from hypothesis import given, settings
from hypothesis import strategies as st
from huaweicloudsdkcore.auth.credentials import BasicCredentials
from huaweicloudsdkcore.sdk_request import SdkRequest
from huaweicloudsdkcore.signer.signer import Signer
from huaweicloudsdkcore.utils.http_utils import parameters_to_tuples

from modelarts_client._signing import canonical_query, query_pairs, sign

HOST = "service.endpoint.myhuaweicloud.com"
DATE = "20200608T023900Z"
# Headers the signer or the test sets itself; random extra headers must not collide with them.
RESERVED = {"host", "x-sdk-date", "content-type", "x-sdk-content-sha256", "authorization"}


def _vector_auth(signature: str) -> str:
    return (
        "SDK-HMAC-SHA256 Access=AccessKey, SignedHeaders=host;x-sdk-date, " f"Signature={signature}"
    )


def _sign_vector(method: str, body: bytes) -> str:
    headers = {"Host": HOST, "X-Sdk-Date": DATE, "TEST_UNDERSCORE": "TEST_VALUE"}
    signed = sign(
        method=method,
        path="/resources",
        query=query_pairs({"size": 1}),
        headers=headers,
        body=body,
        ak="AccessKey",
        sk="SecretKey",
    )
    return signed["Authorization"]


def test_vector_get() -> None:
    expected = "cfb4171acec81de07d50e53d57eb77edd537414d66ddb1d7d780f128e12cd842"
    assert _sign_vector("GET", b"") == _vector_auth(expected)


def test_vector_post() -> None:
    expected = "436b1ac0a1ae03705934bb70ef2f2e09f7bfed2117d731a38235053199323a1f"
    assert _sign_vector("POST", b'{"name":"test","id":1}') == _vector_auth(expected)


@dataclass(frozen=True)
class Request:
    method: str
    path: str
    params: dict[str, Any]
    headers: dict[str, str]
    body: bytes
    ak: str
    sk: str


# Characters that a path or query must escape, plus `~` (kept) and `%` (decoded by the signer).
_TRICKY = " ~%+:/?#&=;,@!$'()*[]éü中😀\t"
_texts = st.text(st.characters(codec="utf-8") | st.sampled_from(_TRICKY), max_size=8)
_segment = st.text(st.sampled_from("abcXYZ019-_." + _TRICKY), max_size=6) | _texts


@st.composite
def _paths(draw: st.DrawFn) -> str:
    # A real client sends each segment already percent-encoded; the signer decodes it again.
    segments = draw(st.lists(_segment, min_size=1, max_size=4))
    trailing = "/" if draw(st.booleans()) else ""
    return "/" + "/".join(quote(seg, safe="") for seg in segments) + trailing


# Lists are homogeneous, as a typed parameter is; the official signer sorts raw values.
_scalars = st.one_of(_texts, st.integers(-1000, 1000), st.booleans())
_lists = st.one_of(
    st.lists(_texts, max_size=4),
    st.lists(st.integers(-20, 20), max_size=4),
    st.lists(st.booleans(), max_size=3),
)
_params = st.dictionaries(_texts, _scalars | _lists, max_size=5)

_header_names = st.text(st.sampled_from("abcdefXYZ0123-_"), min_size=1, max_size=10).filter(
    lambda name: name.lower() not in RESERVED
)
_header_values = st.builds(
    lambda pad, text, tail: pad + text + tail,
    st.sampled_from(["", " ", "  ", "\t"]),
    st.text(
        st.characters(min_codepoint=0x21, max_codepoint=0x7E) | st.sampled_from(" é中"), max_size=10
    ),
    st.sampled_from(["", " ", "  "]),
)


@st.composite
def _bodies(draw: st.DrawFn) -> tuple[dict[str, str], bytes]:
    """Content-Type header (if any) and body: empty, JSON, or opaque bytes (UNSIGNED-PAYLOAD)."""
    kind = draw(st.sampled_from(["none", "empty-json", "json", "bytes"]))
    if kind == "none":
        return {}, b""
    if kind == "bytes":
        content_type = draw(
            st.sampled_from(["application/octet-stream", "text/plain", "multipart/form-data"])
        )
        return {"Content-Type": content_type}, draw(st.binary(max_size=32))
    json_type = draw(st.sampled_from(["application/json", "application/json;charset=UTF-8"]))
    if kind == "empty-json":
        return {"Content-Type": json_type}, b""
    document = draw(st.dictionaries(_texts, _scalars, max_size=3))
    return {"Content-Type": json_type}, json.dumps(document).encode()


@st.composite
def requests(draw: st.DrawFn) -> Request:
    content_headers, body = draw(_bodies())
    extra = draw(st.dictionaries(_header_names, _header_values, max_size=4))
    keys = st.text(st.characters(min_codepoint=0x21, max_codepoint=0x7E), min_size=1, max_size=12)
    return Request(
        method=draw(st.sampled_from(["GET", "POST", "PUT", "DELETE", "PATCH"])),
        path=draw(_paths()),
        params=draw(_params),
        headers={**extra, **content_headers, "X-Sdk-Date": DATE},
        body=body,
        ak=draw(keys),
        sk=draw(keys),
    )


def _official(req: Request) -> tuple[str, str]:
    """Sign as the official client does; return its Authorization and canonical query string."""
    # The official client flattens list parameters into repeated (key, item) tuples
    # ('multi' format) before signing; see ApiClient._parse_query_params.
    multi = {key: "multi" for key, value in req.params.items() if isinstance(value, list)}
    request = SdkRequest(
        method=req.method,
        schema="https",
        host=HOST,  # the official signer adds the Host header from this
        resource_path=req.path,
        query_params=parameters_to_tuples(req.params, multi),
        header_params=dict(req.headers),
        body=req.body,
    )
    signed = Signer(BasicCredentials(req.ak, req.sk)).sign(request)
    return signed.header_params["Authorization"], Signer.process_canonical_query_string(signed)


def _ours(req: Request) -> tuple[str, str]:
    pairs = query_pairs(req.params)
    signed = sign(
        method=req.method,
        path=req.path,
        query=pairs,
        headers={**req.headers, "Host": HOST},  # ours expects Host already set, as the client does
        body=req.body,
        ak=req.ak,
        sk=req.sk,
    )
    return signed["Authorization"], canonical_query(pairs)


@settings(max_examples=200, deadline=None, derandomize=True)
@given(requests())
def test_matches_official_signer(req: Request) -> None:
    ours_auth, ours_query = _ours(req)
    official_auth, official_query = _official(req)
    assert ours_query == official_query
    assert ours_auth == official_auth
