"""Words that every match of a regular expression contains, read from the pattern itself.

A text that holds none of a pattern's required words cannot match it, so the pattern need not
run over that text: one substring test per word replaces a scan of the engine. The words are
found in the standard library's own parse of the pattern (re._parser), the tree the engine is
compiled from, so they say what the compiled pattern does, not what its source seems to say:

- a run of literal letters or digits in a sequence is required ("teamed\\s+up": "teamed", "up");
- a group, or a repeat of at least one, requires what its body requires;
- an alternation requires one of the words its branches each require ("backed|supported");
- anything else (a class, an optional part, a look-around) requires nothing.

Of the candidates in a sequence the most selective is kept (its shortest word the longest).
Words are lower case, for a test against the lower-cased text. The caller must still allow
for the characters that a case-insensitive pattern matches to an ASCII letter although they
do not lower-case to it ("ſ" matches "s"): see extract/relations.py.
"""

from __future__ import annotations

import re

# the parse the engine compiles from (re._parser since 3.11; typeshed does not list it)
from re import _constants, _parser  # type: ignore[attr-defined]
from typing import Any

_SHORTEST = 3  # a shorter word ("of", "is") is in nearly every text: no use as a test


def required_words(pattern: re.Pattern[str]) -> frozenset[str]:
    """Lower-case words at least one of which the lower-cased text of every match holds;
    empty when the pattern has no such words (it must then always run)."""
    try:
        tree = _parser.parse(pattern.pattern, pattern.flags)
    except re.error:
        return frozenset()
    return frozenset(_of_sequence(tree.data) or ())


def _of_sequence(items: list[tuple[Any, Any]]) -> set[str] | None:
    candidates: list[set[str]] = []
    run: list[str] = []
    for op, av in [*items, (None, None)]:
        if op is _constants.LITERAL and chr(av).isascii() and chr(av).isalnum():
            run.append(chr(av).lower())
            continue
        if len(run) >= _SHORTEST:
            candidates.append({"".join(run)})
        run = []
        found = _of_item(op, av)
        if found:
            candidates.append(found)
    return max(candidates, key=lambda words: (min(map(len, words)), -len(words)), default=None)


def _of_item(op: Any, av: Any) -> set[str] | None:
    if op is _constants.SUBPATTERN:
        return _of_sequence(av[3].data)
    if op is _constants.ATOMIC_GROUP:
        return _of_sequence(av.data)
    if op in (_constants.MAX_REPEAT, _constants.MIN_REPEAT, _constants.POSSESSIVE_REPEAT):
        low, _, body = av
        return _of_sequence(body.data) if low >= 1 else None
    if op is _constants.BRANCH:
        words: set[str] = set()
        for branch in av[1]:
            found = _of_sequence(branch.data)
            if not found:
                return None  # a branch that requires nothing: the alternation requires nothing
            words |= found
        return words
    return None
