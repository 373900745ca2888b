"""black, made fast enough for big specs: format units, remember them, use every core.

A generated module is a header (docstring, imports, constants) followed by top-level
classes and functions; a class is a header followed by methods. The templates write
black's layout (double quotes, exploded lists with magic trailing commas, black's blank
lines), so a unit whose lines all fit is taken as written: black would not change it.
Only units with a line too long, which black would wrap, are formatted, each on its own,
its result remembered under the hash of its text; the units are joined with the blank
lines black puts between them. Tests check that every generated file is exactly what black
makes of it. Regenerating after a small spec change formats only what changed.
"""

from __future__ import annotations

import ast
import functools
import os
import re
from concurrent.futures import ProcessPoolExecutor
from typing import TYPE_CHECKING, Any, Collection

if TYPE_CHECKING:
    import black


from ..common import cache
from . import linebreak
from .linebreak import LINE_LENGTH, width


def _black_version() -> str:
    """black's version, from the one-line module black reads it from itself: without
    importlib.metadata, a twentieth of a second at every start."""
    try:
        from _black_version import version  # type: ignore[import-untyped, unused-ignore]
    except ImportError:  # a black that keeps it elsewhere
        import importlib.metadata

        return importlib.metadata.version("black")
    return str(version)


VERSION = _black_version()
_TOP_LEVEL = re.compile(r"^(?:@|class |def |async def )")
_METHOD = re.compile(r"^    (?:@|def |async def )")
_STATEMENT = re.compile(r"^[A-Za-z_#]")
_COLUMN_0 = re.compile(r"^\S")  # after a definition: the code that follows it
_CODE_START = re.compile(r"^[A-Za-z_]", re.MULTILINE)
_WRAPPER = "class _Unit:\n"
# Below this many characters the pool costs more than it saves (black; whole modules).
_PARALLEL_THRESHOLD = 300_000
_MODULES_PARALLEL_THRESHOLD = 2_000_000


def format_modules(
    sources: dict[str, str], cached_elsewhere: Collection[str] = ()
) -> dict[str, str]:
    """black-format each module; same result as black on the whole file. A module formatted
    before comes from the cache whole: regenerating after a small edit of the spec then
    costs one hash a module, not the work of cutting it into units. cached_elsewhere: the
    modules the caller remembers itself, left out of this cache."""
    keys = {
        path: cache.key(VERSION, f"line_length={LINE_LENGTH}", text)
        for path, text in sources.items()
        if path not in cached_elsewhere
    }
    done = {
        path: cache.get("black-module", keys[path]) if path in keys else None for path in sources
    }
    pending = {path: sources[path] for path, text in done.items() if text is None}
    formatted = _format_in_parallel(pending) if pending else {}
    _as_written.cache_clear()
    for path, text in formatted.items():
        if path in keys:
            cache.put("black-module", keys[path], text)
    results = {path: text for path, text in done.items() if text is not None}
    results.update(formatted)
    return {path: results[path] for path in sources}


def _format_in_parallel(sources: dict[str, str]) -> dict[str, str]:
    """_format_by_units on every core for a big SDK: cutting modules into units and
    checking their lines is Python work proportional to the output (3 s for GitHub's)."""
    workers = min(os.cpu_count() or 1, 4)
    if workers < 2 or sum(map(len, sources.values())) < _MODULES_PARALLEL_THRESHOLD:
        return _format_by_units(sources)
    chunks: list[dict[str, str]] = [{} for _ in range(workers)]
    sizes = [0] * workers
    for path, text in sorted(sources.items(), key=lambda item: -len(item[1])):
        smallest = sizes.index(min(sizes))  # largest first, each to the lightest chunk
        chunks[smallest][path] = text
        sizes[smallest] += len(text)
    with ProcessPoolExecutor(max_workers=workers) as pool:
        results = list(pool.map(_format_by_units, chunks, [False] * workers))
    return {path: text for result in results for path, text in result.items()}


