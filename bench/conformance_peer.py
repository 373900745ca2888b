"""The conformance cases through openapi-python-client's SDKs, generated in this run.

`make conformance-peer` generates the peer's SDK of each spec in tests/conformance/specs
with openapi-python-client 0.29.1 (its own virtualenv, as `make bench` makes it), then makes
the calls of our conformance cases with the peer's client against the same recording server
and compares the request on the wire (and the typed answer) with what our cases assert.
One line per case: ok, wrong (what went out instead), or not generated (the peer left the
operation out). Our own results are the conformance suite's (`pytest tests/conformance`).

Run with the peer's virtualenv's Python, which this script starts itself.
"""

from __future__ import annotations

import base64
import importlib
import io
import json
import os
import subprocess
import sys
import tempfile
import traceback
from pathlib import Path
from typing import Any, Callable

ROOT = Path(__file__).resolve().parent.parent
SPECS = ROOT / "tests" / "conformance" / "specs"
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT / "tests"))

from http_stub import Received, Reply, StubServer  # noqa: E402

POINT = {"R": 100, "G": 200, "B": 150}
CASES: list[tuple[str, str, Callable[[Any, StubServer], str]]] = []


def case(construct: str, spec: str) -> Callable[[Callable[[Any, StubServer], str]], Any]:
    def register(function: Callable[[Any, StubServer], str]) -> Any:
        CASES.append((construct, spec, function))
        return function

    return register


def send(server: StubServer, reply: Reply, call: Callable[[], Any]) -> tuple[Any, Received]:
    server.responder = lambda received: reply
    before = len(server.received)
    result = call()
    return result, server.received[before]


def target(received: Received) -> str:
    return received.raw_path + ("?" + received.raw_query if received.raw_query else "")


def expect(actual: Any, wanted: Any) -> str:
    return "ok" if actual == wanted else f"wrong: {str(actual)[:90]!s}"


def endpoint(peer: Any, name: str) -> Any:
    try:
        return importlib.import_module(f"{peer.__name__}.api.default.{name}")
    except ModuleNotFoundError:
        raise NotGenerated from None


class NotGenerated(Exception):
    pass


def point(peer: Any) -> Any:
    return peer.models.Point.from_dict(POINT)


@case("path simple: array, object, object exploded", "parameters")
def _path_simple(peer: Any, server: StubServer) -> str:
    op = endpoint(peer, "path_simple")
    _, got = send(
        server,
        Reply(204),
        lambda: op.sync_detailed(
            client=peer.Client(server.url + "/api"),
            id="a b/c",
            ids=[3, 4, 5],
            point=point(peer),
            xpoint=point(peer),
        ),
    )
    return expect(target(got), "/api/simple/a%20b%2Fc/3,4,5/R,100,G,200,B,150/R=100,G=200,B=150")


@case("path label and matrix", "parameters")
def _path_label(peer: Any, server: StubServer) -> str:
    op = endpoint(peer, "path_label")
    ids = ["3", "4", "5"]
    _, got = send(
        server,
        Reply(204),
        lambda: op.sync_detailed(
            client=peer.Client(server.url + "/api"),
            id="5",
            ids=ids,
            xids=ids,
            point=point(peer),
            xpoint=point(peer),
        ),
    )
    return expect(target(got), "/api/label/.5.3,4,5.3.4.5.R,100,G,200,B,150.R=100.G=200.B=150")


@case("query form (order kept), pipeDelimited, deepObject", "parameters")
def _query(peer: Any, server: StubServer) -> str:
    op = endpoint(peer, "query_styles")
    _, got = send(
        server,
        Reply(204),
        lambda: op.sync_detailed(
            client=peer.Client(server.url + "/api"),
            tags=["zeta", "alpha"],
            piped=[2, 1],
            filter_=peer.models.Filter.from_dict({"role": "admin"}),
        ),
    )
    return expect(got.raw_query, "tags=zeta&tags=alpha&piped=2|1&filter[role]=admin")


@case("header array and cookie parameters", "parameters")
def _headers(peer: Any, server: StubServer) -> str:
    op = endpoint(peer, "headers_and_cookies")
    _, got = send(
        server,
        Reply(204),
        lambda: op.sync_detailed(
            client=peer.Client(server.url + "/api"), x_ids=["b", "a"], session="s 1"
        ),
    )
    return expect((got.headers.get("X-Ids"), got.headers.get("Cookie")), ("b,a", "session=s%201"))


@case("deprecated operation warns", "parameters")
def _deprecated(peer: Any, server: StubServer) -> str:
    import warnings

    op = endpoint(peer, "old_search")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        send(server, Reply(204), lambda: op.sync_detailed(client=peer.Client(server.url + "/api")))
    deprecations = [w for w in caught if issubclass(w.category, DeprecationWarning)]
    return "ok" if deprecations else "wrong: no DeprecationWarning"


