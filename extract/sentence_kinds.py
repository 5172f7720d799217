"""What kind of sentence a dated event sits in: page furniture that is no event (a dateline, a
byline, a caption, a reader comment, a list dump, a navigation line), or prose that leans on
the sentence before ("It has now been fixed for November 18").

The patterns are data, in sentence_kinds.txt beside this module, each with where it was seen.
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources

SECTIONS = ("dateline", "clutter", "anaphor")


@cache
def _patterns() -> dict[str, re.Pattern[str]]:
    text = resources.files("extract").joinpath("sentence_kinds.txt").read_text(encoding="utf-8")
    found: dict[str, list[str]] = {name: [] for name in SECTIONS}
    section = None
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        if line.startswith("[") and line.rstrip().endswith("]"):
            section = line.strip()[1:-1]
            if section not in found:
                raise ValueError(f"sentence_kinds.txt: unknown section [{section}]")
            continue
        if section is None:
            raise ValueError("sentence_kinds.txt: a pattern before any [section]")
        pattern = line.rstrip("\n")
        if pattern.startswith("(?i)"):   # a whole-pattern flag, scoped so patterns can be joined
            pattern = f"(?i:{pattern[4:]})"
        found[section].append(pattern)
    # One alternation per section: one scan per sentence instead of one per pattern.
    return {name: re.compile("|".join(f"(?:{p})" for p in patterns))
            for name, patterns in found.items()}


def dateline_end(text: str, start: int = 0, end: int | None = None) -> int:
    """Where the prose of text[start:end] begins after a wire dateline or stamp ("WASHINGTON |
    Wed Mar 2, 2011 3:34pm EST WASHINGTON (Reuters) - "); start when it has none. Repeated
    stamps ("CITY | date CITY (Reuters) -") are cut one after the other."""
    end = len(text) if end is None else end
    pattern = _patterns()["dateline"]
    cursor = start
    for _ in range(3):
        match = pattern.match(text[cursor:end])
        if not match or not match.group(0):
            break
        cursor += match.end()
    return cursor


def is_clutter(sentence: str) -> bool:
    """A byline, caption, reader comment, stamp, list dump or navigation line."""
    return _patterns()["clutter"].search(sentence) is not None


def leans_on_previous(sentence: str) -> bool:
    """The sentence opens with a pronoun or a definite description ("The issue", "The city")
    whose antecedent is in the sentence before."""
    return _patterns()["anaphor"].match(sentence.lstrip(" \"'“‘(")) is not None
