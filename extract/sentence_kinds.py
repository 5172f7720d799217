"""What kind of sentence a dated event sits in: page furniture that is no event (a dateline, a
byline, a caption, a reader comment, a list dump, a navigation line), prose that only sets the
scene of a statement ("He was speaking at a news conference"), or prose that leans on the
sentence before ("It has now been fixed for November 18").

The patterns are data, in sentence_kinds.txt beside this module, each with where it was seen.
"""

from __future__ import annotations

import re
from functools import cache

from extract.required_words import FOLDS_TO_ASCII, required_words
from text.data import text_lines

SECTIONS = ("dateline", "clutter", "anaphor", "setting")
# A menu ("Home | World | Middle East | ...") or a list dump ("Aleppo; Homs; Hama; ...",
# "10 April: ... 12 April: ... Next step: ...", with or without a space before the colon) has
# more separators than prose ever does; counted, since a pattern for it backtracks.
SEPARATORS = {"|": 3, ";": 4, "•": 3, "·": 3, "▪": 3, ": ": 3}


_BACKREFERENCE = re.compile(r"\\[1-9]|\(\?P=")


@cache
def _sources() -> dict[str, list[str]]:
    """The patterns of each section, as written (flags scoped): compiling is most of the cost
    of loading them, and a sentence is tested against most sections only as one alternation
    (_joined), so each pattern is compiled on its own only where it is tried on its own."""
    found: dict[str, list[str]] = {name: [] for name in SECTIONS}
    section = None
    for line in text_lines("extract", "sentence_kinds.txt"):  # no blanks, no comments
        if line.startswith("[") and line.rstrip().endswith("]"):
            section = line.strip()[1:-1]
            if section not in found:
                raise ValueError(f"sentence_kinds.txt: unknown section [{section}]")
            continue
        if section is None:
            raise ValueError("sentence_kinds.txt: a pattern before any [section]")
        pattern = line
        if pattern.startswith("(?i)"):  # a whole-pattern flag, scoped so patterns can be joined
            pattern = f"(?i:{pattern[4:]})"
        if _BACKREFERENCE.search(pattern):  # joined (_either), it would name another group
            raise ValueError(f"sentence_kinds.txt: a backreference cannot be joined: {line}")
        found[section].append(pattern)
    return found


@cache
def _section(name: str) -> tuple[re.Pattern[str], ...]:
    """The patterns of a section, compiled one by one: joined into one alternation, the
    patterns anchored at the start would be tried at every position of the sentence."""
    return tuple(re.compile(p) for p in _sources()[name])


# A clutter pattern not anchored at the start ("wrote:", "Report abuse", a picture credit) is
# looked for in the sentence's last TAIL characters only, where such furniture sits.
TAIL = 80


def _split_clutter(patterns: list[str]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    start = tuple(p for p in patterns if p.lstrip("(?i:").startswith("^"))
    return start, tuple(p for p in patterns if p not in start)


@cache
def _clutter() -> tuple[tuple[re.Pattern[str], ...], tuple[re.Pattern[str], ...]]:
    """(patterns anchored at the start, the others)."""
    start, other = _split_clutter(_sources()["clutter"])
    return tuple(map(re.compile, start)), tuple(map(re.compile, other))


def _either(patterns: tuple[str, ...] | list[str]) -> re.Pattern[str]:
    """One pattern that matches where any of `patterns` would: tried in their order, so
    match() finds what the first of them to match at the start would find, and search() is
    not None exactly when one of them is found. One call of the engine per sentence instead of
    one per pattern (each has its flags scoped inline and no backreference, so they join)."""
    return re.compile("|".join(f"(?:{p})" for p in patterns))


@cache
def _joined() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """(datelines, clutter anchored at the start, other clutter), each one pattern."""
    anchored, anywhere = _split_clutter(_sources()["clutter"])
    return _either(_sources()["dateline"]), _either(anchored), _either(anywhere)


def dateline_end(text: str, start: int = 0, end: int | None = None) -> int:
    """Where the prose of text[start:end] begins after a wire dateline or stamp ("WASHINGTON |
    Wed Mar 2, 2011 3:34pm EST WASHINGTON (Reuters) - "); start when it has none. Repeated
    stamps ("CITY | date CITY (Reuters) -") are cut one after the other."""
    end = len(text) if end is None else end
    cursor = start
    datelines = _joined()[0]
    for _ in range(3):
        piece = text[cursor:end]
        # No pattern matches where the joined one does not: most sentences end here. Where it
        # finds an empty match, a later pattern may still match something, so each is asked.
        found = datelines.match(piece)
        if found is not None and not found.group(0):
            found = next(
                (m for p in _section("dateline") if (m := p.match(piece)) and m.group(0)),
                None,
            )
        if found is None:
            break
        cursor += found.end()
    return cursor


def is_clutter(sentence: str) -> bool:
    """A byline, caption, reader comment, stamp, list dump or navigation line."""
    if any(sentence.count(mark) >= n for mark, n in SEPARATORS.items()):
        return True
    _, anchored, anywhere = _joined()
    if anchored.match(sentence) is not None:
        return True
    tail = sentence[-TAIL:]
    words = _tail_words()
    # Every match of the unanchored clutter holds one of its required words: a few substring
    # tests rule out nearly every sentence, where the pattern is tried at each position. A
    # character that a case-insensitive part matches to an ASCII letter without lower-casing
    # to it ("ſ" is "s") leaves the test unsure, and the pattern decides.
    if words and not FOLDS_TO_ASCII.search(tail):
        lowered = tail.lower()
        if not any(word in lowered for word in words):
            return False
    return anywhere.search(tail) is not None


@cache
def _tail_words() -> frozenset[str]:
    return required_words(_joined()[2], shortest=1)


def only_sets_the_scene(sentence: str) -> bool:
    """The sentence only says where or how someone spoke ("The minister was speaking at a
    news conference on Monday"): its date is the statement's, told elsewhere."""
    return any(p.match(sentence.lstrip(" \"'“‘(")) for p in _section("setting"))


def leans_on_previous(sentence: str) -> bool:
    """The sentence opens with a pronoun or a definite description ("The issue", "The city")
    whose antecedent is in the sentence before."""
    opening = sentence.lstrip(" \"'“‘(")
    return any(p.match(opening) for p in _section("anaphor"))
