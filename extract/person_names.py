"""The key that merges spellings of one person found in text.

`person_key("Anders Fogh Rasmussen") == person_key("Anders Rasmussen")` and
`person_key("Mike Mullen") == person_key("Michael Mullen")`: the first given name (a short form
mapped to its full form by given_names.json) and the surname; middle names and the Arabic
article do not count. Each word is then written one way for its romanisations
(text/spelling.py `word_spelling`), so that "Musa Ibrahim", "Moussa Ibrahim" and "Mussa Ibrahim"
are one person; the vowels stay, so "Ali Hassan" and "Ali Hussein" are two.
"""

from __future__ import annotations

from functools import cache, lru_cache

from extract.name_tokens import fold, slug
from text.data import json_file
from text.spelling import name_words, word_spelling


@cache
def _given_names() -> dict[str, str]:
    data = json_file("extract", "given_names.json")
    return {fold(short): fold(full) for short, full in data["short_forms"].items()}


# Words that begin a name without being a given name: "Abu Mohammed", "Abdel Hafiz Ghoga".
_NAME_PREFIXES = frozenset(
    {
        "abu",
        "abou",
        "abd",
        "abdel",
        "abdul",
        "umm",
        "bin",
        "ibn",
        "ben",
        "bint",
        "sheikh",
        "mullah",
        "sayyid",
        "haji",
        "hajji",
    }
)


# Remembered across articles: the people of the news come back, and the key is a function of
# the name alone.
@lru_cache(maxsize=16384)
def person_key(name: str) -> str:
    """The key of a person found in text: the first given name, full form, and the surname."""
    words = name_words(name)
    if not words:
        return slug(name)
    if len(words) < 3:
        kept = [_given_names().get(words[0], words[0]), *words[1:]]
    else:
        first = 2 if words[0] in _NAME_PREFIXES else 1
        kept = [_given_names().get(words[0], words[0]), *words[1:first], words[-1]]
    return slug(" ".join(map(word_spelling, kept)))