def _format_by_units(sources: dict[str, str], parallel: bool = True) -> dict[str, str]:
    plans = {path: _plan(text) for path, text in sources.items()}
    units = {unit for plan in plans.values() for _, unit in plan}
    formatted: dict[str, str | None] = {unit: _as_written(unit) for unit in units}
    # A class of plain statements (a model, an enum) is cut further, so that only the
    # statements with a line too long go to black, not the whole class.
    cut = {unit: _class_statements(unit) for unit, text in formatted.items() if text is None}
    to_black = {
        piece
        for unit, pieces in cut.items()
        for piece in ([unit] if pieces is None else [p for _, p in pieces])
        if _as_written(piece) is None
    }
    blacked = _format_units(sorted(to_black), parallel)
    for unit, pieces in cut.items():
        formatted[unit] = blacked[unit] if pieces is None else _join_statements(pieces, blacked)
    return {
        path: (
            _assemble(plan, formatted)
            if all(formatted[u] is not None for _, u in plan)
            else _black(sources[path])
        )
        for path, plan in plans.items()
    }


def _plan(source: str) -> list[tuple[str, str]]:
    """(separator, unit): the blank lines black puts before the unit, and the unit's text.

    Methods of long classes are units of their own, wrapped in a stand-in class header.
    Statements after a definition (an assignment below a class) are units of their own.
    """
    plan: list[tuple[str, str]] = []
    for _, block in _split(_lines(source), _TOP_LEVEL):
        # black puts two blank lines around top-level definitions, whatever was there
        separator = "\n\n" if plan else ""
        if not _TOP_LEVEL.match(block):
            _add_statements(plan, separator, block)
            continue
        (_, definition), *after = _split(_lines(block), _COLUMN_0)
        if definition.startswith("class ") and definition.count("\n") > 200:
            (_, header), *methods = _split(_lines(definition), _METHOD)
            plan.append((separator, header))
            plan.extend(("\n", _WRAPPER + method) for _, method in methods)
        else:
            plan.append((separator, definition))
        if after:
            _add_statements(plan, "\n\n", "".join(text for _, text in after))
    return plan


def _add_statements(plan: list[tuple[str, str]], separator: str, block: str) -> None:
    (_, first), *rest = _statements(block)
    plan.append((separator, first))
    # between plain statements black keeps the blank lines written, up to two
    plan.extend(("\n" * min(blank, 2), text) for blank, text in rest)


def _statements(block: str) -> list[tuple[int, str]]:
    """A run of top-level statements cut into pieces at blank lines, except right after
    an import (black has rules of its own for the lines after imports)."""
    pieces: list[tuple[int, str]] = []
    for blank, text in _split(_lines(block), _STATEMENT):
        if pieces and _ends_with_import(pieces[-1][1]):
            pieces[-1] = (pieces[-1][0], pieces[-1][1] + text)
        else:
            pieces.append((blank, text))
    return pieces


def _class_statements(unit: str) -> list[tuple[str, str]] | None:
    """A top-level class of plain statements as (gap, piece): the class line with its
    docstring, then each statement with what follows it up to the next one (a field and
    its docstring stay together, so a docstring never opens a piece), each statement
    wrapped in a stand-in class header; gap: the blank and comment lines before it, kept as
    written. None when the unit is not such a class."""
    try:
        tree = ast.parse(unit)
    except SyntaxError:
        return None
    if len(tree.body) != 1 or not isinstance(tree.body[0], ast.ClassDef):
        return None
    body = tree.body[0].body
    if any(isinstance(s, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)) for s in body):
        return None
    lines = _lines(unit)
    starts = [s.lineno - 1 for s in body if not _is_string(s)]
    if not starts or tree.body[0].decorator_list:
        return None
    bounds = [0, *starts, len(lines)]
    pieces: list[tuple[str, str]] = []
    for index, (start, end) in enumerate(zip(bounds, bounds[1:])):
        chunk = lines[start:end]
        last = len(chunk)
        while last and (not chunk[last - 1].strip() or chunk[last - 1].lstrip().startswith("#")):
            last -= 1
        text = "".join(chunk[:last])
        if index == 0 and _as_written(text) is None:  # the class line itself: black it all
            return None
        pieces.append(("", text if index == 0 else _WRAPPER + text))
        if last < len(chunk):
            pieces.append(("".join(chunk[last:]), ""))
    return pieces


