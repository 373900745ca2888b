"""black's splitting of one long statement, for the statements generated models are made of.

black spends most of a cold run of a big spec on field lines such as
``kind: _t.Optional[_t.Union[LongEnumName, LongEnumNameValue]] = None``: each too-long line
costs it about 10 ms of trial splits. This module takes the same decisions black 26 makes
(right-hand split with trailers omitted, optional parentheses around the annotation and the
value, delimiter split at commas, the second opinion with forced parentheses) for a small
grammar: an annotated or plain assignment whose annotation and value are names, attribute
access, subscripts, calls, literals and commas. Anything else returns None and goes to black.

Names follow black's own (linegen.py, lines.py, brackets.py) so that the two can be read side
by side; tests compare the result with black on generated and random statements.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

LINE_LENGTH = 100


def width(line: str) -> int:
    """A line's width as black measures it: wide (East Asian) characters count two."""
    if line.isascii():
        return len(line)
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in line)


OPENING = {"(": ")", "[": "]", "{": "}"}
CLOSING = {v: k for k, v in OPENING.items()}
COMMA_PRIORITY = 18
_TOKEN = re.compile(
    r"""(?P<space>[ ]*)(?:
    (?P<string>[rRbBuU]?"(?:[^"\\\n]|\\.)*"|[rRbBuU]?'(?:[^'\\\n]|\\.)*')
    |(?P<number>\d[\d_]*(?:\.\d+)?)
    |(?P<name>[^\W\d]\w*)
    |(?P<op>[()\[\]{}.,:=]))""",
    re.VERBOSE,
)
_KEYWORDS = frozenset(
    "and as assert async await break class continue def del elif else except finally for"
    " from global if import in is lambda nonlocal not or pass raise return try while with"
    " yield".split()
)


class CannotSplit(Exception):
    """This split does not apply; black tries the next one."""


@dataclass(eq=False)
class Leaf:
    value: str
    prefix: str
    kind: str  # "name", "string", "number", or the operator itself
    trailer: bool = False  # a bracket opening a subscript or a call (black: syms.trailer)
    base_prefix: str = ""  # the prefix black's whitespace() gives it in a fresh line
    opening: Leaf | None = None
    depth: int = 0

    def __str__(self) -> str:
        return self.prefix + self.value

    @property
    def is_opening(self) -> bool:
        return self.kind in OPENING

    @property
    def is_closing(self) -> bool:
        return self.kind in CLOSING


@dataclass(eq=False)
class Line:
    depth: int
    inside_brackets: bool = False
    should_split_rhs: bool = False
    leaves: list[Leaf] = field(default_factory=list)
    delimiters: dict[int, int] = field(default_factory=dict)
    invisible: list[Leaf] = field(default_factory=list)
    _open: list[Leaf] = field(default_factory=list)

    def append(self, leaf: Leaf, preformatted: bool = False, track: bool = False) -> None:
        if self.leaves and not preformatted:
            leaf.prefix += leaf.base_prefix
        if self.inside_brackets or not preformatted or track:
            self._mark(leaf)
        self.leaves.append(leaf)

    def _mark(self, leaf: Leaf) -> None:
        if leaf.is_closing:
            if not self._open or self._open[-1].kind != CLOSING[leaf.kind]:
                return  # a closing bracket opened on an earlier line
            leaf.opening = self._open.pop()
            if not leaf.value:
                self.invisible.append(leaf)
        leaf.depth = len(self._open)
        if not self._open and leaf.kind == ",":
            self.delimiters[id(leaf)] = COMMA_PRIORITY
        if leaf.is_opening:
            self._open.append(leaf)
            if not leaf.value:
                self.invisible.append(leaf)

    def __str__(self) -> str:
        if not self.leaves:
            return ""
        first, *rest = self.leaves
        return first.prefix + "    " * self.depth + first.value + "".join(map(str, rest))

    def clone(self) -> Line:
        return Line(self.depth, self.inside_brackets, self.should_split_rhs)

    @property
    def is_chained_assignment(self) -> bool:
        return sum(leaf.kind == "=" for leaf in self.leaves) > 1

    def max_priority(self, exclude: frozenset[int] = frozenset()) -> int:
        return max(v for k, v in self.delimiters.items() if k not in exclude)

    def priority_count(self, priority: int) -> int:
        return sum(1 for v in self.delimiters.values() if v == priority)


