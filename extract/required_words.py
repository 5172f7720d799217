"""Words that every match of a regular expression contains, read from the pattern itself.

A text that holds none of a pattern's required words cannot match it, so the pattern need not
run over that text: one substring test per word replaces a scan of the engine. The words are
found in the standard library's own parse of the pattern (re._parser), the tree the engine is
compiled from, so they say what the compiled pattern does, not what its source seems to say:

- a run of literal ASCII characters in a sequence is required ("teamed\\s+up": "teamed", "up");
- a group, or a repeat of at least one, requires what its body requires;
- an alternation requires one of the words its branches each require ("backed|supported");
- anything else (a class, an optional part, a look-around) requires nothing.

Of the candidates in a sequence the most selective is kept (its shortest word the longest).
Words are lower case, for a test against the lower-cased text; where the text holds one of
FOLDS_TO_ASCII the test is unsure and the pattern must run.
"""

from __future__ import annotations

import re

# the parse the engine compiles from (re._parser since 3.11; typeshed does not list it)
from re import _constants, _parser  # type: ignore[attr-defined]
from typing import Any

# Characters a case-insensitive pattern matches to an ASCII letter although their lower case
# is no ASCII letter ("ſ" is "s", "ı" is "i"), or holds it only with a mark after it ("İ"
# lowers to "i" and a combining dot); the Kelvin sign ("K" to "k") is kept with them. Over
# every code point and ASCII character, no other character lowers away from a letter it
# matches (tests/extract/test_required_words.py checks it).
FOLDS_TO_ASCII = re.compile("[\u0130\u0131\u017f\u212a]")


def required_words(pattern: re.Pattern[str], shortest: int = 3) -> frozenset[str]:
    """Lower-case words at least one of which the lower-cased text of every match holds;
    empty when the pattern has no such words (it must then always run). shortest: the
    fewest characters a word may have; a shorter one ("of", "is") is in nearly every
    sentence of prose, but in a short stretch of text a mark such as "/" is rare."""
    try:
        tree = _parser.parse(pattern.pattern, pattern.flags)
    except re.error:
        return frozenset()
    return frozenset(_of_sequence(tree.data, shortest) or ())


def _of_sequence(items: list[tuple[Any, Any]], shortest: int) -> set[str] | None:
    candidates: list[set[str]] = []
    run: list[str] = []
    for op, av in [*items, (None, None)]:
        if op is _constants.LITERAL and chr(av).isascii():
            run.append(chr(av).lower())
            continue
        if len(run) >= shortest:
            candidates.append({"".join(run)})
        run = []
        found = _of_item(op, av, shortest)
        if found:
            candidates.append(found)
    return max(candidates, key=lambda words: (min(map(len, words)), -len(words)), default=None)


def _of_item(op: Any, av: Any, shortest: int) -> set[str] | None:
    if op is _constants.SUBPATTERN:
        return _of_sequence(av[3].data, shortest)
    if op is _constants.ATOMIC_GROUP:
        return _of_sequence(av.data, shortest)
    if op in (_constants.MAX_REPEAT, _constants.MIN_REPEAT, _constants.POSSESSIVE_REPEAT):
        low, _, body = av
        return _of_sequence(body.data, shortest) if low >= 1 else None
    if op is _constants.BRANCH:
        words: set[str] = set()
        for branch in av[1]:
            found = _of_sequence(branch.data, shortest)
            if not found:
                return None  # a branch that requires nothing: the alternation requires nothing
            words |= found
        return words
    return None
