"""Request bodies and models as type checkers and editors see them: dict bodies checked field
by field (TypedDicts), enum fields taking their plain values, models' fields in their
signature."""

from __future__ import annotations

import inspect
import subprocess
import sys
from pathlib import Path

from generator import PROJECT_ROOT

GENERATED = PROJECT_ROOT / "generated"

ACCEPTED = """
from modelarts_client import ModelArts, models

client = ModelArts(endpoint="http://127.0.0.1:1", project_id="p", token="t")
client.create_training_job(
    body={"kind": "job", "metadata": {"name": "a"}, "spec": {"resource": {"flavor_id": "f", "node_count": 1}}}
)
client.create_training_job(body=models.TrainingJobCreateRequest(
    kind="job", metadata=models.TrainingJobMetadata(name="a")
))
client.create_training_job(body={"kind": models.TrainingJobKind.JOB, "metadata": {"name": "a"}})
mixed: models.TrainingJobCreateRequestDict = {
    "kind": "job", "metadata": models.TrainingJobMetadata(name="a")
}
"""

# Each line is an error a type checker must report.
REFUSED = [
    'client.create_training_job(body={"kind": "job", "metadata": {"name": 1}})',
    'client.create_training_job(body={"kind": "jobs", "metadata": {"name": "a"}})',
    'client.create_training_job(body={"kind": "job"})',
    'client.create_training_job(body={"kind": "job", "metadata": {"name": "a"}, "typo": 1})',
    'models.TrainingJobCreateRequest(kind="jobs", metadata=models.TrainingJobMetadata(name="a"))',
]


def _mypy(tmp_path: Path, source: str) -> subprocess.CompletedProcess[str]:
    script = tmp_path / "user_code.py"
    script.write_text(source, encoding="utf-8")
    return subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", str(script)],
        capture_output=True,
        text=True,
        cwd=GENERATED,  # the package as the installed SDK is
        env={"MYPYPATH": str(GENERATED), "PATH": "/usr/bin:/bin"},
    )


def test_dict_bodies_and_enum_values_that_fit_type_check(tmp_path: Path) -> None:
    checked = _mypy(tmp_path, ACCEPTED)
    assert checked.returncode == 0, checked.stdout


def test_dict_bodies_are_checked_field_by_field(tmp_path: Path) -> None:
    header = ACCEPTED.split("client.create_training_job(")[0]
    first = header.count("\n") + 1
    checked = _mypy(tmp_path, header + "\n".join(REFUSED) + "\n")
    flagged = {
        int(line.split(":")[1]) for line in checked.stdout.splitlines() if ": error:" in line
    }
    assert flagged == set(range(first, first + len(REFUSED))), checked.stdout


def test_a_model_shows_its_fields_in_its_signature() -> None:
    from modelarts_client import models

    parameters = inspect.signature(models.TrainingJobMetadata).parameters
    assert {"name", "description", "workspace_id"} <= set(parameters)
    assert parameters["name"].default is inspect.Parameter.empty
    assert parameters["workspace_id"].default is None


def test_a_dict_body_reads_into_its_model_and_back() -> None:
    """A TypedDict is a dict at run time: its model reads it and writes it back unchanged."""
    from modelarts_client import models

    body: models.TrainingJobCreateRequestDict = {"kind": "job", "metadata": {"name": "a"}}
    assert models.TrainingJobCreateRequest.from_dict(body).to_dict() == body
    assert models.TrainingJobCreateRequestDict.__required_keys__ == {"kind", "metadata"}