def _lines(text: str) -> list[str]:
    """text's lines with their ends, cut at "\\n" only: str.splitlines also cuts at the line
    separators a string literal may hold (U+2028, form feed, ...), where Python does not."""
    lines = text.split("\n")
    return [line + "\n" for line in lines[:-1]] + ([lines[-1]] if lines[-1] else [])


def _is_string(statement: ast.stmt) -> bool:
    return isinstance(statement, ast.Expr) and isinstance(statement.value, ast.Constant)


def _join_statements(pieces: list[tuple[str, str]], blacked: dict[str, str | None]) -> str:
    parts = []
    for gap, piece in pieces:
        parts.append(gap)
        if piece:
            text = _as_written(piece) or blacked[piece] or ""
            parts.append(text[len(_WRAPPER) :] if piece.startswith(_WRAPPER) else text)
    return "".join(parts).rstrip("\n") + "\n"


def _ends_with_import(piece: str) -> bool:
    """Whether the last statement of a piece of top-level code is an import."""
    starts = [match.start() for match in _CODE_START.finditer(piece)]
    return bool(starts) and piece.startswith(("import ", "from "), starts[-1])


@functools.lru_cache(maxsize=1 << 16)
def _as_written(unit: str) -> str | None:
    """The unit as black would leave it, or None when black must format it. Remembered:
    a unit is asked about whole, then cut into statements, then joined again."""
    body = unit[len(_WRAPPER) :] if unit.startswith(_WRAPPER) else unit
    lines = _black_layout(body.strip("\n").split("\n"))
    if lines is None:
        return None
    return (_WRAPPER if unit.startswith(_WRAPPER) else "") + "\n".join(lines) + "\n"


def _black_layout(lines: list[str]) -> list[str] | None:
    """These lines as black leaves them, given that the templates write its layout, or
    None when black must see them: no trailing blanks, and every line within the limit (by
    display width, as black counts it) except those black never wraps and the statements
    linebreak splits as black does. black never wraps whole-line comments and text in
    triple-quoted strings, except the closing line of a multi-line docstring (the first
    statement of a block): black moves its quotes down when that line is too long."""
    in_string = docstring = False
    brackets = _BracketCount(lines)
    for index, line in enumerate(lines):
        quotes = line.count('"""')
        if line != line.rstrip():
            return None
        if not in_string and quotes == 1:
            docstring = _opens_block(lines, index)
        if width(line) > LINE_LENGTH:
            stripped = line.lstrip()
            inside = in_string and (quotes == 0 or (quotes == 1 and not docstring))
            opening = not in_string and stripped.startswith('"""') and quotes in (1, 2)
            if not (inside or opening or _unsplittable(stripped)):
                open_brackets = None if in_string or quotes else brackets.open_before(index)
                split = _split_long_line(line, open_brackets)
                if split is None:
                    return None
                if brackets.lines is lines:
                    lines = list(lines)
                lines[index] = split
        in_string ^= quotes % 2 == 1
    return lines


def _split_long_line(line: str, open_brackets: int | None) -> str | None:
    """black's layout of a long line: a statement, or an item of an exploded bracket."""
    if open_brackets == 0:
        return linebreak.split_statement(line)
    if open_brackets and line.endswith(","):
        return linebreak.split_item(line)
    return None


def _opens_block(lines: list[str], index: int) -> bool:
    """Whether the string opening at lines[index] may be the first statement of a block
    (a docstring, to black): unless the line before it is plain code not ending a header."""
    before = next((line for line in reversed(lines[:index]) if line.strip()), "")
    return not before or before.endswith(":") or "#" in before


_STRING_OR_COMMENT = re.compile(r'"(?:[^"\\]|\\.)*"|\'(?:[^\'\\]|\\.)*\'|#.*')


