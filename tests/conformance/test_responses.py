"""Answers read as the status actually received documents them; Accept lists the media."""

from __future__ import annotations

from typing import Callable

import pytest
from harness import Sdk, make_sdk, server  # noqa: F401 (fixtures)
from http_stub import Reply


@pytest.fixture
def sdk(make_sdk: Callable[[str], Sdk]) -> Sdk:
    return make_sdk("responses")


def test_each_2xx_status_is_read_as_its_own_schema(sdk: Sdk) -> None:
    sdk.reply_with(Reply(201, {"id": "j1", "status": "done"}, {"Location": "/jobs/j1"}))
    created, received = sdk.both("create_job", body={"name": "train"})
    assert type(created) is sdk.models.Job and created == sdk.models.Job(id="j1", status="done")
    assert received.body == b'{"name":"train"}'
    assert received.headers["Accept"] == "application/json"
    sdk.reply_with(Reply(202, {"jobId": "j2"}))
    accepted, _ = sdk.both("create_job", body={"name": "train"})
    assert type(accepted) is sdk.models.Accepted and accepted.job_id == "j2"


def test_the_raw_response_has_status_and_headers(sdk: Sdk) -> None:
    sdk.reply_with(Reply(201, {"id": "j1", "status": "done"}, {"Location": "/jobs/j1"}))
    with sdk.sync_client(endpoint=sdk.server.url + "/api") as client:
        raw = client.with_raw_response.create_job(body={"name": "x"})
    assert raw.status_code == 201 and raw.headers["Location"] == "/jobs/j1"
    assert raw.parse() == sdk.models.Job(id="j1", status="done")


def test_default_is_the_success_when_no_2xx_is_declared(sdk: Sdk) -> None:
    sdk.reply_with(Reply(200, {"id": "d", "status": "ok"}))
    result, _ = sdk.both("only_default")
    assert result == sdk.models.Job(id="d", status="ok")


def test_text_is_str(sdk: Sdk) -> None:
    sdk.reply_with(Reply(200, "héllo\n".encode(), {"Content-Type": "text/plain; charset=utf-8"}))
    result, received = sdk.both("get_text")
    assert result == "héllo\n"
    assert received.headers["Accept"] == "text/plain"


def test_binary_is_bytes_and_accept_names_every_media_type(sdk: Sdk) -> None:
    png = b"\x89PNG\r\n\x1a\n\x00"
    sdk.reply_with(Reply(200, png, {"Content-Type": "image/png"}))
    result, received = sdk.both("get_image")
    assert result == png and received.headers["Accept"] == "image/png"
    sdk.reply_with(Reply(200, b"\x00\x01", {"Content-Type": "application/octet-stream"}))
    result, received = sdk.both("download")
    assert result == b"\x00\x01"
    assert received.headers["Accept"] == "application/octet-stream, application/json"


def test_no_content_is_none(sdk: Sdk) -> None:
    sdk.reply_with(Reply(204))
    result, received = sdk.both("delete_job", id="j 1")
    assert result is None
    assert (received.method, received.raw_path) == ("DELETE", "/api/jobs/j%201")