@case("JSON body by wire name", "bodies")
def _json(peer: Any, server: StubServer) -> str:
    op = endpoint(peer, "send_json")
    body = peer.models.Pet.from_dict({"petName": "Rex", "tags": ["b", "a"]})
    _, got = send(
        server,
        Reply(204),
        lambda: op.sync_detailed(client=peer.Client(server.url + "/api"), body=body),
    )
    return expect(json.loads(got.body), {"petName": "Rex", "tags": ["b", "a"]})


@case("form-urlencoded body", "bodies")
def _form(peer: Any, server: StubServer) -> str:
    op = endpoint(peer, "send_form")
    body = peer.models.Login.from_dict({"user_name": "a b", "remember": True})
    _, got = send(
        server,
        Reply(204),
        lambda: op.sync_detailed(client=peer.Client(server.url + "/api"), body=body),
    )
    return expect(got.body.replace(b"+", b"%20"), b"user_name=a%20b&remember=true")


@case("multipart: a file part and a text part, boundary declared", "bodies")
def _multipart(peer: Any, server: StubServer) -> str:
    op = endpoint(peer, "upload")
    types = importlib.import_module(f"{peer.__name__}.types")
    body = peer.models.Upload(
        file=types.File(payload=io.BytesIO(b"data"), file_name="a.bin"), display_name="Rex"
    )
    _, got = send(
        server,
        Reply(204),
        lambda: op.sync_detailed(client=peer.Client(server.url + "/api"), body=body),
    )
    content_type = got.headers.get("Content-Type", "")
    boundary = content_type.partition("boundary=")[2]
    ok = bool(boundary) and got.body.startswith(b"--" + boundary.encode()) and b"data" in got.body
    return "ok" if ok and b'name="displayName"' in got.body else f"wrong: {content_type}"


@case("binary body from bytes", "bodies")
def _raw(peer: Any, server: StubServer) -> str:
    op = endpoint(peer, "put_raw")
    types = importlib.import_module(f"{peer.__name__}.types")
    _, got = send(
        server,
        Reply(204),
        lambda: op.sync_detailed(
            client=peer.Client(server.url + "/api"), body=types.File(payload=io.BytesIO(b"\0\1"))
        ),
    )
    return expect(
        (got.body, got.headers.get("Content-Type")), (b"\0\1", "application/octet-stream")
    )


@case("201 and 202, each read as its own schema", "responses")
def _statuses(peer: Any, server: StubServer) -> str:
    op = endpoint(peer, "create_job")
    body = peer.models.JobRequest(name="x")
    client = peer.Client(server.url + "/api")
    created, _ = send(
        server,
        Reply(201, {"id": "j1", "status": "done"}),
        lambda: op.sync(client=client, body=body),
    )
    accepted, _ = send(
        server, Reply(202, {"jobId": "j2"}), lambda: op.sync(client=client, body=body)
    )
    return expect((type(created).__name__, type(accepted).__name__), ("Job", "Accepted"))


@case("default as the success when no 2xx is declared", "responses")
def _default(peer: Any, server: StubServer) -> str:
    op = endpoint(peer, "only_default")
    result, _ = send(
        server,
        Reply(200, {"id": "d", "status": "ok"}),
        lambda: op.sync(client=peer.Client(server.url + "/api")),
    )
    return expect(type(result).__name__, "Job")


@case("text/plain answer as str", "responses")
def _text(peer: Any, server: StubServer) -> str:
    op = endpoint(peer, "get_text")
    result, _ = send(
        server,
        Reply(200, b"hello", {"Content-Type": "text/plain"}),
        lambda: op.sync(client=peer.Client(server.url + "/api")),
    )
    return expect(result, "hello")


@case("Accept names the media type (image/png)", "responses")
def _accept(peer: Any, server: StubServer) -> str:
    op = endpoint(peer, "get_image")
    _, got = send(
        server,
        Reply(200, b"PNG", {"Content-Type": "image/png"}),
        lambda: op.sync_detailed(client=peer.Client(server.url + "/api")),
    )
    return expect(got.headers.get("Accept"), "image/png")


@case("text/event-stream as events", "responses")
def _events(peer: Any, server: StubServer) -> str:
    op = endpoint(peer, "watch_jobs")
    result, _ = send(
        server,
        Reply(200, b'data: {"id": "j", "status": "s"}\n\n', {"Content-Type": "text/event-stream"}),
        lambda: op.sync(client=peer.Client(server.url + "/api")),
    )
    return (
        "ok"
        if hasattr(result, "__iter__") and not isinstance(result, (bytes, str))
        else (f"wrong: returns {type(result).__name__}")
    )


