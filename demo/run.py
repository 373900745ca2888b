"""`make demo`: the API reference's PyTorch walkthrough and a notebook session, run with the
`modelarts` command line against the mock server on 127.0.0.1."""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
BIN = Path(sys.executable).parent
MODELARTS = shutil.which("modelarts", path=str(BIN)) or "modelarts"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def start_mock(port: int) -> subprocess.Popen[bytes]:
    mock = subprocess.Popen(
        [sys.executable, "-m", "modelarts_client.mock", "--port", str(port), "--time-scale", "5"],
        stdout=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 15
    while time.monotonic() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            return mock
        except OSError:
            time.sleep(0.1)
    mock.kill()
    raise SystemExit("the mock server did not start")


def step(title: str, *argv: str, env: dict[str, str]) -> Any:
    print(f"\n$ modelarts {' '.join(argv)}    # {title}", flush=True)
    result = subprocess.run([MODELARTS, *argv], env=env, capture_output=True, text=True)
    sys.stderr.write(result.stderr)
    print(result.stdout.rstrip(), flush=True)
    if result.returncode != 0:
        raise SystemExit(f"demo failed at: {title}")
    try:
        return json.loads(result.stdout.strip().splitlines()[-1])
    except (ValueError, IndexError):
        return None


def main() -> None:
    from modelarts_client.mock import DEMO_AK, DEMO_SK

    port = free_port()
    url = f"http://127.0.0.1:{port}"
    env = {
        **os.environ,
        "MODELARTS_ENDPOINT": url,
        "MODELARTS_IAM_ENDPOINT": url,
        "HUAWEICLOUD_SDK_AK": DEMO_AK,
        "HUAWEICLOUD_SDK_SK": DEMO_SK,
        "HUAWEICLOUD_SDK_PROJECT_ID": "demo-project",
        "COLUMNS": "120",
    }
    env.pop("MODELARTS_TOKEN", None)
    mock = start_mock(port)
    print(f"mock ModelArts on {url}; requests are signed with the demo key pair {DEMO_AK}")
    try:
        step(
            "resource flavors for training",
            "show-training-job-flavors",
            "--flavor-type",
            "CPU",
            "--query",
            "flavors[].{id: flavor_id, name: flavor_name, max: flavor_info.max_num}",
            "-o",
            "table",
            env=env,
        )
        step(
            "preset engines", "show-training-job-engines", "--query", "items[].engine_name", env=env
        )
        algorithm = step(
            "create an algorithm",
            "create-algorithm",
            "--body",
            f"@{HERE / 'algorithm.json'}",
            "--query",
            "metadata.id",
            env=env,
        )
        job = {
            "kind": "job",
            "metadata": {
                "name": "test-pytorch-cpu01",
                "description": "test pytorch work cpu in mode gloo",
            },
            "algorithm": {"id": algorithm},
            "spec": {
                "resource": {"flavor_id": "modelarts.vm.cpu.8u", "node_count": 1},
                "log_export_path": {"obs_url": "/cnnorth4-job-test-v2/pytorch/fast_example/log/"},
            },
        }
        job_id = step(
            "create a training job and wait for it to complete",
            "create-training-job",
            "--body",
            json.dumps(job),
            "--wait",
            "--wait-interval",
            "0.5",
            "--query",
            "metadata.id",
            env=env,
        )
        step(
            "its log URL",
            "show-training-job-logs-url",
            "--training-job-id",
            job_id,
            "--task-id",
            "worker-0",
            "--query",
            "obs_url",
            env=env,
        )
        step(
            "its metrics",
            "show-training-job-metrics",
            "--training-job-id",
            job_id,
            "--task-id",
            "worker-0",
            "--query",
            "metrics[].{metric: metric, last: value[-1]}",
            "-o",
            "table",
            env=env,
        )
        step("delete it", "delete-training-job", "--training-job-id", job_id, env=env)
        notebook = step(
            "create a notebook and wait until it runs",
            "create-notebook",
            "--body",
            f"@{HERE / 'notebook.json'}",
            "--wait",
            "--wait-interval",
            "0.5",
            "--query",
            "id",
            env=env,
        )
        mount = step(
            "mount an OBS path",
            "attach-dynamic-storage",
            "--instance-id",
            notebook,
            "--category",
            "OBS",
            "--uri",
            "obs://demo-bucket/data/",
            "--mount-path",
            "/data/",
            "--wait",
            "--wait-interval",
            "0.5",
            "--query",
            "id",
            env=env,
        )
        step(
            "show the mount",
            "show-dynamic-storage",
            "--instance-id",
            notebook,
            "--storage-id",
            mount,
            "-o",
            "yaml",
            env=env,
        )
        step(
            "stop the notebook",
            "stop-notebook",
            "--id",
            notebook,
            "--wait",
            "--wait-interval",
            "0.5",
            "--query",
            "status",
            env=env,
        )
        step(
            "start it again",
            "start-notebook",
            "--id",
            notebook,
            "--wait",
            "--wait-interval",
            "0.5",
            "--query",
            "status",
            env=env,
        )
        step("delete it", "delete-notebook", "--id", notebook, "--query", "status", env=env)
        step("nothing is left", "list-notebooks", "--all", "--query", "length(@)", env=env)
        print("\ndemo completed")
    finally:
        mock.terminate()
        mock.wait(timeout=10)


if __name__ == "__main__":
    main()
