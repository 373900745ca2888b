"""make release: semver bumps, changelog entries, the spec's version line, the whole release."""

from __future__ import annotations

import datetime
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator import PROJECT_ROOT
from generator.diff.change import Change
from generator.release.release import (
    CHANGELOG_PATH,
    SPEC_PATH,
    NothingToRelease,
    ReleaseError,
    Version,
    apply_release,
    bump_version,
    changelog_header,
    commit_and_tag,
    insert_entry,
    last_release_tag,
    main,
    plan_release,
    read_spec_version,
    render_entry,
    run_generate,
    set_spec_version,
)

DAY = datetime.date(2026, 11, 27)


# A rule id of each changelog section (levels and sections come from the rule table).
RULE_OF = {
    ("added", "INFO"): "endpoint-added",
    ("breaking", "ERR"): "response-required-property-removed",
    ("deprecated", "INFO"): "endpoint-deprecated",
    ("changed", "INFO"): "request-property-default-value-changed",
    ("changed", "WARN"): "request-parameter-max-set",
}


def change(section: str, level: str = "INFO", **fields: Any) -> Change:
    """One change of the spec diff, filed in section at level."""
    found = Change(
        fields["id"] if "id" in fields else RULE_OF[(section, level)],
        fields.get("operation", "GET /v1/{project_id}/notebooks"),
        fields.get("location", "response 200"),
        fields.get("message", f"a {section} change"),
        sdk=fields.get("sdk", []),
    )
    assert (found.section, found.level) == (section, level) or "id" in fields
    return found


def report(*changes: Change) -> list[Change]:
    return list(changes)


# -- versions -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("version", "bump", "expected"),
    [
        ("1.2.3", "major", "2.0.0"),
        ("1.2.3", "minor", "1.3.0"),
        ("1.2.3", "patch", "1.2.4"),
        ("1.2.3", "none", "1.2.3"),
        ("9.9.9", "minor", "9.10.0"),
        # 0.x: a breaking change bumps the minor version, anything else the patch version.
        ("0.1.0", "major", "0.2.0"),
        ("0.1.3", "major", "0.2.0"),
        ("0.1.3", "minor", "0.1.4"),
        ("0.1.3", "patch", "0.1.4"),
        ("0.0.7", "major", "0.1.0"),
        ("0.0.7", "minor", "0.0.8"),
    ],
)
def test_bump_version(version: str, bump: str, expected: str) -> None:
    assert str(bump_version(Version.parse(version), bump)) == expected


@pytest.mark.parametrize("text", ["1.2", "1.2.3.4", "01.2.3", "1.2.3rc1", "v1.2.3", ""])
def test_versions_must_be_plain_semver(text: str) -> None:
    with pytest.raises(ReleaseError, match="MAJOR.MINOR.PATCH"):
        Version.parse(text)


def test_versions_compare_as_numbers() -> None:
    assert Version.parse("0.10.0") > Version.parse("0.9.9")
    assert Version.parse("1.2.3").tag == "sdk-v1.2.3"


# -- changelog ----------------------------------------------------------------------------


def test_render_entry_groups_by_section_in_order() -> None:
    changes = report(
        change("changed", message="description of limit changed", operation="list_notebooks"),
        change("added", message="new operation", operation="POST /v2/pools", sdk=["X.create"]),
        change("breaking", "ERR", message="removed required property", operation="GET /a"),
        change("added", message="new optional parameter", operation="GET /a"),
        change("deprecated", message="operation deprecated", operation="GET /b"),
    )
    assert render_entry(Version(0, 2, 0), DAY, changes) == (
        "## 0.2.0 - 2026-11-27\n"
        "\n"
        "### Breaking\n"
        "\n"
        "- `GET /a`: removed required property\n"
        "\n"
        "### Deprecated\n"
        "\n"
        "- `GET /b`: operation deprecated\n"
        "\n"
        "### Added\n"
        "\n"
        "- `GET /a`: new optional parameter\n"
        "- `POST /v2/pools`: new operation (SDK: `X.create`)\n"
        "\n"
        "### Changed\n"
        "\n"
        "- `list_notebooks`: description of limit changed\n"
    )


