"""The tagger's word lists and normalisation tables: lexicon.json and context.json, beside this.

Each table is stated once, in the JSON: a phrase the scanner matches and the number it stands
for ("yesterday": -1 day, "last": -1 unit) sit in one entry, so a phrase added there is both
found and resolved. Keys starting with "_" are notes for the reader.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from text.data import json_file


def _without_notes(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _without_notes(v) for k, v in value.items() if not k.startswith("_")}
    return value


@cache
def lexicon() -> dict[str, Any]:
    """Month, weekday, season and number words, references, modifiers, deictic days and
    relative counts (lexicon.json)."""
    data: dict[str, Any] = _without_notes(json_file("text.dates", "lexicon.json"))
    return data


@cache
def context() -> dict[str, Any]:
    """Context words that accept or veto a candidate and the tense cues (context.json), each
    list as a frozenset."""
    data = _without_notes(json_file("text.dates", "context.json"))
    return {
        key: frozenset(words) if isinstance(words, list) else words for key, words in data.items()
    }


def relative_counts() -> dict[str, int]:
    """ "last" -> -1, "next" -> 1, "this" -> 0: units from the anchor a direction word means."""
    counts: dict[str, int] = lexicon()["relative_counts"]
    return counts


def deictic_offsets() -> dict[str, int]:
    """ "yesterday" -> -1: days from the publication day."""
    offsets: dict[str, int] = lexicon()["deictic_days"]
    return offsets


def season_code(word: str) -> str:
    """ "summer" -> "SU" (TimeML's season codes)."""
    code: str = lexicon()["seasons"][word]
    return code


def season_middle_month(code: str) -> int:
    """The month a season is reckoned from when choosing its year ("SU" -> 7)."""
    month: int = lexicon()["season_months"][code]
    return month
