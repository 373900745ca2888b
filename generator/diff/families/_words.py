"""What a rules.tsv row is about, read from its columns and the words of its id; the
families build their claims from these so that no two claim one row."""

from __future__ import annotations

from ..rules import Rule

COMPOSITION_WORDS = (
    "one-of",
    "any-of",
    "all-of",
    "discriminator",
    "-if-",
    "-then-",
    "-else-",
    "prefix-items",
    "dependent-",
    "pattern-property",
    "property-names",
    "unevaluated",
    "contains",
    "wrapped-in",
)


def document_part(rule: Rule) -> bool:
    """The spec's own parts: info, tags, component schemas, operation ids, webhooks."""
    return (
        rule.area in ("Info", "Tags", "Components")
        or "operation-id" in rule.id
        or rule.id.startswith("webhook-")
    )


def security(rule: Rule) -> bool:
    return rule.area == "Security"


def lifecycle(rule: Rule) -> bool:
    """Paths coming and going, deprecation, sunset and stability."""
    return not document_part(rule) and (rule.kind == "Lifecycle" or rule.area == "Paths")


def _schema_level(rule: Rule) -> bool:
    return not (document_part(rule) or security(rule) or lifecycle(rule))


def enum(rule: Rule) -> bool:
    return _schema_level(rule) and "enum" in rule.id


def composition(rule: Rule) -> bool:
    return (
        _schema_level(rule)
        and not enum(rule)
        and any(word in rule.id for word in COMPOSITION_WORDS)
    )


def constraint(rule: Rule) -> bool:
    """Types, formats, bounds, patterns, defaults: what values a schema accepts."""
    return (
        _schema_level(rule)
        and not (enum(rule) or composition(rule))
        and rule.kind in ("Constraints", "Type", "Values")
    )


def _structure(rule: Rule) -> bool:
    return _schema_level(rule) and not (enum(rule) or composition(rule) or constraint(rule))


def parameter(rule: Rule) -> bool:
    return _structure(rule) and (rule.area == "Parameters" or "parameter" in rule.id)


def request_body(rule: Rule) -> bool:
    return _structure(rule) and not parameter(rule) and rule.direction == "Request"


def response(rule: Rule) -> bool:
    return _structure(rule) and not parameter(rule) and rule.direction == "Response"
