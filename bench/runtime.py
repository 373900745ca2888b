"""Runtime benchmarks of the generated SDK: per-request overhead and model throughput.

Run with `make bench` (or `.venv/bin/python bench/runtime.py`). Two measurements, both on
the training job of the spec's `running` example of show_training_job_details:

1. Per-request overhead on loopback: a stdlib HTTP server in a background thread answers
   GET /v2/{project}/training-jobs/{id} with that JSON; N sequential requests are timed
   with a plain httpx.Client (GET + response.json()) and with the generated client's
   show_training_job_details (token auth, its own httpx.Client).
2. Parse + dump throughput: the generated model (model_validate + to_dict, and
   model_validate_json from bytes) against the official SDK huaweicloudsdkmodelarts,
   which deserializes through huaweicloudsdkcore's Client.deserialize/_deserialize into
   ShowTrainingJobDetailsResponse, then to_dict().

Timings use time.perf_counter, after a warm-up, best of 3 repetitions.
"""

from __future__ import annotations

import gc
import json
import threading
import time
import types
import warnings
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, Callable

import httpx
import yaml

ROOT = Path(__file__).resolve().parent.parent
PROJECT = "0123456789abcdef0123456789abcdef"
JOB_ID = "66ff6991-fd66-40b6-8101-0829a46d3731"
TOKEN = "bench-token"
REQUESTS = 2000
REPEATS = 3


def training_job_example() -> dict[str, Any]:
    spec = yaml.safe_load((ROOT / "spec" / "areas" / "training.yaml").read_text())
    operation = spec["paths"]["/v2/{project_id}/training-jobs/{training_job_id}"]["get"]
    content = operation["responses"]["200"]["content"]["application/json"]
    value: dict[str, Any] = content["examples"]["running"]["value"]
    return value


class Server:
    """A keep-alive HTTP/1.1 server on a free loopback port, in a daemon thread."""

    def __init__(self, body: bytes) -> None:
        path = f"/v2/{PROJECT}/training-jobs/{JOB_ID}"
        ok = (
            b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
            + f"Content-Length: {len(body)}\r\n\r\n".encode()
            + body
        )
        missing = b"HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n"

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"
            disable_nagle_algorithm = True

            def do_GET(self) -> None:  # noqa: N802 - the stdlib's name
                # Headers and body in one write: no Nagle/delayed-ACK stall between them.
                self.wfile.write(ok if self.path.split("?", 1)[0] == path else missing)

            def log_message(self, format: str, *args: Any) -> None:  # noqa: A002
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self.thread = threading.Thread(
            target=self.httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )

    def __enter__(self) -> Server:
        self.thread.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.httpd.shutdown()  # stops serve_forever and waits for it
        self.httpd.server_close()
        self.thread.join(timeout=5)


def best_seconds(function: Callable[[], object], count: int, warmup: int) -> float:
    """Seconds per call: the best of REPEATS timed loops of `count` calls."""
    for _ in range(warmup):
        function()
    best = float("inf")
    for _ in range(REPEATS):
        gc.collect()
        started = time.perf_counter()
        for _ in range(count):
            function()
        best = min(best, time.perf_counter() - started)
    return best / count


def calibrate(function: Callable[[], object], seconds: float = 0.4) -> int:
    """How many calls take about `seconds`, so each timed loop is long enough."""
    started, count = time.perf_counter(), 0
    while time.perf_counter() - started < 0.05:
        function()
        count += 1
    per_call = (time.perf_counter() - started) / count
    return max(50, int(seconds / per_call))


