"""Request bodies: JSON, form-urlencoded, multipart/form-data with files, raw media."""

from __future__ import annotations

import io
import re
from pathlib import Path
from typing import Callable, Iterator

import pytest
from harness import Sdk, make_sdk, server  # noqa: F401 (fixtures)
from http_stub import Received


@pytest.fixture
def sdk(make_sdk: Callable[[str], Sdk]) -> Sdk:
    return make_sdk("bodies")


def parts(received: Received) -> list[tuple[list[str], bytes]]:
    """Each multipart part: its header lines and its content, in order."""
    content_type = received.headers["Content-Type"]
    assert content_type.startswith("multipart/form-data; boundary=")
    boundary = content_type.split("boundary=", 1)[1].encode()
    chunks = received.body.split(b"--" + boundary)
    assert chunks[0] == b"" and chunks[-1] == b"--\r\n"
    result = []
    for chunk in chunks[1:-1]:
        head, _, content = chunk[2:-2].partition(b"\r\n\r\n")
        result.append((head.decode().split("\r\n"), content))
    return result


def test_json_uses_wire_names(sdk: Sdk) -> None:
    _, received = sdk.both("send_json", body=sdk.models.Pet(pet_name="Rex", tags=["b", "a"]))
    assert received.body == b'{"petName":"Rex","tags":["b","a"]}'
    assert received.headers["Content-Type"] == "application/json"


def test_form_urlencoded(sdk: Sdk) -> None:
    body = sdk.models.Login(user_name="a b&c", remember=True, scopes=["x", "y"])
    _, received = sdk.both("send_form", body=body)
    assert received.headers["Content-Type"] == "application/x-www-form-urlencoded"
    assert received.body == b"user_name=a%20b%26c&remember=true&scopes=x&scopes=y"


def test_multipart_files_text_and_json_parts(sdk: Sdk, tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_bytes(b"from a path")
    body = {
        "file": io.BytesIO(b"\x00file\xff"),
        "thumbnail": b"PNG",
        "attachments": [path, ("a.csv", b"1,2"), ("b.bin", b"\x01", "application/x-b")],
        "displayName": "Rex",
        "count": 3,
        "labels": ["b", "a"],
        "meta": {"owner": "me"},
    }
    _, received = sdk.call("upload", body=body)
    assert parts(received) == [
        (
            [
                'Content-Disposition: form-data; name="file"; filename="file"',
                "Content-Type: application/octet-stream",
            ],
            b"\x00file\xff",
        ),
        (
            [
                'Content-Disposition: form-data; name="thumbnail"; filename="thumbnail"',
                "Content-Type: image/png",
            ],
            b"PNG",
        ),
        (
            [
                'Content-Disposition: form-data; name="attachments"; filename="notes.txt"',
                "Content-Type: text/plain",
            ],
            b"from a path",
        ),
        (
            [
                'Content-Disposition: form-data; name="attachments"; filename="a.csv"',
                "Content-Type: text/csv",
            ],
            b"1,2",
        ),
        (
            [
                'Content-Disposition: form-data; name="attachments"; filename="b.bin"',
                "Content-Type: application/x-b",
            ],
            b"\x01",
        ),
        (['Content-Disposition: form-data; name="displayName"'], b"Rex"),
        (['Content-Disposition: form-data; name="count"'], b"3"),
        (['Content-Disposition: form-data; name="labels"'], b"b"),
        (['Content-Disposition: form-data; name="labels"'], b"a"),
        (
            ['Content-Disposition: form-data; name="meta"', "Content-Type: application/json"],
            b'{"owner":"me"}',
        ),
    ]


def test_multipart_from_a_model_uses_wire_names(sdk: Sdk) -> None:
    body = sdk.models.Upload(file=b"data", display_name="Rex")
    _, received = sdk.both("upload", body=body)
    assert [(head[0], content) for head, content in parts(received)] == [
        ('Content-Disposition: form-data; name="file"; filename="file"', b"data"),
        ('Content-Disposition: form-data; name="displayName"', b"Rex"),
    ]


def test_raw_bytes(sdk: Sdk) -> None:
    _, received = sdk.both("put_raw", body=b"\x00\x01")
    assert received.body == b"\x00\x01"
    assert received.headers["Content-Type"] == "application/octet-stream"
    assert received.headers["Content-Length"] == "2"


def test_raw_bodies_stream_from_files_paths_and_iterators(sdk: Sdk, tmp_path: Path) -> None:
    data = bytes(range(256)) * 1000  # 256 kB: several chunks
    path = tmp_path / "blob.bin"
    path.write_bytes(data)

    def chunks() -> Iterator[bytes]:
        yield data[:1000]
        yield data[1000:]

    for body in (path, io.BytesIO(data), chunks()):
        _, received = sdk.call("put_raw", body=body)
        assert received.body == data
        assert received.headers.get("Transfer-Encoding") == "chunked"
    _, received = sdk.call_async("put_raw", body=path)
    assert received.body == data and received.headers.get("Transfer-Encoding") == "chunked"


def test_the_multipart_boundary_is_declared_and_used(sdk: Sdk) -> None:
    _, received = sdk.call("upload", body={"file": b"x"})
    boundary = re.fullmatch(
        r"multipart/form-data; boundary=(\w+)", received.headers["Content-Type"]
    )
    assert boundary and received.body.startswith(b"--" + boundary.group(1).encode() + b"\r\n")


def test_the_cli_sends_json_and_form_bodies_by_wire_name(sdk: Sdk) -> None:
    _, received = sdk.cli("send-json", "--body", '{"petName": "Rex", "tags": ["b", "a"]}')
    assert received.body == b'{"petName":"Rex","tags":["b","a"]}'
    _, received = sdk.cli("send-form", "--body", '{"user_name": "a b", "remember": true}')
    assert received.body == b"user_name=a%20b&remember=true"


def test_model_file_fields_take_paths_tuples_and_open_files(sdk: Sdk, tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_bytes(b"from a path")
    body = sdk.models.Upload(
        file=path, attachments=[("a.csv", b"1,2"), ("b.bin", b"\x01", "application/x-b")]
    )
    _, received = sdk.both("upload", body=body)
    assert [(head, content) for head, content in parts(received)] == [
        (
            [
                'Content-Disposition: form-data; name="file"; filename="notes.txt"',
                "Content-Type: text/plain",
            ],
            b"from a path",
        ),
        (
            [
                'Content-Disposition: form-data; name="attachments"; filename="a.csv"',
                "Content-Type: text/csv",
            ],
            b"1,2",
        ),
        (
            [
                'Content-Disposition: form-data; name="attachments"; filename="b.bin"',
                "Content-Type: application/x-b",
            ],
            b"\x01",
        ),
    ]
    _, received = sdk.call("upload", body=sdk.models.Upload(file=io.BytesIO(b"\x00open")))
    assert parts(received)[0][1] == b"\x00open"


def test_a_model_file_field_refuses_what_is_no_file(sdk: Sdk) -> None:
    import pydantic

    with pytest.raises(pydantic.ValidationError, match="expected a file: bytes, text"):
        sdk.models.Upload(file=3)
    with pytest.raises(pydantic.ValidationError, match="expected a file"):
        sdk.models.Upload(file=(b"no name", b"x"))
