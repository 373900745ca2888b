"""The spec's `x-sdk` extension as a typed config, with a problem for every value it cannot use.

x-sdk names the generated package and fills values into every call (client parameters, their
lookups, regions, README examples). It is read once here: a wrong shape is reported with its
pointer under /x-sdk instead of failing somewhere in the code generator.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .pointers import join_pointer

Finding = tuple[str, str, str]
RULE = "x-sdk"
_TEXT_KEYS = (
    *("package", "distribution", "version", "client", "cli", "error_base"),
    *("env_prefix", "config_file"),
)
_SDK_KEYS = frozenset(_TEXT_KEYS) | {"client_parameters", "regions", "examples"}


@dataclass(frozen=True)
class Lookup:
    """How a client finds a parameter it was not given: one operation's answer."""

    operation: str
    arguments: dict[str, str] = field(default_factory=dict)
    items: str = ""  # JSON pointer of the list in the answer
    value: str = ""  # field of the one item that holds the value


@dataclass(frozen=True)
class ClientParameter:
    env: str = ""
    description: str = ""
    lookup: Lookup | None = None


@dataclass(frozen=True)
class Region:
    endpoint: str = ""
    endpoints: dict[str, str] = field(default_factory=dict)  # by server name


@dataclass(frozen=True)
class Example:
    title: str
    description: str
    language: str
    code: str


@dataclass(frozen=True)
class SdkConfig:
    texts: dict[str, str] = field(default_factory=dict)  # the _TEXT_KEYS that are set
    client_parameters: dict[str, ClientParameter] = field(default_factory=dict)
    regions: dict[str, Region] = field(default_factory=dict)
    examples: list[Example] = field(default_factory=list)

    def text(self, key: str) -> str:
        return self.texts.get(key, "")


def read_sdk_config(document: dict[str, Any]) -> tuple[SdkConfig, list[Finding]]:
    """The config x-sdk declares (what is usable of it) and the problems of the rest."""
    reader = _Reader()
    sdk = reader.mapping(document.get("x-sdk"), "/x-sdk", _SDK_KEYS)
    config = SdkConfig(
        texts={
            key: text
            for key in _TEXT_KEYS
            if (text := reader.text(sdk.get(key), join_pointer("/x-sdk", key)))
        },
        client_parameters=reader.client_parameters(sdk.get("client_parameters")),
        regions=reader.regions(sdk.get("regions")),
        examples=reader.examples(sdk.get("examples")),
    )
    return config, reader.findings


class _Reader:
    """Reads values of expected shapes; anything else becomes a finding and a default."""

    def __init__(self) -> None:
        self.findings: list[Finding] = []

    def problem(self, pointer: str, message: str) -> None:
        self.findings.append((pointer, RULE, message))

    def mapping(self, node: Any, pointer: str, keys: frozenset[str] | None) -> dict[str, Any]:
        """node as a mapping (None: empty); keys, when given, are the only ones allowed."""
        if node is None:
            return {}
        if not isinstance(node, dict):
            self.problem(pointer, f"expected a mapping, found {_kind(node)}")
            return {}
        for key in node:
            if keys is not None and key not in keys and not str(key).startswith("x-"):
                known = ", ".join(sorted(keys))
                self.problem(join_pointer(pointer, str(key)), f"unknown key (known: {known})")
        return {str(key): value for key, value in node.items()}

    def text(self, node: Any, pointer: str) -> str:
        if node is None:
            return ""
        if not isinstance(node, str):
            self.problem(pointer, f"expected text, found {_kind(node)} (quote it)")
            return ""
        return node

    def texts(self, node: Any, pointer: str) -> dict[str, str]:
        values = self.mapping(node, pointer, None)
        return {key: self.text(value, join_pointer(pointer, key)) for key, value in values.items()}

    def client_parameters(self, node: Any) -> dict[str, ClientParameter]:
        pointer = "/x-sdk/client_parameters"
        result = {}
        for name, value in self.mapping(node, pointer, None).items():
            where = join_pointer(pointer, name)
            fields = self.mapping(value, where, frozenset({"env", "description", "lookup"}))
            result[name] = ClientParameter(
                env=self.text(fields.get("env"), join_pointer(where, "env")),
                description=self.text(
                    fields.get("description"), join_pointer(where, "description")
                ),
                lookup=self.lookup(fields.get("lookup"), join_pointer(where, "lookup")),
            )
        return result

    def lookup(self, node: Any, pointer: str) -> Lookup | None:
        if node is None:
            return None
        keys = frozenset({"operation", "arguments", "items", "value"})
        fields = self.mapping(node, pointer, keys)
        operation = self.text(fields.get("operation"), join_pointer(pointer, "operation"))
        if not operation:
            if fields:
                self.problem(pointer, "a lookup needs an operation (its operationId)")
            return None
        return Lookup(
            operation=operation,
            arguments=self.texts(fields.get("arguments"), join_pointer(pointer, "arguments")),
            items=self.text(fields.get("items"), join_pointer(pointer, "items")),
            value=self.text(fields.get("value"), join_pointer(pointer, "value")),
        )

    def regions(self, node: Any) -> dict[str, Region]:
        pointer = "/x-sdk/regions"
        if isinstance(node, list):  # a plain list of names
            names = [self.text(name, join_pointer(pointer, i)) for i, name in enumerate(node)]
            return {name: Region() for name in names if name}
        result = {}
        for name, value in self.mapping(node, pointer, None).items():
            where = join_pointer(pointer, name)
            fields = self.mapping(value, where, frozenset({"endpoint", "endpoints"}))
            result[name] = Region(
                endpoint=self.text(fields.get("endpoint"), join_pointer(where, "endpoint")),
                endpoints=self.texts(fields.get("endpoints"), join_pointer(where, "endpoints")),
            )
        return result

    def examples(self, node: Any) -> list[Example]:
        pointer = "/x-sdk/examples"
        if node is None:
            return []
        if not isinstance(node, list):
            self.problem(pointer, f"expected a list, found {_kind(node)}")
            return []
        result = []
        keys = frozenset({"title", "description", "language", "code"})
        for index, item in enumerate(node):
            where = join_pointer(pointer, index)
            fields = {
                k: self.text(v, join_pointer(where, k))
                for k, v in self.mapping(item, where, keys).items()
            }
            if not fields.get("code"):
                self.problem(where, "an example needs code")
                continue
            result.append(
                Example(
                    title=fields.get("title", ""),
                    description=fields.get("description", ""),
                    language=fields.get("language") or "python",
                    code=fields["code"],
                )
            )
        return result


def _kind(node: Any) -> str:
    if isinstance(node, bool):
        return "a boolean"
    if isinstance(node, (int, float)):
        return f"a number ({node})"
    if isinstance(node, list):
        return "a list"
    if isinstance(node, dict):
        return "a mapping"
    return f"{type(node).__name__} {node!r}" if node is not None else "nothing"