def test_render_entry_keeps_spec_text_from_becoming_markup() -> None:
    message = "a *b* [c](d) <e>\nf g_h _i_"
    hostile = change("changed", message=message, operation="GET /`x`", sdk=["m.`y`"])
    line = render_entry(Version(1, 0, 0), DAY, report(hostile)).splitlines()[4]
    assert line == r"- `` GET /`x` ``: a \*b\* \[c\](d) \<e\> f g_h \_i\_ (SDK: `` m.`y` ``)"


def test_render_entry_without_api_changes_says_so() -> None:
    assert "No changes to the API." in render_entry(Version(1, 0, 1), DAY, [])


def test_insert_entry_puts_the_newest_first_below_the_header() -> None:
    header = changelog_header("pets-client")
    first = insert_entry(
        header, "## 0.1.1 - 2026-01-01\n\nNo changes to the API.\n", Version(0, 1, 1)
    )
    second = insert_entry(first, "## 0.2.0 - 2026-02-01\n\n### Added\n", Version(0, 2, 0))
    assert second.startswith(header + "\n## 0.2.0 - 2026-02-01\n\n### Added\n\n## 0.1.1 ")
    assert second.endswith("No changes to the API.\n")


def test_insert_entry_refuses_a_version_twice() -> None:
    changelog = changelog_header("p") + "\n## 0.2.0 - 2026-02-01\n"
    with pytest.raises(ReleaseError, match="already has an entry for 0.2.0"):
        insert_entry(changelog, "## 0.2.0 - 2026-03-01\n", Version(0, 2, 0))


def test_the_committed_changelog_starts_with_the_header_release_writes() -> None:
    text = (PROJECT_ROOT / CHANGELOG_PATH).read_text(encoding="utf-8")
    assert text.startswith(changelog_header("modelarts-client"))


# -- the version line in the spec -----------------------------------------------------------

SPEC = """\
openapi: 3.1.0
info:
  title: Pets
  version: "1.0.0"   # the API's version, not the SDK's
# Names of the SDK.
x-sdk:
  package: pets
  client_parameters:
    zone:
      version: not this one
  # the SDK version
  version: '0.3.9'  # bumped by make release
  cli: pets
paths: {}
"""


def test_set_spec_version_changes_one_line_and_keeps_the_rest() -> None:
    edited = set_spec_version(SPEC, Version(0, 4, 0))
    changed = [(a, b) for a, b in zip(SPEC.splitlines(), edited.splitlines()) if a != b]
    assert changed == [
        (
            "  version: '0.3.9'  # bumped by make release",
            "  version: '0.4.0'  # bumped by make release",
        )
    ]
    assert read_spec_version(edited) == Version(0, 4, 0)


def test_set_spec_version_adds_the_line_when_missing() -> None:
    spec = SPEC.replace("  version: '0.3.9'  # bumped by make release\n", "")
    assert read_spec_version(spec) == Version(0, 1, 0)  # the generator's default
    edited = set_spec_version(spec, Version(0, 1, 1))
    assert "x-sdk:\n  version: 0.1.1\n  package: pets\n" in edited
    assert yaml.safe_load(edited)["x-sdk"]["cli"] == "pets"


@pytest.mark.parametrize(
    "spec",
    ["openapi: 3.1.0\ninfo: {title: t, version: '1'}\n", "x-sdk: {version: 0.1.0}\n"],
)
def test_set_spec_version_needs_a_block_x_sdk(spec: str) -> None:
    with pytest.raises(ReleaseError, match="x-sdk"):
        set_spec_version(spec, Version(1, 0, 0))


def test_set_spec_version_on_the_project_spec_edits_one_line() -> None:
    text = (PROJECT_ROOT / SPEC_PATH).read_text(encoding="utf-8")
    version = read_spec_version(text)
    edited = set_spec_version(text, bump_version(version, "major"))
    assert len(edited.splitlines()) == len(text.splitlines())
    assert sum(a != b for a, b in zip(text.splitlines(), edited.splitlines())) == 1


# -- git tags and plans in a throwaway repository -------------------------------------------


def git(root: Path, *args: str) -> str:
    return subprocess.run(
        ["git", *args], cwd=root, check=True, capture_output=True, text=True
    ).stdout


def small_repo(path: Path, sdk_version: str = "0.1.0") -> Path:
    (path / "spec").mkdir(parents=True)
    (path / SPEC_PATH).write_text(SPEC.replace("0.3.9", sdk_version), encoding="utf-8")
    git(path, "init", "--quiet", "--initial-branch=main")
    git(path, "-c", "user.name=t", "-c", "user.email=t@t", "add", "spec")
    git(path, "-c", "user.name=t", "-c", "user.email=t@t", "commit", "--quiet", "-m", "spec")
    return path


