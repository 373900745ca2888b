"""linebreak takes black's decisions for long assignment statements: compared with black on
random statements of its grammar, and refusing what lies outside it."""

from __future__ import annotations

import keyword

import black
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.codegen import linebreak
from generator.codegen.formatting import MODE

_NAMES = st.from_regex(r"[A-Za-z_][A-Za-z0-9_]{0,55}", fullmatch=True).filter(
    lambda name: not keyword.iskeyword(name)
)
_ATOMS = st.one_of(_NAMES, _NAMES.map(lambda name: f"_t.{name}"))
_STRINGS = st.from_regex(r'"[a-z ]{0,40}"', fullmatch=True)
_VALUES = st.one_of(
    st.just("None"),
    _STRINGS,
    st.integers(0, 10**12).map(str),
    _ATOMS,
    st.builds(lambda f, v: f"{f}({v})", _ATOMS, _STRINGS),
    st.builds(lambda f, k, v: f"{f}({k}={v})", _ATOMS, _NAMES, _STRINGS),
    st.builds(lambda f, v: f"{f}(raw.{v})", _NAMES, _NAMES),
)


def _subscripts(children: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    return st.builds(
        lambda head, items: f"{head}[{', '.join(items)}]",
        _ATOMS,
        st.lists(children, min_size=1, max_size=3),
    )


_ANNOTATIONS = st.recursive(_ATOMS, _subscripts, max_leaves=6)


def _in_blocks(statement: str, depth: int) -> tuple[str, str]:
    header = "class A:\n" + "".join("    " * level + "if X:\n" for level in range(1, depth))
    return header, "    " * depth + statement


@settings(max_examples=400, deadline=None)
@given(
    _NAMES,
    _ANNOTATIONS,
    st.one_of(st.none(), _VALUES, _ANNOTATIONS),
    st.integers(1, 3),
)
def test_annotated_assignments_split_as_black_splits_them(
    name: str, annotation: str, value: str | None, depth: int
) -> None:
    statement = f"{name}: {annotation}" + ("" if value is None else f" = {value}")
    header, line = _in_blocks(statement, depth)
    expected = black.format_str(header + line + "\n", mode=MODE)
    assert header + (linebreak.split_statement(line) or "<refused>") + "\n" == expected


@settings(max_examples=200, deadline=None)
@given(
    st.one_of(_NAMES, _NAMES.map(lambda name: f"self.{name}")),
    st.one_of(_VALUES, _ANNOTATIONS),
    st.integers(1, 3),
)
def test_plain_assignments_split_as_black_splits_them(target: str, value: str, depth: int) -> None:
    header, line = _in_blocks(f"{target} = {value}", depth)
    expected = black.format_str(header + line + "\n", mode=MODE)
    assert header + (linebreak.split_statement(line) or "<refused>") + "\n" == expected


@pytest.mark.parametrize(
    "line",
    [
        "    x = a, b",  # a bare tuple
        "    x: int = 1  # a comment",
        "    return some_call(argument)",
        "    x: A[B,] = None",  # a magic trailing comma
        "    x = a | b",
        "    x = 'a' 'b'",  # implicit concatenation
        '    "key": _te.Required["str"],',  # an item inside brackets, not a statement
        "   x: int = 1",  # not a multiple of four
        "    x: int = (",  # unbalanced
    ],
)
def test_statements_outside_the_grammar_are_left_to_black(line: str) -> None:
    assert linebreak.split_statement(line) is None


def test_a_long_enum_field_view_is_split_without_black() -> None:
    enum = "WebhookPullRequestReviewSubmittedPullRequestRequestedReviewersItem1Type"
    line = f"        type: _t.Optional[_t.Union[{enum}, {enum}Value]] = None"
    assert linebreak.split_statement(line) == (
        "        type: _t.Optional[\n"
        "            _t.Union[\n"
        f"                {enum},\n"
        f"                {enum}Value,\n"
        "            ]\n"
        "        ] = None"
    )


_ITEMS = st.one_of(
    st.builds(lambda key, value: ("{", f"{key}: {value}", "}"), _STRINGS, _VALUES | _ANNOTATIONS),
    st.builds(lambda name, value: ("f(", f"{name}={value}", ")"), _NAMES, _VALUES | _ANNOTATIONS),
    st.builds(lambda value: ("[", value, "]"), _VALUES | _ANNOTATIONS),
)


@settings(max_examples=300, deadline=None)
@given(_ITEMS, st.integers(1, 3))
def test_items_of_exploded_brackets_split_as_black_splits_them(
    item: tuple[str, str, str], depth: int
) -> None:
    opening, text, closing = item
    header, line = _in_blocks(f"x = {opening}", depth - 1) if depth > 1 else ("", f"x = {opening}")
    margin = "    " * depth
    source = f"{header}{line}\n{margin}{text},\n{margin[4:]}{closing}\n"
    expected = black.format_str(source, mode=MODE)
    ours = linebreak.split_item(f"{margin}{text},") or "<refused>"
    assert f"{header}{line}\n{ours}\n{margin[4:]}{closing}\n" == expected


def test_an_item_list_with_a_comma_inside_is_not_one_item() -> None:
    assert linebreak.split_item('    "a", "b",') is None
    assert linebreak.split_item('    "a": f(x)') is None  # not an item: no trailing comma
