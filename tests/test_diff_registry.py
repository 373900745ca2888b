"""The rule registry: every rules.tsv row has one family, unknown ids and changes raise."""

from __future__ import annotations

import pytest
from diff_cases import SHOW

from generator.diff.change import Change
from generator.diff.registry import UnknownRule, registry, rule
from generator.diff.rules import rules
from generator.diff.scope import Scope


def test_every_row_of_the_table_has_one_family() -> None:
    owners = registry().family_of
    assert set(rules()) <= set(owners)
    assert {owners[rule_id] for rule_id in rules()} == {
        "components",
        "security",
        "lifecycle",
        "enums",
        "composition",
        "constraints",
        "parameters",
        "request bodies",
        "responses",
    }


def test_table_levels_are_kept() -> None:
    for rule_id, row in rules().items():
        assert rule(rule_id).level == row.level


def test_an_unknown_rule_id_raises() -> None:
    with pytest.raises(UnknownRule, match="request-parameter-vanished"):
        Change("request-parameter-vanished", SHOW, "query parameter limit", "gone")


def test_a_change_no_rule_names_raises() -> None:
    scope = Scope("request", "parameter", SHOW, "show_item", "query parameter limit")
    assert scope.rule_id("max-increased") == "request-parameter-max-increased"
    with pytest.raises(UnknownRule, match="max-inflated"):
        scope.rule_id("max-inflated")


def test_a_known_change_without_a_rule_here_is_silent() -> None:
    scope = Scope("response", "header", SHOW, "show_item", "response 200 header x-rate")
    assert scope.rule_id("max-unset") is None


def _cases_of_the_suite() -> set[str]:
    """The rule ids the suite's rule tests make fire; each of those tests finds its change
    with diff_cases.find, which also checks the change sits on its rule's side."""
    import test_diff_rules
    import test_diff_schema

    return {
        *(case[0] for case in test_diff_rules.ALL),
        *(case.values[1] for case in test_diff_schema._cases()),
        *(case[3] for case in test_diff_schema.DIRECTION_CASES if case[3]),
        *(case[-1] for case in test_diff_schema.TYPE_CASES),
        *(case[-1] for case in test_diff_schema.HEADER_CASES),
    }


def test_every_row_of_the_table_fires_in_the_suite() -> None:
    missing = sorted(set(rules()) - _cases_of_the_suite())
    assert not missing, f"{len(missing)} rules.tsv rows no test makes fire: {missing}"