def bench_requests(example: dict[str, Any]) -> dict[str, float]:
    """Seconds per request of each way to fetch the job; best of REPEATS runs of REQUESTS."""
    from modelarts_client import ModelArts

    body = json.dumps(example, ensure_ascii=False).encode()
    with Server(body) as server:
        url = f"{server.url}/v2/{PROJECT}/training-jobs/{JOB_ID}"
        headers = {"X-Auth-Token": TOKEN, "Content-Type": "application/json"}
        with httpx.Client() as plain, httpx.Client() as transport:
            client = ModelArts(
                endpoint=server.url, project_id=PROJECT, token=TOKEN, http_client=transport
            )

            def get() -> object:
                response = plain.get(url, headers=headers)
                response.raise_for_status()
                return response.json()

            def send() -> object:
                # Client.get minus its request building (base URL, cookies, default headers),
                # which the generated client skips as well: it sends an httpx.Request.
                response = plain.send(httpx.Request("GET", url, headers=headers))
                response.raise_for_status()
                return response.json()

            def generated() -> object:
                return client.show_training_job_details(training_job_id=JOB_ID)

            assert generated().to_dict() == get() == send() == example  # type: ignore[attr-defined]
            cases = {"get": get, "send": send, "generated": generated}
            best = dict.fromkeys(cases, float("inf"))
            for function in cases.values():
                for _ in range(200):
                    function()
            # Repetitions alternate between the cases so drift (CPU clock, other load)
            # hits them alike.
            for _ in range(REPEATS):
                for name, function in cases.items():
                    gc.collect()
                    started = time.perf_counter()
                    for _ in range(REQUESTS):
                        function()
                    best[name] = min(best[name], (time.perf_counter() - started) / REQUESTS)
            client.close()
    return best


def bench_models(example: dict[str, Any]) -> dict[str, float]:
    from huaweicloudsdkmodelarts.v1.modelarts_client import ModelArtsClient
    from modelarts_client import models

    model = models.TrainingJob
    raw = json.dumps(example, ensure_ascii=False).encode()
    text = raw.decode()
    official = ModelArtsClient()  # deserialization needs no credentials or endpoint
    # What Client.deserialize reads from a `requests` response.
    response = types.SimpleNamespace(headers={"Content-Type": "application/json"}, text=text)
    kind = "ShowTrainingJobDetailsResponse"

    cases: dict[str, Callable[[], object]] = {
        "ours  validate(dict)+to_dict": lambda: model.model_validate(example).to_dict(),
        "ours  validate_json(bytes)+to_dict": lambda: model.model_validate_json(raw).to_dict(),
        "official _deserialize(dict)+to_dict": lambda: official._deserialize(
            example, kind
        ).to_dict(),
        "official deserialize(text)+to_dict": lambda: official.deserialize(
            response, kind, None
        ).to_dict(),
    }
    results = {}
    for name, function in cases.items():
        count = calibrate(function)
        results[name] = 1.0 / best_seconds(function, count, 50)
    return results


def main() -> None:
    # The official to_dict() warns (DeprecationWarning) on each call; keep the output clean.
    warnings.simplefilter("ignore")
    started = time.perf_counter()
    example = training_job_example()
    size = len(json.dumps(example, ensure_ascii=False).encode())

    per = bench_requests(example)
    raw, bare, gen = per["get"], per["send"], per["generated"]
    print(f"Per request, loopback, best of {REPEATS} x {REQUESTS} sequential GETs, {size}-byte job")
    print(f"  {'(a) httpx.Client.get + .json()':<44}{raw * 1e6:>10.1f} µs")
    print(f"  {'(a2) httpx.Client.send(Request) + .json()':<44}{bare * 1e6:>10.1f} µs")
    print(f"  {'(b) ModelArts.show_training_job_details':<44}{gen * 1e6:>10.1f} µs")
    for label, base in (("overhead (b-a)/a", raw), ("overhead (b-a2)/a2", bare)):
        percent, micros = (gen - base) / base * 100, (gen - base) * 1e6
        print(f"  {label:<44}{percent:>+10.1f} %  ({micros:+.1f} µs)")

    ops = bench_models(example)
    print("Parse + to_dict of that training job (ops/s)")
    for name, value in ops.items():
        print(f"  {name:<44}{value:>10,.0f}")
    names = list(ops)
    print(f"  {'ratio ours/official, from dict':<44}{ops[names[0]] / ops[names[2]]:>10.1f} x")
    print(f"  {'ratio ours/official, from JSON':<44}{ops[names[1]] / ops[names[3]]:>10.1f} x")
    print(f"(total {time.perf_counter() - started:.1f} s)")


if __name__ == "__main__":
    main()
