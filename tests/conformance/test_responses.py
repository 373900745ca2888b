"""Answers read as the status actually received documents them; Accept lists the media."""

from __future__ import annotations

import asyncio
import datetime
import importlib
import json
import socket
import threading
import uuid
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


def test_a_streamed_download_is_read_in_chunks(sdk: Sdk) -> None:
    data = bytes(range(256)) * 400
    sdk.reply_with(Reply(200, data, {"Content-Type": "application/octet-stream"}))
    with sdk.sync_client(endpoint=sdk.server.url + "/api") as client:
        with client.with_streaming_response.download() as response:
            assert response.status_code == 200
            chunks = list(response.iter_bytes(chunk_size=10_000))
    assert b"".join(chunks) == data and len(chunks) > 1

    async def download() -> list[bytes]:
        async with sdk.async_client(endpoint=sdk.server.url + "/api") as client:
            async with client.with_streaming_response.download() as response:
                return [chunk async for chunk in response.aiter_bytes(chunk_size=10_000)]

    assert b"".join(asyncio.run(download())) == data


def test_a_streamed_error_raises_as_any_call(sdk: Sdk) -> None:
    sdk.reply_with(Reply(404, {"message": "gone"}))
    with sdk.sync_client(endpoint=sdk.server.url + "/api", max_retries=0) as client:
        with pytest.raises(getattr(sdk.package, "NotFoundError")):
            with client.with_streaming_response.download():
                pass


EVENTS = (
    b'event: update\nid: 1\ndata: {"id": "j1", "status": "running"}\n\n'
    b'data: {"id": "j1",\ndata:  "status": "done"}\n\n'
    b"data: [DONE]\n\n"
)


def test_server_sent_events_are_yielded_with_their_data_parsed(sdk: Sdk) -> None:
    sdk.reply_with(Reply(200, EVENTS, {"Content-Type": "text/event-stream"}))
    event = getattr(importlib.import_module(f"{sdk.package.__name__}._streaming"), "Event")
    job = sdk.models.Job
    expected = [
        event(job(id="j1", status="running"), "update", "1"),
        event(job(id="j1", status="done"), "message", "1"),
        event("[DONE]", "message", "1"),
    ]
    with sdk.sync_client(endpoint=sdk.server.url + "/api") as client:
        assert list(client.watch_jobs()) == expected
    assert sdk.server.received[-1].headers["Accept"] == "text/event-stream"

    async def watch() -> list[object]:
        async with sdk.async_client(endpoint=sdk.server.url + "/api") as client:
            return [e async for e in client.watch_jobs()]

    assert asyncio.run(watch()) == expected


def test_text_events_stay_text(sdk: Sdk) -> None:
    sdk.reply_with(
        Reply(200, b"data: line one\n\ndata: {}\n\n", {"Content-Type": "text/event-stream"})
    )
    with sdk.sync_client(endpoint=sdk.server.url + "/api") as client:
        assert [e.data for e in client.follow_log()] == ["line one", "{}"]


def test_events_arrive_one_by_one_not_buffered(sdk: Sdk) -> None:
    """The server sends the second event only after the client has yielded the first."""
    first_seen = threading.Event()
    listener = socket.create_server(("127.0.0.1", 0))

    def serve() -> None:
        connection, _ = listener.accept()
        with connection:
            connection.recv(65536)
            connection.sendall(
                b"HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\n"
                b"Transfer-Encoding: chunked\r\n\r\n"
            )
            connection.sendall(_chunk(b"data: first\n\n"))
            first_seen.wait(10)
            connection.sendall(_chunk(b"data: second\n\n") + b"0\r\n\r\n")

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    url = f"http://127.0.0.1:{listener.getsockname()[1]}/api"
    seen = []
    with sdk.sync_client(endpoint=url, max_retries=0, timeout=5) as client:
        for event in client.follow_log():
            seen.append(event.data)
            first_seen.set()
    thread.join(5)
    listener.close()
    assert seen == ["first", "second"]


def _chunk(data: bytes) -> bytes:
    return f"{len(data):x}\r\n".encode() + data + b"\r\n"


def test_the_cli_prints_each_event(sdk: Sdk) -> None:
    sdk.reply_with(Reply(200, EVENTS, {"Content-Type": "text/event-stream"}))
    output, _ = sdk.cli("watch-jobs")
    assert output.splitlines() == [
        '{"id": "j1", "status": "running"}',
        '{"id": "j1", "status": "done"}',
        '"[DONE]"',
    ]
    output, _ = sdk.cli("--query", "status", "watch-jobs")
    assert output.splitlines() == ['"running"', '"done"', "null"]


def test_date_time_date_and_uuid_are_python_values(sdk: Sdk) -> None:
    run_id = uuid.UUID("12345678-1234-5678-1234-567812345678")
    sdk.reply_with(
        Reply(
            200, {"id": str(run_id), "started": "2026-11-30T01:02:03.5+01:00", "day": "2026-11-30"}
        )
    )
    since = datetime.datetime(2026, 11, 1, 8, 0, tzinfo=datetime.timezone.utc)
    run, received = sdk.both(
        "show_run", day=datetime.date(2026, 11, 30), since=since, x_run_id=run_id
    )
    assert received.raw_path == "/api/runs/2026-11-30"
    assert received.raw_query == "since=2026-11-01T08%3A00%3A00Z"
    assert received.headers["X-Run-Id"] == str(run_id)
    assert run.id == run_id and run.day == datetime.date(2026, 11, 30)
    offset = datetime.timezone(datetime.timedelta(hours=1))
    assert run.started == datetime.datetime(2026, 11, 30, 1, 2, 3, 500000, tzinfo=offset)
    # Their text is taken too, and read as the value; a number is not a date.
    assert (
        sdk.models.Run(id=str(run_id), started="2026-11-30T00:00:00Z", day="2026-11-30").id
        == run_id
    )
    with pytest.raises(Exception, match="expected datetime or its text"):
        sdk.models.Run(id=str(run_id), started=1700000000, day="2026-11-30")


def test_the_cli_prints_the_answer_of_the_status_received(sdk: Sdk) -> None:
    sdk.reply_with(Reply(202, {"jobId": "j2"}))
    output, received = sdk.cli("create-job", "--body", '{"name": "x"}')
    assert json.loads(output) == {"jobId": "j2"} and received.body == b'{"name":"x"}'
