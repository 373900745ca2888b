"""Reports of a diff: text, markdown, json, junit, githubactions; and the semver bump."""

from __future__ import annotations

import json
from collections import Counter
from typing import Callable
from xml.etree import ElementTree

from .change import Change
from .registry import is_sdk, rule

FORMATS = ("text", "markdown", "json", "junit", "githubactions")
SECTIONS = (
    ("breaking", "Breaking changes"),
    ("deprecated", "Deprecated"),
    ("added", "Added"),
    ("changed", "Changed"),
)


BUMPS = ("none", "patch", "minor", "major")  # ascending


def semver(changes: list[Change]) -> str:
    """The larger of the bumps the API's changes and the SDK surface's changes call for."""
    api, sdk = split(changes)
    return larger_bump(bump(api), bump(sdk))


def split(changes: list[Change]) -> tuple[list[Change], list[Change]]:
    """The API's changes (oasdiff's rules) and the SDK surface's."""
    sdk = [c for c in changes if is_sdk(c.id)]
    return [c for c in changes if not is_sdk(c.id)], sdk


def bump(changes: list[Change]) -> str:
    """major: anything breaking; minor: anything new to use, or newly deprecated (as
    semver.org asks); patch: any other change."""
    if not changes:
        return "none"
    if any(c.level == "ERR" for c in changes):
        return "major"
    if any(rule(c.id).is_addition or c.section == "deprecated" for c in changes):
        return "minor"
    return "patch"


def larger_bump(*bumps: str) -> str:
    return max(bumps, key=BUMPS.index)


def render(changes: list[Change], form: str) -> str:
    renderers: dict[str, Callable[[list[Change]], str]] = {
        "text": _text,
        "markdown": _markdown,
        "json": _json,
        "junit": _junit,
        "githubactions": _github,
    }
    return renderers[form](sorted(changes, key=_order))


def summary(changes: list[Change]) -> str:
    counts = Counter(c.level for c in changes)
    levels = ", ".join(f"{counts[level]} {level}" for level in ("ERR", "WARN", "INFO"))
    return f"{len(changes)} change(s): {levels}; semver: {semver(changes)}"


def _order(change: Change) -> tuple[int, str, str, str]:
    return (
        ("ERR", "WARN", "INFO").index(change.level),
        change.operation,
        change.location,
        change.id,
    )


def _where(change: Change) -> str:
    return " ".join(part for part in (change.operation, change.location) if part)


def _text(changes: list[Change]) -> str:
    lines = []
    for change in changes:
        lines.append(f"{change.level:<4} {change.id}  {_where(change)}: {change.message}")
        if change.sdk:
            lines.append(f"     sdk: {', '.join(change.sdk)}")
    lines.append(summary(changes))
    return "\n".join(lines) + "\n"


def _markdown(changes: list[Change]) -> str:
    lines = ["# API changes", "", f"Semver: **{semver(changes)}**"]
    for section, title in SECTIONS:
        chosen = [c for c in changes if c.section == section]
        if not chosen:
            continue
        lines += [
            "",
            f"## {title}",
            "",
            "| level | rule | where | change | SDK |",
            "| --- | --- | --- | --- | --- |",
        ]
        for c in chosen:
            sdk = ", ".join(f"`{s}`" for s in c.sdk)
            cells = [c.level, f"`{c.id}`", _md(_where(c)), _md(c.message), sdk]
            lines.append("| " + " | ".join(cells) + " |")
    if not changes:
        lines += ["", "No changes."]
    return "\n".join(lines) + "\n"


def _md(text: str) -> str:
    return text.replace("\\", "\\\\").replace("|", "\\|").replace("\n", " ")


def _json(changes: list[Change]) -> str:
    api, sdk = split(changes)
    document = {
        "changes": [c.as_json() for c in changes],
        "semver": semver(changes),
        "api_semver": bump(api),
        "sdk_semver": bump(sdk),
        "counts": dict(Counter(c.level for c in changes)),
    }
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"


def _junit(changes: list[Change]) -> str:
    failing = [c for c in changes if c.level in ("ERR", "WARN")]
    suite = ElementTree.Element(
        "testsuite",
        name="api-diff",
        tests=str(max(len(changes), 1)),
        failures=str(len(failing)),
        errors="0",
    )
    for c in changes:
        case = ElementTree.SubElement(
            suite, "testcase", classname=c.operation or "spec", name=f"{c.id} {c.location}"
        )
        if c.level in ("ERR", "WARN"):
            failure = ElementTree.SubElement(case, "failure", type=c.level, message=c.message)
            failure.text = f"{_where(c)}: {c.message}"
        else:
            ElementTree.SubElement(case, "system-out").text = c.message
    if not changes:
        ElementTree.SubElement(suite, "testcase", classname="spec", name="no changes")
    suites = ElementTree.Element("testsuites")
    suites.append(suite)
    return ElementTree.tostring(suites, encoding="unicode", xml_declaration=True) + "\n"


def _github(changes: list[Change]) -> str:
    command = {"ERR": "error", "WARN": "warning", "INFO": "notice"}
    lines = [
        f"::{command[c.level]} title={_property(c.id)}::{_data(_where(c) + ': ' + c.message)}"
        for c in changes
    ]
    return "".join(line + "\n" for line in lines)


def _data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _property(text: str) -> str:
    return _data(text).replace(":", "%3A").replace(",", "%2C")