@dataclass
class RHSResult:
    head: Line
    body: Line
    tail: Line
    opening: Leaf
    closing: Leaf


def split_statement(text: str) -> str | None:
    """black's layout of one statement line (indent included, no newline), or None when the
    statement is outside the grammar this module knows."""
    indent, stripped = _indent(text)
    leaves = _leaves(stripped) if indent is not None else None
    if indent is None or leaves is None:
        return None
    return _layout(Line(indent), leaves)


def split_item(text: str) -> str | None:
    """black's layout of one item of an exploded bracket (``"key": value,``, ``name=value,``
    or ``value,`` on a line of its own, indent included), or None when it is outside the
    grammar this module knows."""
    indent, stripped = _indent(text)
    tokens = _tokens(stripped) if indent is not None else None
    if indent is None or tokens is None or tokens[-1].kind != ",":
        return None
    if any(token.kind == "," and token.depth == 0 for token in tokens[:-1]):
        return None
    return _layout(Line(indent, inside_brackets=True), tokens)


def _indent(text: str) -> tuple[int | None, str]:
    stripped = text.lstrip(" ")
    spaces = len(text) - len(stripped)
    return (None if spaces % 4 else spaces // 4), stripped


def _layout(line: Line, leaves: list[Leaf]) -> str:
    for leaf in leaves:
        line.append(leaf, preformatted=True, track=True)
    return "\n".join(str(each) for each in transform_line(line, force=False))


def _leaves(text: str) -> list[Leaf] | None:
    """The statement's leaves with black's invisible parentheses around the annotation and
    the assigned value; None when the statement is not an assignment of the grammar."""
    tokens = _tokens(text)
    if tokens is None or len(tokens) < 3 or tokens[0].kind != "name":
        return None
    if tokens[1].kind == ":":
        target_end = 1
    else:  # a plain assignment to a name or an attribute (self.x = ...)
        target_end = next((i for i, t in enumerate(tokens) if t.kind in "=:("), 0)
        if target_end == 0 or tokens[target_end].kind != "=":
            return None
        if any(t.kind not in ("name", ".") for t in tokens[:target_end]):
            return None
    parts = _top_level_parts(tokens[target_end:])
    if parts is None:
        return None
    leaves = tokens[:target_end]
    for operator, expression in parts:
        if not expression or any(t.kind == "," and t.depth == 0 for t in expression):
            return None  # a bare tuple: black's parentheses rules differ
        leaves.append(operator)
        leaves.extend(_invisible_parens(expression))
    return leaves


def _tokens(text: str) -> list[Leaf] | None:
    tokens: list[Leaf] = []
    position = 0
    depth = 0
    while position < len(text):
        match = _TOKEN.match(text, position)
        if match is None:
            return None
        position = match.end()
        kind = match.lastgroup
        value = match.group(kind or "")
        if kind == "op":
            kind = value
        elif kind == "name" and value in _KEYWORDS:
            return None
        if kind == "string" and tokens and tokens[-1].kind == "string":
            return None  # implicit concatenation: a delimiter of its own
        previous = tokens[-1] if tokens else None
        trailer = kind in ("(", "[") and previous is not None and _ends_atom(previous)
        if kind in CLOSING:
            depth -= 1
            if depth < 0 or (previous is not None and previous.kind == ","):
                return None  # unbalanced, or a magic trailing comma
        leaf = Leaf(value, match.group("space"), kind or "", trailer=trailer)
        leaf.base_prefix = leaf.prefix
        leaf.depth = depth
        tokens.append(leaf)
        if kind in OPENING:
            depth += 1
    return tokens if depth == 0 and tokens else None


def _ends_atom(leaf: Leaf) -> bool:
    return leaf.kind in ("name", "string") or leaf.kind in (")", "]")


def _top_level_parts(tokens: list[Leaf]) -> list[tuple[Leaf, list[Leaf]]] | None:
    """[(":" or "=", expression)] of an assignment's remainder: at most an annotation then
    one value."""
    parts: list[tuple[Leaf, list[Leaf]]] = []
    for token in tokens:
        if token.depth == 0 and token.kind in (":", "="):
            parts.append((token, []))
        elif parts:
            parts[-1][1].append(token)
        else:
            return None
    kinds = [operator.kind for operator, _ in parts]
    return parts if kinds in ([":"], [":", "="], ["="]) else None


def _invisible_parens(expression: list[Leaf]) -> list[Leaf]:
    opening = Leaf("", expression[0].prefix, "(")
    opening.base_prefix = opening.prefix
    expression[0].prefix = expression[0].base_prefix = ""
    return [opening, *expression, Leaf("", "", ")")]


# --- black's transforms -------------------------------------------------------------------


# A split of black's: the lines it makes of a line (force: black's optional parentheses
# made visible, as in its second opinion), or CannotSplit.
Transform = Callable[[Line, bool], Iterator[Line]]


def transform_line(line: Line, force: bool) -> list[Line]:
    line_str = str(line)
    if not line.should_split_rhs and _short(line_str):
        return [line]
    transformers = (
        [_delimiter_split, _rhs_with_omits] if line.inside_brackets else [_rhs_with_omits]
    )
    for transform in transformers:
        try:
            return _run_transformer(line, transform, force, line_str)
        except CannotSplit:
            continue
    return [line]


def _short(text: str) -> bool:
    return width(text) <= LINE_LENGTH


def _run_transformer(line: Line, transform: Transform, force: bool, line_str: str) -> list[Line]:
    optional_parens = [bracket for bracket in line.invisible if bracket.depth == 0]
    result: list[Line] = []
    for transformed in transform(line, force):
        if str(transformed) == line_str:
            raise CannotSplit("the transform changed nothing")
        result.extend(transform_line(transformed, force))
    if (
        force
        or transform is not _rhs_with_omits
        or not line.invisible
        or any(bracket.value for bracket in optional_parens)
        or _short(str(result[0]))
    ):
        return result
    # black's second opinion: the same split with the optional parentheses made visible.
    # (black skips it for lines holding a comma it added; here such commas only end lines
    # inside brackets, which hold no optional parentheses.)
    copy = line.clone()
    for leaf in line.leaves:
        fresh = Leaf(leaf.value, "", leaf.kind, leaf.trailer, leaf.base_prefix)
        copy.append(fresh)
    second = _run_transformer(copy, transform, True, line_str)
    return second if all(_short(str(each)) for each in second) else result


def _delimiter_split(line: Line, force: bool) -> Iterator[Line]:
    last = line.leaves[-1]
    try:
        priority = line.max_priority(exclude=frozenset({id(last)}))
    except ValueError:
        raise CannotSplit("no delimiters") from None
    current = line.clone()
    current.should_split_rhs = False
    pieces: list[Line] = []
    for leaf in line.leaves:
        current.append(leaf, preformatted=True)
        if line.delimiters.get(id(leaf)) == priority:
            pieces.append(current)
            current = Line(line.depth, line.inside_brackets)
    if current.leaves:
        if priority == COMMA_PRIORITY and current.leaves[-1].kind != ",":
            current.append(Leaf(",", "", ","))
        pieces.append(current)
    for piece in pieces:  # black: dont_increase_indentation
        piece.leaves[0].prefix = ""
        yield piece


def _rhs_with_omits(line: Line, force: bool) -> Iterator[Line]:
    prefix_lengths: dict[int, int] = {}
    length = 4 * line.depth
    for leaf in line.leaves:
        prefix_lengths[id(leaf)] = length
        length += len(leaf.prefix) + len(leaf.value)
    first_lines: list[Line] | None = None
    for omit in _trailers_to_omit(line):
        if omit:
            target = next(
                (
                    leaf.opening
                    for leaf in reversed(line.leaves)
                    if leaf.is_closing and id(leaf) not in omit
                ),
                None,
            )
            if (
                target is not None
                and target.value
                and prefix_lengths.get(id(target), 0) > LINE_LENGTH
            ):
                continue
        lines = list(_right_hand_split(line, force, omit))
        if first_lines is None and not omit:
            first_lines = lines
        if _short(str(lines[0])):
            yield from lines
            return
    yield from (
        first_lines if first_lines is not None else _right_hand_split(line, force, frozenset())
    )


def _trailers_to_omit(line: Line) -> Iterator[frozenset[int]]:
    omit: set[int] = set()
    yield frozenset(omit)
    length = 4 * line.depth
    opening: Leaf | None = None
    closing: Leaf | None = None
    inner: set[int] = set()
    for index in range(len(line.leaves) - 1, -1, -1):
        leaf = line.leaves[index]
        length += len(leaf.prefix) + len(leaf.value)
        if length > LINE_LENGTH:
            break
        previous = line.leaves[index - 1] if index > 0 else None
        if opening:
            if leaf is opening:
                opening = None
            elif leaf.is_closing:
                inner.add(id(leaf))
        elif leaf.is_closing:
            if previous is not None and previous.is_opening:
                inner.add(id(leaf))
                continue
            if closing:
                omit.add(id(closing))
                omit.update(inner)
                inner.clear()
                yield frozenset(omit)
            if leaf.value:
                opening = leaf.opening
                closing = leaf


def _right_hand_split(line: Line, force: bool, omit: frozenset[int]) -> Iterator[Line]:
    rhs = _first_right_hand_split(line, omit)
    yield from _maybe_split_omitting_optional_parens(rhs, line, force, omit)


def _first_right_hand_split(line: Line, omit: frozenset[int] | set[int]) -> RHSResult:
    tail: list[Leaf] = []
    body: list[Leaf] = []
    head: list[Leaf] = []
    current = tail
    opening: Leaf | None = None
    closing: Leaf | None = None
    for leaf in reversed(line.leaves):
        if current is body and leaf is opening:
            current = head if body else tail
        current.append(leaf)
        if current is tail and leaf.is_closing and id(leaf) not in omit:
            opening, closing = leaf.opening, leaf
            current = body
    if not (opening and closing and head):
        raise CannotSplit("no brackets found")
    tail.reverse()
    body.reverse()
    head.reverse()
    result = RHSResult(
        _build_line(head, line, opening, "head"),
        _build_line(body, line, opening, "body"),
        _build_line(tail, line, opening, "tail"),
        opening,
        closing,
    )
    tail_length = len(str(result.tail).strip())
    if not result.body.leaves and tail_length < 3:
        raise CannotSplit("splitting an empty body is not worth it")
    return result


def _build_line(leaves: list[Leaf], original: Line, opening: Leaf, component: str) -> Line:
    result = Line(original.depth)
    tracked: set[int] = set()
    if component == "body":
        result.inside_brackets = True
        result.depth += 1
    elif component == "head":
        tracked = _inside_matching_brackets(leaves)
    for leaf in leaves:
        result.append(leaf, preformatted=True, track=id(leaf) in tracked)
    if component == "body" and _should_split_line(result, opening):
        result.should_split_rhs = True
    return result


def _inside_matching_brackets(leaves: list[Leaf]) -> set[int]:
    ids: set[int] = set()
    stack: list[tuple[str, list[int]]] = []
    started = False
    for leaf in leaves:
        if leaf.is_opening:
            started = True
            stack.append((OPENING[leaf.kind], [id(leaf)]))
        elif not started:
            continue
        elif leaf.is_closing:
            if not (stack and leaf.kind == stack[-1][0]):
                break
            _, level = stack.pop()
            level.append(id(leaf))
            ids.update(level)
        elif stack:
            stack[-1][1].append(id(leaf))
    return ids


def _should_split_line(line: Line, opening: Leaf) -> bool:
    exclude: set[int] = set()
    trailing_comma = False
    if line.leaves and line.leaves[-1].kind == ",":
        trailing_comma = True
        exclude.add(id(line.leaves[-1]))
    try:
        priority = line.max_priority(frozenset(exclude))
    except ValueError:
        return False
    return priority == COMMA_PRIORITY and (trailing_comma or not opening.trailer)


def _maybe_split_omitting_optional_parens(
    rhs: RHSResult, line: Line, force: bool, omit: frozenset[int] | set[int]
) -> Iterator[Line]:
    if (
        not force
        and rhs.opening.kind == "("
        and not rhs.opening.value
        and rhs.closing.kind == ")"
        and not rhs.closing.value
        and _can_omit_invisible_parens(rhs)
    ):
        omit = {id(rhs.closing), *omit}
        try:
            rhs_oop = _first_right_hand_split(line, omit)
            if _prefer_split_rhs_oop(rhs_oop, rhs):
                yield from _maybe_split_omitting_optional_parens(rhs_oop, line, force, omit)
                return
        except CannotSplit as error:
            if line.is_chained_assignment:
                pass
            elif not _can_be_split(rhs.body) and not _short(str(rhs.body)):
                raise CannotSplit("the body is still too long and cannot be split") from error
    if rhs.opening.kind == "(":  # black: ensure_visible
        rhs.opening.value = "("
    if rhs.closing.kind == ")":
        rhs.closing.value = ")"
    for result in (rhs.head, rhs.body, rhs.tail):
        if result.leaves:
            yield result


def _prefer_split_rhs_oop(rhs_oop: RHSResult, rhs: RHSResult) -> bool:
    head = rhs.head.leaves
    if not (len(head) >= 2 and head[-2].kind == "="):
        return True
    if not any(leaf.is_opening or leaf.is_closing for leaf in head[:-1]):
        return True
    if width(str(rhs.head)) > LINE_LENGTH - 1:
        return True
    for leaf in reversed(rhs_oop.head.leaves):
        if leaf.kind == "=":
            break
        if leaf.is_closing:
            return True
    return any(leaf.kind == "=" for leaf in rhs_oop.head.leaves) and _short(str(rhs_oop.head))


def _can_omit_invisible_parens(rhs: RHSResult) -> bool:
    line = rhs.body
    if not line.delimiters:
        return True
    priority = line.max_priority()
    if line.priority_count(priority) > 1:
        return False
    first, second = line.leaves[0], line.leaves[1]
    if first.is_opening and not second.is_closing and _can_omit_opening_paren(line, first):
        return True
    penultimate, last = line.leaves[-2], line.leaves[-1]
    if last.kind in (")", "}") or (
        last.kind == "]" and not (last.opening and last.opening.trailer)
    ):
        if penultimate.is_opening:
            return False
        if _can_omit_closing_paren(line, last):
            return True
    return False


def _can_omit_opening_paren(line: Line, first: Leaf) -> bool:
    remainder = False
    length = 4 * line.depth
    for leaf in line.leaves:
        if leaf.is_closing and leaf.opening is first:
            remainder = True
        if remainder:
            length += len(leaf.prefix) + len(leaf.value)
            if length > LINE_LENGTH:
                return False
            if leaf.is_opening:
                remainder = False
    return True


def _can_omit_closing_paren(line: Line, last: Leaf) -> bool:
    length = 4 * line.depth
    seen_other_brackets = False
    for leaf in line.leaves:
        length += len(leaf.prefix) + len(leaf.value)
        if leaf is last.opening:
            if seen_other_brackets or length <= LINE_LENGTH:
                return True
        elif leaf.is_opening:
            seen_other_brackets = True
    return False


def _can_be_split(line: Line) -> bool:
    leaves = line.leaves
    if len(leaves) < 2:
        return False
    if leaves[0].kind == "string" and leaves[1].kind == ".":
        return _string_method_chain_can_split(leaves)
    return True


def _string_method_chain_can_split(leaves: list[Leaf]) -> bool:
    calls = dots = 0
    following = leaves[-1]
    for leaf in leaves[-2::-1]:
        if leaf.is_opening:
            if not following.is_closing:
                return False
            calls += 1
        elif leaf.kind == ".":
            dots += 1
        elif leaf.kind == "name":
            if not (following.kind == "." or following.is_opening):
                return False
        elif not leaf.is_closing:
            return False
        if dots > 1 and calls > 1:
            return False
    return True
