"""A user's first seconds with the generated SDK, each in a fresh interpreter: importing the
package, making a client, the first call and a warm call (against a stub on loopback that
answers every GET with one training job), and `modelarts --help`.

Run with `make bench` (or `.venv/bin/python bench/journey.py`). Medians of 5 runs.
"""

from __future__ import annotations

import json
import shutil
import statistics
import subprocess
import sys
from pathlib import Path

PYTHON = sys.executable
RUNS = 5

# Runs in a fresh interpreter and prints the four times as JSON.
SCRIPT = r"""
import json, threading, time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

body = json.dumps({"metadata": {"id": "job-1", "name": "demo"}, "kind": "job"}).encode()


class Stub(BaseHTTPRequestHandler):
    def do_GET(self):
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


server = ThreadingHTTPServer(("127.0.0.1", 0), Stub)
threading.Thread(target=server.serve_forever, daemon=True).start()
endpoint = f"http://127.0.0.1:{server.server_address[1]}"

started = time.perf_counter()
from modelarts_client import ModelArts
imported = time.perf_counter()
client = ModelArts(endpoint=endpoint, region="cn-north-4", project_id="p", token="t")
made = time.perf_counter()
client.show_training_job_details(training_job_id="job-1")
first = time.perf_counter()
client.show_training_job_details(training_job_id="job-1")
warm = time.perf_counter()
print(json.dumps([imported - started, made - imported, first - made, warm - first]))
"""


def journey() -> list[float]:
    done = subprocess.run(
        [PYTHON, "-c", SCRIPT], capture_output=True, text=True, check=True, cwd=Path.home()
    )
    return [float(value) for value in json.loads(done.stdout)]


def help_time() -> float:
    cli = shutil.which("modelarts", path=str(Path(PYTHON).parent)) or "modelarts"
    script = "import subprocess, sys, time; t = time.perf_counter(); "
    script += f"subprocess.run([{cli!r}, '--help'], capture_output=True, check=True); "
    script += "print(time.perf_counter() - t)"
    done = subprocess.run([PYTHON, "-c", script], capture_output=True, text=True, check=True)
    return float(done.stdout)


def main() -> None:
    runs = [journey() for _ in range(RUNS)]
    labels = ["import modelarts_client", "ModelArts(...)", "first call", "warm call"]
    print(f"A user's first seconds (fresh interpreter, median of {RUNS})")
    for index, label in enumerate(labels):
        value = statistics.median(run[index] for run in runs)
        print(f"  {label:<28}{value * 1000:>9.1f} ms")
    helps = statistics.median(help_time() for _ in range(RUNS))
    print(f"  {'modelarts --help':<28}{helps * 1000:>9.1f} ms")


if __name__ == "__main__":
    main()