def test_last_release_tag_is_the_highest_reachable_version(tmp_path: Path) -> None:
    repo = small_repo(tmp_path)
    assert last_release_tag(repo) is None
    for tag in ("sdk-v0.9.0", "sdk-v0.10.0", "sdk-v0.11.0rc1", "other-v9.0.0"):
        git(repo, "tag", tag)
    git(repo, "checkout", "--quiet", "-b", "side")
    git(
        repo,
        "-c",
        "user.name=t",
        "-c",
        "user.email=t@t",
        "commit",
        "--quiet",
        "--allow-empty",
        "-m",
        "x",
    )
    git(repo, "tag", "sdk-v5.0.0")
    git(repo, "checkout", "--quiet", "main")
    assert last_release_tag(repo) == "sdk-v0.10.0"


def fake_diff(changes: list[Change], calls: list[str] | None = None) -> Any:
    def diff(root: Path, base: str) -> list[Change]:
        if calls is not None:
            calls.append(base)
        return changes

    return diff


def test_without_tag_or_base_release_says_what_to_do(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    repo = small_repo(tmp_path)
    assert main([], root=repo) == 2
    error = capsys.readouterr().err
    assert error.startswith("release: no release tag sdk-vX.Y.Z is reachable from HEAD; pass BASE=")
    assert len(error.splitlines()) == 1


def test_a_failing_diff_is_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    repo = small_repo(tmp_path)
    assert main(["--base", "no-such-ref"], root=repo) == 2
    error = capsys.readouterr().err
    assert error.startswith("release: the spec diff against no-such-ref failed: ")
    assert "no-such-ref" in error.split("failed: ", 1)[1] and len(error.splitlines()) == 1


@pytest.mark.parametrize(
    ("spec", "message"),
    [
        (None, "cannot read spec/openapi.yaml"),
        ("x-sdk: [\n", "spec/openapi.yaml is not valid YAML"),
    ],
)
def test_an_unreadable_spec_is_one_line(tmp_path: Path, spec: str | None, message: str) -> None:
    repo = small_repo(tmp_path)
    if spec is None:
        (repo / SPEC_PATH).unlink()
    else:
        (repo / SPEC_PATH).write_text(spec, encoding="utf-8")
    with pytest.raises(ReleaseError, match=message):
        plan_release(repo, "HEAD", fake_diff(report(change("added"))))


def test_plan_diffs_against_the_last_tag(tmp_path: Path) -> None:
    repo = small_repo(tmp_path)
    git(repo, "tag", "sdk-v0.1.0")
    calls: list[str] = []
    diff = fake_diff(report(change("added")), calls)
    plan = plan_release(repo, None, diff, today=DAY)
    assert calls == ["sdk-v0.1.0"]
    assert (plan.previous, plan.version, plan.bump) == (Version(0, 1, 0), Version(0, 1, 1), "minor")
    assert plan.next_commands()[-1] == "git tag sdk-v0.1.1"


def test_findings_about_the_documents_are_not_in_the_changelog(tmp_path: Path) -> None:
    repo = small_repo(tmp_path)
    diff = fake_diff(report(change("added"), change("changed", id="api-version-not-bumped")))
    plan = plan_release(repo, "HEAD", diff)
    assert [c.id for c in plan.changes] == ["endpoint-added"]
    assert "### Changed" not in plan.entry


@pytest.mark.parametrize(
    ("changes", "version"),
    [
        ([change("changed", "INFO")], "1.4.3"),
        ([change("changed", "WARN")], "1.4.3"),
        ([change("changed"), change("added")], "1.5.0"),
        ([change("deprecated")], "1.5.0"),
        ([change("added"), change("breaking", "ERR")], "2.0.0"),
        # the SDK's surface counts: a renamed model class breaks imports
        ([change("changed", id="api-schema-removed", operation="")], "1.4.3"),
        ([change("changed", id="sdk-model-renamed", sdk=["models.A", "models.B"])], "2.0.0"),
    ],
)
def test_the_bump_is_the_diffs_semver(tmp_path: Path, changes: list[Change], version: str) -> None:
    repo = small_repo(tmp_path, "1.4.2")
    assert plan_release(repo, "HEAD", fake_diff(changes)).version == Version.parse(version)


def test_bump_and_set_version_options(tmp_path: Path) -> None:
    repo = small_repo(tmp_path, "1.4.2")
    assert plan_release(repo, "HEAD", fake_diff(report()), "minor").version == Version(1, 5, 0)
    plan = plan_release(repo, "HEAD", fake_diff(report()), new_version="2.0.0")
    assert plan.version == Version(2, 0, 0)
    with pytest.raises(ReleaseError, match="not above the current version 1.4.2"):
        plan_release(repo, "HEAD", fake_diff(report()), new_version="1.4.2")


def test_nothing_to_release(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    repo = small_repo(tmp_path)
    with pytest.raises(NothingToRelease, match="nothing to release"):
        plan_release(repo, "HEAD", fake_diff(report()))
    assert main(["--base", "HEAD"], root=repo, diff=fake_diff(report())) == 1
    assert "use --bump" in capsys.readouterr().err


def test_a_version_bumped_since_the_tag_is_refused(tmp_path: Path) -> None:
    repo = small_repo(tmp_path, "0.2.0")
    git(repo, "tag", "sdk-v0.1.0")
    with pytest.raises(ReleaseError, match="is 0.2.0, not 0.1.0 as released in sdk-v0.1.0"):
        plan_release(repo, None, fake_diff(report(change("added"))))


def test_dry_run_writes_nothing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    repo = small_repo(tmp_path)
    git(repo, "tag", "sdk-v0.1.0")
    before = (repo / SPEC_PATH).read_text(encoding="utf-8")
    diff = fake_diff(report(change("breaking", "ERR")))
    assert main(["--dry-run"], root=repo, diff=diff) == 0
    out = capsys.readouterr().out
    assert out.startswith(
        "release 0.1.0 -> 0.2.0 (major, by the 0.x rules; 1 breaking since sdk-v0.1.0)\n"
    )
    assert "would set x-sdk.version in spec/openapi.yaml to 0.2.0" in out
    assert "\n### Breaking\n\n- `GET /v1/{project_id}/notebooks`: a breaking change\n" in out
    assert "git tag sdk-v0.2.0" in out
    assert (repo / SPEC_PATH).read_text(encoding="utf-8") == before
    assert not (repo / CHANGELOG_PATH).exists()


@pytest.mark.parametrize("had_changelog", [False, True])
def test_a_failed_regeneration_puts_everything_back(tmp_path: Path, had_changelog: bool) -> None:
    repo = small_repo(tmp_path)
    if had_changelog:
        (repo / CHANGELOG_PATH).write_text(changelog_header("pets"), encoding="utf-8")
    spec_before = (repo / SPEC_PATH).read_bytes()
    plan = plan_release(repo, "HEAD", fake_diff(report(change("added"))))

    def failing_generate(root: Path) -> None:
        assert read_spec_version((root / SPEC_PATH).read_text(encoding="utf-8")) == plan.version
        raise ReleaseError("regenerating the SDK failed: boom")

    with pytest.raises(ReleaseError, match="boom"):
        apply_release(plan, failing_generate)
    assert (repo / SPEC_PATH).read_bytes() == spec_before
    changelog = repo / CHANGELOG_PATH
    assert changelog.exists() == had_changelog
    if had_changelog:
        assert changelog.read_text(encoding="utf-8") == changelog_header("pets")
    assert git(repo, "status", "--porcelain", "--untracked-files=all") == (
        "?? CHANGELOG.md\n" if had_changelog else ""
    )


# -- a whole release in a clone of this repository ------------------------------------------


@pytest.fixture
def clone(tmp_path: Path) -> Path:
    """A clone of the committed project, its version tagged as released."""
    path = tmp_path / "clone"
    git(tmp_path, "clone", "--quiet", str(PROJECT_ROOT), str(path))
    version = read_spec_version((path / SPEC_PATH).read_text(encoding="utf-8"))
    git(path, "tag", version.tag)
    return path


def changed_paths(repo: Path) -> set[str]:
    lines = git(repo, "status", "--porcelain", "--untracked-files=all").splitlines()
    return {line[3:] for line in lines}


def test_release_in_a_clone_with_a_planned_diff(clone: Path) -> None:
    """Plan, write, regenerate and commit, with the diff's answer given.

    The real diff command runs in test_release_in_a_clone_with_the_real_diff.
    """
    diff = fake_diff(report(change("added", message="new operation", sdk=["ModelArts.x"])))
    plan = plan_release(clone, None, diff, today=DAY)
    apply_release(plan, run_generate)

    version = str(plan.version)
    spec_text = (clone / SPEC_PATH).read_text(encoding="utf-8")
    assert f"\n  version: {version}\n" in spec_text
    assert read_spec_version(spec_text) == plan.version
    generated = (clone / "generated" / "pyproject.toml").read_text(encoding="utf-8")
    assert f'\nversion = "{version}"\n' in generated
    changelog = (clone / CHANGELOG_PATH).read_text(encoding="utf-8")
    assert f"## {version} - 2026-11-27\n\n### Added\n\n- " in changelog
    changed = changed_paths(clone)
    assert {str(SPEC_PATH), str(CHANGELOG_PATH), "generated/pyproject.toml"} <= changed
    assert all(
        p in (str(SPEC_PATH), str(CHANGELOG_PATH)) or p.startswith("generated/") for p in changed
    )

    commit_and_tag(plan)
    assert last_release_tag(clone) == plan.version.tag
    assert changed_paths(clone) == set()


def test_release_in_a_clone_with_the_real_diff(
    clone: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """make release's command, the real spec diff included, after adding an optional field.

    This module's release code runs on the clone; the clone's generator diffs and generates.
    """
    previous = read_spec_version((clone / SPEC_PATH).read_text(encoding="utf-8"))
    area = clone / "spec" / "areas" / "notebooks.yaml"
    document = yaml.safe_load(area.read_text(encoding="utf-8"))
    model, schema = next(
        (name, schema)
        for name, schema in document["components"]["schemas"].items()
        if schema.get("type") == "object" and "properties" in schema
    )
    schema["properties"]["release_note"] = {"type": "string", "description": "Added."}
    area.write_text(yaml.safe_dump(document, sort_keys=False), encoding="utf-8")
    assert main([], root=clone) == 0, capsys.readouterr().err
    version = bump_version(previous, "minor")
    assert f"git tag {version.tag}" in capsys.readouterr().out
    changelog = (clone / CHANGELOG_PATH).read_text(encoding="utf-8")
    entry = changelog[changelog.index(f"## {version} - ") :]
    assert entry.count("### ") == 1 and "\n### Added\n" in entry
    assert f"`models.{model}.release_note`" in entry
    assert read_spec_version((clone / SPEC_PATH).read_text(encoding="utf-8")) == version
    check = subprocess.run(
        [sys.executable, "-m", "generator", "generate", "--check"], cwd=clone, capture_output=True
    )
    assert check.returncode == 0, check.stderr


RENAMABLE = """\
openapi: 3.1.0
info:
  title: Pets
  version: "1.0.0"
x-sdk:
  package: pets
  version: '0.1.0'
paths:
  /pets/{pet_id}:
    get:
      operationId: show_pet
      parameters:
        - {name: pet_id, in: path, required: true, schema: {type: string}}
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: {$ref: "#/components/schemas/Pet"}
        "404":
          description: missing
          content:
            application/json:
              schema: {$ref: "#/components/schemas/Error"}
components:
  schemas:
    Pet:
      type: object
      properties:
        name: {type: string}
        error: {$ref: "#/components/schemas/Error"}
    Error:
      type: object
      properties:
        message: {type: string}
"""


def test_release_of_a_renamed_component_breaks_the_sdk(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Error -> ApiError with both $refs updated: the wire is the same, but the SDK's
    `models.Error` is gone, so the release is major (0.x: minor) and names both classes."""
    repo = small_repo(tmp_path)
    (repo / SPEC_PATH).write_text(RENAMABLE, encoding="utf-8")
    git(repo, "-c", "user.name=t", "-c", "user.email=t@t", "commit", "-qam", "pets")
    git(repo, "tag", "sdk-v0.1.0")
    renamed = RENAMABLE.replace("Error", "ApiError").replace('version: "1.0.0"', 'version: "1.0.1"')
    (repo / SPEC_PATH).write_text(renamed, encoding="utf-8")
    assert main(["--dry-run"], root=repo) == 0, capsys.readouterr().err
    out = capsys.readouterr().out
    assert out.startswith("release 0.1.0 -> 0.2.0 (major, by the 0.x rules; 1 breaking, 1 changed")
    assert "- schema 'Error' removed\n" in out
    assert (
        "model models.Error renamed to models.ApiError (SDK: `models.Error`, `models.ApiError`)"
        in out
    )
