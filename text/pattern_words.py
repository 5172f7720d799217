"""The strings a regular expression matches, when they are a short list of plain strings: a
pattern written as a list of words ("(?:In|At|After)", or the trie text.expand.word_trie makes
of one) matches a word with `fullmatch` exactly when the word is one of them, so a text holding
none of them as a substring holds no such word, and a loop trying the pattern on each of its
words can be skipped. Read from the standard library's own parse of the pattern (re._parser),
the tree the engine is compiled from."""

from __future__ import annotations

import re

# the parse the engine compiles from (re._parser since 3.11; typeshed does not list it)
from re import _constants, _parser  # type: ignore[attr-defined]
from typing import Any

MAX_STRINGS = 1000  # past this many, the pattern is no short list
_MAX_REPEAT = 4  # an optional part ("(?:d)?") is a repeat of 0 to 1


def pattern_strings(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """Every string the pattern matches in full, when they are at most MAX_STRINGS plain strings
    (literals, groups, alternations, single-character classes of literals and short bounded
    repeats of these, case-sensitive); None for any other pattern (a class of ranges or
    categories, an open repeat, an anchor, a look-around, a back-reference, case folding)."""
    if pattern.flags & re.IGNORECASE:
        return None
    try:
        tree = _parser.parse(pattern.pattern, pattern.flags)
    except re.error:
        return None
    found = _sequence(tree.data)
    return None if found is None else frozenset(found)


def _sequence(items: list[tuple[Any, Any]]) -> set[str] | None:
    strings = {""}
    for op, av in items:
        options = _item(op, av)
        if options is None:
            return None
        strings = {string + option for string in strings for option in options}
        if len(strings) > MAX_STRINGS:
            return None
    return strings


def _item(op: Any, av: Any) -> set[str] | None:
    if op is _constants.LITERAL:
        return {chr(av)}
    if op is _constants.SUBPATTERN:
        _, add_flags, _, body = av
        if add_flags & re.IGNORECASE:
            return None
        return _sequence(body.data)
    if op is _constants.BRANCH:
        union: set[str] = set()
        for branch in av[1]:
            found = _sequence(branch.data)
            if found is None:
                return None
            union |= found
        return union
    if op is _constants.IN:
        # the parser makes a class of an alternation of single characters ("(?:a|t)")
        if all(kind is _constants.LITERAL for kind, _ in av):
            return {chr(code) for _, code in av}
        return None
    # (a possessive repeat is left out: it may refuse a string its body could match)
    if op in (_constants.MAX_REPEAT, _constants.MIN_REPEAT):
        low, high, body = av
        if high > _MAX_REPEAT:
            return None
        once = _sequence(body.data)
        if once is None:
            return None
        union = set()
        strings = {""}
        for count in range(high + 1):
            if count >= low:
                union |= strings
            strings = {string + option for string in strings for option in once}
            if len(strings) > MAX_STRINGS:
                return None
        return union
    return None
