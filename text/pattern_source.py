"""A regular expression's source read as text, without compiling it: where its groups open and
close, where its character classes end, and its alternations. text/ptb.py and
text/clutter_shapes.py read from it what a match can open with."""

from __future__ import annotations

from collections.abc import Iterator


def class_end(source: str, index: int) -> int | None:
    """The index after the "]" closing the class opened at index (None: never closed)."""
    index += 1
    if source.startswith("^", index):
        index += 1
    if source.startswith("]", index):  # a "]" first in a class is one of its characters
        index += 1
    while index < len(source):
        if source[index] == "\\":
            index += 2
            continue
        if source[index] == "]":
            return index + 1
        index += 1
    return None


def structure(source: str, index: int = 0) -> Iterator[tuple[int, str, int]]:
    """(index, character, depth) of each "(", ")" and "|" from index on, outside escapes and
    character classes; depth is the number of groups around it ("(" and ")" count as outside
    the group they open or close, so an unmatched ")" has depth -1). Ends with (len(source),
    "", depth) at the end of the source, or with (index, "[", depth) at a class never closed."""
    depth = 0
    while index < len(source):
        char = source[index]
        if char == "\\":
            index += 2
            continue
        if char == "[":
            end = class_end(source, index)
            if end is None:
                yield index, "[", depth
                return
            index = end
            continue
        if char == "(":
            yield index, char, depth
            depth += 1
        elif char == ")":
            depth -= 1
            yield index, char, depth
        elif char == "|":
            yield index, char, depth
        index += 1
    yield len(source), "", depth


def alternation_at_top(source: str) -> bool:
    """Whether source has a "|" outside every group and character class."""
    return any(char == "|" and depth == 0 for _, char, depth in structure(source))


def group_end(source: str, index: int) -> int | None:
    """The index after the ")" closing the group opened at index (None: never closed)."""
    closes = (i + 1 for i, char, depth in structure(source, index) if char == ")" and not depth)
    return next(closes, None)
