"""Words hyphenated at a line break, joined again; real compounds keep their hyphen.

A layout breaks "de-" + "feat" and "long-" + "term" alike; whether the joined form is a word is
decided by English frequencies (text.word_frequency) and two lists of prefixes
(hyphen_prefixes.txt: "de-feat" may be "defeat"; closed_prefixes.txt: "over-state" is
"overstate").
"""

from __future__ import annotations

import re
from functools import cache

from text.data import text_lines
from text.word_frequency import COMMON_WORD, FREQUENT_WORD, KNOWN_WORD, zipf

PREFIXED_WORD = 3.5  # prefix + word this common is written closed: "remain", "export"
PREFIX_MARGIN = 1.0  # ... as is one nearly as common as the word after the prefix: "revolts"
COMPOUND_MARGIN = 2.0  # a joined word far rarer than both halves is a compound: "long-term"

# A hyphen, then a line break (at most two blank lines, as between columns) or one space inside a
# line ("Rus- sia", where an extraction turned the break into a space), then letters. The word
# before it is found from there: a pattern that starts with a literal is scanned fast.
_HYPHEN_GAP = re.compile(r"-(?:[ \t]*\n(?:[ \t]*\n){0,2}[ \t]*| (?=[a-z]))(?=[^\W\d_])")
_WORD_AFTER = re.compile(r"[^\W\d_]+")


@cache
def hyphen_prefixes() -> frozenset[str]:
    return frozenset(line.strip().lower() for line in text_lines("text", "hyphen_prefixes.txt"))


@cache
def closed_prefixes() -> frozenset[str]:
    return frozenset(line.strip().lower() for line in text_lines("text", "closed_prefixes.txt"))


def rejoin_hyphenated(text: str) -> str:
    """Join words hyphenated at a line break; keep the hyphen of real compounds."""
    out: list[str] = []
    done = 0
    for gap in _HYPHEN_GAP.finditer(text):
        end = _before_final_newline(text, max(done, gap.start() - 60), gap.start())
        start = _letters_before(text, max(done, gap.start() - 60), end)
        if start == end:
            continue  # no letter before the hyphen: a dash between words (" - the")
        right = _WORD_AFTER.match(text, gap.end())
        if right is None:
            continue
        left = text[start:end]
        if (start and text[start - 1].isdigit()) or not joins_across_hyphen(left, right.group()):
            # A real hyphen: drop the line break, but leave "pre- and post-war" as it was.
            if "\n" not in gap.group():
                continue
            joined = f"{left}-{right.group()}"
        else:
            joined = left + right.group()
        out.append(text[done:start])
        out.append(joined)
        done = right.end()
    if not out:
        return text
    out.append(text[done:])
    return "".join(out)


def _before_final_newline(text: str, lo: int, end: int) -> int:
    """Where a match of "...$" searched for in text[lo:end] may end: "$" also matches before
    a newline that is the last character."""
    return end - 1 if end > lo and text[end - 1] == "\n" else end


def _letters_before(text: str, lo: int, end: int) -> int:
    """Where the run of letters ([^\\W\\d_]: word characters but digits and "_") that ends at
    end starts, not before lo; end if there is none. With end from _before_final_newline,
    what searching text[lo:end] for "[^\\W\\d_]+$" finds, read backwards from the end: the
    search tried the pattern at every position from lo, most of them in the words before."""
    start = end
    while start > lo:
        ch = text[start - 1]
        if not ch.isalnum() or ch.isdecimal():
            break
        start -= 1
    return start


def joins_across_hyphen(left: str, right: str) -> bool:
    """Was "left-" + line break + "right" one word hyphenated for layout, not a compound?"""
    if right[0].isupper() and not (left.isupper() and right.isupper()):
        return False  # "Syrian-Jordanian", "al-Qaeda", "pro-Assad"
    if len(left) == 1:
        return False  # layout never leaves one letter behind: "e-mail", "U-turn", "X-ray"
    if left.isupper() and not right.isupper():
        return False  # an acronym and a word: "US-backed", "SDF-aligned", "UN-mandated"
    joined = zipf(left + right)
    if left.lower() in hyphen_prefixes():
        # "de-feat" is "defeat", "re-main" "remain"; "de-conflict", "re-election" stay.
        return joined >= KNOWN_WORD and (
            joined >= PREFIXED_WORD or joined >= zipf(right) - PREFIX_MARGIN
        )
    if joined >= KNOWN_WORD and left.lower() in closed_prefixes():
        return True  # "over-state" is "overstate", "inter-national" "international"
    if joined >= KNOWN_WORD:
        # A known word, unless both halves are much more common words on their own:
        # "over-stated" is "overstated", "long-term" stays ("longterm" is rare).
        return joined >= min(zipf(left), zipf(right)) - COMPOUND_MARGIN
    if left.isupper():
        return False  # capitals on both sides and no known word: "AL-QAWALISH", "ITAR-TASS"
    # An unknown joined form: two words make a compound ("regime-change", "Kurdish-dominated",
    # "so-called"), and so does a name before a common word ("Gadhafi-controlled"); otherwise
    # it is a rare word or a name cut in two ("Lavren-tiev").
    right_common = zipf(right)
    left_is_word = zipf(left) >= COMMON_WORD or (left[0].isupper() and zipf(left) >= KNOWN_WORD)
    if left_is_word and len(right) >= 2 and right_common >= COMMON_WORD:
        return False
    return not (left[0].isupper() and len(right) >= 3 and right_common >= FREQUENT_WORD)