class _BracketCount:
    """How many brackets the lines before a line leave open (outside strings and comments),
    counted once, up to the lines asked about; None when a triple-quoted string other than
    a docstring on lines of its own makes that unclear."""

    def __init__(self, lines: list[str]) -> None:
        self.lines = lines
        self.counted = 0
        self.depth: int | None = 0
        self.in_string = False

    def open_before(self, index: int) -> int | None:
        while self.counted < index and self.depth is not None:
            self._count(self.lines[self.counted])
            self.counted += 1
        return self.depth

    def _count(self, line: str) -> None:
        quotes = line.count('"""')
        if quotes:
            stripped = line.lstrip()
            if not stripped.startswith('"""') and not (self.in_string and line.endswith('"""')):
                self.depth = None
                return
        elif not self.in_string and self.depth is not None:
            code = _STRING_OR_COMMENT.sub("", line)
            self.depth += sum(map(code.count, "([{")) - sum(map(code.count, ")]}"))
        self.in_string ^= quotes % 2 == 1


# A whole-line comment, a lone string item ("...",), keyword argument (name="...",) or pair
# of strings ("...": "...",), a class name opening its bases ("class Name("), an imported
# name on its own line ("Name as Name,") and the line opening the names ("from .module
# import ("): black cannot make them shorter. (A field annotated with one long name can:
# black puts the name in parentheses.)
_STRING = r'(?:"(?:[^"\\]|\\.)*"|\'(?:[^\'\\]|\\.)*\')'
_UNSPLITTABLE = re.compile(
    rf"#.*|(?:\w+=)?{_STRING},?|{_STRING}: {_STRING},|class \w+\(|\w+(?: as \w+)?,|from [\w.]+ import \("
)


def _unsplittable(stripped: str) -> bool:
    return _UNSPLITTABLE.fullmatch(stripped) is not None


def _split(lines: list[str], start: re.Pattern[str]) -> list[tuple[int, str]]:
    """Cut before each line matching start that follows a blank line, outside strings.

    Returns (blank lines before the block, block text).
    """
    blocks: list[tuple[int, list[str]]] = [(0, [])]
    blank = 0
    in_string = False
    for line in lines:
        stripped = line.strip()
        if stripped and blank and not in_string and start.match(line) and blocks[-1][1]:
            blocks.append((blank, []))
        blank = 0 if stripped else blank + 1
        blocks[-1][1].append(line)
        in_string ^= line.count('"""') % 2 == 1
    return [(b, "".join(block)) for b, block in blocks if "".join(block).strip()]


def _format_units(units: list[str], parallel: bool = True) -> dict[str, str | None]:
    results: dict[str, str | None] = {}
    pending: list[tuple[str, str]] = []
    for unit in units:
        entry = cache.key(VERSION, f"line_length={LINE_LENGTH}", unit)
        hit = cache.get("black-unit", entry)
        if hit is not None:
            results[unit] = hit
        else:
            pending.append((entry, unit))
    texts = [unit for _, unit in pending]
    workers = os.cpu_count() or 1
    if parallel and workers > 1 and sum(map(len, texts)) > _PARALLEL_THRESHOLD:
        with ProcessPoolExecutor(max_workers=workers) as pool:
            done = list(pool.map(_black_unit, texts, chunksize=max(1, len(texts) // (workers * 8))))
    else:
        done = [_black_unit(text) for text in texts]
    for (entry, unit), text in zip(pending, done):
        if text is not None:
            cache.put("black-unit", entry, text)
        results[unit] = text
    return results


def mode() -> black.Mode:
    """black's settings for generated code. black is imported only when a unit needs it:
    importing it costs more than formatting a small SDK."""
    import black

    return black.Mode(line_length=LINE_LENGTH)


def __getattr__(name: str) -> Any:
    if name == "MODE":  # formatting.MODE, as callers of black name it
        return mode()
    raise AttributeError(name)


def _black(text: str) -> str:
    import black

    return black.format_str(text, mode=mode())


def _black_unit(text: str) -> str | None:
    """black of one unit, or None when the unit cannot stand alone (then the file is whole)."""
    import black.parsing

    try:
        return _black(text)
    except black.parsing.InvalidInput:
        return None


def _assemble(plan: list[tuple[str, str]], formatted: dict[str, str | None]) -> str:
    parts = []
    for separator, unit in plan:
        text = formatted[unit] or ""
        if unit.startswith(_WRAPPER):
            text = text[len(_WRAPPER) :]
        parts.append(separator + text)
    return "".join(parts)