@case("date-time as datetime", "responses")
def _datetime(peer: Any, server: StubServer) -> str:
    op = endpoint(peer, "show_run")
    run, _ = send(
        server,
        Reply(
            200,
            {
                "id": "12345678-1234-5678-1234-567812345678",
                "started": "2026-11-30T01:02:03Z",
                "day": "2026-11-30",
            },
        ),
        lambda: op.sync(client=peer.Client(server.url + "/api"), day="2026-11-30"),
    )
    return expect(type(getattr(run, "started", None)).__name__, "datetime")


@case("apiKey in query", "security")
def _keys(peer: Any, server: StubServer) -> str:
    query = endpoint(peer, "query_key")
    client = peer.AuthenticatedClient(server.url + "/api", token="k")
    _, got = send(server, Reply(204), lambda: query.sync_detailed(client=client, q="x"))
    return expect(got.raw_query, "q=x&api_key=k")


@case("http basic", "security")
def _basic(peer: Any, server: StubServer) -> str:
    op = endpoint(peer, "basic")
    client = peer.AuthenticatedClient(server.url + "/api", token="ann:pw")
    _, got = send(server, Reply(204), lambda: op.sync_detailed(client=client))
    return expect(got.headers.get("Authorization"), "Basic " + base64.b64encode(b"ann:pw").decode())


@case("AND requirement: two API keys at once", "security")
def _and(peer: Any, server: StubServer) -> str:
    op = endpoint(peer, "both")
    client = peer.AuthenticatedClient(server.url + "/api", token="h")
    _, got = send(server, Reply(204), lambda: op.sync_detailed(client=client))
    return expect((got.headers.get("X-API-Key"), got.raw_query), ("h", "api_key=h"))


@case("discriminator picks the variant in array items", "polymorphism")
def _discriminator(peer: Any, server: StubServer) -> str:
    op = endpoint(peer, "list_pets")
    pets, _ = send(
        server,
        Reply(200, [{"pet_type": "dog"}, {"pet_type": "cat"}]),
        lambda: op.sync(client=peer.Client(server.url + "/api")),
    )
    return expect([type(p).__name__ for p in pets or []], ["Dog", "Cat"])


@case("readOnly required field not demanded of a request model", "nullable30")
def _read_only(peer: Any, server: StubServer) -> str:
    models = peer.models
    try:
        models.Account(name="n", password="p", owner=models.Owner())
    except TypeError as error:
        return f"wrong: {error}"
    return "ok"


def generate(spec: Path, folder: Path, executable: Path) -> Any:
    name = f"peer_{spec.stem}"
    subprocess.run(
        [
            str(executable),
            "generate",
            "--path",
            str(spec),
            "--output-path",
            str(folder / name),
            "--meta",
            "none",
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    sys.path.insert(0, str(folder))
    package = importlib.import_module(name)
    package.models = importlib.import_module(f"{name}.models")
    return package


def main() -> None:
    venv = ROOT / ".cache" / "bench" / "opc-venv"
    if Path(sys.prefix).resolve() != venv.resolve():
        from run import peer_command  # the peer's virtualenv, as make bench makes it

        executable = Path(peer_command()[0])
        subprocess.run(
            [str(venv / "bin" / "pip"), "install", "--quiet", "python-dateutil"], check=True
        )
        os.execv(str(venv / "bin" / "python"), [str(venv / "bin" / "python"), __file__])
    executable = venv / "bin" / "openapi-python-client"
    version = subprocess.run([str(executable), "--version"], capture_output=True, text=True)
    print(f"peer: {version.stdout.strip()}")
    results = []
    with tempfile.TemporaryDirectory() as work, StubServer(lambda r: Reply(204)) as server:
        peers = {
            spec.stem: generate(spec, Path(work), executable)
            for spec in sorted(SPECS.glob("*.yaml"))
        }
        for construct, spec, function in CASES:
            try:
                verdict = function(peers[spec], server)
            except NotGenerated:
                verdict = "not generated"
            except Exception as error:  # the peer's SDK failed: that is its answer
                verdict = f"error: {type(error).__name__}: {str(error)[:80]}"
                if os.environ.get("PEER_DEBUG"):
                    traceback.print_exc()
            results.append((construct, verdict))
            print(f"| {construct} | {verdict} |", flush=True)
    passed = sum(verdict == "ok" for _, verdict in results)
    print(
        f"openapi-python-client: {passed} of {len(results)} cases as our conformance suite asserts"
    )


if __name__ == "__main__":
    main()
